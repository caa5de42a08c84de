// The /commitments page's "Export this view" links: CSV / JSON of the current filters and the
// printable report (plain links, no client JavaScript).
import { ExportLinks } from '@/components/export/export-links';
import type { Locale } from '@/lib/i18n/config';
import { createTranslator } from '@/lib/i18n/messages';
import type { CommitmentFilters } from '@/lib/validation/commitment-filters';

export interface CommitmentExportSlotProps {
  filters: CommitmentFilters;
  locale: Locale;
}

export function CommitmentExportSlot({ filters, locale }: CommitmentExportSlotProps): React.ReactNode {
  return <ExportLinks filters={filters} locale={locale} t={createTranslator(locale)} />;
}
