// Whose verdict counts, and when verdicts disagree. An assessment is one assessor's verdict as of a
// calendar day; each assessor's current verdict is its latest by that day (ties: the later
// recorded). The headline — what counts, filters, charts and exports use — is the independent
// verdict where there is one, else the most recent verdict of any assessor. A commitment whose
// current verdicts differ in status is contested.
import type { Assessor } from '../generated/prisma/enums';
import type { Status } from './status';

export const ASSESSORS = [
  'INDEPENDENT',
  'VIET_NAM',
  'UK',
  'JOINT',
  'ASEAN',
] as const satisfies readonly Assessor[];

export interface Verdict {
  id: number;
  assessor: Assessor;
  status: Status;
  progress: number | null;
  value: number | null;
  assessedOn: Date;
  recordedAt: Date;
}

/** Positive when `a` is the later verdict: by the day it describes, then by when it was recorded. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return (
    a.assessedOn.getTime() - b.assessedOn.getTime() ||
    a.recordedAt.getTime() - b.recordedAt.getTime() ||
    a.id - b.id
  );
}

/** Each assessor's current verdict, in the fixed assessor order. */
export function currentVerdicts<V extends Verdict>(assessments: readonly V[]): V[] {
  const latest = new Map<Assessor, V>();
  for (const assessment of assessments) {
    const held = latest.get(assessment.assessor);
    if (!held || compareVerdicts(assessment, held) > 0) latest.set(assessment.assessor, assessment);
  }
  return ASSESSORS.flatMap((assessor) => {
    const verdict = latest.get(assessor);
    return verdict ? [verdict] : [];
  });
}

export function headlineVerdict<V extends Verdict>(current: readonly V[]): V | null {
  const independent = current.find((verdict) => verdict.assessor === 'INDEPENDENT');
  if (independent) return independent;
  return current.reduce<V | null>(
    (best, verdict) => (!best || compareVerdicts(verdict, best) > 0 ? verdict : best),
    null,
  );
}

export function isContested(current: readonly Verdict[]): boolean {
  return new Set(current.map((verdict) => verdict.status)).size > 1;
}
