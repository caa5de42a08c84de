import 'server-only';
// `asOf` / `snapshot` on a public page: the time to read at, the errors to show in words (the page
// then shows today: never a 500), and the resolved point; an unknown snapshot is the 404 page.
import { notFound } from 'next/navigation';
import type { Locale } from '../i18n/config';
import { createTranslator, type MessageKey } from '../i18n/messages';
import { resolveTimePoint, type TimePoint } from '../queries/time-point';
import { parseTimeParams, UnknownSnapshotError, type TimeParams } from './as-of';

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export interface PageTime {
  time: TimeParams;
  point: TimePoint;
  errors: { param: string; message: string }[];
}

export async function readPageTime(searchParams: SearchParams, locale: Locale): Promise<PageTime> {
  const t = createTranslator(locale);
  const parsed = parseTimeParams({
    asOf: single(searchParams.asOf),
    snapshot: single(searchParams.snapshot),
  });
  const errors = parsed.errors.map((error) => ({
    param: error.param,
    message: t(error.messageKey as MessageKey),
  }));
  return { time: parsed.time, point: await resolvePointOrNotFound(parsed.time), errors };
}

/** The point the time names; the not-found page for a snapshot that does not exist. */
export async function resolvePointOrNotFound(time: TimeParams): Promise<TimePoint> {
  try {
    return await resolveTimePoint(time);
  } catch (error) {
    if (error instanceof UnknownSnapshotError) notFound();
    throw error;
  }
}
