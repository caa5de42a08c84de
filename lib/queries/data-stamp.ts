import 'server-only';
// The public data-version row: when public data last changed ("as of" on pages and exports) and
// its version. One cached read serves both.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';

export function readPublicDataVersion() {
  return cachedPublicRead('data-version:public', () =>
    db.dataVersion.findUnique({ where: { scope: 'public' }, select: { version: true, updatedAt: true } }),
  );
}
