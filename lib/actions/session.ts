'use server';
// Sign-out as a server action: the server-side session row is revoked first, so the cookie is
// useless everywhere even if the browser kept it.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { recordAudit } from '../audit';
import { sessionCookieName, wantsSecureCookies } from '../auth/constants';
import { revokeSession } from '../auth/sessions';
import { db } from '../db';
import { env } from '../env';
import { isLocale } from '../i18n/config';

export async function signOutAction(form: FormData): Promise<void> {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  const secure = wantsSecureCookies(NEXTAUTH_URL);
  const name = sessionCookieName(secure);
  const store = await cookies();
  const token = store.get(name)?.value;
  if (token && NEXTAUTH_SECRET) {
    const payload = await decode({ token, secret: NEXTAUTH_SECRET }).catch(() => null);
    if (typeof payload?.sid === 'string') {
      await revokeSession(db, payload.sid);
      await recordAudit(db, {
        actor: {
          id: Number(payload.sub) || null,
          label: typeof payload.email === 'string' ? payload.email : 'unknown',
        },
        action: 'auth.sign-out',
        targetType: 'session',
        outcome: 'OK',
      });
    }
  }
  store.delete({ name, path: '/', secure, httpOnly: true, sameSite: 'lax' });
  const lang = form.get('lang');
  redirect(`/${isLocale(lang) ? lang : 'en'}`);
}
