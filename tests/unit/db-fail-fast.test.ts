// The breaker that keeps a frozen database from holding each request for a timeout per query.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseNotAnsweringError, withFailFast } from '@/lib/db-fail-fast';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';

type Operation = (args: { args: unknown; query: (args: unknown) => Promise<unknown> }) => Promise<unknown>;

/** A stand-in client: run(fn) performs one "operation" through the extension. */
function fakeClient() {
  let operation: Operation | undefined;
  const client = {
    $extends(extension: { query: { $allOperations: Operation } }) {
      operation = extension.query.$allOperations;
      return {
        run: (query: () => Promise<unknown>) => operation!({ args: {}, query: async () => query() }),
      };
    },
  };
  return withFailFast(client as unknown as PrismaClient, 2000) as unknown as {
    run: (query: () => Promise<unknown>) => Promise<unknown>;
  };
}

const noAnswer = () => Promise.reject(new Error('Query read timeout'));
const ok = () => Promise.resolve('rows');

describe('withFailFast', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('fails queries at once after the driver timed out, as a database-unavailable error', async () => {
    const db = fakeClient();
    await expect(db.run(noAnswer)).rejects.toThrow('Query read timeout');
    const query = vi.fn(ok);
    await expect(db.run(query)).rejects.toBeInstanceOf(DatabaseNotAnsweringError);
    expect(query).not.toHaveBeenCalled();
    expect(isDatabaseUnavailable(new DatabaseNotAnsweringError())).toBe(true);
  });

  it('lets one trial query through after the cool-down and closes when it succeeds', async () => {
    const db = fakeClient();
    await expect(db.run(noAnswer)).rejects.toThrow();
    vi.setSystemTime(2001);
    let finishTrial: (value: string) => void = () => {};
    const trial = db.run(() => new Promise((resolve) => (finishTrial = resolve)));
    // While the trial is out, everyone else still fails fast.
    await expect(db.run(ok)).rejects.toBeInstanceOf(DatabaseNotAnsweringError);
    finishTrial('rows');
    await expect(trial).resolves.toBe('rows');
    await expect(db.run(ok)).resolves.toBe('rows');
  });

  it('stays open when the trial times out too, and ignores ordinary query errors', async () => {
    const db = fakeClient();
    await expect(db.run(() => Promise.reject(new Error('unique constraint')))).rejects.toThrow('unique');
    await expect(db.run(ok)).resolves.toBe('rows');
    await expect(db.run(noAnswer)).rejects.toThrow();
    vi.setSystemTime(2001);
    await expect(db.run(noAnswer)).rejects.toThrow('Query read timeout');
    await expect(db.run(ok)).rejects.toBeInstanceOf(DatabaseNotAnsweringError);
  });
});
