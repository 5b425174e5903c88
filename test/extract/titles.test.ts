// Title phrases (src/extract/official/titles.ts), Duckling style: where a title's head is
// found, how far its body runs (units named in lowercase, prepositions inside a unit's name,
// qualifiers after a comma, dashes, parentheses, the verb that ends it) and where the
// person's name that closes it starts. Sentences are short invented reports.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/official/mentions.js';
import { headAt, readTitleChain } from '../../src/extract/official/titles.js';
import { tokenize } from '../../src/text/tokens.js';

type Person = [string, string[]];

/** The people of one sentence as written: [name, titles]. */
const people = (sentence: string): Person[] =>
  findMentions(sentence).map((m): Person => [sentence.slice(m.name.start, m.name.end), m.titles.map((t) => sentence.slice(t.start, t.end))]);

/** A chain of titles read from the first token, as text. */
const chainAt0 = (phrase: string): { titles: string[]; name: string | null; rest: string } | null => {
  const tokens = tokenize(phrase);
  const chain = readTitleChain(tokens, 0);
  if (!chain) return null;
  const text = (a: number, b: number): string => (b > a ? phrase.slice(tokens[a]!.start, tokens[b - 1]!.end) : '');
  return {
    titles: chain.titles.map((t) => text(t.start, t.end)),
    name: chain.name && text(chain.name.start, chain.name.end),
    rest: phrase.slice(tokens[chain.end]?.start ?? phrase.length),
  };
};

describe('title heads', () => {
  const HEADS: Array<[string, number]> = [
    ['Bí thư Huyện ủy', 2],
    ['Phó Bí thư Huyện ủy', 3],
    ['Phó Chủ tịch UBND xã', 4],
    ['Chủ tịch UBND xã', 3],
    ['Trưởng ban Công tác Mặt trận ấp 3', 6],
    ['Đại tá Lê Quang Vinh', 2],
    ['UVBTV Tỉnh ủy', 1],
    ['Hội nghị tuyên dương', 0],
    ['Nguyễn Văn An', 0],
  ];
  it.each(HEADS)('%s → %i words', (phrase, words) => {
    expect(headAt(tokenize(phrase), 0)).toBe(words);
  });

  it('a lowercase head counts only where the caller allows it (after "Name,")', () => {
    const tokens = tokenize('trụ trì chùa Khánh Vân');
    expect(headAt(tokens, 0)).toBe(0);
    expect(headAt(tokens, 0, true)).toBe(2);
    expect(headAt(tokenize('bí thư chi bộ ấp 3'), 0)).toBe(0);
  });

  it('punctuation, numbers and the end of the tokens start no head', () => {
    const tokens = tokenize('ấp 3, Bí thư');
    expect(headAt(tokens, 1)).toBe(0);
    expect(headAt(tokens, 2, true)).toBe(0);
    expect(headAt(tokens, 3)).toBe(2);
    expect(headAt(tokens, tokens.length)).toBe(0);
  });
});

describe('title chains read from a head', () => {
  const CHAINS: Array<[string, { titles: string[]; name: string | null; rest: string }]> = [
    // a rank takes no body: the name follows it
    ['Thiếu tá Danh Phol, Phó Đồn trưởng Đồn Biên phòng Giang Thành', { titles: ['Thiếu tá'], name: 'Danh Phol', rest: ', Phó Đồn trưởng Đồn Biên phòng Giang Thành' }],
    ['Đại úy Y Bình phát biểu', { titles: ['Đại úy'], name: 'Y Bình', rest: 'phát biểu' }],
    // a later reference by rank and given name
    ['Thiếu tá Tuấn cho biết', { titles: ['Thiếu tá'], name: 'Tuấn', rest: 'cho biết' }],
    ['Đại tá', { titles: ['Đại tá'], name: null, rest: '' }],
    // a rank with no name goes on to the next position
    ['Thiếu tướng, Phó Tư lệnh Quân khu 7', { titles: ['Thiếu tướng', 'Phó Tư lệnh Quân khu 7'], name: null, rest: '' }],
    ['Thượng tá - Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.', { titles: ['Thượng tá', 'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'], name: null, rest: '.' }],
    ['Trung tá, cán bộ Công an huyện', { titles: ['Trung tá'], name: null, rest: ', cán bộ Công an huyện' }],
    // positions separated by a comma, a dash or "kiêm"
    ['Phó Bí thư Thường trực Huyện ủy kiêm Chủ tịch HĐND huyện', { titles: ['Phó Bí thư Thường trực Huyện ủy', 'Chủ tịch HĐND huyện'], name: null, rest: '' }],
    ['Bí thư Chi bộ, nhân dân ấp 3', { titles: ['Bí thư Chi bộ'], name: null, rest: ', nhân dân ấp 3' }],
    // a qualifier after a comma stays with its title, and a name may close it
    ['Trưởng ban Công tác Mặt trận ấp 3, xã Tân Phú Lê Văn Tư phát biểu.', { titles: ['Trưởng ban Công tác Mặt trận ấp 3, xã Tân Phú'], name: 'Lê Văn Tư', rest: 'phát biểu.' }],
    ['Bí thư Chi bộ ấp 3 Đinh Hùng trao quà.', { titles: ['Bí thư Chi bộ ấp 3'], name: 'Đinh Hùng', rest: 'trao quà.' }],
    // a head alone at the end of the text
    ['Chủ tịch', { titles: ['Chủ tịch'], name: null, rest: '' }],
  ];
  it.each(CHAINS)('%s', (phrase, expected) => {
    expect(chainAt0(phrase)).toEqual(expected);
  });

  it('no head, no chain', () => {
    expect(chainAt0('Hội nghị tuyên dương')).toBeNull();
    expect(chainAt0('bí thư chi bộ')).toBeNull();
  });

  it('reads from any index and may start in lowercase when asked', () => {
    const phrase = 'Thích Tâm Hòa, trụ trì chùa Khánh Vân';
    const tokens = tokenize(phrase);
    expect(readTitleChain(tokens, 4)).toBeNull();
    const chain = readTitleChain(tokens, 4, 4, true)!;
    expect(chain.titles.map((t) => phrase.slice(tokens[t.start]!.start, tokens[t.end - 1]!.end))).toEqual(['trụ trì chùa Khánh Vân']);
    expect(chain.name).toBeNull();
    expect(chain.end).toBe(tokens.length);
  });
});

// Where a title's body ends, in a person's mention: the title as written, no more, no less.
const BODIES: Array<[string, Person[]]> = [
  // a unit written as a common noun ends the title: the name after it is a person's, not a namesake's
  ['Dự có Điều dưỡng trưởng bệnh viện Lục Thị Bích Mơ và nhiều y, bác sĩ.', [['Lục Thị Bích Mơ', ['Điều dưỡng trưởng bệnh viện']]]],
  // the person's age between the name and the position
  ['Trong số đó có cụ Vi Văn Thoòng, 86 tuổi, Chi hội trưởng Chi hội Khuyến học xóm 4.', [['Vi Văn Thoòng', ['Chi hội trưởng Chi hội Khuyến học xóm 4']]]],
  // "và" then another role of the person ends the unit's name
  ['Dự có Mục sư Vi Văn Thoòng, Quản nhiệm Chi hội Tin Lành Khe Vạc và đại diện Ban Trị sự các xã.', [['Vi Văn Thoòng', ['Quản nhiệm Chi hội Tin Lành Khe Vạc']]]],
  // "các" before a capitalized part, and the kinds of a zone after "Khu"
  ['Dự có bà Trương Thị Mến, Chủ tịch Công đoàn các Khu công nghiệp tỉnh; ông Lưu Văn Khiêm, Giám đốc công ty.', [['Trương Thị Mến', ['Chủ tịch Công đoàn các Khu công nghiệp tỉnh']], ['Lưu Văn Khiêm', ['Giám đốc công ty']]]],
  ['Dự có ông Võ Minh Sang, Phó Chủ tịch Công đoàn các Khu chế xuất và công nghiệp thành phố.', [['Võ Minh Sang', ['Phó Chủ tịch Công đoàn các Khu chế xuất và công nghiệp thành phố']]]],
  // where a central body's standing office sits; not where the official speaks
  ['Dự có ông Đặng Văn Hưng, Phó Trưởng Cơ quan Thường trực Ban Dân vận Trung ương tại Đà Nẵng; bà Lê Thị Thục, Giám đốc.', [['Đặng Văn Hưng', ['Phó Trưởng Cơ quan Thường trực Ban Dân vận Trung ương tại Đà Nẵng']], ['Lê Thị Thục', ['Giám đốc']]]],
  ['Bài phát biểu của ông Lê Văn Tám, Ủy viên Trung ương Đảng tại Hội nghị được đánh giá cao.', [['Lê Văn Tám', ['Ủy viên Trung ương Đảng']]]],
  // the bodies a department works with, in lowercase up to the comma and its parent body
  ['Dự có bà Hà Thị Kim Oanh, Vụ trưởng Vụ Dân vận các cơ quan nhà nước, Ban Dân vận Trung ương.', [['Hà Thị Kim Oanh', ['Vụ trưởng Vụ Dân vận các cơ quan nhà nước, Ban Dân vận Trung ương']]]],
  // the order a police department keeps, after "hành chính về"
  ['Dự có ông Trần Văn Lợi, Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an.', [['Trần Văn Lợi', ['Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an']]]],
  // a unit named in lowercase runs on: "tổ …", "đội …"
  // the body a title belongs to, or its field, in parentheses after it (not the place the body is in)
  ['Bà Hồ Thị Lan, Phó Chánh Văn phòng (Sở Tài chính tỉnh) phát biểu.', [['Hồ Thị Lan', ['Phó Chánh Văn phòng (Sở Tài chính tỉnh)']]]],
  ['Ông Phan Văn Đức, Phó Giám đốc Công ty (phụ trách sản xuất), cho biết.', [['Phan Văn Đức', ['Phó Giám đốc Công ty (phụ trách sản xuất)']]]],
  ['Ông Lê Văn Hòa, Trưởng Công an xã Tân Lợi (huyện Đông Sơn), phát biểu.', [['Lê Văn Hòa', ['Trưởng Công an xã Tân Lợi']]]],
  // a unit's number, then a dash and the body the unit belongs to
  ['Bà Lò Thị Hiên, Tổ trưởng Tổ thu hái số 3 - Nông trường chè Văn Yên, phát biểu.', [['Lò Thị Hiên', ['Tổ trưởng Tổ thu hái số 3 - Nông trường chè Văn Yên']]]],
  ['Ông Y Brơm Niê, Đội trưởng Đội 5 - Công ty Cà phê Ea Tơ, kể lại.', [['Y Brơm Niê', ['Đội trưởng Đội 5 - Công ty Cà phê Ea Tơ']]]],
  ['Nguyễn Văn An, Tổ trưởng tổ sản xuất', [['Nguyễn Văn An', ['Tổ trưởng tổ sản xuất']]]],
  ['Bà Lê Thị Mến, Tổ trưởng tổ phụ nữ đã vận động chị em góp vốn.', [['Lê Thị Mến', ['Tổ trưởng tổ phụ nữ']]]],
  ['Bà Lê Thị Mến, Tổ trưởng tổ dân phòng tự quản an ninh trật tự khu dân cư tích cực tuyên truyền người dân.', [['Lê Thị Mến', ['Tổ trưởng tổ dân phòng tự quản an ninh trật tự khu dân cư']]]],
  // a cooperative written short, its name going on in lowercase, up to the verb after its proper name;
  // one named in capitals ends at the first lowercase word after its name
  ['Bà Lò Thị Nhung, Giám đốc HTX dịch vụ nông nghiệp Tà Xùa, đã liên kết với doanh nghiệp.', [['Lò Thị Nhung', ['Giám đốc HTX dịch vụ nông nghiệp Tà Xùa']]]],
  ['Bà Lò Thị Nhung, Giám đốc HTX dịch vụ chè Tà Xùa cho biết vụ này được mùa.', [['Lò Thị Nhung', ['Giám đốc HTX dịch vụ chè Tà Xùa']]]],
  ['Ông Hà Văn Khởi, Chủ nhiệm HTX Nấm sạch Yên Phú đề xuất mở rộng vùng trồng.', [['Hà Văn Khởi', ['Chủ nhiệm HTX Nấm sạch Yên Phú']]]],
  // prepositions inside a unit's name; "về" after it is the verb "come"
  ['Lê Văn Tâm, Đội trưởng Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện.', [['Lê Văn Tâm', ['Đội trưởng Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện']]]],
  ['Lê Văn Tâm, Đội trưởng đội xung kích của ấp Bình Minh.', [['Lê Văn Tâm', ['Đội trưởng đội xung kích của ấp Bình Minh']]]],
  ['Ông Lê Văn Tám, Tổ trưởng tổ dân phòng tự quản an ninh trật tự khu dân cư số 3 về dự lễ.', [['Lê Văn Tám', ['Tổ trưởng tổ dân phòng tự quản an ninh trật tự khu dân cư số 3']]]],
  ['Ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh về dự hội nghị.', [['Lê Văn Tâm', ['Phó Chủ tịch UBND tỉnh']]]],
  // the sentence's verb ends the title
  ['Trần Văn Hùng, Chủ tịch UBND huyện điểm lại những kết quả nổi bật.', [['Trần Văn Hùng', ['Chủ tịch UBND huyện']]]],
  ['Ông Lê Văn Tám, Trưởng ấp Tân Lập kiến nghị nâng cấp Tỉnh lộ 8.', [['Lê Văn Tám', ['Trưởng ấp Tân Lập']]]],
  ['Ông Lê Văn Tám, Trưởng ấp Tân Lập kiến nghị nâng cấp tuyến đường liên ấp.', [['Lê Văn Tám', ['Trưởng ấp Tân Lập']]]],
  ['Ông Lê Văn Tám, Trưởng ấp Tân Lập tâm sự: Ấp có 320 hộ.', [['Lê Văn Tám', ['Trưởng ấp Tân Lập']]]],
  ['Ông Lê Văn Tám, Trưởng ấp Tân Lập kiến nghị', [['Lê Văn Tám', ['Trưởng ấp Tân Lập']]]],
  ['Ông Nguyễn Văn An, Phó Chủ tịch UBND huyện các nhiệm kỳ 2015-2020 và 2020-2025.', [['Nguyễn Văn An', ['Phó Chủ tịch UBND huyện']]]],
  // "&" inside an abbreviation of a body
  ['Bà Lê Thị Hạnh, Phó Giám đốc Sở KH&CN tỉnh Bến Tre, phát biểu.', [['Lê Thị Hạnh', ['Phó Giám đốc Sở KH&CN tỉnh Bến Tre']]]],
  ['Trưởng phòng LĐ-TB&XH huyện Lê Văn Tư báo cáo.', [['Lê Văn Tư', ['Trưởng phòng LĐ-TB&XH huyện']]]],
  // "Khối các cơ quan" is one body
  ['Bùi Văn Nam, Bí thư Đảng ủy Khối các cơ quan tỉnh.', [['Bùi Văn Nam', ['Bí thư Đảng ủy Khối các cơ quan tỉnh']]]],
  // a lowercase word inside a proper name, joined by a dash, up to the verb or the end
  ['Lê Thị Hoa, Trưởng khoa Hồi sức tích cực - Chống độc cho biết.', [['Lê Thị Hoa', ['Trưởng khoa Hồi sức tích cực - Chống độc']]]],
  ['Lê Thị Hoa, Trưởng khoa Hồi sức tích cực – Chống độc.', [['Lê Thị Hoa', ['Trưởng khoa Hồi sức tích cực – Chống độc']]]],
  // an abbreviation in parentheses inside a body; a photo note in parentheses is not
  ['Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh phát biểu.', [['Nguyễn Văn An', ['Đại tá', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh']]]],
  ['Đồng chí Trần Văn Hùng, Bí thư Huyện ủy (phải) trao Giấy khen cho các tập thể.', [['Trần Văn Hùng', ['Bí thư Huyện ủy']]]],
  // a dash between two positions splits them; a dash before a name ends the title
  ['Trần Văn An, Bí thư Huyện ủy - Chủ tịch HĐND huyện.', [['Trần Văn An', ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']]]],
  ['Bí thư Đảng ủy phường Lý Thái Tổ - Lê Văn Dũng phát biểu.', [['Lê Văn Dũng', ['Bí thư Đảng ủy phường Lý Thái Tổ']]]],
  ['Bí thư Đảng ủy phường Lý Thái Tổ - Lê Văn Dũng', [['Lê Văn Dũng', ['Bí thư Đảng ủy phường Lý Thái Tổ']]]],
  ['Bí thư Đảng ủy phường Lý Thái Tổ - Đồng chí Nguyễn Văn Dũng phát biểu.', [['Nguyễn Văn Dũng', ['Bí thư Đảng ủy phường Lý Thái Tổ']]]],
  // a rank, then a dash or comma, then the position
  ['Phạm Văn Minh, Thượng tá - Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.', [['Phạm Văn Minh', ['Thượng tá', 'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']]]],
  ['Phạm Văn Minh, Trung tá, Trưởng Công an huyện.', [['Phạm Văn Minh', ['Trung tá', 'Trưởng Công an huyện']]]],
  // "và" before another person's name does not join the title to it
  ['Bí thư Đảng ủy xã Tân Hòa Lê Văn An và Trần Văn Bình, Chủ tịch UBND xã, trao Giấy khen.', [
    ['Lê Văn An', ['Bí thư Đảng ủy xã Tân Hòa']],
    ['Trần Văn Bình', ['Chủ tịch UBND xã']],
  ]],
  // the name closes the title even when a body word follows it
  ['Chủ tịch UBND xã Lê Văn Bình thông tin về kết quả phong trào.', [['Lê Văn Bình', ['Chủ tịch UBND xã']]]],
  // a title at the very end of the text
  ['Nguyễn Văn An, Bí thư', [['Nguyễn Văn An', ['Bí thư']]]],
  // "và" then a rank brings in another person, a non-commissioned rank too
  ['Dự có Thượng úy Lê Minh Quyết, Đội trưởng Đội Vận động quần chúng và Thượng sĩ Hà Văn Kiểu.', [['Lê Minh Quyết', ['Thượng úy', 'Đội trưởng Đội Vận động quần chúng']], ['Hà Văn Kiểu', ['Thượng sĩ']]]],
  // "và" then the sentence's verb is no part of the title
  ['Bà Tô Thị Hằng trao Huy hiệu cho anh Vi Văn Đoàn, Bí thư Chi đoàn khu Đồng Sậy Hạ và trao Kỷ niệm chương cho 3 cá nhân.', [['Tô Thị Hằng', []], ['Vi Văn Đoàn', ['Bí thư Chi đoàn khu Đồng Sậy Hạ']]]],
  // a noun whose second syllable is a verb alone, inside a body's purpose
  ['Dự có ông Mạc Văn Triều, Chánh Văn phòng Điều phối Chương trình nông thôn mới tỉnh cùng đại diện các sở.', [['Mạc Văn Triều', ['Chánh Văn phòng Điều phối Chương trình nông thôn mới tỉnh']]]],
  ['Lê Văn Tư, Chủ tịch UBND xã Tân Hòa,', [['Lê Văn Tư', ['Chủ tịch UBND xã Tân Hòa']]]],
];

// What follows a comma: a place or body that qualifies the title, or not.
const QUALIFIERS: Array<[string, Person[]]> = [
  ['Lê Văn Tư, Trưởng ban Công tác Mặt trận ấp Phú Hòa, xã Tân Phú.', [['Lê Văn Tư', ['Trưởng ban Công tác Mặt trận ấp Phú Hòa, xã Tân Phú']]]],
  ['Lê Văn Tư, Giám đốc, Công ty cổ phần Gang thép Thái Nguyên.', [['Lê Văn Tư', ['Giám đốc, Công ty cổ phần Gang thép Thái Nguyên']]]],
  // an age, a verb, a pronoun after the comma are not qualifiers
  ['Ông Lê Văn Tám, Trưởng ấp Tân Lập, 62 tuổi, cho biết.', [['Lê Văn Tám', ['Trưởng ấp Tân Lập']]]],
  ['Ngay sau hội nghị, ông Trần Văn Hùng, Chủ tịch UBND xã, ban hành kế hoạch Phòng, chống thiên tai.', [['Trần Văn Hùng', ['Chủ tịch UBND xã']]]],
  ['Ngay sau hội nghị, ông Trần Văn Hùng, Chủ tịch UBND xã, ban hành kế hoạch thực hiện.', [['Trần Văn Hùng', ['Chủ tịch UBND xã']]]],
  ['Theo bà Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, hội đã vận động được 120 triệu đồng.', [['Lê Thị Hoa', ['Chủ tịch Hội Liên hiệp Phụ nữ xã']]]],
  // a body that opens with lowercase words leading to a capitalized name
  ['Linh mục Nguyễn Văn Tâm, Quản nhiệm họ đạo Cái Mơn, cho biết.', [['Nguyễn Văn Tâm', ['Quản nhiệm họ đạo Cái Mơn']]]],
  // a form of address that is also a position ("Achar"), before a surname after "và": another person
  ['Có mặt Đại đức Thạch Sô Ny, Trụ trì chùa Kom Pong và Achar Kim Sa Rết, Trưởng Ban Quản trị chùa.', [['Thạch Sô Ny', ['Trụ trì chùa Kom Pong']], ['Kim Sa Rết', ['Trưởng Ban Quản trị chùa']]]],
  // … but not a verb of the sentence before a capitalized word
  ['Ông Lê Văn Tư, Chủ tịch, cho biết Tân Phú có 12 mô hình.', [['Lê Văn Tư', ['Chủ tịch']]]],
  // "và" and another person's honorific end a unit named in lowercase
  ['Cô Lê Thị Mai, Tổ trưởng tổ Toán và thầy Trần Văn Hào, Tổ trưởng tổ Ngữ văn vinh dự nhận Kỷ niệm chương.', [['Lê Thị Mai', ['Tổ trưởng tổ Toán']], ['Trần Văn Hào', ['Tổ trưởng tổ Ngữ văn']]]],
  // a board named by a capitalized word and lowercase ones, after the head that names it
  ['Ông Lê Minh Tâm, Phó Trưởng ban An toàn giao thông tỉnh, phát biểu.', [['Lê Minh Tâm', ['Phó Trưởng ban An toàn giao thông tỉnh']]]],
  // … but the lowercase run stops at the next capitalized word, and a verb after it is the sentence's
  ['Bà Lò Thị Hoa, Trưởng ban Dân vận Huyện ủy giao nhiệm vụ cho các xã.', [['Lò Thị Hoa', ['Trưởng ban Dân vận Huyện ủy']]]],
  // "phòng, chống" is one phrase, and "COVID-19" one word, inside a body
  ['Ông Lê Văn Tám, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Tân Lập, phát biểu.', [['Lê Văn Tám', ['Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Tân Lập']]]],
  // … and written "Covid-19", a name with its number and no space
  ['Bà Phạm Thị Lụa, Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 thị xã, phát biểu.', [['Phạm Thị Lụa', ['Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 thị xã']]]],
  // the term of office after the body is part of the title
  ['Dự có ông Hà Minh Sơn, nguyên Bí thư Đảng ủy xã nhiệm kỳ 2010 - 2015, cùng nhiều cán bộ hưu trí.', [['Hà Minh Sơn', ['nguyên Bí thư Đảng ủy xã nhiệm kỳ 2010 - 2015']]]],
  // a workshop named in lowercase after its noun, capitalized or not, right after a manager's head
  ['Dự có ông Tạ Văn Khôi, Quản đốc Phân xưởng đóng gói.', [['Tạ Văn Khôi', ['Quản đốc Phân xưởng đóng gói']]]],
  ['Chị Lò Thị Hiên, Phó Quản đốc phân xưởng may mẫu, phát biểu.', [['Lò Thị Hiên', ['Phó Quản đốc phân xưởng may mẫu']]]],
  // a verb of speech after a place ends the title
  ['Bà Lê Thị Hoa, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Tam Kỳ nhắc lại những năm tháng khó khăn.', [['Lê Thị Hoa', ['Thành ủy viên', 'Trưởng Ban Dân vận Thành ủy Tam Kỳ']]]],
  // a department named in lowercase inside a body, then the company as a qualifier
  ['Chị Lê Thị Mơ, Tổ trưởng Công đoàn bộ phận may, Công ty TNHH Dệt Hòa Bình, kể lại.', [['Lê Thị Mơ', ['Tổ trưởng Công đoàn bộ phận may, Công ty TNHH Dệt Hòa Bình']]]],
  ['Anh Trần Văn Lực, Quản đốc phân xưởng sấy Nhà máy Chè Mộc Châu, cho biết.', [['Trần Văn Lực', ['Quản đốc phân xưởng sấy Nhà máy Chè Mộc Châu']]]],
  // a company's legal form in lowercase, more words than a place name's connectors
  ['Lê Văn Tư, Giám đốc Công ty cổ phần xuất nhập khẩu Tân Phú, phát biểu.', [['Lê Văn Tư', ['Giám đốc Công ty cổ phần xuất nhập khẩu Tân Phú']]]],
  // a hospital's department named in lowercase after "Trưởng khoa", up to "và" and a degree before another name
  ['Dịp này, BSCKI Hồ Văn Lành, Trưởng khoa Chấn thương chỉnh hình và TS.BS Lê Thị Thu, Phó trưởng khoa Sản được tặng Bằng khen.', [['Hồ Văn Lành', ['Trưởng khoa Chấn thương chỉnh hình']], ['Lê Thị Thu', ['Phó trưởng khoa Sản']]]],
  // "và" with a word of quantity after a unit named in lowercase is the people present, not the unit's name
  ['Dự có Mục sư Y Khuê Niê, Quản nhiệm chi hội Tin Lành Buôn Ky và đông đảo tín hữu.', [['Y Khuê Niê', ['Quản nhiệm chi hội Tin Lành Buôn Ky']]]],
  // … while "và" with other lowercase words goes on with the unit's name
  ['Chị Thạch Thị Sa Rết, Tổ trưởng Tổ tiết kiệm và vay vốn ấp Trà Kha, phát biểu.', [['Thạch Thị Sa Rết', ['Tổ trưởng Tổ tiết kiệm và vay vốn ấp Trà Kha']]]],
  // a degree written with a dot inside before the name
  ['Theo BS.CKII Lương Thị Mận, Phó Giám đốc Bệnh viện, năm qua bệnh viện khám cho 9.000 lượt người.', [['Lương Thị Mận', ['Phó Giám đốc Bệnh viện']]]],
  // a dash then an honour ends a title: an item of a list of honours
  ['3. Ông Lò Văn Pắn, Trưởng bản Nà Sài – Bằng khen của UBND tỉnh', [['Lò Văn Pắn', ['Trưởng bản Nà Sài']]]],
  // a new position after the comma is a title of its own, even one that starts like a body
  ['Lê Văn Tư, Phó Bí thư Chi bộ, Chi hội trưởng Chi hội Nông dân ấp 3.', [['Lê Văn Tư', ['Phó Bí thư Chi bộ', 'Chi hội trưởng Chi hội Nông dân ấp 3']]]],
];

// "và" between two positions of one person; a second position that ends in a name is another person's
const JOINED: Array<[string, Array<[string, string[]]>]> = [
  ['Lê Văn Tư, Bí thư Chi bộ và Trưởng ấp Tân Lập, phát biểu.', [['Lê Văn Tư', ['Bí thư Chi bộ', 'Trưởng ấp Tân Lập']]]],
  ['Bà Hà Thị Mai, Phó Chủ tịch HĐND và Chủ tịch Hội Phụ nữ xã Tân Mỹ, trao quà.', [['Hà Thị Mai', ['Phó Chủ tịch HĐND', 'Chủ tịch Hội Phụ nữ xã Tân Mỹ']]]],
  ['Ông Lý Văn Toàn, Phó Bí thư Huyện ủy và Chủ tịch UBND huyện Đinh Công Hòa trao Giấy khen.', [['Lý Văn Toàn', ['Phó Bí thư Huyện ủy']], ['Đinh Công Hòa', ['Chủ tịch UBND huyện']]]],
];

describe('two positions joined by "và"', () => {
  it.each(JOINED)('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('title bodies', () => {
  it.each(BODIES)('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('qualifiers after a comma', () => {
  it.each(QUALIFIERS)('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});
