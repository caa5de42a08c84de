// The /commitments page's "Export this view" links: CSV / JSON of the current filters and the
// printable report (plain links, no client JavaScript). `query` is the filter query string
// without page (the one parseCommitmentFilters reads).
import { ExportLinks } from '@/components/export/export-links';
import { isLocale } from '@/lib/i18n/config';
import { createTranslator } from '@/lib/i18n/messages';
import { parseCommitmentFilters } from '@/lib/validation/commitment-filters';

export interface CommitmentExportSlotProps {
  query: string;
  locale: string;
}

export function CommitmentExportSlot({ query, locale }: CommitmentExportSlotProps): React.ReactNode {
  if (!isLocale(locale)) return null;
  const { filters } = parseCommitmentFilters(new URLSearchParams(query));
  return <ExportLinks filters={filters} locale={locale} t={createTranslator(locale)} />;
}
