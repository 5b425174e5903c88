// A recipient named by its common noun ("nhà trường", "HTX", "công ty") in its own news is the
// body the article names in full (src/extract/award/the-unit.ts). Reports are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const recipientsOf = (text: string): string[][] => extract(text, { file: 't.txt' }).awards.map((a) => a.recipients);

const CASES: Array<[string, string, string[][]]> = [
  ['the school the report is about',
    'Khai giảng năm học mới\n\nSáng 5/9, Trường THCS Đông Phú Hạ tổ chức lễ khai giảng năm học mới. Tại buổi lễ, nhà trường vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh.',
    [['Trường THCS Đông Phú Hạ']]],
  ['a cooperative, past the union of cooperatives named with the same head',
    'Đại hội thành viên HTX\n\nNgày 14/1, HTX nông nghiệp Hòa Xuân Nam tổ chức đại hội thành viên thường niên. Dự đại hội có đại diện Liên minh HTX tỉnh. Dịp này, HTX vinh dự đón nhận Bằng khen của Liên minh HTX Việt Nam.',
    [['HTX nông nghiệp Hòa Xuân Nam']]],
  ['the school named last before, when the report visits two',
    'Các trường khai giảng\n\nSáng 5/9, Trường Tiểu học Sơn Thủy Hạ tổ chức lễ khai giảng. Cùng buổi sáng, tại Trường THPT Lạc Hòa Bắc, lễ khai giảng có sự tham dự của lãnh đạo huyện. Dịp này, UBND huyện tặng Giấy khen cho nhà trường.',
    [['Trường THPT Lạc Hòa Bắc']]],
  ['not a school named inside a guest\'s title',
    'Khai giảng năm học mới\n\nSáng 5/9, Trường THCS Vĩnh Hảo Đông tổ chức lễ khai giảng, có ông Hà Văn Tư, Hiệu trưởng Trường THPT Khe Dài Trên, tới dự. Tại buổi lễ, nhà trường vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh.',
    [['Trường THCS Vĩnh Hảo Đông']]],
  ['a company written with its full name once, first',
    'Công ty đón nhận Huân chương\n\nNgày 20/1, Công ty CP Chè Sông Mây Hạ tổng kết năm sản xuất. Năm qua, công ty đầu tư 2 dây chuyền chế biến mới. Tại hội nghị, công ty vinh dự đón nhận Huân chương Lao động hạng Ba.',
    [['Công ty CP Chè Sông Mây Hạ']]],
  ['a cooperative abbreviated in the headline is the one spelled out in the text',
    'HTX dừa Khe Dài đón nhận Bằng khen của Chủ tịch UBND tỉnh\n\nNgày 12-1, Hợp tác xã Dừa Khe Dài tổ chức đại hội thành viên. Tại đại hội, ông Lê Văn Tư trao Bằng khen của Chủ tịch UBND tỉnh cho Hợp tác xã Dừa Khe Dài.',
    [['Hợp tác xã Dừa Khe Dài']]],
];

// the common noun stays when the article names no body of its kind in full
const UNNAMED: Array<[string, string, string[][]]> = [
  ['no school named in full',
    'Khai giảng năm học mới\n\nSáng 5/9, lễ khai giảng diễn ra trong không khí vui tươi. Tại buổi lễ, nhà trường vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh.',
    [['nhà trường']]],
  ['a company spoken of only with lowercase words after its head',
    'Công ty đón nhận Huân chương\n\nNăm qua, Công ty đầu tư 2 dây chuyền chế biến mới. Tại hội nghị, công ty vinh dự đón nhận Huân chương Lao động hạng Ba.',
    [['công ty']]],
];

describe('the unit itself: its common noun is the body named in full', () => {
  it.each(CASES)('%s', (_why, text, expected) => expect(recipientsOf(text)).toEqual(expected));
});

describe('the unit itself: the common noun stays with no full name', () => {
  it.each(UNNAMED)('%s', (_why, text, expected) => expect(recipientsOf(text)).toEqual(expected));
});
