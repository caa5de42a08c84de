// A pure Atom 1.0 (RFC 4287) writer for the assessment feeds: the caller supplies words already in
// the reader's language and absolute links; this only arranges and escapes them.
import { htmlText, xmlText } from './xml';

export interface AtomLink {
  href: string;
  rel?: 'self' | 'alternate' | 'related';
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** An IRI that never changes for this entry (urn:uuid:…). */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  link: string;
  author: string;
  summary: string;
  /** Lines of the content, as plain text, and links (shown as a list). */
  content: { paragraphs: string[]; links: { title: string; href: string }[] };
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: Date;
  lang: string;
  links: AtomLink[];
  generator: string;
  entries: AtomEntry[];
}

/** RFC 3339 in UTC, to the second (`2026-11-25T15:04:05Z`). */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function link({ href, rel, type, title }: AtomLink): string {
  const attrs = [`href="${xmlText(href)}"`];
  if (rel) attrs.push(`rel="${rel}"`);
  if (type) attrs.push(`type="${xmlText(type)}"`);
  if (title) attrs.push(`title="${xmlText(title)}"`);
  return `<link ${attrs.join(' ')}/>`;
}

function contentHtml(content: AtomEntry['content']): string {
  const paragraphs = content.paragraphs.map((text) => `<p>${htmlText(text)}</p>`).join('');
  const links =
    content.links.length === 0
      ? ''
      : `<ul>${content.links.map((item) => `<li><a href="${htmlText(item.href)}">${htmlText(item.title)}</a></li>`).join('')}</ul>`;
  return paragraphs + links;
}

function entry(item: AtomEntry): string {
  return [
    '<entry>',
    `<id>${xmlText(item.id)}</id>`,
    `<title type="text">${xmlText(item.title)}</title>`,
    `<updated>${rfc3339(item.updated)}</updated>`,
    item.published ? `<published>${rfc3339(item.published)}</published>` : '',
    link({ href: item.link, rel: 'alternate', type: 'text/html' }),
    `<author><name>${xmlText(item.author)}</name></author>`,
    `<summary type="text">${xmlText(item.summary)}</summary>`,
    `<content type="html">${xmlText(contentHtml(item.content))}</content>`,
    '</entry>',
  ].join('');
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">`,
    `<id>${xmlText(feed.id)}</id>`,
    `<title type="text">${xmlText(feed.title)}</title>`,
    feed.subtitle ? `<subtitle type="text">${xmlText(feed.subtitle)}</subtitle>` : '',
    `<updated>${rfc3339(feed.updated)}</updated>`,
    ...feed.links.map(link),
    `<generator>${xmlText(feed.generator)}</generator>`,
    ...feed.entries.map((item) => `\n${entry(item)}`),
    '\n</feed>\n',
  ].join('');
}
