#!/usr/bin/env node
// dvk's benchmark (issue 5): dvk's throughput against a floor, peak memory, and startup.
// `npm run bench` builds dvk, then runs this. See BENCHMARKS.md for what the figures mean.
//
//   node bench/run.mjs [--count 20000] [--seed 1] [--corpus DIR] [--rounds 5] [--jobs N]
//                      [--startup-runs 15] [--no-jobs1] [--no-startup] [--poll-rss] [--in-place]
//                      [--json FILE] [--check]
//
// The machine this runs on is shared and noisy, so the floor and dvk are measured in the
// same run, alternating (floor, dvk, floor, dvk, …), and medians are reported; the ratio
// dvk/floor is the median of the per-round ratios. With --count 50000 or more (the memory
// check at 100,000 articles) the defaults become one round, no --jobs 1 run and no startup
// runs, unless those options are given.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, parseArgs } from './make-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const FLOOR = join(here, 'floor.mjs');
const NODE = process.execPath;

// the targets of issue 5
const TARGET_RATIO = 4;
const NEXT_RATIO = 2;
const TARGET_RSS_MB = 300;
const TARGET_STARTUP = 2.5;

const log = (line) => process.stderr.write(`bench: ${line}\n`);

// ---------- arguments ----------
let args;
try {
  args = parseArgs(process.argv.slice(2), {
    count: 'int', seed: 'int', corpus: 'str', rounds: 'int', jobs: 'int', 'startup-runs': 'int',
    'no-jobs1': 'flag', 'no-startup': 'flag', jobs1: 'flag', startup: 'flag', json: 'str', check: 'flag',
    'poll-rss': 'flag', 'in-place': 'flag',
  });
} catch (e) {
  log(e.message);
  process.exit(2);
}
const count = args.count ?? 20000;
const memoryMode = count >= 50000;
const seed = args.seed ?? 1;
const rounds = args.rounds ?? (memoryMode ? 1 : 5);
const startupRuns = args['startup-runs'] ?? 15;
const doJobs1 = args['no-jobs1'] ? false : args.jobs1 || !memoryMode;
const doStartup = args['no-startup'] ? false : args.startup || !memoryMode;
if (count < 1 || rounds < 1 || startupRuns < 1 || args.jobs === 0) {
  log('--count, --rounds, --startup-runs and --jobs take 1 or more');
  process.exit(2);
}

// ---------- helpers ----------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

const devnull = openSync('/dev/null', 'w');

/**
 * Runs a command with stdout to /dev/null (or collected, with `capture`), stderr collected.
 * Resolves to { ms, code, signal, stderr, stdout?, rssKb, rssMethod }. With `poll`, the
 * peak RSS is also read from /proc/<pid>/status (VmHWM) every 20 ms.
 */
function run(argv, { env = {}, capture = false, poll = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', capture ? 'pipe' : devnull, 'pipe'],
    });
    let stderr = '';
    const out = [];
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => { stderr += s; });
    if (capture) child.stdout.on('data', (b) => out.push(b));
    let hwm = 0;
    const readHwm = () => {
      try {
        const m = /^VmHWM:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch { /* gone */ }
    };
    const timer = poll ? setInterval(readHwm, 20) : null;
    child.on('error', (e) => { if (timer) clearInterval(timer); reject(e); });
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      const m = /^(?:dvk|floor): max-rss-kb (\d+)$/mu.exec(stderr);
      const rssKb = m ? Number(m[1]) : poll && hwm > 0 ? hwm : null;
      const rssMethod = m ? 'resourceUsage' : poll && hwm > 0 ? 'VmHWM-poll' : null;
      // the RSS line is the benchmark's own; what is left is what dvk said
      const rest = stderr.replace(/^(?:dvk|floor): max-rss-kb \d+\n?/mu, '');
      resolvePromise({ ms, code, signal, stderr: rest, stdout: capture ? Buffer.concat(out) : null, rssKb, rssMethod });
    });
  });
}

const floorCmd = (dir) => [NODE, FLOOR, dir];
const dvkCmd = (dir, jobs) => [NODE, DVK, 'extract', '--format', 'jsonl', '--quiet', ...(jobs ? ['--jobs', String(jobs)] : []), dir];

const problems = [];
const checkRun = (what, r) => {
  if (r.code !== 0 || r.signal) problems.push(`${what}: exit ${r.code ?? r.signal}`);
  if (r.stderr.trim()) problems.push(`${what}: stderr: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
};

// A fingerprint of a build: its dist/*.js files, by path relative to dist/ and content.
function distHash(base = root) {
  const h = createHash('sha256');
  const walk = (d, rel) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else if (e.name.endsWith('.js')) h.update(`${rel}${e.name}\0`).update(readFileSync(join(d, e.name)));
    }
  };
  try { walk(join(base, 'dist'), ''); } catch { return null; }
  return h.digest('hex').slice(0, 12);
}

// The build under test is copied (bin/, dist/, package.json, and a link to node_modules)
// to a temporary directory, so that a rebuild of dist/ during the run (tsc run beside the
// benchmark) cannot change the code between rounds. A copy made while dist/ was being
// written is detected by the fingerprint and made again.
async function snapshotBuild() {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const before = distHash();
    const dir = mkdtempSync(join(tmpdir(), 'dvk-bench-'));
    cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
    cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
    copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const copied = distHash(dir);
    if (before !== null && copied === before && distHash() === before) return { dir, hash: copied };
    rmSync(dir, { recursive: true, force: true });
    log(`dist/ changed while it was copied; again in 2 s (attempt ${attempt})`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error('dist/ kept changing; could not copy a stable build');
}

// ---------- the machine ----------
function machine() {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch { /* not Linux */ }
  return { cores: availableParallelism(), model, memGiB: totalmem() / 2 ** 30, node: process.version };
}

// ---------- main ----------
const snap = args['in-place'] ? { dir: root, hash: distHash() } : await snapshotBuild();
const DVK = join(snap.dir, 'bin/dvk.js');
const cleanup = () => { if (snap.dir !== root) rmSync(snap.dir, { recursive: true, force: true }); };
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => { cleanup(); process.exit(130); });
const results = { date: new Date().toISOString(), machine: machine(), count, seed, rounds, dist: snap.hash, snapshot: snap.dir !== root };
const m = results.machine;
log(`machine: ${m.cores} cores, ${m.model}, ${fmt(m.memGiB, 1)} GiB, node ${m.node}`);

const corpus = ensureCorpus({ count, seed, out: args.corpus, log });
const dir = corpus.dir;
const mb = corpus.bytes / 1e6;
results.corpus = { dir, files: corpus.files, bytes: corpus.bytes };
log(`corpus: ${corpus.files} files, ${fmt(mb, 1)} MB in ${corpus.dirs} directories`);

// Sanity, on the first directory of the corpus (untimed): dvk exits 0, says nothing on
// stderr with --quiet, writes one JSON line per article in the floor's order, the same
// bytes with --jobs 1; and it tells whether dvk reports its own peak RSS.
const sample = join(dir, String(0).padStart(Math.max(4, String(corpus.dirs - 1).length), '0'));
{
  const f = await run(floorCmd(sample), { capture: true });
  const d = await run(dvkCmd(sample, args.jobs), { capture: true, env: { DVK_REPORT_RSS: '1' } });
  const d1 = await run(dvkCmd(sample, 1), { capture: true });
  checkRun('floor (sample)', f);
  checkRun('dvk (sample)', d);
  checkRun('dvk --jobs 1 (sample)', d1);
  const files = (buf) => buf.toString('utf8').split('\n').filter(Boolean).map((l) => {
    try { return JSON.parse(l).file; } catch { return '<not JSON>'; }
  });
  const ff = files(f.stdout);
  const df = files(d.stdout);
  if (ff.length !== df.length || ff.some((x, k) => x !== df[k])) {
    problems.push(`dvk (sample): ${df.length} records for ${ff.length} files, or not in the same order`);
  }
  const hash = (b) => createHash('sha256').update(b).digest('hex');
  if (hash(d.stdout) !== hash(d1.stdout)) problems.push('dvk (sample): output differs between default --jobs and --jobs 1');
  results.sample = { files: ff.length, dvkOutputBytes: d.stdout.length, floorOutputBytes: f.stdout.length };
  results.dvkReportsRss = d.rssKb !== null;
  log(`sample: ${ff.length} files; dvk wrote ${d.stdout.length} bytes of JSONL (${fmt(d.stdout.length / ff.length / 1024, 1)} KiB per article), exit ${d.code}`);
}
// --poll-rss: measure by polling even though dvk reports (to cross-check the two methods)
const poll = !results.dvkReportsRss || Boolean(args['poll-rss']);
const dvkEnv = poll ? {} : { DVK_REPORT_RSS: '1' };
const rssHow = poll
  ? `${results.dvkReportsRss ? '--poll-rss' : 'dvk does not print "dvk: max-rss-kb"'}; polling /proc/<pid>/status VmHWM every 20 ms`
  : 'from dvk (DVK_REPORT_RSS=1: process.resourceUsage().maxRSS, worker threads included)';
log(`peak RSS: ${rssHow}`);

// a floor run first, untimed, so every timed run finds the corpus in the page cache
await run(floorCmd(dir));

const floorMs = [];
const dvkMs = [];
const ratios = [];
const dvkRss = [];
const floorRss = [];
let rssMethod = null;
for (let r = 1; r <= rounds; r++) {
  const f = await run(floorCmd(dir), { env: { DVK_REPORT_RSS: '1' } });
  checkRun(`floor round ${r}`, f);
  const d = await run(dvkCmd(dir, args.jobs), { env: dvkEnv, poll });
  checkRun(`dvk round ${r}`, d);
  floorMs.push(f.ms);
  dvkMs.push(d.ms);
  ratios.push(d.ms / f.ms);
  if (f.rssKb) floorRss.push(f.rssKb);
  if (d.rssKb) { dvkRss.push(d.rssKb); rssMethod = d.rssMethod; }
  log(`round ${r}/${rounds}: floor ${secs(f.ms)}, dvk ${secs(d.ms)} (×${fmt(d.ms / f.ms, 1)}), dvk peak RSS ${d.rssKb ? `${fmt(d.rssKb / 1024, 0)} MiB` : 'n/a'}`);
}

const rate = (ms) => ({ ms, mbps: mb / (ms / 1000), aps: corpus.files / (ms / 1000) });
results.floor = { ...rate(median(floorMs)), runs: floorMs, peakRssKb: floorRss.length ? Math.max(...floorRss) : null };
results.dvk = {
  jobs: args.jobs ?? availableParallelism(), ...rate(median(dvkMs)), runs: dvkMs,
  peakRssKb: dvkRss.length ? Math.max(...dvkRss) : null, rssMethod,
};
results.ratio = { median: median(ratios), perRound: ratios };

if (doJobs1) {
  const d = await run(dvkCmd(dir, 1), { env: dvkEnv, poll });
  checkRun('dvk --jobs 1', d);
  results.dvkJobs1 = { ...rate(d.ms), peakRssKb: d.rssKb, ratioToFloorMedian: d.ms / results.floor.ms };
  log(`dvk --jobs 1: ${secs(d.ms)}, peak RSS ${d.rssKb ? `${fmt(d.rssKb / 1024, 0)} MiB` : 'n/a'}`);
}

if (doStartup) {
  const nodeMs = [];
  const verMs = [];
  await run([NODE, '-e', '0']);
  await run([NODE, DVK, '--version']);
  for (let k = 0; k < startupRuns; k++) {
    const a = await run([NODE, '-e', '0']);
    const b = await run([NODE, DVK, '--version']);
    checkRun('dvk --version', b);
    nodeMs.push(a.ms);
    verMs.push(b.ms);
  }
  results.startup = {
    nodeMs: median(nodeMs), dvkMs: median(verMs), ratio: median(verMs) / median(nodeMs),
    pairRatioMedian: median(verMs.map((v, k) => v / nodeMs[k])), runs: startupRuns,
  };
  log(`startup: node -e 0 ${fmt(results.startup.nodeMs, 0)} ms, dvk --version ${fmt(results.startup.dvkMs, 0)} ms`);
}
closeSync(devnull);
const distAfter = distHash(snap.dir);
if (distAfter !== results.dist) problems.push(`dist/ changed during the run (build ${results.dist} → ${distAfter}): the figures mix two builds; run again`);
else if (snap.dir !== root && distHash() !== results.dist) log(`note: dist/ was rebuilt during the run; the figures are those of build ${results.dist}, copied at the start`);
results.problems = problems;

// ---------- report ----------
const L = [];
const mbOf = (kb) => (kb ? `${fmt(kb / 1024, 0)} MiB` : 'n/a');
L.push('');
L.push(`dvk benchmark — ${results.date.slice(0, 10)}, ${m.cores} cores (${m.model}), ${fmt(m.memGiB, 1)} GiB, node ${m.node}`);
L.push(`corpus: ${corpus.files} articles, ${fmt(mb, 1)} MB (${dir}, seed ${seed}); ${rounds} alternating round(s), medians; dvk build ${results.dist}`);
L.push('');
L.push('| run | median wall | MB/s | articles/s | peak RSS |');
L.push('| --- | ---: | ---: | ---: | ---: |');
const row = (name, x) => L.push(`| ${name} | ${secs(x.ms)} | ${fmt(x.mbps, 1)} | ${fmt(x.aps, 0)} | ${mbOf(x.peakRssKb)} |`);
row('floor (bench/floor.mjs)', results.floor);
row(`dvk extract --format jsonl (--jobs ${results.dvk.jobs})`, results.dvk);
if (results.dvkJobs1) row('dvk extract --format jsonl --jobs 1 (one run)', results.dvkJobs1);
L.push('');
L.push(`dvk / floor wall time: ×${fmt(results.ratio.median)} (median of per-round ratios: ${results.ratio.perRound.map((x) => fmt(x, 1)).join(', ')})`);
if (results.dvkJobs1) L.push(`dvk --jobs 1 / floor (median): ×${fmt(results.dvkJobs1.ratioToFloorMedian)}`);
L.push(`peak RSS method: ${rssMethod === 'resourceUsage' ? 'dvk: max-rss-kb (process.resourceUsage().maxRSS, DVK_REPORT_RSS=1)' : rssMethod === 'VmHWM-poll' ? '/proc/<pid>/status VmHWM polled every 20 ms' : 'none'}`);
if (results.startup) {
  const s = results.startup;
  L.push(`startup (median of ${s.runs} alternating runs): node -e 0 ${fmt(s.nodeMs, 0)} ms, dvk --version ${fmt(s.dvkMs, 0)} ms → ×${fmt(s.ratio)} (median per-pair ratio ×${fmt(s.pairRatioMedian)})`);
}
L.push(`dvk output (sample of ${results.sample.files}): ${fmt(results.sample.dvkOutputBytes / results.sample.files / 1024, 1)} KiB of JSONL per article`);
L.push('');
L.push('targets (issue 5):');
const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'met' : 'NOT met');
const peakAll = Math.max(results.dvk.peakRssKb ?? 0, results.dvkJobs1?.peakRssKb ?? 0) || null;
const targets = {
  ratio: results.ratio.median <= TARGET_RATIO,
  ratioNext: results.ratio.median <= NEXT_RATIO,
  rss: peakAll === null ? null : peakAll * 1024 < TARGET_RSS_MB * 1e6, // MB = 10^6 bytes: 286 MiB
  startup: results.startup ? results.startup.ratio <= TARGET_STARTUP : null,
};
results.targets = targets;
L.push(`  dvk within ${TARGET_RATIO}× of the floor: ×${fmt(results.ratio.median)} — ${verdict(targets.ratio)} (next: ${NEXT_RATIO}× — ${verdict(targets.ratioNext)})`);
L.push(`  peak RSS < ${TARGET_RSS_MB} MB (${fmt(TARGET_RSS_MB * 1e6 / 2 ** 20, 0)} MiB) at ${corpus.files} articles: ${mbOf(peakAll)} — ${verdict(targets.rss)}`);
L.push(`  dvk --version within ${TARGET_STARTUP}× of node -e 0: ${results.startup ? `×${fmt(results.startup.ratio)}` : '-'} — ${verdict(targets.startup)}`);
if (problems.length) {
  L.push('');
  L.push('problems seen in the runs:');
  for (const p of problems) L.push(`  ${p}`);
}
process.stdout.write(`${L.join('\n')}\n`);
if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);

if (problems.length) process.exitCode = 1;
else if (args.check && [targets.ratio, targets.rss, targets.startup].includes(false)) process.exitCode = 1;
