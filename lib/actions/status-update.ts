'use server';
// The editor form's server action. Access, validation and the write are all decided by
// recordStatusUpdate (shared with the JSON API); this only adapts form data and the result.
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { currentActor } from '../auth';
import { isDatabaseUnavailable } from '../database-errors';
import { clientIpFrom } from '../auth/client-ip';
import { statusUpdateFromForm, type FieldErrors } from '../validation/status-update';
import { recordStatusUpdate, type CommitmentState } from './record-status-update';

/** What the editor typed, kept so a refused form re-opens with their values. */
export interface StatusFormValues {
  status: string;
  progress: string;
  value: string;
  reason: string;
  evidenceUrl: string;
}

export type StatusFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; version: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: StatusFormValues; version: number }
  | { kind: 'conflict'; attempt: number; current: CommitmentState; values: StatusFormValues }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

function text(form: FormData, name: string, max = 4000): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export async function updateCommitmentStatus(
  prev: StatusFormState,
  form: FormData,
): Promise<StatusFormState> {
  const attempt = (prev?.attempt ?? 0) + 1;
  const slug = text(form, 'slug', 200);
  const actor = await currentActor();
  const ip = clientIpFrom(await headers());
  const values: StatusFormValues = {
    status: text(form, 'status', 40),
    progress: text(form, 'progress', 40),
    value: text(form, 'value', 40),
    reason: text(form, 'reason'),
    evidenceUrl: text(form, 'evidenceUrl'),
  };
  const version = Number(text(form, 'version', 20)) || 1;
  let result;
  try {
    result = await recordStatusUpdate(actor, slug, statusUpdateFromForm(form), { ip, via: 'form' });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // Nothing was saved; the editor keeps their values and can submit again.
    return { kind: 'invalid', attempt, errors: { form: 'editor.errors.unavailable' }, values, version };
  }
  switch (result.kind) {
    case 'ok':
      // Every page is rendered per request from the version-keyed cache; this refreshes the
      // editor's own router cache so the page shows the new status and history at once.
      revalidatePath('/', 'layout');
      return { kind: 'ok', attempt, version: result.state.version };
    case 'invalid':
      return {
        kind: 'invalid',
        attempt,
        errors: result.errors,
        values,
        version,
      };
    case 'conflict':
      return { kind: 'conflict', attempt, current: result.current, values };
    default:
      return { kind: result.kind, attempt };
  }
}
