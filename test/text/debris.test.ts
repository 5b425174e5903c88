// Where a saved page's debris begins (src/text/debris.ts): a heading of related news in the second
// half of the page closes the article, but a box of links set inside the text does not.
import { describe, expect, it } from 'vitest';
import { debrisStart } from '../../src/text/debris.js';

const PARAGRAPH = 'Phát biểu tại hội nghị, đồng chí Lê Văn Tám đánh giá cách làm của huyện là dân vận bằng việc cụ thể. Các chi bộ thôn đưa nội dung chuyển đổi số vào nghị quyết hằng tháng, giao mỗi đảng viên kèm các hộ.';
const OPENING = [PARAGRAPH, '', PARAGRAPH, '', PARAGRAPH, ''];
const BOX = ['ĐỌC THÊM:', '» Pa Lìn: Mỗi đảng viên kèm 5 hộ học dùng điện thoại thông minh (22/10/2024)', '» 300 điện thoại thông minh đến với hộ nghèo vùng cao (15/10/2024)', ''];
const CLOSING = ['TIN CÙNG CHUYÊN MỤC', '» Khe Vạc: 120 tập thể, cá nhân được khen thưởng (05/11/2024)'];

describe('debris', () => {
  it('a box of links inside the text, the article going on after it, is no end of the article', () => {
    const lines = [...OPENING, ...BOX, PARAGRAPH, '', ...CLOSING];
    expect(debrisStart(lines)).toBe(lines.indexOf('TIN CÙNG CHUYÊN MỤC'));
  });

  it('the same box with no heading closing the page later, or nothing but links after it, ends the article', () => {
    const alone = [...OPENING, ...BOX, PARAGRAPH];
    expect(debrisStart(alone)).toBe(alone.indexOf('ĐỌC THÊM:'));
    const links = [...OPENING, ...BOX, ...CLOSING];
    expect(debrisStart(links)).toBe(links.indexOf('ĐỌC THÊM:'));
  });
});
