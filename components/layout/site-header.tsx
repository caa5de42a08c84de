import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';
import { SearchBox } from '@/components/search/search-box';

/** Same path in the other language; the proxy passes the current path in a request header. */
export function switchLocalePath(currentPath: string, target: Locale): string {
  const [path = '/', query] = currentPath.split('?');
  const rest = path.replace(/^\/(en|vi)(?=\/|$)/, '');
  return `/${target}${rest}${query ? `?${query}` : ''}`;
}

export function SiteHeader({
  locale,
  t,
  currentPath,
  accountSlot,
}: {
  locale: Locale;
  t: Translate;
  currentPath: string;
  accountSlot?: React.ReactNode;
}) {
  const other: Locale = locale === 'en' ? 'vi' : 'en';
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={`/${locale}`} className="site-header__brand">
          {t('common.app.name')}
        </Link>
        <nav aria-label={t('common.app.name')} className="site-header__nav">
          <Link href={`/${locale}`}>{t('common.nav.overview')}</Link>
          <Link href={`/${locale}/commitments`}>{t('common.nav.commitments')}</Link>
          <Link href={`/${locale}/sources`}>{t('dashboard.source.indexTitle')}</Link>
          <Link href={`/${locale}/methodology`}>{t('methodology.nav')}</Link>
        </nav>
        <SearchBox
          locale={locale}
          t={t}
          id="site-search"
          label={t('search.label')}
          className="search-box site-search"
        />
        <div className="site-header__tools">
          <a
            href={switchLocalePath(currentPath, other)}
            hrefLang={other}
            lang={other}
            className="site-header__lang"
            aria-label={`${t('common.app.language')}: ${t('common.app.switchTo')}`}
            data-testid="language-switch"
          >
            {t('common.app.switchTo')}
          </a>
          {accountSlot}
        </div>
      </div>
    </header>
  );
}
