// What server actions read from Next outside a real request, for tests that call actions directly:
// the request's cookies (one session cookie the test sets in `sessionJar`) and headers, and a
// no-op revalidation. Each test file still declares its own vi.mock (vitest hoists mocks per file):
//   vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
//   vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

/** The session cookie the next action call presents (undefined: an anonymous visitor). */
export const sessionJar: { cookie: string | undefined } = { cookie: undefined };

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) =>
      name === 'next-auth.session-token' && sessionJar.cookie
        ? { name, value: sessionJar.cookie }
        : undefined,
  }),
  headers: async () => new Headers(),
};

export const nextCache = { revalidatePath: () => {}, revalidateTag: () => {} };
