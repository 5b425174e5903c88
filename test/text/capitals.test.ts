// Names printed in capitals (src/text/capitals.ts): which words are syllables in capitals, which
// runs of them are names, and the lines left as they are.
import { describe, expect, it } from 'vitest';
import { calmCapitals, capsSyllable, titleCaseRuns } from '../../src/text/capitals.js';
import { extract } from '../../src/index.js';

const SYLLABLES = ['NGUYỄN', 'VĂN', 'TÁM', 'KHÉO', 'TRƯỞNG', 'NGHIÊNG', 'QUÝ', 'GIÀNG', 'A', 'DẾ', 'CA', 'ĐƯỜNG'];
const NOT_SYLLABLES = ['UBND', 'HĐND', 'BĐBP', 'ĐUK', 'THCS', 'BTV', 'CCB', 'TP', 'HCM', 'VKSND', 'III', 'IV', 'Nguyễn', 'văn', 'H’XUÂN', '2019'];

describe('capitals: a syllable in capitals', () => {
  it.each(SYLLABLES)('%s is one', (w) => expect(capsSyllable(w)).toBe(true));
  it.each(NOT_SYLLABLES)('%s is none', (w) => expect(capsSyllable(w)).toBe(false));
});

const RUNS: Array<[string, string]> = [
  ['– Ông NGUYỄN VĂN TÁM, Tổ trưởng tổ dân phố 21;', '– Ông Nguyễn Văn Tám, Tổ trưởng tổ dân phố 21;'],
  ['cho anh GIÀNG A DẾ, Trưởng bản Khe Vạc', 'cho anh Giàng A Dế, Trưởng bản Khe Vạc'],
  // (abbreviations and one word alone are no names)
  ['Chủ tịch UBND TP HCM và BĐBP tỉnh', 'Chủ tịch UBND TP HCM và BĐBP tỉnh'],
  ['Huân chương Lao động hạng III', 'Huân chương Lao động hạng III'],
  ['điển hình “Dân vận KHÉO”', 'điển hình “Dân vận KHÉO”'],
];

describe('capitals: runs of syllables in capitals are names', () => {
  it.each(RUNS)('%s', (text, expected) => {
    expect(titleCaseRuns(text)).toBe(expected);
    expect(titleCaseRuns(text)).toHaveLength(text.length);
  });
});

describe('capitals: lines left as they are', () => {
  it('keeps a line all in capitals, a headline or a site\'s name', () => {
    const text = 'PHƯỜNG RẠCH MÍT: 27 TẬP THỂ, CÁ NHÂN ĐƯỢC TUYÊN DƯƠNG\n\nÔng NGUYỄN VĂN TÁM phát biểu.';
    expect(calmCapitals(text)).toBe('PHƯỜNG RẠCH MÍT: 27 TẬP THỂ, CÁ NHÂN ĐƯỢC TUYÊN DƯƠNG\n\nÔng Nguyễn Văn Tám phát biểu.');
  });
  it('keeps a site\'s name in capitals with its tagline', () => {
    expect(calmCapitals('LAM GIANG ONLINE - Tin tức xứ Nghệ')).toBe('LAM GIANG ONLINE - Tin tức xứ Nghệ');
  });
});

describe('capitals: whole articles', () => {
  it('reads a name in capitals in a list of recipients, written in title case', () => {
    const r = extract('Tôn vinh điển hình “Dân vận khéo”\n\nNgày 12/10/2013, Đảng ủy phường Khe Vạc tổ chức hội nghị. Dịp này, 3 cá nhân được tuyên dương điển hình cấp quận, gồm:\n– Ông NGUYỄN VĂN TÁM, Tổ trưởng tổ dân phố 21;\n– Bà CHU THỊ MẾN, Trưởng ban điều hành khu phố 5.', { file: 't.txt' });
    expect(r.awards.map((a) => [a.recipient_type, a.count, a.recipients])).toEqual([['cá nhân', 3, ['Nguyễn Văn Tám', 'Chu Thị Mến']]]);
    expect(r.officials.map((o) => o.name)).toEqual(['Nguyễn Văn Tám', 'Chu Thị Mến']);
  });
  it('reads a headline\'s count of both kinds in capitals as one combined count, the body\'s parts its entries', () => {
    const r = extract('PHƯỜNG KHE VẠC: 27 TẬP THỂ, CÁ NHÂN ĐƯỢC TUYÊN DƯƠNG\n\nNgày 12/10/2013, Đảng ủy phường Khe Vạc tổ chức hội nghị. Đảng ủy phường tặng Giấy khen cho 12 tập thể và 15 cá nhân.', { file: 't.txt' });
    expect(r.awards.map((a) => [a.recipient_type, a.count])).toEqual([['tập thể', 12], ['cá nhân', 15]]);
  });
});
