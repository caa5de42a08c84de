import { describe, expect, it } from 'vitest';
import { actualProgress, computePace, expectedProgress, type PaceInput } from '@/lib/domain/pace';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function input(overrides: Partial<PaceInput> = {}): PaceInput {
  return {
    kind: 'NUMERIC_TARGET',
    status: 'IN_PROGRESS',
    progress: null,
    baselineValue: null,
    targetValue: null,
    currentValue: null,
    start: d('2020-01-01'),
    deadline: d('2030-01-01'),
    milestones: [],
    now: d('2025-01-01'),
    ...overrides,
  };
}

describe('expectedProgress', () => {
  it('is the elapsed share of the start → deadline period, clamped to 0–100', () => {
    expect(expectedProgress(d('2020-01-01'), d('2030-01-01'), d('2025-01-01'))).toBeCloseTo(50, 0);
    expect(expectedProgress(d('2020-01-01'), d('2030-01-01'), d('2019-01-01'))).toBe(0);
    expect(expectedProgress(d('2020-01-01'), d('2030-01-01'), d('2031-01-01'))).toBe(100);
  });
});

describe('actualProgress', () => {
  it('prefers the recorded progress, else the value between baseline and target', () => {
    expect(actualProgress(input({ progress: 40, currentValue: 90, targetValue: 100 }))).toBe(40);
    expect(actualProgress(input({ baselineValue: 10, targetValue: 20, currentValue: 15 }))).toBe(50);
    expect(actualProgress(input({ baselineValue: 10, targetValue: 20, currentValue: 25 }))).toBe(100);
  });
  it('counts done milestones for milestone commitments, and is null when nothing is measured', () => {
    const milestones = [
      { dueDate: null, doneDate: d('2021-01-01') },
      { dueDate: null, doneDate: null },
    ];
    expect(actualProgress(input({ kind: 'MILESTONE', milestones }))).toBe(50);
    expect(actualProgress(input())).toBeNull();
  });
});

describe('computePace', () => {
  it('is on track when progress is within 10 points of the expected share', () => {
    const pace = computePace(input({ progress: 41 }));
    expect(pace).toMatchObject({ state: 'ON_TRACK', rule: 'onTrack', expected: 50, actual: 41 });
    expect(pace?.deadline).toEqual(d('2030-01-01'));
    expect(pace?.start).toEqual(d('2020-01-01'));
  });

  it('is behind when progress is more than 10 points below the expected share', () => {
    expect(computePace(input({ progress: 39 }))).toMatchObject({
      state: 'BEHIND',
      rule: 'behind',
      expected: 50,
      actual: 39,
    });
  });

  it('is overdue once the deadline has passed without being achieved', () => {
    expect(computePace(input({ progress: 99, now: d('2030-01-02') }))).toMatchObject({
      state: 'OVERDUE',
      rule: 'overdue',
    });
    expect(computePace(input({ status: 'ACHIEVED', now: d('2031-01-01') }))).toMatchObject({
      state: 'ON_TRACK',
      rule: 'achieved',
    });
  });

  it('reports no deadline, and falls back to the target date as deadline', () => {
    expect(computePace(input({ deadline: null }))).toEqual({ state: 'NO_DEADLINE', rule: 'noDeadline' });
  });

  it('does not invent a judgement when nothing has been measured', () => {
    expect(computePace(input({ kind: 'MILESTONE' }))).toMatchObject({
      state: 'UNMEASURED',
      rule: 'unmeasured',
    });
  });

  it('flags a milestone commitment with a missed intermediate milestone as behind', () => {
    const pace = computePace(
      input({
        kind: 'MILESTONE',
        milestones: [
          { dueDate: d('2024-06-30'), doneDate: null },
          { dueDate: d('2029-06-30'), doneDate: null },
        ],
      }),
    );
    expect(pace).toMatchObject({ state: 'BEHIND', rule: 'milestoneLate', due: d('2024-06-30') });
  });

  it('does not apply to qualitative or discontinued commitments', () => {
    expect(computePace(input({ kind: 'QUALITATIVE', progress: 10 }))).toBeNull();
    expect(computePace(input({ status: 'DISCONTINUED', progress: 10 }))).toBeNull();
  });

  it('returns translatable rule keys that exist in both catalogs', async () => {
    const { catalogs, lookup } = await import('@/lib/i18n/messages');
    for (const rule of [
      'achieved',
      'onTrack',
      'behind',
      'overdue',
      'noDeadline',
      'unmeasured',
      'milestoneLate',
    ]) {
      expect(lookup(catalogs.en, `dashboard.pace.rule.${rule}`), rule).toBeTruthy();
      expect(lookup(catalogs.vi, `dashboard.pace.rule.${rule}`), rule).toBeTruthy();
    }
  });
});
