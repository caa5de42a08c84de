// Shape of the seed data. Everything a commitment claims must be traceable to a verbatim quote
// from one of the texts in prisma/sources (the provenance test checks every quote).
import type {
  AgreementDateKind,
  AgreementKind,
  CommitmentKind,
  CommitmentStatus,
  ResponsibleParty,
} from '../../lib/generated/prisma/enums';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface SeedSource {
  slug: string;
  /** File name inside prisma/sources. */
  fileName: string;
  title: string;
  publisher: string;
  publishedOn: IsoDate | null;
  language: 'en' | 'vi';
  /** The day the facts it reports held: every assessment drawn from it is dated on this day. */
  reportsOn: IsoDate;
  /** Slug of the agreement this text reports on. */
  agreement: string;
}

export interface SeedPillar {
  slug: string;
  nameEn: string;
  nameVi: string;
}

export interface SeedAgreement {
  slug: string;
  titleEn: string;
  titleVi: string;
  /** Human-readable parties, e.g. "Viet Nam; United Kingdom". */
  parties: string;
  kind: AgreementKind;
  /** The agreement's dated event, and what that event was. */
  signedOn: IsoDate;
  dateKind: AgreementDateKind;
  summaryEn: string;
  summaryVi: string;
  /** In display order. */
  pillars: SeedPillar[];
}

export interface SeedQuote {
  /** Slug of a SeedSource. */
  source: string;
  /** Copied character for character from the source file (curly quotes, diacritics and all). */
  quote: string;
}

export interface SeedMetric {
  unit: string;
  baselineValue?: number;
  baselineDate?: IsoDate;
  targetValue?: number;
  targetDate?: IsoDate;
  currentValue?: number;
  currentValueDate?: IsoDate;
}

export interface SeedMilestone {
  titleEn: string;
  titleVi: string;
  dueDate?: IsoDate;
  doneDate?: IsoDate;
}

export interface SeedCommitment {
  slug: string;
  /** Slug of a SeedAgreement. */
  agreement: string;
  /** Slug of one of that agreement's pillars. */
  pillar: string;
  titleEn: string;
  titleVi: string;
  descriptionEn: string;
  descriptionVi: string;
  responsibleParty: ResponsibleParty;
  kind: CommitmentKind;
  metric?: SeedMetric;
  /** Sortable deadline; omit when the source gives none or only a vague one. */
  deadline?: IsoDate;
  /** The source's own wording of the deadline ("by 2035", "in the near future"). */
  deadlineTextEn?: string;
  deadlineTextVi?: string;
  status: CommitmentStatus;
  progress?: number;
  /**
   * Why the initial status is what it is, citing the source; becomes the first assessment, a JOINT
   * one (the sources report joint statements and joint meetings) dated on its source's day, with
   * that source (the first quote's) as its evidence.
   */
  initialReason: string;
  quotes: SeedQuote[];
  milestones?: SeedMilestone[];
}
