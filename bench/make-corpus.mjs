#!/usr/bin/env node
// Builds the benchmark corpus: N articles made from the fixture articles, varied so the
// corpus is not the same 64 files over and over. For output article i the fixture is
// i mod 64 (round robin), and a seeded PRNG (mulberry32, seed + i) rewrites
//   - counts: the number before "tập thể|cá nhân|gia đình|hộ|đảng viên|hội viên";
//   - dates: "13/10/2020" and "13/10" are moved by one offset of days per article, and
//     years (in full dates and standalone 1990–2029) by one shift of years per article,
//     so the dates of an article stay consistent with each other; historic dates
//     (before 1990, e.g. 15/10/1930) are left alone;
//   - person names: "Nguyễn Văn Phước"-like names (a surname and 2–3 capitalized words)
//     get a new surname and given name from the lists below (the gender marker Văn/Thị is
//     kept), the same new name for every mention in the article, and "đồng chí Phước" follows.
// Files go 100 to a directory (bench/corpus/n20000-s1/0000/000000-<fixture>.txt, …) like
// an archive. The same count and seed give byte-identical files; a manifest written last
// lets a later run skip the work when the corpus is already there.
//
//   node bench/make-corpus.mjs [--count 20000] [--seed 1] [--out DIR] [--force]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = resolve(here, '../fixtures/articles');
export const PER_DIR = 100;
const GENERATOR = 'dvk-bench-corpus/1';

export function defaultCorpusDir(count, seed) {
  return resolve(here, 'corpus', `n${count}-s${seed}`);
}

/** A small seeded PRNG: 32-bit state, floats in [0, 1). */
export function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Hà', 'Lò', 'Đinh', 'Trịnh', 'Mai', 'Cao', 'Lương', 'Tạ', 'Triệu', 'Đào', 'Lâm',
  'Tô', 'Trương', 'Lưu', 'Đoàn', 'Nông', 'Lục', 'Quách', 'Châu', 'La', 'Lại', 'Chu', 'Hứa', 'Thân', 'Giàng',
  'Sùng', 'Vàng', 'Lường', 'Kiều', 'Tăng'];
const MIDDLES = ['Minh', 'Quang', 'Đức', 'Hữu', 'Thanh', 'Ngọc', 'Quốc', 'Hồng', 'Xuân', 'Đình', 'Công', 'Mạnh',
  'Tấn', 'Hoàng', 'Kim', 'Thu', 'Bích', 'Mỹ', 'Anh', 'Bá', 'Trọng', 'Thành', 'Duy', 'Việt'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hằng', 'Hiền', 'Hiếu',
  'Hoa', 'Hòa', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Khoa', 'Lan', 'Liên', 'Linh', 'Long', 'Lộc', 'Mai', 'Minh',
  'Nam', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phong', 'Phúc', 'Phương', 'Quân', 'Quý', 'Sơn', 'Tâm', 'Thắng',
  'Thảo', 'Thịnh', 'Thủy', 'Trang', 'Trí', 'Trung', 'Tuấn', 'Tùng', 'Vân', 'Vinh', 'Xuân', 'Yến'];
// three-word names of places, streets and historic figures: not people of the article
const NOT_PEOPLE = new Set(['Hồ Chí Minh', 'Trần Văn Thời', 'Lý Thường Kiệt', 'Hoàng Văn Thụ', 'Châu Hưng A',
  'Nguyễn Thiện Thuật', 'Trần Hưng Đạo', 'Nguyễn Văn Cừ', 'Nguyễn Thị Minh Khai', 'Tôn Đức Thắng',
  'Võ Thị Sáu', 'Lê Hồng Phong', 'Nguyễn Văn Linh', 'Phạm Văn Đồng', 'Võ Nguyên Giáp', 'Lê Văn Tám',
  'Tăng Sa Vông', 'Lâm Sô Phênh']);

const RECIPIENT = 'tập thể|cá nhân|gia đình|hộ|đảng viên|hội viên';
// One pass: each token is handled by exactly one branch, the first that matches.
const TOKEN = new RegExp([
  String.raw`(?<fd>(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/]))`,                    // 13/10/2020
  String.raw`(?<pd>(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]))`,                        // 13/10
  String.raw`(?<cnt>(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?= (?:${RECIPIENT})(?!\p{L})))`, // 30 tập thể
  String.raw`(?<yr>(?<![\d/]|\d[.,])(?:199\d|20[0-2]\d)(?![\d/]|[.,]\d))`,                       // 2014
  String.raw`(?<name>(?<!\p{L})(?:${SURNAMES.join('|')})(?: \p{Lu}\p{Ll}*){2,3}(?!\p{L}))`, // Nguyễn Văn Phước
].join('|'), 'gu');

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const pad = (n, width) => String(n).padStart(width, '0');

function newCount(rnd, digits) {
  const n = Number(digits.replaceAll('.', ''));
  // same order of magnitude, never 0
  const lo = Math.max(1, Math.floor(n / 2));
  const hi = Math.max(lo + 3, Math.ceil(n * 1.5));
  const v = lo + Math.floor(rnd() * (hi - lo + 1));
  if (digits.includes('.')) return v.toLocaleString('de-DE'); // 18.000 style kept
  return digits.startsWith('0') ? pad(v, digits.length) : String(v); // 05 style kept
}

function newName(rnd, old) {
  const parts = old.split(' ');
  const out = [pick(rnd, SURNAMES)];
  for (let k = 1; k < parts.length - 1; k++) {
    const p = parts[k];
    out.push(p === 'Văn' || p === 'Thị' ? p : pick(rnd, MIDDLES));
  }
  out.push(pick(rnd, GIVENS));
  return out.join(' ');
}

/** The varied text of output article i (the fixture text, rewritten by a PRNG seeded with seed and i). */
export function vary(text, seed, i) {
  const rnd = mulberry32((Math.imul(seed, 0x9e3779b1) ^ (i + 1)) >>> 0);
  const dayShift = Math.floor(rnd() * 81) - 40;   // −40 … +40 days
  const yearShift = Math.floor(rnd() * 9) - 4;     // −4 … +4 years
  const firstYear = /\b(?:199\d|20[0-2]\d)\b/u.exec(text);
  const refYear = firstYear ? Number(firstYear[0]) + yearShift : 2020;
  const names = new Map();
  const givens = new Map();
  const shiftDate = (y, m, d) => {
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    const t = new Date(Date.UTC(y, m - 1, d));
    t.setUTCDate(t.getUTCDate() + dayShift);
    return t;
  };
  let out = text.replace(TOKEN, (...args) => {
    const g = args.at(-1);
    const all = args[0];
    if (g.fd !== undefined) {
      const [ds, ms, ys] = [args[2], args[3], args[4]];
      const y = Number(ys);
      if (y < 1990) return all; // a historic date
      const t = shiftDate(y + yearShift, Number(ms), Number(ds));
      if (!t) return all;
      return `${pad(t.getUTCDate(), ds.length)}/${pad(t.getUTCMonth() + 1, ms.length)}/${t.getUTCFullYear()}`;
    }
    if (g.pd !== undefined) {
      const [ds, ms] = [args[6], args[7]];
      const t = shiftDate(refYear, Number(ms), Number(ds));
      if (!t) return all;
      return `${pad(t.getUTCDate(), ds.length)}/${pad(t.getUTCMonth() + 1, ms.length)}`;
    }
    if (g.cnt !== undefined) return newCount(rnd, args[9]);
    if (g.yr !== undefined) return String(Number(all) + yearShift);
    if (g.name !== undefined) {
      if (NOT_PEOPLE.has(all)) return all;
      let n = names.get(all);
      if (!n) {
        n = newName(rnd, all);
        names.set(all, n);
        const oldGiven = all.slice(all.lastIndexOf(' ') + 1);
        // a given name shared by two people stays as it is in short mentions
        givens.set(oldGiven, givens.has(oldGiven) ? null : n.slice(n.lastIndexOf(' ') + 1));
      }
      return n;
    }
    return all;
  });
  // short mentions: "đồng chí Toàn", "ông Toàn", "bà Mai"
  out = out.replace(/(?<!\p{L})((?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị) )(\p{Lu}\p{Ll}*)(?!\p{L}| \p{Lu})/gu,
    (all, cue, given) => {
      const n = givens.get(given);
      return n ? cue + n : all;
    });
  return out;
}

function loadFixtures() {
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
  const hash = createHash('sha256');
  const fixtures = names.map((name) => {
    const bytes = readFileSync(join(FIXTURES, name));
    hash.update(name).update(bytes);
    let text = null;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch { /* not UTF-8: copied as it is */ }
    return { name, bytes, text };
  });
  return { fixtures, hash: hash.digest('hex').slice(0, 16) };
}

export function readManifest(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Makes the corpus unless DIR already holds one of this count, seed and fixture set.
 * Returns its manifest: { generator, count, seed, fixtures, files, bytes, dirs }.
 */
export function ensureCorpus({ count = 20000, seed = 1, out, force = false, log = () => {} } = {}) {
  const dir = resolve(out ?? defaultCorpusDir(count, seed));
  const { fixtures, hash } = loadFixtures();
  const have = readManifest(dir);
  if (!force && have && have.generator === GENERATOR && have.count === count && have.seed === seed && have.fixtures === hash) {
    log(`corpus: ${dir} already has ${count} articles (seed ${seed}); not regenerated`);
    return { ...have, dir };
  }
  if (existsSync(dir)) {
    // only a directory this script made (or an empty one) is wiped
    const entries = readdirSync(dir);
    const ours = entries.length === 0 || entries.includes('manifest.json') || entries.every((e) => /^\d{4,}$/u.test(e));
    if (!ours) throw new Error(`${dir} exists and is not a bench corpus; choose another --out`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const dirs = Math.ceil(count / PER_DIR);
  const width = Math.max(4, String(dirs - 1).length);
  let bytes = 0;
  let current = -1;
  for (let i = 0; i < count; i++) {
    const d = Math.floor(i / PER_DIR);
    const sub = join(dir, pad(d, width));
    if (d !== current) {
      mkdirSync(sub);
      current = d;
    }
    const f = fixtures[i % fixtures.length];
    const data = f.text === null ? f.bytes : Buffer.from(vary(f.text, seed, i), 'utf8');
    writeFileSync(join(sub, `${pad(i, 6)}-${basename(f.name)}`), data);
    bytes += data.length;
    if ((i + 1) % 10000 === 0) log(`corpus: ${i + 1}/${count} articles written`);
  }
  const manifest = { generator: GENERATOR, count, seed, fixtures: hash, files: count, bytes, dirs, perDir: PER_DIR };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`corpus: wrote ${count} articles, ${(bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s to ${dir}`);
  return { ...manifest, dir };
}

export function parseArgs(argv, spec) {
  const out = {};
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const m = /^--([\w-]+)(?:=(.*))?$/u.exec(a);
    if (!m || !(m[1] in spec)) throw new Error(`unknown argument: ${a}`);
    const key = m[1];
    if (spec[key] === 'flag') { out[key] = true; continue; }
    const v = m[2] ?? argv[++k];
    if (v === undefined) throw new Error(`--${key} needs a value`);
    if (spec[key] === 'int') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`--${key} takes a whole number`);
      out[key] = n;
    } else out[key] = v;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const a = parseArgs(process.argv.slice(2), { count: 'int', seed: 'int', out: 'str', force: 'flag' });
    if (a.count === 0) throw new Error('--count takes 1 or more');
    const m = ensureCorpus({ count: a.count ?? 20000, seed: a.seed ?? 1, out: a.out, force: a.force, log: (l) => console.error(l) });
    console.log(m.dir);
  } catch (e) {
    console.error(`make-corpus: ${e.message}`);
    process.exit(2);
  }
}
