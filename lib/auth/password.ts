// Password hashing and policy. Plain Node (no 'server-only'): the users CLI and tests use it too.
import argon2 from 'argon2';
import { COMMON_PASSWORDS } from './common-passwords';

// OWASP's argon2id recommendation: m = 19 MiB, t = 2, p = 1.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common';

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const folded = password.toLowerCase();
  // Common passwords, also with a trailing run of digits or punctuation ("password123!").
  const stem = folded.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(stem) || /^(.)\1+$/u.test(folded)) {
    return 'common';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  // Never verify absurdly long inputs (hashing cost); the policy caps real passwords at 128.
  if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so a wrong email costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('dummy-password-for-equal-timing');
  return dummyHash;
}
