// People counted by the title they are honoured with, written capitalized after the number:
// "tuyên dương 9 Bí thư chi đoàn giỏi", "vinh danh 14 Doanh nhân trẻ tiêu biểu tỉnh …", "tôn vinh
// 30 “Nông dân Việt Nam xuất sắc”". Where the verb of honour names no form, the title is the form,
// as written (annotation guide: forms "as they come").

import { MOVEMENT_TITLES } from '../../lexicon/awards.js';

// the capitalized title after the number, up to the word of merit that ends it (not the bare
// kinds of the guide, "11 Cá nhân tiêu biểu", nor the examples, "50 Gương điển hình tiêu biểu")
const TITLE_AFTER = /^[“"]?(?!(?:Tập thể|Cá nhân|Gương|Điển hình)\s)(?<title>\p{Lu}\p{Ll}*(?:\s[\p{L}\d,]+){0,7}?\s(?:giỏi|tiêu biểu|xuất sắc))(?![\p{L}\p{M}])/u;

/**
 * The title a count names its people by ("9 Bí thư chi đoàn giỏi" → "bí thư chi đoàn giỏi"), or
 * null: the count's recipient word, as written at the end of its span, opens it.
 */
export function titleCounted(text: string, c: { end: number; word: string }): string | null {
  // (a title of a movement is a recipient word of its own: "tuyên dương 120 Cháu ngoan Bác Hồ")
  if (MOVEMENT_TITLES.has(c.word)) return c.word;
  const from = c.end - c.word.length;
  if (from < 0 || text.slice(from, c.end).toLowerCase() !== c.word) return null;
  const m = TITLE_AFTER.exec(text.slice(from, from + 120));
  return m ? m.groups!.title!.toLowerCase() : null;
}
