// A span the admin selects in the source reader, as offsets into the source text. The reader shows
// each sentence as text.slice(start, end) in an element carrying its start, so a point of the
// selection (sentence start + offset inside the sentence) is an exact source offset; white space
// at either end is left out, as a quote never starts or ends with it.

export interface SelectionPoint {
  /** The start offset of the sentence the point is in. */
  sentenceStart: number;
  /** The offset inside that sentence's text. */
  offset: number;
}

export function spanFromSelection(
  text: string,
  anchor: SelectionPoint,
  focus: SelectionPoint,
  maxLength = 5000,
): { start: number; end: number } | null {
  let start = Math.min(anchor.sentenceStart + anchor.offset, focus.sentenceStart + focus.offset);
  let end = Math.max(anchor.sentenceStart + anchor.offset, focus.sentenceStart + focus.offset);
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end <= start || end - start > maxLength) return null;
  return { start, end };
}
