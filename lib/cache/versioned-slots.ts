// Values computed once per key and data version, shared by every concurrent request, with an
// optional stale-while-revalidate rule: when an edit bumps the data version, the first request for
// a key starts the new computation and waits for it; requests arriving while it runs are answered
// with the previous version's value as long as `mayServeStale(previous version)` holds — labelled
// with *that* version, so the caller can tag it honestly (ETag, X-Data-Version) — else they wait
// too. So a lone reader always gets the new value, and a crowd does not queue behind a render.
// Computations kept off the request path (chart pictures: `starterWaits` false, and `refresh`)
// also run one at a time per key: edits arriving during one are computed once, right after it.
// Per process: the version comes from Postgres, so every instance agrees on what is current.

export interface Versioned<T> {
  version: number;
  value: T;
}

interface Slot<T> {
  current?: Versioned<T> & { computedAt: number };
  /** sizeOf(current.value), counted in the store's total. */
  bytes: number;
  pending?: { version: number; promise: Promise<T> };
  /** The newest version asked for while `pending` computes an older one (one at a time per key). */
  queued?: Queued<T>;
}

interface Queued<T> {
  version: number;
  compute: () => Promise<T>;
  keep: (value: T) => boolean;
  done: Promise<Versioned<T>>;
  resolve: (value: Versioned<T>) => void;
  reject: (error: unknown) => void;
}

export interface VersionedSlotsOptions<T> {
  /** Whether a value of this version may still answer while a newer one computes. */
  mayServeStale: (version: number) => boolean;
  /**
   * False for a provisional value (one holding a lagging figure): it answers for its version, and
   * a request at least PROVISIONAL_REFRESH_MS after it was computed starts its replacement.
   */
  isFinal?: (value: T) => boolean;
  maxEntries: number;
  /** Bound on the sum of `sizeOf` over kept values; least recently used keys go first. */
  maxBytes: number;
  sizeOf: (value: T) => number;
}

/** How often a provisional value is recomputed while it is being asked for. */
export const PROVISIONAL_REFRESH_MS = 250;

export class VersionedSlots<T> {
  private readonly slots = new Map<string, Slot<T>>();
  private bytes = 0;

  constructor(private readonly options: VersionedSlotsOptions<T>) {}

  /**
   * The value for `key` at `version` (or newer), or the previous one while it may serve stale.
   * `keep` says whether a computed value may be kept (a failed render is only handed to the
   * requests that waited for it). A rejected computation rejects its waiters and is not kept.
   */
  async get(
    key: string,
    version: number,
    compute: () => Promise<T>,
    keep: (value: T) => boolean = () => true,
    /**
     * False: even the request starting the computation gets the previous value (off its path), and
     * the key is computed one version at a time.
     */
    starterWaits = true,
  ): Promise<Versioned<T>> {
    const slot = this.slot(key);
    const { current } = slot;
    if (current && current.version >= version) {
      if (
        !slot.pending &&
        !this.isFinal(current.value) &&
        Date.now() - current.computedAt >= PROVISIONAL_REFRESH_MS
      ) {
        this.start(key, slot, current.version, compute, keep);
      }
      return { version: current.version, value: current.value };
    }
    if (!starterWaits && slot.pending && slot.pending.version < version) {
      // Already computing an older version: not a second computation of the key at once (two
      // rasterisations on two cores would slow both and fall further behind); the newest version
      // asked for is computed right after. Meanwhile: the previous value where the rule allows,
      // else the one computing, else the newest.
      const queued = this.queue(slot, version, compute, keep);
      if (current && this.options.mayServeStale(current.version))
        return { version: current.version, value: current.value };
      const running = slot.pending;
      const value = await running.promise.catch(() => undefined);
      if (value !== undefined && this.options.mayServeStale(running.version))
        return { version: running.version, value };
      return queued;
    }
    const started = !slot.pending || slot.pending.version < version;
    if (started) this.start(key, slot, version, compute, keep);
    if ((!started || !starterWaits) && current && this.options.mayServeStale(current.version))
      return { version: current.version, value: current.value };
    const pending = slot.pending!;
    return { version: pending.version, value: await pending.promise };
  }

  /**
   * Computes `key` at `version` ahead of any reader, unless that value (or a newer one) is kept or
   * already computing; resolves once it is done, whether or not it succeeded.
   */
  async refresh(
    key: string,
    version: number,
    compute: () => Promise<T>,
    keep: (value: T) => boolean = () => true,
  ): Promise<void> {
    const slot = this.slot(key);
    if (slot.current && slot.current.version >= version) return;
    if (!slot.pending) this.start(key, slot, version, compute, keep);
    else if (slot.pending.version < version) {
      await this.queue(slot, version, compute, keep).catch(() => {});
      return;
    }
    await slot.pending!.promise.catch(() => {});
  }

  /** Drops every value (tests). */
  clear(): void {
    this.slots.clear();
    this.bytes = 0;
  }

  private slot(key: string): Slot<T> {
    let slot = this.slots.get(key);
    if (slot) {
      // Recency order for eviction.
      this.slots.delete(key);
      this.slots.set(key, slot);
      return slot;
    }
    slot = { bytes: 0 };
    this.slots.set(key, slot);
    this.evict();
    return slot;
  }

  private start(
    key: string,
    slot: Slot<T>,
    version: number,
    compute: () => Promise<T>,
    keep: (value: T) => boolean,
  ): void {
    const pending = { version, promise: compute() };
    slot.pending = pending;
    pending.promise.then(
      (value) => {
        if (slot.pending === pending) slot.pending = undefined;
        // The slot may have been evicted meanwhile: keep the value only if it is still the key's.
        if (keep(value) && this.replaces(slot.current, version) && this.slots.get(key) === slot) {
          this.bytes -= slot.bytes;
          slot.current = { version, value, computedAt: Date.now() };
          slot.bytes = this.options.sizeOf(value);
          this.bytes += slot.bytes;
          this.evict();
        }
        this.startQueued(key, slot);
      },
      () => {
        if (slot.pending === pending) slot.pending = undefined;
        this.startQueued(key, slot);
      },
    );
  }

  /** Asks for `version` once the key's running computation is done (the newest ask wins). */
  private queue(
    slot: Slot<T>,
    version: number,
    compute: () => Promise<T>,
    keep: (value: T) => boolean,
  ): Promise<Versioned<T>> {
    if (slot.queued) {
      // Whoever waited for an older queued version gets this newer one, labelled as such.
      if (slot.queued.version < version) Object.assign(slot.queued, { version, compute, keep });
      return slot.queued.done;
    }
    let resolve!: Queued<T>['resolve'];
    let reject!: Queued<T>['reject'];
    const done = new Promise<Versioned<T>>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Nobody may be waiting on it (a background refresh): a failure must not go unhandled.
    done.catch(() => {});
    slot.queued = { version, compute, keep, done, resolve, reject };
    return done;
  }

  private startQueued(key: string, slot: Slot<T>): void {
    const queued = slot.queued;
    if (!queued || slot.pending) return;
    slot.queued = undefined;
    if (slot.current && slot.current.version >= queued.version) {
      queued.resolve({ version: slot.current.version, value: slot.current.value });
      return;
    }
    this.start(key, slot, queued.version, queued.compute, queued.keep);
    slot.pending!.promise.then((value) => queued.resolve({ version: queued.version, value }), queued.reject);
  }

  private isFinal(value: T): boolean {
    return this.options.isFinal?.(value) ?? true;
  }

  /** A new value replaces an older version's, or a provisional one of the same version. */
  private replaces(current: Slot<T>['current'], version: number): boolean {
    return (
      !current || current.version < version || (current.version === version && !this.isFinal(current.value))
    );
  }

  private evict(): void {
    const { maxEntries, maxBytes } = this.options;
    while (this.slots.size > maxEntries || (this.bytes > maxBytes && this.slots.size > 1)) {
      const [oldestKey, oldest] = this.slots.entries().next().value!;
      this.slots.delete(oldestKey);
      this.bytes -= oldest.bytes;
    }
  }
}
