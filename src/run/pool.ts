// A pool of worker threads (piscina) running processJob; loaded only for --jobs > 1.
import { Piscina } from 'piscina';
import type { Execute } from './runner.js';

export function makePool(threads: number): { execute: Execute; close: () => Promise<void> } {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    execute: (job) => pool.run(job),
    close: () => pool.destroy(),
  };
}
