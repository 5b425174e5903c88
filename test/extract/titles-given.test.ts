// The giver of titles of honour named in a sentence of its own (src/extract/award/titles-given.ts):
// the counts of those titles told before with no tier take the giver's. Reports invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const awards = (text: string) => extract(text, { file: 't.txt' }).awards.map((a) => [a.recipient_type, a.count, a.level, a.award]);

const HEAD = 'Thành phố Khe Vạc tổng kết thi đua\n\n';
const TABLE = [
  'Kết quả khen thưởng năm 2021:',
  '',
  '| Hình thức | Tập thể | Cá nhân |',
  '| Danh hiệu “Tập thể lao động xuất sắc” | 14 | – |',
  '| Giấy khen của Chủ tịch UBND thành phố | 20 | 31 |',
  '',
].join('\n');

describe('the giver of titles named after their counts', () => {
  it('gives its tier to the counts of those titles that had none', () => {
    expect(awards(`${HEAD}${TABLE}\nCác danh hiệu “Tập thể lao động xuất sắc” do Chủ tịch UBND thành phố công nhận.\n`)).toEqual([
      ['tập thể', 14, 'thành phố', 'tập thể lao động xuất sắc'],
      ['tập thể', 20, 'thành phố', 'giấy khen'],
      ['cá nhân', 31, 'thành phố', 'giấy khen'],
    ]);
  });

  it('gives nothing without a giver with a tier, nor to titles it does not name', () => {
    expect(awards(`${HEAD}${TABLE}\nCác danh hiệu “Tập thể lao động xuất sắc” do Hội đồng thi đua công nhận.\n`)[0]).toEqual(['tập thể', 14, null, 'tập thể lao động xuất sắc']);
    expect(awards(`${HEAD}${TABLE}\nDanh hiệu “Chiến sĩ thi đua cơ sở” do Chủ tịch UBND thành phố công nhận.\n`)[0]).toEqual(['tập thể', 14, null, 'tập thể lao động xuất sắc']);
  });
});
