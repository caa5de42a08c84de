import 'server-only';
// Reads for the Atom feed of new assessments and the deadlines calendar. Both go through the
// data-version keyed public cache, so a feed reader polling every minute costs one version read.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { Assessor } from '../generated/prisma/enums';
import { agreementTitleSelect, assessmentSelect } from './commitment-select';

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

/** The feed's one read of the history, apart so the bench and plan test run exactly it. */
export function feedEntriesQuery(scope: FeedScope, limit = FEED_ENTRY_LIMIT) {
  return {
    where: {
      ...(scope.commitmentId ? { commitmentId: scope.commitmentId } : {}),
      ...(scope.assessor ? { assessor: scope.assessor } : {}),
      commitment: {
        archivedAt: null,
        ...(scope.agreementId ? { agreementId: scope.agreementId } : {}),
      },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      ...assessmentSelect,
      commitment: { select: { slug: true, titleEn: true, titleVi: true, agreement: agreementTitleSelect } },
    },
  } satisfies Prisma.StatusUpdateFindManyArgs;
}

/**
 * The latest assessments by recording time, newest first. One scan of the createdAt index
 * (or of the commitment's own history) stops after the limit; the commitments and evidence of
 * those 50 rows are then read in one batched query each, never per entry.
 */
export function listFeedEntries(scope: FeedScope, limit = FEED_ENTRY_LIMIT) {
  const key = `feeds:entries:${scope.agreementId ?? ''}:${scope.commitmentId ?? ''}:${scope.assessor ?? ''}:${limit}`;
  return cachedPublicRead(key, () => db.statusUpdate.findMany(feedEntriesQuery(scope, limit)));
}

export type FeedEntryRow = Awaited<ReturnType<typeof listFeedEntries>>[number];

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
