// Response helpers shared by the export and read-API routes.
import { env } from '../env';
import type { FilterError } from '../validation/commitment-filters';

/** Public data: always revalidate (ETag makes that a cheap 304), shared caches may keep a copy. */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export function jsonError(status: number, error: string, details?: FilterError[]): Response {
  return Response.json(details && details.length > 0 ? { error, details } : { error }, {
    status,
    headers: { 'Cache-Control': 'no-store' },
  });
}

/** True when an If-None-Match header names the entity tag (weak comparison, lists and *). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === bare);
}

export function notModified(etag: string): Response {
  return new Response(null, {
    status: 304,
    headers: { ETag: etag, 'Cache-Control': REVALIDATE_CACHE_CONTROL },
  });
}

/**
 * The app's public origin, for absolute links in exports. Only the configured NEXTAUTH_URL counts:
 * Host / X-Forwarded-* come from the client, and exported files (cached for everyone) carried
 * whatever scheme and host a request claimed ("javascript://evil.example/…").
 */
export function publicOrigin(): string {
  const { NEXTAUTH_URL, PORT } = env();
  return NEXTAUTH_URL ? new URL(NEXTAUTH_URL).origin : `http://localhost:${PORT}`;
}
