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

// a line may hold capitals worth a look: two capital letters side by side
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// the words of a line: letters, marks and the apostrophe of "H'Xuân"
const WORD = /[\p{L}\p{M}'’]+/gu;

/**
 * `text` with the names in capitals inside its lines of ordinary case in title case; the same
 * length, offset for offset. (A line all in capitals is left as it is, and a site's name in
 * capitals with its tagline, "LAM GIANG ONLINE - Tin tức xứ Nghệ": the page-top rules know them by
 * their capitals.)
 */
export function calmCapitals(text: string): string {
  if (!TWO_CAPITALS.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!TWO_CAPITALS.test(line) || !LOWER.test(line) || isMastheadLine(line)) continue;
    const calm = titleCaseRuns(line);
    if (calm !== line) {
      lines[i] = calm;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/**
 * `s` with every run of two or more syllables in capitals, one space apart, in title case:
 * "Ông NGUYỄN VĂN TÁM, Tổ trưởng" → "Ông Nguyễn Văn Tám, Tổ trưởng", "GIÀNG A DẾ" → "Giàng A Dế"
 * (not one word alone, nor abbreviations: "UBND TP HCM").
 */
export function titleCaseRuns(s: string): string {
  if (!TWO_CAPITALS.test(s)) return s;
  const words = [...s.matchAll(WORD)].map((m) => ({ at: m.index, text: m[0], syllable: capsSyllable(m[0]) }));
  const out = s.split('');
  for (let k = 0; k < words.length; ) {
    let e = k;
    while (e < words.length && words[e]!.syllable && (e === k || s.slice(words[e - 1]!.at + words[e - 1]!.text.length, words[e]!.at) === ' ')) e++;
    if (e - k >= 2 && words.slice(k, e).filter((w) => w.text.length >= 2).length >= 2) {
      for (const w of words.slice(k, e)) {
        const title = w.text[0]! + w.text.slice(1).toLowerCase();
        for (let c = 0; c < title.length; c++) out[w.at + c] = title[c]!;
      }
    }
    k = Math.max(e, k + 1);
  }
  const calm = out.join('');
  // (a letter whose lowercase is longer, none in Vietnamese, leaves the text as it was)
  return calm.length === s.length ? calm : s;
}
