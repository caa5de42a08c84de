import Link from 'next/link';
import { getOptionalUser } from '@/lib/auth';
import { signOutAction } from '@/lib/actions/session';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';

/** The header's account area: a sign-in link, or the user's name, admin link and sign-out. */
export async function AccountMenu({
  locale,
  t,
  currentPath,
}: {
  locale: Locale;
  t: Translate;
  currentPath: string;
}) {
  const user = await getOptionalUser();
  if (!user) {
    const back = currentPath.includes('/login') ? `/${locale}` : currentPath;
    return (
      <Link
        href={`/${locale}/login?callbackUrl=${encodeURIComponent(back)}`}
        className="editor-account__link"
        prefetch={false}
      >
        {t('common.nav.signIn')}
      </Link>
    );
  }
  return (
    <div className="editor-account" data-testid="account">
      <span className="editor-account__name">{t('editor.account.signedInAs', { name: user.name })}</span>
      {user.role === 'ADMIN' ? (
        <Link href={`/${locale}/admin`} className="editor-account__link" prefetch={false}>
          {t('editor.account.admin')}
        </Link>
      ) : null}
      <form action={signOutAction} className="editor-account__signout">
        <input type="hidden" name="lang" value={locale} />
        <button type="submit" className="editor-account__button">
          {t('common.nav.signOut')}
        </button>
      </form>
    </div>
  );
}
