// Counts of recipients in a sentence: a number and the word for who is counted.
import { COMBINED_PARTS, RECIPIENT_WORDS, UNTYPED_RECIPIENT_WORDS } from '../../lexicon/recipients.js';
import { alternation, capitalized, END, lowerKeepingOffsets, matchesAtWordStart, START, testAtWordStart } from '../../lexicon/pattern.js';
import type { RecipientTypeValue } from '../../schema.js';
import { parseCount } from './numbers.js';
import { ORG_HEAD, orgNameEnd } from './org-name.js';
import { NUMBER_WORDS, UNITS } from '../../lexicon/numbers.js';
import { RANKS } from '../../lexicon/titles.js';
import { CLERGY, LAY_MASTERS } from '../../lexicon/honorifics.js';

export interface CountMention {
  count: number;
  type: RecipientTypeValue | null;
  /** offsets inside the sentence: the whole "24 tập thể", and the number alone */
  start: number;
  end: number;
  numStart: number;
  /** the recipient word as written, lowercase */
  word: string;
  /** a named recipient ("tập thể Ủy ban MTTQ Việt Nam Quận 1"), counted 1 */
  named: string | null;
  rule: string;
}

// the classifier of respected persons standing alone, the count's clause ending after it: "tặng
// Kỷ niệm chương cho 4 vị, trong đó có …", or names after it: "cho 2 vị là Đại đức A và Ni sư B"
// (not "400 vị trí", nor "12 vị có mặt", nor what they are: "9 vị là sư sãi")
const BARE_PERSONS = 'vị';
// (or the clergy's address the persons are named by: "Giấy khen cho 24 vị |Acar|", "3 vị |Hòa thượng|")
const PERSONS_ADDRESSED = [...CLERGY, ...LAY_MASTERS, 'sư sãi', 'chức sắc', 'chức việc'];
const BARE_PERSONS_END = new RegExp(`^\\s?(?:[,;.:)]|$|(?:là|gồm):?\\s\\p{Lu}|(?:${alternation([...PERSONS_ADDRESSED, ...PERSONS_ADDRESSED.map(capitalized)])})(?:[\\s,;.:]|$))`, 'u');
const TYPE_WORDS = [...Object.keys(RECIPIENT_WORDS), ...UNTYPED_RECIPIENT_WORDS, BARE_PERSONS];
// A number after a place, unit or document word names it and counts nothing:
// "Quận 1 tổ chức hội nghị", "Khu phố 7", "Tiểu đoàn 3", "lần thứ 5", "Chỉ thị 19", "sinh viên năm 3", "khen thưởng đợt 2",
// a worker's grade: "thợ lò bậc 5 Phân xưởng …"
// ("trong số 5 cá nhân" is among them: a count)
const IDENTIFIER_BEFORE = /(?:quận|phường|phố|khu|tổ|ấp|khóm|xóm|thôn|bản|đội|lô|đồn|trạm|trung đoàn|sư đoàn|lữ đoàn|tiểu đoàn|đại đội|quân khu|quân đoàn|vùng|hải đội|khóa|khoá|(?<!trong )số|thứ|lần|điều|mục|chương|trang|phòng|lớp|chỉ thị|nghị quyết|quyết định|kế hoạch|đề án|công văn|thông báo|kết luận|hướng dẫn|quy định|nghị định|thông tư|đường|tầng|kỳ|giai đoạn|top|hạng|bậc|nhóm|năm|đợt) $/iu;
// a capitalized word that may head a body's name (checked with ORG_HEAD in code)
const CAPITAL_START = /(?<![\p{L}\p{M}])\p{Lu}/gu;

/**
 * Whether offset `at` is inside the name of a body begun a few words before: "Công đoàn Phân xưởng
 * Khai thác |3 và 2 đoàn viên" — the number names the workshop, it counts nothing.
 */
function insideBodyName(text: string, at: number): boolean {
  const from = Math.max(0, at - 50);
  for (const m of text.slice(from, at).matchAll(CAPITAL_START)) {
    const start = from + m.index;
    if (ORG_HEAD.test(text.slice(start, start + 40)) && orgNameEnd(text, start) > at) return true;
  }
  return false;
}

// award.count: "24 tập thể", "03 cá nhân", "hai hộ gia đình", "90 gương tập thể, cá nhân",
// "117 tập thể, cá nhân" (a combined count), "50 điển hình" (no type), "02 vị sư sãi", "4 ngôi chùa" (a classifier),
// "73 nữ đoàn viên" (women of a kind), "mười tám “Người lao động giỏi”" (the title they are honoured as). Two patterns, one for
// digits and one for number words, so the common case never tries the word alternation.
// (after a comma, any word of a kind joins the count: "52 tổ, công nhân tiêu biểu" counts
// collectives and persons together)
const AFTER_NUMBER = `(?: \\([\\p{L} ]{2,40}\\))? ["“]?(?<times>lượt )?(?:gương |vị |nữ |ngôi )?(?<word>${alternation(TYPE_WORDS)})${END}(?<combo>(?: ?(?:,|và|hoặc|/) ?(?:${alternation(COMBINED_PARTS)})${END}|, (?:${alternation(Object.keys(RECIPIENT_WORDS))})${END})*)`;
// They run on the sentence lowercased, their start checked in code (see lexicon/pattern.ts):
// no letter, digit, ".", ",", "/" or "-" before a number ("1.200" is one number, "15/10" a date,
// "COVID-19" a name).
// (thousands set off by a space, tried last: "1 200 cá nhân")
const DIGIT_COUNT = new RegExp(`(?<num>(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,5}|\\d{1,3}(?: \\d{3})+))${AFTER_NUMBER}`, 'gu');
const WORD_COUNT = new RegExp(`(?<num>(?:${alternation(NUMBER_WORDS)})(?: (?:${alternation(NUMBER_WORDS)}))*)${AFTER_NUMBER}`, 'gu');
const ANY_NUMBER_WORD = new RegExp(`(?:${alternation(Object.keys(UNITS))}|mười) `, 'u');
// award.named: "và tập thể Ủy ban MTTQ Việt Nam xã Pa Lìn", "gia đình bà Chu Thị Mến" (its
// head ranked too: "gia đình Thượng tá A")
const NAMED = new RegExp(
  `(?<!(?:\\d|các|những|nhiều|mỗi|cho các|của) )${START}(?<word>tập thể|gia đình|hộ gia đình|cá nhân)(?: (?:ông|bà|anh|chị|đồng chí|cụ|em|${alternation([...RANKS].map(capitalized))}))? (?=\\p{Lu})`,
  'gu',
);

// award.count-inverted: the recipient word first, its number after a colon or in parentheses,
// as lists write them: "tập thể: 1 (Tổ Công đoàn …); cá nhân: 4", "khen thưởng: tập thể (5), cá nhân (9)"
const INVERTED_COUNT = /(?<word>tập thể|cá nhân|hộ gia đình|gia đình)(?:\s?:\s?(?<num>\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\d%/:,.]?\d|[%/\p{L}])|\s\((?<inParens>\d{1,3}(?:\.\d{3})+|\d{1,5})\))/gu;

// award.count-places: places given an honour as wholes, counted after "cho" or a verb of honour:
// "tặng Cờ thi đua cho ba xã dẫn đầu phong trào", "Cờ thi đua … được trao cho 3 khu vực", "trao
// Bằng khen cho 4 thôn", "khen thưởng 3 khóm thực hiện tốt phong trào" — not a co-operative's members: "cho 25 xã viên" (elsewhere a count of places is where
// something happens: "tại 5 xã", "11/13 xã đạt chuẩn")
// (a small count in digits or words, then the place's word)
const SMALL_COUNT = `(?<num>\\d{1,3}|(?:${alternation(NUMBER_WORDS)})(?: (?:${alternation(NUMBER_WORDS)}))*)`;
// (the places of the administration and of the hamlets; given ones also by an area or a cluster)
const PLACE_WORDS = 'xã|phường|thị trấn|thôn|ấp|bản|khu phố|khóm|buôn|làng|xóm|sóc';
const PLACE_GIVEN = `${SMALL_COUNT}\\s(?<word>${PLACE_WORDS}|khu vực|cụm)${END}(?!\\sviên)`;
const GIVEN_PLACES = new RegExp(`(?<verb>cho|khen thưởng|tuyên dương|biểu dương)\\s${PLACE_GIVEN}`, 'gu');

// and the places listed after them, each with its count: "cho 6 xã|, 4 thị trấn| và 9 cán bộ"
const MORE_PLACES = new RegExp(`^(?:,|\\svà)\\s${PLACE_GIVEN}`, 'u');

// and places counted as those who receive, in the passive, in their clause: "03 thôn hoàn thành
// xuất sắc chỉ tiêu … cũng được nhận giấy khen", "Hai xã được tặng Cờ thi đua" (not where
// something is: "tại 5 xã", nor a share: "11/17 xã")
const PLACES_COUNTED = new RegExp(`${SMALL_COUNT}\\s(?<word>${PLACE_WORDS})${END}(?!\\sviên)`, 'gu');
// the passive of an honour in the clause after them
// (not a status recognized: "3 xã được công nhận đạt Bộ tiêu chí …")
const RECEIVED_IN_CLAUSE = /\sđược\s(?:(?!công\s|ghi\s|xác\s|tiếp\s)\p{Ll}+\s){0,6}?(?:nhận|tặng|trao|khen thưởng|tuyên dương|biểu dương)(?![\p{L}])/u;
const HAVE_BEFORE = /(?:^|\s)(?:mỗi|có)\s/u;
// the word before a count of places that makes it where something is or whose it is
// (or a unit's own number: "Tổ bầu cử |số| 12 ấp A")
const PLACE_COUNT_AFTER = new Set(['tại', 'ở', 'của', 'trong', 'trên', 'với', 'cho', 'từ', 'đến', 'các', 'thuộc', 'gồm', 'có', 'số']);

// "cùng" right before a count and "khác" right after it: the others of one named before
export const WITH_OTHERS_BEFORE = /(?<![\p{L}])cùng\s$/u;
export const OTHERS_AFTER = /^\skhác(?![\p{L}])/u;
// a comma and a capitalized word: where a body's name opens the next clause ("…, Ban Trị sự")
// (not a word all in capitals, a headline's: "38 TẬP THỂ, CÁ NHÂN")
const CAPITALIZED_AFTER_COMMA = /,\s?\p{Lu}(?!\p{Lu})/u;

/** Whether `before` ends with a body's members listed after "gồm", up to the "và" before the rest: ", gồm già làng B, Mục sư C và ". */
function membersListedBefore(before: string): boolean {
  const at = before.lastIndexOf(', gồm ');
  return at >= 0 && before.endsWith(' và ') && !/[.;:]/u.test(before.slice(at));
}
// after "người": the count is of someone's children or grandchildren ("4 người con", "3 người cháu")
const KIN_AFTER = /^\s(?:con|cháu)(?![\p{L}\p{M}])/u;

export function findCounts(text: string): CountMention[] {
  const out: CountMention[] = [];
  const lower = lowerKeepingOffsets(text);
  if (/\d/u.test(text)) {
    collect(matchesAtWordStart(DIGIT_COUNT, lower, '.,/-'), text, out);
    if (text.includes(':') || text.includes('(')) inverted(matchesAtWordStart(INVERTED_COUNT, lower, '', 'letter'), out);
  }
  if (testAtWordStart(ANY_NUMBER_WORD, lower)) collect(matchesAtWordStart(WORD_COUNT, lower), text, out);
  if (lower.includes('cho ') || lower.includes('khen thưởng ') || lower.includes('dương ')) {
    // (the verb's start boundary checked in code: see lexicon/pattern.ts)
    for (const m of matchesAtWordStart(GIVEN_PLACES, lower, '', 'letter')) {
      const count = parseCount(m.groups!.num!);
      const at = m.index + m.groups!.verb!.length + 1;
      if (count !== null && count > 0) out.push({ count, type: 'tập thể', start: at, end: m.index + m[0].length, numStart: at, word: m.groups!.word!, named: null, rule: 'award.count-places' });
      for (let end = m.index + m[0].length, more = MORE_PLACES.exec(lower.slice(end)); more; more = MORE_PLACES.exec(lower.slice(end))) {
        const n = parseCount(more.groups!.num!);
        const from = end + more[0].indexOf(more.groups!.num!);
        end += more[0].length;
        if (n !== null && n > 0) out.push({ count: n, type: 'tập thể', start: from, end, numStart: from, word: more.groups!.word!, named: null, rule: 'award.count-places' });
      }
    }
  }
  if (lower.includes('được ')) placesReceiving(lower, out);
  if (lower.includes('trong đó')) {
    for (const m of lower.matchAll(PART_IS_KIND)) {
      const count = parseCount(m.groups!.num!);
      const at = m.index + m[0].length - m.groups!.num!.length - m.groups!.rest!.length;
      if (count !== null && count > 0 && !out.some((c) => c.start === at)) out.push({ count, type: RECIPIENT_WORDS[m.groups!.word!]!, start: at, end: m.index + m[0].length, numStart: at, word: m.groups!.word!, named: null, rule: 'award.count' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// a part of a total told as "N là <kind>": "25 tập thể, cá nhân, trong đó |08 là tập thể|, còn lại là …"
const PART_IS_KIND = /(?<![\p{L}])trong (?:số )?đó (?:có )?(?<num>\d{1,5})(?<rest>\slà\s(?<word>tập thể|cá nhân|hộ gia đình|gia đình))(?![\p{L}])/gu;

/** Adds places counted as the subject of an honour received in the passive (see PLACES_COUNTED). */
function placesReceiving(lower: string, out: CountMention[]): void {
  for (const m of matchesAtWordStart(PLACES_COUNTED, lower, '/.,')) {
    if (out.some((c) => c.start === m.index)) continue;
    const before = lower.slice(Math.max(0, m.index - 12), m.index).trimEnd().split(/\s/u).pop() ?? '';
    if (PLACE_COUNT_AFTER.has(before)) continue;
    const clause = lower.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/[.;:]/u)[0]!;
    const received = RECEIVED_IN_CLAUSE.exec(clause);
    // (what the places have is who receives: "Ba xã A, B và C, mỗi xã có hai hộ được … tặng")
    if (!received || HAVE_BEFORE.test(clause.slice(0, received.index))) continue;
    const count = parseCount(m.groups!.num!);
    if (count !== null && count > 0) out.push({ count, type: 'tập thể', start: m.index, end: m.index + m[0].length, numStart: m.index, word: m.groups!.word!, named: null, rule: 'award.count-places' });
  }
}

const TIMES_HONOURED = /(?:khen thưởng|tuyên dương|biểu dương|vinh danh)(?:\sđột xuất)?\s$/iu;
// or after "cho" ending what one giver hands over: "Giám đốc Sở tặng Giấy khen cho 40 lượt cá nhân",
// "Cụ thể: …; Giấy khen của LĐLĐ thành phố cho 12 lượt tập thể"
const TIMES_GIVEN = /(?<![\p{L}])(?:trao tặng|tặng|trao|bằng khen|giấy khen|cờ thi đua)\s[^,;.]{0,80}?\scho\s$/iu;
export const EVERY_TIER_IN_CLAUSE = /(?<![\p{L}])các cấp(?![\p{L}])/iu;
function timesHonoured(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), 0));
  if ((TIMES_HONOURED.test(before) || TIMES_GIVEN.test(clause)) && !EVERY_TIER_IN_CLAUSE.test(clause)) return true;
  // (or right after another such count it is joined to: "cho 12 lượt tập thể và |30 lượt cá nhân")
  const joined = TIMES_JOINED.exec(before.slice(-40)) ?? TIMES_THEN_PARTS.exec(before.slice(-60));
  if (joined) return timesHonoured(before.slice(0, before.length - joined[0].length));
  const described = timesDescribedThenParts(before);
  return described > 0 && timesHonoured(before.slice(0, before.length - described));
}

// the words that open the parts of a count, at the end of the text before a part
const PARTS_OPEN_END = /,?\s(?:trong đó|gồm)\s$/u;
const TIMES_KIND = /^(?:tập thể|cá nhân|hộ gia đình|gia đình|hộ)(?![\p{L}])/u;
/**
 * How long the end of `before` is that holds a count of times, what it was given for and the words
 * opening its parts: "|85 lượt tập thể, cá nhân có thành tích trong công tác bồi thường, trong đó |"
 * (0: none). Read in code: the description runs up to 200 characters, with no stop.
 */
function timesDescribedThenParts(before: string): number {
  const open = PARTS_OPEN_END.exec(before.slice(-12));
  if (!open) return 0;
  // (looked for within the last 200 characters only)
  const head = before.slice(Math.max(0, before.length - open[0].length - 220), before.length - open[0].length);
  const at = head.lastIndexOf(' lượt ');
  if (at < 0 || head.length - at > 200 || /[.;]/u.test(head.slice(at))) return 0;
  let n = at;
  while (n > 0 && /[\d.]/u.test(head[n - 1]!)) n--;
  return n < at && TIMES_KIND.test(head.slice(at + 6)) ? open[0].length + head.length - n : 0;
}
// (or a part of such a count, told after it: "cho 85 lượt tập thể, cá nhân, trong đó |30 lượt tập thể")
// ("…, trong đó có |30 lượt tập thể")
// (past a semicolon too: "cho 85 lượt tập thể, cá nhân; trong đó |30 lượt tập thể")
const TIMES_THEN_PARTS = /(?<![\d.])\d{1,3}(?:\.\d{3})*\slượt\s(?:tập thể|cá nhân|hộ gia đình|gia đình|hộ)(?:,\s(?:tập thể|cá nhân|hộ gia đình|gia đình|hộ))?[,;]?\s(?:trong đó(?:\scó)?|gồm)\s$/u;
// a count (of times or not) and its words, then "và" or a comma, at the end of the text before a
// count: "cho 16 lượt tập thể và |30 lượt cá nhân", "cho 4 tập thể và |48 lượt cá nhân"
const TIMES_JOINED = /(?<![\d.])\d{1,3}(?:\.\d{3})*\s(?:lượt\s)?(?:tập thể|cá nhân|hộ gia đình|gia đình|hộ)(?:\svà|,)\s$/u;

// digits right before a word: "8 " before "năm tổ chức" (a unit of time), "38 " before "điển
// hình" (what is counted)
export const DIGITS_BEFORE = /\d\s$/u;
// a plural word right before a word: "những ", "các ", "mấy "
const PLURAL_BEFORE = /(?<![\p{L}])(?:những|các|mấy|nhiều|hàng|mọi)\s$/iu;

// a word right before "năm" that makes it the year: "là ", "vào ", "mỗi ", "hằng ", "suốt ", "cả "
const YEAR_BEFORE = /(?<![\p{L}])(?:là|vào|mỗi|hằng|suốt|cả)\s$/iu;

function collect(matches: RegExpExecArray[], text: string, out: CountMention[]): void {
  for (const m of matches) {
    const g = m.groups!;
    const count = parseCount(g.num!);
    if (count === null || count <= 0) continue;
    if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    // (a number with its thousands set off by a space is no part of a date or another number: "ngày 15/3 200 hộ")
    if (g.num!.includes(' ') && /\d/u.test(g.num!) && m.index > 0 && '/.,:-'.includes(text[m.index - 1]!)) continue;
    // a number word right after digits is a unit of time, not a count: "Trong 8 năm tổ chức
    // hội thi" is eight years, not five organisations
    if (!/\d/u.test(g.num!) && DIGITS_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // nor one after a plural word, where "năm" is years: "những năm đơn vị đóng quân ở vùng biên"
    if (!/\d/u.test(g.num!) && PLURAL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // nor an example one is likened to: "được nhắc đến như một điển hình", "là một tấm gương"
    if (g.num!.toLowerCase() === 'một' && /(?:^|\s)(?:như|là)\s$/u.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    // nor the kind of a limited company, part of its name: "Công ty TNHH Một thành viên Điện cơ A"
    if (g.num!.toLowerCase() === 'một' && /(?:^|\s)TNHH\s$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // nor "năm" after a word that makes it the year: "2025 là năm tổ chức đại hội đảng bộ các cấp",
    // "vào năm tổ chức", "mỗi năm tổ chức"
    if (g.num!.toLowerCase() === 'năm' && YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // a count of times is one of recipients only right after a verb of honour of one giver:
    // "Chủ tịch UBND huyện khen thưởng đột xuất 19 lượt tập thể, cá nhân" — not a tally of
    // every tier ("các cấp đã khen thưởng 2.750 lượt …", "1.960 lượt tập thể được khen thưởng")
    // nor people served ("tập huấn cho 4.300 lượt hội viên")
    if (g.times !== undefined && !timesHonoured(text.slice(0, m.index))) continue;
    const word = g.word!.toLowerCase();
    // a year before a unit's capitalized name is no count of it: "hai năm 2020, 2021 Đội Vận động
    // quần chúng …"
    if (YEAR_LIKE.test(g.num!) && /^\p{Lu}/u.test(text[m.index + m[0].indexOf(g.word!, g.num!.length)] ?? '')) continue;
    // kin, no recipients: "gia đình ông A có 4 người con đều tốt nghiệp đại học"
    if (word === 'người' && KIN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // sisters: "hai chị em"
    if (word === 'chị' && /^\sem(?![\p{L}\p{M}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // cases, no schools: "3 trường hợp cứu người"
    if (word === 'trường' && /^\shợp(?![\p{L}\p{M}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    if (word === BARE_PERSONS && !BARE_PERSONS_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    // the rest of a body's members, listed after "gồm": "Tổ hòa giải A, gồm già làng B, Mục sư C và
    // bốn thành viên khác" (members, no recipients)
    if (OTHERS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) && membersListedBefore(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    // one named, then the others counted: "Chi hội A cùng 8 tập thể khác" is nine
    const others = WITH_OTHERS_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)) && OTHERS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    let type: RecipientTypeValue | null = UNTYPED_RECIPIENT_WORDS.includes(word) ? null : (RECIPIENT_WORDS[word] ?? 'cá nhân');
    // (a kind written capitalized after a comma opens the next clause, a body's name: "4 cá nhân,
    // Ban Trị sự GHPGVN tỉnh tặng …")
    const comboAt = m.index + m[0].length - (g.combo ?? '').length;
    const written = CAPITALIZED_AFTER_COMMA.exec(text.slice(comboAt, comboAt + (g.combo ?? '').length));
    const combo = (g.combo ?? '').slice(0, written?.index).toLowerCase();
    const parts = new Set<RecipientTypeValue>(combo.split(/\s?(?:,|và|hoặc|\/)\s?/u).map((w) => RECIPIENT_WORDS[w] ?? (w.startsWith('hộ ') ? 'gia đình' : undefined)).filter((t) => t !== undefined));
    if (type) parts.add(type);
    // a count of several kinds whose parts are not given: "16 cá nhân, tập thể"
    // (and of a kind and households, "40 tập thể, hộ nông dân", no one kind: none)
    if (parts.size > 1) type = parts.has('tập thể') && parts.has('cá nhân') ? 'tập thể, cá nhân' : null;
    const rule = parts.size > 1 ? 'award.count-combined' : type ? 'award.count' : 'award.count-untyped';
    // words of the same kind after it are what the count is of, not more kinds: "17 cơ quan,
    // trường học" ends at "cơ quan"
    const end = comboAt + (parts.size > 1 ? combo.length : 0);
    // numbers coordinated with the count share its word: "cho 3 và 11 tập thể" is 3 tập thể and
    // 11 tập thể, "cho 3, 7 và 10 tập thể" three counts (not a year or a number naming a place:
    // "năm 2019 và 12 tập thể")
    const shared = SHARED_WORD.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const at = m.index - (shared?.[0].length ?? 0);
    if (shared && !IDENTIFIER_BEFORE.test(text.slice(Math.max(0, at - 14), at)) && !insideBodyName(text, at)) {
      const nums = [...shared.groups!.nums!.matchAll(LISTED_NUMBER)];
      const counts = nums.map((n) => parseCount(n[0]));
      if (counts.every((c) => c !== null && c > 0) && !nums.some((n) => YEAR_LIKE.test(n[0]))) {
        nums.forEach((n, k) => out.push({ count: counts[k]!, type, start: at + n.index, end: at + n.index + n[0].length, numStart: at + n.index, word, named: null, rule: `${rule}-coordinated` }));
      }
    }
    out.push({
      count: others ? count + 1 : count,
      type,
      start: m.index,
      end,
      numStart: m.index,
      word,
      named: null,
      rule,
    });
  }
}

function inverted(matches: RegExpExecArray[], out: CountMention[]): void {
  for (const m of matches) {
    const num = m.groups!.num ?? m.groups!.inParens!;
    const count = parseCount(num);
    if (count === null || count <= 0) continue;
    const word = m.groups!.word!;
    const numStart = m.index + m[0].lastIndexOf(num);
    // (a number with its own word after it is that count's: "Cá nhân: 12 đảng viên và 8 quần chúng")
    if (out.some((c) => c.numStart === numStart)) continue;
    out.push({ count, type: RECIPIENT_WORDS[word]!, start: m.index, end: m.index + m[0].length, numStart, word, named: null, rule: 'award.count-inverted' });
  }
}

// the numbers before the last of a list joined by "và" before one recipient word: "3 và " in
// "3 và 11 tập thể", "3, 7 và " in "3, 7 và 10 tập thể"
const SHARED_WORD = /(?<![\p{L}\p{N}.,/])(?<nums>(?:(?:\d{1,3}(?:\.\d{3})+|\d{1,5}),\s)*(?:\d{1,3}(?:\.\d{3})+|\d{1,5}))\svà\s$/u;
const LISTED_NUMBER = /\d{1,3}(?:\.\d{3})+|\d{1,5}/gu;
const YEAR_LIKE = /^(?:19|20)\d\d$/u;

/** Named single recipients: the start of the name after the recipient word. */
export function findNamed(text: string): Array<{ type: RecipientTypeValue; start: number; nameStart: number; word: string }> {
  const out: Array<{ type: RecipientTypeValue; start: number; nameStart: number; word: string }> = [];
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
    const word = m.groups!.word!;
    out.push({ type: RECIPIENT_WORDS[word]!, start: m.index, nameStart: m.index + m[0].length, word });
  }
  return out;
}
