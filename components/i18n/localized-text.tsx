// Bilingual database text in the reader's language. When only the other language exists, the text
// is shown (tagged with its own `lang`) followed by a visible marker in the reader's language.
import type { LocalizedText as Localized } from '@/lib/i18n/content';
import type { Translate } from '@/lib/i18n/messages';

/** The marker's words ("(English, not yet translated)"), or undefined when no fallback happened. */
export function fallbackNote(value: Localized, t: Translate): string | undefined {
  if (!value.fallback || !value.text) return undefined;
  return t('content.fallback', { language: t(`dashboard.commitment.languageName.${value.lang}`) });
}

/**
 * `lang` for text shown in the other language, and no attribute at all otherwise: an explicit
 * `lang={undefined}` is still written into the page's RSC payload, once per title.
 */
export function langOf(value: Localized): { lang?: string } {
  return value.fallback ? { lang: value.lang } : {};
}

export function FallbackMarker({ value, t }: { value: Localized; t: Translate }) {
  const note = fallbackNote(value, t);
  return note ? (
    <>
      {' '}
      <small className="fallback-marker" data-testid="fallback-marker">
        {note}
      </small>
    </>
  ) : null;
}

/** The text, then its marker; as a paragraph (`as="p"`) for longer text such as descriptions. */
export function LocalizedText({
  value,
  t,
  as = 'span',
}: {
  value: Localized;
  t: Translate;
  as?: 'span' | 'p';
}) {
  if (as === 'p') {
    return (
      <p {...langOf(value)}>
        {value.text}
        <FallbackMarker value={value} t={t} />
      </p>
    );
  }
  return (
    <>
      <span {...langOf(value)}>{value.text}</span>
      <FallbackMarker value={value} t={t} />
    </>
  );
}
