// What an import compares its rows with, read in a few set-wise queries (a 10,000-row file must
// not cost 10,000 round trips): agreements with their pillars, sources, the commitments the file
// names, and each assessor's current verdict on them.
import type { Verdict } from '../domain/verdicts';
import type { Assessor, CommitmentStatus } from '../generated/prisma/enums';
import type { Tx } from '../mutations/define-mutation';
import { foldWords } from './labels';

const CHUNK = 5000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

export async function loadAgreements(client: Tx) {
  return client.agreement.findMany({
    orderBy: { id: 'asc' },
    select: {
      id: true,
      slug: true,
      titleEn: true,
      titleVi: true,
      signedOn: true,
      archivedAt: true,
      pillars: { orderBy: { position: 'asc' }, select: { id: true, slug: true, nameEn: true, nameVi: true } },
    },
  });
}
export type AgreementRef = Awaited<ReturnType<typeof loadAgreements>>[number];

export async function loadSources(client: Tx) {
  return client.source.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, slug: true, title: true, publisher: true, text: true },
  });
}
export type SourceRef = Awaited<ReturnType<typeof loadSources>>[number];

const existingSelect = {
  id: true,
  slug: true,
  agreementId: true,
  pillarId: true,
  titleEn: true,
  titleVi: true,
  responsibleParty: true,
  kind: true,
  metricUnit: true,
  baselineValue: true,
  targetValue: true,
  deadline: true,
  deadlineTextEn: true,
  deadlineTextVi: true,
  status: true,
  progress: true,
  headlineAssessor: true,
  headlineAssessedOn: true,
  version: true,
  archivedAt: true,
  agreement: { select: { signedOn: true } },
  citations: {
    orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }],
    take: 1,
    select: { id: true, quote: true, sourceId: true },
  },
};

export async function loadCommitments(client: Tx, slugs: string[]) {
  const rows = [];
  for (const part of chunks([...new Set(slugs)])) {
    rows.push(
      ...(await client.commitment.findMany({ where: { slug: { in: part } }, select: existingSelect })),
    );
  }
  return new Map(rows.map((row) => [row.slug, row]));
}
export type ExistingCommitment = NonNullable<
  Awaited<ReturnType<typeof loadCommitments>> extends Map<string, infer V> ? V : never
>;

interface LatestRow {
  id: number;
  commitmentId: number;
  assessor: Assessor;
  toStatus: CommitmentStatus;
  progress: number | null;
  value: number | null;
  assessedOn: Date;
  createdAt: Date;
}

/** Each assessor's current verdict, per commitment id. */
export async function loadCurrentVerdicts(client: Tx, ids: number[]): Promise<Map<number, Verdict[]>> {
  const byCommitment = new Map<number, Verdict[]>();
  for (const part of chunks(ids)) {
    const rows = await client.$queryRaw<LatestRow[]>`
      SELECT DISTINCT ON ("commitmentId", "assessor")
        "id", "commitmentId", "assessor", "toStatus", "progress", "value", "assessedOn", "createdAt"
      FROM "StatusUpdate"
      WHERE "commitmentId" = ANY(${part}::int[])
      ORDER BY "commitmentId", "assessor", "assessedOn" DESC, "createdAt" DESC, "id" DESC`;
    for (const row of rows) {
      const list = byCommitment.get(row.commitmentId) ?? [];
      list.push({
        id: row.id,
        assessor: row.assessor,
        status: row.toStatus,
        progress: row.progress,
        value: row.value,
        assessedOn: row.assessedOn,
        recordedAt: row.createdAt,
      });
      byCommitment.set(row.commitmentId, list);
    }
  }
  return byCommitment;
}

/** Assessments already recorded on the days a file names, to tell a repeated row from a new one. */
export async function loadAssessmentsOn(client: Tx, ids: number[], days: Date[]) {
  const uniqueDays = [...new Map(days.map((day) => [day.getTime(), day])).values()];
  const rows = [];
  for (const part of chunks(ids)) {
    for (const dayPart of chunks(uniqueDays)) {
      rows.push(
        ...(await client.statusUpdate.findMany({
          where: { commitmentId: { in: part }, assessedOn: { in: dayPart } },
          select: {
            commitmentId: true,
            assessor: true,
            assessedOn: true,
            toStatus: true,
            progress: true,
            value: true,
            reason: true,
            evidenceUrl: true,
            assessorName: true,
          },
        })),
      );
    }
  }
  return rows;
}

/** Finds a record by any of its names (folded); `ambiguous` when two records share the name. */
export function findByName<T extends { id: number }>(
  records: T[],
  names: (record: T) => (string | null | undefined)[],
  text: string,
): { found: T } | { missing: true } | { ambiguous: true } {
  const wanted = foldWords(text);
  const matches = records.filter((record) =>
    names(record).some((name) => name && foldWords(name) === wanted),
  );
  const unique = [...new Map(matches.map((record) => [record.id, record])).values()];
  if (unique.length === 1) return { found: unique[0]! };
  return unique.length === 0 ? { missing: true } : { ambiguous: true };
}
