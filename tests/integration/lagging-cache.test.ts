// The status-over-time counts are too costly to recompute on every edit: after an edit the last
// counts are served while one read for the new data runs, and never when they are older than the
// allowed lag. Versions come from the real data-version row in Postgres.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { bumpDataVersion, cachedPublicReadWithLag } from '@/lib/cache/public-cache';
import { laggedServes, lagsResolved } from '@/lib/cache/lagged-serves';
import { db } from '@/lib/db';

/** A read that counts its calls and takes `ms` to answer. */
function slowCounter(ms: number) {
  let calls = 0;
  return {
    read: async () => {
      calls += 1;
      const call = calls;
      await sleep(ms);
      return call;
    },
    calls: () => calls,
  };
}

describe('cachedPublicReadWithLag', () => {
  it('serves the last value right after an edit while one fresh read runs, then the fresh one', async () => {
    const counter = slowCounter(150);
    const key = `test-lag:${Math.random()}`;
    expect(await cachedPublicReadWithLag(key, counter.read, 30_000)).toBe(1);
    await bumpDataVersion(db);
    const servesBefore = laggedServes();
    const started = performance.now();
    // Three readers after the edit: all answered at once with the previous value, one read runs.
    const during = await Promise.all([1, 2, 3].map(() => cachedPublicReadWithLag(key, counter.read, 30_000)));
    expect(during).toEqual([1, 1, 1]);
    expect(performance.now() - started).toBeLessThan(140);
    expect(counter.calls()).toBe(2);
    // Counted, so the response cache and HTTP caches do not keep what was rendered with them.
    expect(laggedServes() - servesBefore).toBe(3);
    const caughtUpBefore = lagsResolved();
    await sleep(300);
    // Counted too: a provisional page rendered meanwhile is now worth rendering again.
    expect(lagsResolved()).toBe(caughtUpBefore + 1);
    expect(await cachedPublicReadWithLag(key, counter.read, 30_000)).toBe(2);
    expect(counter.calls()).toBe(2);
  });

  it('waits for fresh data once the last value is older than the allowed lag', async () => {
    const counter = slowCounter(20);
    const key = `test-lag:${Math.random()}`;
    expect(await cachedPublicReadWithLag(key, counter.read, 50)).toBe(1);
    await sleep(80);
    await bumpDataVersion(db);
    expect(await cachedPublicReadWithLag(key, counter.read, 50)).toBe(2);
  });

  it('without an edit, never reads again', async () => {
    const counter = slowCounter(5);
    const key = `test-lag:${Math.random()}`;
    await cachedPublicReadWithLag(key, counter.read, 30_000);
    const servesBefore = laggedServes();
    await cachedPublicReadWithLag(key, counter.read, 30_000);
    expect(counter.calls()).toBe(1);
    expect(laggedServes()).toBe(servesBefore);
  });
});
