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
