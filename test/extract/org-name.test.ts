// The extent of a body's name, Duckling style: text starting at the name → the name as a
// careful reader would copy it into `recipients` (src/extract/award/org-name.ts). Each line
// holds one way a name ends: a verb, a comma, a second body, a cut line, a lowercase tail.
import { describe, expect, it } from 'vitest';
import { orgNameEnd, withAddress } from '../../src/extract/award/org-name.js';

const nameAt = (text: string): string => text.slice(0, orgNameEnd(text, 0));

const NAMES: Array<[string, string]> = [
  // the branch of the police a unit is named by, all lowercase words
  ['Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh được tặng Bằng khen', 'Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh'],
  ['Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực 2 nhận Giấy khen', 'Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực 2'],
  ['Phòng Cảnh sát hình sự đón nhận Bằng khen', 'Phòng Cảnh sát hình sự'],
  // a number joined by a dash, and a noun pair whose second word is a verb elsewhere ("đồng")
  ['Bệnh viện Dã chiến COVID-19 Tân Lạc được tặng Bằng khen', 'Bệnh viện Dã chiến COVID-19 Tân Lạc'],
  ['Tổ COVID cộng đồng thôn Đồng Tâm, xã Hòa Sơn.', 'Tổ COVID cộng đồng thôn Đồng Tâm'],
  // a lowercase word closing the clause after a capitalized part's second syllable, itself a body word
  ['Phân xưởng Vận tải than.', 'Phân xưởng Vận tải than'],
  ['Tổ Vận tải hàng, Tổ Bảo vệ', 'Tổ Vận tải hàng'],
  // a unit's own number goes on to the place after it
  ['Tổ đoàn kết khai thác hải sản số 7 thôn Pa Lìn và Tổ B nhận Bằng khen', 'Tổ đoàn kết khai thác hải sản số 7 thôn Pa Lìn'],
  // what the honour was given by ends the name: "theo Quyết định …"
  ['Đồn Biên phòng Cửa khẩu Nậm Pho theo Quyết định số 112/QĐ-CTN', 'Đồn Biên phòng Cửa khẩu Nậm Pho'],
  // a body word ends the name before a comma or at the end of the text
  ['Ban Thường vụ Huyện ủy, Ban Dân vận Huyện ủy cùng dự', 'Ban Thường vụ Huyện ủy'],
  ['Ban Dân vận Tỉnh ủy.', 'Ban Dân vận Tỉnh ủy'],
  // a line cut after "và" (text taken from a page that breaks lines)
  ['Ban Dân vận Huyện ủy và', 'Ban Dân vận Huyện ủy'],
  ['Hội Nông dân xã Tân Hòa và', 'Hội Nông dân xã Tân Hòa'],
  // a line cut after a dash
  ['Đảng ủy Khối Dân -', 'Đảng ủy Khối Dân'],
  // a lowercase word before "và" and the head of another body ends the name
  ['Khoa Hồi sức và Khoa Dược', 'Khoa Hồi sức'],
  ['Phòng Kế hoạch tổng hợp và Khoa Dược', 'Phòng Kế hoạch tổng hợp'],
  // two bodies listed with a comma are two names
  ['Hội Nông dân Tân Hòa, Hội Liên hiệp Phụ nữ Tân Hòa', 'Hội Nông dân Tân Hòa'],
  // a verb before a capitalized object ends the name
  ['Huyện đoàn Tân Châu trao Giấy khen cho các chi đoàn', 'Huyện đoàn Tân Châu'],
  ['Thành đoàn Cần Thơ tặng Bằng khen', 'Thành đoàn Cần Thơ'],
  // numbers after a word belong to the name, also at the end of the text
  ['Hội Liên hiệp Phụ nữ Phường 5', 'Hội Liên hiệp Phụ nữ Phường 5'],
  ['Tổ hòa giải ấp 3 được tuyên dương', 'Tổ hòa giải ấp 3'],
  // lowercase words after a number that lead nowhere are the sentence's, not the name's
  ['Chi bộ ấp 3 tích cực tham gia', 'Chi bộ ấp 3'],
  ['Chi bộ ấp 3 tích cực vận động Nhân dân', 'Chi bộ ấp 3'],
  ['Chi bộ ấp 3 tích cực hỗ trợ hộ Khmer nghèo', 'Chi bộ ấp 3'],
  ['Chi bộ ấp 3 15 năm liền đạt trong sạch, vững mạnh', 'Chi bộ ấp 3'],
  // lowercase words after a capitalized one, up to the verb
  ['Khoa Hồi sức', 'Khoa Hồi sức'],
  ['Khoa Gây mê được tặng Giấy khen', 'Khoa Gây mê'],
  ['Khoa Gây mê, Bệnh viện Đa khoa tỉnh', 'Khoa Gây mê'],
  ['Khoa Nhi sơ sinh được tặng Giấy khen', 'Khoa Nhi sơ sinh'],
  ['Khoa Nhi sơ sinh vinh dự đón nhận', 'Khoa Nhi sơ sinh'],
  // a capitalized part after a dash (hyphen or en dash) goes on with the name
  ['Khoa Hồi sức tích cực – Chống độc được tặng', 'Khoa Hồi sức tích cực – Chống độc'],
  ['Đảng ủy Khối Dân – Chính – Đảng được', 'Đảng ủy Khối Dân – Chính – Đảng'],
  // "và" joins two capitalized parts only
  ['Sở Văn hóa và Thể thao tỉnh Tây Ninh được', 'Sở Văn hóa và Thể thao tỉnh Tây Ninh'],
  ['Hội Nông dân Tân Hòa và tập thể Hội Liên hiệp Phụ nữ xã', 'Hội Nông dân Tân Hòa'],
  ['Hội Nông dân Tân Hòa và các hội viên', 'Hội Nông dân Tân Hòa'],
];

// no name starts at a number or a list dash
const NO_NAME: string[] = [
  '15 tập thể được tuyên dương',
  '– Chi bộ ấp 3 được tuyên dương',
  '- Hội Nông dân xã',
  'các tập thể tiêu biểu',
];

describe('org name: where a body\'s name ends', () => {
  it.each(NAMES)('%s → %s', (text, name) => expect(nameAt(text)).toBe(name));
});

describe('org name: negative corpus', () => {
  it.each(NO_NAME)('no name at: %s', (text) => expect(orgNameEnd(text, 0)).toBe(0));
});

describe('org name: offsets', () => {
  it('the end is an offset in the whole text, counted from the start given', () => {
    const text = 'Dịp này, tập thể Hội Cựu chiến binh xã Tân Hòa được tuyên dương.';
    const at = text.indexOf('Hội');
    expect(orgNameEnd(text, at)).toBe(text.indexOf(' được'));
    expect(orgNameEnd(text, text.indexOf('tập'))).toBe(text.indexOf('tập'));
  });
});

describe('org name: lowercase words inside a name', () => {
  // a body word is part of the name even when another follows it; up to three lowercase
  // words after a capitalized one end the name before the verb; "khu dân cư" is a noun
  it.each([
    ['Hội Cựu chiến binh.', 'Hội Cựu chiến binh'],
    ['Ban Công tác Mặt trận khu dân cư số 3 được tặng Giấy khen', 'Ban Công tác Mặt trận khu dân cư số 3'],
    ['Đội Cảnh sát giao thông được tặng Bằng khen', 'Đội Cảnh sát giao thông'],
    ['Ban Dân vận tích cực tham gia', 'Ban Dân vận'],
    ['Ban Dân vận và tập thể Hội Nông dân xã', 'Ban Dân vận'],
    // "tổ dân phố" is a noun, though "dân" alone ends a name
    ['Chi hội Phụ nữ tổ dân phố 8 và Chi đoàn tổ dân phố 12 được khen', 'Chi hội Phụ nữ tổ dân phố 8'],
    ['Chi hội Người cao tuổi tổ dân phố số 6, Chi hội', 'Chi hội Người cao tuổi tổ dân phố số 6'],
  ])('%j → %j', (text, name) => {
    expect(text.slice(0, orgNameEnd(text, 0))).toBe(name);
  });
});

describe('org name: the address after a comma', () => {
  // the address joins the name when it is of a higher tier than every place the name holds
  const withIt = (text: string): string => text.slice(0, withAddress(text, 0, orgNameEnd(text, 0)));
  it.each([
    ['Chi hội Phụ nữ ấp 4, xã Vĩnh Trạch Tây;', 'Chi hội Phụ nữ ấp 4, xã Vĩnh Trạch Tây'],
    ['Ban Hộ tự chùa Long Khánh, xã Hòa Bình Tây, huyện Hòa Mỹ Nam;', 'Ban Hộ tự chùa Long Khánh, xã Hòa Bình Tây, huyện Hòa Mỹ Nam'],
    ['Trường Tiểu học Kim Đồng, phường Trần Phú và', 'Trường Tiểu học Kim Đồng, phường Trần Phú'],
    // a unit of the army with the larger unit it belongs to
    ['Đại đội Bộ binh 6, Tiểu đoàn Bộ binh 9 và', 'Đại đội Bộ binh 6, Tiểu đoàn Bộ binh 9'],
  ])('%j → %j', (text, name) => expect(withIt(text)).toBe(name));
  it.each([
    ['Đại đội 6, Đại đội 8 và', 'Đại đội 6'],
    // a sibling of the same tier is a second body
    ['Công an xã Tân Lập, xã Hòa Bình và', 'Công an xã Tân Lập'],
    ['Hội Nông dân huyện Hòa Mỹ Nam, xã Tân Lập', 'Hội Nông dân huyện Hòa Mỹ Nam'],
  ])('no address: %j → %j', (text, name) => expect(withIt(text)).toBe(name));
});
