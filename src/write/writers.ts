// Record writers: csv (one row per award, official or article), json (a streamed array),
// jsonl (one record per line). Each record is written as soon as it is ready.
import type { Writable } from 'node:stream';
import type { Article } from '../schema.js';
import { HEADERS, rowsOf, type Table } from './rows.js';
import { safeCell } from './csv-safe.js';
import { format } from '@fast-csv/format';

export type Format = 'csv' | 'json' | 'jsonl';

export interface RecordWriter {
  write(record: Article): Promise<void>;
  end(): Promise<void>;
}

export interface WriterOptions {
  format: Format;
  table: Table;
  /** write the UTF-8 byte-order mark Excel needs to show Vietnamese (csv only) */
  bom: boolean;
}

export function makeWriter(out: Writable, options: WriterOptions): RecordWriter {
  switch (options.format) {
    case 'json': return jsonWriter(out);
    case 'jsonl': return jsonlWriter(out);
    case 'csv': return csvWriter(out, options.table, options.bom);
  }
}

function put(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', resolve));
}

function jsonlWriter(out: Writable): RecordWriter {
  return {
    write: (r) => put(out, `${JSON.stringify(r)}\n`),
    end: () => Promise.resolve(),
  };
}

function jsonWriter(out: Writable): RecordWriter {
  let first = true;
  return {
    write(r) {
      const chunk = `${first ? '[\n' : ',\n'}${JSON.stringify(r, null, 2)}`;
      first = false;
      return put(out, chunk);
    },
    end: () => put(out, first ? '[]\n' : '\n]\n'),
  };
}

function csvWriter(out: Writable, table: Table, bom: boolean): RecordWriter {
  const headers = HEADERS[table];
  // RFC 4180: quoted where needed, quotes doubled, CRLF rows, the header even with no rows
  const csv = format<Array<string | number>, Array<string | number>>({
    headers,
    alwaysWriteHeaders: true,
    writeBOM: bom,
    rowDelimiter: '\r\n',
    includeEndRowDelimiter: true,
  });
  csv.pipe(out, { end: false });
  const done = new Promise<void>((resolve, reject) => {
    csv.once('end', resolve);
    csv.once('error', reject);
  });
  return {
    async write(r) {
      for (const row of rowsOf(r, table)) {
        if (!csv.write(headers.map((h) => safeCell(row[h] ?? null)))) await new Promise((resolve) => csv.once('drain', resolve));
      }
    },
    async end() {
      csv.end();
      await done;
    },
  };
}
