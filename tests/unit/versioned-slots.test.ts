// The store behind the public response cache and the chart file cache: one computation per key and
// data version, and the previous version's value only while the caller's rule allows it.
import { describe, expect, it, vi } from 'vitest';
import { PROVISIONAL_REFRESH_MS, VersionedSlots } from '@/lib/cache/versioned-slots';

/** A store whose stale rule the test switches by hand; values ending in "~" are provisional. */
function slots() {
  const rule = { staleAllowed: true };
  const store = new VersionedSlots<string>({
    mayServeStale: () => rule.staleAllowed,
    isFinal: (value) => !value.endsWith('~'),
    maxEntries: 10,
    maxBytes: 1000,
    sizeOf: (value) => value.length,
  });
  return Object.assign(store, { rule });
}

/** A computation the test finishes by hand. */
function deferred() {
  let resolve!: (value: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((done, fail) => ((resolve = done), (reject = fail)));
  return { resolve, reject, compute: vi.fn(() => promise) };
}

describe('VersionedSlots', () => {
  it('computes once per key and version, however many ask at once, and again after an edit', async () => {
    const store = slots();
    const first = deferred();
    const together = [1, 2, 3].map(() => store.get('/en', 1, first.compute));
    first.resolve('v1');
    expect(await Promise.all(together)).toEqual([1, 2, 3].map(() => ({ version: 1, value: 'v1' })));
    expect(first.compute).toHaveBeenCalledTimes(1);
    // Another key never shares a value; a first request with nothing earlier waits for its own.
    expect(await store.get('/vi', 2, async () => 'vi v2')).toEqual({ version: 2, value: 'vi v2' });
  });

  it('makes the request that starts a new computation wait; others get the previous value meanwhile', async () => {
    const store = slots();
    await store.get('/en', 1, async () => 'old');
    const slow = deferred();
    const starter = store.get('/en', 2, slow.compute);
    expect(await store.get('/en', 2, slow.compute)).toEqual({ version: 1, value: 'old' });
    expect(await store.get('/en', 2, slow.compute)).toEqual({ version: 1, value: 'old' });
    expect(slow.compute).toHaveBeenCalledTimes(1);

    // Once the rule says the previous value is too old, everyone waits for the new one.
    store.rule.staleAllowed = false;
    const waiting = store.get('/en', 2, slow.compute);
    slow.resolve('new');
    expect(await starter).toEqual({ version: 2, value: 'new' });
    expect(await waiting).toEqual({ version: 2, value: 'new' });
    expect(await store.get('/en', 2, slow.compute)).toEqual({ version: 2, value: 'new' });
    expect(slow.compute).toHaveBeenCalledTimes(1);
  });

  it('can keep the computation off every request, the starting one included', async () => {
    const store = slots();
    await store.get('/chart.png', 1, async () => 'old picture');
    const slow = deferred();
    const keep = () => true;
    expect(await store.get('/chart.png', 2, slow.compute, keep, false)).toEqual({
      version: 1,
      value: 'old picture',
    });
    slow.resolve('new picture');
    await Promise.resolve();
    expect(await store.get('/chart.png', 2, slow.compute, keep, false)).toEqual({
      version: 2,
      value: 'new picture',
    });
  });

  it('computes a picture one version at a time, the newest asked for right after the running one', async () => {
    const store = slots();
    const keep = () => true;
    await store.get('/chart.png', 1, async () => 'v1');
    const second = deferred();
    await store.get('/chart.png', 2, second.compute, keep, false);
    // Edits 3 and 4 arrive while version 2 is still being drawn: not drawn alongside it.
    const third = deferred();
    const fourth = deferred();
    expect(await store.get('/chart.png', 3, third.compute, keep, false)).toEqual({ version: 1, value: 'v1' });
    expect(await store.get('/chart.png', 4, fourth.compute, keep, false)).toEqual({
      version: 1,
      value: 'v1',
    });
    expect(third.compute).not.toHaveBeenCalled();
    expect(fourth.compute).not.toHaveBeenCalled();

    // Version 1 may no longer answer: a reader waits for the picture being drawn (version 2), which
    // the rule still allows, rather than for a new drawing from scratch.
    store.rule.staleAllowed = false;
    const reader = store.get('/chart.png', 4, fourth.compute, keep, false);
    store.rule.staleAllowed = true;
    second.resolve('v2');
    expect(await reader).toEqual({ version: 2, value: 'v2' });
    // Then only the newest version asked for is drawn.
    expect(third.compute).not.toHaveBeenCalled();
    expect(fourth.compute).toHaveBeenCalledTimes(1);
    fourth.resolve('v4');
    await vi.waitFor(async () =>
      expect(await store.get('/chart.png', 4, fourth.compute, keep, false)).toEqual({
        version: 4,
        value: 'v4',
      }),
    );
  });

  it('makes a reader wait for the newest picture when even the one being drawn is too old', async () => {
    const store = slots();
    const keep = () => true;
    await store.get('/chart.png', 1, async () => 'v1');
    const second = deferred();
    await store.get('/chart.png', 2, second.compute, keep, false);
    store.rule.staleAllowed = false;
    const third = deferred();
    const reader = store.get('/chart.png', 3, third.compute, keep, false);
    second.resolve('v2');
    await vi.waitFor(() => expect(third.compute).toHaveBeenCalledTimes(1));
    third.resolve('v3');
    expect(await reader).toEqual({ version: 3, value: 'v3' });
  });

  it('refreshes ahead of readers one version at a time too', async () => {
    const store = slots();
    await store.get('/chart.png', 1, async () => 'v1');
    const second = deferred();
    const third = deferred();
    const refreshing = store.refresh('/chart.png', 2, second.compute);
    const following = store.refresh('/chart.png', 3, third.compute);
    expect(third.compute).not.toHaveBeenCalled();
    second.resolve('v2');
    await refreshing;
    await vi.waitFor(() => expect(third.compute).toHaveBeenCalledTimes(1));
    third.reject(new Error('rasteriser crashed'));
    // A failed refresh resolves (nobody waits on it) and keeps the last good picture.
    await following;
    expect(await store.get('/chart.png', 2, third.compute)).toEqual({ version: 2, value: 'v2' });
  });

  it('starts again after a failed computation, its starter waiting for the retry', async () => {
    const store = slots();
    await store.get('/en', 1, async () => 'old');
    const failing = deferred();
    const starter = store.get('/en', 2, failing.compute);
    expect((await store.get('/en', 2, failing.compute)).value).toBe('old');
    failing.reject(new Error('render failed'));
    await expect(starter).rejects.toThrow('render failed');
    const retry = deferred();
    const waiting = store.get('/en', 2, retry.compute);
    retry.resolve('new');
    expect(await waiting).toEqual({ version: 2, value: 'new' });
    expect(retry.compute).toHaveBeenCalledTimes(1);
  });

  it('answers with a provisional value for its version while a later computation replaces it', async () => {
    vi.useFakeTimers();
    const store = slots();
    const compute = vi.fn(async () => (compute.mock.calls.length < 2 ? 'lagging~' : 'whole'));
    expect(await store.get('/en', 3, compute)).toEqual({ version: 3, value: 'lagging~' });
    // Not recomputed at every request: once it is PROVISIONAL_REFRESH_MS old.
    expect(await store.get('/en', 3, compute)).toEqual({ version: 3, value: 'lagging~' });
    expect(compute).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(PROVISIONAL_REFRESH_MS);
    expect(await store.get('/en', 3, compute)).toEqual({ version: 3, value: 'lagging~' });
    expect(compute).toHaveBeenCalledTimes(2);
    await vi.runAllTimersAsync();
    expect(await store.get('/en', 3, compute)).toEqual({ version: 3, value: 'whole' });
    vi.advanceTimersByTime(PROVISIONAL_REFRESH_MS);
    await store.get('/en', 3, compute);
    expect(compute).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('hands a refused value to its waiters without keeping it', async () => {
    const store = slots();
    const compute = vi.fn(async () => 'error');
    const refuse = (value: string) => value !== 'error';
    expect((await store.get('/en', 1, compute, refuse)).value).toBe('error');
    await store.get('/en', 1, compute, refuse);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps within its byte bound by dropping the least recently used keys', async () => {
    const store = slots();
    await store.get('a', 1, async () => 'x'.repeat(400));
    await store.get('b', 1, async () => 'y'.repeat(400));
    await store.get('a', 1, async () => 'recomputed'); // a is now the most recently used
    await store.get('c', 1, async () => 'z'.repeat(400));
    const b = vi.fn(async () => 'b again');
    expect((await store.get('b', 1, b)).value).toBe('b again');
    expect((await store.get('a', 1, async () => 'recomputed')).value).toBe('x'.repeat(400));
  });
});
