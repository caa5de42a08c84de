import 'server-only';
// The two kinds of embed: a chart (its SVG, titled, with its filters) and a commitment card. Each
// answers a whole HTML document (lib/embed/embed-html.ts) or a short error page with a 4xx.
import { STATUS_COLORS } from '../domain/status';
import { STATUS_TEXT_COLORS } from '../domain/chart-colors';
import { chartPath, parseChartRequest, renderChart } from '../export/charts';
import { isLocale, type Locale } from '../i18n/config';
import { pickLocalized } from '../i18n/content';
import { formatDate, formatDateTime } from '../i18n/format';
import { createTranslator } from '../i18n/messages';
import { getCommitmentBySlug } from '../queries/commitments';
import { getDataStamp } from '../queries/exports';
import { chartSourcePath } from './embed-paths';
import { embedDocument, embedErrorDocument, embedResponse, escapeHtml } from './embed-html';

const COMMITMENT_SLUG = /^[a-z0-9-]{1,120}$/;

function refused(locale: Locale, status: number, message: string): Response {
  const t = createTranslator(locale);
  return embedResponse(embedErrorDocument(locale, t('export.embed.unavailableTitle'), message), status);
}

async function stampText(locale: Locale): Promise<string> {
  const stamp = await getDataStamp();
  return createTranslator(locale)('export.chartText.stamp', {
    time: formatDateTime(stamp.asOf, locale),
    version: stamp.version,
  });
}

/** /embed/<lang>/charts/<chart>?<filters>: the chart's picture with its title and source. */
export async function chartEmbed(lang: string, chart: string, query: URLSearchParams): Promise<Response> {
  const locale: Locale = isLocale(lang) ? lang : 'en';
  const t = createTranslator(locale);
  if (!isLocale(lang)) return refused(locale, 404, t('export.embed.unknownLanguage'));
  const params = new URLSearchParams(query);
  // The path says the language; a `lang` in the query cannot contradict it.
  params.set('lang', locale);
  params.delete('download');
  const parsed = await parseChartRequest(`${chart}.svg`, params);
  if (!parsed.ok) return refused(locale, parsed.status, parsed.error);
  const rendered = await renderChart(parsed.request);
  if (!rendered.ok) return refused(locale, rendered.status, rendered.error);
  const { request } = parsed;
  const title = rendered.chart.title;
  const sourceHref = chartSourcePath(request);
  const body = `<h1>${escapeHtml(title)}</h1>
<img src="${escapeHtml(chartPath(request, 'svg'))}" alt="${escapeHtml(title)}" width="900">
<p class="meta"><a href="${escapeHtml(chartPath(request, 'csv'))}" target="_blank" rel="noopener">${escapeHtml(t('export.embed.data'))}</a></p>`;
  return embedResponse(
    embedDocument({
      locale,
      title,
      body,
      sourceText: t('export.embed.source', { app: t('common.app.name') }),
      sourceHref,
      stampText: await stampText(locale),
    }),
    200,
    rendered.chart.dataVersion,
  );
}

/** /embed/<lang>/commitments/<slug>: one commitment's card (status, progress, verdict, deadline). */
export async function commitmentEmbed(lang: string, slug: string): Promise<Response> {
  const locale: Locale = isLocale(lang) ? lang : 'en';
  const t = createTranslator(locale);
  if (!isLocale(lang)) return refused(locale, 404, t('export.embed.unknownLanguage'));
  const commitment = COMMITMENT_SLUG.test(slug) ? await getCommitmentBySlug(slug) : null;
  if (!commitment)
    return refused(locale, 404, t('export.api.unknownCommitment', { slug: slug.slice(0, 120) }));
  const title =
    pickLocalized({ en: commitment.titleEn, vi: commitment.titleVi }, locale).text || commitment.slug;
  const agreement =
    pickLocalized({ en: commitment.agreement.titleEn, vi: commitment.agreement.titleVi }, locale).text ||
    commitment.agreement.slug;
  const status = commitment.status;
  const rows: [string, string][] = [[t('export.columns.agreement'), agreement]];
  if (commitment.progress !== null) rows.push([t('export.columns.progress'), `${commitment.progress}%`]);
  if (commitment.deadline) rows.push([t('export.columns.deadline'), formatDate(commitment.deadline, locale)]);
  if (commitment.headlineAssessor) {
    rows.push([
      t('assessment.history.assessor'),
      `${t(`assessment.assessor.${commitment.headlineAssessor}`)}${
        commitment.headlineAssessedOn
          ? ` (${t('assessment.verdicts.asOf', { date: formatDate(commitment.headlineAssessedOn, locale) })})`
          : ''
      }`,
    ]);
  }
  const progressBar =
    commitment.progress === null
      ? ''
      : `<div class="bar" role="presentation"><span style="width:${Math.max(0, Math.min(100, commitment.progress))}%"></span></div>`;
  const body = `<article class="card">
<h1><a href="/${locale}/commitments/${escapeHtml(commitment.slug)}" target="_blank" rel="noopener">${escapeHtml(title)}</a></h1>
<span class="status" style="background:${STATUS_COLORS[status]};color:${STATUS_TEXT_COLORS[status]}">${escapeHtml(t(`common.status.${status}.label`))}</span>${commitment.contested ? ` <span>${escapeHtml(t('assessment.verdicts.contested'))}</span>` : ''}
${progressBar}
<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
</article>`;
  return embedResponse(
    embedDocument({
      locale,
      title,
      body,
      sourceText: t('export.embed.source', { app: t('common.app.name') }),
      sourceHref: `/${locale}/commitments/${commitment.slug}`,
      stampText: await stampText(locale),
    }),
  );
}
