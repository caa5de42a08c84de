// Escaping for the feeds we write by hand (Atom). Text is escaped for XML, and characters XML 1.0
// forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped, since no escape makes
// them legal and one stray control character in a reason would break every reader of the feed.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** HTML text for an Atom `type="html"` content (escaped once as HTML; xmlText escapes it again). */
export function htmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
