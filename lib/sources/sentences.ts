// A source text as sentences, with the ones that read like commitments marked: the admin's source
// reader offers each marked sentence as the quote of a new commitment, with its exact offsets.
// Pure (no database), so the seed and tests can run the same code.

export interface SourceSentence {
  /** text.slice(start, end) === the sentence, trimmed of surrounding white space. */
  start: number;
  end: number;
  text: string;
  /** The words that make it read like a commitment ("agreed to", "sẽ" …); null when none. */
  cue: string | null;
}

// Verbs of commitment as joint statements use them. English by word, so "will" does not match
// "goodwill"; Vietnamese by phrase (its words are syllables separated by spaces).
const ENGLISH_CUES =
  /\b(agreed to|agreed on|agreed|agree to|will|shall|committed|commits? to|commitment to|pledged|pledges?|reaffirmed|reaffirms?|support(?:s|ed|ing)?|stands? ready|undertook|undertakes?|resolved to|decided to)\b/i;
const VIETNAMESE_CUES =
  /(?<![\p{L}])(cam kết|nhất trí|thống nhất|sẽ|ủng hộ|hỗ trợ|tái khẳng định|khẳng định|sẵn sàng|quyết tâm)(?![\p{L}])/iu;

/** The cue of a sentence in either language (texts mix them), or null. */
export function commitmentCue(sentence: string): string | null {
  const english = ENGLISH_CUES.exec(sentence);
  if (english) return english[1]!;
  const vietnamese = VIETNAMESE_CUES.exec(sentence.normalize('NFC'));
  return vietnamese ? vietnamese[1]! : null;
}

/** Splits a text into sentences with Intl.Segmenter (the source's language), offsets exact. */
export function splitSentences(text: string, language: string): SourceSentence[] {
  const segmenter = new Intl.Segmenter(language === 'vi' ? 'vi' : 'en', { granularity: 'sentence' });
  const sentences: SourceSentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    // Paragraph breaks inside a segment (a heading without a full stop) split it too.
    let offset = 0;
    for (const piece of segment.split(/\n\s*\n|\n/)) {
      const pieceStart = segment.indexOf(piece, offset);
      offset = pieceStart + piece.length;
      const leading = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed === '') continue;
      const start = index + pieceStart + leading;
      sentences.push({ start, end: start + trimmed.length, text: trimmed, cue: commitmentCue(trimmed) });
    }
  }
  return sentences;
}

/**
 * Where a quote sits in a source as the admin's reader would pick it: the reader's sentence that
 * is exactly the quote (clicked), else the first verbatim span (selected). Null when the text does
 * not hold it word for word. The seed places its quotes with this too.
 */
export function placeQuote(
  text: string,
  quote: string,
  language: string,
): { start: number; end: number; wholeSentence: boolean } | null {
  if (!quote || quote !== quote.trim()) return null;
  const sentence = splitSentences(text, language).find((candidate) => candidate.text === quote);
  if (sentence) return { start: sentence.start, end: sentence.end, wholeSentence: true };
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length, wholeSentence: false };
}
