// Searches take turns in this process. A word common to the whole history makes one search cost
// ~50 ms of Postgres CPU; twenty readers searching together, each running its four queries at
// once, kept every core of the database busy, and every page render and every edit of the
// instance queued behind them (measured on the large dataset, 2 cores: an editor's save took
// ~0.8 s and reached the public page after 1.3–1.8 s). So at most SEARCH_CONCURRENCY searches run
// at a time, first come first served, each running its queries one after another
// (lib/queries/search.ts): however many search, they keep at most two backends busy. Measured the
// same way: saves reach the public page in 0.1–0.7 s, at 31 instead of 50 such searches a second.
// Waiting searches hold no connection.
//
// Deliberately per instance, in memory: it protects this process's pool and its share of the
// database, which is not shared state.

export const SEARCH_CONCURRENCY = 2;

export interface TurnGate {
  /** Runs `task` when one of the turns is free, in the order the tasks arrived. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting now. */
  load(): { running: number; waiting: number };
}

export function createTurnGate(limit: number): TurnGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    // The turn passes straight to the next task: `running` stays counted.
    if (next) next();
    else running -= 1;
  };
  return {
    async run(task) {
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}

const globalForSearch = globalThis as unknown as { searchGate?: TurnGate };
export const searchGate = (globalForSearch.searchGate ??= createTurnGate(SEARCH_CONCURRENCY));
