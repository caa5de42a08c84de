import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/commitments/pagination';
import { HighlightedText } from '@/components/search/highlighted-text';
import { SearchBox } from '@/components/search/search-box';
import { StatusBadge } from '@/components/ui/status-badge';
import { localeAndTranslator } from '@/lib/i18n/server';
import { search, type SearchResults } from '@/lib/queries/search';
import { searchErrorMessage } from '@/lib/search/messages';
import { parseSearchInput } from '@/lib/search/query';

type Props = PageProps<'/[lang]/search'>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  const parsed = parseSearchInput(await searchParams);
  // Result pages are endless variations of the same content: kept out of search engines.
  return {
    title: parsed.ok ? t('search.titleFor', { q: parsed.q }) : t('search.title'),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const query = await searchParams;
  const asked = query.q !== undefined;
  const parsed = parseSearchInput(query);
  const results = parsed.ok ? await search(parsed.tsquery, locale, parsed.page) : null;
  return (
    <div className="dash search-page">
      <header className="dash__intro">
        <h1>{parsed.ok ? t('search.resultsFor', { q: parsed.q }) : t('search.title')}</h1>
        <SearchBox
          locale={locale}
          t={t}
          id="search-page-q"
          label={t('search.title')}
          defaultValue={parsed.q}
          className="search-box search-page__box"
        />
        <p className="muted">{t('search.intro')}</p>
      </header>
      {asked && !parsed.ok ? (
        <div className="notice-inline notice-inline--warning" role="alert" data-testid="search-error">
          <p>{searchErrorMessage(t, parsed.error)}</p>
        </div>
      ) : null}
      {parsed.ok && results ? (
        <SearchResultsView locale={locale} t={t} q={parsed.q} results={results} />
      ) : null}
    </div>
  );
}

function SearchResultsView({
  locale,
  t,
  q,
  results,
}: {
  locale: 'en' | 'vi';
  t: Awaited<ReturnType<typeof localeAndTranslator>>['t'];
  q: string;
  results: SearchResults;
}) {
  const { commitments, sources, agreements, pillars } = results;
  const nothing = commitments.total + sources.total + agreements.total + pillars.total === 0;
  if (nothing) {
    return (
      <div className="card empty-state" data-testid="search-empty">
        <p>{t('search.none', { q })}</p>
      </div>
    );
  }
  const hrefFor = (page: number) =>
    `/${locale}/search?${new URLSearchParams({ q, ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <>
      <section className="search-group" aria-labelledby="search-commitments" data-testid="search-commitments">
        <h2 id="search-commitments">
          {t('search.commitments.heading')}{' '}
          <span className="muted search-group__count">
            {commitments.total === 1
              ? t('search.commitments.countOne')
              : t('search.commitments.count', { count: commitments.total })}
          </span>
        </h2>
        <ol className="search-hits">
          {commitments.rows.map((hit) => (
            <li key={hit.slug} className="search-hit card">
              <h3 className="search-hit__title" lang={hit.titleLang}>
                <Link href={`/${locale}/commitments/${hit.slug}`}>
                  <HighlightedText segments={hit.title} />
                </Link>
              </h3>
              <p className="search-hit__meta muted">
                <StatusBadge status={hit.status} label={t(`common.status.${hit.status}.label`)} />{' '}
                <span lang={hit.agreement.lang}>{hit.agreement.title}</span>
              </p>
              {hit.snippet.length > 0 ? (
                <p className="search-hit__snippet" lang={hit.snippetLang ?? undefined}>
                  <HighlightedText segments={hit.snippet} />
                </p>
              ) : null}
              {hit.matchedIn !== 'text' ? (
                <p className="search-hit__where muted">{t(`search.matchedIn.${hit.matchedIn}`)}</p>
              ) : null}
            </li>
          ))}
        </ol>
        <Pagination
          t={t}
          page={commitments.page}
          pageCount={commitments.pageCount}
          hrefFor={hrefFor}
          label={t('search.pagination')}
        />
      </section>

      <SearchGroup id="search-sources" heading={t('search.sources.heading')} t={t} group={sources}>
        {sources.rows.map((hit) => (
          <SimpleHit
            key={hit.slug}
            href={`/${locale}/sources/${hit.slug}`}
            title={hit.title}
            snippet={hit.snippet}
            lang={hit.language}
          />
        ))}
      </SearchGroup>

      <SearchGroup id="search-agreements" heading={t('search.agreements.heading')} t={t} group={agreements}>
        {agreements.rows.map((hit) => (
          <SimpleHit
            key={hit.slug}
            href={`/${locale}/agreements/${hit.slug}`}
            title={hit.title}
            snippet={hit.snippet}
            lang={hit.titleLang}
          />
        ))}
      </SearchGroup>

      {pillars.total > 0 ? (
        <section className="search-group" aria-labelledby="search-pillars" data-testid="search-pillars">
          <h2 id="search-pillars">
            {t('search.pillars.heading')}{' '}
            <span className="muted search-group__count">
              {t('search.groupCount', { shown: pillars.rows.length, total: pillars.total })}
            </span>
          </h2>
          <ul className="search-hits search-hits--compact">
            {pillars.rows.map((hit) => (
              <li key={`${hit.agreementSlug}/${hit.slug}`} className="search-hit">
                <Link
                  href={`/${locale}/agreements/${hit.agreementSlug}/pillars/${hit.slug}`}
                  lang={hit.nameLang}
                >
                  <HighlightedText segments={hit.name} />
                </Link>{' '}
                <span className="muted">· {hit.agreementTitle}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A group of hits after the commitments: its heading with "shown of total", then the hits. */
function SearchGroup({
  id,
  heading,
  t,
  group,
  children,
}: {
  id: string;
  heading: string;
  t: Awaited<ReturnType<typeof localeAndTranslator>>['t'];
  group: { total: number; rows: unknown[] };
  children: React.ReactNode;
}) {
  if (group.total === 0) return null;
  return (
    <section className="search-group" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {heading}{' '}
        <span className="muted search-group__count">
          {t('search.groupCount', { shown: group.rows.length, total: group.total })}
        </span>
      </h2>
      <ol className="search-hits">{children}</ol>
    </section>
  );
}

/** One source or agreement hit: its title (linked) and the snippet where the words matched. */
function SimpleHit({
  href,
  title,
  snippet,
  lang,
}: {
  href: string;
  title: Parameters<typeof HighlightedText>[0]['segments'];
  snippet: Parameters<typeof HighlightedText>[0]['segments'];
  lang?: string;
}) {
  return (
    <li className="search-hit card" lang={lang}>
      <h3 className="search-hit__title">
        <Link href={href}>
          <HighlightedText segments={title} />
        </Link>
      </h3>
      <p className="search-hit__snippet">
        <HighlightedText segments={snippet} />
      </p>
    </li>
  );
}
