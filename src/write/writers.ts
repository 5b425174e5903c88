// Writers put serialized records on the output as they arrive: csv (a header, then rows),
// json (a streamed array), jsonl (one record per line). Nothing is gathered in memory.
import type { Writable } from 'node:stream';
import { csvHeader, type Format, type OutputShape } from './serialize.js';

export type { Format } from './serialize.js';

export interface RecordWriter {
  /** writes one record's serialized text (from serialize()) */
  write(chunk: string): Promise<void>;
  end(): Promise<void>;
}

export interface WriterOptions extends OutputShape {
  /** write the UTF-8 byte-order mark Excel needs to show Vietnamese (csv only) */
  bom: boolean;
}

function put(out: Writable, chunk: string): Promise<void> {
  if (chunk === '' || out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', resolve));
}

export function makeWriter(out: Writable, options: WriterOptions): RecordWriter {
  const format: Format = options.format;
  let started = false;
  let first = true;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    if (format === 'csv') await put(out, `${options.bom ? '\ufeff' : ''}${await csvHeader(options.table)}`);
  };
  return {
    async write(chunk) {
      await start();
      if (format === 'json') {
        await put(out, `${first ? '[\n' : ',\n'}${chunk}`);
        first = false;
      } else await put(out, chunk);
    },
    async end() {
      await start();
      if (format === 'json') await put(out, first ? '[]\n' : '\n]\n');
    },
  };
}
