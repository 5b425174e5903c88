// The year of a day written without one (src/extract/date/year.ts), Duckling style: an article,
// the sentence holding the day and month, the publication date if any → the year the article
// itself gives, and the rule that gave it.
import { describe, expect, it } from 'vitest';
import { anniversaryYear, inferYear, type YearGuess } from '../../src/extract/date/year.js';
import { makeDoc } from '../../src/text/document.js';

const HEAD = 'Tuyên dương điển hình “Dân vận khéo”\n\n';
// long enough that a debris heading after it sits in the second half of the page
const LONG = 'Trong những năm qua, công tác dân vận trên địa bàn huyện đã có nhiều chuyển biến tích cực, các cấp ủy, chính quyền, Mặt trận và đoàn thể đã phối hợp chặt chẽ, lắng nghe ý kiến của nhân dân, kịp thời giải quyết những kiến nghị chính đáng, tạo sự đồng thuận trong xã hội.';

function yearOf(body: string, dayAndMonth: string, published: string | null = null): YearGuess | null {
  const doc = makeDoc(HEAD + body);
  const at = doc.sentences.find((s) => s.text.includes(dayAndMonth))!;
  const [day, month] = dayAndMonth.replace(/^\D+/u, '').split(/[/-]/u).map(Number) as [number, number];
  return inferYear(doc.sentences, at, month, day, published);
}

const g = (year: number, rule: string): YearGuess => ({ year, rule });

const CORPUS: Array<[string, string, string, string | null, YearGuess | null]> = [
  ['a period of years reviewed ends in the event\'s year',
    'Ngày 12-12, Hội Nông dân huyện tổ chức hội nghị tổng kết phong trào nông dân thi đua sản xuất giỏi giai đoạn 2016 - 2021.',
    'Ngày 12-12', null, g(2021, 'year.period-reviewed')],
  ['a congress opens the term it names; a term in parentheses is no anniversary range',
    'Sáng 26-11, Hội Khuyến học quận tổ chức Đại hội đại biểu lần thứ III (nhiệm kỳ 2011-2016).',
    'Sáng 26-11', null, g(2011, 'year.congress-term')],
  ['the review of an election is held in the first year of the term it elected for',
    'Sáng 14-6, Ủy ban bầu cử huyện tổ chức hội nghị tổng kết công tác bầu cử đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021.',
    'Sáng 14-6', null, g(2016, 'year.election-term')],
  ['a summer campaign reviewed in its year',
    'Sáng 22/8, Thành đoàn tổng kết Chiến dịch Thanh niên tình nguyện hè 2019.',
    'Sáng 22/8', null, g(2019, 'year.period-reviewed')],
  ['a period of years reviewed early in the next year',
    'Ngày 8-3, Huyện ủy sơ kết nhiệm kỳ 2015-2020 của phong trào.',
    'Ngày 8-3', null, g(2021, 'year.period-reviewed')],
  ['the anniversary celebrated three sentences on',
    'Sáng 15/10, Huyện ủy tổ chức hội nghị. Các đại biểu đã thảo luận. Nhiều ý kiến được nêu. Hội nghị nhằm kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng.',
    'Sáng 15/10', null, g(2022, 'year.anniversary')],
  ['the anniversary in the next sentence, late in the article',
    'Các đại biểu đã thảo luận. Nhiều ý kiến được nêu. Hội nghị diễn ra sôi nổi. Sáng 15/10, Huyện ủy tổ chức hội nghị. Hội nghị nhằm kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng.',
    'Sáng 15/10', null, g(2022, 'year.anniversary')],
  ['an anniversary told of an earlier event, far from the day, is not this one\'s',
    'Ngày 14/10, Huyện ủy tổ chức hội nghị tuyên dương điển hình. Các đại biểu đã thảo luận sôi nổi. Nhiều ý kiến được nêu. Hội nghị diễn ra sôi nổi. Trước đó, tại lễ kỷ niệm 90 năm Ngày truyền thống công tác dân vận, huyện đã tuyên dương 30 điển hình.',
    'Ngày 14/10', '2023-10-16', g(2023, 'year.publication')],
  ['a period of five years that ends in the event\'s year',
    'Ngày 12/10, Huyện ủy tổ chức hội nghị tổng kết 5 năm phong trào thi đua “Dân vận khéo” (2018 - 2023).',
    'Ngày 12/10', null, g(2023, 'year.range-end')],
  ['a review of a whole year held in April is held the year after',
    'Ngày 5/4, Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023.',
    'Ngày 5/4', null, g(2024, 'year.period-reviewed')],
  ['tasks for the year launched in March are that year\'s, whatever year the article speaks of most',
    'Ngày 5/3, Huyện ủy tổ chức hội nghị triển khai nhiệm vụ công tác dân vận năm 2024. So với năm 2023, số mô hình tăng gấp đôi; năm 2023 toàn huyện có 50 mô hình.',
    'Ngày 5/3', null, g(2024, 'year.next-period')],
  ['a period reviewed near the day does not put it months after the page\'s own date',
    'Sáng 9/4, Hội Nông dân huyện tổ chức Đại hội đại biểu lần thứ V. Báo cáo tổng kết nhiệm kỳ 2013 - 2018 cho thấy phong trào có nhiều chuyển biến.',
    'Sáng 9/4', '2018-04-11', g(2018, 'year.publication')],
  ['an anniversary told a few weeks ahead of the event keeps its year',
    'Ngày 15/10 tới, Huyện ủy sẽ tổ chức hội nghị kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng.',
    'Ngày 15/10', '2022-09-20', g(2022, 'year.anniversary')],
  ['an earlier month than the publication\'s is the same year',
    'Sáng 12/1, Huyện ủy tổ chức hội nghị.', 'Sáng 12/1', '2024-03-05', g(2024, 'year.publication')],
  ['a later month than the publication\'s is last year\'s',
    'Sáng 15/12, Huyện ủy tổ chức hội nghị.', 'Sáng 15/12', '2024-01-20', g(2023, 'year.publication')],
  ['the year the article speaks of most; on a tie, the later one',
    'Sáng 15/10, Huyện ủy tổ chức hội nghị. Cuối năm 2022, toàn huyện có 40 mô hình. Đến năm 2023, con số này là 65 mô hình.',
    'Sáng 15/10', null, g(2023, 'year.most-mentioned')],
  ['the year the article speaks of most, before a later one named once',
    'Sáng 15/10, Huyện ủy tổ chức hội nghị. Trong năm 2023, toàn huyện có 65 mô hình, tăng 20 mô hình so với đầu năm 2023. Phấn đấu đến năm 2024 có 100 mô hình.',
    'Sáng 15/10', null, g(2023, 'year.most-mentioned')],
  ['a review of the first quarter held in April is that year\'s',
    'Ngày 10/4, Huyện ủy sơ kết công tác dân vận quý I năm 2024.', 'Ngày 10/4', null, g(2024, 'year.period-reviewed')],
  ['a review of the fourth quarter held in January is the next year\'s',
    'Ngày 12/1, Đảng ủy xã sơ kết công tác dân vận quý IV năm 2023.', 'Ngày 12/1', null, g(2024, 'year.period-reviewed')],
  ['a review of the first six months held in July is that year\'s',
    'Sáng 8/7, Ban Dân vận Huyện ủy sơ kết công tác 6 tháng đầu năm 2021.', 'Sáng 8/7', null, g(2021, 'year.period-reviewed')],
  ['a review of nine months held in late September is that year\'s',
    'Chiều 28/9, Ban Dân vận Thị ủy tổ chức hội nghị sơ kết 9 tháng năm 2020.', 'Chiều 28/9', null, g(2020, 'year.period-reviewed')],
  ['the end of a school year is in its second year',
    'Sáng 28-5, Trường THCS Tân Lập tổng kết năm học 2017 - 2018.', 'Sáng 28-5', null, g(2018, 'year.school-year')],
  ['the review of a whole school year comes after it, in September too',
    'Sáng 20-9, Hội Khuyến học xã Tân Lập tổng kết công tác khuyến học năm học 2018 - 2019.', 'Sáng 20-9', null, g(2019, 'year.school-year')],
  ['the rewards of a school year given in August are in its second year',
    'Ngày 25-8, Hội Khuyến học huyện khen thưởng học sinh giỏi năm học 2016 - 2017.', 'Ngày 25-8', null, g(2017, 'year.school-year')],
  ['a publication date comes before the school year',
    'Ngày 25-8, Hội Khuyến học huyện khen thưởng học sinh giỏi năm học 2016 - 2017.', 'Ngày 25-8', '2017-08-28', g(2017, 'year.publication')],
  ['a mid-year review in December is in the first year',
    'Chiều 28/12, Trường THCS Tân Lập sơ kết học kỳ I năm học 2018 - 2019.', 'Chiều 28/12', null, g(2018, 'year.school-year')],
  ['the opening of a school year is in its first year',
    'Sáng 5/9, Trường Tiểu học Hòa Bình khai giảng năm học 2021-2022.', 'Sáng 5/9', null, g(2021, 'year.school-year')],
  ['no year anywhere', 'Sáng 15/10, Huyện ủy tổ chức hội nghị.', 'Sáng 15/10', null, null],
];

describe('year of a day and month', () => {
  it.each(CORPUS)('%s', (_why, body, dayAndMonth, published, expected) => expect(yearOf(body, dayAndMonth, published)).toEqual(expected));
});

describe('year of a day and month: page debris', () => {
  it('the year the article speaks of most, not the years of related news below it', () => {
    const body = `Sáng 15/10, Huyện ủy tổ chức hội nghị. Đến cuối năm 2023, toàn huyện có 65 mô hình. ${LONG}\n\nTin liên quan\n\nHuyện tuyên dương 40 điển hình năm 2021\n\nXã Tân Hòa có 12 mô hình mới năm 2021`;
    expect(yearOf(body, 'Sáng 15/10')).toEqual(g(2023, 'year.most-mentioned'));
  });
});

const ANNIVERSARIES: Array<[string, number | null]> = [
  ['kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng', 2022],
  // "Ngày Dân vận của cả nước" dates from 1999, not 1930
  ['kỷ niệm 23 năm Ngày Dân vận của cả nước', 2022],
  // a founding date in parentheses after a second anniversary is the second one's
  ['nhân kỷ niệm 74 năm Ngày thành lập Quân đội nhân dân Việt Nam và 29 năm Ngày hội Quốc phòng toàn dân (22-12-1989), Ban CHQS huyện tổ chức hội nghị', 2018],
  // the day named first is the one celebrated
  ['kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng và tuyên dương hội viên cựu chiến binh tiêu biểu', 2022],
  // the founding date in parentheses, even after a long name, beats the national body's
  ['kỷ niệm 75 năm Ngày thành lập Hội Liên hiệp Phụ nữ huyện Tân Phú, một trong những tổ chức hội ra đời sớm nhất của tỉnh (20/10/1947)', 2022],
  ['kỷ niệm 75 năm Ngày thành lập Hội Liên hiệp Phụ nữ huyện Tân Phú (20/10/1947)', 2022],
  // a founding range in parentheses: its first year is the base
  ['kỷ niệm 75 năm Ngày thành lập Hội Liên hiệp Phụ nữ huyện (20/10/1947 - 20/10/2022)', 2022],
  ['kỷ niệm 60 năm Ngày thành lập Hội Nông dân xã (1963 – 2023)', 2023],
  // a range of another anniversary's years is not this one's base
  ['kỷ niệm 92 năm Ngày truyền thống công tác dân vận của Đảng, 23 năm “Ngày Dân vận của cả nước” (15/10/1999-15/10/2022)', 2022],
  ['tuyên dương 92 điển hình tiêu biểu', null],
];

describe('anniversary year', () => {
  it.each(ANNIVERSARIES)('%s → %s', (text, year) => expect(anniversaryYear(text)).toBe(year));
});
