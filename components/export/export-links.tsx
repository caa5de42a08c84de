// "Export this view": CSV / JSON of the commitments matching the current filters, and the
// printable report for the same filters. Plain links, no client JavaScript.
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';
import { commitmentFiltersToSearchParams, type CommitmentFilters } from '@/lib/validation/commitment-filters';

export function ExportLinks({
  filters,
  locale,
  t,
  showReport = true,
}: {
  filters: CommitmentFilters;
  locale: Locale;
  t: Translate;
  showReport?: boolean;
}) {
  const params = commitmentFiltersToSearchParams({ ...filters, page: 1 });
  const pageQuery = params.toString();
  params.set('lang', locale);
  const query = params.toString();
  return (
    <nav className="export-links" aria-label={t('export.menu.export')} data-testid="export-links">
      <span className="export-links__label">{t('export.menu.export')}:</span>
      <a href={`/api/export/commitments.csv?${query}`} download data-format="csv">
        {t('export.menu.csvAll')}
      </a>
      <a href={`/api/export/commitments.json?${query}`} download data-format="json">
        {t('export.menu.json')}
      </a>
      {showReport ? (
        <a href={`/${locale}/report${pageQuery ? `?${pageQuery}` : ''}`}>{t('export.menu.report')}</a>
      ) : null}
    </nav>
  );
}
