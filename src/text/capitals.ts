// Names printed in capitals, written the way the rules read names: two or more syllables in
// capitals side by side in title case, every offset kept ("Ông NGUYỄN VĂN TÁM, Tổ trưởng …" →
// "Ông Nguyễn Văn Tám, Tổ trưởng …"). Abbreviations are no syllables and stay as they are: "UBND",
// "HĐND", "BĐBP", "ĐUK", "THCS".

import { isMastheadLine } from './page-top.js';

// the vowels of Vietnamese, each with every tone, in capitals
const VOWELS = new Set<string>();
for (const base of 'AĂÂEÊIOÔƠUƯY') {
  VOWELS.add(base);
  for (const tone of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) VOWELS.add(`${base}${tone}`.normalize('NFC'));
}
// the consonants that may open a syllable, longest first
const INITIALS = ['NGH', 'NG', 'NH', 'CH', 'GH', 'GI', 'KH', 'PH', 'QU', 'TH', 'TR', 'B', 'C', 'D', 'Đ', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'Q', 'R', 'S', 'T', 'V', 'X'];
// the consonants that may close one
const FINALS = new Set(['', 'NG', 'NH', 'CH', 'C', 'M', 'N', 'P', 'T']);
// a Roman numeral ("hạng III") is no syllable
const ROMAN = /^[IVX]+$/u;
// the longest syllable ("NGHIÊNG")
const SYLLABLE_MAX = 7;

/** Whether `w` is one Vietnamese syllable written in capitals: "NGUYỄN", "KHÉO", "A" (not "UBND"). */
export function capsSyllable(w: string): boolean {
  if (w.length > SYLLABLE_MAX || w !== w.toUpperCase() || w === w.toLowerCase() || ROMAN.test(w)) return false;
  const initial = INITIALS.find((c) => w.startsWith(c) && w.length > c.length) ?? '';
  let k = initial.length;
  const from = k;
  while (k < w.length && VOWELS.has(w[k]!)) k++;
  const vowels = k - from;
  return vowels >= 1 && vowels <= 3 && FINALS.has(w.slice(k));
}

const LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// the capitals of Vietnamese, by code, all below U+1F00 (the runs are found by a loop over the
// text: a pattern that may begin at any capital tried each capital of an article, ~20 µs an article)
const UPPER = new Uint8Array(0x1f00);
for (const c of ['ABCDEFGHIJKLMNOPQRSTUVWXYZĐ', ...VOWELS].join('')) UPPER[c.charCodeAt(0)] = 1;
const upperAt = (s: string, i: number): boolean => UPPER[s.charCodeAt(i)] === 1;

/**
 * The runs of two or more words in capitals side by side, one space apart, in `s`: each as the
 * words of it (a word's apostrophe kept: "H’XUÂN").
 */
function capitalRuns(s: string): Array<Array<{ at: number; text: string }>> {
  const runs: Array<Array<{ at: number; text: string }>> = [];
  let run: Array<{ at: number; text: string }> = [];
  let i = 0;
  while (i < s.length) {
    if (!upperAt(s, i) || (i > 0 && WORD_CHAR.test(s[i - 1]!))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && (upperAt(s, j) || s[j] === "'" || s[j] === '’')) j++;
    // (a word in capitals ends at a space, a mark or the end: not "UBND" of "UBNDx", nor the "H" of "Huyện")
    const whole = j >= s.length || !WORD_CHAR.test(s[j]!);
    if (whole) run.push({ at: i, text: s.slice(i, j) });
    if (!whole || s[j] !== ' ' || j + 1 >= s.length || !upperAt(s, j + 1)) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
    i = j + 1;
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * `text` with the names in capitals inside its lines of ordinary case in title case; the same
 * length, offset for offset. (A line all in capitals is left as it is, and a site's name in
 * capitals with its tagline, "LAM GIANG ONLINE - Tin tức xứ Nghệ": the page-top rules know them by
 * their capitals.)
 */
export function calmCapitals(text: string): string {
  return recased(text, (at) => {
    const from = text.lastIndexOf('\n', at) + 1;
    const to = text.indexOf('\n', at);
    const line = text.slice(from, to < 0 ? text.length : to);
    return LOWER.test(line) && !isMastheadLine(line);
  });
}

/**
 * `s` with every run of two or more syllables in capitals, one space apart, in title case:
 * "Ông NGUYỄN VĂN TÁM, Tổ trưởng" → "Ông Nguyễn Văn Tám, Tổ trưởng", "GIÀNG A DẾ" → "Giàng A Dế"
 * (not one word alone, nor abbreviations: "UBND TP HCM").
 */
export function titleCaseRuns(s: string): string {
  return recased(s, () => true);
}

/** `s` with the runs of syllables in capitals that `where` allows (by their offset) in title case. */
function recased(s: string, where: (at: number) => boolean): string {
  let out: string[] | null = null;
  for (const words of capitalRuns(s)) {
    // runs of syllables inside it, two words or more, two of them of two letters or more
    for (let k = 0; k < words.length; ) {
      let e = k;
      while (e < words.length && capsSyllable(words[e]!.text)) e++;
      if (e - k >= 2 && words.slice(k, e).filter((w) => w.text.length >= 2).length >= 2 && where(words[k]!.at)) {
        out ??= s.split('');
        for (const w of words.slice(k, e)) {
          const title = w.text[0]! + w.text.slice(1).toLowerCase();
          if (title.length !== w.text.length) continue;
          for (let c = 0; c < title.length; c++) out[w.at + c] = title[c]!;
        }
      }
      k = Math.max(e, k + 1);
    }
  }
  return out ? out.join('') : s;
}
