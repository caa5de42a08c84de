import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/editor/login-form';
import { getOptionalUser } from '@/lib/auth';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';
import { localeAndTranslator } from '@/lib/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[lang]/login'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('editor.login.title'), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: PageProps<'/[lang]/login'>) {
  const { locale, t } = await localeAndTranslator(params);
  const query = await searchParams;
  // Only paths on this site: an open redirect would let a link send editors anywhere.
  const callbackUrl = safeCallbackPath(query.callbackUrl, locale);
  const user = await getOptionalUser();
  if (user && query.error !== 'forbidden') redirect(callbackUrl);
  const initialError =
    query.error === 'forbidden'
      ? t('editor.login.forbidden')
      : query.error === 'CredentialsSignin'
        ? t('editor.login.invalid')
        : query.error === 'Throttled'
          ? t('editor.login.throttled')
          : query.error === 'Busy'
            ? t('editor.login.busy')
            : typeof query.error === 'string'
              ? t('editor.login.failed')
              : undefined;
  return (
    <section className="editor-login-page" aria-labelledby="login-title">
      <h1 id="login-title">{t('editor.login.title')}</h1>
      <p>{t('editor.login.intro')}</p>
      <LoginForm
        locale={locale}
        callbackUrl={callbackUrl}
        initialError={initialError}
        labels={{
          email: t('editor.login.email'),
          password: t('editor.login.password'),
          submit: t('editor.login.submit'),
          submitting: t('editor.login.submitting'),
          invalid: t('editor.login.invalid'),
          throttled: t('editor.login.throttled'),
          busy: t('editor.login.busy'),
          failed: t('editor.login.failed'),
        }}
      />
    </section>
  );
}
