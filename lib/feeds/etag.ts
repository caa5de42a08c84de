// Entity tags for the feed and the calendar, so pollers get a cheap 304: the content follows from
// the public data version and the request's canonical URL (and, for the calendar, the day, since
// "overdue" depends on it).
import crypto from 'node:crypto';

export function feedEtag(canonicalUrl: string, dataVersion: number, day?: string): string {
  const hash = crypto
    .createHash('sha256')
    .update(`${canonicalUrl}|${day ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return `"v${dataVersion}-${hash}"`;
}
