// The rules a monitor reads on the methodology page: per-assessor current verdict, headline, contested.
import { describe, expect, it } from 'vitest';
import { currentVerdicts, headlineVerdict, isContested, type Verdict } from '@/lib/domain/verdicts';

let nextId = 1;
function verdict(
  partial: Partial<Verdict> & Pick<Verdict, 'assessor' | 'status'>,
  on: string,
  recorded = on,
): Verdict {
  return {
    id: nextId++,
    progress: null,
    value: null,
    assessedOn: new Date(`${on}T00:00:00Z`),
    recordedAt: new Date(`${recorded}T12:00:00Z`),
    ...partial,
  };
}

describe('current verdict per assessor', () => {
  it('is the latest by the day it describes, not by when it was typed in', () => {
    const later = verdict({ assessor: 'UK', status: 'AT_RISK' }, '2026-03-31', '2026-04-01');
    const backDated = verdict({ assessor: 'UK', status: 'ACHIEVED' }, '2026-01-15', '2026-05-01');
    expect(currentVerdicts([later, backDated])).toEqual([later]);
  });

  it('breaks a tie on the same day by the later recording', () => {
    const first = verdict({ assessor: 'UK', status: 'AT_RISK' }, '2026-03-31', '2026-04-01');
    const second = verdict({ assessor: 'UK', status: 'STALLED' }, '2026-03-31', '2026-04-02');
    expect(currentVerdicts([second, first])).toEqual([second]);
  });

  it('keeps one verdict per assessor, in the fixed assessor order', () => {
    const uk = verdict({ assessor: 'UK', status: 'AT_RISK' }, '2026-02-01');
    const independent = verdict({ assessor: 'INDEPENDENT', status: 'IN_PROGRESS' }, '2026-01-01');
    const joint = verdict({ assessor: 'JOINT', status: 'IN_PROGRESS' }, '2025-10-29');
    expect(currentVerdicts([uk, joint, independent]).map((v) => v.assessor)).toEqual([
      'INDEPENDENT',
      'UK',
      'JOINT',
    ]);
  });
});

describe('headline verdict', () => {
  it('is the independent verdict when there is one, even if another is more recent', () => {
    const independent = verdict({ assessor: 'INDEPENDENT', status: 'IN_PROGRESS' }, '2026-01-01');
    const uk = verdict({ assessor: 'UK', status: 'ACHIEVED' }, '2026-06-01');
    expect(headlineVerdict(currentVerdicts([independent, uk]))).toBe(independent);
  });

  it('is otherwise the most recent verdict of any assessor', () => {
    const joint = verdict({ assessor: 'JOINT', status: 'IN_PROGRESS' }, '2025-10-29');
    const vietNam = verdict({ assessor: 'VIET_NAM', status: 'ACHIEVED' }, '2026-02-01');
    expect(headlineVerdict(currentVerdicts([joint, vietNam]))).toBe(vietNam);
  });

  it('is none without any assessment', () => {
    expect(headlineVerdict([])).toBeNull();
  });
});

describe('contested', () => {
  it('is true when current verdicts differ in status', () => {
    const current = currentVerdicts([
      verdict({ assessor: 'INDEPENDENT', status: 'IN_PROGRESS' }, '2026-01-01'),
      verdict({ assessor: 'UK', status: 'ACHIEVED' }, '2026-01-01'),
    ]);
    expect(isContested(current)).toBe(true);
  });

  it('is false when they agree, or when an older disagreeing verdict was superseded', () => {
    const current = currentVerdicts([
      verdict({ assessor: 'INDEPENDENT', status: 'IN_PROGRESS' }, '2026-01-01'),
      verdict({ assessor: 'UK', status: 'ACHIEVED' }, '2025-12-01'),
      verdict({ assessor: 'UK', status: 'IN_PROGRESS' }, '2026-02-01'),
    ]);
    expect(isContested(current)).toBe(false);
    expect(isContested(current.slice(0, 1))).toBe(false);
  });
});
