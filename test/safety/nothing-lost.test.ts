// Nothing lost, through the built CLI: among good articles, one input of each bad kind —
// binary bytes, an unreadable file, a directory named in --files-from, a missing file, a file
// over --max-bytes — each gets exactly one stderr line naming it and the cause, the exit
// status is 1, every good article's record is written, and no stack trace is printed.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk, lines, ROOT, STACK, tempDir } from '../support/cli.js';

const ASROOT = process.getuid?.() === 0;
const FIXTURES = join(ROOT, 'fixtures', 'articles');
const GOOD = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort().slice(0, 4);
// the first bytes of a PNG image
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4]);

interface Bad { name: string; cause: RegExp }

function setUp(): { dir: string; list: string; good: string[]; bad: Bad[] } {
  const dir = tempDir();
  const good = GOOD.map((n, k) => {
    const p = join(dir, `good-${k}.txt`);
    copyFileSync(join(FIXTURES, n), p);
    return p;
  });
  const bad: Bad[] = [];
  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.concat([PNG, PNG, PNG]));
  bad.push({ name: binary, cause: /binary/iu });
  const big = join(dir, 'too-big.txt');
  writeFileSync(big, 'Ngày 13/10/2020, Huyện ủy tuyên dương 12 tập thể điển hình. '.repeat(2_000));
  bad.push({ name: big, cause: /too large/iu });
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  bad.push({ name: folder, cause: /is a directory/iu });
  bad.push({ name: join(dir, 'missing.txt'), cause: /no such file/iu });
  // root reads any file: the unreadable case runs only for other users
  if (!ASROOT) {
    const locked = join(dir, 'locked.txt');
    copyFileSync(join(FIXTURES, GOOD[0]!), locked);
    chmodSync(locked, 0o000);
    bad.push({ name: locked, cause: /permission denied/iu });
  }
  // good and bad interleaved, in one --files-from list
  const order = [good[0]!, ...bad.map((b) => b.name).slice(0, 2), good[1]!, ...bad.map((b) => b.name).slice(2), good[2]!, good[3]!];
  const list = join(dir, 'list.txt');
  writeFileSync(list, `${order.join('\n')}\n`);
  return { dir, list, good, bad };
}

describe('nothing lost (built CLI)', () => {
  const { list, good, bad } = setUp();

  it.each([['1'], ['3']])('--jobs %s: one line per bad input naming it and the cause, exit 1, every good record written, no stack trace', (jobs) => {
    const r = dvk(['extract', '--format', 'jsonl', '--jobs', jobs, '--max-bytes', '50000', '--files-from', list]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain(STACK);
    const errs = lines(r.stderr);
    expect(errs).toHaveLength(bad.length);
    for (const b of bad) {
      const mine = errs.filter((l) => l.includes(b.name));
      expect(mine, b.name).toHaveLength(1);
      expect(mine[0]).toMatch(b.cause);
    }
    const files = lines(r.stdout).map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toEqual(good);
  });

  it('named on the command line instead: the same lines and records', () => {
    const args = [good[0]!, ...bad.map((b) => b.name), ...good.slice(1)];
    const r = dvk(['extract', '--format', 'jsonl', '--max-bytes', '50000', ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain(STACK);
    // a directory named on the command line is walked (it is empty), not an error
    const expected = bad.filter((b) => !/directory/u.test(String(b.cause)));
    expect(lines(r.stderr)).toHaveLength(expected.length);
    for (const b of expected) expect(lines(r.stderr).filter((l) => l.includes(b.name) && b.cause.test(l))).toHaveLength(1);
    expect(lines(r.stdout).map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(good);
  });
});

// A worker thread has a bounded heap (src/run/pool.ts); an article too big for it kills the
// worker, and is read again in the main thread: nothing is lost, nothing is printed, and the
// output is the single-thread one. DVK_WORKER_HEAP_MB makes the bound small enough to hit.
describe('an article that runs a worker out of memory', () => {
  it('is read in the main thread; the output is that of --jobs 1', () => {
    const dir = tempDir();
    for (const [k, n] of GOOD.entries()) copyFileSync(join(FIXTURES, n), join(dir, `good-${k}.txt`));
    const unit = 'Ngày 13/10/2020, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương 12 tập thể, 20 cá nhân điển hình “Dân vận khéo” cấp huyện. ';
    writeFileSync(join(dir, 'huge.txt'), unit.repeat(Math.ceil(3_000_000 / unit.length)));
    const args = ['extract', '--format', 'jsonl', '--max-bytes', '60000000', dir];
    const small = dvk([...args, '--jobs', '2'], { env: { DVK_WORKER_HEAP_MB: '24' } });
    const single = dvk([...args, '--jobs', '1']);
    expect(small.status).toBe(0);
    expect(small.stderr).toBe('');
    expect(lines(small.stdout)).toHaveLength(GOOD.length + 1);
    expect(small.stdout).toBe(single.stdout);
  }, 120_000);
});
