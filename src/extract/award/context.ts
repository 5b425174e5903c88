// What surrounds a count in its sentence: clauses, honour cues, stated levels, issuers and
// award forms, each with its offset so the award rule can take the one in reach.
import { AWARD_FORMS, HANDED_FORMS, HONORARY_TITLES, MOVEMENT_TITLES, handedFormsPattern } from '../../lexicon/awards.js';
import { CONTEST_WORDS, GIFT_THINGS, HONOUR_CUES, NOT_HONOUR_AFTER, NOT_HONOUR_CUES } from '../../lexicon/cues.js';
import { DEPARTMENT_WORDS, ENTERPRISE_WORDS, ISSUER_TIER_WORDS, LEVEL_WORDS } from '../../lexicon/levels.js';
import { CENTRAL_CITY, CLOSING_TIERS } from '../../lexicon/places.js';
import { NOUN_PAIRS, TITLE_HEADS, TITLE_STOP_WORDS, VERB_PAIRS } from '../../lexicon/titles.js';
import { commaInPhrase } from '../../lexicon/comma-phrases.js';
import { RECIPIENT_WORDS } from '../../lexicon/recipients.js';
import { SURNAMES } from '../../lexicon/surnames.js';
import { alternation, END, lowerKeepingOffsets, matchesAtWordStart } from '../../lexicon/pattern.js';
import type { LevelValue } from '../../schema.js';
import { CAPITALIZED_WORD, wordBefore } from '../../text/word-before.js';

export interface Hit<T> { start: number; end: number; value: T }

// Proposals are not honours yet: any of these before a count in its clause rejects it
// and neither are targets ("phấn đấu … có ít nhất 30 điển hình được tuyên dương")
// ("trình": submitted to the one who decides — "thống nhất trình Chủ tịch UBND tỉnh tặng …")
export const PROPOSAL_CUES = ['đề nghị', 'đề xuất', 'kiến nghị', 'giới thiệu', 'xét chọn', 'bình chọn', 'bình xét', 'dự kiến', 'lựa chọn', 'sẽ', 'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'ít nhất', 'tối thiểu', 'trình', 'đệ trình', 'xét tặng'];
const ACTIVITY_CUES = NOT_HONOUR_CUES.filter((c) => !PROPOSAL_CUES.includes(c));

/**
 * Hits of a lowercase word pattern (global, no leading START) at word starts of a text, case
 * not minding: the pattern runs on the text lowercased (see lexicon/pattern.ts for why).
 */
function finder<T>(re: RegExp, value: (m: RegExpExecArray, text: string) => T | null): (text: string) => Array<Hit<T>> {
  return (text) => {
    const out: Array<Hit<T>> = [];
    for (const m of matchesAtWordStart(re, lowerKeepingOffsets(text))) {
      const v = value(m, text);
      if (v !== null) out.push({ start: m.index, end: m.index + m[0].length, value: v });
    }
    return out;
  };
}

const lowercase = (words: Iterable<string>): string[] => [...words].map((w) => w.toLowerCase());

// award.cue: "tuyên dương", "nhận bằng khen", "được khen thưởng" (positive) and
// "đăng ký", "hỗ trợ", "tham gia" (negative)
const CUE_KIND = new Map<string, 'honour' | 'proposal' | 'activity'>([
  ...HONOUR_CUES.map((c) => [c, 'honour'] as const),
  ...ACTIVITY_CUES.map((c) => [c, 'activity'] as const),
  ...PROPOSAL_CUES.map((c) => [c, 'proposal'] as const),
]);
// one alternation, longest first, so "tặng quà" (a gift) wins over "tặng" (an honour)
// "nhận" is an honour cue when an honour is what is received ("5 hộ nhận Bằng khen"), not
// otherwise ("Ông Hùng nhận bao tiêu lúa cho 40 hộ")
// What a certificate that is no honour certifies, right after "giấy chứng nhận": a course done
// ("hoàn thành khóa học", "tốt nghiệp", "huấn luyện nghiệp vụ PCCC", "tập huấn", "bồi dưỡng",
// "đào tạo nghề"), a right ("quyền sử dụng đất"), a standard met ("đạt chuẩn",
// "sản xuất theo tiêu chuẩn VietGAP", "đủ điều kiện", "an toàn thực phẩm"), a registration ("đăng
// ký kinh doanh"), a volunteer's service ("tình nguyện viên"), a membership ("thành viên", "hội
// viên") — not an honour certified: "Giấy chứng nhận danh hiệu điển hình …" (matched on the text
// lowercased, as the finders run)
const CERTIFIES_NO_HONOUR = /^\s(?:hoàn thành|tốt nghiệp|huấn luyện|tập huấn|bồi dưỡng|đào tạo|học nghề|nghiệp vụ|tham gia|tham dự|tình nguyện|thành viên|hội viên|đã hoàn thành|quyền|đạt chuẩn|đạt tiêu chuẩn|sản xuất theo|đủ điều kiện|an toàn thực phẩm|đăng ký|đăng kí|vietgap|cơ sở đủ)/u;
const RECEIVED_HONOUR = /^\s(?:\p{Ll}+\s){0,2}?(?:bằng khen|giấy khen|cờ(?!\slưu niệm)|huân chương|huy chương|kỷ niệm chương|danh hiệu|khen|thưởng|giải)(?![\p{L}\p{M}])/u;
// before "bình xét": an evaluation done, its results told ("qua bình xét", "kết quả bình xét", "sau bình xét")
const EVALUATION_DONE = /(?:^|\s)(?:qua|sau|kết quả)\s$/u;
// what is given when it is a thing, right after the verb (a count of it allowed): "tặng máy bơm
// nước", "trao 2 con bò giống", "tặng tiền mặt" (not "tiền thưởng", a reward)
const GIFT_OBJECT = new RegExp(`^\\s(?:thêm\\s)?(?:\\d[\\d.]*\\s|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s)?(?:chiếc\\s|con\\s|căn\\s|bộ\\s|tấn\\s|bao\\s|suất\\s)?(?:${alternation(GIFT_THINGS)})(?![\\p{L}])`, 'u');
// a certificate right after a verb of giving: " giấy chứng nhận", " chứng nhận"
const CERTIFICATE_NEXT = /^\s(?:giấy\s)?chứng nhận/u;
/** Whether a certificate that is no honour comes right at `at` (after a verb of giving), see CERTIFIES_NO_HONOUR. */
function certifiesNoHonour(text: string, at: number): boolean {
  const next = CERTIFICATE_NEXT.exec(text.slice(at, at + 20));
  return next !== null && CERTIFIES_NO_HONOUR.test(text.slice(at + next[0].length, at + next[0].length + 26));
}
/** Whether the honour `cue` at offset `at` is that of the ones "thay mặt" names, in its clause: "Thay mặt những người |được khen thưởng". */
function speaksFor(text: string, at: number, cue: string): boolean {
  const before = text.slice(Math.max(0, at - 50), at);
  const k = before.lastIndexOf('thay mặt ');
  return k >= 0 && (before.slice(k).includes(' được ') || cue.startsWith('được ')) && !/[,;.]/u.test(before.slice(k));
}
// before "điển hình": "như ", "như một ", "là một " — a likeness, no honour (unlike "cho 2 tập thể
// là điển hình …", the title given)
const LIKENED_BEFORE = /(?:^|\s)(?:như\s(?:một\s)?|là\smột\s)$/u;
// before "khen thưởng": the field of work it names with "thi đua", or its papers ("hồ sơ", "thủ tục", "quy trình")
const FIELD_BEFORE = /(?:thi đua\s?[,–-]\s?|(?:^|\s)(?:hồ sơ|thủ tục|quy trình|luật)\s)$/u;
// the papers of an honour: "hồ sơ ", "thủ tục "
const PAPERS_BEFORE = /(?:^|\s)(?:hồ sơ|thủ tục)\s$/u;
// after it, the ones honoured: the verb, not the field ("đại hội thi đua, khen thưởng 8 hội viên")
const HONOURED_NEXT = /^\s(?:\d|(?:cho|các|những|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}]))/u;

// (unless the words before name the field outright: "nghiệp vụ thi đua, khen thưởng cho 230 cán bộ",
// a training in the field for them)
const FIELD_HEAD = /(?:^|\s)(?:công tác|nghiệp vụ|luật|ban|hội đồng|phòng|lĩnh vực|chuyên viên|cán bộ)\s(?:thi đua\s?[,–-]\s?)$/u;

/** Whether the "khen thưởng" at `at` (of the text lowercased) names the field of work or its papers, no honour given. */
function fieldNamed(text: string, at: number): boolean {
  if (!FIELD_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  return FIELD_HEAD.test(text.slice(Math.max(0, at - 24), at)) || !HONOURED_NEXT.test(text.slice(at + 11, at + 18));
}
// what is done to a target before it, when it is met: "hoàn thành xuất sắc ", "vượt ", "đạt "
const TARGET_MET = /(?:^|\s)(?:hoàn thành(?:\s(?:xuất sắc|tốt|vượt mức))?|vượt(?:\smức)?|đạt(?:\svà\svượt)?)(?:\scác)?\s$/u;
// "trình" ends words that are no submission: "chương trình", "quy trình", "công trình"
const NOT_SUBMITTED = /(?:chương|quy|công|tiến|lộ|hành|giáo|phương|lập|tường|thuyết|hải|hành|lịch)\s$/u;
const cuesIn = finder(new RegExp(`(?:${alternation(lowercase(CUE_KIND.keys()))})${END}`, 'gu'), (m) => {
  if (m[0] === 'trình') return NOT_SUBMITTED.test(m.input.slice(Math.max(0, m.index - 9), m.index)) ? null : 'proposal';
  // an evaluation done: "qua bình xét có 286 hộ đạt danh hiệu …", "Kết quả bình xét, 146 hộ đạt …"
  if (m[0] === 'bình xét' && EVALUATION_DONE.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return null;
  // "vinh dự" (an honour felt) is no attending: "Vinh dự nhất với ông là … 76 nông dân được tôn vinh"
  if (m[0] === 'dự' && /vinh\s$/u.test(m.input.slice(Math.max(0, m.index - 5), m.index))) return null;
  // the ones honoured someone speaks for, no honour of what the sentence counts: "Thay mặt những
  // người được khen thưởng, ông A chia sẻ … cùng 23 hộ …"
  if (CUE_KIND.get(m[0]) === 'honour' && speaksFor(m.input, m.index, m[0])) return null;
  // an example the ones told are likened to, no honour: "được nhắc đến như một điển hình", "là một điển hình"
  if ((m[0] === 'điển hình' || m[0] === 'gương') && LIKENED_BEFORE.test(m.input.slice(Math.max(0, m.index - 9), m.index))) return null;
  // a target met is an achievement, no target set: "03 thôn hoàn thành xuất sắc chỉ tiêu giảm nghèo",
  // "vượt chỉ tiêu", "đạt mục tiêu"
  if ((m[0] === 'chỉ tiêu' || m[0] === 'mục tiêu') && TARGET_MET.test(m.input.slice(Math.max(0, m.index - 30), m.index))) return null;
  // a sportsman is no drive: "5 vận động viên"
  if (m[0] === 'vận động' && /^\sviên(?![\p{L}])/u.test(m.input.slice(m.index + 8, m.index + 13))) return null;
  // "cứu" of emergency care and research, no rescue: "Khoa Hồi sức cấp cứu", "nghiên cứu"
  if (m[0] === 'cứu' && /(?:cấp|nghiên)\s$/u.test(m.input.slice(Math.max(0, m.index - 6), m.index))) return null;
  // the field of work, or its papers, no honour given: "Luật Thi đua, khen thưởng", "Ban Thi đua –
  // Khen thưởng", "công tác thi đua, khen thưởng", "hồ sơ khen thưởng"
  if (m[0] === 'khen thưởng' && fieldNamed(m.input, m.index)) return null;
  // the papers to honour those counted right after, no honour yet: "hoàn thiện hồ sơ khen thưởng 9
  // tập thể, 14 cá nhân" (a proposal)
  if (m[0] === 'khen thưởng' && PAPERS_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return 'proposal';
  // things given, no honour: "12 hộ nghèo được các doanh nghiệp tặng máy bơm nước và phân bón",
  // "trao tặng nhà “Nghĩa tình đồng đội” cho gia đình ông A", "trao 120 suất học bổng"
  if ((m[0] === 'tặng' || m[0] === 'trao' || m[0] === 'trao tặng') && GIFT_OBJECT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return 'activity';
  // and a certificate that is no honour, given: "9 hộ được quận trao Giấy chứng nhận quyền sử dụng đất"
  if ((m[0] === 'tặng' || m[0] === 'trao' || m[0] === 'trao tặng') && certifiesNoHonour(m.input, m.index + m[0].length)) return 'activity';
  if (m[0] !== 'nhận') return CUE_KIND.get(m[0]) ?? null;
  // the name of a form: "trao Giấy chứng nhận … cho 9 đoàn viên" — but a certificate of a course
  // done is no honour: "trao giấy chứng nhận hoàn thành khóa học cho 176 học viên"
  if (/chứng\s$/u.test(m.input.slice(Math.max(0, m.index - 6), m.index))) return CERTIFIES_NO_HONOUR.test(m.input.slice(m.index + 4, m.index + 30)) ? 'activity' : null;
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 50);
  return RECEIVED_HONOUR.test(after) ? 'honour' : 'activity';
});

/** Whether a capitalized word stands right before offset i, a space between: "Đội |Vận động". */
function capitalizedWordBefore(text: string, i: number): boolean {
  const before = wordBefore(text, i);
  return before !== null && CAPITALIZED_WORD.test(before.word);
}

/**
 * The cues of a sentence; an activity written capitalized after a capitalized word is part of a
 * name, no activity: "… cho 2 tập thể là Đội Vận động quần chúng và Tổ B, cùng 5 cá nhân".
 */
export function findCues(text: string): Array<Hit<'honour' | 'proposal' | 'activity'>> {
  const hits = cuesIn(text);
  return hits.some((h) => h.value === 'activity') ? hits.filter((h) => !(h.value === 'activity' && isUpper(text, h.start) && capitalizedWordBefore(text, h.start))) : hits;
}

function isUpper(text: string, i: number): boolean {
  const c = text[i]!;
  return c !== c.toLowerCase();
}

// "được nhận" with no object, up to the end of the clause: "… được nhận.", "… được nhận đợt này;"
const NOTHING_RECEIVED = /^(?:\s(?:đợt|lần|dịp) này)?\s*(?:[.;!]|$)/u;
const RECEIVED_BEFORE = /(?:được|vinh dự)\s$/u;

/**
 * Whether a cue is "nhận" with nothing named as received: what the sentence before announced
 * ("… trao Giấy khen cho các tập thể, cá nhân. Có 3 tập thể và 5 cá nhân được nhận lần này.").
 */
export function receivesUnnamed(text: string, h: Hit<unknown>): boolean {
  return text.slice(h.start, h.end).toLowerCase() === 'nhận' && NOTHING_RECEIVED.test(text.slice(h.end, h.end + 20)) && RECEIVED_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start));
}

// after "công nhận", a status, not a title of honour: "… được công nhận là người có uy tín",
// "… được công nhận thoát nghèo", "… công nhận đạt chuẩn nông thôn mới", a standard met, named in
// lowercase: "… đạt chuẩn văn hóa", "… đạt chuẩn quốc gia" (not a title: "đạt chuẩn Làng văn hóa"),
// and a school's leavers: "118 em … đủ điều kiện xét công nhận tốt nghiệp THCS"
const STATUS = '(?:người có uy tín|tốt nghiệp|thoát nghèo|thoát cận nghèo|hộ nghèo|hộ cận nghèo|nông thôn mới|đạt chuẩn(?=\\s\\p{Ll}))(?![\\p{L}])';
export const STATUS_AFTER = new RegExp(`^\\s(?:là\\s)?${STATUS}`, 'u');

// award.contest: "giải nhất", "3 giải nhì", "18 đội dự thi"
export const findContest = finder(new RegExp(`(?:${alternation(lowercase(CONTEST_WORDS))})${END}`, 'gu'), () => true);

// another recipient noun, or another count of one, listed right after a count's recipient word:
// ", trường học", ", 32 cá nhân", " và 40 cá nhân"
export const LISTED_WITH = `(?:, |,? và )(?:\\d{1,3}(?:\\.\\d{3})+ |\\d{1,5} )?(?:${alternation(lowercase(Object.keys(RECIPIENT_WORDS)))})(?: \\p{Ll}+)?`;
// Right after the recipient word: "tập thể đăng ký", "hộ nghèo", "cá nhân được đề nghị", also
// after another recipient noun listed with it: "46 cơ quan, trường học đã tổ chức hội nghị", or
// another count of one: "có 38 tập thể, 27 cá nhân đăng ký", "18 tập thể và 40 cá nhân tham gia"
// (but the poor who overcame it are honoured for that: "khen thưởng 1.020 học sinh nghèo vượt khó",
// and so are the exemplary ones: "tặng Giấy khen cho … 4 gia đình chính sách tiêu biểu")
// (or households of farmers: "1.240 hộ nông dân đăng ký danh hiệu …")
export const NOT_HONOUR_RIGHT = new RegExp(`^(?:,? ?(?:tiêu biểu|xuất sắc|điển hình|trên địa bàn|nông dân|của [\\p{L} ]{1,30}?)|${LISTED_WITH})? ?(?:${alternation(NOT_HONOUR_AFTER)})${END}(?!,?\\s(?:vượt khó|hiếu học|học giỏi|vươn lên|tiêu biểu|xuất sắc))`, 'iu');

// level.stated: "cấp Thành phố", "cấp quận", "cấp cơ sở" — not "cấp ủy" (a party committee);
// the title "Chiến sĩ thi đua cơ sở" names its tier without "cấp"
// (not the tier people work at, after what they do there: "14 cá nhân là công chức làm công tác
// tôn giáo ở cấp huyện, cấp xã", "cán bộ phụ trách ở cấp xã")
export const findLevels = finder(
  new RegExp(`(?:cấp|chiến sĩ thi đua|chiến sỹ thi đua) (?<w>${alternation(lowercase(Object.keys(LEVEL_WORDS)))})${END}`, 'gu'),
  (m) => (worksAt(m.input.slice(Math.max(0, m.index - 60), m.index)) ? null : LEVEL_WORDS[m.groups!.w!] ?? null),
);
// what people do at a tier, then "ở", and the tiers listed after the first: "làm công tác tôn giáo
// ở |cấp huyện, |cấp xã" (checked in code on the words before the level: worksAt)
const WORK_VERB = /(?:^|\s)(?:công tác|làm việc|phụ trách|đảm nhiệm)(?:\s|$)/u;
const TIERS_LISTED = /^(?:cấp\s[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?,\s)?$/u;

/** Whether the words before a level say where people work: "… làm công tác tôn giáo ở ". */
function worksAt(before: string): boolean {
  const at = before.lastIndexOf(' ở ');
  if (at < 0 || !TIERS_LISTED.test(before.slice(at + 3))) return false;
  return WORK_VERB.test(before.slice(0, at).split(' ').slice(-6).join(' '));
}

// award.form: "Bằng khen", "giấy khen", "Kỷ niệm chương", "điển hình", "khen thưởng"
// (prize money is no form of its own: "mỗi suất kèm 500.000 đồng tiền thưởng")
// (nor a certificate of a course, see CERTIFIES_NO_HONOUR: "được cấp Giấy chứng nhận hoàn thành chương trình bồi dưỡng")
// (nor the title a certificate certifies, right after it: "trao Giấy chứng nhận (danh hiệu) điển
// hình “Dân vận khéo” cho 12 cá nhân", "Giấy chứng nhận “Học sinh 3 tốt”" — the document is the form)
// (nor the second syllable of the verb "tặng thưởng" before the form it hands: "được tặng thưởng
// Kỷ niệm chương …")
const FORM_NAMED_AFTER = new RegExp(`^\\s(?:${alternation([...HANDED_FORMS, 'huy chương', 'danh hiệu', 'huy hiệu'])})`, 'u');
const CERTIFICATE_BEFORE = /giấy chứng nhận\s(?:danh hiệu\s)?[“"]?$/u;
// (nor a state title held, named before the holder as a form of address: "Nhà giáo Ưu tú Hà Văn
// Chiêm, Hiệu trưởng …", "Anh hùng Lao động Vi Thị Xuân chia sẻ")
const NAME_AFTER = /^\s(?<first>\p{Lu}[\p{Ll}\p{M}]*)\s\p{Lu}/u;
function addressesHolder(text: string, end: number, form: string): boolean {
  if (!HONORARY_TITLES.has(form)) return false;
  const name = NAME_AFTER.exec(text.slice(end, end + 30));
  return !!name && SURNAMES.has(name.groups!.first!);
}
// a prize named after its word: "Giải thưởng Lý Tự Trọng", "Giải thưởng “Sao Tháng Giêng”" (not a
// contest's prizes: "trao giải thưởng cho các đội")
const PRIZE_NAMED = /^\s(?:["“]\s?)?\p{Lu}/u;
export const findForms = finder(
  new RegExp(`(?<w>${alternation(lowercase(Object.keys(AWARD_FORMS)))})${END}`, 'gu'),
  (m, text) =>
    (m[0] === 'thưởng' && (m.input.endsWith('tiền ', m.index) || (m.input.endsWith('tặng ', m.index) && FORM_NAMED_AFTER.test(m.input.slice(m.index + m[0].length, m.index + 30))))) ||
    addressesHolder(text, m.index + m[0].length, m[0]) ||
    (m[0] === 'giấy chứng nhận' && CERTIFIES_NO_HONOUR.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) ||
    ((m[0] === 'điển hình' || m[0] === 'danh hiệu' || HONORARY_TITLES.has(m[0]) || MOVEMENT_TITLES.has(m[0])) && CERTIFICATE_BEFORE.test(m.input.slice(Math.max(0, m.index - 28), m.index))) ||
    // (an example one is likened to: "được nhắc đến như một điển hình")
    (m[0] === 'điển hình' && LIKENED_BEFORE.test(m.input.slice(Math.max(0, m.index - 9), m.index))) ||
    // (the field of work named: "Ban Thi đua – Khen thưởng", "Luật Thi đua, khen thưởng")
    (m[0] === 'khen thưởng' && (fieldNamed(m.input, m.index) || speaksFor(m.input, m.index, m[0]))) ||
    // (a verb and a noun run together, no badge: "phát huy hiệu quả")
    (m[0] === 'huy hiệu' && (m.input.endsWith('phát ', m.index) || m.input.startsWith(' quả', m.index + m[0].length))) ||
    (m[0] === 'giải thưởng' && !PRIZE_NAMED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      ? null
      : AWARD_FORMS[m.groups!.w!] ?? null,
);

// level.issuer: the body that gives the honour, by the first tier word of its name.
// "bằng khen của Ban Thường vụ Thành ủy" → thành phố, "Chủ tịch UBND tỉnh Bình Phước tặng"
// → tỉnh, "Ban Thường vụ Hội Nông dân tỉnh cũng tặng" → tỉnh, "Đảng ủy Khối Các cơ quan tỉnh"
// → khối, "Bí thư Đảng ủy phường Hòa Lợi Đặng Văn Kha trao" → phường, "các cơ sở Đảng
// cũng tuyên dương" → cơ sở, "Chi bộ khu phố 4 tuyên dương" → cơ sở.
// (an abbreviation with its dot needs no space after it: "q.phú hòa")
const TIER_KEYS = lowercase(Object.keys(ISSUER_TIER_WORDS));
const TIER_WORD = new RegExp(`(?:${alternation(TIER_KEYS.filter((k) => !k.endsWith('.')))})(?![\\p{L}\\p{M}])|(?:${alternation(TIER_KEYS.filter((k) => k.endsWith('.')))})`, 'gu');
// An issuer phrase is capitalized names and the words of bodies, no verb; a lowercase word
// right after a capitalized one goes on a name ("Sở Y tế", "Bộ Giáo dục và Đào tạo", "Hội Liên
// hiệp Phụ nữ"), as Vietnamese capitalizes only the first word of each part of a name
const BODY_WORDS = new Set(['các', 'của', 'ban', 'thường', 'vụ', 'trực', 'dân', 'vận', 'chấp', 'hành', 'nhân', 'ủy', 'uỷ', 'tịch', 'thư', 'trưởng', 'bí', 'chủ', 'phó', 'đảng', 'hội', 'nông', 'khuyến', 'học', 'khối', 'cơ', 'quan', 'sở', 'doanh', 'nghiệp', 'tỉnh', 'thành', 'phố', 'quận', 'huyện', 'thị', 'xã', 'trấn', 'phường', 'trung', 'ương', 'việt', 'nam', 'mặt', 'trận', 'tổ', 'quốc', 'chi', 'bộ', 'khu', 'ấp', 'thôn', 'bản', 'nhà', 'trường', 'lao', 'động', 'liên', 'đoàn', 'công', 'an', 'đồng', 'quân', 'sự', 'biên', 'phòng', 'và', 'tại', 'ở', 'nước', 'phủ', 'tướng', '-', '–',
  // the lowercase words of associations' names: "Trung ương Hội Cựu chiến binh Việt Nam",
  // "Hội Liên hiệp Phụ nữ", "Hội Chữ thập đỏ", "Hội Người cao tuổi"
  'cựu', 'chiến', 'binh', 'hiệp', 'phụ', 'nữ', 'thanh', 'niên', 'chữ', 'thập', 'đỏ', 'cao', 'tuổi',
  // a board that manages: "Ban quản trị HTX", "Hội đồng quản trị"
  'quản', 'trị',
  // an island district or commune: "Chủ tịch UBND huyện đảo tặng …"
  'đảo',
  // the friendship bodies: "Liên hiệp các tổ chức hữu nghị Việt Nam", "Hội hữu nghị Việt – Lào"
  'chức', 'hữu', 'nghị']);
// (an abbreviation may hold "&" or "-": "Sở GD&ĐT", "LĐ-TB&XH")
// (an apostrophe inside: the names of the Central Highlands, "H'Lim Niê")
const CAPITALIZED = /^[\p{Lu}\d][\p{L}\p{N}.&'’-]*$/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
/** Whether `word` may stand in an issuer phrase, `before` being the word written before it. */
// the words of the tiers that close a body's name, which end it read back from its verb ("tỉnh",
// "thị", "trấn", "phố" …)
const TIER_WORDS_ENDING = new Set([...CLOSING_TIERS].flatMap((t) => t.split(' ')));
// a word that starts with a capital letter (not a digit: "3 bác sĩ" names no body)
const CAPITAL_LETTER_FIRST = /^\p{Lu}[\p{L}\p{N}.&'’-]*$/u;

/**
 * Whether word k is one of up to four lowercase words of a body's name after its capitalized word:
 * "Tổng cục Thi hành án dân sự", "Hội đồng Bầu cử quốc gia" (no verb or function word among them).
 */
function lowercaseAfterName(words: string[], k: number): boolean {
  for (let j = k; j >= 0 && k - j < 4; j--) {
    const w = words[j]!.trim();
    // (a tier word ends a name: "… UBND huyện |lần lượt tặng")
    if (!LOWERCASE_WORD.test(w) || TITLE_STOP_WORDS.has(w) || TIER_WORDS_ENDING.has(w)) return false;
    const before = words[j - 1]?.trim();
    if (before !== undefined && CAPITAL_LETTER_FIRST.test(before)) return true;
  }
  return false;
}

function issuerWord(word: string, before: string | undefined): boolean {
  if (CAPITALIZED.test(word) || BODY_WORDS.has(word)) return true;
  // (a verb's second syllable after its first, capitalized, names a body: "Ban Chỉ đạo", "Ban Vận động")
  if (before !== undefined && CAPITALIZED.test(before) && VERB_PAIRS.has(`${before.toLowerCase()} ${word}`)) return true;
  // (not a verb or a function word: "… xã A Roàng được Ban Dân vận Tỉnh ủy tặng" — but a noun pair
  // of a name is: "Hội Sinh viên")
  return before !== undefined && CAPITALIZED.test(before) && LOWERCASE_WORD.test(word) && (!TITLE_STOP_WORDS.has(word) || NOUN_PAIRS.has(`${before.toLowerCase()} ${word}`));
}
const GIVE_VERB_AFTER = /^\s?(?:(?:đã|cũng|vừa|đồng thời|long trọng|chính thức|quyết định|ra quyết định)\s)*(?:trao tặng|trao|tặng|tuyên dương|biểu dương|khen thưởng|công nhận|vinh danh|tôn vinh|thưởng)(?![\p{L}])/u;
const GIVEN_BY = /(?:của|do)\s$/u;
// a verb of honour after its giver ("gửi thư khen": a letter of commendation is sent; "thưởng
// nóng": a reward on the spot), or the holding of a ceremony to honour ("Hội Khuyến học quận tổ
// chức lễ tuyên dương, khen thưởng 1.235 học sinh", "Ban CHQS huyện tổ chức hội nghị tặng giấy khen …")
const HONOUR_VERB = /(?<![\p{L}])(?:trao tặng|trao|tặng|tuyên dương|biểu dương|khen thưởng|công nhận|vinh danh|tôn vinh|(?<!(?:khen|trao)\s)thưởng(?=\s(?:nóng|đột xuất))|gửi(?=\s[Tt]hư khen)|tổ chức(?=\s(?:lễ|hội nghị|buổi lễ|họp mặt)\s(?:[\p{Ll}]+\s){0,3}?(?:tuyên dương|khen thưởng|biểu dương|tôn vinh|vinh danh|trao thưởng|trao tặng|tặng|trao)(?![\p{L}])))(?![\p{L}])/gu;
// "được" right before the verb of honour, no agent between
export const PASSIVE_RIGHT_BEFORE = /(?:^|\s)được\s$/u;

/**
 * Whether the words before a verb of honour end with "được" and name no honour in their clause: a
 * passive with no agent, its subject given the honour ("4 cán bộ huyện được trao …"), no giver —
 * unless the subject is the honour itself ("Giấy khen cấp huyện được trao cho …").
 */
function agentlessPassive(before: string): boolean {
  return PASSIVE_RIGHT_BEFORE.test(before) && findForms(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1)).length === 0;
}
// right before a subject: the "cho" of a verb before, or its count named by "là"/"gồm"
const RECIPIENT_BEFORE_SUBJECT = /(?<![\p{L}])cho\s(?:\d{1,3}\s\p{Ll}+(?:\s\p{Ll}+)?\s(?:là|gồm)\s)?$/u;
// ("các cấp Hội trong huyện": the tier word after is where they are, not who gives)
const EVERY_TIER = /(?:^|\s)các cấp(?:\s\p{L}+){0,3}\s$/u;

function tierOf(word: string): LevelValue | null {
  return ISSUER_TIER_WORDS[word.trim().toLowerCase()] ?? null;
}

// Names of bodies written with lowercase words inside, known whole: "Bộ Giáo dục và Đào tạo",
// "Bộ Tài nguyên và Môi trường". The issuer phrase reads them as if every word were capitalized.
// (also a name with no tier of its own, its place's after it: "Ủy ban về người Việt Nam ở nước
// ngoài TP" → thành phố)
const NAMES_WITH_LOWERCASE = ['ủy ban về người việt nam ở nước ngoài'];
const KNOWN_BODY = new RegExp(`(?:${alternation([...lowercase(Object.keys(ISSUER_TIER_WORDS)).filter((k) => k.includes(' ')), ...NAMES_WITH_LOWERCASE])})(?![\\p{L}\\p{M}])`, 'gu');
function capitalizeKnownBodies(text: string): string {
  const found = matchesAtWordStart(KNOWN_BODY, lowerKeepingOffsets(text));
  if (found.length === 0) return text;
  const chars = [...text];
  if (chars.length !== text.length) return text; // (characters beyond the BMP: left as written)
  for (const m of found) {
    for (let k = m.index; k < m.index + m[0].length; k++) {
      if (k === m.index || text[k - 1] === ' ') {
        const up = text[k]!.toUpperCase();
        if (up.length === 1) chars[k] = up;
      }
    }
  }
  return chars.join('');
}

// counted recipients right before "của …", and "được <issuer> tặng/trao" right after it
// (or people counted by their role: "2 bác sĩ của bệnh viện được nhận Bằng khen của Bộ trưởng …")
const RECIPIENTS_BEFORE = /(?:tập thể|cá nhân|gia đình|hộ|đơn vị|(?<![\p{L}\d])\d{1,5}(?:\s\p{Ll}+){1,3})\s$/u;
// (or receive it: "2 tập thể của huyện vinh dự nhận Bằng khen của Trung ương Hội")
const HONOURED_AFTER = /^\s(?:(?:đã|cũng|vừa)\s)*(?:được|vinh dự được|vinh dự nhận|vinh dự đón nhận|nhận|đón nhận)\s/u;
// lowercase words (a count before them), then "và" and a capitalized word: "17 cá nhân và |UBND huyện"
const LOWER_THEN_AND = /^(?:\d[\d.]*\s)?(?:\p{Ll}+\s){1,4}và\s(?=\p{Lu})/u;
// a count right before a phrase: "12 |chủ doanh nghiệp được tặng …"
const COUNT_BEFORE = /(?<![\p{L}\d.])\d{1,3}(?:\.\d{3})*\s$/u;
// an honour named already: the recipients' "của …" after it tells whose they are
const FORM_NAMED = new RegExp(`(?:${handedFormsPattern()})\\s`, 'u');

/** Issuers in a sentence: where the phrase is, and the tier it gives. */
export function findIssuers(written: string): Array<Hit<LevelValue>> {
  const text = capitalizeKnownBodies(written);
  const out: Array<Hit<LevelValue>> = [];
  // (where the first form is named, looked for once and only when needed)
  let firstForm: number | undefined;
  const formBefore = (at: number): boolean => {
    firstForm ??= text.search(FORM_NAMED);
    return firstForm >= 0 && firstForm < at;
  };
  // "… của <issuer>" / "… do <issuer>": the phrase runs to the first word that is not a body's
  for (const m of text.matchAll(/(?<![\p{L}])(?:của|do)\s/gu)) {
    // the quoted name of an honour is no giver: Kỷ niệm chương "Vì sự nghiệp phát triển của phụ nữ Việt Nam"
    if (insideQuotes(text, m.index)) continue;
    const from = m.index + m[0].length;
    const phrase = issuerPhrase(text, from);
    // whose the recipients are, not who honours them: "45 tập thể, cá nhân của Quận 8 được
    // Chủ tịch UBND TP HCM tặng Bằng khen"
    // Chủ tịch UBND TP HCM tặng Bằng khen"; "trao Bằng khen của … cho 2 tập thể của quận là …"
    if (RECIPIENTS_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && (HONOURED_AFTER.test(text.slice(from + phrase.length, from + phrase.length + 40)) || formBefore(m.index))) continue;
    // whose a member named after "trong đó có" is, not who gives: "…, trong đó có tổ đưa rước bệnh
    // nhân của xã A, và 23 cá nhân"
    if (inMemberNamed(text, m.index)) continue;
    // a bare place word is whose a thing is, unless an honour is what it owns: "đóng góp cho
    // phong trào khuyến học của quận" names no giver, "Giấy khen của huyện" does
    if (BARE_PLACE.test(phrase) && !FORM_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const tier = firstTier(phrase);
    if (tier) out.push({ start: from, end: from + phrase.length, value: tier });
  }
  // "Thay mặt <issuer>, đồng chí … trao …": the one handing over acts for the body named (also
  // "Thừa lệnh <issuer>, …", by its order)
  for (const m of text.matchAll(/(?<![\p{L}])(?:[Tt]hay mặt|[Ủủ]y quyền của|[Tt]hừa lệnh)\s/gu)) {
    const from = m.index + m[0].length;
    // ("Thừa ủy quyền của <issuer>" was read already as "của <issuer>")
    if (out.some((h) => h.start === from)) continue;
    const phrase = issuerPhrase(text, from);
    const tier = firstTier(phrase);
    if (tier) out.push({ start: from, end: from + phrase.length, value: tier });
  }
  // "<issuer> (đã|cũng) tặng/trao/tuyên dương …": the subject before the verb
  for (const m of text.matchAll(HONOUR_VERB)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (agentlessPassive(before)) continue;
    const read = subjectBefore(before);
    // (lowercase words and "và" that open the subject end the clause before it, the recipients of
    // another verb: "… cho 17 cá nhân |và UBND huyện tặng …")
    const joined = read ? LOWER_THEN_AND.exec(read.phrase) : null;
    const subject = read && joined ? { ...read, phrase: read.phrase.slice(joined[0].length), at: read.at + joined[0].length } : read;
    // (bodies of every tier name none: "các cấp Hội trong huyện đã khen thưởng 1.208 hộ")
    if (!subject || GIVEN_BY.test(before.slice(0, subject.at)) || EVERY_TIER.test(before.slice(0, subject.at))) continue;
    // counted recipients before a passive verb, and whose they are, are no giver: "12 chủ doanh
    // nghiệp được tặng …", "2 giáo viên của trường cũng được tặng …"
    if (COUNT_BEFORE.test(before.slice(0, subject.at)) || (subject.phrase.startsWith('của ') && RECIPIENTS_BEFORE.test(before.slice(0, subject.at)))) continue;
    // nor is the recipient of a verb before: "tặng Cờ thi đua cho xã Tân Phú và tuyên dương …"
    // (also when the recipient is counted, then named: "tặng Cờ thi đua cho 2 xã là xã A và xã B,
    // tặng Bằng khen …")
    if (RECIPIENT_BEFORE_SUBJECT.test(before.slice(0, subject.at))) continue;
    const tier = firstTier(subject.phrase);
    if (tier) out.push({ start: m.index - before.length + subject.at, end: m.index - before.length + subject.end, value: tier });
  }
  return out.sort((a, b) => a.start - b.start);
}

// a place word alone, lowercase: "quận", "huyện", "tỉnh", "thị xã"
const BARE_PLACE = /^(?:tỉnh|thành phố|quận|huyện|thị xã|thị trấn|phường|xã)$/u;
// an honour named right before "của": "Giấy khen ", "Bằng khen ", "Cờ thi đua ", "khen thưởng "
const FORM_RIGHT_BEFORE = /(?:khen|thi đua|chương|thưởng|hiệu|nhận)\s$/iu;

/** Whether offset `at` is inside a member named after "trong đó có", with no comma or ";" between. */
function inMemberNamed(text: string, at: number): boolean {
  const from = Math.max(0, at - 80);
  const opener = text.lastIndexOf('trong đó có ', at);
  if (opener < from) return false;
  const between = text.slice(opener, at);
  return !between.includes(',') && !between.includes(';');
}

/** Whether offset `at` is inside quotes: after an opening “ not closed yet, or after an odd number of ". */
function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open >= 0 && text.lastIndexOf('”', at) < open) return true;
  let straight = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < at; i = text.indexOf('"', i + 1)) straight++;
  return straight % 2 === 1;
}

/**
 * Whether a sentence names a giver with no tier as the subject of its verb of honour: "Bộ Tư
 * lệnh Quân khu 2 tặng Bằng khen cho 5 tập thể" — its counts are that giver's, not those of a
 * giver named the sentence before.
 */
/**
 * Whether an honour of the sentence is told as another's, "của" someone with no tier: "trao Bằng
 * khen của Tư lệnh Quân khu 1 cho 4 tập thể".
 */
export function honourOfUntiered(text: string): boolean {
  for (const m of text.matchAll(FORM_OF)) {
    const phrase = issuerPhrase(text, m.index + m[0].length);
    if (phrase && firstTier(phrase) === null) return true;
  }
  return false;
}
// a form of honour, then "của" and a capitalized giver: "Bằng khen của Tư lệnh …"
const FORM_OF = /(?<![\p{L}])(?:[Bb]ằng khen|[Gg]iấy khen|[Cc]ờ thi đua|[Kk]ỷ niệm chương|[Hh]uân chương|[Hh]uy chương)\scủa\s(?=\p{Lu})/gu;

export function namesUntieredGiver(written: string): boolean {
  const text = capitalizeKnownBodies(written);
  for (const m of text.matchAll(HONOUR_VERB)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (agentlessPassive(before)) continue;
    const subject = subjectBefore(before);
    if (subject && /\p{Lu}/u.test(subject.phrase) && !GIVEN_BY.test(before.slice(0, subject.at)) && firstTier(subject.phrase) === null) return true;
  }
  return false;
}

// the first verb of honour (HONOUR_VERB is global: matchAll copies its lastIndex)
const FIRST_HONOUR_VERB = new RegExp(HONOUR_VERB.source, 'u');

/**
 * Whether the count at `at` is in an item of a list (after a ":", or a ";" after one) that opens
 * with a giver of no tier, the subject of its verb of honour: "… được khen thưởng 189 lượt tập
 * thể, cá nhân, gồm: Bộ Tư lệnh Quân khu 1 tặng Bằng khen cho 2 tập thể; Bộ CHQS tỉnh …" — the
 * counts it gives to are of no tier, whatever tier the lead before the list named.
 */
export function itemOfUntieredGiver(written: string, at: number): boolean {
  const colon = written.lastIndexOf(':', at);
  if (colon < 0) return false;
  const from = Math.max(colon, written.lastIndexOf(';', at)) + 1;
  const text = capitalizeKnownBodies(written.slice(from, at));
  const verb = FIRST_HONOUR_VERB.exec(text);
  if (!verb || verb.index > 120) return false;
  const before = text.slice(0, verb.index);
  const subject = subjectBefore(before);
  // (the giver opens the item, capitalized; a giver the issuers' rules know has a tier: "Tổng
  // Giám đốc Công ty" → cơ sở)
  return subject !== null && before.slice(0, subject.at).trim() === '' && /^\s*\p{Lu}/u.test(subject.phrase) && firstTier(subject.phrase) === null && findIssuers(subject.phrase).length === 0;
}

// "A và B lần lượt tặng …": each giver, in order, gives to one of the counts after the verb
const RESPECTIVELY = /(?<![\p{L}])lần lượt\s(?:(?:trao tặng|trao|tặng|khen thưởng|tuyên dương|biểu dương)(?![\p{L}]))/gu;
// (or after the verb and its form: "A và B đã tặng Bằng khen lần lượt cho 5 và 9 tập thể")
const RESPECTIVELY_AFTER_FORM = /(?<![\p{L}])(?:trao tặng|trao|tặng)\s[^,;]{1,60}?\slần lượt\scho(?![\p{L}])/gu;

/**
 * The tiers of the givers before "lần lượt" in a clause, in order, and where the verb after it
 * starts: "Bộ trưởng Bộ Công an và Chủ tịch UBND thành phố lần lượt tặng Bằng khen cho 3 và 11
 * tập thể" → [trung ương, thành phố]. Null unless every giver has a tier and there are two or more.
 */
export function respectiveGivers(written: string, start: number, end: number): { from: number; tiers: LevelValue[] } | null {
  const clause = written.slice(start, end);
  if (!clause.includes('lần lượt')) return null;
  const text = capitalizeKnownBodies(clause);
  RESPECTIVELY.lastIndex = 0;
  RESPECTIVELY_AFTER_FORM.lastIndex = 0;
  const m = RESPECTIVELY.exec(text) ?? RESPECTIVELY_AFTER_FORM.exec(text);
  if (!m) return null;
  const window = text.slice(Math.max(0, m.index - 160), m.index);
  const subject = subjectBefore(window);
  if (!subject) return null;
  // (givers listed with commas before the last two: "Trung ương Hội LHPN Việt Nam, Ban Thường vụ
  // Hội LHPN tỉnh và UBND huyện lần lượt tặng …" — each part all a giver's name)
  const listed: string[] = [];
  let rest = window.slice(0, subject.at);
  for (let comma = /,\s?$/u.exec(rest); comma && listed.length < 6; comma = /,\s?$/u.exec(rest)) {
    rest = rest.slice(0, comma.index);
    const part = rest.slice(Math.max(rest.lastIndexOf(','), rest.lastIndexOf(';'), rest.lastIndexOf(':')) + 1).trim();
    if (!part || issuerPhrase(part, 0) !== part || firstTier(part) === null) break;
    listed.unshift(part);
    rest = rest.slice(0, rest.length - part.length);
  }
  // (a "và" inside a giver's name joins its own words, the part after it naming no tier: "Giám đốc
  // Sở Nông nghiệp |và| Phát triển nông thôn")
  const parts: string[] = [];
  let joiner = '';
  for (const piece of subject.phrase.split(/(\s(?:và|cùng)\s|,\s)/u)) {
    if (/^(?:\s(?:và|cùng)\s|,\s)$/u.test(piece)) { joiner = piece; continue; }
    if (parts.length > 0 && joiner === ' và ' && firstTier(piece) === null) parts[parts.length - 1] += joiner + piece;
    else parts.push(piece);
  }
  const tiers = [...listed, ...parts].map((part) => firstTier(part));
  if (tiers.length < 2 || tiers.some((t) => t === null)) return null;
  return { from: start + m.index, tiers: tiers as LevelValue[] };
}

function issuerPhrase(text: string, from: number): string {
  // (a dot inside a word is an abbreviation's: "UBND Q.Phú Hòa", "T.Ư Hội")
  const rest = text.slice(from, from + 120).split(/[,;:(“"]|(?<!(?:^|[\s(])(?:TP|Tp|Q|P|TX|TT))\.(?!\p{L})/u)[0]!;
  const words = rest.split(/(?<=\s)/u);
  let phrase = '';
  let k = 0;
  for (; k < words.length; k++) {
    if (!issuerWord(words[k]!.trim(), words[k - 1]?.trim())) break;
    phrase += words[k];
  }
  // (a body's purpose in lowercase words may run on to the tier that closes its name: "Ban Chỉ
  // đạo vận động hiến máu tình nguyện tỉnh", "Giám đốc Phòng giao dịch NHCSXH quận")
  if (phrase !== '' && k < words.length) {
    for (let q = k; q < k + PURPOSE_WORDS && q < words.length; q++) {
      const w = words[q]!.trim();
      const two = `${w} ${words[q + 1]?.trim() ?? ''}`;
      const n = CLOSING_TIERS.has(two) || NATIONAL_CLOSERS.has(two.toLowerCase()) ? 2 : CLOSING_TIERS.has(w) ? 1 : 0;
      if (n > 0) return (phrase + words.slice(k, q + n).join('')).trimEnd();
      // (a body's word may come back before the tier: "Phòng giao dịch |NHCSXH quận")
      if (q > k && issuerWord(w, words[q - 1]?.trim())) continue;
      if (!LOWERCASE_WORD.test(w) || TITLE_STOP_WORDS.has(w)) break;
    }
  }
  return phrase.trimEnd();
}
// how many lowercase words of a purpose may stand between a body's name and the tier that closes it
const PURPOSE_WORDS = 6;
// (or the words of a national body that close it, in whatever case: "Hội đồng bầu cử quốc gia")
const NATIONAL_CLOSERS = new Set(['quốc gia', 'trung ương']);

// a first verb of the subject's, then "và" right before the verb of honour: "UBND thị xã A cũng
// tổ chức gặp mặt doanh nghiệp trên địa bàn và tặng …", "Huyện ủy họp mặt các già làng và trao …"
const AND_BEFORE_VERB = /\svà(?:\s(?:đã|cũng|đồng thời))*\s?$/u;
// (the verbs of an event a body holds, shared with EVENT_VERB)
const HELD_EVENT = ['tổ chức', 'gặp mặt', 'họp mặt', 'gặp gỡ', 'phát động'];
// (a review it held too: "Hội LHPN phường A cũng đã tổng kết và tặng Giấy khen cho 17 hội viên")
const FIRST_VERB = new RegExp(`\\s(?:${[...HELD_EVENT, 'đến thăm', 'thăm', 'tiếp', 'công bố', 'tổng kết', 'sơ kết'].join('|')})(?:\\s|$)`, 'u');

/** The words before a verb of honour without a first verb joined to it by "và", and what that did. */
function withoutJoinedVerb(cut: string): string {
  const and = AND_BEFORE_VERB.exec(cut);
  if (!and) return cut;
  const first = FIRST_VERB.exec(cut.slice(0, and.index + 1));
  return first ? `${cut.slice(0, first.index)} ` : cut;
}

// a first verb of an event the subject held, then a comma before the verb of honour: "Hội LHPN
// huyện A đã tổng kết phong trào …, khen thưởng …", "Hội LHPN thị xã B tổ chức tọa đàm …, tuyên dương …",
// or of the selection it made: "các chi hội đã bình xét, công nhận …"
const EVENT_VERB = new RegExp(`\\s(?:(?:đã|cũng|vừa)\\s)?(?:${[...HELD_EVENT, 'tổng kết', 'sơ kết', 'tọa đàm', 'khai mạc', 'bình xét', 'xét chọn'].join('|')})(?:\\s|$)`, 'u');

/** The words before a verb of honour without a first verb joined to it by a comma, and what that did. */
function withoutCommaJoinedVerb(cut: string): string {
  const first = EVENT_VERB.exec(cut);
  return first ? `${cut.slice(0, first.index)} ` : cut;
}

// the commas and semicolons inside quotes, hidden from a split and shown again (same lengths)
// (a scan, not a pattern: a pattern for a quoted span backtracks on quotes never closed)
function maskQuoted(text: string): string {
  if (!text.includes('"') && !text.includes('“')) return text;
  let out = '';
  let close = '';
  for (const c of text) {
    if (close === '' && (c === '"' || c === '“')) close = c === '"' ? '"' : '”';
    else if (close !== '' && c === close) close = '';
    out += close !== '' && MASKS[c] !== undefined ? MASKS[c] : c;
  }
  return out;
}
/** The commas inside a phrase of a name (see lexicon/comma-phrases.ts) hidden as maskQuoted hides them. */
function maskPhraseCommas(text: string): string {
  let out = text;
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 1)) {
    if (commaInPhrase(text, at)) out = `${out.slice(0, at)}${MASKS[',']}${out.slice(at + 1)}`;
  }
  return out;
}
const MASKS: Record<string, string> = { ',': '\u0001', ';': '\u0002', ':': '\u0003' };
function unmask(text: string): string {
  return /[\u0001-\u0003]/u.test(text) ? text.replace(/[\u0001-\u0003]/gu, (c) => ',;:'[c.charCodeAt(0) - 1]!) : text;
}

const TRAILING_COMMA = /,$/u;
const WHERE_AFTER = /\s\([^()]{1,40}\)\s?$/u;

// a post that opens a phrase: "Chỉ huy trưởng Ban CHQS huyện", "Giám đốc Sở Y tế"
const TITLE_OPENS = new RegExp(`^\\s?(?:${alternation(TITLE_HEADS)})(?![\\p{L}\\p{M}])`, 'iu');

/** The body named right before a verb, back to a comma, semicolon or the clause start. */
// (and "truy", a posthumous honour's: "Ban Thường vụ Hội LHPN tỉnh truy tặng Bằng khen cho …")
const ADVERBS_AT_END = /(?:\s(?:đã|cũng|vừa|đồng thời|long trọng|chính thức|quyết định|ra quyết định|ban hành|ký|có|được|tổ chức|truy)){1,8}\s?$/u;
const ASIDE_AT_END = /\s[-–]\s[^-–;]{1,100}?\s[-–]\s?$/u;
function subjectBefore(written: string): { phrase: string; at: number; end: number } | null {
  // where the body is, in parentheses after it: "Hội Khuyến học quận Bến Lũy (TP Cần Thơ) tổ chức …"
  const where = WHERE_AFTER.exec(written);
  const before = where ? written.slice(0, where.index + 1) : written;
  // (not at the dot of "TP. Hồ Chí Minh", "Q. 3")
  // (a comma inside quotes is the name's: "tổng kết phong trào “Phụ nữ đoàn kết, sáng tạo”")
  // (nor at a comma inside a phrase of a name: "Giám đốc Sở Văn hóa, Thể thao và Du lịch tặng")
  const parts = maskPhraseCommas(maskQuoted(before)).split(/[,;:]\s?|(?<!(?:^|[\s(])(?:TP|Tp|Q|P|TX|TT))\.(?!\p{L})\s?/u).map(unmask);
  let cut = parts.pop() ?? '';
  let end = before.length;
  let afterComma = false;
  // an appositive title between commas right before the verb: "Đại tá A, Chỉ huy trưởng Bộ CHQS
  // tỉnh, tặng Giấy khen …" — the title names the giver (also with adverbs after the comma: "…,
  // quyết định công nhận …")
  const adverbs = cut.trim() === '' ? '' : ADVERBS_AT_END.exec(` ${cut}`)?.[0].length === cut.length + 1 ? cut : null;
  const head = adverbs === null ? '' : before.slice(0, before.length - adverbs.length);
  if (adverbs !== null && parts.length > 0 && /,\s?$/u.test(head) && (adverbs === '' || TITLE_OPENS.test(parts[parts.length - 1]!))) {
    end = head.length - (head.endsWith(', ') ? 2 : 1);
    cut = parts.pop()!;
    afterComma = true;
  }
  // drop adverbs between the subject and the verb
  // (and the decision it issued: "UBND huyện đã ban hành quyết định khen thưởng …", and the
  // honouring it organised: "UBND phường đã tổ chức khen thưởng 56 cá nhân"),
  // and a first verb joined to this one by "và", with what it did
  // (or by a comma: "Hội LHPN huyện A tổng kết phong trào …, khen thưởng 7 tập thể")
  const unjoined = afterComma ? withoutCommaJoinedVerb(cut) : withoutJoinedVerb(cut);
  // (and an aside between dashes after the body: "UBND huyện A - một trong những địa bàn khó
  // khăn nhất - cũng tổ chức …")
  const trimmed = unjoined.replace(ADVERBS_AT_END, ' ').replace(ASIDE_AT_END, ' ');
  const words = trimmed.split(/(?<=\s)/u);
  let phrase = '';
  for (let k = words.length - 1; k >= 0; k--) {
    // (a comma left in the words is one inside a phrase of the name: "Bộ Văn hóa, Thể thao và Du lịch")
    if (!issuerWord(words[k]!.trim().replace(TRAILING_COMMA, ''), words[k - 1]?.trim().replace(TRAILING_COMMA, '')) && !lowercaseAfterName(words, k)) break;
    phrase = words[k] + phrase;
  }
  if (!phrase.trim()) return null;
  // (where the phrase starts in `before`: the text up to it is as written; its span runs on to
  // the verb, but not over a first verb and what it did)
  const at = end - cut.length + trimmed.length - phrase.length;
  return { phrase, at, end: unjoined === cut ? written.length : at + phrase.trimEnd().length };
}

// a place's capitalized name right after a national agency's (not the country's, nor its centre)
const BRANCH_PLACE = /^\s(?!Việt\s|Trung\s|TW|T\.Ư|Nhà\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*)?(?![\p{L}])/u;

// a branch and the tier of its place, after a national body's name: " chi nhánh tỉnh", " chi nhánh huyện"
const BRANCH_TIER = /^\s(?:việt nam\s)?chi nhánh\s(tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}])/u;

export function firstTier(phrase: string): LevelValue | null {
  const lower = phrase.toLowerCase();
  let department: LevelValue | null = null;
  for (const m of matchesAtWordStart(TIER_WORD, lower)) {
    const tier = tierOf(m[0]);
    if (!tier) continue;
    // "xã hội" (society) is no commune: "Sở Lao động - Thương binh và Xã hội" (but "xã Hội An" is)
    if (m[0] === 'xã' && phrase.startsWith(' hội', m.index + 2)) continue;
    // nor is a co-operative: "Liên minh Hợp tác xã tỉnh" (a "hợp tác xã" is no commune)
    if (m[0] === 'xã' && lower.endsWith('hợp tác ', m.index)) continue;
    // nor is a district's branch of a national agency a province's department: "Chi cục Thuế"
    if (m[0].startsWith('cục ') && lower.endsWith('chi ', m.index)) continue;
    // nor is the country a body is in its reach: "Đại sứ quán Lào tại Việt Nam"
    if (m[0] === 'việt nam' && (lower.endsWith('tại ', m.index) || lower.endsWith(' ở ', m.index))) continue;
    // a national body's branch gives the tier of the place it is in: "Giám đốc Ngân hàng Nhà nước
    // |chi nhánh tỉnh| tặng Giấy khen"
    const branch = tier === 'trung ương' ? BRANCH_TIER.exec(lower.slice(m.index + m[0].length, m.index + m[0].length + 24)) : null;
    if (branch && department === null) return tierOf(branch[1]!) ?? tier;
    // an enterprise gives its own tier, wherever it is: "Giám đốc Công ty Điện lực tỉnh tặng Giấy khen"
    if (department === null && ENTERPRISE_WORDS.has(m[0])) return tier;
    if (DEPARTMENT_WORDS.has(m[0])) {
      // "cơ sở", "trụ sở" are no department
      // (a body above the grassroots goes before a grassroots unit: "Liên minh HTX Việt Nam")
      // (a national agency named with a province's name is its branch there: "Giám đốc KBNN Bình
      // Định", "BHXH Ninh Bình" — not "NHCSXH Việt Nam", "Trung ương")
      const own = tier === 'trung ương' && BRANCH_PLACE.test(phrase.slice(m.index + m[0].length, m.index + m[0].length + 24)) ? 'tỉnh' : tier;
      if (!/(?:cơ|trụ) $/u.test(lower.slice(Math.max(0, m.index - 4), m.index)) && (department === null || (department === 'cơ sở' && own !== 'cơ sở'))) department = own;
      continue;
    }
    return tier;
  }
  // the head of the article's own unit, named by the title alone or with the person's name:
  // "Tổng Giám đốc khen thưởng 1.200 người lao động", "Ban Giám hiệu tặng giấy khen …", "Tổng
  // Giám đốc Lê Văn Tám tặng Giấy khen …"
  if (department === null && unitHeadAlone(phrase.trim())) return 'cơ sở';
  // a department named with its centrally-run city is the city's: "Giám đốc Sở Xây dựng Đà Nẵng"
  if (department === 'tỉnh' && CENTRAL_CITY.test(phrase)) return 'thành phố';
  return department;
}
const UNIT_HEAD_ALONE = /^(?:Tổng Giám đốc|Giám đốc|Ban Giám đốc|Ban Tổng Giám đốc|Ban Giám hiệu|Hiệu trưởng|Hội đồng quản trị|Ban quản trị|Ban Quản trị)(?<name>(?:\s\p{Lu}\p{Ll}*){2,4})?$/u;
/** Whether a phrase is a unit's head by the title alone, or with a name that opens with a surname. */
function unitHeadAlone(phrase: string): boolean {
  const m = UNIT_HEAD_ALONE.exec(phrase);
  return !!m && (!m.groups!.name || SURNAMES.has(m.groups!.name.trim().split(' ')[0]!));
}

/**
 * Clause boundaries of a sentence: semicolons outside parentheses and quotes, and a comma before
 * "còn", which turns to other recipients and their own giver ("UBND huyện tặng Giấy khen cho 4
 * tập thể, còn 12 học sinh nhận Giấy khen của Nhà trường").
 */
// after a comma, another giver with a tier and its verb: ", Chủ tịch UBND tỉnh tặng …" (a clause of
// its own: "Bộ Tư lệnh Quân khu 4 tặng Bằng khen cho 1 tập thể, Chủ tịch UBND tỉnh tặng Bằng khen cho 2
// cá nhân")
const GIVER_AFTER_COMMA = /^\s(?:\p{Lu}[\p{L}&-]*\s){1,3}(?:\p{L}+\s){0,4}?(?:tặng|trao tặng|trao|tuyên dương|biểu dương|khen thưởng)\s/u;
// (the clause before gives too: not "Ở cấp huyện, Huyện ủy tuyên dương …", "5 tập thể được ông A,
// Phó Chủ tịch UBND huyện trao …")
function givesAfterComma(text: string, from: number, i: number): boolean {
  const m = GIVER_AFTER_COMMA.exec(text.slice(i + 1, i + 80));
  return m !== null && firstTier(m[0]) !== null && FIRST_HONOUR_VERB.test(text.slice(from, i));
}

// after a comma, other counts given an honour by a passive of their own, the counts before given
// theirs: "4 tập thể được công nhận là điển hình … cấp Trung ương, 16 tập thể và 19 cá nhân được Ban
// Thường vụ Thành ủy tặng Bằng khen" (each clause's tier its own)
const COUNT_AFTER_COMMA = /^\s(?:\d{1,5}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s\p{Ll}/u;
const PASSIVE_HONOUR = /(?<![\p{L}])được\s(?:[^,;]{0,60}?\s)?(?:công nhận|tặng|trao|tuyên dương|khen thưởng|biểu dương)(?![\p{L}])/u;
// (the last count before the comma, its passive after it: not a pair of counts, "4 tập thể, 9 cá
// nhân được …")
const DIGIT_COUNT = /\d{1,5}\s\p{Ll}/gu;
function passiveCountsAfterComma(text: string, from: number, i: number): boolean {
  if (!COUNT_AFTER_COMMA.test(text.slice(i + 1, i + 16))) return false;
  const before = text.slice(from, i);
  let last = -1;
  for (const m of before.matchAll(DIGIT_COUNT)) last = m.index;
  if (last < 0 || !PASSIVE_HONOUR.test(before.slice(last))) return false;
  const next = text.indexOf(';', i + 1);
  return PASSIVE_HONOUR.test(text.slice(i + 1, next < 0 ? text.length : next));
}

export function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    else if ((c === ';' || (c === ',' && (text.startsWith(' còn ', i + 1) || givesAfterComma(text, from, i) || passiveCountsAfterComma(text, from, i)))) && depth === 0) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, text.length]);
  return out;
}
