import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FallbackMarker } from '@/components/i18n/localized-text';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getSourceBySlug, segmentText } from '@/lib/queries/sources';

type Props = PageProps<'/[lang]/sources/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const source = await getSourceBySlug(slug);
  return source ? { title: source.title } : {};
}

export default async function SourcePage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  const source = await getSourceBySlug(slug);
  if (!source) notFound();

  const agreementTitle = source.agreement
    ? pickLocalized({ en: source.agreement.titleEn, vi: source.agreement.titleVi }, locale)
    : null;
  // Number the citations in text order; a footnote link after each highlighted span leads to its commitment.
  const number = new Map(source.citations.map((citation, index) => [citation.id, index + 1]));
  const byId = new Map(source.citations.map((citation) => [citation.id, citation]));
  const segments = segmentText(source.text, source.citations);
  const started = new Set<number>();

  const commitmentTitle = (id: number) => {
    const citation = byId.get(id)!;
    return pickLocalized({ en: citation.commitment.titleEn, vi: citation.commitment.titleVi }, locale);
  };

  return (
    <article className="dash source-page" aria-labelledby="source-title">
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <Link href={`/${locale}/sources`}>{t('dashboard.source.breadcrumb')}</Link>
      </nav>
      <header>
        <p className="eyebrow">{t('dashboard.source.title')}</p>
        <h1 id="source-title" lang={source.language}>
          {source.title}
        </h1>
        <dl className="source-page__meta">
          <div>
            <dt>{t('dashboard.source.publisher')}</dt>
            <dd lang={source.language}>{source.publisher}</dd>
          </div>
          <div>
            <dt>{t('dashboard.source.published')}</dt>
            <dd>
              {source.publishedOn ? formatDate(source.publishedOn, locale) : t('dashboard.source.notDated')}
            </dd>
          </div>
          {source.agreement && agreementTitle ? (
            <div>
              <dt>{t('dashboard.source.agreement')}</dt>
              <dd>
                <Link
                  href={`/${locale}/agreements/${source.agreement.slug}`}
                  lang={agreementTitle.fallback ? agreementTitle.lang : undefined}
                >
                  {agreementTitle.text}
                </Link>
                <FallbackMarker value={agreementTitle} t={t} />
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="muted">
          {t('dashboard.source.verbatim')} {t('dashboard.source.citationsIntro')}
        </p>
      </header>
      <div className="card source-text" lang={source.language} data-testid="source-text">
        {segments.map((segment, index) => {
          if (segment.citationIds.length === 0) return <span key={index}>{segment.text}</span>;
          // The first segment of each citation carries its anchor id; later segments continue the highlight.
          const opening = segment.citationIds.filter((id) => !started.has(id));
          opening.forEach((id) => started.add(id));
          const [primary, ...others] = opening;
          const next = segments[index + 1];
          const closing = segment.citationIds.filter((id) => !next || !next.citationIds.includes(id));
          return (
            <span key={index}>
              <mark
                id={primary !== undefined ? `citation-${primary}` : undefined}
                className="source-text__mark"
                data-citations={segment.citationIds.join(' ')}
              >
                {others.map((id) => (
                  <span key={id} id={`citation-${id}`} className="source-text__anchor" />
                ))}
                {segment.text}
              </mark>
              {closing.map((id) => {
                const title = commitmentTitle(id);
                return (
                  <sup key={id} className="source-text__ref" lang={locale}>
                    <Link
                      href={`/${locale}/commitments/${byId.get(id)!.commitment.slug}`}
                      aria-label={t('dashboard.source.citedBy', { title: title.text })}
                      title={title.text}
                    >
                      {number.get(id)}
                    </Link>
                  </sup>
                );
              })}
            </span>
          );
        })}
      </div>
      <section className="card" aria-labelledby="citations-title" lang={locale}>
        <h2 id="citations-title">{t('dashboard.source.citations')}</h2>
        <ol className="source-citations">
          {source.citations.map((citation) => {
            const title = commitmentTitle(citation.id);
            return (
              <li key={citation.id} value={number.get(citation.id)}>
                <a href={`#citation-${citation.id}`} className="source-citations__jump">
                  ¶
                </a>{' '}
                <Link
                  href={`/${locale}/commitments/${citation.commitment.slug}`}
                  lang={title.fallback ? title.lang : undefined}
                >
                  {title.text}
                </Link>
                <FallbackMarker value={title} t={t} />
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
