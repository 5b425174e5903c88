// runOrdered: outcomes handed over in input order, at most `window` in flight, and jobs sent
// in full batches for as long as the input lasts (not only until the window first fills).
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/read/inputs.js';
import type { Job, Outcome } from '../../src/run/process.js';
import { runOrdered, type Execute } from '../../src/run/runner.js';

async function* items(n: number, problemEvery = 0): AsyncIterable<InputItem> {
  for (let k = 0; k < n; k++) {
    if (problemEvery && k % problemEvery === problemEvery - 1) yield { kind: 'problem', input: `bad${k}`, message: 'unreadable' };
    else yield { kind: 'file', path: `f${k}` };
  }
}

/** An executor whose batches finish in a scrambled order, recording what it was sent. */
function scrambled(): { execute: Execute; sizes: number[]; inFlight: () => number; maxInFlight: () => number } {
  const sizes: number[] = [];
  let flying = 0;
  let most = 0;
  let calls = 0;
  const execute: Execute = async (jobs: Job[]) => {
    sizes.push(jobs.length);
    flying += jobs.length;
    most = Math.max(most, flying);
    // later batches sometimes finish first
    const delay = (calls++ * 7) % 3;
    for (let k = 0; k < delay; k++) await new Promise((r) => setImmediate(r));
    flying -= jobs.length;
    return jobs.map((j): Outcome => ({ ok: true, file: j.file, chunk: j.file, warnings: [], debug: [] }));
  };
  return { execute, sizes, inFlight: () => flying, maxInFlight: () => most };
}

async function run(n: number, batch: number, window: number, problemEvery = 0) {
  const ex = scrambled();
  const seen: string[] = [];
  await runOrdered(items(n, problemEvery), {
    makeJob: async (item) => ({ file: item.kind === 'file' ? item.path : '-', load: {}, debug: false }),
    execute: ex.execute,
    batch,
    window,
    onOutcome: async (o) => { seen.push(o.file); },
  });
  return { seen, ex };
}

describe('runOrdered', () => {
  it('hands every outcome over in input order', async () => {
    const { seen } = await run(1000, 16, 64, 37);
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, k) => (k % 37 === 36 ? `bad${k}` : `f${k}`)));
  });

  it('sends full batches after the window has filled, not one job at a time', async () => {
    const { ex } = await run(1000, 16, 64);
    // 1,000 jobs in batches of 16: 62 full ones and the rest
    expect(ex.sizes.slice(0, -1).every((s) => s === 16)).toBe(true);
    expect(ex.sizes).toHaveLength(63);
  });

  it('keeps at most the window in flight', async () => {
    const { ex } = await run(500, 16, 64);
    expect(ex.maxInFlight()).toBeLessThanOrEqual(64);
    expect(ex.inFlight()).toBe(0);
  });

  it('sends a partial batch when the oldest outcome waits in it', async () => {
    // a window smaller than a batch: the batch being filled holds the oldest job
    const { seen, ex } = await run(50, 16, 5);
    expect(seen).toHaveLength(50);
    expect(Math.max(...ex.sizes)).toBeLessThanOrEqual(5);
  });
});
