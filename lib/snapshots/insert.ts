// The snapshot row itself, shared by the admin form (through defineMutation, lib/snapshots/create.ts)
// and `npm run snapshots -- create` (scripts/snapshots.ts); no server-only imports, so the CLI can
// use it.
import type { Tx } from '../mutations/define-mutation';
import { fileNamePart } from '../export/request';

/** `q1-2026-briefing`, then `-2`, `-3` … when taken (read inside the writing transaction). */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = fileNamePart(name) === 'all' && !/all/i.test(name) ? 'snapshot' : fileNamePart(name);
  const taken = new Set(
    (await tx.snapshot.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The write itself, shared by the admin form and `npm run snapshots -- create`. */
export async function insertSnapshot(
  tx: Tx,
  input: { name: string; createdById: number | null; createdByName: string },
) {
  const slug = await freeSlug(tx, input.name);
  // The moment is the database's clock, the same clock that stamps assessments' createdAt.
  const rows = await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS "now"`;
  const takenAt = rows[0]!.now;
  return tx.snapshot.create({
    data: {
      slug,
      name: input.name,
      takenAt,
      asOf: new Date(`${takenAt.toISOString().slice(0, 10)}T00:00:00Z`),
      createdById: input.createdById,
      createdByName: input.createdByName,
    },
    select: { id: true, slug: true, name: true, takenAt: true, asOf: true },
  });
}
