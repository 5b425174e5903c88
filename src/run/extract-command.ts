// dvk extract: inputs → records → writer, with every failure named on stderr.
import { expandInputs } from '../read/inputs.js';
import { DEFAULT_MAX_BYTES } from '../read/load.js';
import { makeWriter, type Format } from '../write/writers.js';
import type { Table } from '../write/rows.js';
import type { Job, Outcome } from './process.js';
import { runOrdered, type Execute } from './runner.js';
import { fileOutput, formatOfPath, stdoutOutput } from './output.js';
import { readStdin } from './stdin.js';
import type { Reporter } from './reporter.js';

// Articles a worker gets in one message (see runner.ts)
const BATCH = 16;

export interface ExtractCommandOptions {
  inputs: string[];
  output?: string;
  format?: Format;
  table: Table;
  encoding?: string;
  filesFrom?: string;
  jobs: number;
  maxBytes?: number;
  bom: boolean;
  debug: boolean;
  reporter: Reporter;
}

/** Runs an extraction; resolves to the exit status (0 all read, 1 some inputs failed). */
export async function extractCommand(o: ExtractCommandOptions): Promise<number> {
  const format: Format = o.format ?? (o.output ? formatOfPath(o.output) : null) ?? 'csv';
  const out = o.output ? fileOutput(o.output) : stdoutOutput();
  const writer = makeWriter(out.stream, { format, table: o.table, bom: o.bom });
  const load = { encoding: o.encoding, maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES };
  const { execute, close } = await executor(o.jobs);
  let failures = 0;
  if (o.reporter.showsProgress) void countInputs(o).then((n) => o.reporter.setTotal(n));
  try {
    await runOrdered(expandInputs(o.inputs, { filesFrom: o.filesFrom, readStdin }), {
      batch: BATCH,
      window: Math.max(1, o.jobs) * BATCH * 4,
      execute,
      makeJob: async (item): Promise<Job> =>
        item.kind === 'stdin'
          ? { file: '-', bytes: await readStdin(), load, debug: o.debug, output: { format, table: o.table } }
          : { file: item.path, load, debug: o.debug, output: { format, table: o.table } },
      onOutcome: async (outcome) => {
        if (outcome.ok) {
          for (const line of outcome.debug) o.reporter.debug(`${outcome.file}: ${line}`);
          for (const w of outcome.warnings) o.reporter.warn(`${outcome.file}: ${w}`);
          await writer.write(outcome.chunk ?? '');
          o.reporter.tick(true);
        } else {
          failures++;
          o.reporter.error(`${outcome.file}: ${outcome.message}`);
          o.reporter.tick(false);
        }
      },
    });
    await writer.end();
    await out.close();
  } finally {
    await close();
    o.reporter.done();
  }
  return failures > 0 ? 1 : 0;
}

/**
 * A worker that dies takes its batch with it; each input of the batch is then tried again
 * on its own, so only the input that kills a worker is lost, with one error line. An input
 * that runs a worker out of its memory (see pool.ts) is read in the main thread instead.
 */
async function retryAlone(execute: Execute, batch: Job[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const job of batch) {
    out.push(await execute([job]).then(
      (o) => o[0]!,
      async (e: unknown) => {
        if ((e as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          const { processJob } = await import('./process.js');
          return processJob(job);
        }
        return { ok: false as const, file: job.file, message: `worker failed: ${e instanceof Error ? e.message : String(e)}` };
      },
    ));
  }
  return out;
}

/** Counts the inputs for the progress bar's total, alongside the extraction. */
async function countInputs(o: ExtractCommandOptions): Promise<number> {
  let n = 0;
  // stdin is read once, by the extraction; the list of --files-from - is not counted
  const filesFrom = o.filesFrom === '-' ? undefined : o.filesFrom;
  for await (const item of expandInputs(o.inputs, { filesFrom, readStdin: () => Promise.resolve(Buffer.alloc(0)) })) if (item.kind !== 'problem') n++;
  return n;
}

/**
 * In-process for one job; a worker pool for more. Each is loaded only then: with workers, the
 * main thread never loads the extractors (nor their lexicons and regexes), which keeps its
 * memory small.
 */
async function executor(jobs: number): Promise<{ execute: Execute; close: () => Promise<void> }> {
  if (jobs <= 1) {
    const { processJobs } = await import('./process.js');
    return { execute: processJobs, close: () => Promise.resolve() };
  }
  const { makePool } = await import('./pool.js');
  const pool = makePool(jobs);
  return {
    execute: (batch) => pool.execute(batch).catch(() => retryAlone(pool.execute, batch)),
    // tasks still in flight when the pool closes (after an error) are not unhandled rejections
    close: () => pool.close().catch(() => undefined),
  };
}
