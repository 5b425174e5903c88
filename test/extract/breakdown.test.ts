// A total and its breakdown: parts that get an honour of their own are the facts and the total
// is dropped, also when a semicolon stands between them; "nhận" is an honour only when an
// honour is what is received.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const awards = (body: string) =>
  extract(`Tin nông nghiệp\n\n${body}`, { file: 'x.txt' }).awards.map((a) => [a.count, a.recipient_type, a.level, a.award]);

describe('a total and its parts', () => {
  it.each([
    ['Ngày 26/12/2019, 90 hộ nông dân giỏi được biểu dương; trong đó 10 hộ nhận Bằng khen của Trung ương Hội Nông dân Việt Nam, 30 hộ nhận Bằng khen của UBND tỉnh và 50 hộ nhận Giấy khen của Hội Nông dân tỉnh.',
      [[10, 'gia đình', 'trung ương', 'bằng khen'], [30, 'gia đình', 'tỉnh', 'bằng khen'], [50, 'gia đình', 'tỉnh', 'giấy khen']]],
    // a subset that gets no honour of its own is no fact
    ['Ngày 26/12/2019, Huyện ủy tuyên dương 35 cá nhân, trong đó có 6 người có uy tín.', [[35, 'cá nhân', 'huyện', 'điển hình']]],
    // the rest of a total after its parts: "số còn lại", "các … còn lại", with their own honour
    ['Ngày 8/11/2016, có 21 tập thể và 40 cá nhân được khen thưởng: Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể, 11 cá nhân; số còn lại nhận Giấy khen của Giám đốc Công an tỉnh.',
      [[6, 'tập thể', 'tỉnh', 'bằng khen'], [11, 'cá nhân', 'tỉnh', 'bằng khen'], [15, 'tập thể', 'tỉnh', 'giấy khen'], [29, 'cá nhân', 'tỉnh', 'giấy khen']]],
    ['Ngày 8/11/2016, Hội Nông dân huyện khen thưởng 30 hộ, gồm 4 hộ nhận Bằng khen của UBND tỉnh, các hộ còn lại nhận Giấy khen của UBND huyện.',
      [[4, 'gia đình', 'tỉnh', 'bằng khen'], [26, 'gia đình', 'huyện', 'giấy khen']]],
    // a total of both kinds opened by "Trong", its rest told by "còn lại" alone: the rest is of both kinds, the total no entry
    ['Ngày 8/11/2016, trong 30 tập thể, cá nhân được khen thưởng, 4 cá nhân nhận Bằng khen của UBND tỉnh, 3 tập thể nhận Bằng khen của Hội Nông dân tỉnh, còn lại nhận Giấy khen của UBND huyện.',
      [[4, 'cá nhân', 'tỉnh', 'bằng khen'], [3, 'tập thể', 'tỉnh', 'bằng khen'], [23, 'tập thể, cá nhân', 'huyện', 'giấy khen']]],
    // a part given its honour by a giver named after "được" is a fact of the breakdown, with that giver's tier
    ['Ngày 8/11/2016, HTX cũng tuyên dương 30 hộ thành viên, trong đó 8 hộ được UBND huyện tặng giấy khen; số còn lại nhận giấy khen của Ban quản trị HTX.',
      [[8, 'gia đình', 'huyện', 'giấy khen'], [22, 'gia đình', 'cơ sở', 'giấy khen']]],
    // the total told the sentence before, the next sentence opening with its first part; a named
    // member of that part ("trong đó có gia đình ông …") is no part of its own
    ['Ngày 8/11/2016, Hội Nông dân tỉnh tuyên dương 58 hộ sản xuất giỏi. Mười bảy hộ được Chủ tịch UBND tỉnh tặng bằng khen, trong đó có gia đình ông Danh Sà Rây; số còn lại nhận giấy khen của Hội Nông dân tỉnh.',
      [[17, 'gia đình', 'tỉnh', 'bằng khen'], [41, 'gia đình', 'tỉnh', 'giấy khen']]],
    // a total of both kinds broken down by one kind only: the other kind is the rest, with the
    // sentence's honour; not when the part has an honour of its own, nor when the other kind is counted too
    ['Ngày 8/11/2016, UBND huyện tặng giấy khen cho 45 tập thể, cá nhân, trong đó có 20 tập thể.',
      [[20, 'tập thể', 'huyện', 'giấy khen'], [25, 'cá nhân', 'huyện', 'giấy khen']]],
    ['Ngày 8/11/2016, số còn lại là 26 tập thể, cá nhân, trong đó có 9 cá nhân, được Chủ tịch UBND xã tặng giấy khen.',
      [[9, 'cá nhân', 'xã', 'giấy khen'], [17, 'tập thể', 'xã', 'giấy khen']]],
    ['Ngày 8/11/2016, UBND tỉnh khen thưởng 30 tập thể, cá nhân, trong đó 12 tập thể nhận Bằng khen.',
      [[30, 'tập thể, cá nhân', 'tỉnh', 'khen thưởng'], [12, 'tập thể', 'tỉnh', 'bằng khen']]],
    ['Ngày 8/11/2016, UBND huyện tặng giấy khen cho 45 tập thể, cá nhân, trong đó có 20 tập thể, 25 cá nhân.',
      [[20, 'tập thể', 'huyện', 'giấy khen'], [25, 'cá nhân', 'huyện', 'giấy khen']]],
    // a total of three kinds whose "trong đó" opens its parts after what they did and the verb
    ['Ngày 8/11/2016, 87 tập thể, cá nhân và hộ gia đình có thành tích trong phong trào “Chung sức xây dựng nông thôn mới” được khen thưởng, trong đó: UBND tỉnh tặng Bằng khen cho 3 tập thể, 5 cá nhân; UBND huyện tặng Giấy khen cho 22 tập thể, 41 cá nhân và 16 hộ gia đình.',
      [[3, 'tập thể', 'tỉnh', 'bằng khen'], [5, 'cá nhân', 'tỉnh', 'bằng khen'], [22, 'tập thể', 'huyện', 'giấy khen'], [41, 'cá nhân', 'huyện', 'giấy khen'], [16, 'gia đình', 'huyện', 'giấy khen']]],
    // (nor when the part is counted by a role: a group among the honoured, not all of its kind —
    // and one such count alone is a subgroup described, no entry: the total is)
    ['Ngày 8/11/2016, Chủ tịch UBND quận khen thưởng 125 lượt tập thể, cá nhân, trong đó có 38 tình nguyện viên là sinh viên.',
      [[125, 'tập thể, cá nhân', 'quận', 'khen thưởng']]],
    // parts that only say who the recipients are (same kind, form and giver, no honour of their
    // own, adding up to the count): the count is the entry
    ['Ngày 8/11/2016, UBND tỉnh tặng Bằng khen cho 5 cá nhân, gồm 3 giáo viên và 2 cán bộ quản lý.', [[5, 'cá nhân', 'tỉnh', 'bằng khen']]],
    ['Ngày 8/11/2016, Hội Nông dân huyện tặng Giấy khen cho 12 hộ (gồm 5 hộ người Kinh và 7 hộ người Dao).', [[12, 'gia đình', 'huyện', 'giấy khen']]],
    // (not when they do not add up to it: the count is told with a few of its members)
    ['Ngày 8/11/2016, UBND tỉnh tặng Bằng khen cho 5 cá nhân, trong đó có 2 giáo viên.', [[5, 'cá nhân', 'tỉnh', 'bằng khen']]],
    // what is left of a total told as already made by its parts, or with no parts told, is nothing more
    ['Ngày 8/11/2016, UBND huyện tặng Giấy khen cho 12 tập thể, trong đó 12 tập thể là chi bộ; số còn lại chưa được xét.', [[12, 'tập thể', 'huyện', 'giấy khen']]],
    ['Ngày 8/11/2016, UBND huyện tặng Giấy khen cho 12 tập thể. Các xã còn lại sẽ tổ chức sau.', [[12, 'tập thể', 'huyện', 'giấy khen']]],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

describe('"còn lại" alone', () => {
  it('adds no rest when no honour follows it in its clause', () => {
    const body = 'Ngày 8/11/2016, trong 30 tập thể, cá nhân được khen thưởng, 4 cá nhân nhận Bằng khen của UBND tỉnh, còn lại là thời gian để các đơn vị rút kinh nghiệm.';
    expect(awards(body).map((a) => a[0])).not.toContain(26);
    expect(awards(body.replace('còn lại là thời gian để các đơn vị rút kinh nghiệm', 'còn lại nhận Giấy khen của UBND huyện')).map((a) => a[0])).toContain(26);
  });
});

describe('"nhận" as a cue', () => {
  it.each([
    ['Ngày 26/12/2019, 12 hộ nhận Giấy khen của UBND xã.', [[12, 'gia đình', 'xã', 'giấy khen']]],
    ['Ngày 26/12/2019, ông Hùng nhận bao tiêu lúa cho 40 hộ trong ấp.', []],
    ['Ngày 26/12/2019, hợp tác xã nhận hướng dẫn kỹ thuật cho 25 hộ.', []],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

describe('a total and the list of its parts in the sentences after it', () => {
  it('drops a total whose next sentence opens the list of its parts, a table written with pipes', () => {
    const body = [
      'Ngày 20/1/2018, 4 tập thể và 2 cá nhân của thị xã được UBND tỉnh khen thưởng. Danh sách cụ thể:',
      'TT | Tên tập thể, cá nhân | Hình thức',
      '1 | Phòng Văn hóa thị xã | Cờ thi đua của UBND tỉnh',
      '2 | Trạm Y tế phường Bắc Sơn | Bằng khen của Chủ tịch UBND tỉnh',
      '3 | Trường Mầm non Hoa Mai | Bằng khen của Chủ tịch UBND tỉnh',
      '4 | Đội Thuế liên phường | Bằng khen của Chủ tịch UBND tỉnh',
      '5 | Bà Lê Thị Sáu, Phó Chủ tịch UBND phường Bắc Sơn | Bằng khen của Chủ tịch UBND tỉnh',
      '6 | Ông Vi Văn Tằng, Trưởng thôn Bản Chắt | Bằng khen của Chủ tịch UBND tỉnh',
    ].join('\n');
    // (the total of 2 cá nhân and the two rows that make it are one fact, told where the total is)
    expect(awards(body)).toEqual([
      [2, 'cá nhân', 'tỉnh', 'bằng khen'], [1, 'tập thể', 'tỉnh', 'cờ thi đua'], [3, 'tập thể', 'tỉnh', 'bằng khen'],
    ]);
  });
});

describe('a total told alone, its parts in the sentences after it', () => {
  it('drops the total when the parts, of several givers and levels, add up to it', () => {
    // (the headline gives the total the district's level)
    const text = [
      'Hội Cựu chiến binh huyện Đông Sơn khen thưởng 40 tập thể, cá nhân',
      '',
      'Sáng 5/12/2023, Hội Cựu chiến binh huyện Đông Sơn tổng kết năm. Dịp này, 40 tập thể, cá nhân được khen thưởng.',
      'Trung ương Hội tặng Kỷ niệm chương cho 5 hội viên.',
      'Ở cấp tỉnh, 4 tập thể và 6 cá nhân được tặng Bằng khen.',
      'UBND huyện tặng giấy khen cho 10 tập thể và 15 cá nhân.',
    ].join('\n');
    const found = extract(text, { file: 'x.txt' }).awards.map((a) => [a.count, a.recipient_type, a.level, a.award]);
    expect(found).toEqual([[5, 'cá nhân', 'trung ương', 'kỷ niệm chương'], [4, 'tập thể', 'tỉnh', 'bằng khen'], [6, 'cá nhân', 'tỉnh', 'bằng khen'], [10, 'tập thể', 'huyện', 'giấy khen'], [15, 'cá nhân', 'huyện', 'giấy khen']]);
  });
});

describe('a total and the table of its parts', () => {
  it('drops a total told before a table flattened one cell per line, whose rows run past six lines', () => {
    const body = [
      'Ngày 5/12/2022, Hội Nông dân huyện khen thưởng 9 tập thể, 30 hộ nông dân, cụ thể như sau:',
      'Hình thức khen thưởng', 'Tập thể', 'Hộ nông dân',
      'Bằng khen của Chủ tịch UBND tỉnh', '1', '4',
      'Giấy khen của Chủ tịch UBND huyện', '3', '10',
      'Giấy khen của Ban Thường vụ Hội Nông dân huyện', '5', '16',
      'Tổng cộng', '9', '30',
    ].join('\n');
    expect(awards(body)).toEqual([
      [1, 'tập thể', 'tỉnh', 'bằng khen'], [4, 'gia đình', 'tỉnh', 'bằng khen'],
      [3, 'tập thể', 'huyện', 'giấy khen'], [10, 'gia đình', 'huyện', 'giấy khen'],
      [5, 'tập thể', 'huyện', 'giấy khen'], [16, 'gia đình', 'huyện', 'giấy khen'],
    ]);
  });
});

describe('counts that describe a recipient', () => {
  it.each([
    // the household is the recipient; the 80 households it linked are not
    ['Ngày 5/12/2022, ông Lê Văn Hải trao Bằng khen của UBND tỉnh cho hộ ông Trần Văn Bảy (ấp Phú Lợi), người đã liên kết 80 hộ trồng rau an toàn.',
      [[1, 'gia đình', 'tỉnh', 'bằng khen']]],
    // an honour given inside the phrase still counts
    ['Ngày 5/12/2022, Phó Chủ tịch UBND tỉnh Lê Văn Hải, người đã trực tiếp trao Bằng khen cho 12 tập thể, phát biểu tại hội nghị.',
      [[12, 'tập thể', null, 'bằng khen']]],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

describe('a form before another verb of honour', () => {
  it.each([
    // the giấy khen is the 18 tập thể's; the 12 are honoured as examples
    ['Ngày 5/12/2022, Ban Chấp hành Hội Nông dân tỉnh tặng giấy khen cho 18 tập thể và biểu dương 12 gương điển hình.',
      [[18, 'tập thể', 'tỉnh', 'giấy khen'], [12, null, 'tỉnh', 'điển hình']]],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

describe('the title "Chiến sĩ thi đua"', () => {
  it.each([
    ['Ngày 5/12/2022, Giám đốc Sở Y tế tặng giấy khen cho 9 tập thể; 12 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2022.',
      [[9, 'tập thể', 'tỉnh', 'giấy khen'], [12, 'cá nhân', 'cơ sở', 'chiến sĩ thi đua']]],
    ['Ngày 5/12/2022, 3 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.',
      [[3, 'cá nhân', 'tỉnh', 'chiến sĩ thi đua']]],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

describe('a count that gives', () => {
  it.each([
    // the company gives books: it is no recipient
    ['Ngày 5/12/2022, Hội Khuyến học tặng Giấy khen cho 12 học sinh; một doanh nghiệp trên địa bàn tặng thêm 200 bộ sách.',
      [[12, 'cá nhân', null, 'giấy khen']]],
    // … but a count that receives, with "được", still counts
    ['Ngày 5/12/2022, 7 tập thể tiêu biểu được tặng Giấy khen của UBND huyện.',
      [[7, 'tập thể', 'huyện', 'giấy khen']]],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

describe('recipients: the community, places of worship, examples', () => {
  it.each([
    ['Ngày 5/12/2022, UBND huyện tặng Giấy khen cho 5 tổ tự quản và 14 quần chúng tiêu biểu.',
      [[5, 'tập thể', 'huyện', 'giấy khen'], [14, 'cá nhân', 'huyện', 'giấy khen']]],
    // "người có uy tín" names who they are; it is no relative clause about someone
    ['Ngày 5/12/2022, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 6 cá nhân là người có uy tín và 3 cơ sở tôn giáo.',
      [[6, 'cá nhân', 'tỉnh', 'bằng khen'], [3, 'tập thể', 'tỉnh', 'bằng khen']]],
    // a union's units and a youth union's branches are collectives, a union's members people
    ['Ngày 5/12/2022, Công đoàn ngành Y tế tặng Giấy khen cho 6 công đoàn bộ phận, 9 chi đoàn và 13 công đoàn viên.',
      [[6, 'tập thể', 'tỉnh', 'giấy khen'], [9, 'tập thể', 'tỉnh', 'giấy khen'], [13, 'cá nhân', 'tỉnh', 'giấy khen']]],
    // places of worship by their kind
    ['Ngày 5/12/2022, Ban Trị sự tỉnh tặng Bằng khen cho 5 chùa, 2 tịnh xá và 4 đạo tràng.',
      [[5, 'tập thể', 'tỉnh', 'bằng khen'], [2, 'tập thể', 'tỉnh', 'bằng khen'], [4, 'tập thể', 'tỉnh', 'bằng khen']]],
    // a breakdown in parentheses right after the group is no fact of its own
    ['Ngày 5/12/2022, UBND huyện tặng Giấy khen cho 9 tập thể (gồm 3 chùa, 2 họ đạo và 4 chi hội) và 6 cá nhân.',
      [[9, 'tập thể', 'huyện', 'giấy khen'], [6, 'cá nhân', 'huyện', 'giấy khen']]],
    // owners are persons
    ['Ngày 5/12/2022, 12 chủ doanh nghiệp được tặng Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”.',
      [[12, 'cá nhân', null, 'kỷ niệm chương']]],
    // the parts opened by "trong đó" in the clause after the total's, past a semicolon
    ['Ngày 5/12/2022, Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho 47 tập thể, cá nhân; trong đó 18 tập thể, còn lại là cá nhân.',
      [[18, 'tập thể', 'huyện', 'giấy khen'], [29, 'cá nhân', 'huyện', 'giấy khen']]],
    // (a count of times too)
    ['Ngày 5/12/2022, Chủ tịch UBND thị xã tặng Giấy khen cho 64 lượt tập thể, cá nhân; trong đó 21 lượt tập thể, còn lại là cá nhân.',
      [[21, 'tập thể', 'thị xã', 'giấy khen'], [43, 'cá nhân', 'thị xã', 'giấy khen']]],
    // an example of the work told is no honour
    ['Ngày 5/12/2022, nhiều hộ đã hiến đất làm đường. Điển hình như gia đình ông Lò Văn Pâng ở bản Nà Hỳ hiến 300 m2 đất.', []],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

// a list that splits the lead's counts by place tells the same honour again: the lead's counts are
// the entries; items that do not add up to them are honours of their own
describe('a breakdown by place', () => {
  const LEAD = 'Ngày 22/12/2016, Chủ tịch UBND huyện tặng Giấy khen cho 7 tập thể và 12 cá nhân, cụ thể:\n';
  it('drops the items whose sums are the lead\'s counts', () => {
    expect(awards(`${LEAD}- Xã Khe Vạc: 2 tập thể, 5 cá nhân\n- Xã Pa Lìn: 3 tập thể, 4 cá nhân\n- Thị trấn Hà Phong: 2 tập thể, 3 cá nhân`))
      .toEqual([[7, 'tập thể', 'huyện', 'giấy khen'], [12, 'cá nhân', 'huyện', 'giấy khen']]);
  });
  it('keeps items that do not add up to the lead\'s counts', () => {
    expect(awards(`${LEAD}- Xã Khe Vạc: 2 tập thể, 5 cá nhân\n- Xã Pa Lìn: 3 tập thể, 4 cá nhân`).length).toBeGreaterThan(2);
  });
});
