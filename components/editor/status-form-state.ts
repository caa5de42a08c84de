// Pure reading of the status form's action state: which values, version and message to show.
import type { StatusFormState, StatusFormValues } from '@/lib/actions/status-update';
import { fillTemplate } from '@/lib/i18n/template';
import type { CommitmentState } from '@/lib/queries/commitment-state';
import type { StatusFormLabels } from './status-form-labels';

/**
 * The saved state as the form's starting values: the headline figures, an independent verdict as
 * of today, and a new reason and evidence every time.
 */
export function valuesOf(state: CommitmentState, today: string): StatusFormValues {
  return {
    status: state.status,
    progress: state.progress === null ? '' : String(state.progress),
    value: state.value === null ? '' : String(state.value),
    reason: '',
    evidenceUrl: '',
    assessor: 'INDEPENDENT',
    assessorName: '',
    assessedOn: today,
    evidence: [],
  };
}

/** The version the next submission claims to start from. */
export function formVersion(state: StatusFormState, initial: CommitmentState): number {
  switch (state.kind) {
    case 'conflict':
      return state.current.version;
    case 'invalid':
      return state.version;
    case 'ok':
      return Math.max(state.version, initial.version);
    default:
      return initial.version;
  }
}

export function errorTextFor(labels: StatusFormLabels, key?: string): string | undefined {
  return key ? (labels.errors[key] ?? labels.errors['editor.errors.invalid']) : undefined;
}

export function alertFor(
  state: StatusFormState,
  labels: StatusFormLabels,
): { tone: 'ok' | 'error'; text: string } | null {
  switch (state.kind) {
    case 'ok':
      return { tone: 'ok', text: fillTemplate(labels.saved, { version: state.version }) };
    case 'invalid': {
      const formError = errorTextFor(labels, state.errors.form);
      return { tone: 'error', text: formError ? `${labels.fixErrors} ${formError}` : labels.fixErrors };
    }
    case 'unauthenticated':
      return { tone: 'error', text: labels.unauthenticated };
    case 'forbidden':
      return { tone: 'error', text: labels.forbidden };
    case 'not-found':
      return { tone: 'error', text: labels.notFound };
    default:
      return null;
  }
}
