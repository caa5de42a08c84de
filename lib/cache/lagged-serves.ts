// Counts the times this process answered with an aggregate older than the data version
// (cachedPublicReadWithLag), and the background reads that since caught up. A response rendered
// while the first count moved may hold such a figure: the public response cache keeps it only as a
// provisional page under a tag of its own, and renders it again once a background read has caught
// up (the second count moved), not before — re-rendering sooner would show the same lagging figure.
// On globalThis: instrumentation and the app's bundles load separate copies of this module.
const counter = globalThis as unknown as { laggedServes?: number; lagsResolved?: number };

export function noteLaggedServe(): void {
  counter.laggedServes = (counter.laggedServes ?? 0) + 1;
}

export function laggedServes(): number {
  return counter.laggedServes ?? 0;
}

/** A background read for a newer version finished: lagging figures may now be fresh. */
export function noteLagResolved(): void {
  counter.lagsResolved = (counter.lagsResolved ?? 0) + 1;
}

export function lagsResolved(): number {
  return counter.lagsResolved ?? 0;
}
