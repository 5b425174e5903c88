// A pool of worker threads (piscina) running batches of jobs (processJobs); loaded only for --jobs > 1.
import { Piscina } from 'piscina';
import type { Execute } from './runner.js';

export function makePool(threads: number): { execute: Execute; close: () => Promise<void> } {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    execute: (jobs) => pool.run(jobs),
    close: () => pool.destroy(),
  };
}
