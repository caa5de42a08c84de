// Reads for the admin's commitment pages. Not cached: admins must see what is in the database
// right now, archived commitments included.
import 'server-only';
import { db } from '../db';
import type { CommitmentFormValues } from '../validation/commitment';

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : '');
const num = (value: number | null) => (value === null ? '' : String(value));

const contentSelect = {
  id: true,
  slug: true,
  version: true,
  archivedAt: true,
  agreementId: true,
  pillarId: true,
  titleEn: true,
  titleVi: true,
  descriptionEn: true,
  descriptionVi: true,
  responsibleParty: true,
  kind: true,
  metricUnit: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
  deadline: true,
  deadlineTextEn: true,
  deadlineTextVi: true,
} as const;

type ContentRow = Awaited<ReturnType<typeof readContentRow>>;

function readContentRow(slug: string) {
  return db.commitment.findUnique({ where: { slug }, select: contentSelect });
}

/** A commitment's editable fields as the form shows them (strings, dates as yyyy-mm-dd). */
export function contentValues(row: NonNullable<ContentRow>): CommitmentFormValues {
  return {
    slug: row.slug,
    agreementId: String(row.agreementId),
    pillarId: row.pillarId === null ? '' : String(row.pillarId),
    titleEn: row.titleEn ?? '',
    titleVi: row.titleVi ?? '',
    descriptionEn: row.descriptionEn ?? '',
    descriptionVi: row.descriptionVi ?? '',
    responsibleParty: row.responsibleParty,
    kind: row.kind,
    metricUnit: row.metricUnit ?? '',
    baselineValue: num(row.baselineValue),
    baselineDate: day(row.baselineDate),
    targetValue: num(row.targetValue),
    targetDate: day(row.targetDate),
    deadline: day(row.deadline),
    deadlineTextEn: row.deadlineTextEn ?? '',
    deadlineTextVi: row.deadlineTextVi ?? '',
  };
}

/** The saved content of a commitment (archived or not), or null for an unknown slug. */
export async function getCommitmentContent(slug: string) {
  const row = await readContentRow(slug);
  return row
    ? {
        id: row.id,
        slug: row.slug,
        version: row.version,
        archived: row.archivedAt !== null,
        values: contentValues(row),
      }
    : null;
}

/** The edit page: content, citations and the ids the forms need. */
export async function getCommitmentForEdit(slug: string) {
  const content = await getCommitmentContent(slug);
  if (!content) return null;
  const citations = await db.citation.findMany({
    where: { commitmentId: content.id },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, sourceId: true, quote: true, startOffset: true, endOffset: true },
  });
  return { ...content, citations };
}

/** Every commitment, archived ones included, for the admin list. */
export function listCommitmentsForAdmin() {
  return db.commitment.findMany({
    orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { agreementId: 'asc' }, { id: 'asc' }],
    select: {
      slug: true,
      titleEn: true,
      titleVi: true,
      status: true,
      version: true,
      archivedAt: true,
      updatedAt: true,
      agreement: { select: { titleEn: true, titleVi: true } },
    },
  });
}

/** Agreements with their pillars, and the sources, for the form's selects. */
export async function listContentOptions() {
  const [agreements, sources] = await Promise.all([
    db.agreement.findMany({
      where: { archivedAt: null },
      orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
      select: {
        id: true,
        titleEn: true,
        titleVi: true,
        pillars: { orderBy: { position: 'asc' }, select: { id: true, nameEn: true, nameVi: true } },
      },
    }),
    db.source.findMany({
      orderBy: [{ publisher: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, publisher: true, language: true },
    }),
  ]);
  return { agreements, sources };
}

/** A commitment's milestones for the editors' milestone panel (archived commitments excluded). */
export async function getMilestonesForEditing(slug: string) {
  return db.commitment.findFirst({
    where: { slug, archivedAt: null },
    select: {
      slug: true,
      milestones: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { id: true, titleEn: true, titleVi: true, dueDate: true, doneDate: true },
      },
    },
  });
}
