import 'server-only';
// Reads for the Atom feed of new assessments and the deadlines calendar. Both go through the
// data-version keyed public cache, so a feed reader polling every minute costs one version read.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { Assessor, CommitmentStatus } from '../generated/prisma/enums';
import { agreementTitleSelect } from './commitment-select';

export const FEED_ENTRY_LIMIT = 50;

export interface FeedScope {
  agreementId?: number;
  commitmentId?: number;
  assessor?: Assessor;
}

/** A public agreement by slug (null when unknown or archived). */
export function findFeedAgreement(slug: string) {
  return cachedPublicRead(`feeds:agreement:${slug}`, () =>
    db.agreement.findFirst({
      where: { slug, archivedAt: null },
      select: { id: true, slug: true, titleEn: true, titleVi: true },
    }),
  );
}

/** A public commitment by slug (null when unknown or archived). */
export function findFeedCommitment(slug: string) {
  return cachedPublicRead(`feeds:commitment:${slug}`, () =>
    db.commitment.findFirst({
      where: { slug, archivedAt: null },
      select: { id: true, slug: true, titleEn: true, titleVi: true },
    }),
  );
}

/** One feed entry: an assessment, its evidence links and the commitment it is about. */
export interface FeedEntryRow {
  id: number;
  createdAt: Date;
  assessedOn: Date;
  toStatus: CommitmentStatus;
  assessor: Assessor;
  assessorName: string | null;
  progress: number | null;
  value: number | null;
  reason: string;
  evidence: { title: string; url: string | null; fileId: number | null; sourceSlug: string | null }[];
  commitment: {
    slug: string;
    titleEn: string | null;
    titleVi: string | null;
    agreement: { slug: string; titleEn: string | null; titleVi: string | null };
  };
}

/**
 * The feed's read: one statement, the newest assessments first. It walks the createdAt index (or
 * the commitment's or assessor's own index) backwards and stops at the limit; each entry's
 * evidence comes in the same statement as a JSON array. Apart so the bench and plan test run it.
 */
export function feedEntriesSql(scope: FeedScope, limit = FEED_ENTRY_LIMIT): Prisma.Sql {
  const filters = [
    Prisma.sql`c."archivedAt" IS NULL`,
    ...(scope.commitmentId ? [Prisma.sql`su."commitmentId" = ${scope.commitmentId}`] : []),
    ...(scope.agreementId ? [Prisma.sql`c."agreementId" = ${scope.agreementId}`] : []),
    ...(scope.assessor ? [Prisma.sql`su.assessor = ${scope.assessor}::"Assessor"`] : []),
  ];
  return Prisma.sql`
    SELECT su.id, su."createdAt", su."assessedOn", su."toStatus"::text AS "toStatus",
           su.assessor::text AS assessor, su."assessorName", su.progress, su.value, su.reason,
           json_build_object(
             'slug', c.slug, 'titleEn', c."titleEn", 'titleVi', c."titleVi",
             'agreement', json_build_object('slug', a.slug, 'titleEn', a."titleEn", 'titleVi', a."titleVi")
           ) AS commitment,
           COALESCE((
             SELECT json_agg(json_build_object('title', e.title, 'url', e.url, 'fileId', e."fileId",
                                               'sourceSlug', s.slug) ORDER BY e.position, e.id)
             FROM "EvidenceItem" e LEFT JOIN "Source" s ON s.id = e."sourceId"
             WHERE e."statusUpdateId" = su.id
           ), '[]'::json) AS evidence
    FROM "StatusUpdate" su
    JOIN "Commitment" c ON c.id = su."commitmentId"
    JOIN "Agreement" a ON a.id = c."agreementId"
    WHERE ${Prisma.join(filters, ' AND ')}
    ORDER BY su."createdAt" DESC, su.id DESC
    LIMIT ${limit}`;
}

export function listFeedEntries(scope: FeedScope, limit = FEED_ENTRY_LIMIT): Promise<FeedEntryRow[]> {
  const key = `feeds:entries:${scope.agreementId ?? ''}:${scope.commitmentId ?? ''}:${scope.assessor ?? ''}:${limit}`;
  return cachedPublicRead(key, () => db.$queryRaw<FeedEntryRow[]>(feedEntriesSql(scope, limit)));
}

/** Every public commitment with a dated deadline or a dated milestone, for the calendar. */
export function listCalendarCommitments(agreementId?: number) {
  return cachedPublicRead(`feeds:calendar:${agreementId ?? ''}`, () =>
    db.commitment.findMany({
      where: {
        archivedAt: null,
        agreement: { archivedAt: null },
        ...(agreementId ? { agreementId } : {}),
        OR: [{ deadline: { not: null } }, { milestones: { some: { dueDate: { not: null } } } }],
      },
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        slug: true,
        titleEn: true,
        titleVi: true,
        status: true,
        deadline: true,
        deadlineTextEn: true,
        deadlineTextVi: true,
        agreement: agreementTitleSelect,
        milestones: {
          where: { dueDate: { not: null } },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          select: { id: true, titleEn: true, titleVi: true, dueDate: true, doneDate: true },
        },
      },
    }),
  );
}

export type CalendarCommitmentRow = Awaited<ReturnType<typeof listCalendarCommitments>>[number];
