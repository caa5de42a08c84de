import type { Locale } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { summarizeForReport } from '@/lib/queries/report';

/** Headline counts, and the average progress with its denominator spelled out. */
export function ReportFigures({
  locale,
  t,
  summary,
}: {
  locale: Locale;
  t: Translate;
  summary: Awaited<ReturnType<typeof summarizeForReport>>;
}) {
  const { counts, total, progress } = summary;
  const n = (value: number) => formatNumber(value, locale);
  const figures = [
    { label: t('export.report.total'), value: n(total) },
    { label: t('export.report.achieved'), value: n(counts.ACHIEVED) },
    { label: t('export.report.onTrack'), value: n(counts.IN_PROGRESS) },
    { label: t('export.report.atRisk'), value: n(counts.AT_RISK + counts.STALLED) },
    {
      label: t('export.report.averageProgress'),
      value:
        progress.average === null
          ? t('export.report.noAverage')
          : t('export.report.averageOver', {
              average: formatNumber(progress.average, locale, 0),
              count: n(progress.withFigure),
              total: n(total),
            }),
    },
  ];
  return (
    <section aria-labelledby="report-headline" className="export-report__section">
      <h2 id="report-headline">{t('export.report.headline')}</h2>
      <dl className="export-report__figures" data-testid="report-figures">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
