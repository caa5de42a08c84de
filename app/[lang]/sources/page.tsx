import type { Metadata } from 'next';
import Link from 'next/link';
import { LocalizedText } from '@/components/i18n/localized-text';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { listSources } from '@/lib/queries/sources';

export async function generateMetadata({ params }: PageProps<'/[lang]/sources'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('dashboard.source.indexTitle') };
}

export default async function SourcesPage({ params }: PageProps<'/[lang]/sources'>) {
  const { locale, t } = await localeAndTranslator(params);
  const sources = await listSources();
  return (
    <div className="dash">
      <header className="dash__intro">
        <h1>{t('dashboard.source.indexTitle')}</h1>
        <p className="muted">{t('dashboard.source.indexIntro')}</p>
      </header>
      <ul className="source-cards">
        {sources.map((source) => {
          const agreement = source.agreement
            ? pickLocalized({ en: source.agreement.titleEn, vi: source.agreement.titleVi }, locale)
            : null;
          return (
            <li key={source.slug} className="card">
              <h2 className="source-cards__title">
                <Link href={`/${locale}/sources/${source.slug}`} lang={source.language}>
                  {source.title}
                </Link>
              </h2>
              <p className="muted">
                <span lang={source.language}>{source.publisher}</span>
                {source.publishedOn ? ` · ${formatDate(source.publishedOn, locale)}` : ''} ·{' '}
                {t('dashboard.source.citationCount', { count: source._count.citations })}
              </p>
              {agreement ? (
                <p>
                  <LocalizedText value={agreement} t={t} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
