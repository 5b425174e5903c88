// Phrases of two parts that a comma joins inside one name of a body or a post: "Ban Chỉ đạo
// phòng, chống dịch", "Tổ bảo vệ an ninh, trật tự ấp A", "Ban Chỉ đạo xóa nhà tạm, nhà dột nát
// huyện B", "Phòng khám, chữa bệnh". The comma is no boundary between two names there.
import type { Token } from '../text/tokens.js';

const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['phòng', 'chống'],
  ['an ninh', 'trật tự'],
  ['khám', 'chữa bệnh'],
  ['nhà tạm', 'nhà dột nát'],
  ['phòng cháy', 'chữa cháy'],
  ['tìm kiếm', 'cứu nạn'],
  ['cứu hộ', 'cứu nạn'],
  ['xóa đói', 'giảm nghèo'],
  ['đền ơn', 'đáp nghĩa'],
  // "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"
  ['bảo vệ', 'chăm sóc'],
  // the ministry and its provincial departments: "Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"
  ['văn hóa', 'thể thao'],
  ['văn hoá', 'thể thao'],
  // "Hội đồng Phối hợp phổ biến, giáo dục pháp luật huyện"
  ['phổ biến', 'giáo dục'],
  // the two folk songs of Nghệ Tĩnh, one heritage: "CLB dân ca ví, giặm xã A"
  ['ví', 'giặm'],
  // "Phòng Quản lý thu – Sổ, thẻ", the social insurance's office of books and cards
  ['sổ', 'thẻ'],
  // the National Assembly's committee: "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng
  // của Quốc hội" (from 2021 "Ủy ban Văn hóa, Giáo dục")
  ['văn hóa', 'giáo dục'],
  ['giáo dục', 'thanh niên'],
  ['thanh niên', 'thiếu niên'],
  // the fight against IUU fishing: "Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo
  // và không theo quy định huyện A"
  ['bất hợp pháp', 'không báo cáo'],
  // "Tổ tự quản đường biên, mốc quốc giới bản A", "… đường biên, mốc giới"
  ['đường biên', 'mốc quốc giới'],
  ['đường biên', 'mốc giới'],
  // "Ban Chỉ đạo di dân, tái định cư tỉnh"
  ['di dân', 'tái định cư'],
];

// the words of each part, for the token checks; a letter, for the text checks
const PARTS = PHRASES.map(([a, b]) => [a.split(' '), b.split(' ')] as const);
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Where the phrase a comma at token k joins ends: the token after its second part ("an ninh|,|
 * trật tự|"), or -1 when the comma joins no such phrase.
 */
export function commaPhraseEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',') return -1;
  const hit = PARTS.find(([a, b]) => a.every((w, n) => tokens[k - a.length + n]?.lower === w) && b.every((w, n) => tokens[k + 1 + n]?.lower === w));
  return hit ? k + 1 + hit[1].length : -1;
}

/** Whether the comma at token k joins the two parts of such a phrase. */
export const commaJoinsPhrase = (tokens: readonly Token[], k: number): boolean => commaPhraseEnd(tokens, k) > 0;

/** Whether the comma at `at` in `text` joins the two parts of such a phrase (by the words around it). */
export function commaInPhrase(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).toLowerCase();
  const after = text.slice(at + 1, at + 16).toLowerCase();
  return PHRASES.some(([a, b]) => before.endsWith(a) && !LETTER.test(before.charAt(before.length - a.length - 1)) && after.startsWith(` ${b}`) && !LETTER.test(after.charAt(b.length + 1)));
}

/** `text` split at its commas, but not at one inside such a phrase. */
export function splitAtCommas(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    if (commaInPhrase(text, at)) continue;
    out.push(text.slice(from, at));
    from = at + 1;
  }
  out.push(text.slice(from));
  return out;
}
