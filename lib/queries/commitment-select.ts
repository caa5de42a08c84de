// Column sets that several reads of commitments share, so a list, an export and the read API show
// the same fields under the same names.
import type { Prisma } from '../generated/prisma/client';

export const agreementTitleSelect = {
  select: { slug: true, titleEn: true, titleVi: true },
} satisfies Prisma.AgreementDefaultArgs;

export const pillarNameSelect = {
  select: { slug: true, nameEn: true, nameVi: true },
} satisfies Prisma.PillarDefaultArgs;

/** A commitment's metric: unit, baseline, target and current value with their dates. */
export const metricSelect = {
  metricUnit: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
  currentValue: true,
  currentValueDate: true,
} satisfies Prisma.CommitmentSelect;

/** A dated commitment on a deadline list or chart. */
export const deadlineRowSelect = {
  slug: true,
  titleEn: true,
  titleVi: true,
  status: true,
  deadline: true,
  deadlineTextEn: true,
  deadlineTextVi: true,
} satisfies Prisma.CommitmentSelect;

/** One row of any list of commitments: what it is, where it stands, when it is due, where from. */
export const commitmentSummarySelect = {
  ...deadlineRowSelect,
  responsibleParty: true,
  kind: true,
  progress: true,
  updatedAt: true,
  agreement: agreementTitleSelect,
  pillar: pillarNameSelect,
} satisfies Prisma.CommitmentSelect;

/** Whose verdict the headline status is, as of when, and whether the assessors disagree. */
export const headlineSelect = {
  contested: true,
  headlineAssessor: true,
  headlineAssessedOn: true,
} satisfies Prisma.CommitmentSelect;

/**
 * At most this many assessments in one read-API answer, newest by the day they describe first;
 * `assessmentsTotal` says how many there are in all.
 */
export const API_ASSESSMENT_LIMIT = 1000;

/** One assessment as its page and the read API tell it: the verdict, whose, as of when, on what. */
export const assessmentSelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  progress: true,
  value: true,
  reason: true,
  evidenceUrl: true,
  authorName: true,
  assessedOn: true,
  createdAt: true,
  assessor: true,
  assessorName: true,
  methodologyVersion: true,
  evidence: {
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedOn: true,
      url: true,
      quote: true,
      fileId: true,
      file: { select: { id: true, fileName: true, byteSize: true } },
      source: { select: { slug: true } },
    },
  },
} satisfies Prisma.StatusUpdateSelect;

/** One entry of a commitment's history, as its page and the read API show it. */
export const historyEntrySelect = {
  fromStatus: true,
  toStatus: true,
  progress: true,
  value: true,
  reason: true,
  evidenceUrl: true,
  authorName: true,
  createdAt: true,
} satisfies Prisma.StatusUpdateSelect;
