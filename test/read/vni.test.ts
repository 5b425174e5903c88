import { describe, it, expect } from 'vitest';
import { decodeVni, encodeVni, VNI_OF } from '../../src/read/vni.js';
import { TONED_LETTERS } from './samples.js';

describe('VNI-Windows', () => {
  // spellings as they appear in old VNI documents read as cp1252
  const cases: [string, string][] = [
    ['Vieät Nam', 'Việt Nam'],
    ['ñöôïc', 'được'],
    ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Daân vaän kheùo', 'Dân vận khéo'],
    ['ÑAÛNG UÛY', 'ĐẢNG ỦY'],
    ['tænh, chính trò, naêm, Kyõ, tî naïn', 'tỉnh, chính trị, năm, Kỹ, tỵ nạn'],
    ['khuyû tay, tuyeån choïn, ngöôøi', 'khuỷ tay, tuyển chọn, người'],
    ['ÔÛ, ÖÙNG, Æ, Ñ, Î', 'Ở, ỨNG, Ỉ, Đ, Ỵ'],
    ['ngaén, ngaèn, ngaún, ngaün, ngaën', 'ngắn, ngằn, ngẳn, ngẵn, ngặn'],
  ];
  for (const [vni, unicode] of cases) {
    it(`reads "${vni}" as "${unicode}"`, () => expect(decodeVni(vni)).toBe(unicode));
  }

  it('has a spelling for all 134 letters, and reads each back', () => {
    for (const ch of TONED_LETTERS) {
      expect(VNI_OF.has(ch), ch).toBe(true);
      expect(decodeVni(encodeVni(ch)), ch).toBe(ch);
    }
    const line = TONED_LETTERS.join('');
    expect(decodeVni(encodeVni(line))).toBe(line);
  });

  it('accepts a diacritic byte of the other case, as hand-typed VNI has it', () => {
    expect(decodeVni('Aù')).toBe('Á');
    expect(decodeVni('aÙ')).toBe('á');
  });

  it('leaves other text alone', () => {
    expect(decodeVni('Quận 1, 2023: “Dân vận” – …')).toBe('Quận 1, 2023: “Dân vận” – …');
  });
});
