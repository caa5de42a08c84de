// An assessments file: one assessment a row (slug, status, progress, value, assessedOn, assessor,
// assessorName, reason, evidenceUrl), checked by the rules of the editor's form. A row equal to an
// assessment already recorded (same commitment, assessor, day, status, figures, reason and link)
// is unchanged, so importing the same file twice records nothing the second time.
import type { Status } from '../domain/status';
import type { Verdict } from '../domain/verdicts';
import type { Tx } from '../mutations/define-mutation';
import { optionalText, SLUG_PATTERN } from '../validation/commitment';
import { latestAssessableDay, REASON_MAX_LENGTH, statusUpdateSchema } from '../validation/status-update';
import type { AssessmentColumn, Layout } from './columns';
import { assessorFromText, statusFromText } from './labels';
import type { RowResult } from './plan-commitments';
import type { Table } from './read-table';
import { loadAssessmentsOn, loadCommitments, loadCurrentVerdicts } from './reference';
import { RowReader } from './row-reader';
import type { AssessmentDraft } from './verdict-drafts';

export interface AssessmentBatch {
  id: number;
  slug: string;
  version: number;
  status: Status;
  verdicts: Verdict[];
  drafts: AssessmentDraft[];
}

export interface AssessmentsPlan {
  kind: 'assessments';
  rows: RowResult[];
  batches: AssessmentBatch[];
}

const reasonText = optionalText(REASON_MAX_LENGTH);
const nameText = optionalText(200);
const evidenceUrl = statusUpdateSchema.shape.evidenceUrl;

export async function planAssessments(
  client: Tx,
  table: Table,
  layout: Extract<Layout, { kind: 'assessments' }>,
  today: string,
): Promise<AssessmentsPlan> {
  const body = table.rows.slice(1);
  const slugColumn = layout.index.slug!;
  const existing = await loadCommitments(
    client,
    body.map((cells) => (cells[slugColumn] ?? '').trim()).filter((slug) => SLUG_PATTERN.test(slug)),
  );
  const ids = [...existing.values()].map((row) => row.id);
  const dayColumn = layout.index.assessedOn!;
  const days = body
    .map((cells) => (cells[dayColumn] ?? '').trim())
    .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))
    .map((day) => new Date(`${day}T00:00:00Z`))
    .filter((day) => !Number.isNaN(day.getTime()));
  const [verdicts, recorded] = await Promise.all([
    loadCurrentVerdicts(client, ids),
    loadAssessmentsOn(client, ids, days),
  ]);
  const recordedKey = (row: {
    commitmentId: number;
    assessor: string;
    assessedOn: Date;
    toStatus: string;
    progress: number | null;
    value: number | null;
    reason: string;
    evidenceUrl: string | null;
    assessorName: string | null;
  }) =>
    JSON.stringify([
      row.commitmentId,
      row.assessor,
      row.assessedOn.toISOString().slice(0, 10),
      row.toStatus,
      row.progress,
      row.value,
      row.reason,
      row.evidenceUrl,
      row.assessorName,
    ]);
  const already = new Set(recorded.map(recordedKey));

  const plan: AssessmentsPlan = { kind: 'assessments', rows: [], batches: [] };
  const batches = new Map<number, AssessmentBatch>();
  const firstRowOf = new Map<string, number>();
  const latestDay = latestAssessableDay(new Date(`${today}T12:00:00Z`));

  body.forEach((cells, offset) => {
    const reader = new RowReader<AssessmentColumn>(
      cells,
      offset + 1,
      layout.index,
      layout.headers,
      table.formulaCells,
    );
    const slug = reader.required('slug') ?? '';
    const commitment = slug ? existing.get(slug) : undefined;
    if (slug && (!commitment || commitment.archivedAt)) {
      reader.fail('slug', 'import.cell.unknownCommitment', { value: slug.slice(0, 120) });
    }
    const statusText = reader.required('status');
    const status = statusText ? statusFromText(statusText) : undefined;
    if (statusText && !status)
      reader.fail('status', 'import.cell.unknownStatus', { value: statusText.slice(0, 60) });
    const progress = reader.progress('progress');
    const value = reader.number('value');
    if (value !== null && value !== undefined && commitment && commitment.kind !== 'NUMERIC_TARGET') {
      reader.fail('value', 'editor.errors.valueNotNumeric');
    }
    const assessedOn = reader.day('assessedOn');
    if (assessedOn === null) reader.fail('assessedOn', 'import.cell.required');
    if (assessedOn && assessedOn.toISOString().slice(0, 10) > latestDay)
      reader.fail('assessedOn', 'import.cell.future');
    if (assessedOn && commitment && assessedOn < commitment.agreement.signedOn) {
      reader.fail('assessedOn', 'import.cell.beforeAgreement');
    }
    const assessorText = reader.required('assessor');
    const assessor = assessorText ? assessorFromText(assessorText) : undefined;
    if (assessorText && !assessor)
      reader.fail('assessor', 'import.cell.unknownAssessor', { value: assessorText.slice(0, 60) });
    const nameCell = reader.text('assessorName');
    const parsedName = nameCell === null ? null : nameText.safeParse(nameCell);
    if (parsedName && !parsedName.success)
      reader.fail('assessorName', parsedName.error.issues[0]!.message as never);
    const reasonCell = reader.required('reason');
    const parsedReason = reasonCell === null ? null : reasonText.safeParse(reasonCell);
    if (parsedReason && !parsedReason.success)
      reader.fail('reason', parsedReason.error.issues[0]!.message as never);
    const urlCell = reader.text('evidenceUrl');
    const parsedUrl = urlCell === null ? null : evidenceUrl.safeParse(urlCell);
    if (parsedUrl && !parsedUrl.success)
      reader.fail('evidenceUrl', 'import.cell.url', { value: urlCell!.slice(0, 80) });

    if (commitment && assessor && assessedOn) {
      const key = `${slug}|${assessor}|${assessedOn.toISOString().slice(0, 10)}`;
      if (firstRowOf.has(key)) {
        reader.fail('slug', 'import.cell.duplicateAssessment', { row: firstRowOf.get(key)! });
      } else firstRowOf.set(key, reader.rowNumber);
    }

    if (
      reader.problems.length > 0 ||
      !commitment ||
      !status ||
      !assessor ||
      !assessedOn ||
      !parsedReason?.success
    ) {
      plan.rows.push({ row: reader.rowNumber, slug, outcome: 'error', problems: reader.problems });
      return;
    }
    const draft: AssessmentDraft = {
      status,
      progress: progress ?? null,
      value: value ?? null,
      assessor,
      assessorName: parsedName?.success ? parsedName.data : null,
      assessedOn,
      reason: parsedReason.data!,
      evidenceUrl: parsedUrl?.success ? (parsedUrl.data ?? null) : null,
    };
    const seen = already.has(recordedKey({ commitmentId: commitment.id, ...draft, toStatus: draft.status }));
    if (!seen) {
      const batch = batches.get(commitment.id) ?? {
        id: commitment.id,
        slug,
        version: commitment.version,
        status: commitment.status,
        verdicts: verdicts.get(commitment.id) ?? [],
        drafts: [],
      };
      batch.drafts.push(draft);
      batches.set(commitment.id, batch);
    }
    plan.rows.push({ row: reader.rowNumber, slug, outcome: seen ? 'unchanged' : 'created', problems: [] });
  });
  plan.batches = [...batches.values()];
  return plan;
}
