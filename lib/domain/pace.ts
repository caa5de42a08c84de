// Pace of a dated commitment: is it where it should be by now? Pure and locale-free: it returns a
// state and a rule key with values, and the page turns that into one translated sentence.
import type { Status } from './status';

export type PaceState = 'ON_TRACK' | 'BEHIND' | 'OVERDUE' | 'NO_DEADLINE' | 'UNMEASURED';

/** Keys under dashboard.pace.rule in the message catalogs. */
export type PaceRule =
  'achieved' | 'onTrack' | 'behind' | 'overdue' | 'noDeadline' | 'unmeasured' | 'milestoneLate';

export interface PaceInput {
  kind: 'NUMERIC_TARGET' | 'MILESTONE' | 'QUALITATIVE';
  status: Status;
  /** 0–100 as recorded by an editor. */
  progress: number | null;
  baselineValue: number | null;
  targetValue: number | null;
  currentValue: number | null;
  /** Start of the period: the baseline date, else the agreement's date. */
  start: Date | null;
  /** The deadline, else the metric's target date. */
  deadline: Date | null;
  milestones: { dueDate: Date | null; doneDate: Date | null }[];
  now: Date;
}

export interface PaceResult {
  state: PaceState;
  rule: PaceRule;
  /** Expected and actual progress in percentage points (rounded), when computed. */
  expected?: number;
  actual?: number;
  /** Dates the rule sentence mentions (the page formats them). */
  start?: Date;
  deadline?: Date;
  due?: Date;
}

/** How far below the expected progress a commitment may be before it counts as behind. */
export const BEHIND_MARGIN = 10;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Progress in per cent from the recorded figures, or null when nothing has been measured. */
export function actualProgress(input: PaceInput): number | null {
  if (input.status === 'ACHIEVED') return 100;
  if (input.progress !== null) return clamp(input.progress, 0, 100);
  if (input.kind === 'NUMERIC_TARGET' && input.currentValue !== null && input.targetValue !== null) {
    const baseline = input.baselineValue ?? 0;
    if (input.targetValue === baseline) return null;
    return clamp(((input.currentValue - baseline) / (input.targetValue - baseline)) * 100, 0, 100);
  }
  if (input.kind === 'MILESTONE' && input.milestones.length > 0) {
    const done = input.milestones.filter((milestone) => milestone.doneDate !== null).length;
    return (done / input.milestones.length) * 100;
  }
  return null;
}

/** Expected progress today: the elapsed share of the start → deadline period, in per cent. */
export function expectedProgress(start: Date, deadline: Date, now: Date): number {
  const span = deadline.getTime() - start.getTime();
  if (span <= 0) return now.getTime() >= deadline.getTime() ? 100 : 0;
  return clamp(((now.getTime() - start.getTime()) / span) * 100, 0, 100);
}

/**
 * The pace of a numeric or milestone commitment; null for qualitative or discontinued ones,
 * where pace means nothing.
 */
export function computePace(input: PaceInput): PaceResult | null {
  if (input.kind === 'QUALITATIVE' || input.status === 'DISCONTINUED') return null;
  if (input.status === 'ACHIEVED') return { state: 'ON_TRACK', rule: 'achieved' };
  const deadline = input.deadline;
  if (!deadline) return { state: 'NO_DEADLINE', rule: 'noDeadline' };
  if (input.now.getTime() > deadline.getTime()) return { state: 'OVERDUE', rule: 'overdue', deadline };

  const late = input.milestones.find(
    (milestone) => milestone.doneDate === null && milestone.dueDate !== null && milestone.dueDate < input.now,
  );
  if (late?.dueDate) return { state: 'BEHIND', rule: 'milestoneLate', due: late.dueDate, deadline };

  const actual = actualProgress(input);
  if (actual === null) return { state: 'UNMEASURED', rule: 'unmeasured', deadline };
  const start = input.start && input.start < deadline ? input.start : null;
  if (!start) return { state: 'UNMEASURED', rule: 'unmeasured', deadline };
  const expected = expectedProgress(start, deadline, input.now);
  const behind = actual < expected - BEHIND_MARGIN;
  return {
    state: behind ? 'BEHIND' : 'ON_TRACK',
    rule: behind ? 'behind' : 'onTrack',
    expected: Math.round(expected),
    actual: Math.round(actual),
    start,
    deadline,
  };
}
