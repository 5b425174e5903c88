// Where records go: stdout, or -o FILE written to a temporary file and renamed when the
// run ends, so an interrupted run never leaves a truncated file behind.
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Output {
  stream: Writable;
  /** finishes writing; for a file, moves it into place */
  close(): Promise<void>;
}

export function stdoutOutput(): Output {
  return { stream: process.stdout, close: () => Promise.resolve() };
}

export function fileOutput(path: string): Output {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream: WriteStream = createWriteStream(tmp);
  const cleanup = (): void => {
    try { unlinkSync(tmp); } catch { /* already gone */ }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', cleanup);
  return {
    stream,
    async close() {
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(resolve);
      });
      await rename(tmp, path);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('exit', cleanup);
    },
  };
}

/** The format named by a file's extension, or null. */
export function formatOfPath(path: string): 'csv' | 'json' | 'jsonl' | null {
  const m = /\.(csv|json|jsonl|ndjson)$/iu.exec(path);
  if (!m) return null;
  const ext = m[1]!.toLowerCase();
  return ext === 'ndjson' ? 'jsonl' : (ext as 'csv' | 'json' | 'jsonl');
}
