// Cross-site request refusal for API routes that change data. Browsers send Origin on every POST
// and PATCH; API clients (curl, sync jobs) usually send none, and those need a Bearer token anyway.
import { env } from '../env';

export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  if (!origin) return false;
  const allowed = new Set<string>();
  const configured = env().NEXTAUTH_URL;
  if (configured) allowed.add(new URL(configured).origin);
  // The Host the browser itself sent (never X-Forwarded-*, which any client can write): behind a
  // proxy that rewrites it, NEXTAUTH_URL above names the public origin.
  const host = request.headers.get('host');
  if (host) allowed.add(`${new URL(request.url).protocol}//${host}`);
  return !allowed.has(origin);
}
