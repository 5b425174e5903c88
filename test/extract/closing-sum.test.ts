// A closing count that says it sums what came before ("Tổng cộng có 60 tập thể, cá nhân được
// khen thưởng") is no award of its own when earlier counts add up to it. Reports invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const awards = (text: string) => extract(text, { file: 't.txt' }).awards.map((a) => [a.recipient_type, a.count, a.level, a.award]);

const HEAD = 'Huyện Sơn Vỹ tôn vinh hội viên nông dân\n\n';
const BODY = [
  'Sáng 9-11, Hội Nông dân huyện Sơn Vỹ tổ chức hội nghị tổng kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi.',
  'Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 2 cá nhân.',
  'Ban Thường vụ Hội Nông dân tỉnh tặng Bằng khen cho 3 tập thể và 6 cá nhân.',
  'UBND huyện tặng Giấy khen cho 9 tập thể và 14 cá nhân.',
  'Ban Thường vụ Hội Nông dân huyện tặng Giấy khen cho 26 hội viên.',
].join('\n');
const PARTS = [
  ['cá nhân', 2, 'trung ương', 'bằng khen'],
  ['tập thể', 3, 'tỉnh', 'bằng khen'],
  ['cá nhân', 6, 'tỉnh', 'bằng khen'],
  ['tập thể', 9, 'huyện', 'giấy khen'],
  ['cá nhân', 14, 'huyện', 'giấy khen'],
  ['cá nhân', 26, 'huyện', 'giấy khen'],
];

describe('a closing sum of the counts told before', () => {
  it.each([
    'Tổng cộng có 60 tập thể, cá nhân được khen thưởng dịp này.',
    'Như vậy, hội đã khen thưởng tổng cộng 60 tập thể và cá nhân.',
    'Tổng cộng, 60 tập thể, cá nhân được khen thưởng tại hội nghị.',
  ])('is dropped when every earlier count, at any level and with any honour, adds up to it: %s', (closing) => {
    expect(awards(`${HEAD}${BODY}\n${closing}\n`)).toEqual(PARTS);
  });

  it('of one kind sums the counts of that kind only', () => {
    expect(awards(`${HEAD}${BODY}\nTổng cộng có 48 cá nhân được khen.\n`)).toEqual(PARTS);
  });

  it('sums counts told before a table of the recipients of one of them', () => {
    const table = ['Chủ tịch UBND xã tặng Giấy khen cho 6 tập thể. Danh sách cụ thể:', '| TT | Tập thể |', ...Array.from({ length: 6 }, (_, k) => `| ${k + 1} | Chi hội Nông dân thôn Khe Vạc ${k + 1} |`)].join('\n');
    const text = `${HEAD}${BODY}\n${table}\nTổng cộng có 66 tập thể, cá nhân được khen thưởng tại hội nghị.\n`;
    expect(awards(text).map((a) => a[1])).toEqual([2, 3, 6, 9, 14, 26, 6]);
  });

  it('stays when the counts before do not add up to it', () => {
    expect(awards(`${HEAD}${BODY}\nTổng cộng có 75 tập thể, cá nhân được khen thưởng dịp này.\n`).map((a) => a[1])).toContain(75);
  });

  it('is read only after a word of summing: a count that happens to equal earlier ones stays', () => {
    expect(awards(`${HEAD}${BODY}\nDịp này, Huyện đoàn cũng khen thưởng 60 tập thể, cá nhân.\n`).map((a) => a[1])).toContain(60);
  });
});
