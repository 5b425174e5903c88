// Person names inside runs of capitalized words.
import { MIDDLE_NAMES, SURNAMES } from '../../lexicon/surnames.js';
import { PLACE_NAMES } from '../../lexicon/places.js';
import type { Token } from '../../text/tokens.js';

// Place names by their first word, as word lists: "Trần Văn Thời" (a district) is a place only
// when all three words are there, and "Trần Văn An" is a person
const PLACES_BY_FIRST = new Map<string, string[][]>();
for (const p of PLACE_NAMES) {
  const words = p.split(' ');
  PLACES_BY_FIRST.set(words[0]!, [...(PLACES_BY_FIRST.get(words[0]!) ?? []), words]);
}
/** Whether a whole place name is written from token s on, inside [s, to). */
function placeAt(tokens: Token[], s: number, to: number): boolean {
  const places = PLACES_BY_FIRST.get(tokens[s]?.text ?? '');
  return !!places && places.some((words) => s + words.length <= to && words.every((w, k) => tokens[s + k]!.text === w));
}
// Capitalized words that belong to organisations and places, never to a person's name
const NEVER_IN_NAME = new Set([
  'Ban', 'Ủy', 'Uỷ', 'Đảng', 'Hội', 'Mặt', 'Trận', 'Tổ', 'Quận', 'Huyện', 'Phường', 'Xã', 'Tỉnh',
  'Phố', 'Khu', 'Ấp', 'Thôn', 'Khối', 'Bộ', 'Sở', 'Phòng', 'Cục', 'Viện', 'Ty', 'Vụ', 'Phủ',
  'Ương', 'Phụ', 'Cựu', 'Binh', 'Niên', 'Giáo', 'Phật', 'Tịch', 'Bí', 'Chủ', 'Trưởng',
  'Tá', 'Tướng', 'Tọa', 'Mục', 'Tại', 'Ngày', 'Sáng', 'Chiều', 'Tối', 'Dịp', 'Nghị', 'Lễ', 'Tin',
  'Ảnh', 'Theo', 'Trong', 'Với', 'Cùng', 'Các', 'Những', 'Đây', 'Đó', 'Và', 'Của', 'Cho', 'Kỷ',
  'Niệm', 'Chương', 'Giấy', 'Huân', 'Vận', 'Khéo', 'Trấn',
  'UBND', 'HĐND', 'MTTQ',
]);
// Given names that are also the first syllable of a word ("Nghị quyết", "Huân chương", "Chương
// trình"): the last word of a name unless the word it opens follows ("Thiếu tướng Nguyễn Văn
// Nghị biểu dương …" is a name, "Nghị quyết" is not)
// ('capitalized': unless a capitalized word follows, the rest of a place's name)
const OPENS: Record<string, Set<string> | null | 'capitalized'> = {
  Nghị: new Set(['quyết', 'định', 'sự', 'viện', 'trường', 'luận']),
  Huân: new Set(['chương']),
  Chương: new Set(['trình']),
  // "Phan Văn Kỷ, Đội trưởng …", but "Kỷ niệm chương", "Kỷ luật"
  Kỷ: new Set(['niệm', 'luật', 'lục', 'yếu', 'cương']),
  // ("Lễ" opens any ceremony: "Lễ kỷ niệm", "Lễ trao giải")
  Lễ: null,
  // ("Ban" any board: "Ban Dân vận"; a Jrai name ends with it before a comma: "Siu Ban, Phó Chủ tịch …")
  Ban: null,
  // "Lù Văn Phủ", but the city "Phủ Lý"
  Phủ: new Set(['lý']),
  // "Đặng Quốc Trị", but "Ban Trị sự"
  Trị: new Set(['sự']),
  // "Vi Văn Phòng, Trưởng bản …", but a department: "Phòng Giáo dục", "Phòng Tài chính - Kế hoạch"
  // "Trần Văn Phố, chủ khu trọ …", "ông Trần Văn Phố và bà …", but "Thành Phố Hồ Chí Minh", "Phố Hiến"
  Phố: 'capitalized',
  // "Lê Văn Niên, Phó Bí thư …", but the youth, "Thanh Niên" (see SECOND_OF)
  Niên: 'capitalized',
  // "ông Lý Quang Vận, Phó Bí thư …", but "Vận động", "vận tải", and "Dân Vận" (see SECOND_OF)
  Vận: new Set(['động', 'tải', 'hành', 'dụng', 'chuyển', 'mệnh', 'khéo']),
  // "ông Lò Văn Trong, Chủ tịch Hội CCB xã", but the preposition: "Trong đó", "Trong năm"
  Trong: new Set(['đó', 'số', 'năm', 'những', 'các', 'thời', 'quá', 'khi', 'lúc', 'dịp', 'tháng', 'ngày', 'buổi', 'đợt', 'dự', 'nhiệm']),
  Phòng: new Set(['giáo', 'tài', 'nội', 'văn', 'y', 'lao', 'kinh', 'tư', 'cảnh', 'công', 'quản', 'nông', 'tổ', 'hành', 'kế', 'thanh', 'dân', 'khám', 'an', 'giao', 'tiếp', 'chính', 'kỹ', 'kiểm', 'hậu', 'tham', 'điều', 'đào', 'thống', 'xây', 'phòng', 'tuyên']),
};
// words of OPENS that close a common word after its first syllable, never a name: "Thanh Niên",
// "Dân Vận"
const SECOND_OF: Record<string, string> = { Niên: 'Thanh', Vận: 'Dân' };
const lastOk = (tokens: Token[], k: number): boolean => {
  const word = tokens[k]!.text;
  if (!(word in OPENS) || (SECOND_OF[word] !== undefined && tokens[k - 1]?.text === SECOND_OF[word])) return false;
  const next = tokens[k + 1];
  if (next?.kind !== 'word') return true;
  const partners = OPENS[word];
  if (partners === 'capitalized') return next.text === next.lower;
  return partners !== null && partners !== undefined && !partners.has(next.lower);
};
// Given names that open a common word with a lowercase second syllable, the word a body's name
// is made of: "Thanh niên", "Thiếu niên", "Nông dân", "Dân vận", "Công an", "Nhân dân"
const SECOND_SYLLABLE: Record<string, Set<string>> = {
  Thanh: new Set(['niên']),
  Thiếu: new Set(['niên']),
  Nông: new Set(['dân', 'thôn']),
  Dân: new Set(['vận', 'quân', 'tộc']),
  Công: new Set(['an', 'đoàn']),
  Nhân: new Set(['dân']),
};
// "Thị", "Đức", "Văn" are middle names; keep them allowed after the first token ("Ty" too: the
// Khmer name "Chau Ty Ra", while "Công Ty" opens with no family name; "Sáng" of "Quách Văn
// Sáng", while "Sáng 15/10" opens a sentence; "Hoàng Văn Tỉnh", "Y Khu"; the middle name of Nghệ An
// and Hà Tĩnh "Võ Tá Lám", while a rank capitalized, "Đại Tá", opens with no family name)
const MIDDLE_OK = new Set([...MIDDLE_NAMES, 'Ty', 'Sáng', 'Tỉnh', 'Khu', 'Tá', 'Thị', 'Đức', 'Hòa', 'Linh', 'Thành', 'Đồng', 'Thượng', 'Nam', 'Dân', 'Trung', 'Nhân', 'Chí', 'Công', 'Phúc', 'Trường', 'Sơn']);

// Words after which a place name, not a person, is written
const PLACE_BEFORE = new Set(['ủy', 'uỷ', 'huyện', 'tỉnh', 'xã', 'phường', 'quận', 'thị', 'trấn', 'xã', 'tp', 'phố', 'làng', 'bản', 'thôn', 'ấp', 'chùa', 'xứ', 'khu', 'đồn']);

// a unit written as a common noun, lowercase (a school named after a person may be written
// "trường Nguyễn Du", so "trường" alone is no such noun)
const COMMON_UNITS = new Set(['bệnh viện', 'nhà trường']);
const NAMESAKE_BEFORE = new Set(['trường', 'thpt', 'thcs', 'ptth', 'tiểu', 'học', 'non', 'đường', 'viện', 'chính', 'trị', 'dtnt', 'ptdtnt', 'cầu', 'chợ', 'bệnh']);

// Ê Đê, K'Ho and other names open with "H'", "K'", "Y": "H'Bil Êban", "K'Brel", "H’ Mến Byă"
const HIGHLAND_NAME = /^[HK]['’] ?\p{Lu}/u;
export function isSurname(word: string): boolean {
  return SURNAMES.has(word) || ((word[0] === 'H' || word[0] === 'K') && HIGHLAND_NAME.test(word));
}

// an initial with its dot ("Q.", "P."), which is not a name word
const INITIAL = /^\p{Lu}\.$/u;
export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !t.allCaps && !(t.text.endsWith('.') && INITIAL.test(t.text));
}

// a syllable group of a name transliterated from Lao, joined by hyphens: "Vông-phết", "Xay-xa-na"
const HYPHENATED = /^\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)+$/u;

/**
 * A name transliterated from Lao starting at i, two to four capitalized words, one at least of
 * syllables joined by hyphens, with no family name of the lexicon: "Khăm-xỉ Vông-phết", "Bun-mi Xay-xa-na"
 * — its end, or 0.
 */
export function transliteratedFrom(tokens: Token[], i: number): number {
  let j = i;
  let joined = false;
  while (j < tokens.length && j - i < 4 && isNameWord(tokens[j])) {
    if (HYPHENATED.test(tokens[j]!.text)) joined = true;
    j++;
  }
  return j - i >= 2 && joined ? j : 0;
}

/**
 * The best person name that ends the capitalized run tokens[from, to), or null.
 * "Bí thư Đảng ủy phường Hòa Lợi Đặng Văn Kha" → "Đặng Văn Kha" (the surname
 * with a middle name beats a place that starts with a family name).
 */
export function nameAtEnd(tokens: Token[], from: number, to: number, minScore = 2): { start: number; end: number } | null {
  let runStart = to;
  while (runStart > from && isNameWord(tokens[runStart - 1])) runStart--;
  let best: { start: number; score: number } | null = null;
  for (let s = runStart; s <= to - 2; s++) {
    const score = nameScore(tokens, s, to);
    if (score !== null && (best === null || score > best.score)) best = { start: s, score };
  }
  return best && best.score >= minScore ? { start: best.start, end: to } : null;
}

// the class of an honour, a family name and an ordinal, that no one is named: "Hạng Nhất", "Hạng Ba"
// (while "Hạng A Chư" is a Hmong name)
const ORDINALS = new Set(['Nhất', 'Nhì', 'Ba', 'Tư']);
const isClass = (tokens: Token[], s: number, to: number): boolean => to - s === 2 && tokens[s]!.text === 'Hạng' && ORDINALS.has(tokens[s + 1]!.text);

/** A name starting at i, read forward: its end, or 0. `loose` after an honorific. */
export function nameFrom(tokens: Token[], i: number, loose: boolean): number {
  let j = i;
  while (j < tokens.length && j - i < 6 && isNameWord(tokens[j]) && (j === i || !NEVER_IN_NAME.has(tokens[j]!.text) || MIDDLE_OK.has(tokens[j]!.text) || lastOk(tokens, j))) j++;
  // (the last word opening a common word whose second syllable follows is not the name's:
  // "Đoàn Thanh niên xã …", the youth union, is no person "Đoàn Thanh")
  if (j - i >= 2 && SECOND_SYLLABLE[tokens[j - 1]!.text]?.has(tokens[j]?.text ?? '')) j--;
  const len = j - i;
  if (len < 2 && !(loose && len === 1 && tokens[i]!.text.length > 1)) return 0;
  if (!loose && !isSurname(tokens[i]!.text)) return 0;
  if (NEVER_IN_NAME.has(tokens[i]!.text) && !SURNAMES.has(tokens[i]!.text)) return 0;
  if (len > 5 || isClass(tokens, i, j)) return 0;
  // (a nun's dharma name runs to five: "Thích Nữ Diệu Thanh Hà")
  if (len > 4 && !MIDDLE_OK.has(tokens[i + 1]!.text) && !doubleSurname(tokens, i, j) && !(tokens[i]!.text === 'Thích' && tokens[i + 1]!.text === 'Nữ')) return i + 4;
  return j;
}

// "Văn" and "Thị", the middle names that mark a man's or a woman's name, never a place's: "Giàng
// Thị Dợ", "Lê Văn Hòa"
export const GENDER_MIDDLES = new Set(['Văn', 'Thị']);
// the words before a place word that make it a post held, a person's name after it: "trưởng bản
// Lầu A Giống", "Trưởng thôn A Thoòng", "già làng A Tơ Rinh", "phó thôn …"
export const HEAD_OF_PLACE = new Set(['trưởng', 'phó', 'già']);
// the words of position that end place names, rare in people's names: "Khe Vạc Thượng", "Thạch
// Lương Hạ" (not the quarters, "Đông", "Nam", "Trung", common given names: "Lâm Quốc Trung")
const UPPER_LOWER = new Set(['Thượng', 'Hạ']);
// the first words of the Central Highlands' place names (a stream, a river, a village, a mountain)
const HIGHLAND_PLACE_OPENS = new Set(['Đăk', 'Đắk', 'Ea', 'Ia', 'Krông', 'Kon', 'Chư', 'Plei']);

/**
 * Whether the run [s, to) ends a place named after a place word, one to three capitalized words
 * back, in a word of position: "Chủ tịch UBND huyện Khe Vạc Thượng tặng …", "xã Pa Lìn Hạ"
 * (read from "Lương" too) — unless a middle name marks a person: "xã Ma Văn Hạ".
 */
function placeEndingInPosition(tokens: Token[], s: number, to: number): boolean {
  if (!UPPER_LOWER.has(tokens[to - 1]!.text)) return false;
  let k = s - 1;
  while (k >= 0 && s - k <= 3 && isNameWord(tokens[k])) k--;
  return k >= 0 && PLACE_BEFORE.has(tokens[k]!.lower) && !tokens.slice(k + 2, to - 1).some((t) => GENDER_MIDDLES.has(t.text));
}

/**
 * A name of five words whose family name is two, the third word its middle name: the Chăm
 * "Báo Hiền Thị Thu Nga", "Đàng Năng Văn Tư".
 */
function doubleSurname(tokens: Token[], s: number, to: number): boolean {
  return to - s === 5 && GENDER_MIDDLES.has(tokens[s + 2]!.text);
}

// the words before "Đoàn" that make it the youth union: "Trung ương Đoàn", "Tỉnh Đoàn", "Thành Đoàn"
const UNION_TIERS = new Set(['ương', 'Tỉnh', 'Thành', 'Huyện', 'Quận', 'Thị']);

function nameScore(tokens: Token[], s: number, to: number): number | null {
  const len = to - s;
  if (len < 2 || len > 5) return null;
  const first = tokens[s]!.text;
  if (!isSurname(first) || isClass(tokens, s, to)) return null;
  for (let k = s + 1; k < to; k++) {
    const w = tokens[k]!.text;
    if (NEVER_IN_NAME.has(w) && !MIDDLE_OK.has(w) && !(k === to - 1 && lastOk(tokens, k))) return null;
  }
  let score = 2;
  const second = tokens[s + 1]!.text;
  // a middle name is never last: "Nguyễn Hoàng Phúc", not "Hoàng Phúc"
  if (len >= 3 && (MIDDLE_NAMES.has(second) || second === 'Thị')) score += 2;
  if (len === 3) score += 1;
  if (len === 5 && !MIDDLE_NAMES.has(second) && !doubleSurname(tokens, s, to)) score -= 3;
  // two family names at the head of the run, the mother's after the father's: "Bí thư Chi bộ
  // Nguyễn Hoàng Anh Tuấn" is one name, not "Hoàng Anh Tuấn" after a title ending in "Nguyễn"
  if (len === 4 && SURNAMES.has(second) && !isNameWord(tokens[s - 1]) && !placeAt(tokens, s, to)) score += 4;
  // (a place right after a faith's branch: "Chi hội Tin Lành Hà Phong", "Hội thánh Tin Lành A")
  if (placeAt(tokens, s, to) || (tokens[s - 1]?.text === 'Lành' && tokens[s - 2]?.text === 'Tin')) score -= 3;
  // "Đoàn" closing the youth union's body before the name is no family name: "Bí thư Trung
  // ương Đoàn Nguyễn Bảo Ngọc", "Phó Bí thư Tỉnh Đoàn Lê Văn Tám"
  if (first === 'Đoàn' && UNION_TIERS.has(tokens[s - 1]?.text ?? '')) score -= 5;
  // inside a place name that began one word earlier ("Hà Giang Nguyễn …": "Giang")
  const prev = tokens[s - 1];
  if (prev && isNameWord(prev) && placeAt(tokens, s - 1, to)) score -= 3;
  // right after "Huyện ủy", "tỉnh", "xã" comes a place: "Huyện ủy Lục Ngạn"
  // (place names are mostly two syllables: "Huyện ủy Lục Ngạn"; "UBND thị xã Hồ Sỹ Tuấn" is a person)
  // (a name of the Central Highlands with a word opening with "H'" or "K'" after a family name
  // names no place: "Phó Chủ tịch UBND tỉnh H'Lim Niê", "Chủ tịch UBND huyện Siu H'Bia" — but
  // a place may hold such a word after a word that is no family name: "huyện Ia H'Drai")
  // (but a place word that ends a village head's title is followed by the head's name: "Trưởng
  // thôn A Thoòng đã …", "Trưởng bản Lò Văn Tám")
  const headOfPlace = HEAD_OF_PLACE.has(tokens[s - 2]?.lower ?? '');
  if (prev && PLACE_BEFORE.has(prev.lower) && !headOfPlace && !tokens.slice(s, to).some((t) => HIGHLAND_NAME.test(t.text))) score -= len === 2 ? 2 : 1;
  if (placeEndingInPosition(tokens, s, to)) score -= 3;
  // (nor a run right after a word that opens the Central Highlands' place names: "Vườn quốc gia Đăk
  // Rơ Mang", "xã Ia Pa Lìn", "huyện Krông Ana")
  if (prev && HIGHLAND_PLACE_OPENS.has(prev.text)) score -= 3;
  // a school, street or ward named after a person: "Trường THPT Lưu Văn Liệt", "đường Trần Phú"
  // (not a unit written as a common noun at the end of a title: "Điều dưỡng trưởng bệnh viện Lục
  // Thị Bích Trâm", "Hiệu trưởng nhà trường Lê Văn A")
  if (prev && NAMESAKE_BEFORE.has(prev.lower) && !COMMON_UNITS.has(`${tokens[s - 2]?.text ?? ''} ${prev.text}`)) score -= 3;
  return score;
}
