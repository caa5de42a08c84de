import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import type { Translate } from '@/lib/i18n/messages';
import { splitSentences } from '@/lib/sources/sentences';
import { SpanPicker } from './span-picker';

interface ReaderSource {
  id: number;
  language: string;
  text: string;
  citations: {
    startOffset: number;
    endOffset: number;
    commitment: { slug: string; titleEn: string | null; titleVi: string | null };
  }[];
}

/**
 * The admin's source reader: the text sentence by sentence, the ones that read like commitments
 * marked, each a link to a new commitment with that sentence as its quote (exact offsets), and
 * the sentences already cited showing which commitment cites them.
 */
export function SourceReader({ locale, t, source }: { locale: Locale; t: Translate; source: ReaderSource }) {
  const sentences = splitSentences(source.text, source.language);
  const marked = sentences.filter((sentence) => sentence.cue !== null).length;
  return (
    <section aria-labelledby="source-reader-title" className="source-reader" data-testid="source-reader">
      <h2 id="source-reader-title">{t('authoring.reader.title')}</h2>
      <p data-testid="marked-count">
        {t('authoring.reader.markedCount', { count: marked, total: sentences.length })}
      </p>
      <p className="muted">{t('authoring.reader.selectHint')}</p>
      <SpanPicker
        sourceId={source.id}
        text={source.text}
        newCommitmentPath={`/${locale}/admin/commitments/new`}
        labels={{ selected: t('authoring.reader.selected'), make: t('authoring.reader.makeFromSelection') }}
      >
        <ol className="source-reader__sentences">
          {sentences.map((sentence) => {
            const citedBy = source.citations.filter(
              (citation) => citation.startOffset < sentence.end && citation.endOffset > sentence.start,
            );
            const query = new URLSearchParams({
              source: String(source.id),
              start: String(sentence.start),
              end: String(sentence.end),
            });
            return (
              <li
                key={sentence.start}
                className={sentence.cue ? 'source-reader__sentence is-marked' : 'source-reader__sentence'}
                data-testid="sentence"
                data-marked={sentence.cue ? 'true' : undefined}
              >
                <span lang={source.language} data-start={sentence.start}>
                  {sentence.text}
                </span>
                {sentence.cue ? (
                  <span className="source-reader__meta">
                    <span className="source-reader__cue">
                      {t('authoring.reader.cue', { cue: sentence.cue })}
                    </span>{' '}
                    <Link href={`/${locale}/admin/commitments/new?${query}`} data-testid="make-commitment">
                      {t('authoring.reader.make')}
                    </Link>
                  </span>
                ) : null}
                {citedBy.length > 0 ? (
                  <span className="source-reader__meta" data-testid="cited-by">
                    {t('authoring.reader.citedBy')}{' '}
                    {citedBy.map((citation, index) => {
                      const title = pickLocalized(
                        { en: citation.commitment.titleEn, vi: citation.commitment.titleVi },
                        locale,
                      );
                      return (
                        <span key={`${citation.commitment.slug}-${citation.startOffset}`}>
                          {index > 0 ? ', ' : ''}
                          <Link
                            href={`/${locale}/admin/commitments/${citation.commitment.slug}/edit`}
                            lang={title.lang}
                          >
                            {title.text}
                          </Link>
                        </span>
                      );
                    })}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </SpanPicker>
    </section>
  );
}
