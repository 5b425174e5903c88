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
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
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
