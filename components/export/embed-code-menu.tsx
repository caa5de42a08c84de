// "Embed" next to a chart's Download menu: the code other sites paste to show the chart — an
// <iframe> of its embed page (lib/embed/), an <img> of its PNG, and for a commitment its card.
// The snippets sit in read-only text areas, so they can be selected and copied without JavaScript.
import { CopyButton } from '@/components/export/copy-button';
import { EscapableDetails } from '@/components/ui/escapable-details';
import { chartPath, type ChartRequest } from '@/lib/export/chart-urls';
import { publicOrigin } from '@/lib/export/http';
import { chartEmbedPath, chartSourcePath, commitmentEmbedPath } from '@/lib/embed/embed-paths';
import { escapeHtml } from '@/lib/embed/embed-html';
import type { Translate } from '@/lib/i18n/messages';

export function EmbedCodeMenu({ request, title, t }: { request: ChartRequest; title: string; t: Translate }) {
  const origin = publicOrigin();
  const name = escapeHtml(title);
  const snippets = [
    {
      id: 'iframe',
      label: t('export.embed.iframe'),
      code: `<iframe src="${origin}${chartEmbedPath(request)}" title="${name}" width="100%" height="600" style="border:0;max-width:960px" loading="lazy"></iframe>`,
    },
    {
      id: 'img',
      label: t('export.embed.image'),
      code: `<a href="${origin}${chartSourcePath(request)}"><img src="${origin}${chartPath(request, 'png')}" alt="${name}" width="900" style="max-width:100%;height:auto"></a>`,
    },
  ];
  if (request.chart === 'progress' && request.commitment) {
    snippets.push({
      id: 'card',
      label: t('export.embed.card'),
      code: `<iframe src="${origin}${commitmentEmbedPath(request.locale, request.commitment)}" title="${name}" width="100%" height="280" style="border:0;max-width:640px" loading="lazy"></iframe>`,
    });
  }
  return (
    <EscapableDetails className="export-menu embed-code" data-testid={`embed-${request.chart}`}>
      <summary aria-label={t('export.embed.menuLabel', { chart: title })}>{t('export.embed.menu')}</summary>
      <div className="export-menu__list embed-code__panel">
        <p className="embed-code__hint">{t('export.embed.hint')}</p>
        {/* The label holds its text area (no ids to send for every chart); Copy finds it beside itself. */}
        {snippets.map((snippet) => (
          <div key={snippet.id} className="embed-code__snippet">
            <label>
              {snippet.label}
              <textarea readOnly rows={3} value={snippet.code} data-snippet={snippet.id} />
            </label>
            <CopyButton label={t('export.embed.copy')} copiedLabel={t('export.embed.copied')} />
          </div>
        ))}
      </div>
    </EscapableDetails>
  );
}
