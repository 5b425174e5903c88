// Hand-wrapped text (OCR of a printed page, a plain-text archive wrapped at a fixed width) is
// joined back into sentences; text written in paragraphs is left as it is.
import { describe, expect, it } from 'vitest';
import { makeDoc, evidenceOf } from '../../src/text/document.js';
import { normalize } from '../../src/text/normalize.js';
import { unwrapLines } from '../../src/text/unwrap.js';
import { extract } from '../../src/index.js';

// a short report printed in narrow columns, the way OCR gives it back
const COLUMN = [
  'TIN ĐỊA PHƯƠNG',
  '',
  'Chiều 18-3, Hội Nông dân huyện Đồng',
  'Khê tổng kết phong trào nông dân sản',
  'xuất, kinh doanh giỏi năm 2015.',
  '  Tới dự có bà Vi Thị Sen, Phó Chủ',
  'tịch UBND huyện Đồng Khê.',
  '  Năm qua, toàn huyện có 1.240 hộ',
  'đăng ký thi đua. Dịp này, UBND huyện',
  'tặng Giấy khen cho 4 tập thể và 17',
  'hộ nông dân; Hội Nông dân huyện tặng',
  'Giấy khen cho 9 chi hội có thành tích',
  'xuất sắc trong công tác vận động hội',
  'viên tham gia phong trào.',
].join('\n');

describe('unwrapLines: text wrapped by hand', () => {
  it('joins the lines of a sentence wrapped at a fixed width', () => {
    const texts = makeDoc(COLUMN).sentences.map((s) => s.text);
    expect(texts).toContain('Dịp này, UBND huyện tặng Giấy khen cho 4 tập thể và 17 hộ nông dân; Hội Nông dân huyện tặng Giấy khen cho 9 chi hội có thành tích xuất sắc trong công tác vận động hội viên tham gia phong trào.');
    expect(texts).toContain('Tới dự có bà Vi Thị Sen, Phó Chủ tịch UBND huyện Đồng Khê.');
  });

  it('keeps the headline and the blank line after it apart', () => {
    expect(makeDoc(COLUMN).sentences[0]!.text).toBe('TIN ĐỊA PHƯƠNG');
  });

  it('reads the counts, their giver and the official of the wrapped text', () => {
    const record = extract(COLUMN, { file: 'x.txt' });
    expect(record.awards.map((a) => [a.recipient_type, a.count, a.level, a.award])).toEqual([
      ['tập thể', 4, 'huyện', 'giấy khen'],
      ['gia đình', 17, 'huyện', 'giấy khen'],
      ['tập thể', 9, 'huyện', 'giấy khen'],
    ]);
    expect(record.officials).toEqual([{ name: 'Vi Thị Sen', titles: ['Phó Chủ tịch UBND huyện Đồng Khê'], expanded: ['Phó Chủ tịch Ủy ban nhân dân huyện Đồng Khê'] }]);
  });

  it('points evidence at the lines of the source as they were written', () => {
    const doc = makeDoc(COLUMN);
    const s = doc.sentences.find((x) => x.text.startsWith('Tới dự'))!;
    const ev = evidenceOf(doc, s);
    expect(ev.text).toBe('Tới dự có bà Vi Thị Sen, Phó Chủ\ntịch UBND huyện Đồng Khê.');
    expect(COLUMN.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('joins a syllable split by a hyphen at the end of a line', () => {
    const text = [
      'Sáng 9-4, Đoàn xã Tân Hòa ra quân hưởng',
      'ứng Tháng Thanh niên, thu hút hơn 300 đoàn',
      'viên tham gia dọn vệ sinh, sửa đường thôn.',
      'Nhiều đoàn viên đã học tập, vận dụng kin-',
      'h nghiệm của các xã bạn, làm được nhiều',
      'việc có ích. Dịp này, Ban Chấp hành Đoàn',
      'xã tuy-',
      'ên dương 12 đoàn viên tiêu biểu trong đợt',
      'ra quân, mỗi em một phần thưởng nhỏ.',
    ].join('\n');
    const texts = makeDoc(text).sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('vận dụng kinh nghiệm của các xã bạn'))).toBe(true);
  });

  it('joins a sentence across a page number standing between two columns', () => {
    const text = [
      'Chiều 2-11, Công đoàn ngành Giáo dục tỉnh',
      'tổng kết năm học, biểu dương các công đoàn',
      'cơ sở làm tốt công tác chăm lo cho đoàn viên,',
      'nhất là các trường vùng sâu, vùng xa. Theo',
      'báo cáo, năm học qua công đoàn ngành đã hỗ',
      'trợ 46 giáo viên khó khăn, vận động xây 3',
      'nhà công vụ cho giáo viên ở các điểm trường,',
      '',
      '5',
      '',
      'góp phần giữ chân giáo viên ở vùng khó.',
    ].join('\n');
    const texts = makeDoc(text).sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('ở các điểm trường, góp phần giữ chân'))).toBe(true);
  });
});

describe('unwrapLines: text written in paragraphs is left alone', () => {
  const unchanged = (text: string): void => {
    const norm = normalize(text);
    expect(unwrapLines(norm)).toBe(norm);
  };

  it('an article of one paragraph a line, with a headline, a caption and a byline', () => {
    unchanged([
      'Huyện Mường Tè tuyên dương 30 điển hình dân vận khéo',
      'Sáng 14-7, Ban Dân vận Huyện ủy Mường Tè tổ chức hội nghị sơ kết 5 năm phong trào thi đua, tuyên dương 30 điển hình có nhiều cách làm hay trong vận động đồng bào các dân tộc.',
      'Ảnh: Đồng chí Lò Văn Pấng trao Giấy khen cho các điển hình',
      'Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong phong trào.',
      'Minh Hà',
    ].join('\n'));
  });

  it('a list of honours, one item a line', () => {
    unchanged([
      'Kết quả khen thưởng tại hội nghị như sau',
      '- Bằng khen của UBND tỉnh cho 3 tập thể',
      '- Giấy khen của UBND huyện cho 12 tập thể',
      '- Giấy khen của UBND huyện cho 25 cá nhân',
      '- Giấy khen của Ban Dân vận cho 8 cá nhân',
      '- Giấy khen của Hội Nông dân cho 15 hộ',
      '- Giấy khen của Đoàn Thanh niên cho 6 đoàn viên',
      '- Giấy khen của Hội Phụ nữ cho 9 hội viên',
    ].join('\n'));
  });

  it('a table written with pipes', () => {
    unchanged([
      'STT | Đơn vị được khen thưởng | Hình thức',
      '1 | UBND xã Phong Thạnh A | Bằng khen của UBND tỉnh',
      '2 | UBND xã Phong Thạnh B | Bằng khen của UBND tỉnh',
      '3 | Hội Nông dân xã Tân Phú | Giấy khen của UBND huyện',
      '4 | Chi hội ấp Tân Lợi | Giấy khen của UBND huyện',
      '5 | Chi hội ấp Tân Hưng | Giấy khen của UBND huyện',
      '6 | Tổ hợp tác ấp Phú Hữu | Giấy khen của UBND huyện',
      '7 | Hợp tác xã Thuận Phát | Giấy khen của UBND huyện',
    ].join('\n'));
  });

  it('a text of a few short lines', () => {
    unchanged('Tin vắn\nXã Hòa Bình khen thưởng 5 hộ\nsản xuất giỏi năm 2020');
  });
});
