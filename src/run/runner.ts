// Runs jobs with up to `window` in flight and hands outcomes over in input order, so the
// output is byte-identical whatever the parallelism, and memory stays bounded.
import type { InputItem } from '../read/inputs.js';
import type { Job, Outcome } from './process.js';

export type Execute = (job: Job) => Promise<Outcome>;
export type Problem = { ok: false; file: string; message: string };

export interface RunOptions {
  makeJob: (item: Extract<InputItem, { kind: 'file' | 'stdin' }>) => Promise<Job>;
  execute: Execute;
  window: number;
  onOutcome: (o: Outcome) => Promise<void>;
}

export async function runOrdered(items: AsyncIterable<InputItem>, options: RunOptions): Promise<void> {
  const pending: Array<Promise<Outcome>> = [];
  for await (const item of items) {
    if (item.kind === 'problem') {
      pending.push(Promise.resolve({ ok: false, file: item.input, message: item.message }));
    } else {
      const file = item.kind === 'file' ? item.path : '-';
      const outcome = options.makeJob(item).then(options.execute).catch((e: unknown) => ({ ok: false as const, file, message: e instanceof Error ? e.message : String(e) }));
      pending.push(outcome);
    }
    while (pending.length >= options.window) await options.onOutcome(await pending.shift()!);
  }
  while (pending.length > 0) await options.onOutcome(await pending.shift()!);
}
