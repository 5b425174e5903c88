// One sentence at a time, Duckling style: which counts are honours and the level and form
// that reach each, with the rule that gave the level; and the lead a sentence hands to the
// list items after it (src/extract/award/sentence.ts).
import { describe, expect, it } from 'vitest';
import { extractSentence, type Inherited } from '../../src/extract/award/sentence.js';

type A = [string | null, number, string | null, string | null, string | null, number | null];
const run = (text: string, inherited: Inherited | null = null): { awards: A[]; lead: Inherited | null } => {
  const r = extractSentence(text, inherited);
  return { awards: r.awards.map((a): A => [a.type, a.count, a.level, a.levelRule, a.award, a.year]), lead: r.lead };
};

const FORMS: Array<[string, A[]]> = [
  // a "cấp …" phrase before the counts of its clause, or after them
  ['Ở cấp huyện, Huyện ủy tuyên dương 12 tập thể, 20 cá nhân điển hình.', [['tập thể', 12, 'huyện', 'level.stated', 'điển hình', null], ['cá nhân', 20, 'huyện', 'level.stated', 'điển hình', null]]],
  ['Cấp tỉnh có 3 tập thể được tuyên dương.', [['tập thể', 3, 'tỉnh', 'level.stated', 'điển hình', null]]],
  ['Hội nghị tuyên dương 12 tập thể cấp huyện và 5 tập thể cấp tỉnh.', [['tập thể', 12, 'huyện', 'level.stated', 'điển hình', null], ['tập thể', 5, 'tỉnh', 'level.stated', 'điển hình', null]]],
  // another clause's level reaches a clause that names none
  ['Hội nghị tuyên dương 2 cá nhân; gia đình bà Lê Thị Hoa đạt điển hình cấp Thành phố.', [['cá nhân', 2, 'thành phố', 'level.shared-clause', 'điển hình', null], ['gia đình', 1, 'thành phố', 'level.stated', 'điển hình', null]]],
  ['Tuyên dương điển hình cấp cơ sở gồm: 5 tập thể khoa, phòng; 11 cá nhân.', [['tập thể', 5, 'cơ sở', 'level.stated', 'điển hình', null], ['cá nhân', 11, 'cơ sở', 'level.list-opener', 'điển hình', null]]],
  // the issuer gives the level, and reaches a clause whose giver is elided
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể; 5 cá nhân cũng được tặng.', [['tập thể', 3, 'tỉnh', 'level.issuer', 'bằng khen', null], ['cá nhân', 5, 'tỉnh', 'level.issuer', 'bằng khen', null]]],
  ['Tặng Giấy khen của Huyện ủy cho 5 tập thể; đồng thời tặng Giấy khen cho 05 hộ.', [['tập thể', 5, 'huyện', 'level.issuer', 'giấy khen', null], ['gia đình', 5, 'huyện', 'level.issuer', 'giấy khen', null]]],
  // an honour verb without a form names one
  ['Huyện ủy khen thưởng 5 tập thể.', [['tập thể', 5, 'huyện', 'level.issuer', 'khen thưởng', null]]],
  ['Hội nghị vinh danh 5 cá nhân.', [['cá nhân', 5, null, null, 'điển hình', null]]],
  ['Hội nghị công nhận 5 tập thể.', [['tập thể', 5, null, null, 'khen thưởng', null]]],
  // listed after an honour in the same sentence
  ['Hội nghị tuyên dương 5 tập thể; 3 cá nhân.', [['tập thể', 5, null, null, 'điển hình', null], ['cá nhân', 3, null, null, null, null]]],
  // the named are the members of the count, not more recipients
  ['Hội nghị tuyên dương 2 gia đình là gia đình ông Lê Văn A và gia đình bà Trần Thị B.', [['gia đình', 2, null, null, 'điển hình', null]]],
  // the year of the clause
  ['Hội nghị tuyên dương 5 tập thể năm 2022.', [['tập thể', 5, null, null, 'điển hình', 2022]]],
  ['Năm 2019, Hội nghị tuyên dương 5 tập thể.', [['tập thể', 5, null, null, 'điển hình', 2019]]],
  ['Trong năm 2021 có 4 cá nhân được tuyên dương; năm 2022 có 6 cá nhân được tuyên dương.', [['cá nhân', 4, null, null, 'điển hình', 2021], ['cá nhân', 6, null, null, 'điển hình', 2022]]],
  // givers joined by "và" before "lần lượt" pair with the counts in order; "4 và 9 cá nhân" is two counts
  ['Giám đốc Sở Y tế và Chủ tịch UBND huyện lần lượt trao Giấy khen cho 4 và 9 cá nhân.', [['cá nhân', 4, 'tỉnh', 'level.respective-giver', 'giấy khen', null], ['cá nhân', 9, 'huyện', 'level.respective-giver', 'giấy khen', null]]],
  // forms listed "của" their givers, given in turn to lists of numbers of each kind: the k-th form to the k-th number
  ['Các đồng chí lần lượt trao Bằng khen của Trung ương Hội, Giấy khen của Hội CCB tỉnh và Giấy khen của Chủ tịch UBND huyện cho 2, 5 và 9 tập thể cùng 1, 4 và 11 cá nhân.',
    [['tập thể', 2, 'trung ương', 'level.respective-giver', 'bằng khen', null], ['tập thể', 5, 'tỉnh', 'level.respective-giver', 'giấy khen', null], ['tập thể', 9, 'huyện', 'level.respective-giver', 'giấy khen', null],
      ['cá nhân', 1, 'trung ương', 'level.respective-giver', 'bằng khen', null], ['cá nhân', 4, 'tỉnh', 'level.respective-giver', 'giấy khen', null], ['cá nhân', 11, 'huyện', 'level.respective-giver', 'giấy khen', null]]],
  // a number naming a place or a year is not coordinated with the count after "và"
  ['Ban Dân vận tặng Giấy khen cho Khu phố 3 và 5 hộ gia đình.', [['gia đình', 5, null, null, 'giấy khen', null]]],
  ['Trong năm 2019 và 12 tập thể được khen thưởng.', [['tập thể', 12, null, null, 'khen thưởng', 2019]]],
  // "một gia đình là gia đình ông …": the named is the one counted
  ['UBND xã tặng Giấy khen cho một gia đình là gia đình ông Hà Văn Tuấn.', [['gia đình', 1, 'xã', 'level.issuer', 'giấy khen', null]]],
  // "Thay mặt <body>, <person> trao …": the body gives
  ['Thay mặt Ban Thường vụ Huyện ủy, đồng chí Lê Văn Tám trao Giấy khen cho 6 tập thể.', [['tập thể', 6, 'huyện', 'level.issuer', 'giấy khen', null]]],
  // "của <place>" after the recipients says whose they are once the honour is named
  ['Ông Hà trao Bằng khen của UBND tỉnh cho 3 cá nhân của huyện.', [['cá nhân', 3, 'tỉnh', 'level.issuer', 'bằng khen', null]]],
  // the form a count receives right after it is its own, not the nearer one before it
  ['Dịp này, 2 tập thể được Bộ Y tế tặng Cờ thi đua, 5 tập thể và 7 cá nhân nhận Bằng khen của Bộ trưởng.', [['tập thể', 2, 'trung ương', 'level.issuer', 'cờ thi đua', null], ['tập thể', 5, 'trung ương', 'level.issuer', 'bằng khen', null], ['cá nhân', 7, 'trung ương', 'level.issuer', 'bằng khen', null]]],
  // a form after a second honour given is that honour's: "… và trao Huy hiệu … cho 4 đoàn viên"
  ['Trung ương Đoàn tặng Bằng khen cho 2 tập thể, 3 cá nhân và trao Huy hiệu “Tuổi trẻ sáng tạo” cho 4 đoàn viên.', [['tập thể', 2, 'trung ương', 'level.issuer', 'bằng khen', null], ['cá nhân', 3, 'trung ương', 'level.issuer', 'bằng khen', null], ['cá nhân', 4, 'trung ương', 'level.issuer', 'huy hiệu', null]]],
  // "sinh viên năm 3 Trường …" counts no school
  ['Em Lê Thị Hoa, sinh viên năm 3 Trường Đại học Cần Thơ, được tuyên dương.', []],
  // an activity told of an earlier count is not the next one's when it gets an honour of its own
  ['Hội tặng Bằng khen cho 2 cá nhân có nhiều đóng góp cho phong trào, 3 cá nhân được tặng kỷ niệm chương.', [['cá nhân', 2, null, null, 'bằng khen', null], ['cá nhân', 3, null, null, 'kỷ niệm chương', null]]],
  // words inside the quoted name of an honour are no activity: "… “Vì sự nghiệp xây dựng …”"
  ['Trung ương Hội tặng Kỷ niệm chương “Vì sự nghiệp xây dựng Hội Cựu chiến binh Việt Nam” cho 23 hội viên.', [['cá nhân', 23, 'trung ương', 'level.issuer', 'kỷ niệm chương', null]]],
  // clans, entrepreneurs; a cup given as a recognition
  ['Hội Khuyến học tỉnh tặng giấy khen cho 9 gia đình hiếu học và 3 dòng họ khuyến học.', [['gia đình', 9, 'tỉnh', 'level.issuer', 'giấy khen', null], ['tập thể', 3, 'tỉnh', 'level.issuer', 'giấy khen', null]]],
  ['UBND tỉnh trao cúp “Doanh nghiệp vì cộng đồng” cho 10 doanh nghiệp và tặng bằng khen cho 19 doanh nhân.', [['tập thể', 10, 'tỉnh', 'level.issuer', 'cúp', null], ['cá nhân', 19, 'tỉnh', 'level.issuer', 'bằng khen', null]]],
  // "đợt 2" is a round, not a count
  ['Thành phố khen thưởng đợt 2 tập thể, cá nhân phòng, chống dịch.', []],
  // a title of a year's emulation is the form
  ['Nhà trường công nhận danh hiệu Lao động tiên tiến cho 48 cán bộ, giáo viên.', [['cá nhân', 48, 'cơ sở', 'level.issuer', 'lao động tiên tiến', null]]],
  // a classifier before the recipients: "02 vị sư sãi"
  ['Ban Dân vận Tỉnh ủy tặng Giấy khen cho 02 vị sư sãi và 3 vị chức sắc.', [['cá nhân', 2, 'tỉnh', 'level.issuer', 'giấy khen', null], ['cá nhân', 3, 'tỉnh', 'level.issuer', 'giấy khen', null]]],
  // a level phrase of a second honour does not reach the counts of the first
  ['Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể, 30 cá nhân và công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 25 cán bộ.', [['tập thể', 12, 'tỉnh', 'level.issuer', 'giấy khen', null], ['cá nhân', 30, 'tỉnh', 'level.issuer', 'giấy khen', null], ['cá nhân', 25, 'cơ sở', 'level.stated', 'chiến sĩ thi đua', null]]],
  // submitted to the one who decides is a proposal, not an honour; a "chương trình" is no submission
  ['Hội đồng thống nhất trình Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể.', []],
  ['Theo chương trình, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể.', [['tập thể', 3, 'tỉnh', 'level.issuer', 'bằng khen', null]]],
  // believers and unit leaders are individuals
  ['Giấy khen của Ban Trị sự tỉnh cho 20 phật tử và 6 tổ trưởng.', [['cá nhân', 20, 'tỉnh', 'level.issuer', 'giấy khen', null], ['cá nhân', 6, 'tỉnh', 'level.issuer', 'giấy khen', null]]],
  // an association's name with lowercase words: "Hội Cựu chiến binh"
  ['Dịp này, Trung ương Hội Cựu chiến binh Việt Nam tặng Bằng khen cho 2 tập thể.', [['tập thể', 2, 'trung ương', 'level.issuer', 'bằng khen', null]]],
  // counts told per unit ("mỗi xã có hai hộ") are that many times the units counted before
  ['Ba xã Tà Xùa, Háng Đồng và Suối Bau, mỗi xã có hai hộ được UBND huyện tặng Giấy khen.', [['gia đình', 6, 'huyện', 'level.issuer', 'giấy khen', null]]],
  ['Năm 2023, 12 xã đạt chuẩn; UBND huyện tặng Giấy khen cho mỗi xã một tập thể.', [['tập thể', 12, 'huyện', 'level.issuer', 'giấy khen', 2023]]],
  // (no units counted: the count stays as told)
  ['Huyện ủy tặng Giấy khen cho mỗi xã một tập thể.', [['tập thể', 1, 'huyện', 'level.issuer', 'giấy khen', null]]],
  ['Ban Trị sự tỉnh tặng Bằng tuyên dương công đức cho 14 phật tử.', [['cá nhân', 14, 'tỉnh', 'level.issuer', 'bằng tuyên dương công đức', null]]],
];

describe('one sentence: the honours in it', () => {
  it.each(FORMS)('%s', (text, expected) => expect(run(text).awards).toEqual(expected));
});

describe('one sentence: the lead of a list', () => {
  const lead: Inherited = { honour: true, level: 'huyện', award: 'giấy khen' };
  it('a lead sentence with an honour and a colon hands its level and form on', () => {
    expect(run('UBND huyện tặng Giấy khen cho các tập thể, cá nhân sau:')).toEqual({ awards: [], lead });
  });
  it('a list item takes them', () => {
    expect(run('- 15 tập thể', lead).awards).toEqual([['tập thể', 15, 'huyện', 'level.list-lead', 'giấy khen', null]]);
    expect(run('- 15 tập thể').awards).toEqual([]);
  });
  it('"trong đó:" after a count opens a list too', () => {
    expect(run('Hội nghị tuyên dương 30 tập thể, trong đó:')).toEqual({ awards: [['tập thể', 30, null, null, 'điển hình', null]], lead: { honour: true, level: null, award: 'điển hình' } });
  });
  it('no lead without an honour, or without the colon', () => {
    expect(run('Toàn huyện có các tập thể sau:').lead).toBeNull();
    expect(run('UBND huyện tặng Giấy khen cho các tập thể, cá nhân sau.').lead).toBeNull();
  });
});
