// After an edit, a cached public response of the version before it may answer for a moment while
// the new one renders — but only while that edit is younger than the grace period by the
// database's clock, and never for an edit this instance did not see happen (several in quick
// succession, or a request long after a quiet edit). Real DataVersion row in Postgres.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { bumpDataVersion } from '@/lib/cache/public-cache';
import { historyVersionFor, probeDataVersion, versionChangedAt } from '@/lib/cache/data-version-probe';
import { mayServeStale, STALE_GRACE_MS } from '@/lib/http/response-cache';
import { db } from '@/lib/db';

describe('stale answers after an edit', () => {
  it('are allowed right after an edit the instance saw, and no longer once it is older than the grace', async () => {
    const before = Date.now();
    const edited = await db.$transaction((tx) => bumpDataVersion(tx));
    expect(await probeDataVersion()).toBe(edited);
    const changedAt = versionChangedAt(edited)!;
    // Measured on the database's clock, placed on this process's: within the time it took.
    expect(changedAt).toBeGreaterThanOrEqual(before - 50);
    expect(changedAt).toBeLessThanOrEqual(Date.now() + 50);
    expect(mayServeStale(edited - 1)).toBe(true);
    await sleep(STALE_GRACE_MS + 50);
    expect(mayServeStale(edited - 1)).toBe(false);
  });

  it('are refused for an edit the instance never saw, however recent the later ones', async () => {
    const first = await db.$transaction((tx) => bumpDataVersion(tx));
    const second = await db.$transaction((tx) => bumpDataVersion(tx));
    expect(await probeDataVersion()).toBe(second);
    expect(versionChangedAt(first)).toBeUndefined();
    // The version before the unseen edit must not answer; the one just before the seen one may.
    expect(mayServeStale(first - 1)).toBe(false);
    expect(mayServeStale(first)).toBe(true);
  });

  it('are refused when the instance first hears of an edit long after it was made', async () => {
    const edited = await db.$transaction((tx) => bumpDataVersion(tx));
    await sleep(STALE_GRACE_MS + 50);
    expect(await probeDataVersion()).toBe(edited);
    expect(mayServeStale(edited - 1)).toBe(false);
  });
});

// Pages keyed by the proxy's read take the history version from it too, so a cached page makes no
// query of its own (it is still served while the database goes away mid-render).
describe('the history version read with the public one', () => {
  async function historyInDatabase() {
    const row = await db.dataVersion.findUnique({ where: { scope: 'history' }, select: { version: true } });
    return row?.version ?? 0;
  }

  it('stays the same through an edit dated today, and moves with any other edit', async () => {
    const before = await db.$transaction((tx) => bumpDataVersion(tx));
    expect(await probeDataVersion()).toBe(before);
    const history = historyVersionFor(before);
    expect(history).toBe(await historyInDatabase());

    const today = await db.$transaction((tx) => bumpDataVersion(tx, { history: false }));
    expect(await probeDataVersion()).toBe(today);
    expect(historyVersionFor(today)).toBe(history);

    const backdated = await db.$transaction((tx) => bumpDataVersion(tx));
    expect(await probeDataVersion()).toBe(backdated);
    expect(historyVersionFor(backdated)).toBe(history! + 1);
    expect(historyVersionFor(backdated)).toBe(await historyInDatabase());
  });

  it('is unknown for a version this instance never read, so the page asks Postgres', async () => {
    const unseen = await db.$transaction((tx) => bumpDataVersion(tx));
    await db.$transaction((tx) => bumpDataVersion(tx));
    await probeDataVersion();
    expect(historyVersionFor(unseen)).toBeUndefined();
  });
});
