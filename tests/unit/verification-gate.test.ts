// The per-instance bound on concurrent password verifications never waits and always gives back.
import { describe, expect, it } from 'vitest';
import { createVerificationGate } from '@/lib/auth/verification-gate';

describe('verification gate', () => {
  it('admits up to its limit, refuses beyond it at once, and frees a slot on release (once)', () => {
    const gate = createVerificationGate(2);
    const first = gate.tryAcquire();
    const second = gate.tryAcquire();
    expect(first && second).toBeTruthy();
    expect(gate.tryAcquire()).toBeNull();
    first!();
    first!(); // a double release must not create a third slot
    const third = gate.tryAcquire();
    expect(third).toBeTruthy();
    expect(gate.tryAcquire()).toBeNull();
  });
});
