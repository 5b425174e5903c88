// The hand-written token scanner finds exactly the spans of the token regex it replaced:
// the regex stays here as its specification, checked on every sentence of the corpus and on
// random text built from the characters that make the alternatives differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../support/fixture-sentences.js';
import { scanTokens } from '../../src/text/scan-token.js';

const TOKEN = /[đĐ]\/ ?[cC](?![\p{L}])|\p{Lu}\p{L}{0,3}\.(?:\p{Lu}\p{L}{0,3}\.?)+|\p{Lu}{1,2}\.(?= ?\p{Lu})|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,/]\d+)*|\S/gu;

function byRegex(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(TOKEN)) out.push(m.index, m.index + m[0].length);
  return out;
}


describe('scanTokens', () => {
  it.each([
    ['đ/c Nguyễn Văn An', [0, 3, 4, 10, 11, 14, 15, 17]],
    ['Đ/ C Lan', [0, 4, 5, 8]],
    ['đ/cán', [0, 1, 1, 2, 2, 5]],
    ['PGS.TS. Trần Hòa', [0, 7, 8, 12, 13, 16]],
    ['TP.HCM tổ chức', [0, 6, 7, 9, 10, 14]],
    ['TP.Thanh Hóa', [0, 7, 7, 8, 9, 12]],
    ['Q. Chủ tịch', [0, 2, 3, 6, 7, 11]],
    ['UBND. Sau', [0, 4, 4, 5, 6, 9]],
    ['H’Yim Kđoh, Bà-la-môn', [0, 5, 6, 10, 10, 11, 12, 21]],
    ['1.200 hộ; 15/10/2020, 3,5 tỷ', [0, 5, 6, 8, 8, 9, 10, 20, 20, 21, 22, 25, 26, 28]],
    ['\u00a0a\u3000b\ufeff', [1, 2, 3, 4]],
    ['𠀀 chữ', [0, 2, 3, 6]],
  ])('%j', (text, spans) => {
    expect(scanTokens(text)).toEqual(spans);
    expect(byRegex(text)).toEqual(spans);
  });

  it('splits every sentence of the fixture corpus as the regex does', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(1000);
    for (const s of sentences) expect(scanTokens(s), s).toEqual(byRegex(s));
  });

  it('splits random text as the regex does', () => {
    const PIECES = ['đ', 'Đ', '/', ' ', 'c', 'C', 'T', 'S', 'P', 'Ư', 'h', 'ơ', 'à', '.', "'", '’', '-', ',', '1', '0', '\u0301', '\u00a0', '\t', '\n', 'Ə', '𠀀', '\ud800', '\udc00', 'ǅ', '²', ':', '(', 'A', 'z'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(scanTokens(s)).toEqual(byRegex(s));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
