// The lead of an article often sums up the honours its body then tells one by one: the lead's
// count is their total, not an award of its own. Reports invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const awards = (text: string) => extract(text, { file: 't.txt' }).awards.map((a) => [a.recipient_type, a.count, a.level, a.award]);

const HEAD = 'Ảnh: Hội nghị tổng kết\nHợp tác xã Krông Pắc: một năm nhìn lại\n\n';
const LEAD = 'Ngày 26-12, Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024 và tôn vinh 15 hợp tác xã tiêu biểu.';

describe('a count of the lead summed by the body', () => {
  it('is dropped when later sentences give its parts', () => {
    const body = 'Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho 4 HTX.\nLiên minh Hợp tác xã tỉnh tặng Giấy khen cho 11 HTX.';
    expect(awards(`${HEAD}${LEAD}\n${body}\n`)).toEqual([
      ['tập thể', 4, 'tỉnh', 'bằng khen'],
      ['tập thể', 11, 'tỉnh', 'giấy khen'],
    ]);
  });

  it('is dropped when it counts collectives and persons together and the body gives them at several levels', () => {
    const lead = 'Sáng 14-8, Huyện ủy Ia Mơr tổ chức hội nghị sơ kết phong trào “Dân vận khéo” và tuyên dương 32 tập thể, cá nhân tiêu biểu.';
    const body = 'Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 2 tập thể và 3 cá nhân.\nBan Thường vụ Huyện ủy tặng Giấy khen cho 10 tập thể và 17 cá nhân.';
    expect(awards(`${HEAD}${lead}\n${body}\n`)).toEqual([
      ['tập thể', 2, 'tỉnh', 'giấy khen'],
      ['cá nhân', 3, 'tỉnh', 'giấy khen'],
      ['tập thể', 10, 'huyện', 'giấy khen'],
      ['cá nhân', 17, 'huyện', 'giấy khen'],
    ]);
  });

  it('is dropped when it is rounded and the body\'s counts fall within it', () => {
    const lead = 'Ngày 20-11, Bộ CHQS tỉnh tổng kết năm 2023; hơn 1.400 quân nhân được công nhận các danh hiệu thi đua.';
    const body = 'Chỉ huy trưởng Bộ CHQS tỉnh công nhận danh hiệu “Chiến sĩ thi đua cơ sở” cho 190 quân nhân và danh hiệu “Chiến sĩ tiên tiến” cho 1.240 quân nhân.';
    expect(awards(`${HEAD}${lead}\n${body}\n`).map((a) => a[1])).toEqual([190, 1240]);
    // (beyond its rounding, it stays)
    expect(awards(`${HEAD}${lead.replace('1.400', '1.100')}\n${body}\n`).map((a) => a[1])).toEqual([1100, 190, 1240]);
  });

  it('stays when the body\'s counts do not add up to it', () => {
    const body = 'Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho 4 HTX.\nLiên minh Hợp tác xã tỉnh tặng Giấy khen cho 9 HTX.';
    expect(awards(`${HEAD}${LEAD}\n${body}\n`).map((a) => a[1])).toEqual([15, 4, 9]);
  });

  it('stays when its parts are told in the same sentence, not later', () => {
    const lead = 'Ngày 26-12, Liên minh Hợp tác xã tỉnh tôn vinh 15 hợp tác xã tiêu biểu, tặng Giấy khen cho 4 HTX và 11 HTX khác nhận thư khen.';
    expect(awards(`${HEAD}${lead}\n`).map((a) => a[1])).toContain(15);
  });

  it('is the lead only: the same count later in the body is not summed by what follows it', () => {
    const body = 'Dịp này, UBND huyện khen thưởng 15 hợp tác xã tiêu biểu.\nTrong năm, Liên minh đã tặng Giấy khen cho 4 HTX và Bằng khen cho 11 HTX trong các đợt sơ kết.';
    const lead = 'Ngày 26-12, Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.';
    expect(awards(`${HEAD}${lead}\n${body}\n`).map((a) => a[1])).toContain(15);
  });
});
