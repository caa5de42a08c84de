import 'server-only';
// Everything the briefing prints besides the charts, for one filter set at one point (now, a day,
// or a snapshot), and optionally what changed since another point. The page and the PDF both read
// this, so they say the same thing.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Assessor, CommitmentStatus } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import { DEADLINE_HORIZON_DAYS, summarySentence } from '../report/summary-sentence';
import type { Locale } from '../i18n/config';
import { todayIso, type TimeParams } from '../time/as-of';
import type { CommitmentFilters } from '../validation/commitment-filters';
import { matchingIds, pastViewOf, pastWhere, timeKey, visibleAssessmentsWhere } from './at-time';
import { listChanges, type ChangesResult } from './changes';
import { OPEN_STATUS_WHERE, commitmentWhere, filterCacheKey } from './commitment-where';
import { listCommitmentsForExport } from './exports';
import { summarizeForReport } from './report';
import { resolveTimePoint, type TimePoint } from './time-point';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface BriefingRow {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  agreement: { slug: string; titleEn: string | null; titleVi: string | null };
  status: CommitmentStatus;
  headlineAssessedOn: Date | null;
  headlineAssessor: Assessor | null;
  evidenceCount: number;
}

export interface Briefing {
  point: TimePoint;
  /** The day the figures describe. */
  day: string;
  summary: Awaited<ReturnType<typeof summarizeForReport>>;
  contested: number;
  deadlinesSoon: number;
  changes: Extract<ChangesResult, { ok: true }> | null;
  rows: BriefingRow[];
  totalRows: number;
}

/** The view's time as a "to" point for what changed. */
function toPoint(time: TimeParams): TimeParams {
  return time.snapshot ? { snapshot: time.snapshot } : { asOf: time.asOf ?? todayIso() };
}

export function readBriefing(filters: CommitmentFilters, since: TimeParams | null): Promise<Briefing> {
  const key = `briefing:${filterCacheKey(filters)}:since=${since ? timeKey(since) : '-'}`;
  return cachedPublicRead(key, async () => {
    const point = await resolveTimePoint(filters);
    const day = point.kind === 'past' ? point.asOf : todayIso();
    const view = await pastViewOf(filters);
    const soon: Prisma.CommitmentWhereInput = {
      deadline: {
        gt: new Date(`${day}T00:00:00Z`),
        lte: new Date(`${addDays(day, DEADLINE_HORIZON_DAYS)}T00:00:00Z`),
      },
    };
    const [summary, contested, deadlinesSoon, changes, exported] = await Promise.all([
      summarizeForReport(filters),
      view
        ? matchingIds(pastWhere(view, { ...filters, contested: true }), [{ id: 'asc' }]).then(
            (ids) => ids.length,
          )
        : db.commitment.count({ where: { ...commitmentWhere(filters), contested: true } }),
      view
        ? matchingIds({ AND: [pastWhere(view, filters, { openOnly: true }), soon] }, [{ id: 'asc' }]).then(
            (ids) => ids.length,
          )
        : db.commitment.count({ where: { AND: [commitmentWhere(filters), OPEN_STATUS_WHERE, soon] } }),
      since
        ? listChanges({ from: since, to: toPoint(filters), agreement: filters.agreement }).then((result) =>
            result.ok ? result : null,
          )
        : Promise.resolve(null),
      listCommitmentsForExport(filters),
    ]);
    const ids = exported.rows.map((row) => row.id);
    // Evidence items behind each commitment's assessments visible at the point: one grouped count.
    const evidence = await db.evidenceItem.findMany({
      where: {
        statusUpdate: {
          commitmentId: { in: ids },
          ...(point.kind === 'past' ? visibleAssessmentsWhere(point) : {}),
        },
      },
      select: { statusUpdate: { select: { commitmentId: true } } },
    });
    const evidenceCount = new Map<number, number>();
    for (const item of evidence) {
      const id = item.statusUpdate.commitmentId;
      evidenceCount.set(id, (evidenceCount.get(id) ?? 0) + 1);
    }
    const rows: BriefingRow[] = exported.rows.map((row) => ({
      slug: row.slug,
      titleEn: row.titleEn,
      titleVi: row.titleVi,
      agreement: row.agreement,
      status: row.status,
      headlineAssessedOn: row.headlineAssessedOn,
      headlineAssessor: row.headlineAssessor,
      evidenceCount: evidenceCount.get(row.id) ?? 0,
    }));
    return { point, day, summary, contested, deadlinesSoon, changes, rows, totalRows: exported.total };
  });
}

/** The summary sentence for a briefing, in one language. */
export function briefingSentence(briefing: Briefing, locale: Locale): string {
  return summarySentence(
    {
      total: briefing.summary.total,
      achieved: briefing.summary.counts.ACHIEVED,
      contested: briefing.contested,
      deadlinesSoon: briefing.deadlinesSoon,
      asOf: briefing.day,
      since: briefing.changes
        ? {
            day: briefing.changes.from.asOf,
            movedToAchieved: briefing.changes.summary.movedTo.ACHIEVED,
          }
        : undefined,
    },
    locale,
  );
}
