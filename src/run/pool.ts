// A pool of worker threads (piscina) running batches of jobs (processJobs); loaded only for --jobs > 1.
import { Piscina } from 'piscina';
import type { Execute } from './runner.js';

function heapLimit(): number {
  const set = Number(process.env.DVK_WORKER_HEAP_MB);
  return Number.isInteger(set) && set > 0 ? set : 1024;
}

export function makePool(threads: number): { execute: Execute; close: () => Promise<void> } {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // a worker holds its next batch while it runs one, so it need not wait for the main
    // thread, which shares the cores with the workers, to hand it more (workers still idle
    // 10–20% of the time in profiles: see BENCHMARKS.md)
    concurrentTasksPerWorker: 2,
    // a smaller young generation than V8's default (45 MB less peak memory with two workers,
    // measured on 6,000 articles), but not too small: with 8 MB the workers collected so often
    // that 20,000 articles took ~11% longer than with 16 MB (median of five alternating runs:
    // 11.7 s against 10.4 s; peak 210–215 MiB against 238–249 MiB).
    // An old generation of at most 1 GB: V8 then grows the heap of each worker less eagerly
    // (20,000 articles: 192–199 MiB peak instead of 271–287; with 2 GB, as without a limit),
    // speed the same within the noise. An article that needs more (a 50 MB line with
    // --max-bytes raised) is read again in the main thread (extract-command.ts).
    // (DVK_WORKER_HEAP_MB sets another bound: the tests use a tiny one to make workers fail.)
    resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: heapLimit() },
  });
  // a worker that dies outside a task (its batch, if any, is rejected and retried: see
  // extract-command.ts) must not take the process down with an unhandled 'error' event
  pool.on('error', () => undefined);
  return {
    execute: (jobs) => pool.run(jobs),
    close: () => pool.destroy(),
  };
}
