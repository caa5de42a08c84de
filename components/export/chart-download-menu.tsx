// "Download" menu for a chart: plain links to the chart's stable URLs (they work without client
// JavaScript; a few lines of it let Escape close the menu). `download=1` makes the file route send
// it as an attachment named for what it is, e.g. status-by-pillar_vn-uk-csp_2026-11-23.png (the
// header's name wins over a `download` attribute's, so the links do not repeat it: the overview
// draws four of these menus, each sent twice). The Embed menu sits beside it.
import { EmbedCodeMenu } from '@/components/export/embed-code-menu';
import { EscapableDetails } from '@/components/ui/escapable-details';
import { chartPath, type ChartRequest } from '@/lib/export/chart-urls';
import type { ChartFormat } from '@/lib/export/chart-names';
import type { Translate } from '@/lib/i18n/messages';

export function ChartDownloadMenu({
  chart,
  filters,
  locale,
  commitment,
  title,
  t,
}: ChartRequest & {
  /** The chart's visible title (for the menu's accessible name). */
  title: string;
  t: Translate;
}) {
  const request: ChartRequest = { chart, filters, locale, commitment };
  const items: { format: ChartFormat; label: string }[] = [
    { format: 'png', label: t('export.menu.png') },
    { format: 'svg', label: t('export.menu.svg') },
    { format: 'csv', label: t('export.menu.csv') },
  ];
  return (
    <span className="export-menus">
      <EscapableDetails className="export-menu" data-testid={`download-${chart}`}>
        <summary aria-label={t('export.menu.downloadChart', { chart: title })}>
          {t('export.menu.download')}
        </summary>
        <ul className="export-menu__list">
          {items.map(({ format, label }) => (
            <li key={format}>
              <a href={`${chartPath(request, format)}&download=1`} download data-format={format}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </EscapableDetails>
      <EmbedCodeMenu request={request} title={title} t={t} />
    </span>
  );
}
