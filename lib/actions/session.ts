'use server';
// Sign-out: the server-side session row is revoked first (lib/users/sign-out.ts), so the cookie
// is useless everywhere even if the browser kept it; then the cookie is deleted.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { sessionCookieName, wantsSecureCookies } from '../auth/constants';
import { env } from '../env';
import { isLocale } from '../i18n/config';
import { actionContext } from '../mutations/context';
import { signOut } from '../users/sign-out';
import { asFormData } from './form-fields';

export async function signOutAction(submitted: FormData): Promise<void> {
  const form = asFormData(submitted);
  const context = await actionContext();
  // Nobody (or an account already disabled) has no live session to end: just drop the cookie.
  if (context.actor.kind === 'user') await signOut.run({}, context);
  const secure = wantsSecureCookies(env().NEXTAUTH_URL);
  const store = await cookies();
  store.delete({ name: sessionCookieName(secure), path: '/', secure, httpOnly: true, sameSite: 'lax' });
  const lang = form.get('lang');
  redirect(`/${isLocale(lang) ? lang : 'en'}`);
}
