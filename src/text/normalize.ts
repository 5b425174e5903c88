// Normalize once, first: NFC, one space character, one tone placement, no CR; and keep a
// map from every normalized offset back to the decoded input, so evidence points at the
// real text.
import { normalizeTonePlacement } from './tone.js';

export interface Normalized {
  /** the normalized text all rules run on */
  text: string;
  /** toSource[i] is the offset in the source of normalized offset i (length text.length + 1) */
  toSource: Int32Array;
  source: string;
}

// NBSP, the Unicode spaces, tabs, zero-width space/joiners, word joiner, BOM, soft hyphen
// (by code, as the slow path looks at every character)
function spaceLike(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
  return c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}
// Combining marks: none below U+0300; above, looked up once per character and remembered
const COMBINING = /\p{M}/u;
const markKnown = new Uint8Array(0x10000); // 0 unknown, 1 a mark, 2 not
function combining(source: string, j: number): boolean {
  const c = source.charCodeAt(j);
  if (c < 0x300) return false;
  if (c >= 0xd800 && c <= 0xdfff) return COMBINING.test(source[j]!);
  if (markKnown[c] === 0) markKnown[c] = COMBINING.test(source[j]!) ? 1 : 2;
  return markKnown[c] === 1;
}

/** Normalizes `source` for matching and returns the text with its offset map. */
// Anything the slow path would change: CR, a space-like character other than one plain
// space, two spaces in a row, a space at a line's start or end, a combining mark, non-NFC
// (the space checks as plain substring searches, the rest as one character class)
const SPECIAL_CHAR = /[\r\t\v\f\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\p{M}]/u;
function needsWork(source: string): boolean {
  return (
    source.includes('  ') || source.startsWith(' ') || source.endsWith(' ') || source.includes('\n ') || source.includes(' \n') || SPECIAL_CHAR.test(source)
  );
}

export function normalize(source: string): Normalized {
  // clean text (most UTF-8 archives) maps to itself: only the tone placement may change,
  // and it keeps every offset
  if (!needsWork(source) && source.normalize('NFC') === source) {
    const text = normalizeTonePlacement(source);
    const toSource = new Int32Array(text.length + 1);
    for (let k = 0; k <= text.length; k++) toSource[k] = k;
    return { text, toSource, source };
  }
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1; // source offset of a space run not yet written
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i]!;
    if (ch === '\r') {
      // CRLF → LF; a lone CR is a line break too
      if (source[i + 1] !== '\n') pushBreak(i);
      i++;
      continue;
    }
    if (ch === '\n') {
      pushBreak(i);
      i++;
      continue;
    }
    if (spaceLike(source.charCodeAt(i))) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    // a base character with its combining marks is composed as one cluster
    let j = i + 1;
    if (ch >= '\ud800' && ch <= '\udbff' && j < n) j++;
    while (j < n && combining(source, j)) j++;
    const cluster = source.slice(i, j);
    const composed = cluster.length === 1 && ch < '\u0300' ? cluster : cluster.normalize('NFC');
    flushSpace();
    for (let k = 0; k < composed.length; k++) {
      out.push(composed[k]!);
      // the first character of a cluster maps to its start; later ones inside it
      map.push(k === 0 ? i : Math.min(i + k, j - 1));
    }
    i = j;
  }
  const text = normalizeTonePlacement(out.join(''));
  const toSource = new Int32Array(text.length + 1);
  for (let k = 0; k < map.length; k++) toSource[k] = map[k]!;
  toSource[text.length] = n;
  return { text, toSource, source };

  function flushSpace(): void {
    if (pendingSpace >= 0) {
      // a space at the start of a line is dropped
      if (out.length > 0 && out[out.length - 1] !== '\n') {
        out.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
  }
  function pushBreak(at: number): void {
    pendingSpace = -1; // trailing spaces of a line are dropped
    out.push('\n');
    map.push(at);
  }
}

/** Maps a normalized [start, end) span to the source span it came from. */
export function sourceSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const s = norm.toSource[start]!;
  // the end is the source offset just after the last normalized character's cluster
  let e: number;
  if (end <= 0) e = s;
  else {
    const last = norm.toSource[end - 1]!;
    e = end < norm.text.length ? Math.max(norm.toSource[end]!, last + 1) : norm.source.length;
    // do not swallow trailing spaces that were dropped
    while (e > last + 1 && /\s/u.test(norm.source[e - 1]!)) e--;
  }
  return { start: s, end: Math.max(e, s) };
}

/** Folds a piece of source text the way an output string should look: NFC, single spaces. */
export function cleanString(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff]+/gu, ' ').trim();
}
