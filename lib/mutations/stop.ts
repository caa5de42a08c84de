// How an operation stops short inside the pipeline's transaction: it throws one of these, the
// transaction rolls back, and the pipeline audits the attempt and answers with the outcome.
import type { FieldErrors } from '../validation/field-errors';

export type StopOutcome =
  | { kind: 'not-found' }
  /** Allowed in general but not this particular change (e.g. an admin disabling themselves). */
  | { kind: 'forbidden'; reason: string }
  | { kind: 'invalid'; errors: FieldErrors }
  /** Someone saved first (a stale version): the pipeline reads the current state for the caller. */
  | { kind: 'conflict'; staleVersion?: number };

export class MutationStop extends Error {
  constructor(readonly outcome: StopOutcome) {
    super(outcome.kind);
  }
}

export const notFound = (): MutationStop => new MutationStop({ kind: 'not-found' });
export const forbidden = (reason: string): MutationStop => new MutationStop({ kind: 'forbidden', reason });
export const invalid = (errors: FieldErrors): MutationStop => new MutationStop({ kind: 'invalid', errors });
export const conflict = (staleVersion?: number): MutationStop =>
  new MutationStop({ kind: 'conflict', staleVersion });
