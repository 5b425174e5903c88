// Comparison keys: the same name or title written with other tone placement, case,
// spacing or a dropped diacritic compares equal.
import { normalizeTonePlacement } from './tone.js';

/** NFC, new-style tones, single spaces: the form two spellings of one title share. */
export function canonical(s: string): string {
  return normalizeTonePlacement(s.normalize('NFC').replace(/\s+/gu, ' ').trim());
}

/** Lowercase without diacritics: "Nguyễn Hưu Hiệp" and "Nguyễn Hữu Hiệp" share it. */
export function foldKey(s: string): string {
  return canonical(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/[^\p{L}\p{N} ]/gu, '');
}
