import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { isVietnameseSyllable, vietnameseScore } from '../../src/read/syllable.js';
import { NEWS } from './samples.js';

describe('isVietnameseSyllable', () => {
  const good = [
    'Nguyễn', 'người', 'khuya', 'ĐIỂN', 'quốc', 'giữ', 'thuở', 'xoong', 'nghiêng', 'tuyển', 'Ủy',
    'uỷ', 'hoà', 'hòa', 'khoẻ', 'chuyện', 'gì', 'ấy', 'ạ', 'Đảng', 'trường', 'khuỷu', 'ngoằn',
  ];
  for (const word of good) it(`accepts "${word}"`, () => expect(isVietnameseSyllable(word)).toBe(true));

  // TCVN3 read as cp1258, VNI read as cp1258, TCVN3 read as VISCII, UTF-8 read as cp1258, two tones, loanwords
  const bad = ['Ngµy', 'ViÖt', 'Vieät', 'Ngộy', 'trễờng', 'TrÆ°á»ng', 'ñöôïc', 'cáfé', 'café', 'Việ̣t', 'ầê'];
  for (const word of bad) it(`rejects "${word}"`, () => expect(isVietnameseSyllable(word)).toBe(false));
});

describe('vietnameseScore', () => {
  it('ranks the right decoding of a news paragraph above the wrong ones', () => {
    const right = vietnameseScore(NEWS);
    const bytes = iconv.encode(NEWS.replace(/[“”]/gu, '"'), 'tcvn');
    for (const wrong of ['windows-1258', 'viscii', 'latin1']) {
      expect(vietnameseScore(iconv.decode(bytes, wrong).normalize('NFC'))).toBeLessThan(right / 2);
    }
    expect(vietnameseScore(Buffer.from(NEWS, 'utf8').toString('latin1'))).toBeLessThan(0);
  });

  it('counts control characters and U+FFFD against a decoding', () => {
    expect(vietnameseScore('Dân vận')).toBe(2);
    expect(vietnameseScore('Dân\u0001 v\ufffdn')).toBe(-1);
    expect(vietnameseScore('plain ASCII words only')).toBe(0);
  });
});
