// A commendation decision quoted in an article: its articles ("Điều 1. Tặng Giấy khen cho …")
// are the issuer's the article named when it announced the decision. Reports invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const awards = (text: string) => extract(text, { file: 't.txt' }).awards.map((a) => [a.recipient_type, a.count, a.level, a.award, a.rule]);

const HEAD = 'Huyện Ba Chẽ khen thưởng tập thể, cá nhân trong phong trào thi đua\n\n';
const ANNOUNCED = 'Tại hội nghị, đại diện Phòng Nội vụ công bố Quyết định số 812/QĐ-UBND ngày 10/6/2022 của Chủ tịch UBND huyện Ba Chẽ. Nội dung quyết định:\n';
const DECREE = [
  'QUYẾT ĐỊNH',
  'Về việc khen thưởng thành tích trong phong trào thi đua năm 2022',
  'Căn cứ Luật Thi đua, Khen thưởng;',
  'Xét đề nghị của Trưởng phòng Nội vụ huyện,',
  'QUYẾT ĐỊNH:',
  'Điều 1. Tặng Giấy khen cho 06 tập thể và 15 cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm 2022.',
  'Điều 2. Chánh Văn phòng HĐND và UBND huyện và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
].join('\n');

describe('a decision quoted after it is announced', () => {
  it('gives its articles the tier of the issuer named when it was announced', () => {
    expect(awards(`${HEAD}${ANNOUNCED}${DECREE}\n`)).toEqual([
      ['tập thể', 6, 'huyện', 'giấy khen', 'award.count+level.decision'],
      ['cá nhân', 15, 'huyện', 'giấy khen', 'award.count+level.decision'],
    ]);
  });

  it('reads an article quoted in quotation marks as well', () => {
    const quoted = 'Tại hội nghị, Đại hội công bố Quyết định số 812/QĐ-UBND ngày 10/6/2022 của Chủ tịch UBND huyện Ba Chẽ, trong đó ghi rõ:\n\n“Điều 1. Tặng Giấy khen cho 06 tập thể và 15 cá nhân đã có thành tích xuất sắc.\nĐiều 2. Các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.”\n';
    expect(awards(`${HEAD}${quoted}`).map((a) => a[2])).toEqual(['huyện', 'huyện']);
  });

  it('keeps "Điều 1." with the text of its article, one sentence', () => {
    const record = extract(`${HEAD}${ANNOUNCED}${DECREE}\n`, { file: 't.txt' });
    expect(record.awards[0]!.evidence.text.startsWith('Điều 1. Tặng Giấy khen cho 06 tập thể')).toBe(true);
  });

  it('leaves the level unsaid when no decision was announced with its issuer', () => {
    expect(awards(`${HEAD}Nội dung như sau:\n${DECREE}\n`).map((a) => a[2])).toEqual([null, null]);
  });

  it('does not reach an article told far from the announcement', () => {
    const far = Array.from({ length: 14 }, (_, k) => `Năm qua, xã thứ ${k + 1} đã làm được nhiều việc.`).join('\n');
    expect(awards(`${HEAD}${ANNOUNCED}${far}\n${DECREE}\n`).map((a) => a[2])).toEqual([null, null]);
  });

  it('does not change a level the article itself gives', () => {
    const own = DECREE.replace('Điều 1. Tặng Giấy khen', 'Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh');
    expect(awards(`${HEAD}${ANNOUNCED}${own}\n`).map((a) => a[2])).toEqual(['tỉnh', 'tỉnh']);
  });
});
