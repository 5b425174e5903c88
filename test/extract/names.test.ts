// Person names (src/extract/official/names.ts): which capitalized words make a name, where
// a name that closes a title starts, and how far a name read forward runs.
import { describe, expect, it } from 'vitest';
import { isNameWord, isSurname, nameAtEnd, nameFrom } from '../../src/extract/official/names.js';
import { findMentions } from '../../src/extract/official/mentions.js';
import { tokenize } from '../../src/text/tokens.js';

/** The text of tokens[s, e) of a phrase. */
const span = (phrase: string, s: number, e: number): string => {
  const tokens = tokenize(phrase);
  return phrase.slice(tokens[s]!.start, tokens[e - 1]!.end);
};

describe('surnames', () => {
  it.each(['Nguyễn', 'Lê', 'Thích', 'Ksor', "H'Hen", 'H’Yim', "K'Brel", 'Đèo', 'Lềm', 'Vy', 'Nịnh', 'Rah', 'Puih', 'Clâu', 'Alăng', 'Bhling'])('%s opens a name', (w) => {
    expect(isSurname(w)).toBe(true);
  });
  it.each(['Tân', 'Trưởng', 'Hội', 'Ủy', 'Ngân', 'Lộc'])('%s does not', (w) => {
    expect(isSurname(w)).toBe(false);
  });
});

describe('name words', () => {
  const tokens = tokenize('Q. Chủ tịch UBND xã Lê Văn Tư, 2023');
  it('a capitalized word is one', () => {
    expect(isNameWord(tokens[1])).toBe(true); // Chủ
    expect(isNameWord(tokens[5])).toBe(true); // Lê
  });
  it('an initial with its dot, an abbreviation, a lowercase word, punctuation, a number, nothing are not', () => {
    expect(tokens[0]!.text).toBe('Q.');
    expect(isNameWord(tokens[0])).toBe(false);
    expect(isNameWord(tokens[3])).toBe(false); // UBND
    expect(isNameWord(tokens[4])).toBe(false); // xã
    expect(isNameWord(tokens[8])).toBe(false); // ,
    expect(isNameWord(tokens[9])).toBe(false); // 2023
    expect(isNameWord(undefined)).toBe(false);
  });
});

// nameAtEnd: the name that ends a capitalized run, as it closes a title body
const AT_END: Array<[string, number, number, number, string | null]> = [
  // [phrase, from, to, minScore, name]
  ['Tỉnh ủy Lê Thị Mai', 2, 5, 2, 'Lê Thị Mai'],
  ['Chi bộ ấp 3 Đinh Hùng', 4, 6, 2, 'Đinh Hùng'],
  // after "xã" a three-word name with a middle name is sure enough to end a title
  ['UBND xã Lê Văn Bình', 2, 5, 3, 'Lê Văn Bình'],
  ['UBND xã Đinh Hùng', 2, 4, 3, null],
  // five words, the second a middle name
  ['phường Lê Thị Ngọc Thanh Trúc', 1, 6, 2, 'Lê Thị Ngọc Thanh Trúc'],
  // a place that starts one word earlier: "Hà Giang", not "Giang Lê Hùng"
  ['Tỉnh ủy Hà Giang Lê Hùng', 2, 6, 2, 'Lê Hùng'],
  // a place after "ủy", words of an organisation, a school or street named after a person
  ['Huyện ủy Lục Ngạn', 2, 4, 2, null],
  ['Ban Tôn Giáo', 1, 3, 2, null],
  ['Đoàn Thanh Niên', 0, 3, 2, null],
  ['Trường THPT Lưu Văn Liệt', 2, 5, 4, null],
  ['đường Trần Phú', 1, 3, 2, null],
  // nothing before `from` is read: the run "Văn Minh" alone is not sure enough
  ['Lê Văn Minh', 1, 3, 3, null],
  ['Lê Văn Minh', 0, 3, 3, 'Lê Văn Minh'],
];

describe('a name that ends a run', () => {
  it.each(AT_END)('%s [%i, %i) min %i → %s', (phrase, from, to, min, expected) => {
    const got = nameAtEnd(tokenize(phrase), from, to, min);
    expect(got && span(phrase, got.start, got.end)).toBe(expected);
    if (got) expect(got.end).toBe(to);
  });
});

// nameFrom: a name read forward from i; `loose` after an honorific
const FROM: Array<[string, number, boolean, string | null]> = [
  ['Trần Văn Hùng, Chủ tịch UBND xã', 0, false, 'Trần Văn Hùng'],
  // a capitalized position written right after the name (no comma) is not part of it
  ['Trần Văn Hùng Chủ tịch UBND xã', 0, false, 'Trần Văn Hùng'],
  ['Nguyễn Hoàng Anh Tuấn Giám đốc Sở Nội vụ', 0, false, 'Nguyễn Hoàng Anh Tuấn'],
  ['Võ Thị Ngọc Thanh Trúc, Phó Chủ tịch UBND phường', 0, false, 'Võ Thị Ngọc Thanh Trúc'],
  // after an honorific a given name alone is a name ("ông Sáu"), an initial is not
  ['ông Sáu, Trưởng ấp Tân Lập', 1, true, 'Sáu'],
  ['ông A, Chủ tịch UBND xã', 1, true, null],
  ['Sáu, Trưởng ấp Tân Lập', 0, false, null],
  // a name starts with a family name, unless after an honorific
  ['Tân Phú', 0, false, null],
  ['Thượng tọa Thích Minh Quang', 2, false, 'Thích Minh Quang'],
  // a title after an honorific is no name: "đồng chí Bí thư Huyện ủy"
  ['đồng chí Bí thư Huyện ủy', 2, true, null],
  ['đồng chí Chủ tịch UBND huyện', 2, true, null],
  // a given name opening a word whose second syllable follows is the body's word, not the name's
  ['Đoàn Thanh niên xã Tân Lợi', 0, false, null],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 0, false, null],
  ['Lê Văn Thanh niên', 0, false, 'Lê Văn'],
  // while the same given name before another word is a name's
  ['Đoàn Thanh nói', 0, false, 'Đoàn Thanh'],
  ['Nguyễn Văn Nông dự lễ', 0, false, 'Nguyễn Văn Nông'],
];

describe('a name read forward', () => {
  it.each(FROM)('%s @%i loose=%s → %s', (phrase, i, loose, expected) => {
    const end = nameFrom(tokenize(phrase), i, loose);
    expect(end > i ? span(phrase, i, end) : null).toBe(expected);
  });
});

describe('names in sentences', () => {
  const people = (sentence: string): Array<[string, string[]]> =>
    findMentions(sentence).map((m) => [sentence.slice(m.name.start, m.name.end), m.titles.map((t) => sentence.slice(t.start, t.end))]);
  it.each([
    ['Bí thư Tỉnh ủy Hà Giang Lê Hùng phát biểu.', [['Lê Hùng', ['Bí thư Tỉnh ủy Hà Giang']]]],
    ['Phó Chủ tịch UBND phường Lê Thị Ngọc Thanh Trúc phát biểu.', [['Lê Thị Ngọc Thanh Trúc', ['Phó Chủ tịch UBND phường']]]],
    ['Bà Võ Thị Ngọc Thanh Trúc, Phó Chủ tịch UBND phường.', [['Võ Thị Ngọc Thanh Trúc', ['Phó Chủ tịch UBND phường']]]],
    ['Đồng chí Bí thư Huyện ủy Lê Văn An phát biểu.', [['Lê Văn An', ['Bí thư Huyện ủy']]]],
    ['Ông Sáu, Trưởng ấp Tân Lập, cho biết.', [['Sáu', ['Trưởng ấp Tân Lập']]]],
    ['Ông K\'Brel, Trưởng thôn Đạ Nghịt, cho biết.', [["K'Brel", ['Trưởng thôn Đạ Nghịt']]]],
    ['Trưởng Ban Tôn Giáo phát biểu tại buổi lễ.', []],
    // "Sáng" ends a name; it opens a time of day only at a sentence start
    ['Phó Trưởng Ban Dân vận Tỉnh ủy Quách Văn Sáng phát biểu.', [['Quách Văn Sáng', ['Phó Trưởng Ban Dân vận Tỉnh ủy']]]],
    // "Tỉnh" and "Khu" may end a name
    ['Thượng tá Hoàng Văn Tỉnh, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, phát biểu.', [['Hoàng Văn Tỉnh', ['Thượng tá', 'Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh']]]],
    ['Mục sư Y Khu, Quản nhiệm Chi hội Tin Lành Buôn Ja, chia sẻ.', [['Y Khu', ['Quản nhiệm Chi hội Tin Lành Buôn Ja']]]],
    // a parish priest's position
    ['Linh mục Đặng Văn Hòa, Quản xứ Giáo xứ Tân Lộc, phát biểu.', [['Đặng Văn Hòa', ['Quản xứ Giáo xứ Tân Lộc']]]],
    // "truyền đạt" ends a title
    ['Học viên được nghe bà Lò Thị Xuân, Phó Trưởng Ban Dân vận Tỉnh ủy truyền đạt chuyên đề.', [['Lò Thị Xuân', ['Phó Trưởng Ban Dân vận Tỉnh ủy']]]],
    // a former position, then the present one: "…, hiện là …"
    ['Ông Hà Văn Lộc, nguyên Chủ tịch UBND xã Sơn Kim, hiện là Trưởng ban Công tác Mặt trận thôn Nà Hin, phát biểu.', [['Hà Văn Lộc', ['nguyên Chủ tịch UBND xã Sơn Kim', 'Trưởng ban Công tác Mặt trận thôn Nà Hin']]]],
    ['Bà Lê Thị Mơ, Phó Chủ tịch UBND huyện, đồng thời là Chủ tịch Hội Chữ thập đỏ huyện, dự lễ.', [['Lê Thị Mơ', ['Phó Chủ tịch UBND huyện', 'Chủ tịch Hội Chữ thập đỏ huyện']]]],
    // a baptismal name is part of the name; "Linh mục" is the honorific
    ['Dự lễ có Linh mục Phêrô Đoàn Văn Quý, Chánh xứ Giáo xứ Bình Thuận.', [['Phêrô Đoàn Văn Quý', ['Chánh xứ Giáo xứ Bình Thuận']]]],
    // and so does reading out a decision
    ['Ông Đinh Văn Lực – Trưởng phòng Nội vụ huyện công bố quyết định khen thưởng.', [['Đinh Văn Lực', ['Trưởng phòng Nội vụ huyện']]]],
    // a rank after "của" is still its bearer's own
    ['Theo báo cáo của Thiếu tá Lò Văn Pao, Đồn trưởng Đồn Biên phòng Mường Khương, đơn vị đã cử 12 cán bộ.', [['Lò Văn Pao', ['Thiếu tá', 'Đồn trưởng Đồn Biên phòng Mường Khương']]]],
    // a Khmer name with a word that also ends "Công Ty"
    ['Ông Chau Ty Ra, Phó Chủ tịch UBND xã Lương Phi, phát biểu.', [['Chau Ty Ra', ['Phó Chủ tịch UBND xã Lương Phi']]]],
    ['Giám đốc Công Ty Lâm Nghiệp Đông Bắc Trần Văn Hưng phát biểu.', [['Trần Văn Hưng', ['Giám đốc Công Ty Lâm Nghiệp Đông Bắc']]]],
  ] as Array<[string, Array<[string, string[]]>]>)('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });

  // A family name that starts a place name of the lexicon ("Nguyễn Văn Cừ", "Trần Văn Thời",
  // "Võ Thị Sáu") is a place only when the whole place name is written.
  it.each([
    ['Bí thư Huyện ủy Nguyễn Văn An phát biểu.', [['Nguyễn Văn An', ['Bí thư Huyện ủy']]]],
    ['Chủ tịch UBND huyện Trần Văn An phát biểu.', [['Trần Văn An', ['Chủ tịch UBND huyện']]]],
    ['Phó Chủ tịch UBND phường Võ Thị Ngọc Thanh Trúc phát biểu.', [['Võ Thị Ngọc Thanh Trúc', ['Phó Chủ tịch UBND phường']]]],
    ['Bí thư Huyện ủy Trần Văn Thời phát biểu.', []],
  ] as Array<[string, Array<[string, string[]]>]>)('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
  // a four-word name with two family names at its head is one name
  it.each([
    ['Bí thư Chi bộ Nguyễn Hoàng Anh Tuấn phát biểu.', [['Nguyễn Hoàng Anh Tuấn', ['Bí thư Chi bộ']]]],
    ['Chủ tịch Hội Nông dân xã Trần Lê Minh Châu trao Giấy khen.', [['Trần Lê Minh Châu', ['Chủ tịch Hội Nông dân xã']]]],
    // … but not a place ending the title before a three-word name
    ['Chủ tịch Hội Nông dân tỉnh Lâm Đồng Nguyễn Văn Hải phát biểu.', [['Nguyễn Văn Hải', ['Chủ tịch Hội Nông dân tỉnh Lâm Đồng']]]],
  ] as Array<[string, Array<[string, string[]]>]>)('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});
