import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '../db';
import { env } from '../env';
import { clientIpFrom } from './client-ip';
import { SESSION_ABSOLUTE_MS, wantsSecureCookies } from './constants';
import { revokeSession } from './sessions';
import { signInWithPassword } from './sign-in';

/** Thrown to the sign-in form as `error`; the form shows the matching message. */
export const SIGN_IN_ERRORS = { invalid: 'CredentialsSignin', throttled: 'Throttled' } as const;

export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  return {
    secret: NEXTAUTH_SECRET,
    useSecureCookies: wantsSecureCookies(NEXTAUTH_URL),
    // The JWT only names a server-side Session row (lib/auth/sessions.ts), which decides validity.
    session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_MS / 1000 },
    jwt: { maxAge: SESSION_ABSOLUTE_MS / 1000 },
    pages: { signIn: '/en/login', error: '/en/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, request) {
          const headers = new Headers();
          for (const [name, value] of Object.entries(request?.headers ?? {})) {
            if (typeof value === 'string') headers.set(name, value);
          }
          const result = await signInWithPassword(db, {
            email: credentials?.email,
            password: credentials?.password,
            ip: clientIpFrom(headers),
          });
          if (!result.ok) {
            if (result.reason === 'throttled') throw new Error(SIGN_IN_ERRORS.throttled);
            return null;
          }
          return {
            id: String(result.user.id),
            name: result.user.name,
            email: result.user.email,
            sid: result.sessionId,
          };
        },
      }),
    ],
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
