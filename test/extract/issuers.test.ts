// Issuers whose names have lowercase words inside ("Bộ Giáo dục và Đào tạo") give their tier,
// and people counted by their role ("nhà giáo", "bác sĩ") are individuals.
import { describe, expect, it } from 'vitest';
import { findIssuers } from '../../src/extract/award/context.js';
import { extract } from '../../src/index.js';

describe('issuers named with lowercase words', () => {
  it.each([
    ['Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen cho 5 tập thể', 'trung ương', 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ['Dịp này, 2 nhà giáo được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen', 'trung ương', 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ['Bằng khen của Bộ Tài nguyên và Môi trường cho 3 tập thể', 'trung ương', 'Bộ Tài nguyên và Môi trường'],
    ['Bằng khen của bộ giáo dục và đào tạo cho 3 tập thể', 'trung ương', 'bộ giáo dục và đào tạo'],
  ])('%s → %s', (text, tier, phrase) => {
    const hits = findIssuers(text);
    expect(hits.map((h) => [h.value, text.slice(h.start, h.end).trim()])).toEqual([[tier, phrase]]);
  });

  it('a lowercase phrase that is no known body still ends the issuer', () => {
    expect(findIssuers('Ban Thường vụ Huyện ủy giáo dục và tặng Giấy khen cho 3 tập thể')).toEqual([]);
  });
});

describe('people counted by their role', () => {
  const awards = (body: string) =>
    extract(`Tin giáo dục\n\n${body}`, { file: 'x.txt' }).awards.map((a) => [a.count, a.recipient_type, a.level, a.award]);
  it.each([
    ['Ngày 18/11/2023, Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen cho 4 nhà giáo.', [[4, 'cá nhân', 'trung ương', 'bằng khen']]],
    ['Ngày 20/3/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 bác sĩ và 30 nhân viên y tế.', [[12, 'cá nhân', 'tỉnh', 'bằng khen'], [30, 'cá nhân', 'tỉnh', 'bằng khen']]],
    ['Ngày 20/3/2021, công ty hỗ trợ 200 người lao động bị mất việc.', []],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});
