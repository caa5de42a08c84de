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
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (host) {
    const protocol =
      request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
    allowed.add(`${protocol}://${host}`);
  }
  return !allowed.has(origin);
}
