// Count values: "24", "03" → 3, "1.200" → 1200, "hai" → 2, "mười lăm" → 15, "một trăm linh năm" → 105.
import { HUNDRED_WORDS, JOINERS, TEN_WORDS, THOUSAND_WORDS, UNITS } from '../../lexicon/numbers.js';

export function parseCount(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  // (thousands set off by dots, or by spaces: "1.200", "1 200")
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(s) || /^\d{1,3}(?: \d{3})+$/u.test(s)) return Number(s.replace(/[. ]/gu, ''));
  if (/^\d+$/u.test(s)) return Number(s);
  return parseWords(s.split(' '));
}

function parseWords(words: string[]): number | null {
  let total = 0;
  let cur = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (JOINERS.has(w)) continue;
    if (w === 'mười') { cur += 10; any = true; continue; }
    if (TEN_WORDS.has(w) || HUNDRED_WORDS.has(w) || THOUSAND_WORDS.has(w)) {
      // a multiplier with no unit before it: "trăm" alone is not a count
      if (!any) return null;
      continue;
    }
    const u = UNITS[w];
    if (u === undefined) return null;
    any = true;
    if (next && TEN_WORDS.has(next)) cur += u * 10;
    else if (next && HUNDRED_WORDS.has(next)) cur += u * 100;
    else if (next && THOUSAND_WORDS.has(next)) { total += (cur + u) * 1000; cur = 0; }
    else cur += u;
  }
  if (!any) return null;
  return total + cur;
}
