'use server';
// The editor form's adapter: form fields → updateCommitmentStatus → the form's state.
import { updateCommitmentStatus as updateStatus } from '../commitments/update-status';
import { actionContext } from '../mutations/context';
import type { CommitmentState } from '../queries/commitment-state';
import {
  EVIDENCE_MAX_ITEMS,
  EVIDENCE_TEXT_FIELDS,
  evidenceFromForm,
  statusUpdateFromForm,
  type FieldErrors,
} from '../validation/status-update';
import { asFormData, formFields, nextAttempt, formRefusal } from './form-fields';

export type EvidenceRowValues = Record<(typeof EVIDENCE_TEXT_FIELDS)[number] | 'fileId', string>;

/** What the editor typed, kept so a refused form re-opens with their values. */
export interface StatusFormValues {
  status: string;
  progress: string;
  value: string;
  reason: string;
  evidenceUrl: string;
  assessor: string;
  assessorName: string;
  assessedOn: string;
  evidence: EvidenceRowValues[];
}

export type StatusFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; version: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: StatusFormValues; version: number }
  | { kind: 'conflict'; attempt: number; current: CommitmentState; values: StatusFormValues }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

function valuesFrom(fields: Record<string, unknown>): StatusFormValues {
  const text = (name: string, max = 4000) =>
    typeof fields[name] === 'string' ? (fields[name] as string).slice(0, max) : '';
  const evidence: EvidenceRowValues[] = [];
  for (let row = 0; row < EVIDENCE_MAX_ITEMS; row += 1) {
    const values = Object.fromEntries(
      [...EVIDENCE_TEXT_FIELDS, 'fileId'].map((field) => [field, text(`evidence.${row}.${field}`)]),
    ) as EvidenceRowValues;
    if (Object.values(values).some((value) => value !== '')) evidence.push(values);
  }
  return {
    status: text('status', 40),
    progress: text('progress', 40),
    value: text('value', 40),
    reason: text('reason'),
    evidenceUrl: text('evidenceUrl'),
    assessor: text('assessor', 40),
    assessorName: text('assessorName', 200),
    assessedOn: text('assessedOn', 20),
    evidence,
  };
}

/** Schema paths count evidence items; the form shows rows (blank rows are not items). */
function errorsOnRows(errors: FieldErrors, rows: number[]): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      field.replace(/^evidence\.(\d+)\./, (_, item: string) => `evidence.${rows[Number(item)] ?? item}.`),
      key,
    ]),
  );
}

export async function updateCommitmentStatus(
  prev: StatusFormState,
  submitted: FormData,
): Promise<StatusFormState> {
  const form = asFormData(submitted);
  const attempt = nextAttempt(prev);
  const fields = formFields(form, 6000);
  const values = valuesFrom(fields);
  const version = Number(String(fields.version ?? '').slice(0, 20)) || 1;
  const evidence = evidenceFromForm(form);
  const result = await updateStatus.run(
    { ...statusUpdateFromForm(form, evidence.items), slug: String(fields.slug ?? '').slice(0, 200) },
    await actionContext(),
  );
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', attempt, version: result.value.version };
    case 'invalid':
      return {
        kind: 'invalid',
        attempt,
        errors: errorsOnRows(result.errors, evidence.rows),
        values,
        version,
      };
    case 'unavailable':
      // Nothing was saved; the editor keeps their values and can submit again.
      return { kind: 'invalid', attempt, errors: { form: 'editor.errors.unavailable' }, values, version };
    case 'conflict':
      return { kind: 'conflict', attempt, current: result.current, values };
    default:
      return { kind: formRefusal(result.kind), attempt };
  }
}
