// A bound on concurrent argon2 verifications in this process. Each one takes ~19 MiB and tens of
// milliseconds of a core; without a bound, anonymous clients with fresh emails and addresses can
// keep every core busy hashing and slow every other page. Beyond the bound a sign-in is refused at
// once (429, Retry-After), before any database or hashing work, rather than queued.
//
// Deliberately per instance, in memory: it protects this process's CPU, which is not shared state.
// The limits that must hold across instances (per account, address, device) live in Postgres.

export const MAX_CONCURRENT_VERIFICATIONS = 4;
/** Seconds a refused client should wait: a verification takes well under one. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export interface VerificationGate {
  /** A release function when a slot is free now, otherwise null (never waits). */
  tryAcquire(): (() => void) | null;
}

export function createVerificationGate(limit: number): VerificationGate {
  let inUse = 0;
  return {
    tryAcquire() {
      if (inUse >= limit) return null;
      inUse += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inUse -= 1;
      };
    },
  };
}

export const verificationGate = createVerificationGate(MAX_CONCURRENT_VERIFICATIONS);
