// Searches take turns: a crowd of searches never runs more than the gate's limit at once (so page
// renders and edits keep the rest of the database), later searches run in the order they came,
// and a search that fails gives its turn back.
import { describe, expect, it } from 'vitest';
import { createTurnGate } from '@/lib/search/search-gate';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the search turn gate', () => {
  it('runs at most its limit at once and the rest in arrival order', async () => {
    const gate = createTurnGate(2);
    const started: number[] = [];
    const tasks = Array.from({ length: 5 }, () => deferred());
    const runs = tasks.map((task, index) =>
      gate.run(async () => {
        started.push(index);
        await task.promise;
        return index;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.load()).toEqual({ running: 2, waiting: 3 });

    tasks[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    tasks[0]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    expect(gate.load()).toEqual({ running: 2, waiting: 1 });

    for (const task of tasks) task.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('gives the turn back when a search fails', async () => {
    const gate = createTurnGate(1);
    const failing = deferred();
    const first = gate.run(() => failing.promise);
    const second = gate.run(async () => 'ran');
    await tick();
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    failing.reject(new Error('statement timeout'));
    await expect(first).rejects.toThrow('statement timeout');
    await expect(second).resolves.toBe('ran');
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });
});
