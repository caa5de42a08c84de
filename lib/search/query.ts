// What a search box's words mean, shared by the /search page and GET /api/search: one parser, so
// both refuse the same input with the same reason. Pure (no database): the words become a
// Postgres tsquery string for the "ct_search" text search configuration (see the search
// migration), which folds diacritics on both sides, so "tieng anh" finds "tiếng Anh".

export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_MAX_TERMS = 10;
export const SEARCH_MAX_PAGE = 500;
export const SEARCH_PAGE_SIZE = 20;

export type SearchInputError = 'empty' | 'tooLong' | 'control' | 'noWords' | 'tooManyWords' | 'page';

export type ParsedSearch =
  | { ok: true; q: string; terms: string[]; tsquery: string; page: number }
  | { ok: false; q: string; error: SearchInputError; param: 'q' | 'page' };

// Tab, line feed and carriage return are what a pasted line brings: read as spaces. Any other
// control character (NUL, escape, DEL, the C1 range) is refused rather than silently dropped.
const PASTED_WHITESPACE = /[\t\n\r]+/g;
const CONTROL = /\p{Cc}/u;
// Letters (with their combining marks, for text typed decomposed) and digits make words; anything
// else separates them, so "net-zero", "net zero" and "net/zero" give the same two words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The distinct words of a query, in order, lower-cased and in composed (NFC) form. */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  return [...new Set(words)];
}

/**
 * The tsquery for the words: all of them must match, each as a prefix ("jet" finds "JETP",
 * "2035" finds "2035") except single characters, which would match most of the index.
 * Words are only letters, marks and digits, so quoting them needs no escaping.
 */
export function toTsQuery(terms: string[]): string {
  return terms.map((term) => ([...term].length >= 2 ? `'${term}':*` : `'${term}'`)).join(' & ');
}

function firstValue(value: string | string[] | null | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** Parses `q` and `page` as they come from a URL (a page's searchParams or URLSearchParams). */
export function parseSearchInput(input: {
  q?: string | string[] | null;
  page?: string | string[] | null;
}): ParsedSearch {
  const raw = firstValue(input.q);
  const q = raw.replace(PASTED_WHITESPACE, ' ').trim();
  if (CONTROL.test(q)) return { ok: false, q: '', error: 'control', param: 'q' };
  if (q === '') return { ok: false, q, error: 'empty', param: 'q' };
  if ([...q].length > SEARCH_MAX_LENGTH) {
    return { ok: false, q: [...q].slice(0, SEARCH_MAX_LENGTH).join(''), error: 'tooLong', param: 'q' };
  }
  const terms = searchTerms(q);
  if (terms.length === 0) return { ok: false, q, error: 'noWords', param: 'q' };
  if (terms.length > SEARCH_MAX_TERMS) return { ok: false, q, error: 'tooManyWords', param: 'q' };

  const rawPage = firstValue(input.page).trim();
  const page = rawPage === '' ? 1 : Number(rawPage);
  if (!/^\d+$/.test(rawPage || '1') || !Number.isInteger(page) || page < 1 || page > SEARCH_MAX_PAGE) {
    return { ok: false, q, error: 'page', param: 'page' };
  }
  return { ok: true, q, terms, tsquery: toTsQuery(terms), page };
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

// Postgres marks matches with these two private-use characters (ts_headline's StartSel/StopSel):
// the snippet is then split into plain text segments, and nothing from the database is ever
// rendered as HTML.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Splits a marked snippet into plain and matched segments (stray or nested marks are dropped). */
export function splitHighlights(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let match = false;
  let current = '';
  const flush = () => {
    if (current === '') return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += current;
    else segments.push({ text: current, match });
    current = '';
  };
  for (const char of marked) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      match = char === MARK_START;
    } else current += char;
  }
  flush();
  return segments;
}
