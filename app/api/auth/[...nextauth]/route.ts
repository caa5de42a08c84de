import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the build never needs NEXTAUTH_SECRET.
async function handler(request: Request, context: Context) {
  const [action] = (await context.params).nextauth;
  // There is no next-auth provider (passwords go to POST /api/sign-in), so its sign-in and callback
  // routes have nothing to do: a plain 404 instead of next-auth's error paths.
  if (action === 'callback' || (action === 'signin' && request.method !== 'GET')) {
    return NextResponse.json(
      { error: 'Not found. Sign in with POST /api/sign-in.' },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
