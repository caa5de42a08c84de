// The seed's 37 commitments cite their sources through the admin reader's own code (placeQuote:
// the sentence the reader offers, else the span a selection gives): every quote lands on offsets
// that slice exactly the quote out of its source file.
import { describe, expect, it } from 'vitest';
import { commitments, sources } from '@/prisma/seed/data';
import { locateQuote, readSourceText } from '@/prisma/seed/seed';
import { placeQuote, splitSentences } from '@/lib/sources/sentences';

describe('seeded quotes go through the reader’s sentence and offset code', () => {
  const texts = new Map(
    sources.map((source) => [
      source.slug,
      { text: readSourceText(source.fileName), language: source.language },
    ]),
  );

  it('every quote of every seeded commitment is a verbatim slice at the offsets the seed stores', () => {
    expect(commitments).toHaveLength(37);
    let wholeSentences = 0;
    let quotes = 0;
    for (const commitment of commitments) {
      for (const quote of commitment.quotes) {
        const source = texts.get(quote.source)!;
        const place = placeQuote(source.text, quote.quote, source.language);
        expect(place, `${commitment.slug}: ${quote.quote.slice(0, 60)}`).not.toBeNull();
        const stored = locateQuote(source.text, quote.quote, commitment.slug, source.language);
        expect(source.text.slice(stored.startOffset, stored.endOffset)).toBe(quote.quote);
        expect(stored).toEqual({ startOffset: place!.start, endOffset: place!.end });
        if (place!.wholeSentence) {
          // The sentence the reader shows and links, exactly.
          expect(splitSentences(source.text, source.language)).toContainEqual(
            expect.objectContaining({ start: place!.start, end: place!.end, text: quote.quote }),
          );
          wholeSentences += 1;
        }
        quotes += 1;
      }
    }
    // Most seeded quotes are whole sentences of the reader; the rest are spans of one.
    console.log(
      `seed: ${wholeSentences} of ${quotes} quotes are whole reader sentences, the rest selected spans`,
    );
    expect(quotes).toBeGreaterThanOrEqual(37);
  });

  it('a quote not in the text, or with white space around it, is refused', () => {
    const [source] = [...texts.values()];
    expect(placeQuote(source!.text, 'Words nobody wrote.', 'en')).toBeNull();
    expect(() => locateQuote(source!.text, 'Words nobody wrote.', 'x')).toThrow(/not found/);
    expect(placeQuote('A sentence. Another.', ' Another.', 'en')).toBeNull();
  });
});
