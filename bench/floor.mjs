#!/usr/bin/env node
// The floor: the least a program reading this corpus can do. It walks the same files
// in the same order as dvk (directories recursively, entries in code-point order, dot
// entries skipped, .txt/.html/.htm), reads each one, decodes it as UTF-8, normalizes it
// to NFC, runs one regular expression over it, and writes one JSON line per file to
// stdout. One process, one thread, sequential reads: nothing clever.
//
//   node bench/floor.mjs DIR... > /dev/null
// With DVK_REPORT_RSS=1 it prints "floor: max-rss-kb N" on stderr at exit, as dvk does.
import { opendirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE_EXT = /\.(?:txt|html?)$/iu;
const PATTERN = /\d+ (?:tập thể|cá nhân)/gu;
const decoder = new TextDecoder('utf-8');

function* walk(dir) {
  const entries = [];
  const d = opendirSync(dir);
  for (let e = d.readSync(); e !== null; e = d.readSync()) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXT.test(e.name)) entries.push({ name: e.name, dir: false });
  }
  d.closeSync();
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path);
    else yield path;
  }
}

let out = '';
const flush = () => {
  const buf = Buffer.from(out, 'utf8');
  for (let off = 0; off < buf.length; ) off += writeSync(1, buf, off);
  out = '';
};

for (const arg of process.argv.slice(2)) {
  const files = statSync(arg).isDirectory() ? walk(arg) : [arg];
  for (const file of files) {
    const bytes = readFileSync(file);
    const text = decoder.decode(bytes).normalize('NFC');
    let matches = 0;
    for (const _ of text.matchAll(PATTERN)) matches++;
    out += `${JSON.stringify({ file, bytes: bytes.length, chars: text.length, matches })}\n`;
    if (out.length >= 65536) flush();
  }
}
flush();

if (process.env.DVK_REPORT_RSS) process.stderr.write(`floor: max-rss-kb ${process.resourceUsage().maxRSS}\n`);
