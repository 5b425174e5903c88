// Members of a counted group named in a later sentence (src/extract/award/members.ts), Duckling
// style: a report → each entry with its names; and reports whose later names are no members of
// a count told before → entries with none. Snippets are invented in the style of the local press.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

type Entry = [string | null, number, string[]];
const entries = (text: string): Entry[] =>
  extract(text, { file: 't.txt' }).awards.map((a): Entry => [a.recipient_type, a.count, a.recipients]);

const HEAD = 'Huyện ủy tổng kết phong trào thi đua “Dân vận khéo”\n';
const LEAD = 'Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 12 tập thể và 24 cá nhân có thành tích xuất sắc. ';

const FORMS: Array<[string, string, Entry[]]> = [
  ['"Trong số N <kind> … có" names after it, the count told before',
    LEAD + 'Trong số 24 cá nhân được khen có ông Lò Văn Pảng, Trưởng bản Nà Hin và bà Lường Thị Xoan.',
    [['tập thể', 12, []], ['cá nhân', 24, ['Lò Văn Pảng', 'Lường Thị Xoan']]]],
  ['a village elder named after a sub-count and "tiêu biểu như" (his calling ends with a place word)',
    LEAD + 'Trong số 24 cá nhân được khen có 15 người là đồng bào dân tộc thiểu số, tiêu biểu như Già làng A Brêm (làng Kon Trang Mơ, xã Đăk Ui Hạ) – người đã vận động con cháu hiến đất.',
    [['tập thể', 12, []], ['cá nhân', 24, ['A Brêm']]]],
  ['"Trong số các <kind> …" with no number: the one count of that kind',
    LEAD + 'Trong số các cá nhân được tuyên dương có Đại đức Thích Minh Hạnh, trụ trì chùa Phước Lâm (phường Tân An).',
    [['tập thể', 12, []], ['cá nhân', 24, ['Thích Minh Hạnh']]]],
  ['"<N> tập thể được khen là" bodies listed, with their commune after a comma',
    'Dịp này, UBND huyện tặng Giấy khen cho 2 tập thể và 5 cá nhân. Hai tập thể được khen là Ban Công tác Mặt trận thôn 4, xã Ea Tul và Chi hội Nông dân thôn 7.',
    [['tập thể', 2, ['Ban Công tác Mặt trận thôn 4, xã Ea Tul', 'Chi hội Nông dân thôn 7']], ['cá nhân', 5, []]]],
  ['"Hai tập thể là …; cá nhân được khen là …": one clause a group, the second of the same honour',
    'Tại hội nghị, Huyện ủy tuyên dương 14 tập thể và 21 cá nhân. Cũng dịp này, 2 tập thể và 1 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen. Hai tập thể là Hội Nông dân xã Vĩnh Kim Hạ và Đoàn Thanh niên xã Long Khê Tây; cá nhân được khen là ông Quách Văn Nhẫn.',
    [['tập thể', 14, []], ['cá nhân', 21, []], ['tập thể', 2, ['Hội Nông dân xã Vĩnh Kim Hạ', 'Đoàn Thanh niên xã Long Khê Tây']], ['cá nhân', 1, ['Quách Văn Nhẫn']]]],
  ['names before "cùng nằm trong số N …"',
    'Dịp này, UBND tỉnh tặng Bằng khen cho 20 hội viên phụ nữ tiêu biểu. Chị Đinh Thị Mơ và chị Lý Thị Sao cùng nằm trong số 20 hội viên được khen.',
    [['cá nhân', 20, ['Đinh Thị Mơ', 'Lý Thị Sao']]]],
  ['names, then how many of the group they are: "A, B và C là ba trong 6 tập thể được …"',
    'Dịp này, Tư lệnh Quân khu tặng Bằng khen cho 6 tập thể và 11 cá nhân. Ban CHQS xã Khe Vạc, Đồn Biên phòng Pa Lìn và Trung đội dân quân cơ động xã Sùng Chảo là ba trong 6 tập thể được Tư lệnh Quân khu khen thưởng.',
    [['tập thể', 6, ['Ban CHQS xã Khe Vạc', 'Đồn Biên phòng Pa Lìn', 'Trung đội dân quân cơ động xã Sùng Chảo']], ['cá nhân', 11, []]]],
  ['a body listed after the count of persons, with the persons: the collectives\' name',
    'Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 10 tập thể và 12 cá nhân tiêu biểu, trong đó có tập thể Ban Dân vận Huyện ủy Mường Khương và ông Vàng A Sử, Trưởng bản Lùng Vai.',
    [['tập thể', 10, ['Ban Dân vận Huyện ủy Mường Khương']], ['cá nhân', 12, ['Vàng A Sử']]]],
  ['a body\'s name read on through "và" into a person\'s is cut there',
    'Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng Giấy khen cho 6 tập thể và 14 cá nhân, trong đó có Đồn Biên phòng Na Hình và Thiếu tá Nông Văn Thắm.',
    [['tập thể', 6, ['Đồn Biên phòng Na Hình']], ['cá nhân', 14, ['Nông Văn Thắm']]]],
  ['items under a lead that counted them and ends with a colon, under headings of their kind',
    'Dịp này, Ban Thường vụ Huyện ủy tuyên dương 2 tập thể và 3 cá nhân điển hình cấp huyện, gồm:\n\nTập thể:\n1. Chi bộ thôn Khe Vằn, xã Tân Hợp;\n2. Hội Cựu chiến binh xã Yên Lạc.\n\nCá nhân:\n1. Ông Hoàng Văn Chử, Trưởng thôn Nà Pục, xã Tân Hợp;\n2. Bà Triệu Thị Liên, Chi hội trưởng Chi hội Phụ nữ thôn Bản Ven;\n3. Đại đức Thạch Sô Minh, Trụ trì chùa Sa Lôn.\n',
    [['tập thể', 2, ['Chi bộ thôn Khe Vằn, xã Tân Hợp', 'Hội Cựu chiến binh xã Yên Lạc']], ['cá nhân', 3, ['Hoàng Văn Chử', 'Triệu Thị Liên', 'Thạch Sô Minh']]]],
  ['items with no heading: persons to the persons\' count, bodies to the collectives\'',
    'Dịp này, UBND xã tặng Giấy khen cho 1 tập thể và 2 cá nhân, gồm:\n- Chi đoàn thôn Nà Pục;\n- Ông Hoàng Văn Chử, Trưởng thôn Nà Pục;\n- Bà Triệu Thị Liên, hội viên Chi hội Phụ nữ thôn Bản Ven.\n',
    [['tập thể', 1, ['Chi đoàn thôn Nà Pục']], ['cá nhân', 2, ['Hoàng Văn Chử', 'Triệu Thị Liên']]]],
  ['an item that names its kind before its names',
    'Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 2 tập thể và 20 cá nhân, gồm:\n- Tập thể: Chi bộ thôn Nà Pục và Chi bộ thôn Bản Ven;\n- Cá nhân: 12 đảng viên và 8 quần chúng.\n',
    [['tập thể', 2, ['Chi bộ thôn Nà Pục', 'Chi bộ thôn Bản Ven']], ['cá nhân', 12, []], ['cá nhân', 8, []]]],
  ['"Trong <N> <kind> …" with no "số": the count told before',
    LEAD + 'Trong 24 cá nhân được tặng Giấy khen có Thượng tọa Danh Sô Phal, trụ trì chùa Prếch Bốt.',
    [['tập thể', 12, []], ['cá nhân', 24, ['Danh Sô Phal']]]],
  ['"trong số …" in a clause after the count, in the same sentence',
    'Dịp này, UBND huyện tặng Giấy khen cho 03 tập thể và 05 cá nhân; trong số cá nhân được khen có bà Vàng Thị Dua, Chi hội trưởng Chi hội Phụ nữ bản Tả Van.',
    [['tập thể', 3, []], ['cá nhân', 5, ['Vàng Thị Dua']]]],
  ['"Các tập thể được khen gồm: A; B" names the count\'s bodies and is no award of its own',
    'Dịp này, Giám đốc Sở Y tế tặng Giấy khen cho 3 tập thể và 7 cá nhân. Các tập thể được khen gồm: Khoa Ngoại tổng hợp; Khoa Dược - Vật tư y tế; Phòng Điều dưỡng.',
    [['tập thể', 3, ['Khoa Ngoại tổng hợp', 'Khoa Dược - Vật tư y tế', 'Phòng Điều dưỡng']], ['cá nhân', 7, []]]],
  ['items under a sentence that names their kind after the count\'s ("Các tập thể gồm:")',
    'Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 3 tập thể và 5 cá nhân. Các tập thể gồm:\n+ Chùa Bà Rằm;\n+ Giáo xứ Hòa Khánh Tây;\n+ Chi hội Tin Lành Long Điền.\n',
    [['tập thể', 3, ['Chùa Bà Rằm', 'Giáo xứ Hòa Khánh Tây', 'Chi hội Tin Lành Long Điền']], ['cá nhân', 5, []]]],
  ['bodies, then a person, after the persons\' count and a bare colon',
    'Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 01 tập thể và 02 cá nhân: Công an xã Ea Phê; Thiếu tá Hồ Văn Lịch và Đại úy Y Brông Mlô.',
    [['tập thể', 1, ['Công an xã Ea Phê']], ['cá nhân', 2, ['Hồ Văn Lịch', 'Y Brông Mlô']]]],
  ['bodies, then a person, after "gồm:" with no comma before it',
    'Dịp này, UBND tỉnh tặng Bằng khen cho hai tập thể và một cá nhân có thành tích xuất sắc gồm: Hội Nông dân xã Tân Phước Đông, Đoàn Thanh niên xã Tân Phước Đông và ông Lê Văn Quới, Trưởng ấp Rạch Sậy Giữa.',
    [['tập thể', 2, ['Hội Nông dân xã Tân Phước Đông', 'Đoàn Thanh niên xã Tân Phước Đông']], ['cá nhân', 1, ['Lê Văn Quới']]]],
  ['of several counts of the kind still open, the one of the honour the group\'s words name',
    'Hội Nông dân tỉnh biểu dương 120 hộ nông dân giỏi; trong đó 10 hộ nhận Bằng khen của UBND tỉnh, các hộ còn lại nhận Giấy khen của Hội. Trong số các hộ nhận Bằng khen của UBND tỉnh có hộ ông Vi Văn Thoòng.',
    [['gia đình', 10, ['Vi Văn Thoòng']], ['gia đình', 110, []]]],
  ['… and of the giver\'s tier the group\'s words name, of several with that form',
    'Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 1 tập thể; LĐLĐ tỉnh tặng Bằng khen cho 1 tập thể và 3 cá nhân. Tập thể được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen là Tổ Công đoàn Phân xưởng Khe Vạc.',
    [['tập thể', 1, ['Tổ Công đoàn Phân xưởng Khe Vạc']], ['tập thể', 1, []], ['cá nhân', 3, []]]],
  ['of several counts of the kind still open, the one the sentence right before told',
    'Chiều cùng ngày, Đảng ủy xã biểu dương 7 tập thể, 15 cá nhân điển hình. Đảng ủy thị trấn tặng Giấy khen cho 6 tập thể và 9 cá nhân. Trong số cá nhân được khen có bà Chu Thị Mến, Tổ trưởng tổ dân phố số 4.',
    [['tập thể', 7, []], ['cá nhân', 15, []], ['tập thể', 6, []], ['cá nhân', 9, ['Chu Thị Mến']]]],
  ['a pointer for the group, in the next sentence: "Trong số đó có" the count told right before',
    LEAD + 'Trong số đó có ông Vi Văn Thoòng, Trưởng bản Nà Hin và bà Chu Thị Mến.',
    [['tập thể', 12, []], ['cá nhân', 24, ['Vi Văn Thoòng', 'Chu Thị Mến']]]],
  ['… or in the clause after the count\'s, after a semicolon, with religious forms of address',
    'Dịp này, UBND huyện tặng Giấy khen cho 9 chức sắc và 4 cơ sở tôn giáo; trong số này có Linh mục Lầu A Giống và Đại đức Đèo Văn Khẻ.',
    [['cá nhân', 9, ['Lầu A Giống', 'Đèo Văn Khẻ']], ['tập thể', 4, []]]],
  ['… a name inside an item\'s words is no one more member',
    'Dịp này, dòng họ khen thưởng 15 con cháu học giỏi. Trong đó có em Vi Văn Thoòng, thủ khoa Trường Đại học Thủy lợi Hà Nội.',
    [['cá nhân', 15, ['Vi Văn Thoòng']]]],
  ['a list after a group the lead names with no count, past its counts: the group\'s, with its own form',
    'Tổng Giám đốc Công ty công nhận danh hiệu “Chiến sĩ thi đua cơ sở” cho 3 cá nhân và tặng giấy khen cho các cá nhân đạt danh hiệu “Lao động giỏi”, gồm:\n\nSTT | Họ và tên | Đơn vị\n1 | Vi Văn Thoòng | Tổ cắt 2\n2 | Chu Thị Mến | Tổ may 5\n3 | Lầu A Giống | Tổ cơ điện\n4 | Hoàng Văn Khẻ | Tổ hoàn thiện 1\n',
    [['cá nhân', 3, []], ['cá nhân', 4, ['Vi Văn Thoòng', 'Chu Thị Mến', 'Lầu A Giống', 'Hoàng Văn Khẻ']]]],
  ['a caption names a member of the count of its kind and form, and is no honour of its own',
    'Hội LHPN huyện tặng Giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc.\n\nẢnh: Bà Lã Thị Hiền (bên phải) trao Giấy khen cho chị Đỗ Thị Quyên.\n',
    [['tập thể', 6, []], ['cá nhân', 11, ['Đỗ Thị Quyên']]]],
];

const NONE: Array<[string, string, Entry[]]> = [
  ['a subset counted after "có" names no member: a faith after "đạo" is no person',
    LEAD + 'Trong 24 cá nhân được khen có 9 người là chức sắc, chức việc đạo Cao Đài.',
    [['tập thể', 12, []], ['cá nhân', 24, []]]],
  ['a caption that names a person of another form keeps its own honour',
    'Hội LHPN huyện tặng Giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc.\n\nẢnh: Bà Lã Thị Hiền trao Bằng khen của Trung ương Hội cho chị Đỗ Thị Quyên.\n',
    [['tập thể', 6, []], ['cá nhân', 11, []], ['cá nhân', 1, ['Đỗ Thị Quyên']]]],
  ['a group of another count is no member of this one',
    LEAD + 'Trong số 15 cá nhân được khen năm trước có ông Lò Văn Pảng.',
    [['tập thể', 12, []], ['cá nhân', 24, []]]],
  ['"Trong số các cá nhân" when two counts of persons were told: whose is unknown',
    'Dịp này, Huyện ủy tặng Giấy khen cho 9 cá nhân; UBND huyện tặng Giấy khen cho 14 cá nhân. Trong số các cá nhân được khen có ông Lò Văn Pảng.',
    [['cá nhân', 9, []], ['cá nhân', 14, []]]],
  ['a person of the place named after the member is not one more member',
    LEAD + 'Trong số 24 cá nhân được khen có ông Lò Văn Pảng, người bản Nà Hin, xã Mường Tè.',
    [['tập thể', 12, []], ['cá nhân', 24, ['Lò Văn Pảng']]]],
  ['a pointer whose list opens with no person names no member ("các tổ dân phố" before the streets)',
    LEAD + 'Trong đó có các tổ dân phố đã vận động người dân tháo dỡ mái che trên đường Hùng Vương, Lê Lợi.',
    [['tập thể', 12, []], ['cá nhân', 24, []]]],
  ['a pointer back past a sentence with no count points to nothing',
    LEAD + 'Hội nghị đã thảo luận nhiều ý kiến. Trong số đó có ý kiến của ông Vi Văn Thoòng.',
    [['tập thể', 12, []], ['cá nhân', 24, []]]],
  ['one of the group ("là một trong 24 cá nhân") is no member named, as the seeds\' gold has it',
    LEAD + 'Ông Vi Văn Thoòng là một trong 24 cá nhân được khen.',
    [['tập thể', 12, []], ['cá nhân', 24, []]]],
  ['… not when the sentence right before told none of them: whose is unknown',
    'Đảng ủy xã biểu dương 15 cá nhân điển hình. Đảng ủy thị trấn tặng Giấy khen cho 9 cá nhân. Hội nghị diễn ra trang trọng. Trong số cá nhân được khen có bà Chu Thị Mến.',
    [['cá nhân', 15, []], ['cá nhân', 9, []]]],
  ['items that count their own parts are no names: the list stops there',
    'Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 2 tập thể và 20 cá nhân, gồm:\n- Cá nhân: 12 đảng viên và 8 quần chúng;\n- Ông Hoàng Văn Chử, Trưởng thôn Nà Pục.\n',
    [['tập thể', 2, []], ['cá nhân', 12, []], ['cá nhân', 8, []]]],
];

describe('members named after their count', () => {
  it.each(FORMS)('%s', (_why, text, expected) => expect(entries(HEAD + text)).toEqual(expected));
});

describe('names after a count that are not its members', () => {
  it.each(NONE)('%s', (_why, text, expected) => expect(entries(HEAD + text)).toEqual(expected));
});
