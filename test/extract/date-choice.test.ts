// Choosing the event date among candidates, Duckling style (src/extract/date/index.ts): each
// article → the date, its rule, and the lines --debug prints for it (score and reasons). These
// add to date-score.test.ts: the lead of the body, spans against the ceremony, "vào", ties,
// the publication date, and relative days.
import { describe, expect, it } from 'vitest';
import { extractDate } from '../../src/extract/date/index.js';
import { makeDoc } from '../../src/text/document.js';

const H = 'Tuyên dương điển hình\n\n';
function dateOf(text: string, published: string | null = null): { date: string | null; rule: string | null; debug: string[] } {
  const debug: string[] = [];
  const { date, rule } = extractDate(makeDoc(text, published), (l) => debug.push(l));
  return { date, rule, debug };
}

type Case = [string, string, string | null, string | null, string | null, string[]];

const CASES: Case[] = [
  ['a year told in words since a day dated in full: that day\'s year and the years',
    `${H}Sáng 28-10, tròn một năm kể từ ngày bão số 9 đổ bộ vào tỉnh ngày 28/10/2020, Huyện ủy Pa Lìn tổ chức hội nghị biểu dương điển hình “Dân vận khéo”.`, null,
    '2021-10-28', 'date.dm-cued+year.anniversary', [
      'date candidate 2021-10-28 score 7 [date.dm-cued+year.anniversary] sentence start, event verb',
      'date candidate 2020-10-28 score 4 [date.dmy] event verb',
      'date 2021-10-28 [date.dm-cued+year.anniversary]',
    ]],
  ['the days an event was held over, told after it, then its last day: the first day',
    `${H}Hội thi nhà nông đua tài huyện năm 2019 đã diễn ra trong 3 ngày, từ 14 đến 16-4, tại sân vận động huyện. Chiều 16-4, Ban tổ chức bế mạc và trao giải cho 12 đội.`, null,
    '2019-04-14', 'date.range-dm+year.most-mentioned', [
      'date candidate 2019-04-14 score 4 [date.range-dm+year.most-mentioned] held over the span',
      'date candidate 2019-04-16 score 7 [date.dm-cued+year.most-mentioned] sentence start, event verb',
      'date 2019-04-16 is a day of the span from 2019-04-14: its first day',
      'date 2019-04-14 [date.range-dm+year.most-mentioned]']],
  ['a day inside an event held over a few days is dated by the first day',
    `${H}Hội thi nhà nông đua tài năm 2021 của Hội Nông dân huyện diễn ra trong 3 ngày, từ 8 đến 10/9. Sáng 10/9, Ban tổ chức trao thưởng và tuyên dương 12 hội viên.`, null,
    '2021-09-08', 'date.range-dm+year.most-mentioned', [
      'date candidate 2021-09-08 score 4 [date.range-dm+year.most-mentioned] held over the span',
      'date candidate 2021-09-10 score 7 [date.dm-cued+year.most-mentioned] sentence start, event verb',
      'date 2021-09-10 is a day of the span from 2021-09-08: its first day',
      'date 2021-09-08 [date.range-dm+year.most-mentioned]']],
  ['the days an event spans, opening the sentence, are its start',
    `${H}Trong 3 ngày 8 - 10/9, Hội Nông dân huyện tổ chức hội thi nhà nông đua tài năm 2021. Sáng 10/9, Ban tổ chức trao thưởng và tuyên dương 12 hội viên.`, null,
    '2021-09-08', 'date.multi-day-dm+year.most-mentioned', [
      'date candidate 2021-09-08 score 7 [date.multi-day-dm+year.most-mentioned] sentence start, event verb',
      'date candidate 2021-09-10 score 7 [date.dm-cued+year.most-mentioned] sentence start, event verb',
      'date 2021-09-08 [date.multi-day-dm+year.most-mentioned]']],
  ['the third sentence of the body is still the lead',
    `${H}Hội nghị diễn ra tại hội trường Huyện ủy. Các đại biểu đã đến dự đông đủ. Ngày 13/10/2020, Huyện ủy tổ chức hội nghị.`, null,
    '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 7 [date.dmy] sentence start, event verb', 'date 2020-10-13 [date.dmy]']],
  ['an event verb alone, late in the body, is enough',
    `${H}Một. Hai. Ba. Bốn. Năm. Huyện ủy Tân Phú ngày 13/10/2020 tổ chức hội nghị tuyên dương.`, null,
    '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 3 [date.dmy] event verb', 'date 2020-10-13 [date.dmy]']],
  ['a campaign that starts on a day is not the ceremony that closes it',
    `${H}Từ ngày 15/9/2020, các xã tổ chức hội thi “Dân vận khéo” cấp cơ sở. Các đội thi đã mang đến nhiều tiểu phẩm sinh động. Hội thi thu hút đông đảo người dân. Huyện ủy ngày 5/10/2020 tổ chức lễ tổng kết, trao giải cho các đội.`, null,
    '2020-10-05', 'date.dmy', ['date candidate 2020-10-05 score 3 [date.dmy] event verb', 'date 2020-10-05 [date.dmy]']],
  ['a span of days loses to the ceremony after it',
    `${H}Từ 10 đến 30/9, các xã trên địa bàn huyện tổ chức hội thi “Dân vận khéo” cấp cơ sở. Hai. Ba. Ngày 5/10, Huyện ủy tổ chức lễ tổng kết, trao giải.`, '2020-10-14',
    '2020-10-05', 'date.dm-cued+year.publication', [
      'date candidate 2020-09-10 score 5 [date.range-dm+year.publication] span, sentence start, event verb',
      'date candidate 2020-10-05 score 6 [date.dm-cued+year.publication] sentence start, event verb',
      'date 2020-10-05 [date.dm-cued+year.publication]',
    ]],
  ['"vào" earlier in the sentence is not "vào ngày"',
    `${H}Hội Nông dân đã đưa mô hình vào thực tiễn và ngày 13/10/2020 tổ chức hội nghị sơ kết.`, null,
    '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 4 [date.dmy] event verb', 'date 2020-10-13 [date.dmy]']],
  ['"vào" right before the date, after the event',
    `${H}Lễ tuyên dương diễn ra vào 13/10/2020 tại Hội trường Huyện ủy.`, null,
    '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 4 [date.dmy] ', 'date 2020-10-13 [date.dmy]']],
  ['two days with the same score: the first told',
    `${H}Hội nghị ở xã Tân Hòa diễn ra vào ngày 13/10/2020; ở xã Tân Lợi diễn ra vào ngày 14/10/2020.`, null,
    '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 4 [date.dmy] ', 'date candidate 2020-10-14 score 4 [date.dmy] ', 'date 2020-10-13 [date.dmy]']],
  ['a date of the publication\'s year is not far from it',
    `${H}Ngày 13/10/2020, Huyện ủy tổ chức hội nghị.`, '2020-10-14',
    '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 7 [date.dmy] sentence start, event verb', 'date 2020-10-13 [date.dmy]']],
  ['nor is a date of the year before, published in January',
    `${H}Ngày 28/12/2019, Huyện ủy tổ chức hội nghị.`, '2020-01-02',
    '2019-12-28', 'date.dmy', ['date candidate 2019-12-28 score 7 [date.dmy] sentence start, event verb', 'date 2019-12-28 [date.dmy]']],
  ['a day and month get their year from the publication, and say so in the rule',
    `${H}Sáng 13/10, Huyện ủy tổ chức hội nghị.`, '2020-10-14',
    '2020-10-13', 'date.dm-cued+year.publication', ['date candidate 2020-10-13 score 7 [date.dm-cued+year.publication] sentence start, event verb', 'date 2020-10-13 [date.dm-cued+year.publication]']],
  ['a page dated the day after gives its year, though the words tell an earlier one',
    `${H}Sáng 17-3, UBND huyện tổ chức buổi đối thoại với bà con. Mô hình được huyện triển khai từ năm 2022.`, '2023-03-18',
    '2023-03-17', 'date.dm-cued+year.publication', ['date candidate 2023-03-17 score 7 [date.dm-cued+year.publication] sentence start, event verb', 'date 2023-03-17 [date.dm-cued+year.publication]']],
  ['nor does a year told in a launch speech move a day the page dates',
    `${H}Sáng nay (9-2), UBND huyện tổ chức lễ phát động Tết trồng cây. Phát biểu phát động, ông Chủ tịch cho biết năm 2017 toàn huyện trồng được 640 ha rừng.`, '2018-02-09',
    '2018-02-09', 'date.dm-glossed+year.publication', ['date candidate 2018-02-09 score 7 [date.dm-glossed+year.publication] sentence start, event verb', 'date 2018-02-09 [date.dm-glossed+year.publication]']],
  ['a page with no date: the year told with the month of the event',
    `Xã Khe Vạc khen thưởng tổ tự quản, tháng 9/2025\n\nChiều 17-9, UBND xã Khe Vạc tổ chức sơ kết mô hình.`, null,
    '2025-09-17', 'date.dm-cued+year.month-told', ['date candidate 2025-09-17 score 7 [date.dm-cued+year.month-told] sentence start, event verb', 'date 2025-09-17 [date.dm-cued+year.month-told]']],
  ['but not the year told with another month',
    `Xã Khe Vạc khen thưởng tổ tự quản, tháng 8/2025\n\nChiều 17-9, UBND xã Khe Vạc tổ chức sơ kết mô hình.`, null,
    null, null, ['date 17/9 rejected: no year (Chiều 17-9, UBND xã Khe Vạc tổ chức sơ k…)']],
  ['a day with no year: the debug line quotes the sentence\'s first 40 characters',
    `${H}Ngày 12/10, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình.`, null,
    null, null, ['date 12/10 rejected: no year (Ngày 12/10, Huyện ủy Tân Phú tổ chức hội…)']],
  ['a multi-day event in parentheses with spaces inside',
    `${H}Trong hai ngày ( 8-9/11/2018 ), Ban Dân vận Tỉnh ủy tổ chức Hội thi.`, null,
    '2018-11-08', 'date.multi-day', ['date candidate 2018-11-08 score 4 [date.multi-day] event verb', 'date 2018-11-08 [date.multi-day]']],
  ['a founding date in parentheses is no candidate, though an event verb follows',
    `${H}Nhân kỷ niệm 90 năm Ngày truyền thống công tác dân vận (15/10/1930), Huyện ủy tổ chức hội nghị.`, null,
    null, null, []],
  // a span of a few days is an event held over them; a long one a campaign period
  ['an event of three days, "Từ ngày 6 đến 8/7/2016"',
    `${H}Từ ngày 6 đến 8/7/2016, Tỉnh Đoàn tổ chức lớp tập huấn kỹ năng dân vận.`, null,
    '2016-07-06', 'date.multi-day-dm', ['date candidate 2016-07-06 score 7 [date.multi-day-dm] span opens the sentence, event verb', 'date 2016-07-06 [date.multi-day-dm]']],
  ['a campaign of three weeks is no event date',
    `${H}Từ ngày 1 đến 25/7/2016, Tỉnh Đoàn phát động đợt thi đua cao điểm.`, null,
    null, null, []],
  // a parenthesis that tells when the event is held is no aside
  ['a multi-day event told in a parenthesis that opens with its being held',
    `${H}Hội thi (diễn ra trong hai ngày 8-9/11/2018) do Ban Dân vận Tỉnh ủy tổ chức.`, null,
    '2018-11-08', 'date.multi-day', ['date candidate 2018-11-08 score 4 [date.multi-day] event verb', 'date 2018-11-08 [date.multi-day]']],
  ['a founding date in parentheses is still an aside',
    `${H}Hội Nông dân xã (thành lập ngày 12/3/1987) tổ chức hội nghị.`, null,
    null, null, []],
  // relative days count from the publication date only where they lead the sentence
  ['a relative day after a long dateline',
    `${H}Cổng thông tin điện tử huyện - Chiều qua, Huyện ủy tổ chức hội nghị.`, '2020-10-14',
    '2020-10-13', 'date.relative', ['date 2020-10-13 [date.relative]']],
  ['a relative day in the first thirty characters',
    `${H}Xã Tân An đã tổ chức hội nghị sáng nay.`, '2020-10-14',
    '2020-10-14', 'date.relative', ['date 2020-10-14 [date.relative]']],
  ['a relative day deep in a quote is not the event',
    `${H}Theo ông Lê Văn Tám, Chủ tịch UBND xã, số liệu được tổng hợp đến sáng nay.`, '2020-10-14',
    null, null, []],
  ['a relative day in what someone says is the day they speak of',
    `${H}Ông Tám bảo, tối nay cả ấp họp bàn làm đường.`, '2020-10-14',
    null, null, []],
];

describe('event date: choosing among candidates', () => {
  it.each(CASES)('%s', (_why, text, published, date, rule, debug) => {
    expect(dateOf(text, published)).toEqual({ date, rule, debug });
  });

});
