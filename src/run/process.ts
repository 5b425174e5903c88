// One input → one record, or the one-line reason it could not be read. This is the unit
// of work a worker thread runs; it never throws for a bad input.
import { extract } from '../index.js';
import { validate } from '../index.js';
import { InputError, loadBytes, loadFile, type LoadOptions } from '../read/load.js';
import type { Article } from '../schema.js';
import { serialize, type OutputShape } from '../write/serialize.js';

export interface Job {
  /** the path as given, or "-" */
  file: string;
  /** standard input's bytes, for "-" */
  bytes?: Uint8Array;
  load: LoadOptions;
  debug: boolean;
  /** serialize the record for this output (and do not send the record back) */
  output?: OutputShape;
}

export type Outcome =
  | { ok: true; file: string; record?: Article; chunk?: string; warnings: string[]; debug: string[] }
  | { ok: false; file: string; message: string };

/** A batch of jobs, one after the other: what a worker thread gets in one message. */
export async function processJobs(jobs: Job[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const job of jobs) out.push(await processJob(job));
  return out;
}

export async function processJob(job: Job): Promise<Outcome> {
  const lines: string[] = [];
  try {
    const loaded = job.bytes ? await loadBytes(job.bytes, job.file, job.load) : await loadFile(job.file, job.load);
    const record = extract(loaded.text, {
      file: job.file,
      published: loaded.published,
      title: loaded.title,
      encoding: loaded.encoding,
      offsets: loaded.offsets,
      warnings: loaded.warnings,
      debug: job.debug ? (l) => lines.push(l) : undefined,
    });
    const valid = validate(record);
    if (job.output) return { ok: true, file: job.file, chunk: await serialize(valid, job.output), warnings: valid.warnings, debug: lines };
    return { ok: true, file: job.file, record: valid, warnings: valid.warnings, debug: lines };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, file: job.file, message: e.message };
    if (e instanceof Error && e.name === 'UnknownEncodingError') return { ok: false, file: job.file, message: e.message };
    // an unexpected failure is a bug: say so in one line, and keep the other inputs going
    const where = e instanceof Error ? (e.stack?.split('\n')[1]?.trim() ?? '') : '';
    return { ok: false, file: job.file, message: `internal error: ${e instanceof Error ? e.message : String(e)} ${where}`.trim() };
  }
}
