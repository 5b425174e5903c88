// Comparison keys: the same name or title written with other tone placement, case,
// spacing or a dropped diacritic compares equal.
import { normalizeTonePlacement } from './tone.js';

// Names and titles repeat within an article and across an archive: each key is computed once
// and kept in a bounded memo (emptied when full, so memory does not grow with the archive).
const MEMO_SIZE = 20_000;
function memoized(fn: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = fn(s);
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}

/** NFC, new-style tones, single spaces: the form two spellings of one title share. */
export const canonical = memoized((s) => normalizeTonePlacement(s.normalize('NFC').replace(/\s+/gu, ' ').trim()));

/** Lowercase without diacritics: "Nguyễn Hưu Hiệp" and "Nguyễn Hữu Hiệp" share it. */
export const foldKey = memoized((s) =>
  canonical(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/[^\p{L}\p{N} ]/gu, ''),
);
