import 'server-only';
// Which moment a read describes: now (the headline columns kept on each commitment row), a past
// day as now known (`asOf`), or a snapshot (only what was recorded by the moment it was taken).
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { UnknownSnapshotError, type TimeParams } from '../time/as-of';

export interface SnapshotRef {
  slug: string;
  name: string;
  takenAt: Date;
  asOf: string;
}

export type PastPoint = {
  kind: 'past';
  /** The day verdicts are read at (latest `assessedOn` ≤ this day). */
  asOf: string;
  /** Only assessments recorded by then count (snapshots); null: everything recorded so far. */
  recordedBy: Date | null;
  snapshot: SnapshotRef | null;
  /** Cache-key part. */
  key: string;
};

export type TimePoint = { kind: 'now' } | PastPoint;

export { UnknownSnapshotError };

export function getSnapshotBySlug(slug: string): Promise<SnapshotRef | null> {
  return cachedPublicRead(`snapshots:one:${slug}`, async () => {
    const row = await db.snapshot.findUnique({
      where: { slug },
      select: { slug: true, name: true, takenAt: true, asOf: true },
    });
    return row ? { ...row, asOf: row.asOf.toISOString().slice(0, 10) } : null;
  });
}

export function listSnapshots() {
  return cachedPublicRead('snapshots:list', () =>
    db.snapshot.findMany({
      orderBy: [{ takenAt: 'desc' }, { id: 'desc' }],
      select: { slug: true, name: true, takenAt: true, asOf: true, createdByName: true },
    }),
  );
}

/**
 * A past day is settled once it is at least this many days before today: an edit dated today (the
 * one kind that leaves the history version alone) cannot change it, even from an instance whose
 * clock is a day ahead of this one's.
 */
const SETTLED_DAYS_BACK = 2;
/** A snapshot is settled once every transaction still open when it was taken has surely ended. */
const SETTLED_SNAPSHOT_AGE_MS = 10 * 60_000;

/**
 * Whether a past point's view changes only with the history version (lib/cache/public-cache.ts):
 * then its costliest reads stay cached through the day's edits instead of being redone after each.
 */
export function isSettledPast(point: PastPoint, now = new Date()): boolean {
  if (point.recordedBy) return now.getTime() - point.recordedBy.getTime() > SETTLED_SNAPSHOT_AGE_MS;
  const cutoff = new Date(now.getTime() - SETTLED_DAYS_BACK * 86_400_000).toISOString().slice(0, 10);
  return point.asOf <= cutoff;
}

/** The moment the parameters name; throws UnknownSnapshotError for a snapshot that does not exist. */
export async function resolveTimePoint(time: TimeParams): Promise<TimePoint> {
  if (time.snapshot) {
    const snapshot = await getSnapshotBySlug(time.snapshot);
    if (!snapshot) throw new UnknownSnapshotError(time.snapshot);
    return {
      kind: 'past',
      asOf: snapshot.asOf,
      recordedBy: snapshot.takenAt,
      snapshot,
      key: `s:${snapshot.slug}:${snapshot.takenAt.getTime()}`,
    };
  }
  if (time.asOf)
    return { kind: 'past', asOf: time.asOf, recordedBy: null, snapshot: null, key: `d:${time.asOf}` };
  return { kind: 'now' };
}
