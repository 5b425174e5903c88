// ReDoS scan: every regular expression dvk runs goes through recheck, and none may be
// vulnerable to catastrophic (exponential or polynomial) backtracking.
//
// The patterns are collected from the compiled code, so nothing is missed:
// - regex literals: every Literal with a `regex` in the acorn AST of dist/**/*.js;
// - patterns built at run time (`new RegExp(…)` from lexicons): globalThis.RegExp is wrapped
//   in a recording Proxy, every module of dist/ is imported (module-level patterns), and
//   articles are extracted and a page is read (patterns built inside functions). Every
//   `RegExp(…)` call site the AST shows must have been reached.
//
// Each distinct pattern is checked once: first by recheck's automaton checker (exact, fast);
// one it cannot model because of lookarounds is checked without them when their bodies have
// a bounded length (removing an assertion only adds backtracking paths, so a safe skeleton
// means a safe pattern); what is left goes to the fuzzing checker with a time budget. A
// pattern no checker decides in time is listed on the console and run against hostile texts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as acorn from 'acorn';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
// dist/cli.js runs the command line when imported; it must build no pattern at run time
const NOT_IMPORTED = new Set(['cli.js']);

interface Pattern { source: string; flags: string; where: Set<string> }
interface Verdict { status: Diagnostics['status']; how: string; detail: string; ms: number }

// Steps, not milliseconds, bound each attack, so a verdict does not depend on machine load;
// only the overall `timeout` does, and it can only turn a verdict into "unknown".
const AUTOMATON: Parameters = { checker: 'automaton', maxRepeatCount: 1_000, maxNFASize: 200_000, maxPatternSize: 20_000, timeout: 4_000 };
const FUZZ: Parameters = { checker: 'fuzz', timeout: 6_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, recallTimeout: null, randomSeed: 1 };
const CONCURRENCY = 2;

function distFiles(dir = DIST): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? distFiles(p) : n.endsWith('.js') ? [p] : [];
  });
}

type Node = { type: string; [k: string]: unknown };
function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) { for (const n of node) walk(n, visit); return; }
  if (!node || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const v of Object.values(node as object)) if (v && typeof v === 'object') walk(v, visit);
}

/** Flags that change what a pattern matches (g, y, d only change how it is driven). */
const matchFlags = (flags: string): string => flags.replace(/[gyd]/gu, '');

const patterns = new Map<string, Pattern>();
function record(source: string, flags: string, where: string): void {
  const key = `/${source}/${matchFlags(flags)}`;
  const p = patterns.get(key) ?? { source, flags: matchFlags(flags), where: new Set<string>() };
  p.where.add(where);
  patterns.set(key, p);
}

/** The lookaround groups of a pattern removed, or null when one can match unboundedly. */
export function withoutLookarounds(source: string): string | null {
  let out = '';
  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === '\\') { out += source.slice(i, i + 2); i += 2; continue; }
    if (c === '[') { const e = classEnd(source, i); out += source.slice(i, e); i = e; continue; }
    const look = /^\(\?(?:=|!|<=|<!)/u.exec(source.slice(i, i + 4));
    if (look) {
      const e = groupEnd(source, i);
      if (unbounded(source.slice(i + look[0].length, e - 1))) return null;
      i = e;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
function classEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === ']') return j + 1;
  }
  return s.length;
}
function groupEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(s, j) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return s.length;
}
function unbounded(body: string): boolean {
  for (let j = 0; j < body.length; j++) {
    const c = body[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(body, j) - 1;
    else if (c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/u.test(body.slice(j)))) return true;
  }
  return false;
}

const cache = new Map<string, Promise<Verdict>>();
function verdictOf(p: Pattern): Promise<Verdict> {
  const key = `/${p.source}/${p.flags}`;
  let v = cache.get(key);
  if (!v) {
    v = decide(p);
    cache.set(key, v);
  }
  return v;
}

async function decide(p: Pattern): Promise<Verdict> {
  const t0 = performance.now();
  const done = (d: Diagnostics, how: string): Verdict => ({
    status: d.status,
    how,
    detail: d.status === 'vulnerable' ? `${d.complexity.summary}; attack ${d.attack.pattern.slice(0, 120)}` : d.status === 'unknown' ? `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}` : d.complexity.summary,
    ms: Math.round(performance.now() - t0),
  });
  const exact = await check(p.source, p.flags, AUTOMATON);
  if (exact.status !== 'unknown') return done(exact, 'automaton');
  let why = exact.error.kind === 'unsupported' ? exact.error.message : exact.error.kind;
  if (exact.error.kind === 'unsupported' && /look/u.test(exact.error.message)) {
    const skeleton = withoutLookarounds(p.source);
    if (skeleton !== null) {
      const s = await check(skeleton, p.flags, AUTOMATON);
      if (s.status === 'safe') return done(s, 'automaton, lookarounds removed');
      why = s.status === 'vulnerable' ? `without lookarounds ${s.complexity.summary}` : `without lookarounds: ${s.error.kind}`;
    }
  }
  return done(await check(p.source, p.flags, FUZZ), `fuzz (${why})`);
}

async function collect(): Promise<{ literals: number; built: number; sites: string[]; reached: Set<string> }> {
  const files = distFiles();
  const sites: string[] = [];
  for (const file of files) {
    const rel = relative(DIST, file);
    const ast = acorn.parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    walk(ast, (n) => {
      const loc = (n.loc as { start: { line: number } } | undefined)?.start.line;
      if (n.type === 'Literal' && n.regex) {
        const { pattern, flags } = n.regex as { pattern: string; flags: string };
        record(pattern, flags, `${rel}:${loc}`);
      }
      if ((n.type === 'NewExpression' || n.type === 'CallExpression') && (n.callee as Node).type === 'Identifier' && (n.callee as { name: string }).name === 'RegExp') sites.push(`${rel}:${loc}`);
    });
  }
  const literals = patterns.size;
  for (const site of sites) expect(NOT_IMPORTED.has(site.split(':')[0]!), `${site} builds a pattern in a module the scan cannot import`).toBe(false);

  // record every pattern built while dist/ is imported and while it extracts and reads
  const reached = new Set<string>();
  const Real = globalThis.RegExp;
  const built = (args: unknown[], made: RegExp): RegExp => {
    const frame = new Error().stack!.split('\n').slice(2).find((l) => l.includes(DIST));
    if (frame) {
      const m = /dist\/(?<file>[^:)]+):(?<line>\d+)/u.exec(frame);
      const where = m ? `${m.groups!.file}:${m.groups!.line}` : frame.trim();
      reached.add(where);
      record(made.source, made.flags, `${where} (built)`);
    }
    void args;
    return made;
  };
  globalThis.RegExp = new Proxy(Real, {
    construct: (target, args, newTarget) => built(args, Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => built(args, Reflect.apply(target, self, args) as RegExp),
  });
  try {
    for (const file of files) if (!NOT_IMPORTED.has(relative(DIST, file))) await import(pathToFileURL(file).href);
    const { extract } = (await import(pathToFileURL(join(DIST, 'index.js')).href)) as typeof import('../../src/index.js');
    const { loadBytes, DEFAULT_MAX_BYTES } = (await import(pathToFileURL(join(DIST, 'read/load.js')).href)) as typeof import('../../src/read/load.js');
    for (const n of readdirSync(join(ROOT, 'fixtures/articles')).filter((f) => f.endsWith('.txt')).sort().slice(0, 8)) {
      extract(readFileSync(join(ROOT, 'fixtures/articles', n), 'utf8'), { file: n });
    }
    // a saved page, and one whose headline is only its <title> with the site name after it
    const titleOnly = '<html><head><title>Tuyên dương điển hình “Dân vận khéo” - Báo Quảng Ninh</title></head><body><p>Ngày 13/10/2020, Huyện ủy tuyên dương 12 tập thể.</p></body></html>';
    for (const bytes of [readFileSync(join(ROOT, 'test/read/pages/quan3-dan-van-kheo.html')), Buffer.from(titleOnly)]) {
      const page = await loadBytes(bytes, 'page.html', { maxBytes: DEFAULT_MAX_BYTES });
      extract(page.text, { file: 'page.html', title: page.title, published: page.published });
    }
  } finally {
    globalThis.RegExp = Real;
  }
  return { literals, built: patterns.size - literals, sites, reached };
}

/** Hostile texts for the patterns no checker decided: long runs of what patterns repeat. */
const HOSTILE_UNITS = ['tập thể, cá nhân, ', 'Phó Bí thư Thường trực Ủy ban nhân dân ', '1.1.1.', '12/', 'Nguyễn Văn ', ' ', '\t', '!', ' và ', 'trong đó ', ', ', 'năm 2023, ', '0', 'a', 'Á', ' - ', '| 1 '];
// after what anchored patterns start with: nothing, a comma, a date
const HOSTILE_LEADS = ['', ',', 'Ngày 13/10/2020 '];
const HOSTILE = HOSTILE_UNITS.flatMap((u) => {
  const body = u.repeat(Math.ceil(20_000 / u.length));
  return HOSTILE_LEADS.flatMap((lead) => [`${lead}${body}`, `${lead}${body}\u0000`, `${lead}${body};x`]);
});

describe('ReDoS: every pattern of dist/', () => {
  it('none is vulnerable to catastrophic backtracking (recheck)', async () => {
    const { literals, built, sites, reached } = await collect();
    const unreached = [...new Set(sites)].filter((s) => !reached.has(s));
    expect(unreached, 'RegExp(…) call sites the scan never saw build a pattern: make collect() exercise them').toEqual([]);

    const list = [...patterns.values()];
    const results: Array<[Pattern, Verdict]> = [];
    const queue = [...list];
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) results.push([p, await verdictOf(p)]);
    }));

    const by = (s: string): Array<[Pattern, Verdict]> => results.filter(([, v]) => v.status === s);
    const show = ([p, v]: [Pattern, Verdict]): string => `  /${p.source.length > 140 ? `${p.source.slice(0, 140)}…` : p.source}/${p.flags}\n    at ${[...p.where].join(', ')}\n    ${v.how}: ${v.detail} (${v.ms} ms)`;
    const methods = new Map<string, number>();
    for (const [, v] of results) methods.set(`${v.status} by ${v.how.replace(/ \(.*$/u, '')}`, (methods.get(`${v.status} by ${v.how.replace(/ \(.*$/u, '')}`) ?? 0) + 1);
    console.log([
      `ReDoS scan: ${list.length} distinct patterns (${literals} from literals, ${built} more built at run time from ${new Set(sites).size} RegExp(…) call sites)`,
      ...[...methods].sort().map(([k, n]) => `  ${n} ${k}`),
      ...(by('unknown').length ? ['undecided in the time budget (run against hostile texts below):', ...by('unknown').map(show)] : []),
    ].join('\n'));

    // the undecided ones must still finish at once on long runs of what patterns repeat
    for (const [p] of by('unknown')) {
      const re = new RegExp(p.source, p.flags);
      const t0 = performance.now();
      for (const text of HOSTILE) re.exec(text);
      const ms = performance.now() - t0;
      console.log(`  hostile texts through /${p.source.slice(0, 60)}…/: ${ms.toFixed(0)} ms`);
      expect(ms, `/${p.source}/ on ${HOSTILE.length} hostile texts of 20 kB`).toBeLessThan(10_000);
    }

    expect(by('vulnerable').map(show)).toEqual([]);
  }, 600_000);
});
