// The built CLI run end to end (node bin/dvk.js …) on the seed articles: formats, tables,
// inputs (files, directories, globs, stdin, --files-from), exit codes and eval bounds.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from './support/cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dvk.js');
const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const GOLD = join(SEEDS, 'gold');
const SEED_FILES = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort().map((n) => join(SEEDS, n));
const [S0, S1, S2] = SEED_FILES as [string, string, string];
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const AWARD_HEADER = 'file,title,date,recipient_type,count,level,award,year,recipients,evidence,evidence_start,evidence_end,rule';
const OFFICIAL_HEADER = 'file,date,name,titles,expanded';
const STACK = '    at ';

interface Rec {
  file: string;
  title: string | null;
  date: string | null;
  officials: Array<{ name: string; titles: string[] }>;
  awards: Array<{
    recipient_type: string | null;
    count: number;
    level: string | null;
    award: string | null;
    year: number | null;
    recipients: string[];
    evidence: { text: string; start: number; end: number };
  }>;
}

interface Run { status: number | null; stdout: string; stderr: string }

function dvk(args: string[], options: { input?: string; cwd?: string } = {}): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DVK_DEBUG: '' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}


/** CSV rows as objects keyed by the header. */
function csvObjects(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const [header = [], ...rest] = parseCsv(text);
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? '']))) };
}

function jsonl(text: string): Rec[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Rec);
}

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'dvk-'));
  temps.push(d);
  return d;
}

// dist/ is built once for every test file by test/setup/build.ts (vitest globalSetup)

afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('dvk extract: formats', () => {
  it('writes a CSV of awards by default, one row per award, with the contract header', () => {
    const r = dvk(['extract', S0]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split(/\r?\n/u)[0]).toBe(AWARD_HEADER);
    const { header, rows } = csvObjects(r.stdout);
    expect(header.join(',')).toBe(AWARD_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toHaveLength(header.length);
    expect(rows.every((row) => row.file === S0)).toBe(true);
    const quan = rows.filter((row) => row.level === 'quận').map((row) => [row.recipient_type, Number(row.count)]);
    expect(quan).toEqual(expect.arrayContaining([['tập thể', 24], ['cá nhân', 23], ['gia đình', 7]]));
    for (const row of rows.filter((x) => x.level === 'quận')) {
      expect(row.award).toBe('điển hình');
      expect(row.date).toBe('2020-10-13');
    }
  });

  it('CSV rows match the JSON awards one for one', () => {
    const csv = csvObjects(dvk(['extract', ...SEED_FILES]).stdout).rows;
    const json = JSON.parse(dvk(['extract', '--format', 'json', ...SEED_FILES]).stdout) as Rec[];
    const fromJson = json.flatMap((rec) => rec.awards.map((a) => [rec.file, a.recipient_type ?? '', String(a.count), a.level ?? '', String(a.evidence.start), String(a.evidence.end)]));
    expect(csv.map((row) => [row.file, row.recipient_type, row.count, row.level, row.evidence_start, row.evidence_end])).toEqual(fromJson);
  });

  it('--format json is an array of records with the contract fields', () => {
    const r = dvk(['extract', '--format', 'json', ...SEED_FILES]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const records = JSON.parse(r.stdout) as Rec[];
    expect(Array.isArray(records)).toBe(true);
    expect(records.map((x) => x.file)).toEqual(SEED_FILES);
    for (const rec of records) {
      expect(rec).toHaveProperty('title');
      expect(rec.date === null || /^\d{4}-\d{2}-\d{2}$/u.test(rec.date)).toBe(true);
      for (const o of rec.officials) {
        expect(typeof o.name).toBe('string');
        expect(Array.isArray(o.titles)).toBe(true);
      }
      for (const a of rec.awards) {
        expect(Object.keys(a)).toEqual(expect.arrayContaining(['recipient_type', 'count', 'level', 'award', 'year', 'recipients', 'evidence']));
        expect(Number.isInteger(a.count)).toBe(true);
        expect(Object.keys(a.evidence)).toEqual(expect.arrayContaining(['text', 'start', 'end']));
      }
    }
  });

  it('evidence.text is the decoded file text between start and end', () => {
    const records = JSON.parse(dvk(['extract', '--format', 'json', ...SEED_FILES]).stdout) as Rec[];
    let checked = 0;
    for (const rec of records) {
      const text = readFileSync(rec.file, 'utf8');
      for (const a of rec.awards) {
        expect(a.evidence.text).toBe(text.slice(a.evidence.start, a.evidence.end));
        expect(a.evidence.end).toBeGreaterThan(a.evidence.start);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('--format jsonl writes one record per line, the same records as json', () => {
    const r = dvk(['extract', '--format', 'jsonl', ...SEED_FILES]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(SEED_FILES.length);
    const records = lines.map((l) => JSON.parse(l) as Rec);
    expect(records).toEqual(JSON.parse(dvk(['extract', '--format', 'json', ...SEED_FILES]).stdout));
  });

  it('--table officials: one row per official', () => {
    const r = dvk(['extract', '--table', 'officials', ...SEED_FILES]);
    expect(r.status).toBe(0);
    const { header, rows } = csvObjects(r.stdout);
    expect(header.join(',')).toBe(OFFICIAL_HEADER);
    const records = jsonl(dvk(['extract', '--format', 'jsonl', ...SEED_FILES]).stdout);
    expect(rows).toHaveLength(records.reduce((n, rec) => n + rec.officials.length, 0));
    expect(rows.find((row) => row.name === 'Trương Thị Thành')?.titles).toBe('Trưởng ban Công tác Mặt trận Khu phố 7, phường Tân Định');
  });

  it('--table articles: one row per article', () => {
    const r = dvk(['extract', '--table', 'articles', ...SEED_FILES]);
    expect(r.status).toBe(0);
    const { header, rows } = csvObjects(r.stdout);
    expect(header.slice(0, 3)).toEqual(['file', 'title', 'date']);
    expect(header).toContain('officials');
    expect(header).toContain('awards');
    expect(rows.map((row) => row.file)).toEqual(SEED_FILES);
    expect(rows[0]!.date).toBe('2020-10-13');
  });
});

describe('dvk extract -o FILE', () => {
  it.each([
    ['out.json', 'json'],
    ['out.jsonl', 'jsonl'],
    ['out.csv', 'csv'],
  ])('-o %s writes %s, nothing on stdout, no leftover file', (name, format) => {
    const dir = tempDir();
    const out = join(dir, name);
    const r = dvk(['extract', '-o', out, S0, S1]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(readdirSync(dir)).toEqual([name]);
    const body = readFileSync(out, 'utf8');
    if (format === 'json') expect((JSON.parse(body) as Rec[]).map((x) => x.file)).toEqual([S0, S1]);
    if (format === 'jsonl') expect(jsonl(body).map((x) => x.file)).toEqual([S0, S1]);
    if (format === 'csv') {
      expect(parseCsv(body)[0]!.join(',')).toBe(AWARD_HEADER);
      expect(body).toBe(dvk(['extract', S0, S1]).stdout);
    }
  });
});

describe('dvk extract: inputs', () => {
  it('reads stdin for "-", with file "-"', () => {
    const r = dvk(['extract', '--format', 'json', '-'], { input: readFileSync(S0, 'utf8') });
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as Rec[];
    expect(records).toHaveLength(1);
    expect(records[0]!.file).toBe('-');
    expect(records[0]!.date).toBe('2020-10-13');
    expect(records[0]!.awards.length).toBeGreaterThan(0);
  });

  it('reads stdin when no INPUT is named and stdin is a pipe', () => {
    const r = dvk(['extract', '--format', 'json'], { input: readFileSync(S0, 'utf8') });
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as Rec[];
    expect(records).toHaveLength(1);
    expect(records[0]!.file).toBe('-');
    const fromFile = (JSON.parse(dvk(['extract', '--format', 'json', S0]).stdout) as Rec[])[0]!;
    expect(records[0]!.awards).toEqual(fromFile.awards);
  });

  it('a missing file: exit 1, the others written, one line naming it on stderr', () => {
    const missing = join(tempDir(), 'nope.txt');
    const r = dvk(['extract', '--format', 'jsonl', S0, missing, S1]);
    expect(r.status).toBe(1);
    expect(jsonl(r.stdout).map((x) => x.file)).toEqual([S0, S1]);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(lines[0]).toMatch(/no such file/iu);
  });

  it('a directory is read recursively in sorted order, other extensions ignored', () => {
    const dir = tempDir();
    cpSync(S0, join(dir, 'a.txt'));
    cpSync(S1, join(dir, 'b.txt'));
    writeFileSync(join(dir, 'notes.md'), '# Ngày 13/10/2020 tuyên dương 5 tập thể\n');
    mkdirSync(join(dir, 'sub'));
    cpSync(S2, join(dir, 'sub', 'c.txt'));
    const r = dvk(['extract', '--format', 'jsonl', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonl(r.stdout).map((x) => x.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'sub', 'c.txt')]);
  });

  it('a quoted glob is expanded by dvk', () => {
    const dir = tempDir();
    cpSync(S0, join(dir, 'a.txt'));
    cpSync(S1, join(dir, 'b.txt'));
    writeFileSync(join(dir, 'notes.md'), 'không phải bài báo\n');
    mkdirSync(join(dir, 'sub'));
    cpSync(S2, join(dir, 'sub', 'c.txt'));
    const r = dvk(['extract', '--format', 'jsonl', `${dir}/**/*.txt`]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const files = jsonl(r.stdout).map((x) => x.file);
    expect(files.map((f) => basename(f))).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('--files-from LIST reads the paths it lists', () => {
    const dir = tempDir();
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${S0}\n${S2}\n`);
    const r = dvk(['extract', '--format', 'jsonl', '--files-from', list]);
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.file)).toEqual([S0, S2]);
  });
});

describe('dvk: usage', () => {
  it('an unknown option is bad usage: exit 2, nothing on stdout', () => {
    const r = dvk(['extract', '--bogus', S0]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bogus/u);
  });

  it.each([
    [['extract', '--format', 'xml', S0]],
    [['extract', '--jobs', '0', S0]],
    [['extract', '--table', 'people', S0]],
    [['frobnicate']],
  ])('%j is bad usage: exit 2', (args) => {
    const r = dvk(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
  });

  it('--version prints the package version', () => {
    const r = dvk(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('--help exits 0 and names the commands', () => {
    const r = dvk(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/extract/u);
    expect(r.stdout).toMatch(/eval/u);
  });
});

describe('dvk: determinism', () => {
  it.each([
    [['extract', ...SEED_FILES]],
    [['extract', '--format', 'json', ...SEED_FILES]],
    [['extract', '--format', 'jsonl', '--jobs', '3', ...SEED_FILES]],
  ])('two runs of %j give the same bytes', (args) => {
    const a = dvk(args);
    const b = dvk(args);
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('one worker and several give the same bytes', () => {
    expect(dvk(['extract', '--format', 'json', '--jobs', '1', ...SEED_FILES]).stdout).toBe(dvk(['extract', '--format', 'json', '--jobs', '4', ...SEED_FILES]).stdout);
  });
});

describe('dvk eval', () => {
  const METRICS = ['award_f1', 'award_level_f1', 'level_accuracy', 'form_accuracy', 'date_accuracy', 'official_f1', 'title_f1', 'recipient_f1', 'organizer_accuracy'];

  it('scores the seeds against their gold: every metric is 1', () => {
    const r = dvk(['eval', '--gold', GOLD, ...SEED_FILES, '--format', 'json']);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout) as { files: number; metrics: Record<string, number> };
    expect(summary.files).toBe(SEED_FILES.length);
    for (const m of METRICS) expect([m, summary.metrics[m]]).toEqual([m, 1]);
  });

  it('--min within reach: exit 0', () => {
    const r = dvk(['eval', '--gold', GOLD, ...SEED_FILES, '--min', 'award_f1=0.98', '--min', 'date=97%']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([['award_f1=1.01'], ['award_f1=101%'], ['nonsense=0.5'], ['award_f1']])('--min %s is bad usage: exit 2', (bound) => {
    const r = dvk(['eval', '--gold', GOLD, ...SEED_FILES, '--min', bound]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l !== '').length).toBeGreaterThanOrEqual(1);
    expect(r.stderr).not.toContain(STACK);
  });

  it('a gold directory that does not exist: exit 1, one line', () => {
    const missing = join(tempDir(), 'no-gold');
    const r = dvk(['eval', '--gold', missing, ...SEED_FILES]);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
  });

  it('a bound missed: exit 1 (one title altered in the gold)', () => {
    const dir = tempDir();
    cpSync(GOLD, dir, { recursive: true });
    const name = readdirSync(dir).filter((n) => n.endsWith('.json')).sort()[0]!;
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { officials: Array<{ titles: string[] }> };
    gold.officials[0]!.titles[0] = 'Chủ tịch Hội Nông dân xã Không Có';
    writeFileSync(join(dir, name), JSON.stringify(gold, null, 2));
    const r = dvk(['eval', '--gold', dir, ...SEED_FILES, '--min', 'title_f1=0.999', '--format', 'json']);
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout) as { metrics: Record<string, number> };
    expect(summary.metrics.title_f1).toBeLessThan(0.999);
    expect(r.stderr).toMatch(/title_f1/u);
    expect(r.stderr).not.toContain(STACK);
  });
});

describe('dvk: no stack traces', () => {
  it.each([
    [['extract', S0]],
    [['extract', '/definitely/not/here.txt']],
    [['extract', '--bogus']],
    [['extract', '--format', 'xml', S0]],
    [['extract', '--jobs', '0', S0]],
    [['extract', '--encoding', 'klingon', S0]],
    [['extract', '--files-from', '/definitely/not/here.list']],
    [['extract', '/definitely/not/**/*.txt']],
    [['eval', '--gold', '/definitely/not/here', S0]],
    [['eval', '--gold', GOLD, S0, '--min', 'award_f1=1.01']],
    [['eval', S0]],
  ])('%j', (args) => {
    const r = dvk(args);
    expect(r.stderr).not.toContain(STACK);
    expect([0, 1, 2]).toContain(r.status);
  });
});
