// Rendered chart files (PNG above all: rasterising takes ~100 ms) kept per URL in each process.
// Every file is tied to the data version it was drawn from. When an edit bumps the version, the
// first request for a URL starts the new render off the request path and, for a short while, is
// answered with the previous version's bytes — tagged with *that* version (X-Data-Version, ETag),
// so no cache mistakes them for the new ones. After STALE_GRACE_MS requests wait for the render:
// an edit is never hidden longer than that, well inside the one second the issue allows.
// A per-process cache is shared-safe here: the key carries the version from Postgres.

export const STALE_GRACE_MS = 700;
const MAX_URLS = 300;

interface Rendered<T> {
  version: number;
  value: T;
}

interface Slot<T> {
  current?: Rendered<T>;
  pending?: { version: number; startedAt: number; promise: Promise<T> };
}

const globalForCharts = globalThis as unknown as { chartFileCache?: Map<string, Slot<unknown>> };
const slots = (globalForCharts.chartFileCache ??= new Map());

/** Drops everything (tests). */
export function clearChartFileCache(): void {
  slots.clear();
}

/**
 * The file for `key` at `version`, or the previous version's file while the new one renders for
 * less than `graceMs` (0: always the current version). `keep` says whether a result may be kept
 * (errors are not).
 */
export async function chartFile<T>(
  key: string,
  version: number,
  render: () => Promise<T>,
  keep: (value: T) => boolean,
  graceMs = STALE_GRACE_MS,
): Promise<Rendered<T>> {
  let slot = slots.get(key) as Slot<T> | undefined;
  if (slot) {
    // Recency order for the bound below.
    slots.delete(key);
    slots.set(key, slot);
  } else {
    slot = {};
    slots.set(key, slot);
    while (slots.size > MAX_URLS) slots.delete(slots.keys().next().value!);
  }
  if (slot.current && slot.current.version >= version) return slot.current;

  if (!slot.pending || slot.pending.version < version) {
    const started = { version, startedAt: Date.now(), promise: render() };
    slot.pending = started;
    const owner = slot;
    started.promise.then(
      (value) => {
        if (keep(value) && (!owner.current || owner.current.version < version)) {
          owner.current = { version, value };
        }
        if (owner.pending === started) owner.pending = undefined;
      },
      () => {
        if (owner.pending === started) owner.pending = undefined;
      },
    );
  }
  const pending = slot.pending;
  if (slot.current && Date.now() - pending.startedAt < graceMs) return slot.current;
  return { version: pending.version, value: await pending.promise };
}
