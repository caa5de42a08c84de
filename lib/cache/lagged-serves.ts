// Counts the times this process answered with an aggregate older than the data version
// (cachedPublicReadWithLag). A response rendered while the count moved may hold such a figure, so
// neither the public response cache nor shared HTTP caches keep it under the new version's key: the
// next request renders again, with fresh figures once the background read has finished.
// On globalThis: instrumentation and the app's bundles load separate copies of this module.
const counter = globalThis as unknown as { laggedServes?: number };

export function noteLaggedServe(): void {
  counter.laggedServes = (counter.laggedServes ?? 0) + 1;
}

export function laggedServes(): number {
  return counter.laggedServes ?? 0;
}
