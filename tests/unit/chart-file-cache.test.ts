import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartFile, clearChartFileCache, STALE_GRACE_MS } from '@/lib/export/chart-file-cache';

const keepAll = () => true;

/** A render the test finishes by hand. */
function deferred() {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve, render: vi.fn(() => promise) };
}

afterEach(() => {
  vi.useRealTimers();
  clearChartFileCache();
});

describe('chart file cache', () => {
  it('renders once per URL and version, and again after the version changes', async () => {
    const render = vi.fn(async () => 'v1 bytes');
    await chartFile('a.png', 1, render, keepAll);
    expect(await chartFile('a.png', 1, render, keepAll)).toEqual({ version: 1, value: 'v1 bytes' });
    expect(render).toHaveBeenCalledTimes(1);
    const next = vi.fn(async () => 'v2 bytes');
    // No earlier file for this URL at hand: the request waits for the new one.
    expect(await chartFile('b.png', 2, next, keepAll)).toEqual({ version: 2, value: 'v2 bytes' });
  });

  it('answers with the previous version while the new one renders, then only for the grace period', async () => {
    vi.useFakeTimers();
    await chartFile('a.png', 1, async () => 'old', keepAll);
    const slow = deferred();
    expect(await chartFile('a.png', 2, slow.render, keepAll)).toEqual({ version: 1, value: 'old' });
    expect(await chartFile('a.png', 2, slow.render, keepAll)).toEqual({ version: 1, value: 'old' });
    expect(slow.render).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(STALE_GRACE_MS + 1);
    const waiting = chartFile('a.png', 2, slow.render, keepAll);
    slow.resolve('new');
    expect(await waiting).toEqual({ version: 2, value: 'new' });
    expect(await chartFile('a.png', 2, slow.render, keepAll)).toEqual({ version: 2, value: 'new' });
  });

  it('does not keep results the caller refuses (errors)', async () => {
    const render = vi.fn(async () => 'error');
    await chartFile('a.png', 1, render, (value) => value !== 'error');
    await chartFile('a.png', 1, render, (value) => value !== 'error');
    expect(render).toHaveBeenCalledTimes(2);
  });
});
