// Vietnamese text samples shared by the read tests.

// A news paragraph as the archives hold them (≥ 200 characters)
export const NEWS = [
  'Sáng 15-10, Ban Dân vận Quận ủy Quận 1 phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam quận tổ chức',
  'hội nghị tuyên dương 32 tập thể và 18 cá nhân điển hình trong phong trào thi đua “Dân vận khéo” năm 2023.',
  'Phát biểu tại hội nghị, đồng chí Trưởng ban Dân vận nhấn mạnh: mỗi cán bộ, đảng viên phải gần dân,',
  'hiểu dân, học dân và có trách nhiệm với dân; những kết quả đạt được là niềm tự hào của Đảng bộ quận.',
].join(' ');

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** The 134 letters beyond ASCII: 12 vowels × 6 tones less the 6 plain ASCII vowels, and đ, in both cases. */
export const TONED_LETTERS: readonly string[] = (() => {
  const lower = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).filter((ch) => ch > '\u007f');
  lower.push('đ');
  return [...lower, ...lower.map((ch) => ch.toUpperCase())];
})();

// Real sentences first, then every letter in a word of its own, so detection has text to go on
export const ALL_LETTERS_PARAGRAPH = [
  'Ở xã Ứng Hòa, Ủy ban nhân dân tặng Bằng khen cho Ông Ích Khiêm; Ý kiến của Ỷ Lan được Ừ ngay.',
  'Người dân Ỹ Sơn, Ỵ Lăng và Ẵm Thủy đều khen ngợi. Chữ cái: ',
  TONED_LETTERS.join(' '),
  '. ĐIỂN HÌNH TIÊN TIẾN, tập thể điển hình tiêu biểu năm 2024.',
].join('');
