// Rendered chart files (PNG above all: rasterising takes ~100 ms) kept per URL and data version in
// each process, one render per URL and version however many requests ask at once. Anonymous
// readers are mostly answered before this, from the public response cache (which also answers
// with the previous picture for a moment after an edit); this keeps signed-in readers and that
// cache's own renders from rasterising the same picture twice.
// A per-process cache is shared-safe here: the key carries the version from Postgres.
import { VersionedSlots, type Versioned } from '../cache/versioned-slots';

const globalForCharts = globalThis as unknown as { chartFileCache?: VersionedSlots<unknown> };
const files = (globalForCharts.chartFileCache ??= new VersionedSlots<unknown>({
  mayServeStale: () => false,
  maxEntries: 300,
  maxBytes: 64 * 2 ** 20,
  sizeOf: (value) => {
    const body = (value as { body?: unknown }).body;
    return typeof body === 'string' ? body.length * 2 : body instanceof Uint8Array ? body.length : 0;
  },
}));

/** Drops everything (tests). */
export function clearChartFileCache(): void {
  files.clear();
}

/** The file for `key` at `version`; `keep` says whether a result may be kept (errors are not). */
export function chartFile<T>(
  key: string,
  version: number,
  render: () => Promise<T>,
  keep: (value: T) => boolean,
): Promise<Versioned<T>> {
  return files.get(key, version, render, keep as (value: unknown) => boolean) as Promise<Versioned<T>>;
}
