// The lines a saved page puts above an article's headline (src/text/page-top.ts), Duckling style:
// lines that are each kind, and lines that are not. Lines invented in the style of local sites.
import { describe, expect, it } from 'vitest';
import { isDateline, isDotMenu, isMastheadLine, isTagline } from '../../src/text/page-top.js';

describe('page top: stamps of publication', () => {
  it.each([
    'Thứ bảy, 27/12/2014 08:40',
    '12/03/2022 - 09:15 (GMT+7)',
    '26/11/2020, 14:05 [GMT+7]',
    'Chủ nhật, 05/6/2016 | 07:45',
    'Thứ Năm, 19/01/2017 – 07:15',
    'Cập nhật: 03/11/2016 14:48',
    'Cập nhật lúc 09:12 ngày 27/01/2022',
    'Cập nhật lúc 16:45, Thứ Sáu, 12/10/2018',
    'Posted: 11/10/2019 – 20:14 | Reporter: Chu Thị Mến',
    '12/01/2024 21:05 | Bài và ảnh: Vi Văn Thoòng',
    'Thứ Tư, 09/11/2016 | 10:20 | Lượt xem: 312',
    // a broadcast's programme line
    'BẢN TIN THỜI SỰ 19H – THỨ BẢY, 12/10/2019',
    'Bản tin thời sự trưa, 11h30 Thứ Năm, 18/8/2022',
    'Chương trình phát thanh tối Thứ Hai, 15/10/2012 – Buổi phát 18h00',
    'Chương trình Thời sự buổi chiều – phát sóng 17 giờ ngày 17/8/2018',
    'Bản tin phát thanh ngày 08/11/2018 (nghe lại) | Lượt nghe: 318',
  ])('%s', (line) => expect(isDateline(line)).toBe(true));
  it.each([
    // a headline or a lead that holds a date
    'Ngày 15/3/2019, Huyện ủy Khe Vạc tổ chức hội nghị tổng kết',
    'Khe Vạc: Tổng kết phong trào “Dân vận khéo” năm 2019',
    // a date alone is no full date
    'Thứ Năm, 19/01 – 07:15',
    // a counter with no date
    'Lượt nghe: 412 | Chia sẻ: Facebook',
    // a newsletter's issue, a programme named in a sentence
    'Bản tin nội bộ số 02/2015',
    'Chương trình 135 năm 2012 được giao 64 công trình hạ tầng',
  ])('not: %s', (line) => expect(isDateline(line)).toBe(false));
});

describe('page top: a site\'s name, its tagline, its menu', () => {
  it.each([
    'CÔNG AN CAO NGUYÊN ĐÁ',
    'TIN TỨC KHE VẠC 24 GIỜ',
    'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHE VẠC – TỈNH LÀO CAI',
    'NGƯỜI THỢ PA LÌN – Trang tin công nhân, lao động',
  ])('a name: %s', (line) => expect(isMastheadLine(line)).toBe(true));
  it.each([
    'Khe Vạc: Biểu dương 32 tập thể, cá nhân',
    'Báo điện tử Khe Vạc – Sông Pa Lìn',
  ])('no name: %s', (line) => expect(isMastheadLine(line)).toBe(false));
  it.each([
    'Trang tin của phong trào công nhân, viên chức, lao động',
    'Chuyên trang của lực lượng Biên phòng',
    'Trang thông tin về phong trào toàn dân bảo vệ an ninh Tổ quốc',
  ])('a tagline: %s', (line) => expect(isTagline(line)).toBe(true));
  it.each([
    'Trang trại của ông Vi Văn Thoòng nuôi 200 con bò.',
    'Khe Vạc: Biểu dương 32 tập thể, cá nhân',
  ])('no tagline: %s', (line) => expect(isTagline(line)).toBe(false));
  it.each([
    'Thời sự  ·  Dân tộc – Tôn giáo  ·  Nông nghiệp  ·  Video',
    'News • Politics • Society • Tin tức Khe Vạc',
  ])('a menu: %s', (line) => expect(isDotMenu(line)).toBe(true));
  it.each([
    // two items only, or an item that is a sentence
    'Khe Vạc · Pa Lìn',
    'Hội nghị · Huyện ủy tặng 12 Giấy khen · Tin ảnh',
  ])('no menu: %s', (line) => expect(isDotMenu(line)).toBe(false));
});
