// Which rule fired, Duckling style: each sentence → the rule ids on its award entries, and
// the reason --debug gives when a count is not an honour (the ids of README's --debug).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const HEAD = 'Tôn vinh điển hình “Dân vận khéo” năm 2023\n\n';
const LEAD = 'Ngày 12/10/2023, Huyện ủy tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo”. ';

function run(sentence: string): { rules: Array<[string, number | null, string[]]>; debug: string[] } {
  const debug: string[] = [];
  const r = extract(`${HEAD}${LEAD}${sentence}`, { file: 't.txt', debug: (l) => debug.push(l) });
  return { rules: r.awards.map((a) => [a.rule, a.year, a.recipients]), debug };
}

const REJECTED: Array<[string, string, string]> = [
  ['award.not-honour-after', '1019 tập thể', 'Năm 2023, toàn tỉnh có 1.019 tập thể đăng ký thực hiện mô hình “Dân vận khéo”.'],
  ['award.not-honour-after', '12 tập thể', 'Hội thi có 12 tập thể dự thi.'],
  ['award.proposal', '5 tập thể', 'Ban Dân vận Tỉnh ủy đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích xuất sắc.'],
  ['award.reference (một trong N)', '3 cá nhân', 'Ông Nguyễn Văn Tư là một trong 3 cá nhân điển hình của huyện.'],
  ['award.approximate', '2000 hội viên', 'Phong trào thu hút hơn 2.000 hội viên tham gia.'],
  // a rounded count near a verb of honour is still an audience when an activity is told of it
  ['award.approximate', '200 hội viên', 'Lễ tuyên dương thu hút hơn 200 hội viên tham dự.'],
  ['award.approximate', '300 hộ', 'Hội nghị đã tặng Giấy khen cho 5 tập thể; gần 300 hộ dân đến chung vui.'],
  ['award.approximate', '45 tập thể', 'Tổng cộng 45 tập thể được khen thưởng.'],
  // a pledge, or a proposal, between the count and the honour after it
  ['award.not-honour-after', '52 hộ', 'Cũng tại hội nghị, 52 hộ ký cam kết đạt danh hiệu hộ sản xuất giỏi cấp huyện.'],
  ['award.proposal', '52 hộ', 'Cũng tại hội nghị, 52 hộ hội viên đã ký cam kết phấn đấu đạt danh hiệu hộ sản xuất giỏi cấp huyện.'],
  ['award.proposal', '3 cá nhân', 'Năm tới, 3 cá nhân có thành tích sẽ được tặng Bằng khen.'],
  // an audience, with no handed honour given to it
  ['award.not-honour-after', '200 đoàn viên', 'Huyện đoàn trao Giấy khen cho 12 tập thể trước 200 đoàn viên tham dự.'],
  ['award.subset (trong đó có …)', '5 tập thể', 'Có 30 tập thể được tuyên dương, trong đó có 5 tập thể điển hình cấp huyện.'],
  ['award.no-cue', '25 tập thể', 'Toàn huyện có 25 tập thể.'],
  ['award.contest', '3 tập thể', 'Ban tổ chức trao giải nhất cho 3 tập thể.'],
  ['award.activity (hỗ trợ)', '120 hộ gia đình', 'Phong trào đã hỗ trợ 120 hộ gia đình.'],
  ['award.activity (hỗ trợ)', '5 hộ gia đình', 'Hội nghị tuyên dương 12 tập thể; hỗ trợ 5 hộ gia đình.'],
];

const ACCEPTED: Array<[string, Array<[string, number | null, string[]]>, RegExp[]]> = [
  // an activity in the name of an earlier count's unit is not this count's
  ['Mỗi đội có một tổ tuyên truyền vận động nhân dân và một cán bộ được Chủ tịch UBND huyện tặng Giấy khen.',
    [['award.count+level.issuer', 2023, []], ['award.count+level.issuer', 2023, []]],
    [/^award 1 tập thể level=huyện \(level\.issuer\) award=giấy khen \[award\.count; cue after\]$/u, /^award 1 cá nhân level=huyện \(level\.issuer\) award=giấy khen \[award\.count; own honour after\]$/u]],
  ['Quận ủy tuyên dương 24 tập thể, 23 cá nhân điển hình “Dân vận khéo” cấp quận.',
    [['award.count+level.stated', 2023, []], ['award.count+level.stated', 2023, []]],
    [/^award 24 tập thể level=quận \(level\.stated\) award=điển hình \[award\.count; cue before\]$/u, /^award 23 cá nhân level=quận \(level\.stated\) award=điển hình \[award\.count; cue before\]$/u]],
  // (the meeting honours in the name of the lead's Huyện ủy: its tier, set after the sentence is read)
  ['Hội nghị tuyên dương 12 tập thể; hỗ trợ 5 hộ gia đình.',
    [['award.count+level.meeting-organizer', 2023, []]],
    [/^award 12 tập thể level=∅ \(-\) award=điển hình \[award\.count; cue before\]$/u]],
  ['Dịp này, tập thể Ủy ban MTTQ Việt Nam xã Tân Hòa được tuyên dương điển hình “Dân vận khéo” cấp huyện.',
    [['award.named+level.stated', 2023, ['Ủy ban MTTQ Việt Nam xã Tân Hòa']]],
    [/^award 1 tập thể level=huyện \(level\.stated\) award=điển hình \[award\.named; cue after\]$/u]],
  ['Quận ủy tuyên dương 117 tập thể, cá nhân điển hình, gồm 34 tập thể và 83 cá nhân điển hình cấp quận.',
    [['award.count+level.stated', 2023, []], ['award.count+level.stated', 2023, []]],
    [/^award 117 tập thể, cá nhân level=quận \(level\.stated\) award=điển hình \[award\.count-combined; cue before\]$/u, /^award 117 tập thể, cá nhân dropped: total of 34 \+ 83$/u]],
  // a rounded count told as honoured: by a verb before it, or received after it
  ['UBND huyện tặng Giấy khen cho hơn 20 tập thể và gần 30 cá nhân.',
    [['award.count+level.issuer', 2023, []], ['award.count+level.issuer', 2023, []]],
    [/^award 20 tập thể level=huyện \(level\.issuer\) award=giấy khen \[award\.count; rounded count, cue before\]$/u, /^award 30 cá nhân level=huyện \(level\.issuer\) award=giấy khen \[award\.count; rounded count, cue before\]$/u]],
  ['Trên 40 gia đình hiếu học cũng được Hội Khuyến học tặng Giấy khen.',
    [['award.count', 2023, []]],
    [/^award 40 gia đình level=∅ \(-\) award=giấy khen \[award\.count; rounded count, received\]$/u]],
  ['Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể có thành tích xuất sắc năm 2022.',
    [['award.count+level.issuer', 2022, []]],
    [/^award 6 tập thể level=tỉnh \(level\.issuer\) award=bằng khen \[award\.count; cue before\]$/u]],
];

describe('rules: why a count is not an honour (--debug)', () => {
  it.each(REJECTED)('%s: %s', (reason, what, sentence) => {
    const { rules, debug } = run(sentence);
    expect(debug.filter((l) => l.startsWith(`award rejected ${what}: ${reason} | `))).toHaveLength(1);
    // a rejected count gives no entry: at most the honours told next to it remain
    expect(rules.length).toBeLessThanOrEqual(1);
  });
});

describe('rules: the rule ids of what is accepted', () => {
  it.each(ACCEPTED)('%s', (sentence, rules, lines) => {
    const got = run(sentence);
    expect(got.rules).toEqual(rules);
    for (const re of lines) expect(got.debug.filter((l) => re.test(l)), String(re)).toHaveLength(1);
  });
});

describe('rules: dates and officials', () => {
  it('the event date and its candidates are named with their rule and score', () => {
    const { debug } = run('Hội nghị tuyên dương 24 tập thể.');
    expect(debug).toContain('date candidate 2023-10-12 score 7 [date.dmy] sentence start, event verb');
    expect(debug).toContain('date 2023-10-12 [date.dmy]');
  });

  it('an official is named with the rule that found them', () => {
    const { debug } = run('Tham dự có ông Nguyễn Văn Bình, Bí thư Đảng ủy xã Tân Hòa.');
    expect(debug).toContain('official Nguyễn Văn Bình: official.honorific-name-title');
  });
});
