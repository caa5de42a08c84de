// Public read routes during a database outage: "unavailable, try again" (503 with Retry-After),
// never a bare 500. The proxy's health probe catches most outages first; this covers the requests
// already inside when the database stops answering.
import { isDatabaseUnavailable } from '../database-errors';
import { createTranslator } from '../i18n/messages';

export function answeringUnavailable<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return Response.json(
        { error: createTranslator('en')('api.errors.unavailable') },
        { status: 503, headers: { 'Retry-After': '2', 'Cache-Control': 'no-store' } },
      );
    }
  };
}
