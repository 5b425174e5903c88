// Normalize once, first: NFC, one space character, one tone placement, no CR; and keep a
// map from every normalized offset back to the decoded input, so evidence points at the
// real text.
import { calmCapitals } from './capitals.js';
import { normalizeTonePlacement } from './tone.js';

export interface Normalized {
  /** the normalized text all rules run on */
  text: string;
  /**
   * toSource[i] is the offset in the source of normalized offset i (length text.length + 1);
   * null when every offset maps to itself (the source was clean)
   */
  toSource: Int32Array | null;
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

// Anything the slow path would change: CR, a space-like character other than one plain
// space, two spaces in a row, a space at a line's start or end, a combining mark, non-NFC.
// The space checks are substring searches; the characters are looked at by code (a regex
// class with \p{M} took ten times as long on an article).
const ASTRAL_MARK = /^\p{M}$/u;
function needsWork(source: string): boolean {
  if (source.includes('  ') || source.startsWith(' ') || source.endsWith(' ') || source.includes('\n ') || source.includes(' \n')) return true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x300) {
      if (c === 0x0d || (c !== 0x20 && spaceLike(c))) return true;
      continue;
    }
    if (spaceLike(c) || c === 0x2028 || c === 0x2029) return true;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < source.length) {
      // a mark beyond the BMP is a pair of surrogates
      if (ASTRAL_MARK.test(source.slice(i, i + 2))) return true;
      i++;
      continue;
    }
    if (combining(source, i)) return true;
  }
  return false;
}

// Whether a character standing alone is unchanged by NFC: all below U+0300 and nearly all
// above; looked up once per character and remembered ("Ω" U+2126 is one that changes)
const nfcKnown = new Uint8Array(0x10000); // 0 unknown, 1 unchanged, 2 changed
function aloneInNfc(c: number): boolean {
  if (c < 0x300) return true;
  if (nfcKnown[c] === 0) {
    const ch = String.fromCharCode(c);
    nfcKnown[c] = ch.normalize('NFC') === ch ? 1 : 2;
  }
  return nfcKnown[c] === 1;
}

/** Normalizes `source` for matching and returns the text with its offset map. */
export function normalize(source: string): Normalized {
  // clean text (most UTF-8 archives) maps to itself: only the tone placement may change,
  // and it keeps every offset
  if (!needsWork(source) && source.normalize('NFC') === source) {
    return { text: calmCapitals(normalizeTonePlacement(source)), toSource: null, source };
  }
  return normalizeSlowly(source);
}

/**
 * The general case, character by character: CR and CRLF become LF, runs of space-like
 * characters one space (none at a line's start or end), clusters of a base and combining marks
 * are composed. Characters that need none of this are copied in runs.
 */
function normalizeSlowly(source: string): Normalized {
  const n = source.length;
  const parts: string[] = [];
  // map[k]: the source offset of normalized offset k (grown if composition lengthens the text)
  let map = new Int32Array(n + 1);
  let len = 0;
  let last = ''; // the last character written
  let pendingSpace = -1; // source offset of a space run not yet written
  let pendingTabs = 0; // how many tabs that run holds
  let lineFrom = 0; // the source offset just after the last "\n"
  let rowLine = -1; // the start of the line last tested by tabRow, and its answer
  let rowIsTabs = false;
  let runStart = -1; // source offset of a run of plain characters not yet written
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 0x0d) {
      flushRun(i);
      // CRLF → LF; a lone CR is a line break too
      if (source[i + 1] !== '\n') pushBreak(i);
      i++;
      continue;
    }
    if (c === 0x0a) {
      flushRun(i);
      pushBreak(i);
      lineFrom = i + 1;
      i++;
      continue;
    }
    if (spaceLike(c)) {
      flushRun(i);
      if (pendingSpace < 0) pendingSpace = i;
      if (c === 0x09) pendingTabs++;
      i++;
      continue;
    }
    // a base character with its combining marks is composed as one cluster
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    while (j < n && combining(source, j)) j++;
    if (j === i + 1 && aloneInNfc(c)) {
      // a plain character: it joins the run
      if (runStart < 0) {
        flushSpace();
        runStart = i;
      }
      i++;
      continue;
    }
    flushRun(i);
    flushSpace();
    const composed = source.slice(i, j).normalize('NFC');
    reserve(composed.length);
    parts.push(composed);
    for (let k = 0; k < composed.length; k++) {
      // the first character of a cluster maps to its start; later ones inside it
      map[len++] = k === 0 ? i : Math.min(i + k, j - 1);
    }
    last = composed[composed.length - 1] ?? last;
    i = j;
  }
  flushRun(n);
  const text = calmCapitals(normalizeTonePlacement(parts.join('')));
  map[len] = n;
  return { text, toSource: map.subarray(0, len + 1), source };

  function reserve(more: number): void {
    if (len + more + 1 <= map.length) return;
    const bigger = new Int32Array(Math.max(map.length * 2, len + more + 1));
    bigger.set(map);
    map = bigger;
  }
  function flushRun(end: number): void {
    if (runStart < 0) return;
    reserve(end - runStart);
    parts.push(source.slice(runStart, end));
    for (let k = runStart; k < end; k++) map[len++] = k;
    last = source[end - 1]!;
    runStart = -1;
  }
  function flushSpace(): void {
    if (pendingSpace >= 0) {
      // a space at the start of a line is dropped
      if (len > 0 && last !== '\n') {
        // the tabs between the cells of a table row are written as a pipe (" | "), and each more
        // tab as an empty cell ("A<TAB><TAB>6" → "A | | 6")
        const cell = pendingTabs > 0 && isTabRow(pendingSpace) ? ` |${' |'.repeat(pendingTabs - 1)} ` : ' ';
        reserve(cell.length);
        parts.push(cell);
        for (let k = 0; k < cell.length; k++) map[len++] = pendingSpace;
        last = ' ';
      }
      pendingSpace = -1;
      pendingTabs = 0;
    }
  }
  // (whether a line is a tab row is worked out once a line: a row has a gap at every cell)
  function isTabRow(at: number): boolean {
    if (lineFrom !== rowLine) {
      rowLine = lineFrom;
      rowIsTabs = tabRow(source, at);
    }
    return rowIsTabs;
  }
  function pushBreak(at: number): void {
    pendingSpace = -1; // trailing spaces of a line are dropped
    pendingTabs = 0;
    reserve(1);
    parts.push('\n');
    map[len++] = at;
    last = '\n';
  }
}

// A row of a table whose cells are separated by tabs, as copied from a page: two or more tabs
// inside its line, between cells ("1<TAB>Chi bộ thôn A<TAB>Ngõ sạch"); a tab after a list
// marker alone is indentation ("-<TAB>Ông A")
// (counted by a scan of the line: the tabs of the runs of spaces and tabs between two cells)
function tabRow(source: string, at: number): boolean {
  const from = source.lastIndexOf('\n', at) + 1;
  const found = source.indexOf('\n', at);
  const end = found < 0 ? source.length : found;
  let gaps = 0;
  let seenCell = false;
  let tabsInGap = 0;
  for (let i = from; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d) {
      if (c === 0x09) tabsInGap++;
      continue;
    }
    // (two tabs in a row hold an empty cell between them: "A<TAB><TAB>6" is three cells)
    if (seenCell) gaps += tabsInGap;
    seenCell = true;
    tabsInGap = 0;
  }
  return gaps >= 2;
}

/** Maps a normalized [start, end) span to the source span it came from. */
export function sourceSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const map = norm.toSource;
  const at = (k: number): number => (map ? map[k]! : k);
  const s = at(start);
  // the end is the source offset just after the last normalized character's cluster
  let e: number;
  if (end <= 0) e = s;
  else {
    const last = at(end - 1);
    e = end < norm.text.length ? Math.max(at(end), last + 1) : norm.source.length;
    // do not swallow trailing spaces that were dropped
    while (e > last + 1 && /\s/u.test(norm.source[e - 1]!)) e--;
  }
  return { start: s, end: Math.max(e, s) };
}

/** Folds a piece of source text the way an output string should look: NFC, single spaces. */
export function cleanString(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff]+/gu, ' ').trim();
}
