// The assessments an import records, and the headline they leave: computed in memory from each
// assessor's current verdict (read once for the whole file) plus the new ones, by the same rules
// (lib/domain/verdicts.ts) that recompute it after an editor's assessment.
import type { Status } from '../domain/status';
import { currentVerdicts, headlineVerdict, isContested, type Verdict } from '../domain/verdicts';
import type { Assessor } from '../generated/prisma/enums';

export interface AssessmentDraft {
  status: Status;
  progress: number | null;
  value: number | null;
  assessor: Assessor;
  assessorName: string | null;
  assessedOn: Date;
  reason: string;
  evidenceUrl: string | null;
}

export interface DraftOutcome {
  /** Each draft with the headline status before it (the history's "from"). */
  drafts: (AssessmentDraft & { fromStatus: Status })[];
  headline: {
    status: Status;
    progress: number | null;
    currentValue: number | null;
    currentValueDate: Date | null;
    headlineAssessor: Assessor;
    headlineAssessedOn: Date;
    contested: boolean;
  };
}

/** The drafts in order after `current`, as if recorded one after another at `now`. */
export function settleDrafts(
  current: Verdict[],
  startStatus: Status,
  drafts: AssessmentDraft[],
  now: Date,
): DraftOutcome {
  let verdicts = [...current];
  let status = startStatus;
  const settled: DraftOutcome['drafts'] = [];
  drafts.forEach((draft, index) => {
    settled.push({ ...draft, fromStatus: status });
    verdicts = currentVerdicts([
      ...verdicts,
      { id: Number.MAX_SAFE_INTEGER - drafts.length + index, ...draft, recordedAt: now },
    ]);
    status = headlineVerdict(verdicts)!.status;
  });
  const headline = headlineVerdict(verdicts)!;
  return {
    drafts: settled,
    headline: {
      status: headline.status,
      progress: headline.progress,
      currentValue: headline.value,
      currentValueDate: headline.value === null ? null : headline.assessedOn,
      headlineAssessor: headline.assessor,
      headlineAssessedOn: headline.assessedOn,
      contested: isContested(verdicts),
    },
  };
}
