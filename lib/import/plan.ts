// A file's import plan: read the table, tell its kind from the header, then every row's outcome
// (created / updated / unchanged / error, with its problems) and the writes that would follow.
// The preview shows it; the import mutation makes it again inside its transaction and writes it.
import type { Locale } from '../i18n/config';
import type { Tx } from '../mutations/define-mutation';
import { detectLayout } from './columns';
import { planAssessments, type AssessmentsPlan } from './plan-assessments';
import { planCommitments, type CommitmentsPlan, type Outcome, type RowResult } from './plan-commitments';
import type { ImportProblem } from './problems';
import { readTable } from './read-table';

export type { Outcome, RowResult };

export type ImportPlan =
  | { ok: false; problem: ImportProblem }
  | ((CommitmentsPlan | AssessmentsPlan) & {
      ok: true;
      format: 'csv' | 'xlsx';
      language: Locale;
      counts: Record<Outcome, number>;
    });

export function countOutcomes(rows: RowResult[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  return counts;
}

export async function planImport(
  client: Tx,
  bytes: Uint8Array,
  fileName: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<ImportPlan> {
  const read = await readTable(bytes, fileName);
  if (!read.ok) return read;
  const { table } = read;
  const detected = detectLayout(table.rows[0]!);
  if (!detected.ok) return detected;
  const { layout } = detected;
  if (table.rows.length < 2) return { ok: false, problem: { key: 'import.file.noRows' } };
  const plan =
    layout.kind === 'commitments'
      ? await planCommitments(client, table, layout, today)
      : await planAssessments(client, table, layout, today);
  return {
    ...plan,
    ok: true,
    format: table.format,
    language: layout.language,
    counts: countOutcomes(plan.rows),
  };
}
