import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { db } from '../db';
import { env } from '../env';
import { SESSION_ABSOLUTE_MS, wantsSecureCookies } from './constants';
import { revokeSession } from './sessions';

export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  return {
    secret: NEXTAUTH_SECRET,
    useSecureCookies: wantsSecureCookies(NEXTAUTH_URL),
    // The JWT only names a server-side Session row (lib/auth/sessions.ts), which decides validity.
    session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_MS / 1000 },
    jwt: { maxAge: SESSION_ABSOLUTE_MS / 1000 },
    pages: { signIn: '/en/login', error: '/en/login' },
    // No provider: passwords are checked by POST /api/sign-in (one handler for the form with and
    // without JavaScript, with the device cookie and the 429 answers), which writes this same
    // cookie (lib/auth/session-cookie.ts). next-auth reads and ends sessions.
    providers: [],
    callbacks: {
      async jwt({ token, user }) {
        if (user && 'sid' in user && typeof user.sid === 'string') token.sid = user.sid;
        return token;
      },
      async session({ session }) {
        // Nothing beyond name/email reaches the client; roles are checked on the server.
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token && typeof token.sid === 'string') await revokeSession(db, token.sid);
      },
    },
  };
}
