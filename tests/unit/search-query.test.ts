// How the words of a search become a tsquery, and which input is refused with which reason.
import { describe, expect, it } from 'vitest';
import {
  MARK_END,
  MARK_START,
  parseSearchInput,
  SEARCH_MAX_LENGTH,
  SEARCH_MAX_TERMS,
  searchTerms,
  splitHighlights,
  toTsQuery,
} from '@/lib/search/query';

describe('searchTerms', () => {
  it('splits on anything that is not a letter or digit, so hyphens and spaces are the same', () => {
    expect(searchTerms('net zero')).toEqual(['net', 'zero']);
    expect(searchTerms('net-zero')).toEqual(['net', 'zero']);
    expect(searchTerms('  Net–Zero / 2050! ')).toEqual(['net', 'zero', '2050']);
  });

  it('lower-cases, keeps Vietnamese letters whole and composes decomposed input', () => {
    expect(searchTerms('Tiếng Anh')).toEqual(['tiếng', 'anh']);
    expect(searchTerms('tie\u0302\u0301ng'.normalize('NFD'))).toEqual(['tiếng']);
    expect(searchTerms('ĐỐI TÁC')).toEqual(['đối', 'tác']);
  });

  it('drops repeated words and keeps the first order', () => {
    expect(searchTerms('JETP jetp energy JETP')).toEqual(['jetp', 'energy']);
  });

  it('makes no words out of quotes, operators or markup', () => {
    expect(searchTerms(`'); DROP TABLE "Commitment"; --`)).toEqual(['drop', 'table', 'commitment']);
    expect(searchTerms('a & b | !c <-> d:*')).toEqual(['a', 'b', 'c', 'd']);
    expect(searchTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
    expect(searchTerms('*** --- ...')).toEqual([]);
  });
});

describe('toTsQuery', () => {
  it('requires every word, each as a prefix, but single characters only whole', () => {
    expect(toTsQuery(['english', '2035'])).toBe("'english':* & '2035':*");
    expect(toTsQuery(['jetp'])).toBe("'jetp':*");
    expect(toTsQuery(['a', 'ab'])).toBe("'a' & 'ab':*");
  });

  it('counts a Vietnamese letter as one character', () => {
    expect(toTsQuery(['đ'])).toBe("'đ'");
    expect(toTsQuery(['tiếng'])).toBe("'tiếng':*");
  });
});

describe('parseSearchInput', () => {
  it('accepts a search and a page', () => {
    expect(parseSearchInput({ q: '  tieng anh ', page: '2' })).toEqual({
      ok: true,
      q: 'tieng anh',
      terms: ['tieng', 'anh'],
      tsquery: "'tieng':* & 'anh':*",
      page: 2,
    });
    expect(parseSearchInput({ q: 'JETP' })).toMatchObject({ ok: true, page: 1 });
    expect(parseSearchInput({ q: ['JETP', 'ignored'], page: '' })).toMatchObject({ ok: true, q: 'JETP' });
  });

  it('reads pasted tabs and line breaks as spaces', () => {
    expect(parseSearchInput({ q: 'net\tzero\r\n2050' })).toMatchObject({ ok: true, q: 'net zero 2050' });
  });

  it.each([
    ['missing', undefined, 'empty'],
    ['empty', '', 'empty'],
    ['only spaces', '   \t ', 'empty'],
    ['1,000 characters', 'a'.repeat(1000), 'tooLong'],
    ['a NUL byte', 'net\u0000zero', 'control'],
    ['an escape', '\u001b[31mred', 'control'],
    ['DEL', 'net\u007f', 'control'],
    ['a C1 control', 'net\u0085zero', 'control'],
    ['no letters or digits', '!!! ---', 'noWords'],
    [
      'too many words',
      Array.from({ length: SEARCH_MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' '),
      'tooManyWords',
    ],
  ])('refuses %s', (_name, q, error) => {
    expect(parseSearchInput({ q })).toMatchObject({ ok: false, error, param: 'q' });
  });

  it('accepts exactly the maximum length, counted in characters not UTF-16 units', () => {
    expect(parseSearchInput({ q: 'ế'.repeat(SEARCH_MAX_LENGTH) }).ok).toBe(true);
    expect(parseSearchInput({ q: '😀'.repeat(SEARCH_MAX_LENGTH - 1) + 'a' }).ok).toBe(true);
    expect(parseSearchInput({ q: 'a'.repeat(SEARCH_MAX_LENGTH + 1) })).toMatchObject({ error: 'tooLong' });
  });

  it.each(['0', '-1', '1.5', 'abc', '501', '1e3', '99999999999999999999'])('refuses page %s', (page) => {
    expect(parseSearchInput({ q: 'trade', page })).toMatchObject({ ok: false, error: 'page', param: 'page' });
  });
});

describe('splitHighlights', () => {
  it('splits marked text into plain and matched segments', () => {
    expect(splitHighlights(`the ${MARK_START}JETP${MARK_END} and ${MARK_START}net${MARK_END}-zero`)).toEqual([
      { text: 'the ', match: false },
      { text: 'JETP', match: true },
      { text: ' and ', match: false },
      { text: 'net', match: true },
      { text: '-zero', match: false },
    ]);
  });

  it('keeps markup from the text as text and survives stray marks', () => {
    expect(splitHighlights(`<b>${MARK_START}x${MARK_END}</b>`)).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
    expect(splitHighlights(`${MARK_END}a${MARK_START}${MARK_START}b`)).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: true },
    ]);
    expect(splitHighlights('')).toEqual([]);
  });
});
