// Long sentences are read in pieces: no piece is longer than MAX_SENTENCE, pieces end after a
// clause break when one is near, and together they cover the sentence.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/text/sentences.js';

describe('splitSentences: very long sentences', () => {
  it('keeps a sentence of ordinary length whole', () => {
    const text = `Huyện ủy tuyên dương ${'ông Nguyễn Văn An, '.repeat(150)}và bà Lê Thị Mai.`;
    expect(text.length).toBeLessThan(MAX_SENTENCE);
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });

  it('cuts a sentence of 12,000 characters after commas, into pieces that cover it', () => {
    const text = `Tuyên dương ${'ông Nguyễn Văn An, '.repeat(630)}bà Lê Thị Mai`;
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThanOrEqual(Math.ceil(text.length / MAX_SENTENCE));
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    for (const p of pieces.slice(0, -1)) expect(p.text.endsWith(',')).toBe(true);
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });

  it('cuts at a space when no clause break is near, and at the limit when there is no space', () => {
    const words = 'chữ '.repeat(3000).trim();
    expect(splitSentences(words).every((p) => p.text.length <= MAX_SENTENCE && !p.text.includes('  '))).toBe(true);
    const blob = 'x'.repeat(MAX_SENTENCE * 2 + 5);
    expect(splitSentences(blob).map((p) => p.text.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 5]);
  });
});

describe('splitSentences: the headline', () => {
  // a line above the headline that is not it: a dateline (kept, the publication line) or a
  // breadcrumb of sections (debris)
  it.each([
    ['a dateline', 'Thứ bảy, 27/12/2014 08:40', false],
    ['a dateline', '12/03/2022 - 09:15 (GMT+7)', false],
    ['a dateline', 'Chủ nhật, 05/6/2016 | 07:45', false],
    ['a dateline after what it stamps', 'Cập nhật: 03/11/2016 14:48', false],
    ['a dateline after what it stamps', 'Ngày đăng: 12/03/2022', false],
    ['a breadcrumb', 'Tuổi trẻ › Đoàn – Hội', true],
    ['a breadcrumb', 'Trang chủ » Tin tức » Tin địa phương', true],
    ['a breadcrumb', 'Thời sự > Chính trị > Xây dựng Đảng', true],
    ['a breadcrumb', 'Thời sự | Xã hội | Y tế', true],
    ['a breadcrumb', 'Trang chủ / Chính trị / Xây dựng Đảng', true],
  ] as const)('%s above it is not the headline: %s', (_kind, above, debris) => {
    const sentences = splitSentences(`${above}\n\nĐồng Tháp biểu dương 150 hộ nông dân giỏi\n\nSáng 26/12, hội nghị diễn ra.`);
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual(['Đồng Tháp biểu dương 150 hộ nông dân giỏi']);
    expect(sentences[0]!.debris).toBe(debris);
  });

  // the tops of saved pages: names, taglines, menus and stamps above the headline
  it.each([
    ['a name with its tagline after a dash, a menu', 'NGƯỜI THỢ PA LÌN – Trang tin công nhân, lao động\nThời sự công đoàn | Việc làm | Chính sách | Đời sống\n'],
    ['a name, its tagline on a line of its own, a menu', 'CÔNG AN CAO NGUYÊN ĐÁ\nTrang thông tin về phong trào toàn dân bảo vệ an ninh Tổ quốc\nTrang chủ | An ninh trật tự | Video\n18/08/2017 17:40\n'],
    ['two names in capitals above a menu that ends with a bar', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KHE VẠC\nTRƯỜNG THCS PA LÌN\nTrang chủ | Giới thiệu | Thư viện ảnh |\n'],
    ['a menu split by dots', 'TIN TỨC KHE VẠC 24 GIỜ\nThời sự  ·  Dân tộc – Tôn giáo  ·  Nông nghiệp  ·  Video\n'],
    ['a menu with a number inside a word, then a stamp with a bar', 'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHE VẠC\nGiới thiệu | Tin tức – Sự kiện | Phòng chống COVID-19 | Liên hệ\nThứ Năm, 07/10/2021 | 06:30\n'],
    ['a breadcrumb with its label', 'CỬU LONG HÔM NAY\nChuyên mục: XÂY DỰNG ĐẢNG › Công tác dân vận\nThứ Tư, 09/11/2016 | 10:20 | Lượt xem: 312\n'],
  ])('%s: the line after them is the headline', (_kind, top) => {
    const sentences = splitSentences(`${top}Đồng Tháp biểu dương 150 hộ nông dân giỏi\n\nSáng 26/12, hội nghị diễn ra.`);
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual(['Đồng Tháp biểu dương 150 hộ nông dân giỏi']);
  });
  it('a headline in capitals above a stamp and the lead is the headline', () => {
    const sentences = splitSentences('ĐỒNG THÁP BIỂU DƯƠNG HỘ NÔNG DÂN GIỎI\nThứ Năm, 19/01/2017 – 07:15\n\nSáng 26/12, hội nghị diễn ra tại hội trường huyện.');
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual(['ĐỒNG THÁP BIỂU DƯƠNG HỘ NÔNG DÂN GIỎI']);
  });

  // a site's name in capitals above its menu is no headline; a headline in capitals is one
  it('a masthead above a menu is debris, the line after the menu the headline', () => {
    const sentences = splitSentences('CÔNG ĐOÀN TỈNH KHE VẠC\nTrang chủ | Tin hoạt động | Văn bản\n\nĐồng Tháp biểu dương 150 hộ nông dân giỏi\n\nSáng 26/12, hội nghị diễn ra.');
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual(['Đồng Tháp biểu dương 150 hộ nông dân giỏi']);
    expect(sentences[0]!.debris).toBe(true);
  });
  it('a headline in capitals with no menu after it is the headline', () => {
    const sentences = splitSentences('ĐỒNG THÁP BIỂU DƯƠNG HỘ NÔNG DÂN GIỎI\n\nSáng 26/12, hội nghị diễn ra.');
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual(['ĐỒNG THÁP BIỂU DƯƠNG HỘ NÔNG DÂN GIỎI']);
  });

  it('a headline with an arrow-like sign inside a sentence is still the headline', () => {
    const sentences = splitSentences('Tăng trưởng > 7%: huyện biểu dương 12 tập thể.\n\nSáng 26/12, hội nghị diễn ra.');
    expect(sentences[0]!.headline).toBe(true);
  });

  it('a headline that only starts with a date is the headline', () => {
    const sentences = splitSentences('27/12/2014: Đồng Tháp biểu dương 150 hộ\n\nSáng 26/12, hội nghị diễn ra.');
    expect(sentences[0]!.headline).toBe(true);
  });
});

describe('splitSentences: headings inside the body', () => {
  const text = 'Tỉnh tôn vinh điển hình\n\nSáng 5/9, UBND tỉnh tổ chức hội nghị.\n\nTôn vinh hơn 300 tập thể, cá nhân\n\nTại buổi lễ, UBND tỉnh tặng bằng khen cho 12 tập thể.\n\nDanh sách khen thưởng:\n\nÔng Lê Văn Tâm trao bằng khen cho các tập thể.\n\n- Chi hội Phụ nữ thôn 2\n\nĐiển hình như chi hội thôn 2, chi hội thôn 5, chi hội thôn 7, chi hội thôn 9, chi hội thôn 11 và chi hội thôn 12';
  it('marks a short line of its own, between blank lines, with no end punctuation', () => {
    expect(splitSentences(text).filter((s) => s.heading).map((s) => s.text)).toEqual(['Tôn vinh hơn 300 tập thể, cá nhân']);
  });
  it('the headline is no heading', () => {
    expect(splitSentences(text)[0]!.heading).toBe(false);
  });
});

describe('splitSentences: numbered lists', () => {
  // the dot of a list number opening a line ends no sentence; a roman numeral opens a section
  it.each([
    ['1. Hợp tác xã Nông nghiệp Tân Lộc', ['1. Hợp tác xã Nông nghiệp Tân Lộc'], [true]],
    ['12. Ông Lê Văn Tám, Trưởng thôn Đông.', ['12. Ông Lê Văn Tám, Trưởng thôn Đông.'], [true]],
    ['III. Giấy khen của Chủ tịch UBND huyện', ['III. Giấy khen của Chủ tịch UBND huyện'], [true]],
    // … but a sentence that ends in a number still ends there
    ['Xã có 12 thôn. 5 thôn đạt chuẩn.', ['Xã có 12 thôn.', '5 thôn đạt chuẩn.'], [false, false]],
  ])('%s', (line, texts, bullets) => {
    const got = splitSentences(`Tin tức\n\n${line}`).slice(1);
    expect(got.map((s) => s.text)).toEqual(texts);
    expect(got.map((s) => s.bullet)).toEqual(bullets);
  });
});

describe('splitSentences: headlines of other articles', () => {
  it('marks a line opened by "»" as debris, wherever it is', () => {
    const text = 'Tân Châu tuyên dương nông dân giỏi\nSáng 9-12, Hội Nông dân huyện tặng Giấy khen cho 12 hộ.\n» Phú Tân: 30 hộ nhận Giấy khen (05/12/2012)\nÔng Lê Văn Ba phát biểu.';
    expect(splitSentences(text).map((s) => [s.text, s.debris])).toEqual([
      ['Tân Châu tuyên dương nông dân giỏi', false],
      ['Sáng 9-12, Hội Nông dân huyện tặng Giấy khen cho 12 hộ.', false],
      ['» Phú Tân: 30 hộ nhận Giấy khen (05/12/2012)', true],
      ['Ông Lê Văn Ba phát biểu.', false],
    ]);
  });
});

describe('splitSentences: a sidebar of the most read, of the same section', () => {
  it.each(['Đọc nhiều nhất', 'Xem nhiều', 'Được quan tâm nhất', 'CÙNG CHUYÊN MỤC', 'Bài viết cùng chuyên mục:', 'Bài viết cùng chủ đề', 'TIN CÙNG CHỦ ĐỀ', 'Tin cùng loại', 'Có thể bạn quan tâm', 'Nghe nhiều:', 'NGHE NHIỀU NHẤT', 'Bản tin khác'])('"%s" in the second half of the page opens debris', (heading) => {
    const body = 'Sáng 9-12, Hội Nông dân huyện tặng Giấy khen cho 12 hộ nông dân sản xuất, kinh doanh giỏi tiêu biểu của năm.';
    const text = `Tân Châu tuyên dương nông dân giỏi\n${body}\nÔng Lê Văn Ba phát biểu tại hội nghị.\n${heading}\n- Tuyên dương 15 gương mặt trẻ tiêu biểu (24/02/2023)`;
    expect(splitSentences(text).map((s) => s.debris)).toEqual([false, false, false, true, true]);
  });
});
