// The gate before person mentions (src/extract/official/name-gate.ts) is a scan by character
// code; the pattern it replaced stays here as its specification, checked on every sentence of
// the corpus and on random text built from the characters where the two could differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../support/fixture-sentences.js';
import { mayNameOfficial } from '../../src/extract/official/name-gate.js';
import { HONORIFICS } from '../../src/lexicon/honorifics.js';
import { SURNAMES } from '../../src/lexicon/surnames.js';
import { alternation, testAtWordStart } from '../../src/lexicon/pattern.js';

const capitalized = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const MAY_NAME_OFFICIAL = new RegExp(
  `(?:(?:${alternation(SURNAMES)})|(?:${alternation(HONORIFICS.flatMap((h) => [h, capitalized(h)]))}):? ?)[ ]?\\p{Lu}`,
  'u',
);
const GLUED_CAPITAL = /\p{Ll}\p{Lu}/u;
const HIGHLANDS_NAME = /(?<![\p{L}\p{M}])[HK]['’] ?\p{Lu}/u;
// a name transliterated from Lao: a capital after a word whose last hyphen joins two lowercase letters
const HYPHENED_NAME = /\p{Ll}-\p{Ll}[^ -]{0,21} \p{Lu}/u;
const byPattern = (text: string): boolean => testAtWordStart(MAY_NAME_OFFICIAL, text, 'letter-mark') || GLUED_CAPITAL.test(text) || HIGHLANDS_NAME.test(text) || HYPHENED_NAME.test(text);


describe('mayNameOfficial', () => {
  it.each([
    ['Ông Nguyễn Văn An phát biểu.', true],
    ['Đồng chí: Lê Thị Hoa', true],
    ['đồng chí  Lê Thị Hoa', true],
    ['Đồng chíNguyễn Văn An', true],
    ['bà H’Yim Kđoh', true],
    ['dự có H’ Linh Byă và K’ Brơi', true],
    ['TS. Trần Hòa', true],
    ['đ/ c Lan', true],
    ['ông   Lan (three spaces)', false],
    ['Hội nghị tổng kết công tác dân vận.', false],
    ['Xã Tân Hòa tổ chức hội nghị.', false],
    ['tổ chức Hội nghị', false],
    ['kông An', false],
    ["Trưởng Khoa Nhi H'Bil Êban phát biểu.", true],
    ['già làng K’Brel', true],
    ["\u0301H'Bil", false],
    ['tặng cho Khăm-xỉ Vông-phết', true],
    ['khu A-B Tây và COVID-19 Tây', false],
    ['1 ông An', true],
    ['Nguyễn  Văn (a family name, two spaces)', false],
    ['Nguyễn: Văn', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(mayNameOfficial(text)).toBe(expected);
    expect(byPattern(text)).toBe(expected);
  });

  it('decides every sentence of the fixture corpus as the pattern does', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(1000);
    for (const s of sentences) expect(mayNameOfficial(s), s).toBe(byPattern(s));
  });

  it('decides random text as the pattern does', () => {
    const PIECES = ['-', 'Nguyễn', 'Lê', 'ông', 'Ông', 'bà', 'đồng chí', 'đ/ c', 'TS.', 'H', 'K', "'", '’', ' ', ':', 'A', 'Ư', 'a', 'ă', '\u0301', '𐐀', '𐐨', '\ud800', 'ǅ', '1', '.', ',', 'x', 'Y'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        expect(mayNameOfficial(s)).toBe(byPattern(s));
      }),
      { numRuns: 5000, seed: 13 },
    );
  });
});
