// Whether a sentence may name a person at all, before it is tokenized: a capital letter right
// after a family name or an honorific ("Nguyễn Văn", "ông Thắng", "Đồng chí: Lê"), or glued to
// a lowercase letter ("chíNguyễn"). Case matters, so "tổ chức" or "chủ đề" is no title.
//
// A scan by character code, held by test/extract/name-gate.test.ts to the pattern it replaced:
//   /(?:<family names>|<honorifics, lowercase and capitalized>:? ?)[ ]?\p{Lu}/u, its match
//   starting where no letter or mark comes before, or /\p{Ll}\p{Lu}/u anywhere, or a name
//   of the Central Highlands /(?<![\p{L}\p{M}])[HK]['’] ?\p{Lu}/u ("H'Bil Êban", "H’ Mến Byă").
// The pattern spent ~8% of extract(): V8 tried its 300 alternatives at every character.
import { SURNAMES } from '../../lexicon/surnames.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { atWordStart, capitalized } from '../../lexicon/pattern.js';


/** Words by their last character. */
function byLast(words: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of new Set(words)) {
    const last = w.charCodeAt(w.length - 1);
    out.set(last, [...(out.get(last) ?? []), w]);
  }
  return out;
}
// a family name comes right before the capital or one space before it: "Nguyễn Văn"
const FAMILY = byLast(SURNAMES);
// an honorific may have a colon and two spaces after it: "Đồng chí: Lê"
const HONORIFIC = byLast(HONORIFICS.flatMap((h) => [h, capitalized(h)]));

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const NONE = 1;
const UP = 2;
const LOW = 3;
// letter case of the characters of the Basic Multilingual Plane, as they are met (0: not yet)
const bmpCase = new Uint8Array(0x10000);

function caseOf(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? UP : cp >= 0x61 && cp <= 0x7a ? LOW : NONE;
  if (cp < 0x10000) {
    const known = bmpCase[cp]!;
    if (known !== 0) return known;
    const c = caseByPattern(cp);
    bmpCase[cp] = c;
    return c;
  }
  return caseByPattern(cp);
}

function caseByPattern(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return UPPER.test(ch) ? UP : LOWER.test(ch) ? LOW : NONE;
}

/** The code point that ends right before `i` (a surrogate pair read whole). */
function codePointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

export function mayNameOfficial(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const cp = text.codePointAt(p)!;
    const wide = cp > 0xffff;
    if (caseOf(cp) !== UP) {
      if (wide) p++;
      continue;
    }
    if (p > 0) {
      // "chíNguyễn"
      if (caseOf(codePointBefore(text, p)) === LOW) return true;
      // an Ê Đê or K'Ho name: "H'Bil Êban", "K’Brel"
      const apostrophe = text.charCodeAt(p - 1);
      if ((apostrophe === 0x27 || apostrophe === 0x2019) && p >= 2 && (text.charCodeAt(p - 2) === 0x48 || text.charCodeAt(p - 2) === 0x4b) && atWordStart(text, p - 2, 'letter-mark')) return true;
      // (written with a space after the apostrophe: "H’ Mến Byă")
      const spaced = text.charCodeAt(p - 2);
      if (apostrophe === 0x20 && (spaced === 0x27 || spaced === 0x2019) && p >= 3 && (text.charCodeAt(p - 3) === 0x48 || text.charCodeAt(p - 3) === 0x4b) && atWordStart(text, p - 3, 'letter-mark')) return true;
      const space = text.charCodeAt(p - 1) === 0x20;
      if (endsAt(FAMILY, text, p) || (space && endsAt(FAMILY, text, p - 1))) return true;
      // a name transliterated from Lao, the word before of syllables joined by hyphens: "Khăm-xỉ Vông-phết"
      if (space && hyphenedBefore(text, p - 1)) return true;
      // back over the spaces (two at most) and a colon before the capital
      let q = space ? p - 1 : p;
      if (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
      if (endsAt(HONORIFIC, text, q) || (q > 0 && text.charCodeAt(q - 1) === 0x3a && endsAt(HONORIFIC, text, q - 1))) return true;
    }
    if (wide) p++;
  }
  return false;
}

/** Whether the word ending at `end` joins a syllable by a hyphen, a lowercase letter after it: "Khăm-xỉ". */
function hyphenedBefore(text: string, end: number): boolean {
  for (let q = end - 1; q > 0 && q > end - 24; q--) {
    const c = text.charCodeAt(q);
    if (c === 0x20) return false;
    if (c === 0x2d) return caseOf(text.codePointAt(q + 1)!) === LOW && caseOf(codePointBefore(text, q)) === LOW;
  }
  return false;
}

/** Whether one of the words ends at `end`, starting a word. */
function endsAt(words: Map<number, string[]>, text: string, end: number): boolean {
  if (end === 0) return false;
  const list = words.get(text.charCodeAt(end - 1));
  if (!list) return false;
  for (const w of list) {
    const start = end - w.length;
    if (start >= 0 && text.startsWith(w, start) && atWordStart(text, start, 'letter-mark')) return true;
  }
  return false;
}
