import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { AccountMenu } from '@/components/editor/account-menu';
import { SiteHeader } from '@/components/layout/site-header';
import { feedAlternates } from '@/lib/feeds/metadata';
import { locales } from '@/lib/i18n/config';
import { localeAndTranslator } from '@/lib/i18n/server';
import '../globals.css';
import '../assessments.css';
import '../search.css';
import '../authoring.css';

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const { locale, t } = await localeAndTranslator(params);
  return {
    title: { default: t('common.app.name'), template: `%s · ${t('common.app.name')}` },
    description: t('common.app.tagline'),
    alternates: feedAlternates(locale, t),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function LocaleLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { locale, t } = await localeAndTranslator(params);
  const currentPath = (await headers()).get('x-request-path') ?? `/${locale}`;
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t('common.app.skipToContent')}
        </a>
        <SiteHeader
          locale={locale}
          t={t}
          currentPath={currentPath}
          accountSlot={<AccountMenu locale={locale} t={t} currentPath={currentPath} />}
        />
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">
          <p>{t('common.app.footer')}</p>
        </footer>
      </body>
    </html>
  );
}
