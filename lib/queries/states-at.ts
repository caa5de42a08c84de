import 'server-only';
// Every commitment's headline verdict at a past point, in one set-based query. The row keeps the
// span of its history (first and last day described, first and last moment recorded; triggers on
// "StatusUpdate" keep them), so most commitments need no history read at all:
// - a point that sees every one of its assessments sees today's headline, kept on the row;
// - a point that sees none of them sees "not started";
// - only the others are probed: for each assessor the latest assessment described by the day
//   (and, for a snapshot, recorded by its moment), through the (commitmentId, assessor,
//   assessedOn DESC, createdAt DESC, id DESC) index, then the headline and contested rules the
//   row keeps for "now" (lib/domain/verdicts.ts), in SQL as status over time applies them: the
//   independent verdict, else the most recent; contested when their statuses differ.
// A commitment exists from its agreement's date. At 10,000 commitments × 100 assessments this
// took 50,000 index probes (about 250 ms) for any point; a quarter ago or today it now takes none.
import { cachedHistoryRead, cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Assessor, CommitmentStatus } from '../generated/prisma/enums';
import { isSettledPast, type PastPoint } from './time-point';

export interface PastState {
  id: number;
  agreementId: number;
  pillarId: number | null;
  status: CommitmentStatus;
  progress: number | null;
  currentValue: number | null;
  currentValueDate: Date | null;
  headlineAssessor: Assessor | null;
  headlineAssessedOn: Date | null;
  contested: boolean;
}

/** [status, progress, currentValue, currentValueDate, headlineAssessor, headlineAssessedOn, contested]. */
type HeadlineJson = [
  CommitmentStatus,
  number | null,
  number | null,
  string | null,
  Assessor | null,
  string | null,
  boolean,
];
/** [id, agreementId, pillarId, headline then (null: no assessment seen)]. */
type StateJson = [number, number, number | null, HeadlineJson | null];

/** Timestamps are stored as UTC wall time (timestamp without zone): compare them the same way. */
export const utcWallTime = (date: Date) => date.toISOString().replace('Z', '');

/**
 * JSON renders a date as YYYY-MM-DD. One Date per distinct day (most headlines share a few):
 * constructing 10,000 of them costs several ms, more behind Next's instrumented Date. Nothing
 * mutates a state's dates.
 */
function jsonDays(): (value: string) => Date {
  const seen = new Map<string, Date>();
  return (value) => {
    let date = seen.get(value);
    if (!date) {
      date = new Date(`${value}T00:00:00Z`);
      seen.set(value, date);
    }
    return date;
  };
}

function stateOf([id, agreementId, pillarId, headline]: StateJson, day: (value: string) => Date): PastState {
  if (!headline) {
    return {
      id,
      agreementId,
      pillarId,
      status: 'NOT_STARTED',
      progress: null,
      currentValue: null,
      currentValueDate: null,
      headlineAssessor: null,
      headlineAssessedOn: null,
      contested: false,
    };
  }
  const [status, progress, currentValue, valueDate, assessor, assessedOn, contested] = headline;
  return {
    id,
    agreementId,
    pillarId,
    status,
    progress,
    currentValue,
    currentValueDate: valueDate === null ? null : day(valueDate),
    headlineAssessor: assessor,
    headlineAssessedOn: assessedOn === null ? null : day(assessedOn),
    contested,
  };
}

/** The state of every commitment that existed at the point, by commitment id. */
export function readStatesAt(point: PastPoint): Promise<Map<number, PastState>> {
  // A settled day's states survive today's edits (about 30 ms of Postgres each at 10,000 commitments).
  const cached = isSettledPast(point) ? cachedHistoryRead : cachedPublicRead;
  return cached(`time:states:${point.key}`, async () => {
    const recordedBy = point.recordedBy ? utcWallTime(point.recordedBy) : null;
    // One JSON document rather than 10,000 rows: the driver adapter converts a result cell by cell
    // (about 100 ms for 10,000 rows of ten columns), JSON.parse the whole document in a few.
    // Snapshots keep commitments archived after they were taken; a date "as now known" does not.
    const [{ states }] = await db.$queryRaw<[{ states: string }]>`
      WITH seen AS (
        SELECT c."id", c."agreementId", c."pillarId",
               c."status", c."progress", c."currentValue", c."currentValueDate",
               c."headlineAssessor", c."headlineAssessedOn", c."contested",
               COALESCE(c."lastAssessedOn" <= ${point.asOf}::date
                 AND (${recordedBy}::timestamp IS NULL OR c."lastRecordedAt" <= ${recordedBy}::timestamp), false) AS "all",
               COALESCE(c."firstAssessedOn" <= ${point.asOf}::date
                 AND (${recordedBy}::timestamp IS NULL OR c."firstRecordedAt" <= ${recordedBy}::timestamp), false) AS "some"
        FROM "Commitment" c
        JOIN "Agreement" a ON a."id" = c."agreementId"
        WHERE a."signedOn" <= ${point.asOf}::date
          AND (${recordedBy}::timestamp IS NULL OR c."createdAt" <= ${recordedBy}::timestamp)
          AND (c."archivedAt" IS NULL OR (${recordedBy}::timestamp IS NOT NULL AND c."archivedAt" > ${recordedBy}::timestamp))
      ),
      -- Each assessor's latest verdict by the point, for the commitments it sees only part of.
      latest AS (
        SELECT s."id", who."assessor", v."vid", v."toStatus", v."progress", v."value", v."assessedOn", v."createdAt"
        FROM seen s
        CROSS JOIN unnest(enum_range(NULL::"Assessor")) AS who("assessor")
        CROSS JOIN LATERAL (
          SELECT x."id" AS "vid", x."toStatus", x."progress", x."value", x."assessedOn", x."createdAt"
          FROM "StatusUpdate" x
          WHERE x."commitmentId" = s."id" AND x."assessor" = who."assessor"
            AND x."assessedOn" <= ${point.asOf}::date
            AND (${recordedBy}::timestamp IS NULL OR x."createdAt" <= ${recordedBy}::timestamp)
          ORDER BY x."assessedOn" DESC, x."createdAt" DESC, x."id" DESC
          LIMIT 1
        ) v
        WHERE s."some" AND NOT s."all"
      ),
      headline AS (
        SELECT DISTINCT ON ("id") "id", "assessor", "toStatus", "progress", "value", "assessedOn",
               min("toStatus") OVER (PARTITION BY "id") <> max("toStatus") OVER (PARTITION BY "id") AS "contested"
        FROM latest
        ORDER BY "id", ("assessor" = 'INDEPENDENT') DESC, "assessedOn" DESC, "createdAt" DESC, "vid" DESC
      )
      SELECT COALESCE(json_agg(json_build_array(
        s."id", s."agreementId", s."pillarId",
        CASE
          WHEN s."all" THEN json_build_array(s."status", s."progress", s."currentValue", s."currentValueDate",
            s."headlineAssessor", s."headlineAssessedOn", s."contested")
          WHEN h."id" IS NOT NULL THEN json_build_array(h."toStatus", h."progress", h."value",
            CASE WHEN h."value" IS NOT NULL THEN h."assessedOn" END, h."assessor", h."assessedOn", h."contested")
        END
      )), '[]')::text AS "states"
      FROM seen s
      LEFT JOIN headline h ON h."id" = s."id"`;
    const day = jsonDays();
    const result = new Map<number, PastState>();
    for (const row of JSON.parse(states) as StateJson[]) result.set(row[0], stateOf(row, day));
    return result;
  });
}
