import Link from 'next/link';
import { headers } from 'next/headers';
import { isLocale } from '@/lib/i18n/config';
import { createTranslator } from '@/lib/i18n/messages';

// not-found pages receive no params; the locale comes from the path the proxy passed along.
export default async function NotFound() {
  const path = (await headers()).get('x-request-path') ?? '';
  const first = path.split('/')[1];
  const locale = isLocale(first) ? first : 'en';
  const t = createTranslator(locale);
  return (
    <section className="notice">
      <h1>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.body')}</p>
      <p>
        <Link href={`/${locale}`}>{t('common.notFound.back')}</Link>
      </p>
    </section>
  );
}
