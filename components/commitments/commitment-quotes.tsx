import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';
import type { CommitmentDetail } from '@/lib/queries/commitments';

/** The commitment's verbatim source sentences, each linked to its place in the source text. */
export function CommitmentQuotes({
  locale,
  t,
  citations,
}: {
  locale: Locale;
  t: Translate;
  citations: CommitmentDetail['citations'];
}) {
  return (
    <section className="card quotes" aria-labelledby="quotes-title">
      <h2 id="quotes-title">{t('dashboard.commitment.quotes')}</h2>
      <ul className="quotes__list" data-testid="quotes">
        {citations.map((citation) => (
          <li key={citation.id}>
            <figure className="quote">
              <blockquote lang={citation.source.language} className="quote__text">
                <p>{citation.quote}</p>
              </blockquote>
              <figcaption className="quote__source">
                <span lang={citation.source.language}>
                  {t('dashboard.commitment.quoteSource', {
                    publisher: citation.source.publisher,
                    title: citation.source.title,
                  })}
                </span>{' '}
                <Link
                  href={`/${locale}/sources/${citation.source.slug}#citation-${citation.id}`}
                  data-testid="quote-link"
                >
                  {t('dashboard.commitment.quoteLink')}
                </Link>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
