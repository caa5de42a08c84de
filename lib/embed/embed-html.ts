// The HTML of embeds (/embed/<lang>/…): a whole document with no script at all, small enough to sit
// in a partner's iframe, with the attribution, a link back and the as-of date. Pure: text in, HTML
// out; every value is escaped here.
import type { Locale } from '../i18n/config';

/** Embeds may be framed by any site (and only embeds: other pages keep frame-ancestors 'none'). */
export const EMBED_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;padding:12px;font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans",Arial,sans-serif;color:#1b1f24;background:#fff}
h1{font-size:1.05rem;margin:0 0 .5rem}
img{display:block;max-width:100%;height:auto}
a{color:#0b5cad}
.meta{margin:.6rem 0 0;font-size:.85rem;color:#4a5360}
.card{border:1px solid #d9dde3;border-radius:8px;padding:12px 14px}
.status{display:inline-block;padding:.1rem .55rem;border-radius:999px;font-weight:600;font-size:.85rem}
.bar{height:8px;background:#e8ebef;border-radius:4px;margin:.5rem 0 .2rem;overflow:hidden}
.bar>span{display:block;height:100%;background:#0b5cad}
dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .75rem;margin:.6rem 0 0;font-size:.9rem}
dt{color:#4a5360}dd{margin:0}
`;

export interface EmbedDocument {
  locale: Locale;
  title: string;
  /** Already-escaped markup of the body. */
  body: string;
  /** "Source: Commitment Tracker" linked back to the page it comes from. */
  sourceText: string;
  sourceHref: string;
  /** "As of 25/11/2026 09:00 · data v42". */
  stampText: string;
}

export function embedDocument(doc: EmbedDocument): string {
  return `<!doctype html>
<html lang="${doc.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${doc.body}
<p class="meta"><a href="${escapeHtml(doc.sourceHref)}" target="_blank" rel="noopener">${escapeHtml(doc.sourceText)}</a> · ${escapeHtml(doc.stampText)}</p>
</main>
</body>
</html>
`;
}

/** A short page for a refused embed (unknown chart or commitment, bad parameter). */
export function embedErrorDocument(locale: Locale, title: string, message: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>
`;
}

export function embedResponse(html: string, status = 200, dataVersion?: number): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY,
    'Cache-Control': status === 200 ? 'public, max-age=0, must-revalidate' : 'no-store',
  };
  if (dataVersion !== undefined) headers['X-Data-Version'] = String(dataVersion);
  return new Response(html, { status, headers });
}
