// A span selected in the admin source reader becomes offsets that slice exactly the selected
// words out of the source text, whichever way it was selected and across sentences.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/sources/sentences';
import { spanFromSelection } from '@/lib/sources/selection';

const text =
  'Leaders met in London.\nThe two sides agreed to open a green growth dialogue by 2026.  The UK will fund 200 scholarships.\n';
const sentences = splitSentences(text, 'en');
const point = (sentenceIndex: number, words: string, end = false) => {
  const sentence = sentences[sentenceIndex]!;
  const offset = sentence.text.indexOf(words) + (end ? words.length : 0);
  return { sentenceStart: sentence.start, offset };
};

describe('spanFromSelection', () => {
  it('a span inside one sentence, selected forwards or backwards', () => {
    const forwards = spanFromSelection(text, point(1, 'green'), point(1, 'dialogue', true))!;
    expect(text.slice(forwards.start, forwards.end)).toBe('green growth dialogue');
    const backwards = spanFromSelection(text, point(1, 'dialogue', true), point(1, 'green'))!;
    expect(backwards).toEqual(forwards);
  });

  it('a span across sentences keeps the source’s own spacing, trimmed at both ends', () => {
    const span = spanFromSelection(text, point(1, 'by 2026'), point(2, 'will', true))!;
    expect(text.slice(span.start, span.end)).toBe('by 2026.  The UK will');
    const padded = spanFromSelection(
      text,
      { sentenceStart: sentences[0]!.end, offset: 0 },
      point(1, 'two', true),
    )!;
    expect(text.slice(padded.start, padded.end)).toBe('The two');
  });

  it('an empty, blank or too long selection offers nothing', () => {
    expect(spanFromSelection(text, point(1, 'green'), point(1, 'green'))).toBeNull();
    expect(
      spanFromSelection(
        text,
        { sentenceStart: sentences[0]!.end, offset: 0 },
        { sentenceStart: sentences[0]!.end, offset: 1 },
      ),
    ).toBeNull();
    expect(spanFromSelection(text, point(0, 'Leaders'), point(2, 'scholarships', true), 20)).toBeNull();
  });
});
