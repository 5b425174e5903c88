// Person mentions in one sentence, Duckling style: each way of writing a name with its titles
// → the name, the titles as written and the rule that read them; and title abbreviations
// spelled out (src/extract/official/mentions.ts, index.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/official/mentions.js';
import { expand } from '../../src/extract/official/index.js';

type M = [string, string[], string];
const MENTIONS: Array<[string, M[]]> = [
  ['Trần Kim Yến, Bí thư Quận ủy phát biểu.', [['Trần Kim Yến', ['Bí thư Quận ủy'], 'official.name-title']]],
  ['Nguyễn Văn Dũng - Phó Bí thư Quận ủy', [['Nguyễn Văn Dũng', ['Phó Bí thư Quận ủy'], 'official.name-title']]],
  ['Nguyễn Văn Dũng (Phó Bí thư Quận ủy)', [['Nguyễn Văn Dũng', ['Phó Bí thư Quận ủy'], 'official.name-title']]],
  ['Thích Tâm Hòa, trụ trì chùa Khánh Vân', [['Thích Tâm Hòa', ['trụ trì chùa Khánh Vân'], 'official.name-title']]],
  ['Bí thư Quận ủy Trần Kim Yến phát biểu.', [['Trần Kim Yến', ['Bí thư Quận ủy'], 'official.title-name']]],
  ['Đại tá Lê Quang Vinh, Phó Giám đốc Công an tỉnh', [['Lê Quang Vinh', ['Đại tá', 'Phó Giám đốc Công an tỉnh'], 'official.title-name']]],
  ['ông Nguyễn Văn A, Chủ tịch UBND xã', [['Nguyễn Văn A', ['Chủ tịch UBND xã'], 'official.honorific-name-title']]],
  ['Đồng chí Trần Văn Hùng (thứ hai từ phải qua), Phó Bí thư Huyện ủy', [['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.honorific-name-title']]],
  ['các đồng chí: Trần Kim Yến, Lê Văn Bình', [['Trần Kim Yến', [], 'official.honorific-name'], ['Lê Văn Bình', [], 'official.bare-name']]],
  ['Chủ tịch UBND huyện, ông Phạm Minh Tuấn trao', [['Phạm Minh Tuấn', ['Chủ tịch UBND huyện'], 'official.title-dash-name']]],
  ['Bí thư Đảng ủy Phường Lý Thái Tổ - ông Nguyễn Văn Dũng', [['Nguyễn Văn Dũng', ['Bí thư Đảng ủy Phường Lý Thái Tổ'], 'official.title-dash-name']]],
  // a title someone acts for is not the named person's
  ['Thừa ủy quyền của Chủ tịch UBND tỉnh, Đại tá Lê Quang Vinh', [['Lê Quang Vinh', ['Đại tá'], 'official.title-name']]],
  // a title head inside a command's name is no title: "Bộ Tư lệnh"
  ['Thừa ủy quyền của Bộ Tư lệnh BĐBP, Đại tá Lê Quang Vinh trao Bằng khen', [['Lê Quang Vinh', ['Đại tá'], 'official.title-name']]],
  // the body of a title: qualifiers after a comma, "kiêm" and dashes between positions, "và"
  // inside a body, lowercase words of a proper name, numbers after a unit, a verb ending it
  ['Nguyễn Thị Lụa, Trưởng ban Công tác Mặt trận ấp 3, xã Tân Phú.', [['Nguyễn Thị Lụa', ['Trưởng ban Công tác Mặt trận ấp 3, xã Tân Phú'], 'official.name-title']]],
  ['Trương Thị Thành, Trưởng ban Công tác Mặt trận Khu phố 7, phường Tân Định phát biểu.', [['Trương Thị Thành', ['Trưởng ban Công tác Mặt trận Khu phố 7, phường Tân Định'], 'official.name-title']]],
  ['Lê Văn Hải, Phó Bí thư Thường trực Huyện ủy kiêm Chủ tịch HĐND huyện.', [['Lê Văn Hải', ['Phó Bí thư Thường trực Huyện ủy', 'Chủ tịch HĐND huyện'], 'official.name-title']]],
  ['Trần Văn An, Bí thư Đảng ủy - Chủ tịch UBND xã Tân Hòa.', [['Trần Văn An', ['Bí thư Đảng ủy', 'Chủ tịch UBND xã Tân Hòa'], 'official.name-title']]],
  ['Phạm Thị Hà, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy.', [['Phạm Thị Hà', ['Trưởng Ban Tuyên giáo và Dân vận Huyện ủy'], 'official.name-title']]],
  // who the person is, between the name and the position: ", người Dao, Trưởng thôn …"
  ['ông Giàng A Páo, người dân tộc Mông, Bí thư Chi bộ thôn Sín Chải phát biểu.', [['Giàng A Páo', ['Bí thư Chi bộ thôn Sín Chải'], 'official.honorific-name-title']]],
  ['ông Hoàng Seo Phìn, người Dao, Trưởng bản Nậm Lụm, chia sẻ.', [['Hoàng Seo Phìn', ['Trưởng bản Nậm Lụm'], 'official.honorific-name-title']]],
  ['ông Hoàng Seo Phìn, người Dao, cho biết.', [['Hoàng Seo Phìn', [], 'official.honorific-name']]],
  // the position told as what the person also is: ", người đồng thời là …"
  ['ông Đỗ Văn Khoát, người đồng thời là Trưởng ban Thanh tra nhân dân xã, phát biểu.', [['Đỗ Văn Khoát', ['Trưởng ban Thanh tra nhân dân xã'], 'official.honorific-name-title']]],
  // a syllable of a verb pair stands alone in a name: "Ban Ni giới", "Hội quán" — the pair is a verb
  ['Ni sư Thích Nữ Diệu Hạnh, Trưởng ban Ni giới; ông Lê Văn Hai, Chủ tịch UBND xã.', [['Thích Nữ Diệu Hạnh', ['Trưởng ban Ni giới'], 'official.honorific-name-title'], ['Lê Văn Hai', ['Chủ tịch UBND xã'], 'official.honorific-name-title']]],
  ['ông Mã Chí Thành, Trưởng Ban Quản trị Hội quán Quỳnh Phủ, là người có uy tín.', [['Mã Chí Thành', ['Trưởng Ban Quản trị Hội quán Quỳnh Phủ'], 'official.honorific-name-title']]],
  ['Lê Văn Hai, Chủ tịch UBND xã giới thiệu các điển hình.', [['Lê Văn Hai', ['Chủ tịch UBND xã'], 'official.name-title']]],
  ['ông Đỗ Văn Tư, Chủ tịch Hội Người cao tuổi phường, phát biểu.', [['Đỗ Văn Tư', ['Chủ tịch Hội Người cao tuổi phường'], 'official.honorific-name-title']]],
  // a given name that opens a word elsewhere ("Huân chương", "Nghị quyết") ends a name before punctuation
  ['Thiếu tướng Lê Văn Nghị, Phó Tư lệnh Quân khu 7', [['Lê Văn Nghị', ['Thiếu tướng', 'Phó Tư lệnh Quân khu 7'], 'official.title-name']]],
  ['ông Trịnh Đình Huân, Trưởng Ban An toàn giao thông huyện; bà Lò Thị Hoa.', [['Trịnh Đình Huân', ['Trưởng Ban An toàn giao thông huyện'], 'official.honorific-name-title'], ['Lò Thị Hoa', [], 'official.honorific-name']]],
  ['Chủ tịch UBND tỉnh Lê Văn Hai trao Huân chương Lao động.', [['Lê Văn Hai', ['Chủ tịch UBND tỉnh'], 'official.title-name']]],
  ['Thiếu tướng Lê Văn Nghị biểu dương kết quả; Nghị quyết được ban hành.', [['Lê Văn Nghị', ['Thiếu tướng'], 'official.title-name']]],
  ['Lê Văn Hai, Chủ tịch UBND tỉnh giao nhiệm vụ.', [['Lê Văn Hai', ['Chủ tịch UBND tỉnh'], 'official.name-title']]],
  // the council of emulation and rewards is a body; "khen thưởng" after a title is the verb
  ['bà Y Nga, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh, phát biểu.', [['Y Nga', ['Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh'], 'official.honorific-name-title']]],
  ['Lê Văn Hai, Chủ tịch UBND huyện khen thưởng 5 tập thể.', [['Lê Văn Hai', ['Chủ tịch UBND huyện'], 'official.name-title']]],
  // "Phó ban", short for "Phó Trưởng ban"; a baptismal name before a priest's name is part of it
  ['Achar Thạch Sô Phol, Phó Ban Quản trị chùa Kompông, kể lại.', [['Thạch Sô Phol', ['Phó Ban Quản trị chùa Kompông'], 'official.honorific-name-title']]],
  ['Linh mục Phêrô Vũ Văn Tín, Chánh xứ giáo xứ Phú Nhai, phát biểu.', [['Phêrô Vũ Văn Tín', ['Chánh xứ giáo xứ Phú Nhai'], 'official.honorific-name-title']]],
  // a body's purpose in lowercase words, up to the tier that closes it
  ['ông Hà Văn Tâm, Phó Trưởng ban Thường trực Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh; bà Lê Hoa.', [['Hà Văn Tâm', ['Phó Trưởng ban Thường trực Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh'], 'official.honorific-name-title'], ['Lê Hoa', [], 'official.honorific-name']]],
  ['bà Lương Thị Sen, Giám đốc Bệnh viện Bệnh nhiệt đới thành phố.', [['Lương Thị Sen', ['Giám đốc Bệnh viện Bệnh nhiệt đới thành phố'], 'official.honorific-name-title']]],
  // a rank right after a position is its own title, and only its bearer's
  ['Dự có các Phó Chỉ huy trưởng Thượng tá Trần Văn Đức, Trung tá Kim Sa Ra.', [['Trần Văn Đức', ['Phó Chỉ huy trưởng', 'Thượng tá'], 'official.title-name'], ['Kim Sa Ra', ['Trung tá', 'Phó Chỉ huy trưởng'], 'official.shared-title']]],
  // a plural form of address, names, then one title: each name has it
  ['các đồng chí Lê Văn Hai, Trần Minh Ba - Phó Bí thư Huyện ủy Mù Cang', [['Lê Văn Hai', ['Phó Bí thư Huyện ủy Mù Cang'], 'official.shared-title'], ['Trần Minh Ba', ['Phó Bí thư Huyện ủy Mù Cang'], 'official.shared-title']]],
  ['các ông Hà Văn Tư và Lò Văn Năm, Phó Chủ tịch UBND huyện', [['Hà Văn Tư', ['Phó Chủ tịch UBND huyện'], 'official.shared-title'], ['Lò Văn Năm', ['Phó Chủ tịch UBND huyện'], 'official.shared-title']]],
  // one form of address for one person: the title after a later name is that one's
  ['đồng chí Lê Văn Hai, ông Trần Minh Ba, Chủ tịch UBND xã', [['Lê Văn Hai', [], 'official.honorific-name'], ['Trần Minh Ba', ['Chủ tịch UBND xã'], 'official.honorific-name-title']]],
  // "và" before a form of address and a name ends the body: another person follows
  ['Hà Văn Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Thượng tọa Thích Minh Đạo, Trưởng ban Trị sự tỉnh phát biểu.', [['Hà Văn Lâm', ['Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'], 'official.name-title'], ['Thích Minh Đạo', ['Trưởng ban Trị sự tỉnh'], 'official.honorific-name-title']]],
  ['Lê Thị Ngọc, Giám đốc Sở Tài nguyên và Môi trường tỉnh Bà Rịa - Vũng Tàu.', [['Lê Thị Ngọc', ['Giám đốc Sở Tài nguyên và Môi trường tỉnh Bà Rịa - Vũng Tàu'], 'official.name-title']]],
  ['Ngô Văn Minh, Giám đốc Công ty Điện lực Trà Vinh.', [['Ngô Văn Minh', ['Giám đốc Công ty Điện lực Trà Vinh'], 'official.name-title']]],
  ['Đỗ Văn Sáu, Phó Bí thư Huyện ủy báo cáo kết quả.', [['Đỗ Văn Sáu', ['Phó Bí thư Huyện ủy'], 'official.name-title']]],
  ['Lê Thị Hằng, Tổ trưởng Tổ dân vận số 3.', [['Lê Thị Hằng', ['Tổ trưởng Tổ dân vận số 3'], 'official.name-title']]],
  ['Bùi Văn Nam, Bí thư Đảng ủy Khối Dân - Chính - Đảng tỉnh.', [['Bùi Văn Nam', ['Bí thư Đảng ủy Khối Dân - Chính - Đảng tỉnh'], 'official.name-title']]],
  ['Hoàng Văn Bình, Chủ tịch UBND Quận 1.', [['Hoàng Văn Bình', ['Chủ tịch UBND Quận 1'], 'official.name-title']]],
  ['Thích Thiện Tâm, trụ trì chùa Soài So.', [['Thích Thiện Tâm', ['trụ trì chùa Soài So'], 'official.name-title']]],
  ['Đinh Văn Tú, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Đắk Lắk.', [['Đinh Văn Tú', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy Đắk Lắk'], 'official.name-title']]],
  ['Ủy viên Ban Thường vụ Quận ủy, Trưởng ban Dân vận Quận ủy Hoàn Kiếm Phạm Thị Thu Thủy phát biểu.', [['Phạm Thị Thu Thủy', ['Ủy viên Ban Thường vụ Quận ủy', 'Trưởng ban Dân vận Quận ủy Hoàn Kiếm'], 'official.title-name']]],
  ['các Phó Bí thư Tỉnh ủy: Nguyễn Văn An, Lê Thị Bích và Trần Quốc Cường', [
    ['Nguyễn Văn An', ['Phó Bí thư Tỉnh ủy'], 'official.title-dash-name'],
    ['Lê Thị Bích', ['Phó Bí thư Tỉnh ủy'], 'official.shared-title'],
    ['Trần Quốc Cường', ['Phó Bí thư Tỉnh ủy'], 'official.shared-title'],
  ]],
];
const NO_MENTION = ['Hội nghị tuyên dương 24 tập thể.', 'Chủ tịch UBND huyện phát biểu.', 'huyện ủy tân phú', 'Thành phố Hồ Chí', 'Bí thư Huyện ủy Lục Ngạn phát biểu.'];

const EXPANDED: Array<[string, string]> = [
  ['UVBTV, Trưởng Ban Dân vận Tỉnh ủy', 'Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy'],
  ['Phó CT UBND', 'Phó Chủ tịch Ủy ban nhân dân'],
  ['UV BTV Huyện ủy', 'Ủy viên Ban Thường vụ Huyện ủy'],
  ['Q. Chủ tịch UBND', 'Quyền Chủ tịch Ủy ban nhân dân'],
  ['HĐND, MTTQ', 'Hội đồng nhân dân, Mặt trận Tổ quốc'],
  ['Bí thư Huyện ủy', 'Bí thư Huyện ủy'],
  ['ABCXYZ', 'ABCXYZ'],
  ['xUBND', 'xUBND'],
];

describe('person mentions: forms', () => {
  it.each(MENTIONS)('%s', (sentence, expected) => {
    const got = findMentions(sentence).map((m): M => [sentence.slice(m.name.start, m.name.end), m.titles.map((t) => sentence.slice(t.start, t.end)), m.rule]);
    expect(got).toEqual(expected);
  });
  it.each(NO_MENTION)('none in: %s', (sentence) => {
    expect(findMentions(sentence).filter((m) => m.titles.length > 0)).toEqual([]);
  });
});

describe('titles spelled out', () => {
  it.each(EXPANDED)('%s → %s', (title, expected) => expect(expand(title)).toBe(expected));
});
