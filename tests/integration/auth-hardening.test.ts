// The sign-in findings of the outside security test (issue 13), each against real Postgres:
// parallel guesses, forged addresses, lock-out abuse, argon2 floods, unrevocable tokens.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
// Parallel attempts as from many instances, each with its own connections (one instance's pool
// of 10 would queue them before they reach the database's lock).
process.env.DATABASE_POOL_SIZE ??= '45';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as signInRoute } from '@/app/api/sign-in/route';
import { actorFromRequest, actorFromSessionToken } from '@/lib/auth';
import { AccountExistsError, createAccount, unlockAccount } from '@/lib/auth/accounts';
import { SOCKET_ADDRESS_HEADER } from '@/lib/auth/client-ip';
import {
  THROTTLE_MAX_FAILURES_PER_ACCOUNT,
  THROTTLE_MAX_FAILURES_PER_DEVICE,
  THROTTLE_MAX_FAILURES_PER_IP,
} from '@/lib/auth/constants';
import { signInWithPassword, type SignInInput } from '@/lib/auth/sign-in';
import { createApiToken, listApiTokens, revokeAllApiTokens, revokeApiToken } from '@/lib/auth/tokens';
import {
  createVerificationGate,
  MAX_CONCURRENT_VERIFICATIONS,
  verificationGate,
} from '@/lib/auth/verification-gate';
import { db } from '@/lib/db';
import { makeUser, TEST_PASSWORD } from '../support/auth-fixtures';

const SECRET = process.env.NEXTAUTH_SECRET!;
// Room for every parallel attempt, so these tests see the database throttle, not the CPU bound.
const wideGate = () => createVerificationGate(1000);
const attempt = (input: SignInInput) => signInWithPassword(db, { secret: SECRET, ...input }, wideGate());

async function wrongPasswordAudits(email: string) {
  const rows = await db.auditEvent.findMany({ where: { action: 'auth.sign-in', targetId: email } });
  return rows.filter((row) => (row.details as { reason?: string } | null)?.reason === 'wrong-password');
}

describe('account limit under parallel guesses', () => {
  it('checks at most the limit of passwords when 40 wrong ones arrive at once', async () => {
    const user = await makeUser(db);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        attempt({ email: user.email, password: `wrong-password-${index}`, ip: `10.40.${index}.1` }),
      ),
    );
    const verified = await wrongPasswordAudits(user.email);
    expect(verified.length).toBeLessThanOrEqual(THROTTLE_MAX_FAILURES_PER_ACCOUNT);
    expect(verified.length).toBeGreaterThan(0);
    expect(results.filter((result) => !result.ok && result.reason === 'throttled')).toHaveLength(
      40 - verified.length,
    );
  });
});

describe('lock-out without handing attackers a lock', () => {
  async function lockOut(email: string) {
    for (let index = 0; index < THROTTLE_MAX_FAILURES_PER_ACCOUNT; index += 1) {
      await attempt({ email, password: `attacker-guess-${index}`, ip: `203.0.113.${index}` });
    }
  }

  it('lets a browser that signed in before (device cookie) in while the account is locked', async () => {
    const user = await makeUser(db);
    const first = await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.7' });
    expect(first.ok).toBe(true);
    const deviceCookie = first.ok ? first.deviceCookie! : '';

    await lockOut(user.email);
    // Without the cookie (the attacker, or a new browser): locked.
    expect(await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.8' })).toEqual({
      ok: false,
      reason: 'throttled',
    });
    // The editor's own browser: in, with the right password.
    const own = await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.7', deviceCookie });
    expect(own.ok).toBe(true);
  });

  it('gives a device cookie only a small allowance of its own, and only for its account', async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    const first = await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.9' });
    const deviceCookie = first.ok ? first.deviceCookie! : '';
    for (let index = 0; index < THROTTLE_MAX_FAILURES_PER_DEVICE; index += 1) {
      const result = await attempt({
        email: user.email,
        password: `typo-${index}`,
        ip: '192.0.2.9',
        deviceCookie,
      });
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(
      await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.9', deviceCookie }),
    ).toEqual({ ok: false, reason: 'throttled' });
    // A forged or foreign cookie is no device: the other account is counted as usual.
    const forged = `${deviceCookie.slice(0, -3)}abc`;
    const result = await attempt({
      email: other.email,
      password: TEST_PASSWORD,
      ip: '192.0.2.10',
      deviceCookie: forged,
    });
    expect(result.ok).toBe(true);
    const rows = await db.loginAttempt.findMany({ where: { email: other.email } });
    expect(rows.every((row) => row.device === null)).toBe(true);
  });

  it('does not let refused attempts keep the account locked', async () => {
    const user = await makeUser(db);
    await lockOut(user.email);
    for (let index = 0; index < 5; index += 1) {
      expect(await attempt({ email: user.email, password: 'still-guessing', ip: '203.0.113.99' })).toEqual({
        ok: false,
        reason: 'throttled',
      });
    }
    // The window passes for the failures that were counted; the refused ones are more recent.
    await db.loginAttempt.updateMany({
      where: { email: user.email, throttled: false },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    expect((await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.11' })).ok).toBe(true);
  });

  it('unlocks an account (unlockAccount), keeping the attempts on record', async () => {
    const user = await makeUser(db);
    await lockOut(user.email);
    expect(await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.12' })).toEqual({
      ok: false,
      reason: 'throttled',
    });
    expect(await unlockAccount(db, user.email.toUpperCase())).toBe(THROTTLE_MAX_FAILURES_PER_ACCOUNT + 1);
    expect((await attempt({ email: user.email, password: TEST_PASSWORD, ip: '192.0.2.12' })).ok).toBe(true);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(
      THROTTLE_MAX_FAILURES_PER_ACCOUNT + 2,
    );
  });
});

describe('argon2 concurrency bound', () => {
  it(`verifies at most ${MAX_CONCURRENT_VERIFICATIONS} at once and refuses the rest at once, unrecorded`, async () => {
    const user = await makeUser(db);
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        signInWithPassword(db, {
          email: `flood-${index}-${user.email}`,
          password: 'x'.repeat(16),
          ip: '198.51.100.77',
        }),
      ),
    );
    const busy = results.filter((result) => !result.ok && result.reason === 'busy');
    expect(busy).toHaveLength(12 - MAX_CONCURRENT_VERIFICATIONS);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await db.loginAttempt.count({ where: { ip: '198.51.100.77' } })).toBe(
      MAX_CONCURRENT_VERIFICATIONS,
    );
    // Slots come back: the next one goes through.
    const next = await signInWithPassword(db, {
      email: user.email,
      password: TEST_PASSWORD,
      ip: '198.51.100.78',
    });
    expect(next.ok).toBe(true);
  });
});

describe('POST /api/sign-in', () => {
  function post(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return signInRoute(
      new NextRequest('http://localhost:3000/api/sign-in', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          // No Origin: a same-site form post from a test has no browser to add one.
          [SOCKET_ADDRESS_HEADER]: '192.0.2.200',
          ...headers,
        },
        body: new URLSearchParams(fields).toString(),
      }),
    );
  }

  it('signs in without JavaScript: 303 to the callback with a working session cookie', async () => {
    const user = await makeUser(db);
    const response = await post({
      email: user.email,
      password: TEST_PASSWORD,
      lang: 'vi',
      callbackUrl: '/vi/commitments?status=done',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/vi/commitments?status=done');
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('next-auth.session-token='))!;
    expect(session).toMatch(/HttpOnly/i);
    const token = session.split(';')[0]!.split('=')[1]!;
    expect((await actorFromSessionToken(token)).kind).toBe('user');
    expect(cookies.some((cookie) => cookie.startsWith('ct-device='))).toBe(true);
  });

  it('sends a forged callback home, and a wrong password back to the form (JSON for scripts)', async () => {
    const user = await makeUser(db);
    const evil = await post({
      email: user.email,
      password: TEST_PASSWORD,
      lang: 'en',
      callbackUrl: '/\t/evil.example',
    });
    expect(evil.headers.get('location')).toBe('/en');
    const wrong = await post({
      email: user.email,
      password: 'nope-nope-nope',
      lang: 'en',
      callbackUrl: '/en/report',
    });
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toBe(
      '/en/login?error=CredentialsSignin&callbackUrl=%2Fen%2Freport',
    );
    const json = await post(
      { email: user.email, password: 'nope-nope-nope' },
      { accept: 'application/json' },
    );
    expect(json.status).toBe(401);
  });

  it('refuses cross-site posts and bodies that are not a form, with 4xx', async () => {
    expect((await post({ email: 'a@b.c' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ email: 'a@b.c' }, { 'content-type': 'application/json' })).status).toBe(415);
    expect((await post({ email: 'a@b.c', password: 'x'.repeat(10_000) })).status).toBe(413);
  });

  it('answers 429 with Retry-After at once while every verification slot is taken', async () => {
    const held = Array.from({ length: MAX_CONCURRENT_VERIFICATIONS }, () => verificationGate.tryAcquire());
    try {
      expect(held.every(Boolean)).toBe(true);
      const json = await post(
        { email: 'busy@example.org', password: 'whatever-it-is' },
        { accept: 'application/json' },
      );
      expect(json.status).toBe(429);
      expect(json.headers.get('retry-after')).toBe('2');
      expect(await json.json()).toEqual({ error: 'busy' });
      const page = await post({ email: 'busy@example.org', password: 'whatever-it-is', lang: 'vi' });
      expect(page.status).toBe(429);
      expect(await page.text()).toContain('Hiện có quá nhiều lượt đăng nhập');
    } finally {
      for (const release of held) release?.();
    }
    expect(await db.loginAttempt.count({ where: { email: 'busy@example.org' } })).toBe(0);
  });

  it('counts a forged X-Forwarded-For against the real address, and audits the real address', async () => {
    for (let index = 0; index < THROTTLE_MAX_FAILURES_PER_IP; index += 1) {
      const response = await post(
        { email: `rotating-${index}@example.org`, password: 'wrong-password-x' },
        { 'x-forwarded-for': `203.0.113.${index}`, [SOCKET_ADDRESS_HEADER]: '192.0.2.201' },
      );
      expect(response.status).toBe(303);
    }
    const next = await post(
      { email: 'rotating-last@example.org', password: 'wrong-password-x' },
      {
        'x-forwarded-for': '198.51.100.250',
        accept: 'application/json',
        [SOCKET_ADDRESS_HEADER]: '192.0.2.201',
      },
    );
    expect(next.status).toBe(429);
    const audits = await db.auditEvent.findMany({
      where: { action: 'auth.sign-in', targetId: { startsWith: 'rotating-' } },
    });
    expect(audits.length).toBe(THROTTLE_MAX_FAILURES_PER_IP + 1);
    expect(new Set(audits.map((row) => row.ip))).toEqual(new Set(['192.0.2.201']));
  });
});

describe('API tokens', () => {
  const bearer = (token: string) =>
    new Request('http://localhost/', { headers: { authorization: `Bearer ${token}` } });

  it('expire (90 days by default) and are refused once expired', async () => {
    const user = await makeUser(db);
    const now = new Date();
    const fresh = await createApiToken(db, user.id, { name: 'sync job' });
    expect(fresh.expiresAt.getTime() - now.getTime()).toBeGreaterThan(89.9 * 86_400_000);
    expect((await actorFromRequest(bearer(fresh.token))).kind).toBe('user');
    const old = await createApiToken(db, user.id, { days: 1, now: new Date(Date.now() - 2 * 86_400_000) });
    expect((await actorFromRequest(bearer(old.token))).kind).toBe('anonymous');
    const listed = await listApiTokens(db, user.id);
    expect(listed.map((token) => token.name)).toEqual(['', 'sync job']);
    expect(listed[1]!.lastUsedAt).not.toBeNull();
  });

  it('are revoked one by one and all at once, for good (a disable/enable cycle does not revive them)', async () => {
    const user = await makeUser(db);
    const one = await createApiToken(db, user.id, { name: 'one' });
    const two = await createApiToken(db, user.id, { name: 'two' });
    const three = await createApiToken(db, user.id, { name: 'three' });
    expect(await revokeApiToken(db, one.id)).toBe(true);
    expect(await revokeApiToken(db, one.id)).toBe(false);
    expect((await actorFromRequest(bearer(one.token))).kind).toBe('anonymous');
    expect((await actorFromRequest(bearer(two.token))).kind).toBe('user');

    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { disabled: true } });
      expect(await revokeAllApiTokens(tx, user.id)).toBe(2);
    });
    await db.user.update({ where: { id: user.id }, data: { disabled: false } });
    expect((await actorFromRequest(bearer(two.token))).kind).toBe('anonymous');
    expect((await actorFromRequest(bearer(three.token))).kind).toBe('anonymous');
  });
});

describe('malformed input is no crash', () => {
  it('treats a session cookie with broken percent-encoding as no session', async () => {
    const request = new Request('http://localhost/', { headers: { cookie: 'next-auth.session-token=%zz' } });
    await expect(actorFromRequest(request)).resolves.toEqual({ kind: 'anonymous' });
  });

  it('answers "already exists" to two creations of one email at once', async () => {
    const email = `race-${Date.now()}@example.org`;
    const results = await Promise.allSettled(
      [1, 2, 3].map(() =>
        createAccount(db, { email, name: 'Race', role: 'EDITOR', password: TEST_PASSWORD }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(AccountExistsError);
    }
  });
});
