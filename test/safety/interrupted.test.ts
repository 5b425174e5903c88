// Runs cut short, through the built CLI: an interrupted `-o FILE` leaves neither a truncated
// FILE nor its temporary file (src/run/output.ts), and a closed pipe (`dvk … | head`) ends
// the run quietly.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, parseCsv, ROOT, STACK, tempDir } from '../support/cli.js';

const FIXTURES = join(ROOT, 'fixtures', 'articles');
const ARTICLES = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();
const COPIES = 3_000;

/** A directory of a few thousand article copies, enough that a run lasts seconds. */
function bigDir(): string {
  const dir = join(tempDir(), 'archive');
  mkdirSync(dir);
  for (let k = 0; k < COPIES; k++) copyFileSync(join(FIXTURES, ARTICLES[k % ARTICLES.length]!), join(dir, `${String(k).padStart(5, '0')}.txt`));
  return dir;
}

interface Exit { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function run(args: string[], options: { shell?: string; killAfter?: { ms: number; signal: NodeJS.Signals; once?: () => boolean } } = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = options.shell
      ? spawn('bash', ['-c', options.shell], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } })
      : spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    if (options.killAfter) {
      // the signal goes ~ms after `once()` holds (polled), so it lands mid-run
      const { ms, signal, once = () => true } = options.killAfter;
      const started = Date.now();
      const poll = setInterval(() => {
        if (!once() && Date.now() - started < 20_000) return;
        clearInterval(poll);
        setTimeout(() => child.kill(signal), ms);
      }, 10);
      child.on('close', () => clearInterval(poll));
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('interrupted -o FILE (built CLI)', () => {
  const archive = bigDir();

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s 300 ms into writing: no out.csv, no temporary file left', async (signal, status) => {
    const outDir = tempDir();
    const out = join(outDir, 'out.csv');
    let sawPartial = false;
    const partial = (): boolean => (sawPartial ||= readdirSync(outDir).some((n) => n.startsWith('.out.csv.') && n.endsWith('.partial')));
    const r = await run(['extract', archive, '-o', out], { killAfter: { ms: 300, signal, once: partial } });
    expect(sawPartial, 'the temporary file was being written when the signal came').toBe(true);
    if (r.code === 0) {
      // the run finished before the signal: then the file is complete
      expect(parseCsv(readFileSync(out, 'utf8')).length).toBeGreaterThan(COPIES);
    } else {
      expect([r.code, r.signal]).toEqual([status, null]);
      expect(existsSync(out)).toBe(false);
    }
    expect(readdirSync(outDir).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(readdirSync(outDir).filter((n) => n !== 'out.csv')).toEqual([]);
    expect(r.stderr).not.toContain(STACK);
  });

  it('a run that ends writes the whole file, and nothing else', async () => {
    const outDir = tempDir();
    const out = join(outDir, 'out.jsonl');
    const small = join(FIXTURES, ARTICLES[0]!);
    const r = await run(['extract', small, small, '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(outDir)).toEqual(['out.jsonl']);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('closed pipe (built CLI)', () => {
  const archive = join(tempDir(), 'archive');
  mkdirSync(archive);
  for (let k = 0; k < 300; k++) copyFileSync(join(FIXTURES, ARTICLES[k % ARTICLES.length]!), join(archive, `${String(k).padStart(4, '0')}.txt`));

  it.each([
    ['head -c 100', `node bin/dvk.js extract '${archive}' | head -c 100`],
    ['head -1', `node bin/dvk.js extract --format jsonl '${archive}' | head -1`],
    ['head -1, one job', `node bin/dvk.js extract --jobs 1 '${archive}' | head -1`],
  ])('dvk … | %s: exit 0, nothing on stderr', async (_name, command) => {
    const r = await run([], { shell: `set -o pipefail; ${command}; echo "dvk-status=\${PIPESTATUS[0]}" >&2` });
    expect(r.stderr.trim()).toBe('dvk-status=0');
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('stdout destroyed early by the reader: dvk exits without an error message', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', archive], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
