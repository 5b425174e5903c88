// The pieces the award rule reads in a sentence, Duckling style: counts with their type,
// named recipients, issuers and the tier they give, clauses, stated levels and forms
// (src/extract/award/counts.ts, context.ts).
import { describe, expect, it } from 'vitest';
import { findCounts, findNamed } from '../../src/extract/award/counts.js';
import { clauses, findForms, findIssuers, findLevels } from '../../src/extract/award/context.js';

const COUNTS: Array<[string, Array<[number, string | null, number, number, string, string]>]> = [
  ['tuyên dương 24 tập thể, 23 cá nhân', [[24, 'tập thể', 12, 22, 'tập thể', 'award.count'], [23, 'cá nhân', 24, 34, 'cá nhân', 'award.count']]],
  ['03 cá nhân', [[3, 'cá nhân', 0, 10, 'cá nhân', 'award.count']]],
  // a count of times right after a verb of honour: the recipients honoured
  ['khen thưởng đột xuất 19 lượt tập thể, cá nhân', [[19, 'tập thể, cá nhân', 21, 45, 'tập thể', 'award.count-combined']]],
  ['1.200 hội viên', [[1200, 'cá nhân', 0, 14, 'hội viên', 'award.count']]],
  ['12.345 tập thể', [[12345, 'tập thể', 0, 14, 'tập thể', 'award.count']]],
  ['hai tập thể', [[2, 'tập thể', 0, 11, 'tập thể', 'award.count']]],
  ['mười lăm cá nhân', [[15, 'cá nhân', 0, 16, 'cá nhân', 'award.count']]],
  ['90 gương tập thể, cá nhân', [[90, 'tập thể, cá nhân', 0, 25, 'tập thể', 'award.count-combined']]],
  ['117 tập thể, cá nhân', [[117, 'tập thể, cá nhân', 0, 20, 'tập thể', 'award.count-combined']]],
  ['16 cá nhân, tập thể', [[16, 'tập thể, cá nhân', 0, 19, 'cá nhân', 'award.count-combined']]],
  ['88 tập thể và cá nhân', [[88, 'tập thể, cá nhân', 0, 21, 'tập thể', 'award.count-combined']]],
  // after a comma, any word of the other kind: collectives and persons counted together
  ['91 tổ, công nhân lao động giỏi', [[91, 'tập thể, cá nhân', 0, 16, 'tổ', 'award.count-combined']]],
  ['89 đoàn viên, công đoàn cơ sở', [[89, 'tập thể, cá nhân', 0, 29, 'đoàn viên', 'award.count-combined']]],
  // a word of the same kind after the comma is part of what is counted: the count ends before it
  ['46 cơ quan, trường học', [[46, 'tập thể', 0, 10, 'cơ quan', 'award.count']]],
  ['50 điển hình', [[50, null, 0, 12, 'điển hình', 'award.count-untyped']]],
  ['5 hộ gia đình', [[5, 'gia đình', 0, 13, 'hộ gia đình', 'award.count']]],
  ['Khu phố 7 có 5 hộ', [[5, 'gia đình', 13, 17, 'hộ', 'award.count']]],
  ['7 đảng viên', [[7, 'cá nhân', 0, 11, 'đảng viên', 'award.count']]],
  ['4 chi bộ', [[4, 'tập thể', 0, 8, 'chi bộ', 'award.count']]],
  // women of a kind, pupils by the word of address, workers by their standing, doctors with a comma
  ['12 nữ hội viên', [[12, 'cá nhân', 0, 14, 'hội viên', 'award.count']]],
  ['bảy em', [[7, 'cá nhân', 0, 6, 'em', 'award.count']]],
  ['15 lao động giỏi', [[15, 'cá nhân', 0, 16, 'lao động giỏi', 'award.count']]],
  ['Ba y, bác sĩ', [[3, 'cá nhân', 0, 12, 'y, bác sĩ', 'award.count']]],
  // the title they are honoured as, in quotes
  ['hai mươi “Người lao động giỏi”', [[20, 'cá nhân', 0, 24, 'người lao động', 'award.count']]],
  // the union's members by their abbreviations (one written with a hyphen)
  ['30 nữ CNVCLĐ', [[30, 'cá nhân', 0, 12, 'cnvclđ', 'award.count']]],
  ['12 CNVC-LĐ', [[12, 'cá nhân', 0, 10, 'cnvc-lđ', 'award.count']]],
  // monks by their classifier, the boards that run pagodas
  ['5 vị sư', [[5, 'cá nhân', 0, 7, 'vị sư', 'award.count']]],
  ['2 ban quản trị chùa', [[2, 'tập thể', 0, 14, 'ban quản trị', 'award.count']]],
  // co-operatives by their abbreviation
  ['9 HTX', [[9, 'tập thể', 0, 5, 'htx', 'award.count']]],
  // women counted by the word of address
  ['8 chị được tặng Bằng khen', [[8, 'cá nhân', 0, 5, 'chị', 'award.count']]],
  ['Năm chị được khen', [[5, 'cá nhân', 0, 7, 'chị', 'award.count']]],
  // the union's members by their abbreviations (one written with a hyphen)
  ['30 nữ CNVCLĐ', [[30, 'cá nhân', 0, 12, 'cnvclđ', 'award.count']]],
  ['12 CNVC-LĐ', [[12, 'cá nhân', 0, 10, 'cnvc-lđ', 'award.count']]],
  // monks by their classifier
  ['9 vị chư tăng', [[9, 'cá nhân', 0, 13, 'chư tăng', 'award.count']]],
];
// numbers that count nothing: identifiers, zero, too long, glued, fractions
const NOT_COUNTS = ['3 sư đoàn', '9 HTXA', 'Quận 1 tổ chức', 'lần thứ 5 tập thể', 'Chỉ thị 19 tập thể', '0 tập thể', '123456 tập thể', 'x24 tập thể', '2/3 tập thể', '24 tập thểx', 'trăm tập thể', 'hai chị em cùng làm',
  // counts of times that are no recipients honoured by one giver: people served, tallies of every tier
  'tập huấn cho 4.300 lượt hội viên', 'các cấp đã khen thưởng 2.750 lượt tập thể, cá nhân', 'có 1.960 lượt tập thể được khen thưởng'];

const NAMED: Array<[string, Array<[string, number, number, string]>]> = [
  ['tập thể Ủy ban MTTQ', [['tập thể', 0, 8, 'tập thể']]],
  ['gia đình bà Trương Thị Thành', [['gia đình', 0, 12, 'gia đình']]],
  ['và cá nhân ông Lê Văn Tám', [['cá nhân', 3, 15, 'cá nhân']]],
];
const NOT_NAMED = ['các tập thể Ủy ban', 'những cá nhân Lê', '5 tập thể Ủy ban', 'tập thể ủy ban', 'của gia đình Lê'];

const ISSUERS: Array<[string, string[]]> = [
  ['bằng khen của Ban Thường vụ Thành ủy cho 15 tập thể', ['thành phố']],
  ['Chủ tịch UBND tỉnh Bình Phước tặng', ['tỉnh']],
  ['Ban Thường vụ Hội Nông dân tỉnh cũng tặng', ['tỉnh']],
  ['của Đảng ủy Khối Các cơ quan tỉnh', ['khối']],
  ['Bí thư Đảng ủy phường Lý Thái Tổ Nguyễn Văn Dũng trao', ['phường']],
  ['các cơ sở Đảng cũng tuyên dương', ['cơ sở']],
  ['Chi bộ khu phố 4 tuyên dương', ['cơ sở']],
  ['do Thủ tướng Chính phủ', ['trung ương']],
  ['của Bộ Công an', ['trung ương']],
  ['của Chủ tịch UBND huyện', ['huyện']],
  ['của UBND thị xã', ['thị xã']],
  ['của Thị ủy', ['thị xã']],
  ['của UBND thị trấn', ['thị trấn']],
  ['của UBND xã', ['xã']],
  ['Quận ủy tuyên dương', ['quận']],
  ['của Quận ủy; Huyện ủy tặng', ['quận', 'huyện']],
  // the giver named by its title between commas, or with its place in parentheses, or holding the ceremony
  ['Thượng tá Lò Văn Thắng, Chỉ huy trưởng Ban CHQS huyện, tặng Giấy khen', ['huyện']],
  // the body that held an event, the verb of honour after a comma (a comma inside quotes is the name's)
  ['Hội LHPN huyện Kỳ Sơn đã tổng kết phong trào “Phụ nữ chung tay phòng, chống dịch”, khen thưởng 10 tập thể', ['huyện']],
  // an association's branches, and the selection they made before the honour
  ['Năm qua, các chi hội khuyến học cơ sở đã bình xét, công nhận 812 gia đình đạt danh hiệu “Gia đình hiếu học”', ['cơ sở']],
  ['Chi hội Phụ nữ thôn Đồng Mầu tặng giấy khen cho 5 hội viên', ['cơ sở']],
  ['Hội LHPN thị xã Hồng Lĩnh tổ chức tọa đàm về chuyển đổi số, tuyên dương 18 hội viên', ['thị xã']],
  ['Hội Nông dân huyện Yên Lập (Phú Thọ) tuyên dương', ['huyện']],
  ['Hội Cựu chiến binh tỉnh tổ chức lễ biểu dương 56 hội viên', ['tỉnh']],
  // the front's committee of a village gives its own
  ['Ban Công tác Mặt trận thôn Đồng Tâm biểu dương', ['cơ sở']],
];
// (bodies of every tier: the tier word after them is where they are)
const NOT_ISSUERS = ['các cấp Hội trong tỉnh đã khen thưởng', 'các cấp công đoàn huyện tuyên dương', 'Hội nghị đã tuyên dương', 'của các đơn vị', 'tặng quà cho hộ nghèo', 'do anh em tự làm'];

describe('counts: forms', () => {
  it.each(COUNTS)('%s', (text, expected) => {
    expect(findCounts(text).map((m) => [m.count, m.type, m.start, m.end, m.word, m.rule])).toEqual(expected);
  });
});

describe('counts: negative corpus', () => {
  it.each(NOT_COUNTS)('%s', (text) => expect(findCounts(text)).toEqual([]));
});

describe('named recipients', () => {
  it.each(NAMED)('%s', (text, expected) => {
    expect(findNamed(text).map((n) => [n.type, n.start, n.nameStart, n.word])).toEqual(expected);
  });
  it.each(NOT_NAMED)('not: %s', (text) => expect(findNamed(text)).toEqual([]));
});

describe('issuers and their tier', () => {
  it.each(ISSUERS)('%s', (text, tiers) => {
    const hits = findIssuers(text);
    expect(hits.map((h) => h.value)).toEqual(tiers);
    for (const h of hits) expect(h.end).toBeGreaterThan(h.start);
  });
  it.each(NOT_ISSUERS)('not: %s', (text) => expect(findIssuers(text)).toEqual([]));
  it('offsets: the phrase after "của", the subject before the verb', () => {
    expect(findIssuers('bằng khen của Ban Thường vụ Thành ủy cho 15 tập thể').map((h) => [h.start, h.end])).toEqual([[14, 36]]);
    expect(findIssuers('Quận ủy tuyên dương').map((h) => [h.start, h.end])).toEqual([[0, 8]]);
  });
});

describe('clauses, levels, forms', () => {
  it('clauses split at semicolons outside parentheses and quotes', () => {
    expect(clauses('a; b (c; d); “e; f” g; h')).toEqual([[0, 1], [2, 11], [12, 21], [22, 24]]);
    expect(clauses('một câu')).toEqual([[0, 7]]);
    expect(clauses('a) b; c')).toEqual([[0, 4], [5, 7]]);
  });
  it('stated levels: "cấp …", never "cấp ủy"', () => {
    expect(findLevels('cấp Thành phố, cấp quận, cấp cơ sở, cấp ủy, cấp huyện')).toEqual([
      { start: 0, end: 13, value: 'thành phố' },
      { start: 15, end: 23, value: 'quận' },
      { start: 25, end: 34, value: 'cơ sở' },
      { start: 44, end: 53, value: 'huyện' },
    ]);
    expect(findLevels('cấp huyệnx, cấpx tỉnh')).toEqual([]);
  });
  it('award forms, written any case', () => {
    expect(findForms('Bằng khen, giấy khen, Kỷ niệm chương, điển hình, khen thưởng').map((h) => [h.start, h.value.value])).toEqual([
      [0, 'bằng khen'], [11, 'giấy khen'], [22, 'kỷ niệm chương'], [38, 'điển hình'], [49, 'khen thưởng'],
    ]);
  });
});
