// The tracker at a past date: `asOf=YYYY-MM-DD` (verdicts valid on that day as now known) or
// `snapshot=<slug>` (what was recorded when an admin froze it). One parser for pages, charts,
// exports, the report and the read API, so a date means the same everywhere and bad input is
// refused the same way (a 400 naming the parameter; a plain message on pages).
import { z } from 'zod';

/** Nothing the tracker holds is older; Postgres dates before year 1 would be a 500. */
export const EARLIEST_AS_OF = '2000-01-01';

/** Today's calendar day in UTC (the day every stored `assessedOn` is counted in). */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

const isRealDate = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  // Round-tripping rejects days JavaScript silently rolls over (2026-02-30 → 2026-03-02).
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

// Issue messages are catalog keys under `filters.errors`, translated by the callers.
export const asOfDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'filters.errors.dateFormat')
  .refine(isRealDate, { message: 'filters.errors.dateReal', abort: true })
  .refine((value) => value >= EARLIEST_AS_OF, { message: 'filters.errors.asOfTooEarly', abort: true })
  .refine((value) => value <= todayIso(), 'filters.errors.asOfFuture');

export const snapshotSlug = z
  .string()
  .trim()
  .max(120, 'filters.errors.slug')
  .regex(/^[a-z0-9-]+$/, 'filters.errors.slug');

export interface TimeParams {
  asOf?: string;
  snapshot?: string;
}

export interface TimeParamError {
  param: 'asOf' | 'snapshot';
  /** A catalog key (filters.errors.*). */
  messageKey: string;
}

/**
 * Reads `asOf` and `snapshot` (empty = absent). A snapshot fixes its own day, so both together
 * are refused rather than one silently winning.
 */
export function parseTimeParams(raw: { asOf?: string | null; snapshot?: string | null }): {
  time: TimeParams;
  errors: TimeParamError[];
} {
  const errors: TimeParamError[] = [];
  const time: TimeParams = {};
  const asOf = raw.asOf?.trim();
  const snapshot = raw.snapshot?.trim();
  if (asOf) {
    const result = asOfDate.safeParse(asOf);
    if (result.success) time.asOf = result.data;
    else errors.push({ param: 'asOf', messageKey: result.error.issues[0]!.message });
  }
  if (snapshot) {
    const result = snapshotSlug.safeParse(snapshot);
    if (result.success) time.snapshot = result.data;
    else errors.push({ param: 'snapshot', messageKey: result.error.issues[0]!.message });
  }
  if (time.asOf && time.snapshot) {
    errors.push({ param: 'asOf', messageKey: 'filters.errors.asOfWithSnapshot' });
    delete time.asOf;
  }
  return { time, errors };
}

/** The query part that keeps a view in the past (`asOf=…` or `snapshot=…`), or ''. */
export function timeQuery(time: TimeParams): string {
  if (time.snapshot) return `snapshot=${encodeURIComponent(time.snapshot)}`;
  if (time.asOf) return `asOf=${time.asOf}`;
  return '';
}

/** `href` with the time query appended (links inside a past view stay in the past). */
export function withTime(href: string, time: TimeParams): string {
  const query = timeQuery(time);
  if (!query) return href;
  const [path, hash] = href.split('#', 2);
  const joined = `${path}${path!.includes('?') ? '&' : '?'}${query}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

export const isPast = (time: TimeParams) => Boolean(time.asOf || time.snapshot);

/** `snapshot=<slug>` names no snapshot: a 404 on routes, the not-found page on pages. */
export class UnknownSnapshotError extends Error {
  constructor(readonly slug: string) {
    super(`no snapshot ${slug}`);
    this.name = 'UnknownSnapshotError';
  }
}
