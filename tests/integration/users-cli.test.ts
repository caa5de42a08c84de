// `npm run users -- …` against a real database: tokens with names and expiries, listing and
// revoking them, disable revoking them for good, unlock, and a clean answer to duplicate creation.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THROTTLE_MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/constants';
import { db } from '@/lib/db';
import { makeUser } from '../support/auth-fixtures';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function users(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['scripts/users.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('users CLI', () => {
  it('makes named tokens with an expiry, lists them, revokes one, and disable revokes the rest', async () => {
    const user = await makeUser(db);
    const made = await users(['token', '--email', user.email, '--name', 'sync job', '--days', '30']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toMatch(/^ct_[\w-]{43}$/);
    await users(['token', '--email', user.email]);
    const rows = await db.apiToken.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' } });
    expect(rows.map((row) => row.name)).toEqual(['sync job', '']);
    const days = (row: (typeof rows)[number]) =>
      (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days(rows[0]!)).toBeCloseTo(30, 3);
    expect(days(rows[1]!)).toBeCloseTo(90, 3);

    const listed = await users(['tokens', '--email', user.email]);
    expect(listed.stdout).toContain('sync job');
    expect(listed.stdout).toMatch(/expires/);

    const revoked = await users(['revoke-token', '--id', String(rows[0]!.id)]);
    expect(revoked.stdout).toContain(`revoked API token ${rows[0]!.id}`);

    const disabled = await users(['disable', '--email', user.email]);
    expect(disabled.stdout).toContain('1 API token(s) revoked');
    await users(['enable', '--email', user.email]);
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    const bad = await users(['token', '--email', user.email, '--days', '0']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--days must be/);
  });

  it('unlocks an account', async () => {
    const user = await makeUser(db);
    await db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE_MAX_FAILURES_PER_ACCOUNT }, () => ({
        email: user.email,
        ip: '203.0.113.5',
        succeeded: false,
      })),
    });
    const result = await users(['unlock', '--email', user.email]);
    expect(result.stdout).toContain(`${THROTTLE_MAX_FAILURES_PER_ACCOUNT} failed attempt(s) no longer count`);
    expect(await db.loginAttempt.count({ where: { email: user.email, clearedAt: null } })).toBe(0);
  });

  it('answers a duplicate creation with one plain line, even when two run at once', async () => {
    const email = `cli-race-${Date.now()}@example.org`;
    const password = 'violet-harbour-lantern-42\n';
    const runs = await Promise.all(
      [1, 2].map(() => users(['create', '--email', email, '--name', 'Race', '--role', 'editor'], password)),
    );
    expect(runs.map((run) => run.code).sort()).toEqual([0, 1]);
    const failed = runs.find((run) => run.code === 1)!;
    // Progress lines go to stderr too; the error is the last line, and there is no stack trace.
    expect(failed.stderr.trim().split('\n').at(-1)).toBe(`configuration error: ${email} already exists`);
    expect(failed.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  });
});
