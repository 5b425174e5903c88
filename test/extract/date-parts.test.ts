// The parts of the date rule, Duckling style: date mentions with their rule, relative days,
// the year of a date written without one and the rule that found it, anniversaries, and
// publication lines (src/extract/date/patterns.ts, year.ts, publication.ts).
import { describe, expect, it } from 'vitest';
import { findDates, findRelative, valid } from '../../src/extract/date/patterns.js';
import { anniversaryYear, inferYear } from '../../src/extract/date/year.js';
import { addDays, findPublication, iso } from '../../src/extract/date/publication.js';
import { splitSentences } from '../../src/text/sentences.js';

const DATES: Array<[string, Array<[number, number, number | null, number, number, string]>]> = [
  ['Ngày 13/10/2020, Huyện ủy', [[13, 10, 2020, 5, 15, 'date.dmy']]],
  ['13-10-2020', [[13, 10, 2020, 0, 10, 'date.dmy']]],
  ['14.10.2016', [[14, 10, 2016, 0, 10, 'date.dmy']]],
  ['Trong hai ngày (8-9/11/2018)', [[8, 11, 2018, 16, 27, 'date.multi-day']]],
  ['ngày 15 tháng 3 năm 2019', [[15, 3, 2019, 0, 24, 'date.words']]],
  ['ngày 15 tháng 3', [[15, 3, null, 0, 15, 'date.words']]],
  ['Sáng 20/11, Ban', [[20, 11, null, 0, 10, 'date.dm-cued']]],
  ['Chiều ngày 14.10', [[14, 10, null, 0, 16, 'date.dm-cued']]],
  ['từ ngày 10 đến 30/10', [[10, 10, null, 3, 20, 'date.multi-day-dm']]],
  ['ngày 23 và 24-3', [[23, 3, null, 0, 15, 'date.multi-day-dm']]],
  ['sáng nay (13/10)', [[13, 10, null, 0, 16, 'date.dm-glossed']]],
  ['Ngày 1/2/2020 và ngày 3/4/2021', [[1, 2, 2020, 5, 13, 'date.dmy'], [3, 4, 2021, 22, 30, 'date.dmy']]],
];
const NOT_DATES = ['31/2/2020', '29/2', '32/1/2020', '13/13/2020', '0/1/2020', '1/1/1899', 'x13/10/2020', '13/10/2020x', 'ngày 15 tháng 13', 'Quyết định 290-QĐ/TW'];

const YEARS: Array<[string, number, number, string | null, { year: number; rule: string } | null]> = [
  ['Tổng kết công tác dân vận năm 2023\n\nNgày 10-1, hội nghị.', 1, 10, null, { year: 2024, rule: 'year.period-reviewed' }],
  ['Tổng kết công tác dân vận năm 2024\n\nNgày 11/12, hội nghị.', 12, 11, null, { year: 2024, rule: 'year.period-reviewed' }],
  // a dry season reviewed in the spring of its last year
  ['A\n\nNgày 11-4, Bộ CHQS tỉnh tổng kết công tác tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2018 – 2019.', 4, 11, null, { year: 2019, rule: 'year.season-reviewed' }],
  ['A\n\nNgày 10/10, hội nghị nhân kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng.', 10, 10, null, { year: 2022, rule: 'year.anniversary' }],
  ['A\n\nNgày 10/10 (15/10/1999-15/10/2022) hội nghị.', 10, 10, null, { year: 2022, rule: 'year.range-end' }],
  ['A\n\nNgày 10/10 (15/10/2019-15/10/2022) hội nghị.', 10, 10, null, null],
  ['A\n\nNgày 5/1, triển khai nhiệm vụ năm 2024.', 1, 5, null, { year: 2024, rule: 'year.next-period' }],
  ['A\n\nNgày 5/6, triển khai nhiệm vụ năm 2024.', 6, 5, null, { year: 2024, rule: 'year.most-mentioned' }],
  ['A\n\nNgày 20/11, hội nghị.', 11, 20, '2014-10-14', { year: 2013, rule: 'year.publication' }],
  ['A\n\nNgày 10/10, hội nghị.', 10, 10, '2014-10-14', { year: 2014, rule: 'year.publication' }],
  ['A\n\nNgày 15/10, hội nghị.', 10, 15, '2014-10-14', { year: 2014, rule: 'year.publication' }],
  ['A\n\nNgày 16/10, hội nghị.', 10, 16, '2014-10-14', { year: 2013, rule: 'year.publication' }],
  ['A\n\nNgày 10/10, hội nghị năm 2019. Năm 2019 và năm 2020, năm 2020.', 10, 10, null, { year: 2020, rule: 'year.most-mentioned' }],
  ['A\n\nNgày 10/10, năm 2021 và năm 2019.', 10, 10, null, { year: 2021, rule: 'year.most-mentioned' }],
  ['A\n\nNgày 10/10, hội nghị.', 10, 10, null, null],
];

describe('date mentions', () => {
  it.each(DATES)('%s', (text, expected) => {
    expect(findDates(text).map((d) => [d.day, d.month, d.year, d.start, d.end, d.rule])).toEqual(expected);
  });
  it.each(NOT_DATES)('none in: %s', (text) => expect(findDates(text)).toEqual([]));
  it('valid days: 29/2 only in a leap year, or when the year is not known', () => {
    expect([valid(29, 2, 2024), valid(29, 2, 2023), valid(29, 2, null), valid(30, 2, null), valid(31, 4, 2020), valid(31, 12, 2020), valid(0, 1, 2020), valid(1, 0, 2020)]).toEqual([true, false, true, false, false, true, false, false]);
  });
});

describe('relative days', () => {
  it.each([
    ['sáng qua', [-1, 0, 8]], ['chiều nay', [0, 0, 9]], ['hôm qua', [-1, 0, 7]], ['Hôm nay', [0, 0, 7]], ['đêm qua', [-1, 0, 7]], ['tối hôm qua', [-1, 0, 11]],
  ] as const)('%s', (text, [offset, start, end]) => {
    expect(findRelative(text)).toEqual([{ offset, start, end }]);
  });
  it.each(['sáng quaz', 'qua sông', 'nay mai'])('none in: %s', (text) => expect(findRelative(text)).toEqual([]));
  // published on Thursday 2023-06-15: back to the last such weekday, that day itself included
  it.each([
    ['Chiều thứ Ba, tại hội trường xã', [-2, 0, 12]], ['Sáng thứ 5, Hội Nông dân', [0, 0, 10]], ['Tối Chủ nhật, đoàn viên', [-4, 0, 12]], ['Sáng thứ Sáu, ông A', [-6, 0, 12]],
  ] as const)('a weekday: %s', (text, [offset, start, end]) => {
    expect(findRelative(text, '2023-06-15')).toEqual([{ offset, start, end }]);
  });
  it.each(['Sáng thứ Sáu (16/6), Hội …', 'sáng thứ Bảy, 17/6, …', 'sáng thứ hai của hội thi', 'Chiều thứ Ba, tại hội trường xã'])('no weekday counted back in: %s', (text) => {
    expect(findRelative(text, text.startsWith('Chiều') ? null : '2023-06-15')).toEqual([]);
  });
});

describe('the year of a date written without one', () => {
  it.each(YEARS)('%j (%d/%d, published %s)', (text, month, day, published, expected) => {
    const sentences = splitSentences(text);
    const at = sentences.find((s) => s.text.startsWith('Ngày'))!;
    expect(inferYear(sentences, at, month, day, published)).toEqual(expected);
  });
  it.each([
    ['kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng', 2022],
    ['kỷ niệm 90 năm Ngày truyền thống công tác dân vận (15/10/1930)', 2020],
    ['Kỷ niệm 90 năm ngày thành lập (1940)', 2030],
    ['chào mừng 75 năm Ngày thành lập Mặt trận', 2005],
    ['kỷ niệm lần thứ 92 năm Ngày truyền thống công tác dân vận', 2022],
    ['kỷ niệm 10 năm thành lập xã', null],
  ] as const)('anniversary: %s → %s', (text, year) => expect(anniversaryYear(text)).toBe(year));
});

describe('publication lines', () => {
  it.each([
    ['Tin\nThứ Ba, 14/10/2014 09:15\n\nNội dung.', '2014-10-14', [1]],
    ['Tin\nCập nhật: 16:05, 09/06/2021\n\nX.', '2021-06-09', [1]],
    // in parentheses
    ['Tin\n(Cập nhật: 21/08/2017)\n\nX.', '2017-08-21', [1]],
    ['Tin\nNguyễn Văn A - 14/10/2014 09:15\n\nX.', '2014-10-14', [1]],
    ['Tin\n29/10/2021\n\nX.', '2021-10-29', [1]],
    // a byline with the date in parentheses, at the article's end; not a related article's title
    ['Tin\n\nX.\n\nCHU THỊ MẾN (21/06/2019)\n', '2019-06-21', [2]],
    ['Tin\n\nX.\n\nHuyện tuyên dương điển hình (21/06/2019)\n', '', []],
    // a byline after its label
    ['Tin\nNgười đăng: Ban biên tập | 17/03/2021\n\nX.', '2021-03-17', [1]],
    // the outlet's name before the date
    ['Tin\nBáo Lạng Sơn | 05/07/2016 - 08:20\n\nX.', '2016-07-05', [1]],
    ['Tin\nVOV Online – Chủ nhật, 11/3/2018 - 20:15\n\nX.', '2018-03-11', [1]],
    ['Tin\n29/10/2021\n\n30/10/2021\n\nX.', '2021-10-29', [1, 2]],
    ['Tin\nNgày 13/10/2020, Huyện ủy tổ chức.\n', '', []],
  ] as const)('%j', (text, date, indexes) => {
    const p = findPublication(splitSentences(text));
    expect([p.date, [...p.sentences]]).toEqual([date, indexes]);
  });
  it('dates are written and counted in UTC', () => {
    expect([addDays('2024-03-01', -1), addDays('2023-12-31', 1), addDays('2014-10-14', 0), iso(2020, 1, 5), iso(999, 12, 31)]).toEqual(['2024-02-29', '2024-01-01', '2014-10-14', '2020-01-05', '0999-12-31']);
  });
});
