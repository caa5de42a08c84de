// Public read routes during a database outage: "unavailable, try again" (503 with Retry-After),
// never a bare 500. The proxy's health probe catches most outages first; this covers the requests
// already inside when the database stops answering. An unknown `snapshot=` is a 404 naming it.
import { isDatabaseUnavailable } from '../database-errors';
import { createTranslator } from '../i18n/messages';
import { UnknownSnapshotError } from '../time/as-of';

export function answeringUnavailable<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof UnknownSnapshotError) {
        // `snapshot=<slug>` naming no snapshot: the thing asked for does not exist.
        const message = createTranslator('en')('filters.errors.unknownSnapshot', { value: error.slug });
        return Response.json(
          { error: `snapshot: ${message}`, details: [{ param: 'snapshot', message }] },
          { status: 404, headers: { 'Cache-Control': 'no-store' } },
        );
      }
      if (!isDatabaseUnavailable(error)) throw error;
      return Response.json(
        { error: createTranslator('en')('api.errors.unavailable') },
        { status: 503, headers: { 'Retry-After': '2', 'Cache-Control': 'no-store' } },
      );
    }
  };
}
