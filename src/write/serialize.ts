// One record → the text it adds to the output, made where the record was extracted (a
// worker thread), so the main thread only writes strings in order.
import { writeToString } from '@fast-csv/format';
import type { Article } from '../schema.js';
import { HEADERS, rowsOf, type Table } from './rows.js';
import { safeCell } from './csv-safe.js';

export type Format = 'csv' | 'json' | 'jsonl';

export interface OutputShape {
  format: Format;
  table: Table;
}

// RFC 4180: quoted where needed, quotes doubled, CRLF rows
const CSV_OPTIONS = { headers: false, rowDelimiter: '\r\n', includeEndRowDelimiter: true } as const;

export async function serialize(record: Article, shape: OutputShape): Promise<string> {
  switch (shape.format) {
    case 'jsonl':
      return `${JSON.stringify(record)}\n`;
    case 'json':
      return JSON.stringify(record, null, 2);
    case 'csv': {
      const headers = HEADERS[shape.table];
      const rows = rowsOf(record, shape.table).map((row) => headers.map((h) => safeCell(row[h] ?? null)));
      return rows.length === 0 ? '' : writeToString(rows, CSV_OPTIONS);
    }
  }
}

/** The CSV header row. */
export function csvHeader(table: Table): Promise<string> {
  return writeToString([HEADERS[table]], CSV_OPTIONS);
}
