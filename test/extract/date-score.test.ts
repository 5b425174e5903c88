// How the event date is chosen, Duckling style: each lead → the date, its rule, and the score
// --debug gives with its reasons (src/extract/date/index.ts): a sentence start and an event
// verb count for a date; parentheses, cited documents, spans and distance from the
// publication count against it.
import { describe, expect, it } from 'vitest';
import { extractDate } from '../../src/extract/date/index.js';
import { makeDoc } from '../../src/text/document.js';

const H = 'Tuyên dương điển hình\n\n';
function dateOf(text: string, published: string | null = null): { date: string | null; rule: string | null; published: string | null; debug: string[] } {
  const debug: string[] = [];
  return { ...extractDate(makeDoc(text, published), (l) => debug.push(l)), debug };
}

const CASES: Array<[string, string, string | null, string | null, string | null, string[]]> = [
  ['sentence start and event verb', `${H}Ngày 13/10/2020, Huyện ủy tổ chức hội nghị tuyên dương.`, null, '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 7 [date.dmy] sentence start, event verb', 'date 2020-10-13 [date.dmy]']],
  ['a dateline and a time of day before it', `${H}Kinhtedothi - Sáng 20/11/2019, Ban Dân vận tổ chức hội nghị.`, null, '2019-11-20', 'date.dmy', ['date candidate 2019-11-20 score 7 [date.dmy] sentence start, event verb', 'date 2019-11-20 [date.dmy]']],
  ['a cited document first: only the event\'s date is a candidate', `${H}Thực hiện Chỉ thị 154 ngày 9.4.2008 của Ban Bí thư, ngày 13/10/2020, Huyện ủy tổ chức hội nghị.`, null, '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 4 [date.dmy] event verb', 'date 2020-10-13 [date.dmy]']],
  ['an anniversary in parentheses is no candidate', `${H}Nhân kỷ niệm 90 năm (15/10/1930 - 15/10/2020), Huyện ủy tổ chức hội nghị.`, null, null, null, []],
  ['a multi-day event in parentheses is', `${H}Trong hai ngày (8-9/11/2018), Ban Dân vận tổ chức Hội thi.`, null, '2018-11-08', 'date.multi-day', ['date candidate 2018-11-08 score 4 [date.multi-day] event verb', 'date 2018-11-08 [date.multi-day]']],
  ['the occasion told first, then the day', `${H}Nhân dịp Tết Chôl Chnăm Thmây năm 2021, sáng 12/4/2021, đoàn công tác đến thăm các chùa.`, null, '2021-04-12', 'date.dmy', ['date candidate 2021-04-12 score 4 [date.dmy] after the occasion', 'date 2021-04-12 [date.dmy]']],
  ['a short span that opens the sentence is the event, by its first day', `${H}Từ ngày 3 đến 5/6/2013, Ban Dân vận Huyện ủy mở lớp bồi dưỡng cho cán bộ thôn.`, null, '2013-06-03', 'date.multi-day-dm', ['date candidate 2013-06-03 score 7 [date.multi-day-dm] span opens the sentence, event verb', 'date 2013-06-03 [date.multi-day-dm]']],
  ['a campaign span is not the event', `${H}Phong trào diễn ra từ ngày 10 đến 30/10/2020 trên địa bàn.`, null, null, null, []],
  ['"vào ngày" after the event verb', `${H}Huyện ủy vừa tổ chức hội nghị tuyên dương vào ngày 13/10/2020.`, null, '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 4 [date.dmy] ', 'date 2020-10-13 [date.dmy]']],
  ['far from the publication date', `${H}Ngày 13/10/2010, Huyện ủy tổ chức hội nghị.`, '2014-10-14', '2010-10-13', 'date.dmy', ['date candidate 2010-10-13 score 3 [date.dmy] sentence start, event verb, far from publication', 'date 2010-10-13 [date.dmy]']],
  ['a date in the headline', 'Ngày 13/10/2020 tuyên dương điển hình\n\nHuyện ủy tổ chức hội nghị.', null, '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 6 [date.dmy] sentence start, event verb', 'date 2020-10-13 [date.dmy]']],
  ['after the first sentences of the body', `${H}Một. Hai. Ba. Bốn. Năm. Ngày 13/10/2020, Huyện ủy tổ chức hội nghị.`, null, '2020-10-13', 'date.dmy', ['date candidate 2020-10-13 score 6 [date.dmy] sentence start, event verb', 'date 2020-10-13 [date.dmy]']],
  ['a day with no year the article can give', `${H}Ngày 12/10, Huyện ủy tổ chức hội nghị.`, null, null, null, ['date 12/10 rejected: no year (Ngày 12/10, Huyện ủy tổ chức hội nghị.…)']],
  ['a relative day from the publication date', `${H}Sáng qua, Huyện ủy tổ chức hội nghị.`, '2014-10-14', '2014-10-13', 'date.relative', ['date 2014-10-13 [date.relative]']],
  ['a ceremony to come, told with "sẽ"', `${H}Hội đồng vừa họp xét khen thưởng. Giấy khen sẽ được trao tại lễ kỷ niệm vào ngày 27/3/2021.`, null, null, null, []],
  ['a relative day with no publication date', `${H}Sáng qua, Huyện ủy tổ chức hội nghị.`, null, null, null, []],
];

describe('the event date and why', () => {
  it.each(CASES)('%s', (_why, text, published, date, rule, debug) => {
    const got = dateOf(text, published);
    expect([got.date, got.rule, got.published, got.debug]).toEqual([date, rule, published, debug]);
  });

  it('the earliest of two equal candidates wins; a stronger later one wins over it', () => {
    expect(dateOf(`${H}Ngày 13/10/2020, Huyện ủy tổ chức hội nghị. Ngày 14/10/2020, Huyện ủy tổ chức hội nghị.`).date).toBe('2020-10-13');
    expect(dateOf(`${H}Huyện ủy có báo cáo ngày 1/10/2020. Ngày 14/10/2020, Huyện ủy tổ chức hội nghị.`).date).toBe('2020-10-14');
  });

  it('a publication line gives the publication date, never the event', () => {
    const got = dateOf('Tuyên dương điển hình\nThứ Ba, 14/10/2014 09:15\n\nHuyện ủy tổ chức hội nghị.');
    expect([got.date, got.published]).toEqual([null, '2014-10-14']);
  });
});
