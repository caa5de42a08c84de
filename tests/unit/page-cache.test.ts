// Which requests the public page micro-cache may answer: only anonymous GETs of public pages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCacheablePageRequest, PAGE_CACHE_FILL_HEADER, pageCacheFillHeaders } from '@/lib/cache/page-cache';

function request(
  path: string,
  options: { method?: string; headers?: Record<string, string>; cookies?: string[] } = {},
) {
  const cookies = new Set(options.cookies ?? []);
  return {
    method: options.method ?? 'GET',
    headers: new Headers(options.headers),
    nextUrl: new URL(`http://localhost${path}`),
    cookies: { has: (name: string) => cookies.has(name) },
  };
}

describe('isCacheablePageRequest', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('PORT', '3000');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('caches anonymous GETs of public pages', () => {
    expect(isCacheablePageRequest(request('/en'))).toBe(true);
    expect(isCacheablePageRequest(request('/vi/commitments?status=at-risk'))).toBe(true);
  });

  it('never caches for a signed-in visitor, a form post or a client navigation', () => {
    expect(isCacheablePageRequest(request('/en', { cookies: ['next-auth.session-token'] }))).toBe(false);
    expect(isCacheablePageRequest(request('/en', { cookies: ['__Secure-next-auth.session-token'] }))).toBe(
      false,
    );
    expect(isCacheablePageRequest(request('/en', { method: 'POST' }))).toBe(false);
    expect(isCacheablePageRequest(request('/en', { headers: { rsc: '1' } }))).toBe(false);
    expect(isCacheablePageRequest(request('/en?_rsc=abc'))).toBe(false);
    expect(isCacheablePageRequest(request('/en', { headers: pageCacheFillHeaders() }))).toBe(false);
  });

  it('ignores a fill header a client made up, so no one can force a render per request', () => {
    expect(isCacheablePageRequest(request('/en', { headers: { [PAGE_CACHE_FILL_HEADER]: '1' } }))).toBe(true);
  });

  it('never caches the sign-in page or the admin area', () => {
    expect(isCacheablePageRequest(request('/en/login'))).toBe(false);
    expect(isCacheablePageRequest(request('/vi/admin/audit'))).toBe(false);
  });

  it('is off outside production, where the code changes under it', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(isCacheablePageRequest(request('/en'))).toBe(false);
  });
});
