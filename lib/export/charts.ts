import 'server-only';
// The exportable charts: one registry for /api/charts, the download menus and the report. Each
// chart reads its data once and gives both the picture (SVG, and PNG from it) and the table of
// exactly the numbers drawn (CSV), with the same title, filters, source and as-of stamp.
import crypto from 'node:crypto';
import { currentDataVersion } from '../cache/public-cache';
import { STATUSES, type Status } from '../domain/status';
import type { Locale } from '../i18n/config';
import { pickLocalized } from '../i18n/content';
import { formatDate, formatDateTime } from '../i18n/format';
import { createTranslator, type Translate } from '../i18n/messages';
import {
  countStatusByAgreementForExport,
  countStatusByPillarForExport,
  getDataStamp,
  getProgressSeries,
  listAgreementsForExport,
  listDeadlinesForExport,
  type AgreementForExport,
} from '../queries/exports';
import type { CommitmentFilters, FilterError } from '../validation/commitment-filters';
import { CHART_FORMATS, CHARTS, isChartName, type ChartFormat, type ChartName } from './chart-names';
import { renderProgressSvg, renderStatusBarsSvg, renderTimelineSvg, type StatusLabels } from './chart-svg';
import { chartFileBase, chartQuery, type ChartRequest } from './chart-urls';
import { parseExportParams } from './request';
import { readStatusOverTime } from '../queries/status-over-time';
import { figuresHash } from '../time/content-hash';
import { resolveTimePoint, type TimePoint } from '../queries/time-point';
import type { ChartFrame } from './svg-kit';
import { toCsv } from './to-csv';

export { CHARTS, CHART_FORMATS, isChartName, type ChartFormat, type ChartName };
export { chartFileBase, chartPath, chartQuery, type ChartRequest } from './chart-urls';

export const CHART_CONTENT_TYPES: Record<ChartFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

export type ParsedChartRequest =
  | { ok: true; request: ChartRequest; format: ChartFormat; download: boolean }
  | { ok: false; status: 400 | 404; error: string; details?: FilterError[] };

const COMMITMENT_SLUG = /^[a-z0-9-]{1,120}$/;

/** Parses `<chart>.<format>` and its query string. */
export async function parseChartRequest(file: string, params: URLSearchParams): Promise<ParsedChartRequest> {
  const t = createTranslator(params.get('lang') === 'vi' ? 'vi' : 'en');
  const match = /^([a-z0-9-]+)\.(svg|png|csv)$/.exec(file);
  if (!match || !isChartName(match[1]!)) {
    return { ok: false, status: 404, error: t('export.api.unknownChart', { chart: file.slice(0, 60) }) };
  }
  const chart = match[1] as ChartName;
  const format = match[2] as ChartFormat;
  const agreements = await listAgreementsForExport();
  const parsed = parseExportParams(params, agreements);
  const details: FilterError[] = parsed.ok ? [] : [...parsed.errors];
  let commitment: string | undefined;
  if (chart === 'progress') {
    commitment = params.get('commitment')?.trim() || undefined;
    if (!commitment) details.push({ param: 'commitment', message: t('export.api.commitmentRequired') });
    else if (!COMMITMENT_SLUG.test(commitment)) {
      details.push({
        param: 'commitment',
        message: t('filters.errors.commitmentSlug'),
      });
    }
  }
  const download = params.get('download');
  if (download !== null && !['', '1', 'true'].includes(download)) {
    details.push({ param: 'download', message: t('filters.errors.download') });
  }
  if (!parsed.ok || details.length > 0) {
    const first = details[0]!;
    return {
      ok: false,
      status: 400,
      error: t('export.api.badParameter', { param: first.param, message: first.message }),
      details,
    };
  }
  return {
    ok: true,
    request: { chart, filters: parsed.filters, locale: parsed.locale, commitment },
    format,
    download: download !== null,
  };
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Entity tag: chart, format, canonical parameters and the data version — plus today's date for
 * the charts that draw a "today" line, so the picture and its tag change together.
 */
export function chartEtag(request: ChartRequest, format: ChartFormat, dataVersion: number): string {
  const datePart =
    (request.chart === 'deadlines' || request.chart === 'progress') &&
    !request.filters.asOf &&
    !request.filters.snapshot
      ? todayIso()
      : '';
  const hash = crypto
    .createHash('sha256')
    .update(`${request.chart}.${format}?${chartQuery(request).toString()}#${datePart}`)
    .digest('hex')
    .slice(0, 16);
  return `"${request.chart}-${hash}-v${dataVersion}"`;
}

function statusLabels(t: Translate): StatusLabels {
  return Object.fromEntries(
    STATUSES.map((status) => [status, t(`common.status.${status}.label`)]),
  ) as StatusLabels;
}

/** "Filters: agreement …; status …" or "All commitments". */
export function describeFilters(
  filters: CommitmentFilters,
  agreements: AgreementForExport[],
  locale: Locale,
): string {
  const t = createTranslator(locale);
  const parts: string[] = [];
  const agreement = agreements.find((item) => item.slug === filters.agreement);
  if (agreement) {
    parts.push(
      t('export.chartText.agreement', {
        value: pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale).text || agreement.slug,
      }),
    );
  }
  if (filters.pillar) {
    const pillar = agreements
      .filter((item) => !agreement || item === agreement)
      .flatMap((item) => item.pillars)
      .find((item) => item.slug === filters.pillar);
    const name = pillar
      ? pickLocalized({ en: pillar.nameEn, vi: pillar.nameVi }, locale).text
      : filters.pillar;
    parts.push(t('export.chartText.pillar', { value: name || filters.pillar }));
  }
  if (filters.statuses.length > 0) {
    const labels = statusLabels(t);
    parts.push(
      t('export.chartText.status', { value: filters.statuses.map((status) => labels[status]).join(', ') }),
    );
  }
  if (filters.parties.length > 0) {
    parts.push(
      t('export.chartText.party', {
        value: filters.parties.map((party) => t(`export.parties.${party}`)).join(', '),
      }),
    );
  }
  if (filters.deadlineFrom)
    parts.push(t('export.chartText.from', { value: formatDate(filters.deadlineFrom, locale) }));
  if (filters.deadlineTo)
    parts.push(t('export.chartText.to', { value: formatDate(filters.deadlineTo, locale) }));
  if (filters.q) parts.push(t('export.chartText.q', { value: filters.q }));
  if (filters.contested !== undefined)
    parts.push(t(filters.contested ? 'export.chartText.contested' : 'export.chartText.uncontested'));
  return parts.length > 0
    ? t('export.chartText.filters', { filters: parts.join('; ') })
    : t('export.chartText.allCommitments');
}

interface AgreementTitle {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
}

function sourceLine(t: Translate, locale: Locale, used: AgreementTitle[], all: AgreementForExport[]): string {
  const seen = new Map<string, AgreementTitle>();
  for (const agreement of used.length > 0 ? used : all) seen.set(agreement.slug, agreement);
  const names = [...seen.values()].map(
    (agreement) =>
      pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale).text || agreement.slug,
  );
  return t('export.chartText.source', { app: t('common.app.name'), agreements: names.join('; ') });
}

export interface RenderedChart {
  title: string;
  svg: string;
  /** Exactly the numbers drawn, as a table (header first). */
  table: ChartTable;
  fileBase: string;
  dataVersion: number;
  /** sha256 of the table, first 12 hex: printed in the footer. */
  hash: string;
  point: TimePoint;
}

type ChartTable = (string | number | null)[][];

export type ChartResult = { ok: true; chart: RenderedChart } | { ok: false; status: 404; error: string };

/** What a builder draws: the picture and its table, or why there is nothing to draw. */
type ChartSpec = { title: string; svg: string; table: ChartTable } | { notFound: string };

/** What every chart needs besides its own data: the request, words, names and the frame. */
interface ChartContext {
  request: ChartRequest;
  locale: Locale;
  t: Translate;
  /** The day the "today" lines mark (a past view's day). */
  today: string;
  labels: StatusLabels;
  /** The localized text, or the fallback (a slug) when neither language has it. */
  localized: (en: string | null, vi: string | null, fallback: string) => string;
  /** The frame's lines: title, filters (or `filterLine`), the agreements drawn, the as-of stamp. */
  frame: (title: string, used: AgreementTitle[], filterLine?: string) => ChartFrame;
}

type ChartBuilder = (context: ChartContext) => Promise<ChartSpec>;

/** Reads the chart's data and draws it. */
export async function renderChart(request: ChartRequest): Promise<ChartResult> {
  const [agreements, stamp, dataVersion, point] = await Promise.all([
    listAgreementsForExport(),
    getDataStamp(),
    currentDataVersion(),
    resolveTimePoint(request.filters),
  ]);
  const context = chartContext(request, agreements, stamp.asOf, dataVersion, point);
  const spec = await CHART_BUILDERS[request.chart](context);
  if ('notFound' in spec) return { ok: false, status: 404, error: spec.notFound };
  // The footer names the figures' fingerprint, known only once the table is built.
  const hash = figuresHash(spec.table);
  const svg = spec.svg.split(FIGURES_HASH_MARK).join(hash);
  const fileBase = chartFileBase(request, point.kind === 'past' ? point.asOf : undefined);
  return { ok: true, chart: { ...spec, svg, fileBase, dataVersion, hash, point } };
}

/** Stands for the figures' hash in the stamp line until the table is known (plain ASCII). */
const FIGURES_HASH_MARK = 'FIGURESHASH0';

/** The footer's as-of line: the data's last change now; the day (and snapshot) in the past. */
function stampLine(t: Translate, locale: Locale, point: TimePoint, asOf: Date, dataVersion: number) {
  const when =
    point.kind === 'now'
      ? t('export.chartText.stamp', { time: formatDateTime(asOf, locale), version: dataVersion })
      : point.snapshot
        ? t('export.chartText.snapshotStamp', {
            name: point.snapshot.name,
            date: formatDate(point.asOf, locale),
          })
        : t('export.chartText.pastStamp', { date: formatDate(point.asOf, locale) });
  return `${when} · ${t('export.chartText.figures', { hash: FIGURES_HASH_MARK })}`;
}

/** The day a chart's "today" line marks: today, or the past view's day. */
const dayOf = (point: TimePoint) => (point.kind === 'past' ? point.asOf : todayIso());

function chartContext(
  request: ChartRequest,
  agreements: AgreementForExport[],
  asOf: Date,
  dataVersion: number,
  point: TimePoint,
): ChartContext {
  const { filters, locale } = request;
  const t = createTranslator(locale);
  return {
    request,
    locale,
    t,
    today: dayOf(point),
    labels: statusLabels(t),
    localized: (en, vi, fallback) => pickLocalized({ en, vi }, locale).text || fallback,
    frame: (title, used, filterLine) => ({
      title,
      filterLine: filterLine ?? describeFilters(filters, agreements, locale),
      sourceLine: sourceLine(t, locale, used, agreements),
      stampLine: stampLine(t, locale, point, asOf, dataVersion),
      lang: locale,
    }),
  };
}

/** One bar of a status chart: its label, the columns that name it in the table, its counts. */
interface StatusBarRow {
  agreement: AgreementTitle;
  label: string;
  names: string[];
  counts: Record<Status, number>;
}

/**
 * Bars drawn in one picture: beyond this a chart is unreadable (and slow to rasterise); the rest
 * are named in a last line, and the CSV table keeps every row.
 */
export const MAX_CHART_BARS = 20;

/** Stacked status bars, and a table of the names, the count per status and the total per bar. */
function statusBarsSpec(
  context: ChartContext,
  title: string,
  nameHeader: string[],
  rows: StatusBarRow[],
  /** Caps the picture at MAX_CHART_BARS rows with a "+ N more" line; without it every row is drawn. */
  moreKey?: 'export.chartText.morePillars' | 'export.chartText.moreAgreements',
): ChartSpec {
  const { t, labels } = context;
  const drawn = moreKey ? rows.slice(0, MAX_CHART_BARS) : rows;
  const svg = renderStatusBarsSvg({
    frame: context.frame(
      title,
      rows.map((row) => row.agreement).filter((agreement) => agreement.slug),
    ),
    rows: drawn,
    statusLabels: labels,
    emptyText: t('export.chartText.noData'),
    moreText:
      moreKey && rows.length > drawn.length ? t(moreKey, { count: rows.length - drawn.length }) : undefined,
  });
  const header = [...nameHeader, ...STATUSES.map((status) => labels[status]), t('export.columns.total')];
  const table = [
    header,
    ...rows.map((row) => {
      const counts = STATUSES.map((status) => row.counts[status]);
      return [...row.names, ...counts, counts.reduce((sum, n) => sum + n, 0)];
    }),
  ];
  return { title, svg, table };
}

const buildStatusByPillar: ChartBuilder = async (context) => {
  const { t, localized } = context;
  const data = await countStatusByPillarForExport(context.request.filters);
  const several = new Set(data.rows.map((row) => row.agreement.slug)).size > 1;
  const rows: StatusBarRow[] = data.rows.map((row) => {
    const agreementName = localized(row.agreement.titleEn, row.agreement.titleVi, row.agreement.slug);
    const pillarName = localized(row.pillar.nameEn, row.pillar.nameVi, row.pillar.slug);
    return {
      agreement: row.agreement,
      label: several ? `${shortAgreement(row.agreement.slug)} · ${pillarName}` : pillarName,
      names: [agreementName, pillarName],
      counts: row.counts,
    };
  });
  if (data.withoutPillar) {
    const label = t('export.chartText.noPillar');
    rows.push({
      agreement: { slug: '', titleEn: null, titleVi: null },
      label,
      names: ['', label],
      counts: data.withoutPillar,
    });
  }
  return statusBarsSpec(
    context,
    t('export.charts.status-by-pillar'),
    [t('export.columns.agreement'), t('export.columns.pillar')],
    rows,
    'export.chartText.morePillars',
  );
};

const buildStatusByAgreement: ChartBuilder = async (context) => {
  const { t, localized } = context;
  const data = await countStatusByAgreementForExport(context.request.filters);
  const rows = data.map((row): StatusBarRow => {
    const name = localized(row.agreement.titleEn, row.agreement.titleVi, row.agreement.slug);
    return { agreement: row.agreement, label: name, names: [name], counts: row.counts };
  });
  return statusBarsSpec(
    context,
    t('export.charts.status-by-agreement'),
    [t('export.columns.agreement')],
    rows,
    'export.chartText.moreAgreements',
  );
};

const buildDeadlines: ChartBuilder = async (context) => {
  const { t, labels, localized, locale } = context;
  const title = t('export.charts.deadlines');
  const data = await listDeadlinesForExport(context.request.filters);
  const items = data.rows.map((row) => ({
    label: localized(row.titleEn, row.titleVi, row.slug),
    status: row.status,
    deadline: row.deadline!.toISOString().slice(0, 10),
    deadlineLabel: formatDate(row.deadline, locale),
    agreement: row.agreement,
    slug: row.slug,
    deadlineText: localized(row.deadlineTextEn, row.deadlineTextVi, ''),
  }));
  const svg = renderTimelineSvg({
    frame: context.frame(
      title,
      items.map((item) => item.agreement),
    ),
    items,
    today: context.today,
    todayLabel: t('export.chartText.today'),
    statusLabels: labels,
    emptyText: t('export.chartText.noDeadlines'),
    moreText:
      data.total > items.length
        ? t('export.chartText.more', { count: data.total - items.length })
        : undefined,
  });
  const table = [
    [
      t('export.columns.title'),
      t('export.columns.agreement'),
      t('export.columns.status'),
      t('export.columns.deadline'),
      t('export.columns.deadlineText'),
      t('export.columns.slug'),
    ],
    ...items.map((item) => [
      item.label,
      localized(item.agreement.titleEn, item.agreement.titleVi, item.agreement.slug),
      labels[item.status],
      item.deadline,
      item.deadlineText || null,
      item.slug,
    ]),
  ];
  return { title, svg, table };
};

const buildProgress: ChartBuilder = async (context) => {
  const { t, labels, localized, locale, request } = context;
  const commitment = await getProgressSeries(request.commitment!, request.filters);
  if (!commitment) return { notFound: t('export.api.unknownCommitment', { slug: request.commitment! }) };
  const title = t('export.charts.progress', {
    title: localized(commitment.titleEn, commitment.titleVi, commitment.slug),
  });
  const scope = [
    localized(commitment.agreement.titleEn, commitment.agreement.titleVi, commitment.agreement.slug),
    commitment.pillar
      ? localized(commitment.pillar.nameEn, commitment.pillar.nameVi, commitment.pillar.slug)
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const points = commitment.updates.map((update) => ({
    date: update.assessedOn.toISOString(),
    progress: update.progress!,
    status: update.toStatus,
  }));
  const deadline = commitment.deadline ?? commitment.targetDate;
  const svg = renderProgressSvg({
    frame: context.frame(title, [commitment.agreement], scope),
    points,
    deadline: deadline ? deadline.toISOString().slice(0, 10) : undefined,
    deadlineLabel: t('export.chartText.deadline'),
    today: context.today,
    todayLabel: t('export.chartText.today'),
    yLabel: t('export.chartText.progress'),
    statusLabels: labels,
    emptyText: t('export.chartText.noProgress'),
    formatTick: (iso) => monthYear(iso, locale),
  });
  const table = [
    [t('export.columns.date'), t('export.columns.status'), t('export.columns.progress')],
    ...points.map((point) => [point.date, labels[point.status], point.progress]),
  ];
  return { title, svg, table };
};

/** Headline status counts at each month end (stacked, one bar per month; the last is the view's day). */
const buildStatusOverTime: ChartBuilder = async (context) => {
  const { t, locale, request } = context;
  const { filters } = request;
  const points = await readStatusOverTime({
    agreement: filters.agreement,
    pillar: filters.pillar,
    asOf: filters.asOf,
    snapshot: filters.snapshot,
  });
  const agreements = await listAgreementsForExport();
  const used = filters.agreement ? agreements.filter((item) => item.slug === filters.agreement) : [];
  const none = { slug: '', titleEn: null, titleVi: null };
  const rows: StatusBarRow[] = points.map((point) => {
    const label = point.date.endsWith(monthEndDay(point.date))
      ? monthYear(point.date, locale)
      : formatDate(point.date, locale);
    return { agreement: none, label, names: [point.date], counts: point.counts };
  });
  const spec = statusBarsSpec(context, t('export.charts.status-over-time'), [t('export.columns.date')], rows);
  if ('notFound' in spec) return spec;
  // The source line names the agreements in scope (statusBarsSpec saw none on the month rows).
  const frame = context.frame(spec.title, used);
  return {
    ...spec,
    svg: renderStatusBarsSvg({
      frame,
      rows,
      statusLabels: context.labels,
      emptyText: t('export.chartText.noData'),
    }),
  };
};

/** "31" for a date in a 31-day month …: a point on its month's last day is labelled by the month. */
function monthEndDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return String(last.getUTCDate()).padStart(2, '0');
}

const CHART_BUILDERS: Record<ChartName, ChartBuilder> = {
  'status-over-time': buildStatusOverTime,
  'status-by-pillar': buildStatusByPillar,
  'status-by-agreement': buildStatusByAgreement,
  deadlines: buildDeadlines,
  progress: buildProgress,
};

/** "Nov 2026" / "thg 11 2026": the progress chart's axis ticks. */
function monthYear(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** Short agreement tags for bar labels when pillars of several agreements share a chart. */
function shortAgreement(slug: string): string {
  return slug.split('-').slice(0, 2).join('–').toUpperCase();
}

export function chartTableToCsv(table: ChartTable): string {
  const [header = [], ...rows] = table;
  return toCsv(
    header.map((name, index) => ({
      header: String(name),
      value: (row: (string | number | null)[]) => row[index],
    })),
    rows,
  );
}
