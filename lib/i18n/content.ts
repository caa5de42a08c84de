// Picks the reader's language from a bilingual database field pair, falling back to the other
// language (flagged, so the page can mark it) rather than ever showing a blank.
import type { Locale } from './config';

export interface LocalizedText {
  text: string;
  /** Language the text is actually in (differs from the reader's on fallback). */
  lang: Locale;
  fallback: boolean;
}

export function pickLocalized(
  values: { en: string | null | undefined; vi: string | null | undefined },
  locale: Locale,
): LocalizedText {
  const preferred = locale === 'vi' ? values.vi : values.en;
  if (preferred) return { text: preferred, lang: locale, fallback: false };
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const otherText = locale === 'vi' ? values.en : values.vi;
  return { text: otherText ?? '', lang: other, fallback: true };
}
