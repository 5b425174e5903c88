// The organizer, Duckling style: every way a lead names the body that held the event → that
// body, and leads that name none → null (src/extract/organizer.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const HEAD = 'Tuyên dương điển hình “Dân vận khéo”\n\n';
const organizerOf = (lead: string): string | null => extract(`${HEAD}${lead}`, { file: 't.txt' }).organizer;

const FORMS: Array<[string, string]> = [
  ['Quận ủy Quận 1', 'Ngày 13/10/2020, Quận ủy Quận 1 tổ chức hội nghị tuyên dương điển hình.'],
  ['Ban Dân vận Huyện ủy Đông Anh', 'Sáng 20/11, Ban Dân vận Huyện ủy Đông Anh long trọng tổ chức hội nghị biểu dương.'],
  ['Quận ủy Hoàn Kiếm', 'Kinhtedothi - Ngày 13/10, Quận ủy Hoàn Kiếm đã tổ chức hội nghị.'],
  ['Huyện ủy Tân Phú', 'Huyện ủy Tân Phú vừa tổ chức hội nghị tuyên dương điển hình.'],
  ['UBND xã Tân Hòa', 'Vừa qua, UBND xã Tân Hòa tiến hành tổng kết phong trào.'],
  ['Đảng ủy phường', 'Tại hội trường, Đảng ủy phường khai mạc hội nghị.'],
  ['Ban Thường vụ Huyện ủy', 'Ngày 13/10/2020, Ban Thường vụ Huyện ủy, UBND huyện tổ chức hội nghị.'],
  ['Hội Nông dân xã', 'Sáng 1/1, tại xã, Hội Nông dân xã tổ chức hội nghị.'],
  ['Huyện ủy Tân Phú', 'Năm nay. Huyện ủy Tân Phú đã chính thức tổ chức hội nghị.'],
  // spaces as written in the input are folded in the output
  ['Huyện ủy Tân Phú', 'Ngày 13/10/2020, Huyện ủy  Tân\u00a0Phú tổ chức hội nghị.'],
  // the name ends before the verb phrase that leads to "tổ chức"
  ['Công ty CP Chè Sông Mây Hạ', 'Công ty CP Chè Sông Mây Hạ vừa phối hợp với Công đoàn công ty tổ chức hội nghị.'],
  ['Hội Nông dân xã Vĩnh Hảo', 'Sáng 4/3, Hội Nông dân xã Vĩnh Hảo cùng với Đoàn xã tổ chức hội nghị.'],
  // a parenthesis with the place or the short name of the body is left out
  ['Công an huyện Khe Dài', 'Ngày 3/4, Công an huyện Khe Dài (Quảng Nam) tổ chức hội nghị.'],
  ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn', 'Sáng 9/9, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lạng Sơn tổ chức hội nghị.'],
  ['Công đoàn Công ty TNHH May Vĩnh Hảo', 'Vừa qua, Công đoàn Công ty TNHH May Vĩnh Hảo (khu công nghiệp Khe Dài, tỉnh Bình Dương) tổ chức hội nghị.'],
  // a dateline's outlet before the day
  ['Hội Cựu chiến binh huyện Khe Dài', 'BTV - Sáng qua, Hội Cựu chiến binh huyện Khe Dài tổ chức hội nghị.'],
  // the event named first, its holder after "do"
  ['Bộ Chỉ huy Quân sự tỉnh', 'Hội thao quốc phòng năm 2021 do Bộ Chỉ huy Quân sự tỉnh tổ chức đã bế mạc.'],
  // heads of unions, commands and leagues
  ['LĐLĐ tỉnh Vĩnh Hảo', 'Ngày 2/5, LĐLĐ tỉnh Vĩnh Hảo tổ chức hội nghị.'],
  ['Tỉnh Đoàn Vĩnh Hảo', 'Ngày 2/5, Tỉnh Đoàn Vĩnh Hảo tổ chức hội nghị.'],
];

const NEGATIVE: string[] = [
  'Ngày 13/10/2020, hội nghị tuyên dương điển hình đã diễn ra.',
  // only the first sentences of the body are the lead
  'Một. Hai. Ba. Bốn. Năm. Sáu. Bảy. Huyện ủy Tân Phú tổ chức hội nghị.',
  // the subject is a date or a place, not a body
  'Ngày 13/10/2020 tổ chức hội nghị.',
  'Sáng 20/11 tổ chức hội nghị.',
  'tại hội trường tổ chức hội nghị.',
  // the verb must be a whole word
  'Huyện ủy Tân Phú tổ chứcx hội nghị.',
  // a subject that names no body: an interviewer's question, a time
  'PV: Thưa bà, năm qua Hội đã tổ chức được những hoạt động nào?',
  'Trong tuần qua, Nhiều hoạt động đã được tổ chức.',
];

describe('organizer: forms', () => {
  it.each(FORMS)('%s ← %s', (expected, lead) => {
    expect(organizerOf(lead)).toBe(expected);
  });
});

describe('organizer: negative corpus', () => {
  it.each(NEGATIVE)('%s → null', (lead) => {
    expect(organizerOf(lead)).toBeNull();
  });

  it('the lead is read before the headline', () => {
    expect(extract('Huyện ủy Tân Phú tổ chức hội nghị\n\nNgày 2/5, Đảng ủy xã Vĩnh Hảo tổ chức hội nghị.', { file: 't.txt' }).organizer).toBe('Đảng ủy xã Vĩnh Hảo');
  });

  it('the headline (a first line that may be the lead itself) when the lead names nobody', () => {
    expect(extract('Huyện ủy Tân Phú tổ chức hội nghị\n\nHội nghị diễn ra sôi nổi.', { file: 't.txt' }).organizer).toBe('Huyện ủy Tân Phú');
  });
});
