import 'server-only';
// "Status over time": headline status counts at each month end since the scope's earliest agreement
// date (the last point is the view's own day), computed in ONE query — a generate_series of month
// ends joined to the commitments that existed by then; each commitment's history span (kept on its
// row) settles most (month end, commitment) pairs without reading the history: "not started"
// before its first assessment, the row's headline once every assessment is described. Only the
// rest probe each assessor's latest verdict by that day through the (commitmentId, assessor,
// assessedOn DESC, createdAt DESC, id DESC) index, with the headline rule (the independent
// verdict, else the most recent) by DISTINCT ON, counted per month and status.
// Measured on the bench's large dataset (10 k commitments × 1 M assessments, all described on the
// day the data was made): 0.9–1.4 s when every commitment was probed at every month end since its
// first assessment; now no pair is probed and the counts are running sums (about 20 ms). A history
// spread over the months still probes the months it spans (about 1 s for 10 k commitments × 100
// assessments over five months); shown lagging an edit rather than waited for. Today's chart reads
// the months before this one as a settled past (lib/queries/time-point.ts), which an assessment
// dated today does not change, and today's point from the status tally.
import { cachedHistoryReadWithLag, cachedPublicRead, cachedPublicReadWithLag } from '../cache/public-cache';
import { db } from '../db';
import type { CommitmentStatus } from '../generated/prisma/enums';
import type { TimeParams } from '../time/as-of';
import { timeKey } from './at-time';
import { utcWallTime } from './states-at';
import { emptyStatusCounts, tallyByStatus, type StatusCounts } from './status-counts';
import { isSettledPast, resolveTimePoint, type TimePoint } from './time-point';

export interface StatusOverTimePoint {
  /** YYYY-MM-DD: a month's last day, or the view's own day for the last point. */
  date: string;
  counts: StatusCounts;
}

/**
 * The counts can read much of the history (about a second at 1,000,000 assessments spread over the
 * months drawn), so after an edit the previous counts are shown while new ones are read: they lag
 * an edit by about one read, never by more than this.
 */
const STATUS_OVER_TIME_MAX_LAG_MS = 30_000;

/** At most this many months are drawn (the latest ones). */
export const STATUS_OVER_TIME_MONTHS = 60;

interface Row {
  point: Date;
  status: CommitmentStatus;
  count: number;
}

export async function readStatusOverTime(
  scope: { agreement?: string; pillar?: string } & TimeParams,
): Promise<StatusOverTimePoint[]> {
  const key = `status-over-time:${scope.agreement ?? '*'}:${scope.pillar ?? '*'}:${timeKey(scope)}`;
  const point = await resolveTimePoint(scope);
  if (point.kind === 'past') {
    const read = () => readCounts(point, scope, STATUS_OVER_TIME_MONTHS);
    // A settled day's counts survive today's edits; either kind lags an edit that changes them.
    return isSettledPast(point)
      ? cachedHistoryReadWithLag(key, read, STATUS_OVER_TIME_MAX_LAG_MS)
      : cachedPublicReadWithLag(key, read, STATUS_OVER_TIME_MAX_LAG_MS);
  }
  // Now: the month ends before this month are a settled past once it is two days old (the same
  // counts a view of last month's end draws); today's point is today's counts, kept in the tally.
  // So an edit dated today costs this chart one read of a few hundred rows, at any size.
  const today = new Date().toISOString().slice(0, 10);
  const lastMonthEnd = new Date(Date.parse(`${today.slice(0, 8)}01T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const monthsBefore: TimePoint = {
    kind: 'past',
    asOf: lastMonthEnd,
    recordedBy: null,
    snapshot: null,
    key: `d:${lastMonthEnd}`,
  };
  if (!isSettledPast(monthsBefore)) {
    return cachedPublicReadWithLag(
      key,
      () => readCounts(point, scope, STATUS_OVER_TIME_MONTHS),
      STATUS_OVER_TIME_MAX_LAG_MS,
    );
  }
  const [months, { counts, total }] = await Promise.all([
    cachedHistoryReadWithLag(
      `status-over-time:${scope.agreement ?? '*'}:${scope.pillar ?? '*'}:months-to:${lastMonthEnd}`,
      () => readCounts(monthsBefore, scope, STATUS_OVER_TIME_MONTHS - 1),
      STATUS_OVER_TIME_MAX_LAG_MS,
    ),
    cachedPublicRead(`status-over-time:today:${scope.agreement ?? '*'}:${scope.pillar ?? '*'}:${today}`, () =>
      tallyByStatus(scope, { signedBy: today }),
    ),
  ]);
  // As the single query does, a point without any commitment is left out.
  return total > 0 ? [...months, { date: today, counts }] : months;
}

/** Counts at each month end of the last `months` months up to the point's day, and that day. */
async function readCounts(
  point: TimePoint,
  scope: { agreement?: string; pillar?: string },
  months: number,
): Promise<StatusOverTimePoint[]> {
  const end = point.kind === 'past' ? point.asOf : new Date().toISOString().slice(0, 10);
  const recordedBy = point.kind === 'past' && point.recordedBy ? utcWallTime(point.recordedBy) : null;
  const agreement = scope.agreement ?? null;
  const pillar = scope.pillar ?? null;
  const rows = await db.$queryRaw<Row[]>`
      WITH scope AS (
        -- Each commitment with the span of the history the view can see (kept on the row): before
        -- its first day it is "not started"; from the day every assessment it will ever see is
        -- described on, its headline is the one the row keeps; only days in between read history.
        SELECT c."id", a."signedOn", c."status",
               CASE WHEN ${recordedBy}::timestamp IS NULL OR c."firstRecordedAt" <= ${recordedBy}::timestamp
                    THEN c."firstAssessedOn" END AS "firstOn",
               CASE WHEN ${recordedBy}::timestamp IS NULL OR c."lastRecordedAt" <= ${recordedBy}::timestamp
                    THEN c."lastAssessedOn" END AS "allFrom"
        FROM "Commitment" c
        JOIN "Agreement" a ON a."id" = c."agreementId"
        LEFT JOIN "Pillar" p ON p."id" = c."pillarId"
        WHERE a."archivedAt" IS NULL
          AND (${agreement}::text IS NULL OR a."slug" = ${agreement}::text)
          AND (${pillar}::text IS NULL OR p."slug" = ${pillar}::text)
          AND (${recordedBy}::timestamp IS NULL OR c."createdAt" <= ${recordedBy}::timestamp)
          AND (c."archivedAt" IS NULL OR (${recordedBy}::timestamp IS NOT NULL AND c."archivedAt" > ${recordedBy}::timestamp))
      ),
      points AS (
        SELECT DISTINCT LEAST((date_trunc('month', m) + interval '1 month - 1 day')::date, ${end}::date) AS "point"
        FROM generate_series(
          GREATEST(
            date_trunc('month', (SELECT min("signedOn") FROM scope)),
            date_trunc('month', ${end}::date) - make_interval(months => ${months - 1})
          ),
          date_trunc('month', ${end}::date),
          interval '1 month'
        ) AS m
      ),
      -- Stretches of days over which a commitment's status is known without reading its history:
      -- "not started" from its agreement's date to its first assessment, the row's headline from
      -- the day its last one describes. Each counts +1 at the first point on or after its start
      -- and -1 at the first point on or after its end: a running sum over the points, instead of
      -- every point joined to every commitment (600,000 pairs at 60 points × 10,000 commitments).
      stretches AS (
        SELECT 'NOT_STARTED'::"CommitmentStatus" AS "status", s."signedOn" AS "fromDay",
               -- Never assessed (as the view sees it): "not started" to the end.
               CASE WHEN s."firstOn" IS NOT NULL THEN GREATEST(s."firstOn", s."signedOn") END AS "untilDay"
        FROM scope s
        UNION ALL
        SELECT s."status", GREATEST(s."allFrom", s."signedOn"), NULL
        FROM scope s
        WHERE s."allFrom" IS NOT NULL
      ),
      deltas AS (
        -- The first point on or after each day (none after the view's day).
        SELECT GREATEST(
                 (SELECT min("point") FROM points),
                 LEAST((date_trunc('month', e."day") + interval '1 month - 1 day')::date, ${end}::date)
               ) AS "point",
               e."status", sum(e."delta") AS "delta"
        FROM (
          SELECT "status", "fromDay" AS "day", 1 AS "delta" FROM stretches
          UNION ALL
          SELECT "status", "untilDay", -1 FROM stretches
        ) e
        WHERE e."day" <= ${end}::date
        GROUP BY 1, 2
      ),
      settled AS (
        SELECT pt."point", who."status",
               sum(COALESCE(d."delta", 0)) OVER (PARTITION BY who."status" ORDER BY pt."point") AS "count"
        FROM points pt
        CROSS JOIN unnest(enum_range(NULL::"CommitmentStatus")) AS who("status")
        LEFT JOIN deltas d ON d."point" = pt."point" AND d."status" = who."status"
      ),
      -- The (point, commitment) pairs in between: each assessor's latest verdict by that day.
      spanning AS MATERIALIZED (
        SELECT * FROM scope s WHERE s."firstOn" < COALESCE(s."allFrom", 'infinity'::date)
      ),
      probed AS (
        SELECT pt."point", s."id"
        FROM points pt
        JOIN spanning s ON pt."point" >= GREATEST(s."signedOn", s."firstOn")
          AND (s."allFrom" IS NULL OR pt."point" < s."allFrom")
      ),
      latest AS (
        SELECT pr."point", pr."id", v."assessor", v."toStatus", v."assessedOn", v."createdAt", v."vid"
        FROM probed pr
        CROSS JOIN unnest(enum_range(NULL::"Assessor")) AS who("assessor")
        CROSS JOIN LATERAL (
          SELECT who."assessor", x."toStatus", x."assessedOn", x."createdAt", x."id" AS "vid"
          FROM "StatusUpdate" x
          WHERE x."commitmentId" = pr."id" AND x."assessor" = who."assessor"
            AND x."assessedOn" <= pr."point"
            AND (${recordedBy}::timestamp IS NULL OR x."createdAt" <= ${recordedBy}::timestamp)
          ORDER BY x."assessedOn" DESC, x."createdAt" DESC, x."id" DESC
          LIMIT 1
        ) v
      ),
      headline AS (
        SELECT DISTINCT ON ("point", "id") "point", "id", "toStatus"
        FROM latest
        ORDER BY "point", "id", ("assessor" = 'INDEPENDENT') DESC, "assessedOn" DESC, "createdAt" DESC, "vid" DESC
      ),
      counted AS (
        SELECT "point", "status", "count" FROM settled
        UNION ALL
        SELECT pr."point", COALESCE(h."toStatus", 'NOT_STARTED'::"CommitmentStatus"), 1
        FROM probed pr
        LEFT JOIN headline h ON h."point" = pr."point" AND h."id" = pr."id"
      )
      SELECT "point", "status", sum("count")::int AS "count"
      FROM counted
      GROUP BY 1, 2
      HAVING sum("count") > 0
      ORDER BY 1, 2`;
  const byPoint = new Map<string, StatusCounts>();
  for (const row of rows) {
    const date = row.point.toISOString().slice(0, 10);
    const counts = byPoint.get(date) ?? emptyStatusCounts();
    counts[row.status] += row.count;
    byPoint.set(date, counts);
  }
  return [...byPoint.entries()].map(([date, counts]) => ({ date, counts }));
}
