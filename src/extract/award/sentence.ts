// Award facts of one sentence: which counts are honours, and the level and form that reach
// each of them. A "cấp …" phrase covers the counts of its clause; a clause that names no
// form or level of its own shares those of the clause it is listed with.
import type { LevelValue, RecipientTypeValue } from '../../schema.js';
import { RECIPIENT_WORDS } from '../../lexicon/recipients.js';
import type { Debug } from '../../debug.js';
import { DIGITS_BEFORE, findCounts, findNamed, OTHERS_AFTER, type CountMention } from './counts.js';
import { clauses, findContest, findCues, findForms, findIssuers, findLevels, LISTED_WITH, NOT_HONOUR_RIGHT, PASSIVE_RIGHT_BEFORE, receivesUnnamed, respectiveGivers, STATUS_AFTER, itemOfUntieredGiver, type Hit } from './context.js';
import { handedFormsPattern, type AwardForm } from '../../lexicon/awards.js';
import { parseCount } from './numbers.js';
import { titleCounted } from './title-counted.js';
import { ROUNDING_WORDS } from '../../lexicon/numbers.js';
import { PLACING } from '../../lexicon/cues.js';
import { alternation } from '../../lexicon/pattern.js';
import { PLACE_TYPE_WORDS } from '../../lexicon/places.js';

export interface RawAward {
  type: RecipientTypeValue | null;
  count: number;
  level: LevelValue | null;
  levelRule: string | null;
  award: string | null;
  year: number | null;
  /** offsets inside the sentence */
  start: number;
  end: number;
  named: { start: number } | null;
  rule: string;
  /** its own giver is named, with no tier: no other giver's tier may be carried to it */
  untiered?: boolean;
}

/** What a lead sentence hands to the list items after it ("… trong đó:" then "- 15 tập thể"). */
/**
 * What a lead gives the items of the list it opens; `uncounted`: the list is of a group the lead
 * names with no count after its counts ("… cho 3 cá nhân và tặng giấy khen cho các cá nhân …,
 * gồm:"), its items no members of those counts.
 */
export interface Inherited { honour: boolean; level: LevelValue | null; award: string | null; uncounted?: RecipientTypeValue }

interface Clause {
  start: number;
  end: number;
  counts: CountMention[];
  levels: Array<Hit<LevelValue>>;
  forms: Array<Hit<AwardForm>>;
  issuers: Array<Hit<LevelValue>>;
}

// nothing, or the words that open the parts of a total, before a clause's first count
const PARTS_OPENING = /^\s*(?:(?:trong đó|trong số đó|gồm|bao gồm|cụ thể)(?:\scó)?:?\s*)?$/u;
// what tells a contest's results: "Kết quả toàn đoàn", "xếp hạng", "bảng tổng sắp huy chương"
const RESULTS = /(?<![\p{L}])(?:[Kk]ết quả|[Xx]ếp hạng|[Tt]ổng sắp)(?![\p{L}])/u;
// a form handed over as an honour, not a medal of a contest: "Bằng khen", "Giấy khen", "Cờ thi đua"
const HANDED_FORM = /[Bb]ằng khen|[Gg]iấy khen|[Cc]ờ thi đua|[Kk]ỷ niệm chương|[Hh]uân chương/u;
// a list's section heading naming a form (and its giver), no verb: "I. Bằng khen của Thủ tướng Chính phủ"
const SECTION_HEADING = /^(?:(?:[IVX]{1,4}|[A-Z]|\d{1,2})[.)]\s|[-–+•*]\s)?(?:Bằng khen|Giấy khen|Cờ thi đua|Huân chương|Huy chương|Kỷ niệm chương|Thư khen|Danh hiệu|Chiến sĩ thi đua|Giấy chứng nhận)(?![\p{L}])[^.;!?]{0,90}$/u;
const HEADING_VERB = /(?<![\p{L}])(?:tặng|trao|cho|nhận|được|đã|sẽ)(?![\p{L}])/u;
// "một trong 3 cá nhân": a reference back to a count told elsewhere; so is "trong 14 tập thể
// (có …)", the group whose members a sentence goes on to name
const GROUP_OPENS = '(?:^|[\\s,;])trong(?: số)?';
const REFERENCE = new RegExp(`(?:(?:một|1|là một|là 1) trong(?: số| những)?|${GROUP_OPENS}) $`, 'iu');
// the ones who represent the count after it: "Đại diện 16 hội viên lên nhận …"
const REPRESENTATIVES = /(?:^|[\s,])[Đđ]ại diện\s(?:cho\s)?$/u;
// after such a group, in its clause: its members ("trong mười bốn tập thể có bốn giáo xứ và …"),
// also after the honour the group got ("Trong số 5 cá nhân được Chủ tịch UBND tỉnh tặng Bằng
// khen có ông A …, và Trưởng thôn B, hai người đã …"), looked for back as far as the pattern reaches
// (or "nhận": "Trong số 9 hộ nhận Bằng khen của Hội Nông dân tỉnh có gia đình ông A")
const MEMBERS_OF_GROUP = /^(?:\s(?:đã\s)?(?:được|nhận|đạt|vinh dự nhận)\s[^;.]{0,80}?)?\s(?:có|gồm)\s[^;.]{0,200}$/u;
const MEMBERS_REACH = 290;
// or a part of the group said to be what it is, after a comma: "Trong 16 cá nhân được khen, 5
// người là trưởng thôn …" (the group, the comma, then the part, then "là")
const GROUP_THEN_COMMA = /^(?:\s(?:đã\s)?được\s[^;.,]{0,80}?)?,\s$/u;
const PART_IS = /^\s(?:là|thuộc|đến từ)\s/u;
const GROUP_BEFORE = new RegExp(`${GROUP_OPENS} $`, 'iu');
// a verb that gives the honour to the group after "một trong N": "… được … tôn vinh, trao danh hiệu"
const GIVING_VERBS = 'tôn vinh|tuyên dương|biểu dương|khen thưởng|vinh danh|tặng|trao|công nhận';
const GIVING_VERB = new RegExp(`(?<![\\p{L}])(?:${GIVING_VERBS})(?![\\p{L}])`, 'u');
// a clause that opens with its verb of honour: "; công nhận 58 tập thể …", "; đồng thời tặng …"
const VERB_FIRST = new RegExp(`^\\s?(?:(?:và|đồng thời|cũng)\\s)?(?:${GIVING_VERBS})(?![\\p{L}])`, 'u');
// "(xã B), người đã liên kết ", "…, người hơn 10 năm nay duy trì lớp học …": a relative clause about
// the one named before it
const DESCRIBES = /[,)]\s(?:là\s)?(?:người|nơi)\s(?:đã|đang|từng|vừa|hơn|gần|suốt|luôn|nhiều năm)\s[^,;()]*$/u;
// "một" opening a count, and a capitalized name then a comma right before it
const ONE_WHO = /^[Mm]ột\s/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
/** Whether `before` ends with a capitalized word, a comma and a space ("… Lê Văn Tám, "). */
function nameThenComma(before: string): boolean {
  if (!before.endsWith(', ')) return false;
  return CAPITAL_FIRST.test(before.slice(0, -2).split(' ').pop() ?? '');
}
// "… mô hình “Tủ sách nhà chùa” tại 7 ngôi chùa": the places where something is done, not recipients
const AT_PLACES = /(?:^|\s)(?:tại|ở)\s$/u;
// a count in what describes a place named before it: "… HTX A, đơn vị đã được UBND tỉnh tặng Cờ thi
// đua năm 2010, nơi 145 thành viên liên kết sản xuất …", "…, nơi có 320 hộ"
const WHERE_BEFORE = /[,)]\snơi\s(?:có\s)?$/u;
// "nâng tổng số trường đạt chuẩn lên 37 trường", "đưa số hộ đạt danh hiệu lên 1.460 hộ": a running total
// raised, a statistic
const RAISED_TO = /(?<![\p{L}\p{M}])(?:nâng|đưa)\s[^,;.]{0,50}\slên\s$/iu;
// "tăng 4 hộ so với năm trước", "giảm gần 20 cá nhân": a difference between two tallies, not
// recipients (no verb of honour reads "tăng")
const DIFFERENCE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm|nhiều hơn|ít hơn)(?:\sthêm)?(?:\s(?:gần|hơn|khoảng|trên|chừng))?\s$/iu;
// "Điển hình như gia đình ông A …": an example of the work told, not an honour
const EXAMPLE = /(?:^|[\s,.;:])(?:điển hình|tiêu biểu|chẳng hạn|ví dụ)(?:\snhư|\slà|,)\s$/iu;
// "hơn 2.000 người", "trên 100 hộ": approximate counts are not honour counts…
// (whole words: "trước 200 đoàn viên" is before them, not about them)
const APPROXIMATE = /(?<![\p{L}\p{M}])(?:hơn|trên|gần|khoảng|chừng|ước|hàng|tới|lên đến|lên tới|tổng số|tổng cộng)\s$/iu;
// …unless the honour is told of the count itself, a number only rounded: "tặng Giấy khen cho hơn
// 20 tập thể và gần 30 cá nhân", "trên 40 gia đình … cũng được Hội Khuyến học huyện tặng Giấy khen"
const ROUNDED = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ROUNDING_WORDS.join('|')})\\s$`, 'iu');
// (how far the verb of honour may be before a rounded count: "tặng Giấy khen cho hơn 20")
const ROUNDED_REACH = 60;
// a clause whose giver is the previous clause's: "…; đồng thời tặng Giấy khen cho 05 hộ"
const ELIDED_SUBJECT = /^\s*(?:(?:đồng thời|cũng|và|đã|còn|ngoài ra,?)\s)*(?:trao tặng|trao|tặng|tuyên dương|biểu dương|khen thưởng|công nhận)(?![\p{L}])/iu;
const FORM_WORD = /khen|chương|điển hình|cờ thi đua|thưởng|công nhận/iu;
const YEAR = /[Nn]ăm (?<y>(?:19|20)\d\d)/gu;
// "…, trong đó có 6 người có uy tín", "trong số đó có tập thể Ban Dân vận Huyện ủy": part of
// a group counted just before, not a fact of its own
const MEMBERS_OPENER = /^[^;.]{0,40}?(?:\slà|\sgồm|\sbao gồm|:|\snhư)\s[^;]*$/u;
// (the list may open after what the count is honoured for, in a clause: "… năm hộ gia đình có cách
// làm hay trong hòa giải mâu thuẫn ở khu dân cư, gồm …")
const MEMBERS_OPENER_FAR = /^[^;.]{0,120}?(?:\slà|\sgồm|\sbao gồm|:)\s[^;]*$/u;
// a member named, addressed or by its household: "bà A", "hộ ông B", "gia đình chị C"
const NAMED_ITEM = /(?<![\p{L}])(?:ông|bà|anh|chị|cụ|đồng chí)\s\p{Lu}/u;
// (how far after a count the parenthesis that breaks it down may open: "12 tập thể tiêu biểu (")
const PARENS_REACH = 30;
const SUBSET_OPENER = /(?:trong đó|trong số đó|trong số này|bao gồm cả|kể cả)(?: có)?[^;]{0,600}$/iu;
// right after a count: the honour it gets ("5 hộ nhận Bằng khen", "3 tập thể được tặng Cờ thi
// đua"), also from a giver named in between ("7 hộ được UBND huyện tặng giấy khen")
const OWN_HONOUR = new RegExp(`^(?:\\s[\\p{Ll}\\s]{0,30})?\\s(?:nhận|được tặng|được trao|được nhận|vinh dự nhận|được\\s[^,;]{2,60}?\\s(?:trao tặng|tặng|trao))\\s(?:${handedFormsPattern()})`, 'u');
// right after a count: a title it reaches or a form it gets ("31 học sinh đạt danh hiệu …",
// "5 hộ nhận Bằng khen …")
const OWN_TITLE_OR_FORM = new RegExp(`${OWN_HONOUR.source}|^\\s(?:đạt|được công nhận)\\sdanh hiệu(?![\\p{L}])`, 'u');
// a second honour given after a count, before a level phrase: "… 64 cá nhân và công nhận danh hiệu …"
// or a part of the count told after "trong đó", its honour its own: "công nhận 462 hộ đạt danh
// hiệu …, trong đó 35 hộ tiêu biểu được tặng Giấy khen"
const ANOTHER_HONOUR = /(?:\svà|,)\s(?:(?:đồng thời|cũng|còn)\s)?(?:công nhận|trao tặng|tặng|trao|tuyên dương|biểu dương|khen thưởng)\s|,\strong (?:đó|số đó)\s[^,;]*?\d/u;
// a level phrase right before a count: "cấp tỉnh 3 hộ", "cấp trung ương 1 hộ"
const LEVEL_RIGHT_BEFORE = /(?:^|[\s,;:])cấp\s\p{L}+(?:\s\p{L}+)?\s$/u;
// or right after it, closing its item: "3 hộ cấp tỉnh, 12 hộ cấp huyện"
// ("1.200 hộ đạt cấp tỉnh, 3.465 hộ đạt cấp huyện")
const LEVEL_RIGHT_AFTER = /^\s(?:đạt\s)?cấp\s\p{L}+(?:\s\p{L}+)?(?:[,;.]|\svà\s|$)/u;
// a verb of giving, and what makes a count its receiver rather than its subject
const GIVE_WORDS = ['trao tặng', 'trao', 'tặng'];
const GIVE_VERB = new RegExp(`^(?:${GIVE_WORDS.join('|')})$`, 'iu');
// a verb of honouring, and a count right after it, the ones it honours: " 1.200 đoàn viên", " cho 9 hộ"
const HONOUR_VERB_ACTIVE = new RegExp(`^(?:khen thưởng|tuyên dương|biểu dương|vinh danh|tôn vinh|${GIVE_WORDS.join('|')})$`, 'iu');
const COUNT_RIGHT_AFTER = /^\s(?:cho\s)?\d/u;
// the words between such a count and its verb: what it is and where, no clause between ("trong tỉnh
// đã") — not "và", a second verb of the same giver: "tặng Giấy khen cho 21 tập thể, 43 cá nhân |và
// biểu dương 17 gương …"
const SUBJECT_TO_VERB = /^(?:(?!\svà\s)[^,;:()]){0,40}$/u;

/** Whether the count is the subject of an active verb of honour right after it whose object is another count. */
function honoursCountAfter(text: string, c: CountMention, counts: CountMention[], inClause: Array<Hit<'honour' | 'proposal' | 'activity'>>): boolean {
  const verb = inClause.find((h) => h.start >= c.end);
  if (!verb || verb.value !== 'honour' || !HONOUR_VERB_ACTIVE.test(text.slice(verb.start, verb.end))) return false;
  const between = text.slice(c.end, verb.start);
  if (!SUBJECT_TO_VERB.test(between) || PASSIVE.test(between)) return false;
  return COUNT_RIGHT_AFTER.test(text.slice(verb.end, verb.end + 14)) && counts.some((o) => o.start > verb.end && o.start - verb.end <= 12);
}
// after "công nhận", no title: the clause ends, or only the rules it follows do
const NOTHING_RECOGNIZED_AS = /^(?:\s(?:theo quy định|theo tiêu chí|theo tiêu chuẩn)(?![\p{L}])[^,;.]{0,40})?\s?(?:[,;.]|$)/u;
// recognized by the State with its followers, a status of a religion: "6 tôn giáo được Nhà nước
// công nhận với khoảng 372.000 tín đồ"
const RECOGNIZED_WITH = /^\svới(?![\p{L}])/u;
const CERTIFICATE_BEFORE = /[Bb]ằng\s$/u;
// the status in the words of the count or right after them: "152 người có uy tín", "40 hộ thoát nghèo"
// (and a religious body the State recognizes, a legal standing: "công nhận 14 tổ chức tôn giáo trực thuộc")
// (and the ratings of the Party's yearly review: "công nhận 27 tổ chức cơ sở đảng đạt trong sạch,
// vững mạnh", "… 305 đảng viên hoàn thành xuất sắc nhiệm vụ")
const STATUS_COUNTED = /^[^,;]*?\s(?:có uy tín|thoát nghèo|thoát cận nghèo|tổ chức tôn giáo|(?:đạt\s)?trong sạch,?\svững mạnh|hoàn thành (?:xuất sắc|tốt) nhiệm vụ)(?![\p{L}])/u;
// how far past the count's words its status may be told: "27 tổ chức |cơ sở đảng đạt trong sạch, …"
const STATUS_REACH = 40;
/** Whether the cue of honour `h` is "công nhận" (recognizes), whose object may be a status. */
function recognizes(text: string, h: Hit<'honour' | 'proposal' | 'activity'>): boolean {
  return /^công nhận$/iu.test(text.slice(h.start, h.end));
}
// a topic put before the sentence's subject: "Đối với …, ", "Riêng …, "
const TOPIC_FIRST = /^(?:Đối với|Riêng)\s/u;
// a verb of honour (a form is no verb): "tặng", "khen thưởng", "công nhận"
const HONOUR_VERB = /(?<![\p{L}])(?:trao|tặng|khen thưởng|tuyên dương|biểu dương|công nhận|vinh danh|tôn vinh)(?![\p{L}])/iu;
// the sentence whose first verb of honour was found last, and where (each count of it asks)
let verbOf = { text: '', at: 0 };
/** Where the first verb of honour of the sentence is, or its length when it has none. */
function firstHonourVerb(text: string): number {
  if (verbOf.text !== text) verbOf = { text, at: HONOUR_VERB.exec(text)?.index ?? text.length };
  return verbOf.at;
}
const PASSIVE = /(?:^|\s)(?:được|nhận|vinh dự|đón nhận)(?:\s|$)/u;
// the count's own words, then "được" right before what it is given: "20 cán bộ thôn được |tặng quà"
const GIVEN_RIGHT_BEFORE = /^[^,;]{0,40}\sđược\s$/u;
// between an issuer and a count it gives to: "tặng giấy khen cho 12 tập thể, "
const GIVES_TO = /^\s?(?:(?:đã|cũng|vừa|đồng thời)\s)*(?:trao tặng|tặng|trao|khen thưởng|tuyên dương|biểu dương)\s[^;]{0,120}$/u;
// between a count and the issuer after it: the count receives the honour from that issuer
const RECEIVES_FROM = /^[^;]{0,80}?\s(?:nhận|được tặng|được trao|đón nhận)\s[^;]{0,60}?\scủa\s[^;]{0,30}$/u;
// between a count and the giver named as the agent of "được": " thành viên được ", " cũng được ",
// also past a count joined to it by "và", both the agent's: "3 tập thể| và 2 cá nhân đã được |Tỉnh ủy công nhận …"
const PASSIVE_AGENT = /^(?:\svà\s(?:\d{1,3}(?:\.\d{3})+|\d{1,5})\s\p{Ll}+(?:\s\p{Ll}+)?)?(?:\s[\p{Ll}\s]{0,40}?)?\s(?:(?:đã|cũng|đều|vinh dự)\s)*được\s$/u;
const LEVEL_PREFIX_END = /^(?:\s?(?:có|là|gồm|:|,|đã|được))/u;

/** What extractSentence found, for the caller to reuse: the counts before named recipients, the cues. */
export interface SentenceFindings {
  awards: RawAward[];
  /** counts told as the group one person belongs to ("là một trong 76 nông dân được tôn vinh") */
  references: RawAward[];
  lead: Inherited | null;
  counts: CountMention[];
  cues: Array<Hit<'honour' | 'proposal' | 'activity'>>;
}

/**
 * The award findings of one sentence. `totalsBefore`: the counts the sentence before gave, which
 * a "số còn lại" of this one may be the rest of ("… tuyên dương 67 hộ …. Hai mươi mốt hộ được
 * tặng bằng khen; số còn lại nhận giấy khen …").
 */
export function extractSentence(text: string, inherited: Inherited | null, debug?: Debug, totalsBefore: ReadonlyArray<{ type: RecipientTypeValue | null; count: number }> = [], announcedBefore = false): SentenceFindings {
  const found = findCounts(text);
  const counts = [...found];
  for (const n of findNamed(text)) {
    // a named recipient that is not already part of a count ("24 tập thể, cá nhân")
    if (counts.some((c) => n.start >= c.start && n.start < c.end)) continue;
    counts.push({ count: 1, type: n.type, start: n.start, end: n.nameStart, numStart: n.start, word: n.word, named: text.slice(n.nameStart, n.nameStart + 60), rule: 'award.named' });
  }
  counts.sort((a, b) => a.start - b.start);
  distribute(text, counts);
  if (text.includes('còn lại')) {
    const rest = remainders(text, counts, totalsBefore);
    counts.push(...rest.counts);
    // (a total of both kinds whose rest is told is no entry: its parts are)
    for (const total of new Set(rest.spent)) counts.splice(counts.indexOf(total), 1);
    counts.sort((a, b) => a.start - b.start);
  }
  if (text.includes('trong đó') || text.includes('trong số đó')) {
    for (const { total, part, rest } of impliedRests(text, counts)) {
      counts.splice(counts.indexOf(total), 1);
      counts.splice(counts.indexOf(part) + 1, 0, rest);
      debug?.(`award ${total.count} ${total.word}: ${part.count} ${part.type} and the rest, ${rest.count} ${rest.type}`);
    }
    counts.sort((a, b) => a.start - b.start);
  }
  // right after a sentence that announced an honour without counting its recipients, "được nhận"
  // with nothing named after it receives that honour
  const allCues = findCues(text);
  const examples = exampleOpenings(text);
  const cues = withoutExamples(withoutHonourNames(text, announcedBefore ? allCues.map((h) => (h.value === 'activity' && receivesUnnamed(text, h) ? { ...h, value: 'honour' as const } : h)) : allCues), examples);
  const hasHonour = cues.some((c) => c.value === 'honour') || FORM_WORD.test(text);
  if (counts.length === 0) {
    // the heading of a section of a list: "II. Bằng khen của Chủ tịch UBND tỉnh" — the items
    // after it have its form and giver
    if (SECTION_HEADING.test(text) && !HEADING_VERB.test(text)) return { awards: [], references: [], lead: leadOf(text, inherited), counts: found, cues };
    // a lead sentence for a list: "UBND huyện tặng Giấy khen cho các tập thể, cá nhân sau:" (not a
    // contest's results, its medals no honour: "Bảng tổng sắp huy chương:", "Kết quả xếp hạng toàn đoàn:")
    return { awards: [], references: [], lead: hasHonour && /:\s*$/u.test(text) && !(RESULTS.test(text) && !HANDED_FORM.test(text)) ? leadOf(text, inherited) : null, counts: found, cues };
  }
  const levels = withoutMemberLevels(text, withoutPrizeLevels(text, findLevels(text)), counts);
  // (a title whose first word is a count's own word describes the ones counted: "tặng Giấy khen
  // cho … 12 tập thể lao động xuất sắc và 33 cá nhân" — the form is the Giấy khen)
  const forms = withoutExamples(findForms(text), examples).filter((h) => !counts.some((c) => c.type !== null && h.start > c.numStart && h.start < c.end));
  const issuers = findIssuers(text);
  const parts: Clause[] = clauses(text).map(([s, e]) => ({
    start: s,
    end: e,
    counts: counts.filter((c) => c.start >= s && c.start < e),
    levels: levels.filter((h) => h.start >= s && h.start < e),
    forms: forms.filter((h) => h.start >= s && h.start < e),
    issuers: issuers.filter((h) => h.start >= s && h.start < e),
  }));
  const contest = findContest(text);
  const awards: RawAward[] = [];
  const references: RawAward[] = [];
  let previousHonour: boolean | null = inherited?.honour ?? null;
  // "A, B và C lần lượt tặng bằng khen cho 1 tập thể; bằng khen cho 3 tập thể, 5 cá nhân và giấy
  // khen cho 14 tập thể": the givers pair with the forms after the verb, across the clauses
  const byGroup = text.includes('lần lượt') ? givenInTurn(text, counts, forms) : null;
  // "A, B và C lần lượt trao Giấy khen cho 1 tập thể, 2 cá nhân; 4 tập thể, 6 cá nhân và 11 cá
  // nhân": the groups of counts of givers in turn may run on past the clause of the verb
  const acrossClauses = parts.length > 1 && text.includes('lần lượt') ? giversAcrossClauses(text, counts) : null;
  // the counts found no honour, by the clause before a clause that goes on with its recipients
  const rejected = new Set<CountMention>();
  parts.forEach((clause, ci) => {
    // "UBND huyện sẽ tặng giấy khen cho 46 tập thể; công nhận 58 tập thể …": a clause that opens
    // with its verb shares the subject and the mood of the clause before — a proposal or a
    // future there is one here too
    const previous = parts[ci - 1];
    if (previous && VERB_FIRST.test(text.slice(clause.start, clause.end)) && cues.some((h) => h.value === 'proposal' && h.start >= previous.start && h.end <= previous.end)) {
      for (const c of clause.counts) debug?.(`award rejected ${c.count} ${c.word}: award.proposal (told with the clause before) | ${text.slice(c.start, c.end + 30)}`);
      return;
    }
    // "… lần lượt tặng Bằng khen, giấy khen cho Công an xã A; 6 tập thể, 11 cá nhân và …": a
    // clause that opens with its count goes on with the recipients of the honour given "cho"
    // in the clause before (not of one proposed there)
    // (not when what that clause gave its own counts was no honour: "trao Giấy chứng nhận hoàn thành
    // lớp tập huấn cho 95 học viên; 6 học viên vắng … sẽ học bù")
    // (or with the words that open the parts of a total told there: "… cho 47 tập thể, cá nhân;
    // trong đó 18 tập thể, còn lại là cá nhân")
    if (previousHonour === null && previous && clause.counts.length > 0 && PARTS_OPENING.test(text.slice(clause.start, clause.counts[0]!.start)) && givenToInClause(text, previous, cues) && !(previous.counts.length > 0 && previous.counts.every((c) => rejected.has(c)))) previousHonour = true;
    const levelOf = levelsInClause(clause, text);
    // "A và B lần lượt tặng … cho 3 và 11 tập thể": the givers pair with the counts in order
    const respective = respectiveGivers(text, clause.start, clause.end);
    const pairedCounts = respective ? clause.counts.filter((c) => c.start > respective.from) : [];
    // (or with groups of counts, one per giver: "A và B lần lượt tặng Giấy khen cho 04 tập thể, 03
    // cá nhân và 12 tập thể, 21 cá nhân")
    const paired = !respective ? null : pairedCounts.length === respective.tiers.length ? new Map(pairedCounts.map((c, k) => [c, respective.tiers[k]!])) : tiersOfGroups(pairedCounts, respective.tiers);
    // (and with the forms listed before the counts: "… lần lượt tặng bằng khen, giấy khen cho 11 và 26 …")
    const listedForms = paired ? clause.forms.filter((f) => f.start > respective!.from && f.start < pairedCounts[0]!.start) : [];
    const pairedForms = listedForms.length === pairedCounts.length ? new Map(pairedCounts.map((c, k) => [c, listedForms[k]!.value])) : null;
    const receivedInTurn = respectiveForms(text, clause);
    const ofGivers = clause.issuers.length > 1 && text.includes('lần lượt') ? giversOfInTurn(text, clause) : null;
    const listsInTurn = clause.forms.length > 1 && text.includes('lần lượt') ? formsToListsInTurn(text, clause) : null;
    const inParens = clause.forms.length > 1 && text.includes('(') ? formsBeforeParens(text, clause) : null;
    for (const c of clause.counts) {
      const verdict = honourVerdict(text, clause, c, counts, cues, contest, previousHonour);
      if (!verdict.ok) {
        rejected.add(c);
        debug?.(`award rejected ${c.count} ${c.word}: ${verdict.why} | ${text.slice(c.start, c.end + 30)}`);
        continue;
      }
      // "một trong 3 cá nhân": a count told as the group one person belongs to — the article's
      // fact only when a verb of honour governs it and no sentence tells it otherwise (see findAwards)
      const reference = REFERENCE.test(text.slice(Math.max(clause.start, c.start - 40), c.start));
      if (reference && !GIVING_VERB.test(text.slice(c.end, clause.end))) {
        debug?.(`award rejected ${c.count} ${c.word}: award.reference (một trong N) | ${text.slice(c.start, c.end + 30)}`);
        continue;
      }
      // "… tặng Giấy khen cho 1.140 hội viên. Đại diện 16 hội viên lên nhận …": the ones who go up
      // for a larger count of their kind, honoured before, are no count of their own
      if (REPRESENTATIVES.test(text.slice(Math.max(clause.start, c.start - 24), c.start)) && [...totalsBefore, ...counts.filter((o) => o.end <= c.start)].some((o) => o.type === c.type && o.count > c.count)) {
        debug?.(`award rejected ${c.count} ${c.word}: award.representatives (of a count before) | ${text.slice(c.start, c.end + 30)}`);
        continue;
      }
      previousHonour = true;
      let level = levelOf.get(c) ?? null;
      let levelRule = level ? 'level.stated' : null;
      // the form a count receives right after it ("5 tập thể và 7 cá nhân nhận Bằng khen") is its
      // own, whatever form stands nearer before it ("… tặng Cờ thi đua, 5 tập thể …")
      const inTurn = receivedInTurn?.get(c);
      if (inTurn?.tier && !level) { level = inTurn.tier; levelRule = 'level.respective-form'; }
      const parenthesized = inParens?.get(c);
      if (parenthesized?.tier && !level) { level = parenthesized.tier; levelRule = 'level.form-before-parens'; }
      const ownForm = inTurn?.form ?? parenthesized?.form ?? pairedForms?.get(c) ?? listsInTurn?.get(c)?.form ?? byGroup?.get(c)?.form ?? receivedForm(text, c, clause.forms) ?? ownTitle(text, c, clause.forms) ?? formNear(givenForms(text, clause, clause.forms.filter((f) => !cutOff(f, c, cues, text)), c), c);
      if (!level && !ownForm) {
        // "Hội nghị tuyên dương 2 cá nhân …; gia đình bà … đạt điển hình cấp Thành phố"
        const next = parts.slice(ci + 1).find((p) => p.levels.length > 0);
        if (next) { level = next.levels[0]!.value; levelRule = 'level.shared-clause'; }
      }
      if (!level && ci > 0) {
        // "… tuyên dương điển hình cấp cơ sở gồm: 5 tập thể khoa, phòng; 11 cá nhân …"
        const opener = parts.slice(0, ci).reverse().find((p) => p.levels.length > 0);
        const lastLevel = opener?.levels[opener.levels.length - 1];
        if (lastLevel && /(?::|gồm|bao gồm|như sau)/u.test(text.slice(lastLevel.end, c.start))) { level = lastLevel.value; levelRule = 'level.list-opener'; }
      }
      if (!level && paired?.has(c)) { level = paired.get(c)!; levelRule = 'level.respective-giver'; }
      if (!level && ofGivers?.has(c)) { level = ofGivers.get(c)!; levelRule = 'level.respective-giver'; }
      if (!level && listsInTurn?.get(c)?.tier) { level = listsInTurn.get(c)!.tier; levelRule = 'level.respective-giver'; }
      if (!level && byGroup?.has(c)) { level = byGroup.get(c)!.tier; levelRule = 'level.respective-giver'; }
      if (!level && acrossClauses?.has(c)) { level = acrossClauses.get(c)!; levelRule = 'level.respective-giver'; }
      // a count that receives its form from a giver of its own, named with no tier, has that
      // giver's level (none): "…, còn mười một trưởng bản nhận Giấy khen của Đồn"
      const untiered = !level && receivesFromUntiered(text, c, clause);
      if (untiered) {
        debug?.(`award ${c.count} ${c.type ?? '∅'}: its own giver names no tier`);
      } else if (!level) {
        // another clause's issuer reaches only a clause that names no form of its own
        const elided = ELIDED_SUBJECT.test(text.slice(clause.start, clause.end));
        const issuer = nearestIssuer(clause.issuers, c, text) ?? (ownForm && !elided ? null : singleIssuer(parts)) ?? (elided ? giverOfClauseBefore(parts, ci) : null);
        if (issuer) { level = issuer; levelRule = 'level.issuer'; }
      }
      if (!level && inherited?.level) { level = inherited.level; levelRule = 'level.list-lead'; }
      let award = ownForm?.value ?? null;
      // a clause with a giver and a verb of its own tells its own honour: "Đảng ủy xã tặng Giấy
      // khen cho 7 chi bộ; UBND xã biểu dương 31 hộ" — the Giấy khen is not the UBND's
      const ownGiver = clause.issuers.length > 0 && cues.some((h) => h.value === 'honour' && h.start >= clause.start && h.end <= c.start);
      // (its form named before a second verb still is its own: "trao Giấy khen tuyên dương 45 học sinh")
      // (but not a form handed to a recipient of its own first: "tặng Cờ thi đua cho xã A và tuyên
      // dương 14 cá nhân")
      if (!award && ownGiver) award = best(clause.forms.filter((f) => f.end <= c.start && !HANDED_BEFORE_NEXT_VERB.test(text.slice(f.end, c.start))))?.value.value ?? genericForm(text, clause);
      if (!award) {
        // (of a clause before, the form nearest the count among the highest: "tặng Bằng khen, giấy
        // khen cho A; 6 tập thể …" gives the 6 the last one)
        const later = parts.slice(ci + 1).find((p) => p.forms.length > 0);
        const earlier = later ? undefined : parts.slice(0, ci).reverse().find((p) => p.forms.length > 0);
        award = later ? best(later.forms)!.value.value : earlier ? formNear(givenForms(text, earlier, earlier.forms, c), c)!.value : inherited?.award ?? genericForm(text, clause);
      }
      // people counted by a title, honoured by a verb that names no form: the title is the form
      if (award === 'điển hình' && !ownForm) award = titleCounted(text, c) ?? award;
      (reference ? references : awards).push({
        type: c.type,
        count: c.count,
        level,
        levelRule,
        award,
        year: yearNear(text, clause, c),
        start: c.start,
        end: c.end,
        named: c.named !== null ? { start: c.end } : null,
        rule: reference ? `${c.rule}-one-of` : c.rule,
        ...(untiered && !level ? { untiered: true } : {}),
      });
      debug?.(`award ${c.count} ${c.type ?? '∅'} level=${level ?? '∅'} (${levelRule ?? '-'}) award=${award ?? '∅'} [${c.rule}; ${verdict.why}]${reference ? ' (một trong N: kept if told nowhere else)' : ''}`);
    }
  });
  // (a sentence that tells a contest's results, with no honour given, opens no list of honours:
  // "Kết quả toàn đoàn của 5 đơn vị dẫn đầu:" then a table of medals)
  const lead = (/:\s*$/u.test(text) || /trong đó:?\s*$/iu.test(text)) && !(awards.length === 0 && RESULTS.test(text)) ? leadOf(text, inherited, awards) : null;
  // a group the sentence goes on to break down is the total of its parts, no fact of its own:
  // "trong số 48 cá nhân được khen thưởng, 6 cá nhân nhận Bằng khen …, số còn lại nhận Giấy khen …"
  const grouped = references.filter((r) => !addsUpTo(r, awards.filter((a) => a.start > r.end)));
  return { awards, references: grouped, lead, counts: found, cues };
}

function isSubset(text: string, c: CountMention, counts: CountMention[], listedBack = 0): boolean {
  const known = subsetOf.get(c);
  if (known !== undefined) return known;
  const subset = isSubsetOnce(text, c, counts, listedBack);
  // (a verdict cut short by MAX_LISTED_BACK is not the count's own)
  if (listedBack === 0) subsetOf.set(c, subset);
  return subset;
}
// the verdicts of counts already judged: the next part of a list asks for the one before it
const subsetOf = new WeakMap<CountMention, boolean>();

function isSubsetOnce(text: string, c: CountMention, counts: CountMention[], listedBack: number): boolean {
  const earlier = counts.filter((o) => o.end <= c.start);
  if (earlier.length === 0) return false;
  // "hai gia đình là gia đình ông A và gia đình bà B": the named are the members counted
  const lastCounted = earlier.filter((o) => o.named === null).pop();
  // (and the rest of them counted at the list's end, after some named: "… 9 cá nhân …, gồm bà A,
  // ông B và |một hội viên ở phường 11", "… năm hộ …, gồm hộ ông C, hộ bà D và |ba hộ ở khu E")
  const restAfterNamed = c.named === null && lastCounted !== undefined && c.count < lastCounted.count && NAMED_ITEM.test(text.slice(lastCounted.end, c.start));
  if (c.named !== null && lastCounted && lastCounted.type === c.type && lastCounted.count >= 2 && MEMBERS_OPENER.test(text.slice(lastCounted.end, c.start))) return true;
  if (restAfterNamed && lastCounted.type === c.type && MEMBERS_OPENER_FAR.test(text.slice(lastCounted.end, c.start))) return true;
  // "một gia đình là gia đình bà A": the one counted, named right after it
  if (c.named !== null && lastCounted && lastCounted.type === c.type && lastCounted.count === 1 && /^\s(?:là|chính là)\s$/u.test(text.slice(lastCounted.end, c.start))) return true;
  // "trong mười bốn tập thể có bốn giáo xứ và hai đơn vị …": members of the group named — but
  // counts that add up to the group are its breakdown, the facts: "Trong số 45 tập thể, cá nhân
  // được khen thưởng có 19 tập thể và 26 cá nhân"
  for (let k = earlier.length - 1; k >= 0 && earlier[k]!.end >= c.start - MEMBERS_REACH; k--) {
    const o = earlier[k]!;
    if (!GROUP_BEFORE.test(text.slice(Math.max(0, o.start - 10), o.start))) continue;
    // (parts of the group's own kind are its members by their role, no breakdown: "Trong 14 cá nhân
    // được khen có 6 đồng chí là tổ trưởng tổ dân phố, còn lại là đảng viên")
    if (MEMBERS_OF_GROUP.test(text.slice(o.end, c.start))) return !addsUpTo(o, counts.filter((p) => p.start > o.end && p.named === null && !/[;.]/u.test(text.slice(o.end, p.start)))) || (o.type !== null && o.type === c.type);
    if (GROUP_THEN_COMMA.test(text.slice(o.end, c.start)) && PART_IS.test(text.slice(c.end, c.end + 12))) return true;
    break;
  }
  // "12 tập thể (gồm 4 ban trị sự xã, 3 họ đạo, 3 chùa)": a breakdown in parentheses right after
  // the group counted
  const open = text.lastIndexOf('(', c.start);
  if (open > text.lastIndexOf(')', c.start) && earlier.some((o) => o.end <= open && open - o.end <= PARENS_REACH && o.type === c.type && o.count > c.count)) return true;
  const between = text.slice(earlier[earlier.length - 1]!.end, c.start);
  const opener = SUBSET_OPENER.exec(between);
  // (the next parts of a subset listed after the first are some of them too: "trong đó có 6 nghệ
  // nhân quan họ, |4 nghệ nhân ca trù và |5 nghệ nhân làm tranh"; what the one before is may be
  // told between, in a few words and no verb; a few parts back at most: a list of many counts
  // must not make each walk back through all the ones before it)
  // (a part of another kind too, when a count of its kind came before as the total: "… gồm 486 tập
  // thể và 674 cá nhân; trong đó, tỉnh A có 4 tập thể và |5 cá nhân")
  if (!opener) {
    const prev = earlier[earlier.length - 1]!;
    if (listedBack >= MAX_LISTED_BACK || !listedNext(between)) return false;
    if (prev.type !== c.type && !earlier.some((o) => o.end <= prev.start && o.type === c.type && o.type !== 'tập thể, cá nhân' && o.count >= c.count)) return false;
    return isSubset(text, prev, counts, listedBack + 1);
  }
  // a verb of honour after the opener starts an honour of its own: "…, trong đó có chị A, còn UBND
  // huyện khen thưởng 3 đội hình tình nguyện"
  if (GIVING_VERB.test(opener[0])) return false;
  // a part that gets an honour of its own is a fact of the breakdown, not a subset: "150 hộ …
  // được biểu dương; trong đó 5 hộ nhận Bằng khen của …, 25 hộ nhận Bằng khen của UBND tỉnh"
  const next = counts.find((o) => o.start >= c.end);
  if (OWN_HONOUR.test(text.slice(c.end, Math.min(next?.start ?? text.length, c.end + 60)))) return false;
  // so is a part of its own level: "40 hộ đạt danh hiệu …, trong đó cấp tỉnh 3 hộ, cấp huyện 12 hộ"
  if (LEVEL_RIGHT_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) || LEVEL_RIGHT_AFTER.test(text.slice(c.end, c.end + 24))) return false;
  // a breakdown of a combined total lists its parts: those are the facts — but one count of
  // persons by their role, alone after the total, is a subgroup described, no part by type: "125
  // lượt tập thể, cá nhân, trong đó có 38 tình nguyện viên là sinh viên"
  const total = earlier[earlier.length - 1]!;
  const parts = counts.filter((o) => o.start > total.end && !text.slice(total.end, o.start).includes(';'));
  // one count alone after a total of no kind, smaller, up to the next verb of honour: some of them
  // described ("tuyên dương 15 gương …, trong đó có 4 đoàn viên người Bahnar, và tặng Giấy khen …")
  const nextVerb = GIVING_VERB.exec(text.slice(c.end));
  const described = parts.filter((o) => !nextVerb || o.start < c.end + nextVerb.index);
  if (total.type === null && described.length === 1 && total.count > c.count) return true;
  if (c.type === 'cá nhân' && c.word !== 'cá nhân' && total.type === 'tập thể, cá nhân' && total.count > c.count && parts.length === 1) return true;
  return earlier.some((o) => o.type === c.type && o.count >= c.count && o.type !== 'tập thể, cá nhân');
}

// a group named by what it received, then "có" and the count: "trong số nhận Giấy khen có |18 ngư
// dân", "Trong số các hộ được tặng Bằng khen có |9 hộ …"
const AMONG_GROUP_BEFORE = /(?:^|[;:]\s?)[Tt]rong số(?:\s[^;,\d]{0,60}?)?\s(?:được|nhận)\s[^;,\d]{0,60}?\scó\s$/u;

const MAX_LISTED_BACK = 6;

// a count of both kinds: "85 lượt tập thể, cá nhân", "40 tập thể và cá nhân"
const COMBINED_COUNT = /\d\s(?:lượt\s)?(?:tập thể,?\s(?:và\s)?cá nhân|cá nhân,?\s(?:và\s)?tập thể)(?![\p{L}])/u;
// the words that open the parts of a total, right before a count: ", trong đó ", ", gồm: "
const PARTS_OPEN_BEFORE = /,\s(?:trong đó|gồm|bao gồm)(?:\scó)?:?\s$/u;

/** Whether the words between two counts join the second to a list after the first: " quan họ, ". */
function listedNext(between: string): boolean {
  return (between.endsWith(', ') || between.endsWith(' và ')) && between.length <= 40 && !/[;:.()\d]/u.test(between) && !GIVING_VERB.test(between);
}

// a selection step done, then the honour given, joined: "bình xét, công nhận 1.520 gia đình …",
// "xét chọn và tuyên dương 12 gương"
const SELECTION = /^(?:bình xét|xét chọn|bình chọn|lựa chọn|chọn)$/iu;
const JOINED = /^\s?(?:,|và)\s?$/u;

/** Whether proposal hit `h` is a selection the honour right after it completed, before count `c`. */
function selectedThenHonoured(text: string, h: Hit<'honour' | 'proposal' | 'activity'>, cues: Array<Hit<'honour' | 'proposal' | 'activity'>>, c: CountMention): boolean {
  if (!SELECTION.test(text.slice(h.start, h.end))) return false;
  const next = cues.find((o) => o.start >= h.end);
  return next !== undefined && next.value === 'honour' && next.end <= c.start && JOINED.test(text.slice(h.end, next.start));
}

/**
 * Whether contest hit `h` describes the one listed before `c`, after an honour given "cho" them
 * all, `c` joined to that list by "và" or a comma: "tặng Giấy khen cho 18 học sinh đạt giải
 * khuyến khích và |26 giáo viên", "tặng Bằng khen cho đội quận A đạt giải nhất và |15 em".
 */
function prizeOfListBefore(text: string, h: Hit<boolean>, c: CountMention, cues: Array<Hit<'honour' | 'proposal' | 'activity'>>, clause: Clause): boolean {
  if (!LIST_JOIN.test(text.slice(Math.max(h.end, c.start - 6), c.start))) return false;
  const cue = cues.filter((k) => k.start >= clause.start && k.end <= h.start).pop();
  return cue?.value === 'honour' && GIVEN_TO.test(text.slice(cue.end, h.start));
}
// "… và ", ", " right before a count joined to a list
const LIST_JOIN = /(?:\svà|,)\s$/u;
// the ones an honour goes to, opened: "… cho …"
const GIVEN_TO = /\scho\s/u;

/** Whether the parts, each of the total's kind or a kind it combines, add up to the total. */
function addsUpTo(total: { type: RecipientTypeValue | null; count: number }, parts: ReadonlyArray<{ type: RecipientTypeValue | null; count: number }>): boolean {
  const fits = (t: RecipientTypeValue | null): boolean => t === total.type || (total.type === 'tập thể, cá nhân' && (t === 'tập thể' || t === 'cá nhân'));
  return parts.length >= 2 && parts.every((p) => fits(p.type)) && parts.reduce((n, p) => n + p.count, 0) === total.count;
}

function honourVerdict(
  text: string,
  clause: Clause,
  c: CountMention,
  counts: CountMention[],
  cues: Array<Hit<'honour' | 'proposal' | 'activity'>>,
  contest: Array<Hit<boolean>>,
  previousHonour: boolean | null,
): { ok: boolean; why: string } {
  const before = text.slice(Math.max(clause.start, c.start - 40), c.start);
  if (EXAMPLE.test(before)) return { ok: false, why: 'award.example (điển hình như …)' };
  // a count inside what describes a recipient: "… cho hộ ông A (xã B), người đã liên kết 120
  // hộ trồng lúa" — unless an honour is given within it ("…, người đã trực tiếp trao Bằng khen cho
  // 12 tập thể")
  // (or "một <who>" after a name and its comma: "… và ông Lê Văn Tám, một nhà giáo về hưu …" says who
  // the one named is)
  if (c.count === 1 && ONE_WHO.test(text.slice(c.start, c.end)) && nameThenComma(text.slice(Math.max(0, c.start - 30), c.start))) return { ok: false, why: 'award.description (…, một …)' };
  const described = DESCRIBES.exec(text.slice(Math.max(clause.start, c.start - 100), c.start));
  if (described) {
    const from = c.start - described[0].length;
    if (!cues.some((h) => h.value === 'honour' && h.start >= from && h.end <= c.start)) return { ok: false, why: 'award.description (người đã …)' };
  }
  if (AT_PLACES.test(before)) return { ok: false, why: 'award.where (tại N …)' };
  if (WHERE_BEFORE.test(before)) return { ok: false, why: 'award.description (…, nơi N …)' };
  if (membersInParens(before)) return { ok: false, why: 'award.members ((gồm N …))' };
  if (PARTNERS_BEFORE.test(before)) return { ok: false, why: 'award.partners (phối hợp với N …)' };
  if (REPRESENTED_BEFORE.test(before)) return { ok: false, why: 'award.represented (đại diện cho N …)' };
  if (RAISED_TO.test(text.slice(Math.max(clause.start, c.start - 70), c.start))) return { ok: false, why: 'award.running-total (nâng … lên N)' };
  if (DIFFERENCE_BEFORE.test(before)) return { ok: false, why: 'award.difference (tăng N …)' };
  if (isSubset(text, c, counts)) return { ok: false, why: 'award.subset (trong đó có …)' };
  // some of a group told before, named by what it received: "…; trong số nhận Giấy khen có 18 ngư dân"
  if (AMONG_GROUP_BEFORE.test(text.slice(Math.max(0, c.start - 90), c.start))) return { ok: false, why: 'award.subset (trong số … có N)' };
  if (wholeStock(text, c)) return { ok: false, why: 'award.tally (toàn … hiện có N …)' };
  const approximate = c.named === null && APPROXIMATE.test(before);
  if (approximate && !ROUNDED.test(before)) return { ok: false, why: 'award.approximate' };
  // (a rounded count rejected is rejected as one)
  if (NOT_HONOUR_RIGHT.test(text.slice(c.end, c.end + 50)) && !takingPartHonoured(text, clause, c)) return { ok: false, why: approximate ? 'award.approximate' : 'award.not-honour-after' };
  // (a count given an honour of its own right after is not one of the contest's: "…, đạt giải Ba
  // môn Toán, và 31 học sinh đạt danh hiệu học sinh giỏi toàn diện")
  // (nor is a count joined to a list whose count before it the prize describes, after an honour
  // given them all: "tặng Giấy khen cho 18 học sinh đạt giải khuyến khích và 26 giáo viên có công …")
  if (contest.some((h) => h.start >= clause.start && h.start < c.start && c.start - h.end < 60 && !prizeOfListBefore(text, h, c, cues, clause)) && !OWN_TITLE_OR_FORM.test(text.slice(c.end, c.end + 80))) return { ok: false, why: approximate ? 'award.approximate' : 'award.contest' };
  // the count's own words ("156 điển hình") are not evidence that it is an honour
  const inClause = cues.filter((h) => h.start >= clause.start && h.end <= clause.end && (h.end <= c.start || h.start >= c.end));
  // a count in a topic put first is what the main clause after it does: "Đối với giấy khen của
  // Giám đốc cho 7 khoa và 30 cá nhân, Hội đồng sẽ trao tại …" is to come
  if (TOPIC_FIRST.test(text) && firstHonourVerb(text) > c.start && cues.find((h) => h.start >= c.end)?.value === 'proposal') return { ok: false, why: 'award.proposal (topic first)' };
  // (a proposal before a rounded count too: "hồ sơ đề nghị khen thưởng đợt 2 cho khoảng 900 tập thể")
  if (inClause.some((h) => h.value === 'proposal' && h.start < c.start && !selectedThenHonoured(text, h, inClause, c))) return { ok: false, why: 'award.proposal' };
  const left = inClause.filter((h) => h.end <= c.start).pop();
  // a count after a status recognized, the same report of results going on: "3 xã được công nhận
  // đạt chuẩn phổ cập …, thêm 4 trường đạt chuẩn quốc gia; 1.046 học sinh trúng tuyển …", "6 tôn
  // giáo được Nhà nước công nhận với khoảng 372.000 tín đồ"
  // (not the certificate handed: "trao Bằng công nhận đạt chuẩn nông thôn mới cho 3 xã")
  if (left?.value === 'honour' && recognizes(text, left) && !CERTIFICATE_BEFORE.test(text.slice(Math.max(0, left.start - 5), left.start)) && (STATUS_AFTER.test(text.slice(left.end)) || RECOGNIZED_WITH.test(text.slice(left.end)))) return { ok: false, why: 'award.status (công nhận, no title)' };
  if (approximate) return roundedVerdict(text, c, inClause);
  if (placedOnly(text, c, counts, inClause, left)) return { ok: false, why: 'award.placing (đạt giải, đỗ)' };
  // a count that honours a count of its own, whatever an honour before it: "Cũng trong đợt biểu
  // dương này, 17 công đoàn cơ sở trong tỉnh đã khen thưởng 640 đoàn viên"
  if (honoursCountAfter(text, c, counts, inClause)) return { ok: false, why: 'award.giver (the count honours a count)' };
  // the count's own verb recognizes a status: "… và 75 hộ được công nhận thoát nghèo"
  const ownHonour = inClause.find((h) => h.start >= c.end && h.value === 'honour');
  if (ownHonour && recognizes(text, ownHonour) && STATUS_AFTER.test(text.slice(ownHonour.end)) && PASSIVE.test(text.slice(c.end, ownHonour.start))) return { ok: false, why: 'award.status (công nhận, no title)' };
  // an activity told of an earlier count is not this one's when it gets an honour of its own:
  // "… cho 2 cá nhân có nhiều đóng góp …, 3 cá nhân được tặng kỷ niệm chương", "một tổ công tác
  // vận động quần chúng và một cán bộ được Chỉ huy trưởng … tặng Giấy khen"
  if (left?.value === 'activity' && counts.some((o) => o !== c && o.end <= left.start) && (OWN_TITLE_OR_FORM.test(text.slice(c.end, c.end + 60)) || receivedRightAfter(text, c, inClause))) {
    return { ok: true, why: 'own honour after' };
  }
  // (and one joined to the list after an activity that describes the counts before it, the honour
  // told before them all: "tặng Giấy khen cho 5 tàu cá và 23 ngư dân đã tham gia cứu hộ tàu bạn,
  // cùng 4 tập thể có thành tích …")
  if (left?.value === 'activity' && counts.some((o) => o !== c && o.end <= left.start) && (JOINED_TO_LIST.test(text.slice(Math.max(0, c.start - 12), c.start)) || OBJECT_THEN_AND.test(text.slice(left.end, c.start))) && inClause.some((h) => h.value === 'honour' && h.end <= left.start)) {
    return { ok: true, why: 'joined to the list after a description' };
  }
  // (and a part of a combined total honoured before the activity that describes it: "tặng Bằng khen
  // cho 85 lượt tập thể, cá nhân có thành tích … tham gia phòng, chống dịch, trong đó |30 tập thể")
  // (the total may be spent already, its rest told: the clause is read)
  if (left?.value === 'activity' && PARTS_OPEN_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && inClause.some((h) => h.value === 'honour' && h.end <= left.start && COMBINED_COUNT.test(text.slice(h.end, left.start)))) {
    return { ok: true, why: 'part of a total honoured' };
  }
  // the honouring as a thing that will be done: "Việc khen thưởng 20 tổ … sẽ được thực hiện tại …"
  if (left?.value === 'honour' && NOMINAL_HONOUR.test(text.slice(Math.max(0, left.start - 5), left.start)) && inClause.some((h) => h.value === 'proposal' && h.start >= c.end)) return { ok: false, why: 'award.proposal (việc … sẽ)' };
  // the others of a list that names some of a count before it, no count of their own: "… cho 10 già
  // làng, người có uy tín, gồm các ông: A, B, C, D |và 6 người khác|"
  if (OTHERS_AFTER.test(text.slice(c.end, c.end + 8)) && AND_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start)) && counts.some((o) => o !== c && o.end <= c.start && o.count > c.count && MEMBERS_OPENER_FAR.test(text.slice(o.end, c.start)))) return { ok: false, why: 'award.others (… và N … khác)' };
  // "cho" as a verb of its own, what a recipient named before it gave or let: "tặng Giấy khen cho 9
  // hộ gia đình, trong đó có gia đình bà A, đã |cho| 40 người dân ở nhờ"
  if (left?.value === 'honour' && LET_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && counts.some((o) => o !== c && o.start > left.end && o.end <= c.start)) return { ok: false, why: 'award.activity (đã cho)' };
  // things counted and handed over before the count are a gift: "trao 2 con bò giống cho hai hộ"
  if (left?.value === 'honour' && GIFT_COUNTED.test(text.slice(left.start, c.start))) return { ok: false, why: 'award.gift (trao N …)' };
  if (MONEY_EACH.test(text.slice(c.end, c.end + 50)) && findForms(text.slice(0, c.start)).length === 0) return { ok: false, why: 'award.gift (mỗi … N đồng)' };
  // (and a bonus paid at a rate for each one, with no form of honour in the sentence: "496 hộ bàn
  // giao mặt bằng trước thời hạn được thưởng tiến độ với mức 5 triệu đồng/hộ")
  if (MONEY_RATE.test(text.slice(c.end, c.end + 120)) && !findForms(text).some((h) => h.value.value !== 'khen thưởng')) return { ok: false, why: 'award.payment (N đồng/hộ)' };
  // recognized as what is a status, not an honour: "tỉnh công nhận 152 người có uy tín"
  if (left?.value === 'honour' && recognizes(text, left) && STATUS_COUNTED.test(text.slice(c.start, c.end + STATUS_REACH))) return { ok: false, why: 'award.status (công nhận, no title)' };
  if (left) return left.value === 'honour' ? { ok: true, why: 'cue before' } : { ok: false, why: `award.activity (${text.slice(left.start, left.end)})` };
  // after the count, an honour anywhere in the clause governs it: "20 cá nhân có nhiều
  // đóng góp … được nhận Kỷ niệm chương"; what describes the recipients does not
  const right = inClause.filter((h) => h.start >= c.end);
  const firstHonour = right.find((h) => h.value === 'honour');
  // a count that gives: "một doanh nghiệp trên địa bàn tặng thêm 300 bộ sách" — the verb
  // after it is active, with no "được" or "nhận" between
  // (or any honour it hands "cho" others: "Mười một chi hội … năm nào cũng tổ chức phát thưởng cho con cháu")
  if (firstHonour && (GIVE_VERB.test(text.slice(firstHonour.start, firstHonour.end)) || HANDED_TO_OTHERS.test(text.slice(firstHonour.end, firstHonour.end + 40))) && !PASSIVE.test(text.slice(c.end, firstHonour.start))) {
    return { ok: false, why: 'award.giver (the count gives)' };
  }
  // a pledge or a proposal before that honour: "52 hộ … đã ký cam kết phấn đấu đạt danh hiệu …",
  // "3 cá nhân sẽ được tặng …"
  if (firstHonour && right.some((h) => h.value === 'proposal' && h.end <= firstHonour.start)) return { ok: false, why: 'award.proposal' };
  // an honour told of a part after "trong đó" is the part's, not the total's: "toàn trường có 612
  // học sinh, trong đó …, 38 em đạt danh hiệu học sinh giỏi"
  if (firstHonour && PART_BEFORE.test(text.slice(c.end, firstHonour.start)) && counts.some((o) => o.start > c.end && o.end <= firstHonour.start)) return { ok: false, why: 'award.total (its part is honoured)' };
  // a whole counted, then the part of it honoured: "Lớp 9A có 34 học sinh thì 11 em được nhận Giấy
  // khen", "lớp 6B có 32 học sinh nhưng chỉ 2 em được khen"
  if (firstHonour && HAS_BEFORE.test(before)) {
    const turn = WHOLE_THEN_PART.exec(text.slice(c.end, firstHonour.start));
    if (turn && counts.some((o) => o.start >= c.end + turn.index + turn[0].length && o.end <= firstHonour.start)) return { ok: false, why: 'award.total (its part is honoured)' };
  }
  // recognized with no title after it is a status, not an honour: "215 người có uy tín được công
  // nhận theo quy định." (unlike "… được công nhận gia đình văn hóa")
  if (firstHonour && recognizes(text, firstHonour) && (NOTHING_RECOGNIZED_AS.test(text.slice(firstHonour.end)) || STATUS_AFTER.test(text.slice(firstHonour.end)))) return { ok: false, why: 'award.status (công nhận, no title)' };
  // a tally of the title the whole place holds, reached or recognized with no giver named: "Toàn
  // huyện có 1.180 gia đình được công nhận “Gia đình hiếu học”", "toàn tỉnh có 18.600 hộ đạt danh
  // hiệu …" (not "toàn xã có 96 hộ được UBND xã công nhận …", a giver named; nor the movement's
  // examples recognized at a tier: "toàn tỉnh có 14 tập thể được công nhận điển hình … cấp tỉnh")
  if (firstHonour && WHOLE_PLACE_HAS.test(before) && TALLIED.test(text.slice(firstHonour.start, firstHonour.end)) && !GIVER_BETWEEN.test(text.slice(c.end, firstHonour.start)) && !EXAMPLES_AT_TIER.test(text.slice(firstHonour.end, clause.end))) return { ok: false, why: 'award.tally (toàn … có N)' };
  if (firstHonour) return { ok: true, why: 'cue after' };
  // (a count with its share of the whole is a tally of a status, no honour given: "toàn tỉnh có
  // 18.460 hộ, đạt 89,2%, giữ vững danh hiệu gia đình văn hóa")
  if (SHARE_AFTER.test(text.slice(c.end, c.end + 24))) return { ok: false, why: 'award.tally (N, đạt x%)' };
  // (a certificate issued is a document, no honour: "1.215 người được cấp Giấy chứng nhận hiến máu")
  if (clause.forms.some((f) => (f.end <= c.start || f.start >= c.end) && !(f.value.value === 'giấy chứng nhận' && ISSUED_BEFORE.test(text.slice(Math.max(0, f.start - 5), f.start))))) return { ok: true, why: 'form in clause' };
  // what the count is given instead is no honour: "…; 20 cán bộ thôn được tặng quà, mỗi suất …"
  const given = right.find((h) => h.value === 'activity');
  if (given && GIVEN_RIGHT_BEFORE.test(text.slice(c.end, given.start))) return { ok: false, why: `award.activity (${text.slice(given.start, given.end)})` };
  // (and one that gives things itself is no recipient: "một doanh nghiệp trên địa bàn tặng thêm 200
  // bộ sách")
  if (given && GIVE_VERB.test(text.slice(given.start, given.end)) && !PASSIVE.test(text.slice(c.end, given.start))) return { ok: false, why: 'award.giver (the count gives)' };
  // (a count with a passive of its own after it, in a clause of its own, is no recipient of the
  // honour before: "… nhận phần thưởng; 95 hộ dân nhận khoán bảo vệ rừng được ký lại hợp đồng")
  // (not a passive of what the ones counted have: "41 công nhân có sáng kiến … được áp dụng")
  if (previousHonour && !inClause.some((h) => h.value === 'honour')) {
    const tail = text.slice(c.end, clause.end);
    const passive = tail.search(OWN_PASSIVE);
    if (passive >= 0 && !HAVE.test(tail.slice(0, passive))) return { ok: false, why: 'award.own-passive (được …, no honour)' };
  }
  if (previousHonour) return { ok: true, why: 'listed with an honour' };
  if (right.length > 0) return { ok: false, why: `award.activity (${text.slice(right[0]!.start, right[0]!.end)})` };
  return { ok: false, why: 'award.no-cue' };
}

// the whole place's stock of those who hold a title, told after "Toàn tỉnh hiện có" over the
// items of its list: "Toàn tỉnh hiện có 17 Anh hùng Lao động và 5 Chiến sĩ thi đua toàn quốc",
// "Toàn xã có 146 người con đã hy sinh, 9 mẹ được phong tặng danh hiệu …" (not with a giver
// named after the count, nor examples at a tier: see wholeStock)
const STOCK_OPENS = /(?:^|\s)[Tt]oàn\s(?:huyện|tỉnh|xã|thành phố|quận|thị xã|phường|thị trấn)\s(?:hiện\s|hiện nay\s|đến nay\s)?(?:đã\s)?có\s/gu;
// how far back the stock's opening is looked for, in characters
const STOCK_REACH = 120;
// what ends the list the stock opened, or gives in it: "; ", ": ", "tặng"
const STOCK_BROKEN = /[;:]|(?:^|\s)(?:tặng|trao|khen thưởng|tuyên dương|biểu dương)(?![\p{L}])/u;
// a held title the stock counts, or its verb: "được phong tặng", "được truy tặng", "được công nhận", "đạt danh hiệu"
const HELD = /^[^;.]{0,40}?(?:\sđược\s(?:phong tặng|truy tặng|công nhận|phong)|\sđạt\sdanh hiệu)(?![\p{L}])/u;
// (or the count is of the title's holders: "17 Anh hùng Lao động", "5 Chiến sĩ thi đua toàn quốc")
const HOLDERS = /^\S+\s(?:Anh hùng|Bà mẹ|Chiến sĩ thi đua|Nhà giáo|Thầy thuốc|Nghệ nhân|Nghệ sĩ)\s/u;

/** Whether count c is one of a whole place's stock of title holders (see STOCK_OPENS). */
function wholeStock(text: string, c: CountMention): boolean {
  const from = Math.max(0, c.start - STOCK_REACH);
  let at = -1;
  for (const m of text.slice(from, c.start).matchAll(STOCK_OPENS)) at = from + m.index + m[0].length;
  if (at < 0 || STOCK_BROKEN.test(text.slice(at, c.start))) return false;
  const after = text.slice(c.end, c.end + 160);
  const clauseEnd = after.search(/[;.]/u);
  const rest = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
  return (HELD.test(after) || HOLDERS.test(text.slice(c.start, c.start + 40))) && !GIVER_BETWEEN.test(rest) && !EXAMPLES_AT_TIER.test(rest);
}

// the whole place has: "Toàn huyện có ", "toàn tỉnh hiện có trên "
const WHOLE_PLACE_HAS = /(?:^|\s)[Tt]oàn\s(?:huyện|tỉnh|xã|thành phố|quận|thị xã|phường|thị trấn)\s(?:hiện\s)?có\s(?:hơn\s|trên\s|gần\s|khoảng\s)?$/u;
// a title held: recognized or reached
const TALLIED = /^(?:công nhận|đạt danh hiệu|đạt điển hình)$/iu;
// a giver named between the count and its verb: "… được UBND xã công nhận"
const GIVER_BETWEEN = /được\s\p{Lu}/u;
// examples of the movement, or a tier stated: "… điển hình “Dân vận khéo”", "… cấp tỉnh"
const EXAMPLES_AT_TIER = /(?:^|\s)(?:điển hình|cấp)\s/u;

// a passive after the count that is no honour (there is none in its clause): "… được ký lại hợp
// đồng", "… được cấp đất"
const OWN_PASSIVE = /(?:^|\s)được\s\p{Ll}/u;
const HAVE = /(?:^|\s)có\s/u;

// the ones the delegates of a congress stand for: "250 đại biểu, đại diện cho hơn 3.000 tập thể, cá
// nhân điển hình tiên tiến" (not honoured there, whatever words describe them)
const REPRESENTED_BEFORE = /(?:^|[\s,])(?:đại diện|thay mặt)(?:\scho)?\s(?:(?:hơn|gần|khoảng|trên|chừng)\s)?$/u;
// the bodies a giver works with, counted after "phối hợp với": "phối hợp với 5 hội quán, 8 cơ sở
// tôn giáo vận động …" (not recipients, whatever the clause gives later)
const PARTNERS_BEFORE = /(?:phối hợp với|phối hợp cùng|liên kết với|kết nghĩa với)\s(?:(?:\d{1,3}(?:\.\d{3})+|\d{1,5})\s\p{Ll}+(?:\s\p{Ll}+){0,3},\s)*$/u;

const AND_BEFORE = /\svà\s$/u;
// "cho" after an adverb of time is the verb "to let, to give", not the honour's: "đã cho", "từng cho"
const LET_BEFORE = /(?:^|\s)(?:đã|vừa|từng|thường|sẵn sàng)\scho\s$/u;

// money handed to each one counted, right after the count: "tặng 23 chùa| mỗi chùa 2 triệu đồng",
// "… 15 hộ, mỗi hộ 5.000.000 đồng" (with no form before it in the sentence: a Giấy khen with
// prize money stays an honour, "… còn lại là cá nhân, mỗi suất kèm 300.000 đồng tiền thưởng")
const MONEY_EACH = /^,?\s?mỗi\s(?:(?!kèm)[^,;.\d]){1,20}?\s\d[\d.,]*\s(?:(?:triệu|nghìn|ngàn|tỷ)\s)?đồng/u;
// money at a rate for each one: "5 triệu đồng/hộ", "500.000 đồng/người"
const MONEY_RATE = /\d[\d.,]*\s(?:(?:triệu|nghìn|ngàn)\s)?đồng\s?\/\s?(?:hộ|người|suất|em|cháu|học sinh|lao động)(?![\p{L}])/u;
// a number of things right after a verb of giving: "trao 2 con bò giống cho", "tặng 50 chiếc xe
// đạp cho" — not of honours: "trao 15 Bằng khen cho"
const GIFT_COUNTED = new RegExp(`^(?:trao tặng|trao|tặng)\\s(?:thêm\\s)?(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,5}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s(?!(?:${handedFormsPattern()}|[Gg]iấy chứng nhận|[Tt]hư khen|[Dd]anh hiệu|phần thưởng))`, 'u');
// a count joined to a list after the description of the ones before it: ", cùng ", ", và ", ", cùng với "
const JOINED_TO_LIST = /,\s(?:cùng với|cùng|và)\s$/u;
// (or with "và" alone, the activity's own object told before it: "tặng Giấy khen cho 9 hộ gia đình
// đã hiến |đất và |hai tập thể là …" — not a count the activity governs: "hỗ trợ 9 hộ nghèo và 4 …")
const OBJECT_THEN_AND = /^\s\p{Ll}+(?:\s\p{Ll}+){0,3}\svà\s$/u;
// what a body is made of, opening its parentheses: "(gồm 28 đồng chí)", "(gồm 6 tàu với 58 lao động)"
const MADE_OF = /^(?:gồm|bao gồm|với|có)\s/u;
// the end of a body's name right before its parentheses: a capitalized word, or its number after
// one or after "số" ("Tổ đoàn kết Gành Nồm 9 (", "Tổ công tác số 5 ("), also before whose the body
// is, by a place's word ("Tổ công tác số 5 của huyện (")
const UNIT_NUMBER = /^\d{1,3}$/u;
function nameBeforeParens(before: string): boolean {
  const words = before.trimEnd().split(' ');
  for (const n of [1, 2]) {
    if (words.length > n + 1 && words[words.length - n - 1] === 'của' && PLACE_TYPE_WORDS.has(words.slice(-n).join(' '))) words.length -= n + 1;
  }
  const last = words[words.length - 1] ?? '';
  const previous = words[words.length - 2] ?? '';
  return CAPITAL_FIRST.test(last) || (UNIT_NUMBER.test(last) && (CAPITAL_FIRST.test(previous) || previous === 'số'));
}
/**
 * Whether `before` ends inside parentheses that tell what a body named right before them is made
 * of (not the parts of a count: "45 tập thể, cá nhân (gồm 17 tập thể và 28 cá nhân)").
 */
function membersInParens(before: string): boolean {
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.includes(')', open) && MADE_OF.test(before.slice(open + 1)) && nameBeforeParens(before.slice(Math.max(0, open - 36), open));
}
// issued, right before a certificate: "được cấp Giấy chứng nhận …"
const ISSUED_BEFORE = /(?:^|\s)cấp\s$/u;
// a whole that has the count, and the turn to its part: "Lớp 9A có 34 học sinh| thì |11 em …",
// "có 32 học sinh| nhưng chỉ |2 em …"
const HAS_BEFORE = /(?:^|\s)có\s$/u;
const WHOLE_THEN_PART = /\s(?:thì|nhưng|mà)\s(?:chỉ\s(?:có\s)?)?/u;
// a part told after the count: ", trong đó", "; trong số đó"
const PART_BEFORE = /[,;:]\s(?:trong đó|trong số đó)(?![\p{L}])/u;

// right after an honour, the ones it goes to: "thưởng cho con cháu", "khen thưởng kịp thời cho …"
const HANDED_TO_OTHERS = /^(?:\s[\p{Ll}]+){0,3}\scho\s/u;

// an honour told as a noun, the subject of what follows: "Việc khen thưởng …", "việc tặng …"
const NOMINAL_HONOUR = /(?:^|\s)[Vv]iệc\s$/u;

/** Whether the first cue after a count is an honour it receives, passive, within 80 characters: "một cán bộ được Chỉ huy trưởng … tặng". */
function receivedRightAfter(text: string, c: CountMention, inClause: Array<Hit<'honour' | 'proposal' | 'activity'>>): boolean {
  const first = inClause.find((h) => h.start >= c.end);
  return first?.value === 'honour' && first.start - c.end <= 80 && PASSIVE.test(text.slice(c.end, first.start));
}

// a handed honour given to the count: "tặng Giấy chứng nhận cho 1.200 tình nguyện viên …"
// (or after another count listed first: "tặng Giấy khen cho 9 đội cồng chiêng và |18 nghệ nhân tham gia …")
const HANDED_TO = new RegExp(`(?:trao tặng|trao|tặng)\\s(?:${handedFormsPattern()}|[Gg]iấy chứng nhận|[Tt]hư khen)[^;:]{0,60}?\\scho\\s(?:\\d[\\d.]*\\s\\p{Ll}+(?:\\s\\p{Ll}+){0,3}(?:,|\\svà)\\s)?$`, 'u');
// (also after another count listed with it: "18 tập thể và 40 cá nhân tham gia …", or after whose
// they are and how they took part: "cho 9 tàu cá của xã đã tích cực tham gia ứng cứu …")
const TAKING_PART = new RegExp(`^(?:${LISTED_WITH}| của [\\p{L} ]{1,30}?)?\\s(?:đã\\s)?(?:tích cực\\s)?(?:tham gia|tham dự)(?![\\p{L}])`, 'u');
// a count's result in a contest or an exam right after it: " đạt giải học sinh giỏi", " đỗ đại học"
const PLACED = new RegExp(`^\\s(?:đã\\s)?(?:${alternation(PLACING)})(?![\\p{L}])`, 'u');

/**
 * Whether a count told with its result in a contest or an exam is no more than that result: no
 * honour given it by a verb before it, in its clause ("khen thưởng 38 học sinh đạt giải", "tặng Giấy
 * khen cho … và 17 học sinh đạt giải"), nor received right after it, with no other count between
 * ("Hai em đạt giải nhất cấp tỉnh được Sở GD&ĐT tặng giấy khen"). The passive of a count before it
 * is that count's: "toàn huyện có 43 học sinh đạt giải học sinh giỏi cấp tỉnh, 17 giáo viên được
 * công nhận giáo viên dạy giỏi …; thêm 9 trường đạt chuẩn quốc gia".
 */
function placedOnly(text: string, c: CountMention, counts: CountMention[], inClause: Array<Hit<'honour' | 'proposal' | 'activity'>>, left: Hit<'honour' | 'proposal' | 'activity'> | undefined): boolean {
  if (!PLACED.test(text.slice(c.end, c.end + 24))) return false;
  if (left?.value === 'honour') return PASSIVE_RIGHT_BEFORE.test(text.slice(Math.max(0, left.start - 6), left.start));
  const firstHonour = inClause.find((h) => h.start >= c.end && h.value === 'honour');
  return !firstHonour || counts.some((o) => o.start >= c.end && o.end <= firstHonour.start);
}
// a verb of honour right before the count, or before the count listed first: "khen thưởng 12 tập
// thể và 24 cá nhân tham gia tích cực phong trào"
const HONOURED_RIGHT_BEFORE = /(?:khen thưởng|tuyên dương|biểu dương|vinh danh|tôn vinh)\s(?:cho\s)?(?:\d[\d.]*\s\p{Ll}+(?:\s\p{Ll}+)?(?:,|\svà)\s)?$/u;

/**
 * Whether "tham gia" after a count describes recipients a handed honour is given to ("tặng
 * Giấy chứng nhận cho 1.200 tình nguyện viên tham gia chống dịch"), or that a verb of honour
 * right before honours, not an audience.
 */
function takingPartHonoured(text: string, clause: Clause, c: CountMention): boolean {
  if (!TAKING_PART.test(text.slice(c.end, c.end + 50))) return false;
  const before = text.slice(Math.max(clause.start, c.start - 120), c.start);
  return HANDED_TO.test(before) || HONOURED_RIGHT_BEFORE.test(before);
}

/**
 * A rounded count ("hơn 20 tập thể") is honoured when a verb of honour right before it gives it
 * something, or one after it, passive, tells it received something — and no activity is told
 * of it first ("trao Bằng khen … cho hơn 200 hội viên tham dự" is an audience).
 */
function roundedVerdict(text: string, c: CountMention, inClause: Array<Hit<'honour' | 'proposal' | 'activity'>>): { ok: boolean; why: string } {
  const rightFirst = inClause.find((h) => h.start >= c.end);
  if (rightFirst && rightFirst.value !== 'honour') return { ok: false, why: 'award.approximate' };
  const left = inClause.filter((h) => h.end <= c.start).pop();
  if (left?.value === 'honour' && c.start - left.end <= ROUNDED_REACH) return { ok: true, why: 'rounded count, cue before' };
  if (!left && rightFirst && PASSIVE.test(text.slice(c.end, rightFirst.start + 12))) return { ok: true, why: 'rounded count, received' };
  return { ok: false, why: 'award.approximate' };
}

/**
 * Counts that receive honours in turn: "6 và 19 cá nhân lần lượt nhận Bằng khen của Chủ tịch UBND
 * tỉnh và Giấy khen của Giám đốc Công an tỉnh" — the k-th count gets the k-th form, with the tier
 * of the giver named after it. Null unless the counts before "lần lượt" and the forms after it
 * are as many, two or more.
 */
function respectiveForms(text: string, clause: Clause): Map<CountMention, { form: AwardForm; tier: LevelValue | null }> | null {
  // (looked for in the clause only: a long text of clauses must not be scanned once a clause)
  const local = text.slice(clause.start, clause.end).indexOf('lần lượt');
  if (local < 0) return null;
  const at = clause.start + local;
  const counts = clause.counts.filter((c) => c.end <= at);
  const forms = clause.forms.filter((f) => f.start > at);
  if (counts.length < 2 || counts.length !== forms.length) return null;
  const out = new Map<CountMention, { form: AwardForm; tier: LevelValue | null }>();
  counts.forEach((c, k) => {
    const giver = text.slice(forms[k]!.end, forms[k + 1]?.start ?? clause.end);
    out.set(c, { form: forms[k]!.value, tier: findIssuers(giver)[0]?.value ?? null });
  });
  return out;
}

// between a form and the parenthesis of its counts: its giver, or nothing ("bằng khen của Chủ
// tịch UBND tỉnh (2 tập thể, 5 cá nhân)")
const GIVER_BEFORE_PARENS = /^(?:\s(?:của|do)\s[^()]{1,80}?)?\s?$/u;

/**
 * Counts in parentheses right after a form and its giver take that form and the giver's tier:
 * "lần lượt nhận bằng khen của Trung ương Hội (1 tập thể, 3 cá nhân), bằng khen của Chủ tịch UBND
 * tỉnh (2 tập thể, 5 cá nhân) và giấy khen của Hội Nông dân tỉnh (8 tập thể, 19 cá nhân)".
 */
function formsBeforeParens(text: string, clause: Clause): Map<CountMention, { form: AwardForm; tier: LevelValue | null }> | null {
  let out: Map<CountMention, { form: AwardForm; tier: LevelValue | null }> | null = null;
  for (const c of clause.counts) {
    const open = text.lastIndexOf('(', c.start);
    if (open < clause.start || text.lastIndexOf(')', c.start) > open) continue;
    const form = clause.forms.filter((f) => f.end <= open).pop();
    if (!form) continue;
    const between = text.slice(form.end, open);
    if (!GIVER_BEFORE_PARENS.test(between)) continue;
    out ??= new Map();
    out.set(c, { form: form.value, tier: findIssuers(between)[0]?.value ?? null });
  }
  return out;
}

/**
 * Counts given in turn by several givers, one form each: each count after the verb gets the form
 * that stands last before it, and the tier of that form's giver. Null unless the givers and the
 * forms are as many, every form has a count, and the counts are not as many as the givers (those
 * pair one to one: see respectiveGivers).
 */
function givenInTurn(text: string, counts: CountMention[], forms: Array<Hit<AwardForm>>): Map<CountMention, { tier: LevelValue; form: AwardForm }> | null {
  const respective = respectiveGivers(text, 0, text.length);
  if (!respective) return null;
  const after = forms.filter((f) => f.start > respective.from);
  const given = counts.filter((c) => c.start > respective.from);
  if (after.length !== respective.tiers.length || given.length === respective.tiers.length) return null;
  const out = new Map<CountMention, { tier: LevelValue; form: AwardForm }>();
  const has = new Set<number>();
  for (const c of given) {
    let k = after.length - 1;
    while (k >= 0 && after[k]!.end > c.start) k--;
    if (k < 0) return null;
    out.set(c, { tier: respective.tiers[k]!, form: after[k]!.value });
    has.add(k);
  }
  // (every giver gives to a count, or to a recipient it names: "A, B và C lần lượt tặng Bằng
  // khen cho buôn Hrai; Giấy khen cho 03 tập thể …")
  const namesOne = (k: number): boolean => NAMED_AFTER_CHO.test(text.slice(after[k]!.end, after[k + 1]?.start ?? text.length));
  return after.every((_, k) => has.has(k) || namesOne(k)) ? out : null;
}

// "lần lượt trao Giấy khen của Giám đốc Sở Y tế và của Bệnh viện cho …": the givers, each after
// its "của", named between the form and "cho"
const OF_GIVERS_IN_TURN = /(?<![\p{L}])lần lượt\s(?:trao tặng|trao|tặng)\s[^;]{0,40}?\scủa\s(?<givers>[^;]{3,160}?)\scho\s/u;
const NEXT_OF = /\s(?:và|,)\s?của\s/gu;

/**
 * The tier of each count given in turn by givers named one after another with "của": the k-th
 * giver gives the k-th group of counts after "cho", a group ending where a kind comes again
 * ("… của A và của B cho 3 tập thể, 12 cá nhân và 5 tập thể, 20 cá nhân"). Null unless the
 * givers and the groups are as many, and each giver has one tier.
 */
function giversOfInTurn(text: string, clause: Clause): Map<CountMention, LevelValue> | null {
  const m = OF_GIVERS_IN_TURN.exec(text.slice(clause.start, clause.end));
  if (!m) return null;
  const from = clause.start + m.index + m[0].length - m.groups!.givers!.length - ' cho '.length;
  const bounds = [from, ...[...m.groups!.givers!.matchAll(NEXT_OF)].map((n) => from + n.index), from + m.groups!.givers!.length];
  if (bounds.length < 3) return null;
  const tiers: LevelValue[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const own = new Set(clause.issuers.filter((h) => h.start >= bounds[k]! && h.start < bounds[k + 1]!).map((h) => h.value));
    if (own.size !== 1) return null;
    tiers.push([...own][0]!);
  }
  return tiersOfGroups(clause.counts.filter((x) => x.start > clause.start + m.index + m[0].length - 1), tiers);
}

/**
 * The k-th giver's tier for each count of the k-th group of counts, a group ending where a kind
 * comes again ("4 tập thể, 3 cá nhân và 12 tập thể, 21 cá nhân": two groups); null unless the
 * groups and the givers are as many.
 */
/**
 * The tier of each count after givers in turn when their groups run over clauses: a group ends
 * with its clause or where a kind comes again. Null when the groups and the givers do not pair up.
 */
function giversAcrossClauses(text: string, counts: CountMention[]): Map<CountMention, LevelValue> | null {
  const respective = respectiveGivers(text, 0, text.length);
  if (!respective) return null;
  const after = counts.filter((c) => c.start > respective.from && c.named === null);
  const groups: CountMention[][] = [];
  // (the first giver's may be a recipient named, with no count: "A, B và C lần lượt tặng Bằng
  // khen, giấy khen cho Công an xã D; 6 tập thể, 11 cá nhân và 9 tập thể, 14 cá nhân")
  const firstClauseEnd = text.indexOf(';', respective.from);
  if (firstClauseEnd > 0 && !after.some((c) => c.start < firstClauseEnd) && NAMED_AFTER_CHO.test(text.slice(respective.from, firstClauseEnd))) groups.push([]);
  for (const [s, e] of clauses(text)) {
    let group: CountMention[] | null = null;
    for (const c of after.filter((o) => o.start >= s && o.start < e)) {
      if (!group || group.some((g) => g.type === c.type)) groups.push((group = [c]));
      else group.push(c);
    }
  }
  return groups.length === respective.tiers.length ? new Map(groups.flatMap((g, k) => g.map((c) => [c, respective.tiers[k]!] as const))) : null;
}

function tiersOfGroups(counts: CountMention[], tiers: LevelValue[]): Map<CountMention, LevelValue> | null {
  const groups: CountMention[][] = [];
  for (const c of counts) {
    const group = groups[groups.length - 1];
    if (!group || group.some((g) => g.type === c.type)) groups.push([c]);
    else group.push(c);
  }
  if (groups.length !== tiers.length) return null;
  return new Map(groups.flatMap((g, k) => g.map((c) => [c, tiers[k]!] as const)));
}

// "lần lượt trao Bằng khen của A, Giấy khen của B và Giấy khen của C cho 3, 7 và 10 tập thể": the
// verb given in turn, its forms listed before "cho"
const GIVEN_IN_TURN = /(?<![\p{L}])lần lượt\s(?:trao tặng|trao|tặng)\s[^;]{3,200}?\scho\s/u;

/**
 * The form, and the tier of the giver named with it, of each count of lists given in turn: the
 * k-th form listed goes to the k-th number of every list of one kind ("… Bằng khen của A, Giấy
 * khen của B và Giấy khen của C cho 3, 7 và 10 tập thể cùng 2, 12 và 18 cá nhân"). Null unless
 * every kind after "cho" has as many counts as there are forms, two or more.
 */
function formsToListsInTurn(text: string, clause: Clause): Map<CountMention, { form: AwardForm; tier: LevelValue | null }> | null {
  const m = GIVEN_IN_TURN.exec(text.slice(clause.start, clause.end));
  if (!m) return null;
  const cho = clause.start + m.index + m[0].length - ' cho '.length;
  const forms = clause.forms.filter((f) => f.start > clause.start + m.index && f.start < cho);
  if (forms.length < 2) return null;
  const byKind = new Map<string | null, CountMention[]>();
  for (const c of clause.counts.filter((x) => x.start > cho)) byKind.set(c.type, [...(byKind.get(c.type) ?? []), c]);
  if (byKind.size === 0 || [...byKind.values()].some((list) => list.length !== forms.length)) return null;
  const tierOf = (k: number): LevelValue | null => {
    const own = new Set(clause.issuers.filter((h) => h.start > forms[k]!.start && h.start < (forms[k + 1]?.start ?? cho)).map((h) => h.value));
    return own.size === 1 ? [...own][0]! : null;
  };
  const out = new Map<CountMention, { form: AwardForm; tier: LevelValue | null }>();
  for (const list of byKind.values()) list.forEach((c, k) => out.set(c, { form: forms[k]!.value, tier: tierOf(k) }));
  return out;
}

// a recipient named after "cho", in capitals or after a lowercase unit word: "cho buôn Hrai Kniêt",
// "cho Trường Tiểu học A"
const NAMED_AFTER_CHO = /(?<![\p{L}])cho\s(?:\p{Ll}+\s){0,2}\p{Lu}/u;

/** Level phrases of a clause and the counts each covers. */
// a form named right before a level, and given right after it: "Giấy khen |cấp huyện| được trao cho"
const FORM_BEFORE_LEVEL = /(?:[Gg]iấy khen|[Bb]ằng khen|[Cc]ờ thi đua)\s$/u;
const FORM_LEVEL_GIVEN = /^\s(?:(?:đã\s)?được\s(?:trao|tặng|trao tặng)\s)?cho\s/u;

function levelsInClause(clause: Clause, text: string): Map<CountMention, LevelValue> {
  const map = new Map<CountMention, LevelValue>();
  if (clause.levels.length === 0) return map;
  const items = [...clause.counts].sort((a, b) => a.start - b.start);
  // a phrase right before a count is that count's: "trong đó cấp trung ương 1 hộ, cấp tỉnh 9 hộ"
  const direct = new Set<Hit<LevelValue>>();
  for (const h of clause.levels) {
    const c = items.find((x) => x.start > h.end && x.start - h.end <= 2 && text.slice(h.end, x.start).trim() === '');
    if (c && !map.has(c)) { map.set(c, h.value); direct.add(h); }
  }
  // a prefix phrase ("cấp tỉnh có 3 tập thể", "Ở cấp huyện, …") covers the counts after it
  // (and the tier of a form named before its counts: "Giấy khen cấp huyện được trao cho 16 tập thể
  // và 38 cá nhân, Giấy khen cấp xã cho 7 chi hội …")
  const isPrefix = (h: Hit<LevelValue>): boolean => {
    const before = text.slice(clause.start, h.start).trim();
    if (FORM_BEFORE_LEVEL.test(text.slice(Math.max(clause.start, h.start - 14), h.start)) && FORM_LEVEL_GIVEN.test(text.slice(h.end, h.end + 30))) return true;
    return (before === '' || /(?:^|[,:])\s*(?:ở|tại|đối với|về)?$/iu.test(before)) && LEVEL_PREFIX_END.test(text.slice(h.end));
  };
  const suffixes = clause.levels.filter((h) => !direct.has(h) && !isPrefix(h));
  const prefixes = clause.levels.filter((h) => !direct.has(h) && isPrefix(h));
  // suffix phrases claim the counts before them, back to the previous phrase — not across a
  // second honour given: "tặng Giấy khen cho 29 tập thể và công nhận danh hiệu Chiến sĩ thi đua
  // cơ sở cho …"
  // (nor the other way: "công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 56 cá nhân và tặng Giấy
  // khen cho 112 tập thể, cá nhân" — the title's tier is not the Giấy khen's)
  const cut = (c: CountMention, h: Hit<LevelValue>): boolean =>
    h.start >= c.end ? ANOTHER_HONOUR.test(text.slice(c.end, h.start)) : h.end <= c.start && ANOTHER_HONOUR.test(text.slice(h.end, c.start));
  let from = clause.start;
  for (const h of suffixes) {
    for (const c of items) if (!map.has(c) && c.start >= from && c.end <= h.start && !cut(c, h)) map.set(c, h.value);
    from = h.end;
  }
  // (each up to the next phrase of a level)
  for (const h of prefixes) {
    const next = clause.levels.find((o) => o.start >= h.end);
    for (const c of items) if (!map.has(c) && c.start >= h.end && (!next || c.start < next.start)) map.set(c, h.value);
  }
  // what is left takes the nearest phrase of its clause that reaches it — not across a count
  // before it that its own form follows: "công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 40 cá
  // nhân và Lao động tiên tiến cho 300 cá nhân" (the 300's title has no tier of its own)
  const otherFormBetween = (c: CountMention, h: Hit<LevelValue>): boolean =>
    h.end <= c.start && items.some((x) => x.start >= h.end && x.end <= c.start && clause.forms.some((f) => f.start >= x.end && f.end <= c.start));
  for (const c of items) {
    if (map.has(c)) continue;
    let bestHit: Hit<LevelValue> | null = null;
    for (const h of clause.levels) if (!cut(c, h) && !otherFormBetween(c, h) && (!bestHit || Math.abs(h.start - c.start) < Math.abs(bestHit.start - c.start))) bestHit = h;
    if (bestHit) map.set(c, bestHit.value);
  }
  return map;
}

/**
 * Whether a form belongs to another honour: a verb of honour stands between it and the count
 * ("tặng giấy khen cho 21 tập thể và biểu dương 15 gương điển hình"), or after the count a second
 * honour is given ("… cho 3 cá nhân và trao Huy hiệu “Tuổi trẻ sáng tạo” cho 4 đoàn viên").
 */
function cutOff(f: Hit<AwardForm>, c: CountMention, cues: Array<Hit<'honour' | 'proposal' | 'activity'>>, text: string): boolean {
  // (a form after a count given with "cho" that has a recipient of its own is another giving:
  // "trao Bằng khen … cho hai vị sư và Giấy khen của UBND huyện cho 5 chùa")
  // (also a count listed after another that "cho" governs: "… cho 1 tập thể, 2 cá nhân và giấy khen của … cho 5 tập thể")
  if (f.start >= c.end) return ANOTHER_HONOUR.test(text.slice(c.end, f.start)) || (GIVEN_TO_BEFORE.test(text.slice(Math.max(0, c.numStart - 60), c.numStart)) && OWN_RECIPIENT_AFTER.test(text.slice(f.end, f.end + 80)));
  // (a verb joined to the form is the same giving: "tặng Giấy khen và thưởng nóng cho 142 công
  // nhân", "tặng Giấy khen kèm tiền thưởng cho 14 cá nhân", "tặng giấy khen và phần thưởng cho …")
  // (nor is the form given in the passive: "Kỷ niệm chương “…” được trao cho ba cá nhân")
  // (nor a title a count before attains: "khen thưởng 51 học sinh đạt danh hiệu … và 207 học sinh …")
  // (nor the noun of a count the form was given to, whose parts these are: "trao Bằng khen … cho
  // 38 điển hình, trong đó có 15 tập thể")
  // (nor the title right after the form, what it certifies: "trao Giấy chứng nhận điển hình cấp
  // Thành phố … cho … và tập thể A")
  return f.end <= c.start && cues.some((h) => h.value === 'honour' && h.start >= f.end && h.end <= c.start && !JOINED_TO_FORM.test(text.slice(f.end, h.start)) && !TITLE_OF_FORM.test(text.slice(f.end, h.start)) && !FORM_GIVEN_PASSIVE.test(text.slice(f.end, h.start)) && !text.startsWith('đạt', h.start) && !DIGITS_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start)));
}

// between a form and the title it names right after it: " ", " danh hiệu "
const TITLE_OF_FORM = /^\s(?:danh hiệu\s)?$/u;

// a title named after "đạt" in a clause: what its recipients attained, "… 33 cá nhân đạt danh
// hiệu lao động tiên tiến, chiến sĩ thi đua cơ sở"
const ATTAINED_BEFORE = /\sđạt(?:\sđược)?\s(?:danh hiệu\s)?[“"]?(?:[^;.“”"]{0,50}?(?:,|\svà)\s[“"]?)?$/u;

/**
 * The forms a count may be given: a title its recipients attained ("đạt danh hiệu …") is no form
 * handed to them when a form or verb of honour before the count gives them one ("tặng Giấy khen
 * cho 4 tập thể và 33 cá nhân đạt danh hiệu lao động tiên tiến", "khen thưởng 900 hộ đạt danh
 * hiệu …, trong đó cấp tỉnh 75 hộ"); recognizing ("công nhận 42 gia đình đạt danh hiệu …") is too
 * weak to be that form.
 */
function givenForms(text: string, clause: Clause, forms: Array<Hit<AwardForm>>, c: CountMention): Array<Hit<AwardForm>> {
  if (forms.length < 2 || !text.includes('đạt')) return forms;
  const handed = forms.filter((f) => !ATTAINED_BEFORE.test(text.slice(Math.max(clause.start, f.start - 80), f.start)));
  // (the bare word "danh hiệu" before the count hands nothing: "Về danh hiệu thi đua năm 2021, 17
  // cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”")
  return handed.length < forms.length && handed.some((f) => f.end <= c.start && f.value.rank >= 1 && f.value.value !== 'danh hiệu') ? handed : forms;
}
// right after a count, its share of a whole: ", đạt 89,2%", " (chiếm 76%)", " (92%)"
const SHARE_AFTER = /^(?:,?\s(?:đạt|chiếm|bằng)|\s?\((?:đạt\s|chiếm\s)?)\s?\d[\d,.]*\s?%/u;

// "cho" before a count, right before it or before the counts listed ahead of it ("cho 1 tập thể,
// |2 cá nhân", "cho hai tập thể, |bốn cá nhân"), and after a form the "cho" of its own recipient
const GIVEN_TO_BEFORE = /(?:^|\s)cho\s(?:(?:\d[\d.]*|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s\p{Ll}+(?:\s\p{Ll}+)?(?:,|\svà)\s)*$/u;
const OWN_RECIPIENT_AFTER = /^[^;,]{0,60}?\scho\s/u;
// between a form and its verb in the passive: its name (in quotes or capitalized), its year, its
// giver, then "được" and the first half of a two-word verb ("Danh hiệu “Lao động tiên tiến|” năm
// 2021 được |công nhận cho 1.126 người", "Kỷ niệm chương| Vì sự nghiệp X được trao |tặng cho ba …")
const FORM_GIVEN_PASSIVE = /^[”"]?(?:\s[“"][^”"]{1,80}[”"]|\s\p{Lu}[^;,.“”"]{1,60}?)?(?:\snăm\s\d{4})?(?:\s(?:của|do)\s[^;,]{1,60}?)?\s(?:(?:đã|cũng|sẽ)\s)?được\s(?:trao\s|khen\s)?$/u;
// after a form, its own recipient, then the next verb of giving (GIVING_VERB): " cho xã A và tuyên dương "
const HANDED_BEFORE_NEXT_VERB = new RegExp(`^\\s(?:[^;]{0,30}\\s)?cho\\s[^;]{1,80}?(?:\\svà|,)\\s${GIVING_VERB.source}`, 'u');
const JOINED_TO_FORM = /^\s(?:và|kèm|kèm theo|cùng)\s(?:tiền\s|phần\s)?$/u;

// after a count, through a count joined to it, a verb of receiving: "… và 7 cá nhân nhận ", or
// its giver named between: "số còn lại được Ban Thường vụ Hội Nông dân tỉnh tặng ", "6 tập thể| và
// 11 cá nhân được Chủ tịch UBND huyện tặng |Giấy khen"
const RECEIVES_AFTER = /^(?:(?:\s(?:và|,)\s?[\d\p{L}]+\s[\p{Ll}\s]{1,25}?|\s[\p{Ll}\s]{0,30}?)?\s?(?:nhận|được tặng|được trao|được nhận|vinh dự nhận|đón nhận)|(?:\s(?:và|,)\s?[\d\p{L}]+\s[\p{Ll}\s]{1,25}?)?\sđược\s[^,;]{2,60}?\s(?:trao tặng|tặng|trao))\s$/u;

// a count honoured, then the form handed to the same people, named again by a pronoun or their
// kind: "tuyên dương 12 hội viên tiêu biểu và tặng Giấy khen cho các chị", "… và trao Bằng khen
// cho họ"
const HANDED_THEN = /^\s[\p{Ll}\s]{0,40}?\svà\s(?:trao tặng|tặng|trao)\s$/u;
const TO_THEM = /^(?:\s[\p{L}“”"]+){0,6}?\scho\s(?:họ|(?:các|những)\s(?:chị|em|anh|cháu|bạn|đồng chí|hội viên|đoàn viên|cá nhân|tập thể|gia đình|hộ|đơn vị))(?:\s(?:này|trên|đó))?\s*(?:[.;]|$)/u;

/** The form a count receives right after it, if any: see RECEIVES_AFTER and HANDED_THEN. */
function receivedForm(text: string, c: CountMention, forms: Array<Hit<AwardForm>>): AwardForm | null {
  const next = forms.find((f) => f.start >= c.end && f.start - c.end <= 70);
  if (!next) return null;
  const between = text.slice(c.end, next.start);
  if (!RECEIVES_AFTER.test(between) && !(HANDED_THEN.test(between) && TO_THEM.test(text.slice(next.end, next.end + 80)))) return null;
  // (the word "danh hiệu" gives way to the title it names: "5 cá nhân được trao danh hiệu Chiến sĩ
  // thi đua cấp tỉnh")
  const named = next.value.value === 'danh hiệu' ? forms.find((f) => f.start > next.start && TITLE_NAMED_NEXT.test(text.slice(next.end, f.start))) : undefined;
  return named && named.value.rank >= 3 ? named.value : next.value;
}

// between a count and the title it attained: " đạt ", " đạt danh hiệu “", " được công nhận đạt "
// (past a second name of the same people: "236 viên chức, người lao động đạt …")
const ATTAINS_RIGHT_AFTER = /^(?:,\s\p{Ll}+(?:\s\p{Ll}+){0,2})?\s(?:đạt|được công nhận(?:\sđạt)?)(?:\sđược)?\s[“"]?$/u;
// between "danh hiệu" and the title it names: " ", " “"
const TITLE_NAMED_NEXT = /^\s[“"]?$/u;
// what lies between a title and a count after it: a comma or "và", no verb ("Tập thể lao động
// tiên tiến, 11 cá nhân …"), past the tier the title is of ("Chiến sĩ thi đua cơ sở và 240 người …")
const NEXT_COUNT_OF_LIST = /^(?:\s(?:cấp\s)?(?:cơ sở|tỉnh|huyện|thành phố|bộ|ngành|toàn quốc))?[”"]?(?:,|\svà)\s$/u;

/**
 * The title a count attained, named right after it, when the forms before it are only the titles
 * the counts before it attained: "6 đơn vị đạt danh hiệu Tập thể lao động tiên tiến, 11 cá nhân
 * đạt danh hiệu Chiến sĩ thi đua cơ sở và 240 người đạt danh hiệu Lao động tiên tiến" — each
 * count its own ("tặng Giấy khen cho 4 tập thể và 33 cá nhân đạt danh hiệu …" is the Giấy khen's:
 * see givenForms).
 */
function ownTitle(text: string, c: CountMention, forms: Array<Hit<AwardForm>>): AwardForm | null {
  const k = forms.findIndex((f) => f.start >= c.end);
  if (k < 0 || !ATTAINS_RIGHT_AFTER.test(text.slice(c.end, forms[k]!.start))) return null;
  const before = forms[k - 1];
  if (!before || !NEXT_COUNT_OF_LIST.test(text.slice(before.end, c.start))) return null;
  const next = forms[k + 1];
  const own = forms[k]!.value.value === 'danh hiệu' && next && TITLE_NAMED_NEXT.test(text.slice(forms[k]!.end, next.start)) ? next : forms[k]!;
  return own.value.rank >= 3 ? own.value : null;
}

function formNear(forms: Array<Hit<AwardForm>>, c: CountMention): AwardForm | null {
  if (forms.length === 0) return null;
  let bestHit: Hit<AwardForm> | null = null;
  let bestKey = Infinity;
  for (const f of forms) {
    const distance = f.start >= c.end ? f.start - c.end : c.start - f.end;
    // a higher rank wins; distance decides within a rank
    const key = (4 - f.value.rank) * 10_000 + Math.max(0, distance);
    if (key < bestKey) { bestKey = key; bestHit = f; }
  }
  return bestHit?.value ?? null;
}

function best(forms: Array<Hit<AwardForm>>): Hit<AwardForm> | null {
  let b: Hit<AwardForm> | null = null;
  for (const f of forms) if (!b || f.value.rank > b.value.rank) b = f;
  return b;
}

// between a count and the form it receives, what describes the recipients: ", người có uy tín nhận "
const RECEIVES_OWN = /^(?:,?\s[\p{Ll}\s,]{0,40}?)?\s?(?:nhận|được tặng|được trao|được nhận|vinh dự nhận|đón nhận)\s$/u;
// after the form a count receives: its giver, a body's name ("của Đồn", "của nhà trường")
const OWN_GIVER = /^(?:\s[“"][^”"]{1,60}[”"])?\scủa\s(?:\p{Lu}|nhà trường|đơn vị)/u;

// between a form before a count and the count: its giver, then "cho" and the counts listed
// before this one: " của Bộ Tư lệnh Vùng cho ", " “…” của Công ty cho 3 tập thể, "
const GIVER_THEN_TO = /^(?:\s[“"][^”"]{1,60}[”"])?\scủa\s\p{Lu}[^,;]{1,60}?\scho\s(?:\d[\d.]*\s\p{Ll}+(?:\s\p{Ll}+)?(?:,|\svà)\s)*$/u;

/**
 * Whether a count receives its form from a giver with no tier: after it ("… nhận Giấy khen của
 * Đồn"), or before it ("trao Bằng khen của Bộ Tư lệnh Vùng cho 4 tập thể, 9 cá nhân").
 */
function receivesFromUntiered(text: string, c: CountMention, clause: Clause): boolean {
  const before = clause.forms.filter((h) => h.end <= c.start && c.start - h.end <= 120).pop();
  const handed = before ? GIVER_THEN_TO.exec(text.slice(before.end, c.numStart)) : null;
  if (before && handed) {
    const to = text.lastIndexOf(' cho ', c.numStart);
    const giver = text.slice(text.indexOf('của ', before.end) + 4, to);
    // (not a body named whole before, with its tier, and now short: "Chủ tịch Công đoàn Ngành
    // Giáo dục tỉnh trao Giấy khen của Công đoàn Ngành cho …")
    if (!clause.issuers.some((h) => h.start >= before.end && h.start < to) && !text.slice(0, before.start).includes(`${giver} `)) return true;
  }
  // (or its giver opens its item of a list: "…, gồm: Bộ Tư lệnh Quân khu 1 tặng Bằng khen cho 2 tập thể")
  if (itemOfUntieredGiver(text, c.start)) return true;
  const f = clause.forms.find((h) => h.start >= c.end && h.start - c.end <= 70);
  if (!f || !RECEIVES_OWN.test(text.slice(c.end, f.start))) return false;
  const giver = OWN_GIVER.exec(text.slice(f.end, f.end + 80));
  if (!giver) return false;
  const at = f.end + giver[0].length;
  return !clause.issuers.some((h) => h.start >= f.end && h.start <= at);
}

/** Whether `between` (from a count to an issuer) gives a form and ends with its "của"/"do": "… được tặng Bằng khen của ". */
function givenWithForm(between: string): boolean {
  return (between.endsWith(' của ') || between.endsWith(' do ')) && PASSIVE_GIVEN.test(between) && findForms(between).length > 0;
}
// the count given in the passive: "… được tặng …", "… được trao …", "… nhận …"
const PASSIVE_GIVEN = /\s(?:được|nhận)\s/u;

function nearestIssuer(issuers: Array<Hit<LevelValue>>, c: CountMention, text: string): LevelValue | null {
  // the first issuer after the count, when the count receives from it: "15 tập thể nhận Bằng
  // khen của Chủ tịch UBND tỉnh và 40 tập thể nhận Giấy khen của Chủ tịch UBND huyện"
  const after = issuers.find((h) => h.start >= c.end);
  if (after && RECEIVES_FROM.test(text.slice(c.end, after.start))) return after.value;
  // or is given by it, named right after "được": "…, 7 hộ được UBND huyện tặng giấy khen"
  if (after && PASSIVE_AGENT.test(text.slice(c.end, after.start))) return after.value;
  // or the giver named with the form the count is given after it, past what describes the count:
  // "3 đồng chí nguyên là trưởng, phó ban tổ chức của huyện được tặng Kỷ niệm chương “…” của Ban
  // Tổ chức Trung ương"
  const ofForm = issuers.find((h) => h.start >= c.end && givenWithForm(text.slice(c.end, h.start)));
  if (ofForm) return ofForm.value;
  // the last issuer before the count, when the count is what it gives: "Giám đốc Công an TP
  // HCM tặng giấy khen cho 12 tập thể, 15 cá nhân và UBND quận tặng giấy khen cho 35 …"
  const before = issuers.filter((h) => h.end <= c.start).pop();
  if (before && GIVES_TO.test(text.slice(before.end, c.start))) return before.value;
  // or the giver of the form the count's list is given: "bằng khen của Bộ Tư lệnh BĐBP cho 1 tập
  // thể, 2 cá nhân và giấy khen của Bộ Chỉ huy BĐBP tỉnh cho …" (2 cá nhân: the Bộ Tư lệnh's)
  if (before && GIVEN_TO_BEFORE.test(text.slice(before.end, c.numStart))) return before.value;
  let b: Hit<LevelValue> | null = null;
  for (const h of issuers) if (!b || Math.abs(h.start - c.start) < Math.abs(b.start - c.start)) b = h;
  return b?.value ?? null;
}

/** Whether a clause gives an honour "cho" someone, with no proposal in it. */
function givenToInClause(text: string, clause: Clause, cues: Array<Hit<string>>): boolean {
  const inside = cues.filter((h) => h.start >= clause.start && h.end <= clause.end);
  if (inside.some((h) => h.value === 'proposal')) return false;
  return inside.some((h) => h.value === 'honour' && GIVEN_TO_REST.test(text.slice(h.end, clause.end)));
}
const GIVEN_TO_REST = /\scho\s/u;

/**
 * The giver of the clause before one that opens with its verb: "Hội Khuyến học huyện tặng Giấy
 * khen cho …; khen thưởng 40 học sinh …" — the first issuer of the nearest clause before that names one.
 */
function giverOfClauseBefore(parts: Clause[], ci: number): LevelValue | null {
  return parts.slice(0, ci).reverse().find((p) => p.issuers.length > 0)?.issuers[0]!.value ?? null;
}

function singleIssuer(parts: Clause[]): LevelValue | null {
  const tiers = new Set(parts.flatMap((p) => p.issuers.map((h) => h.value)));
  return tiers.size === 1 ? [...tiers][0]! : null;
}

/** The form an honour verb implies when no form is named: "khen thưởng" → khen thưởng. */
function genericForm(text: string, clause: Clause): string | null {
  const t = text.slice(clause.start, clause.end).toLowerCase();
  if (/tuyên dương|biểu dương|vinh danh|tôn vinh/u.test(t)) return 'điển hình';
  if (/khen thưởng|trao thưởng|thưởng|công nhận|khen/u.test(t)) return 'khen thưởng';
  return null;
}

function yearNear(text: string, clause: Clause, c: CountMention): number | null {
  YEAR.lastIndex = 0;
  let bestYear: number | null = null;
  let bestDistance = Infinity;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const inClause = m.index >= clause.start && m.index < clause.end;
    const d = Math.abs(m.index - c.start) + (inClause ? 0 : 1000);
    if (d < bestDistance) { bestDistance = d; bestYear = Number(m.groups!.y); }
  }
  return bestYear;
}

/** The honour a sentence gives the items of a list it leads. */
export function leadOf(text: string, inherited: Inherited | null, awards: RawAward[] = []): Inherited {
  // (a group named with no count after the lead's counts is what the list is of: its honour is the
  // one told from the last count on — "công nhận … cho 3 cá nhân và tặng giấy khen cho các cá nhân
  // đạt danh hiệu …, gồm:")
  const lastEnd = awards.reduce((e, a) => Math.max(e, a.end), 0);
  const group = lastEnd > 0 ? UNCOUNTED_GROUP.exec(text.slice(lastEnd)) : null;
  const tail = group ? text.slice(lastEnd) : null;
  const told = tail ?? text;
  const levels = findLevels(told);
  const forms = findForms(told);
  const issuers = findIssuers(told);
  // (a list opened right after the last count is that count's: "…, Hội LHPN tỉnh tặng Bằng khen cho
  // mười lăm cá nhân và UBND huyện tặng Giấy khen cho 21 tập thể, cá nhân, gồm:")
  const listOfLast = !tail && lastEnd > 0 && OPENS_LIST_AT_END.test(text.slice(lastEnd)) ? awards[awards.length - 1]! : null;
  const fallback = tail ? null : listOfLast ?? awards[0];
  return {
    honour: true,
    level: listOfLast?.level ?? (levels.length === 1 ? levels[0]!.value : issuers.length === 1 ? issuers[0]!.value : (tail ? findIssuers(text).pop()?.value : fallback?.level)) ?? inherited?.level ?? null,
    award: listOfLast?.award ?? best(forms)?.value.value ?? fallback?.award ?? inherited?.award ?? genericForm(told, { start: 0, end: told.length, counts: [], levels: [], forms: [], issuers: [] }),
    ...(group ? { uncounted: RECIPIENT_WORDS[group.groups!.w!]! } : {}),
  };
}

// right after the last count, the words that open its list: ", gồm:", " như sau:", ", cụ thể:"
const OPENS_LIST_AT_END = /^[^.;:]{0,12}?(?:gồm|bao gồm|như sau|cụ thể)\s?:\s*$/u;
// a group with no count: "cho các cá nhân", "những tập thể"
const UNCOUNTED_GROUP = /(?<![\p{L}])(?:các|những)\s(?<w>tập thể|cá nhân|hộ gia đình|gia đình|hộ|đơn vị)(?![\p{L}])/u;

// "Bốn đồn …, mỗi đồn có một tổ công tác và một cán bộ được tặng Giấy khen": counts told per
// unit ("mỗi <noun>") are that many times the units counted before ("Bốn đồn")
const EACH = /(?<![\p{L}])[Mm]ỗi\s(?<noun>\p{Ll}+)\s/gu;
// the one or two words before a unit's noun: "Bốn", "mười hai", "12"
const WORDS_BEFORE = /(?:^|[\s,(])(?<two>(?<first>[\p{L}\d]+)\s(?<one>[\p{L}\d]+))\s$|(?:^|[\s,(])(?<alone>[\p{L}\d]+)\s$/u;

/** Multiplies, in place, the counts of a clause that are told per unit by the number of units. */
function distribute(text: string, counts: CountMention[]): void {
  if (counts.length === 0 || !text.includes('ỗi ')) return;
  let k = 0;
  for (const m of text.matchAll(EACH)) {
    // the counts after "mỗi", to the end of its clause (counts are in order of position)
    const end = text.slice(m.index, m.index + 300).search(/[;.]/u);
    const clauseEnd = end < 0 ? m.index + 300 : m.index + end;
    while (k < counts.length && counts[k]!.start <= m.index) k++;
    if (k >= counts.length || counts[k]!.start >= clauseEnd) continue;
    const units = unitsBefore(text, m.index, m.groups!.noun!);
    for (; k < counts.length && counts[k]!.start < clauseEnd; k++) {
      const c = counts[k]!;
      if (units !== null && units >= 2 && c.named === null) counts[k] = { ...c, count: c.count * units, rule: `${c.rule}-each` };
    }
  }
}

/** The number of units counted just before `at`: the last "<number> <noun>" in 200 characters. */
function unitsBefore(text: string, at: number, noun: string): number | null {
  const from = Math.max(0, at - 200);
  for (let p = text.lastIndexOf(` ${noun}`, at - 1); p >= from; p = text.lastIndexOf(` ${noun}`, p - 1)) {
    const after = text.charCodeAt(p + noun.length + 1);
    if (!Number.isNaN(after) && /\p{L}/u.test(String.fromCharCode(after))) continue;
    const w = WORDS_BEFORE.exec(text.slice(Math.max(from, p - 30), p + 1));
    if (!w) continue;
    const g = w.groups!;
    const n = g.two !== undefined ? parseCount(g.two) ?? parseCount(g.one!) : parseCount(g.alone!);
    if (n !== null) return n;
  }
  return null;
}

// the name of an honour in quotation marks right after its form: "Kỷ niệm chương “Vì sự nghiệp
// xây dựng Hội …”", "danh hiệu “Gia đình hiếu học”"
const HONOUR_NAME = /(?:chương|khen|hiệu|cờ|cúp|thi đua)\s?(?:“[^”]{1,120}”|"[^"]{1,120}")/giu;

/** The cues of a sentence, less those inside the quoted name of an honour (its words are no activity). */
// "điển hình" that opens an example, "for instance": "Điển hình là hộ ông A …, một nông dân …",
// "…; điển hình như xã B" (at the start of the sentence or of a clause)
const EXAMPLE_OPENS = /(?:^|[,;:.]\s)[Đđ]iển hình(?=\s(?:là|như)\s|,\s)/gu;

/** Where each "điển hình" that opens an example ends. */
function exampleOpenings(text: string): number[] {
  return text.includes('iển hình') ? [...text.matchAll(EXAMPLE_OPENS)].map((m) => m.index + m[0].length) : [];
}

/** The cues or forms but the "điển hình" that opens an example (ending at one of `ends`): no honour. */
function withoutExamples<T extends { end: number }>(hits: T[], ends: number[]): T[] {
  return ends.length === 0 ? hits : hits.filter((h) => !ends.includes(h.end));
}

function withoutHonourNames(text: string, cues: Array<Hit<'honour' | 'proposal' | 'activity'>>): Array<Hit<'honour' | 'proposal' | 'activity'>> {
  if (cues.length === 0 || !(text.includes('“') || text.includes('"'))) return cues;
  const names = [...text.matchAll(HONOUR_NAME)].map((m) => [m.index + m[0].search(/[“"]/u), m.index + m[0].length] as const);
  if (names.length === 0) return cues;
  return cues.filter((c) => !names.some(([a, b]) => c.start > a && c.end < b));
}

// The rest of a total once its parts are given: "14 tập thể và 32 cá nhân được khen thưởng: UBND
// tỉnh tặng Bằng khen cho 5 tập thể, 9 cá nhân; số còn lại nhận Giấy khen của …" is 9 tập thể
// and 23 cá nhân more. "số còn lại", "các cá nhân còn lại", "số tập thể, cá nhân còn lại", and
// "còn lại" alone opening a clause before its verb: "…, 2 tập thể nhận Bằng khen …, còn lại nhận
// Giấy khen …"
const REMAINDER = /(?<![\p{L}\p{M}])(?:(?:[Ss]ố|[Cc]ác|[Nn]hững)(?<words>(?:\s(?:tập thể|cá nhân|hộ gia đình|hộ|gia đình|đơn vị)(?:,|\svà)?)*)\s|(?<=[,;:]\s))còn lại(?![\p{L}\p{M}])/gu;
// the rest told by its level, after parts told by theirs: "trong đó cấp tỉnh 12 hộ, cấp huyện
// 45 hộ, còn lại là cấp cơ sở", "…, còn lại đạt cấp cơ sở"
const REST_AT_LEVEL = /^\s(?:là\s|đạt\s)?cấp\s/u;
// "…, còn lại là cá nhân", "; số còn lại là hộ gia đình": the rest and its kind, also by any word
// for who is counted: "…, trong đó 3 tổ hợp tác, còn lại là thành viên", "… là cán bộ quản lý",
// "… còn lại là các chủ tàu, ngư dân"
const REST_IS_KIND = new RegExp(`(?<=[,;:]\\s)(?:[Ss]ố\\s)?còn lại là\\s(?:(?:các|những)\\s)?(?<word>${alternation(Object.keys(RECIPIENT_WORDS))})(?![\\p{L}\\p{M}])`, 'gu');
// what the bare "còn lại" is followed by: the verb its recipients receive with, then the honour
// in the same clause ("còn lại nhận Giấy khen …", not "còn lại là thời gian …")
const REMAINDER_VERB = /^\s(?:đều\s)?(?:nhận|được|đạt|là)(?![\p{L}\p{M}])[^,;.]*/u;
function honourFollows(text: string, at: number): boolean {
  const clause = REMAINDER_VERB.exec(text.slice(at, at + 120));
  return !!clause && findForms(clause[0]).length > 0;
}
// between a total and its first part: "…: ", "…, trong đó ", "…; trong đó ", "… gồm "
const OPENS_PARTS = /^[^.;]{0,160}?(?::|(?:;\s)?trong đó|gồm|bao gồm|cụ thể)/u;
// or a total a clause opens with "Trong", its parts after the comma: "Trong 45 tập thể, cá nhân
// được khen thưởng dịp này, 5 cá nhân nhận …"
const AMONG = /(?:^|[,;:]\s)[Tt]rong\s(?:số\s)?$/u;
const AMONG_PARTS = /^[^.;:]{0,80}?,\s/u;
const REMAINDER_TYPE: Record<string, RecipientTypeValue> = { 'tập thể': 'tập thể', 'đơn vị': 'tập thể', 'cá nhân': 'cá nhân', 'hộ gia đình': 'gia đình', 'hộ': 'gia đình', 'gia đình': 'gia đình' };
const BOTH: RecipientTypeValue = 'tập thể, cá nhân';
// the kind the rest is, told after it: " là cá nhân", " là tập thể"
const REST_IS = /^\slà\s(?:tập thể|cá nhân)(?![\p{L}])/u;
// how far into a sentence its first count may start and still open it: "Hai mươi mốt hộ …",
// "Trong đó, 21 hộ …"
const PART_OPENS_WITHIN = 16;

/**
 * Counts for "số còn lại" after a total and some of its parts in one sentence: for each type
 * (or the types the phrase names), the first count of it that opens a breakdown, minus the
 * counts of that type between it and the phrase. Nothing when the parts already make the total.
 * A total of both kinds ("45 tập thể, cá nhân") leaves a rest of both kinds, and is spent: its
 * parts and the rest are the entries.
 */
function remainders(text: string, counts: CountMention[], totalsBefore: ReadonlyArray<{ type: RecipientTypeValue | null; count: number }>): { counts: CountMention[]; spent: CountMention[] } {
  const out: CountMention[] = [];
  const spent: CountMention[] = [];
  let seen = 0;
  const opensParts = (c: CountMention, at: number): boolean =>
    OPENS_PARTS.test(text.slice(c.end, at)) || (AMONG.test(text.slice(Math.max(0, c.numStart - 12), c.numStart)) && AMONG_PARTS.test(text.slice(c.end, at)));
  for (const m of text.matchAll(REMAINDER)) {
    // (a few phrases a sentence: each looks through all its counts)
    if (++seen > 4) break;
    // (a rest told as of one kind, "…; trong đó có 21 tập thể, số còn lại là cá nhân", is read by
    // its kind below: see REST_IS_KIND)
    if (REST_IS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    const bare = m.groups!.words === undefined;
    if (bare && !honourFollows(text, m.index + m[0].length) && !REST_AT_LEVEL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const named = [...(m.groups!.words ?? '').matchAll(/tập thể|cá nhân|hộ gia đình|hộ|gia đình|đơn vị/gu)].map((w) => REMAINDER_TYPE[w[0]]!);
    const types = named.length > 0 ? [...new Set(named)] : (['tập thể', 'cá nhân', 'gia đình', BOTH] as RecipientTypeValue[]);
    for (const type of types) {
      // (the parts of a total of both kinds are of either kind; a named member of a part,
      // "trong đó có gia đình ông A", is no part of its own)
      const isPart = (c: CountMention): boolean => c.named === null && (type === BOTH ? c.type === 'tập thể' || c.type === 'cá nhân' || c.type === BOTH : c.type === type);
      const total = counts.find((c) => c.type === type && c.end <= m.index && c.named === null && opensParts(c, m.index));
      const parts = total ? counts.filter((c) => isPart(c) && c.start > total.end && c.end <= m.index) : [];
      if (!total || parts.length === 0) {
        // the total told the sentence before, when this one opens with its first part
        const first = counts.find((c) => isPart(c) && c.end <= m.index);
        const before = first && first.numStart <= PART_OPENS_WITHIN ? totalsBefore.find((t) => t.type === type) : undefined;
        const given = counts.filter((c) => isPart(c) && c.end <= m.index).reduce((sum, c) => sum + c.count, 0);
        if (before && given < before.count) out.push({ count: before.count - given, type, start: m.index, end: m.index + m[0].length, numStart: m.index, word: type ?? '', named: null, rule: 'award.count-remainder' });
        continue;
      }
      const given = parts.reduce((sum, c) => sum + c.count, 0);
      if (given >= total.count) continue;
      out.push({ count: total.count - given, type, start: m.index, end: m.index + m[0].length, numStart: m.index, word: type ?? '', named: null, rule: 'award.count-remainder' });
      if (type === BOTH) spent.push(total);
    }
  }
  // the rest named by its kind: "tuyên dương 40 điển hình, trong đó có 12 tập thể, còn lại là cá
  // nhân" is 12 tập thể and 28 cá nhân, the total that names no kind spent; "45 hộ …, trong đó có
  // 3 hộ cấp tỉnh, 12 hộ cấp huyện, còn lại là hộ cấp xã" leaves 30 hộ
  for (const m of text.matchAll(REST_IS_KIND)) {
    const type = RECIPIENT_WORDS[m.groups!.word!]!;
    const total = counts.find((c) => (c.type === null || c.type === BOTH || c.type === type) && c.named === null && c.end <= m.index && opensParts(c, m.index));
    if (!total || out.some((c) => c.start === m.index)) continue;
    const parts = counts.filter((c) => c.named === null && c.type !== null && c.type !== BOTH && c.start > total.end && c.end <= m.index);
    const given = parts.reduce((sum, c) => sum + c.count, 0);
    if (parts.length === 0 || given >= total.count) continue;
    // (the rest ends at "còn lại", as a rest told by the phrase alone does: its kind is no list)
    const end = m.index + m[0].indexOf('còn lại') + 'còn lại'.length;
    out.push({ count: total.count - given, type, start: m.index, end, numStart: m.index, word: m.groups!.word!, named: null, rule: 'award.count-remainder' });
    // (a total split into parts of another kind is spent too: "20 thành viên, trong đó 12 hộ …,
    // còn lại là cán bộ" is 12 gia đình and 8 cá nhân)
    if (total.type !== type || parts.some((c) => c.type !== type)) spent.push(total);
  }
  return { counts: out, spent };
}

// between a total of both kinds and its one part told: "32 tập thể, cá nhân|, trong đó có |11 tập thể"
const ONE_PART_OPENS = /^,?\s(?:trong đó|trong số đó)(?:\scó)?\s$/u;
// right after that part, its own honour: then the rest's is not told ("…, trong đó 12 tập thể nhận Bằng khen")
const PART_OWN_HONOUR = /^\s(?:(?:đã|cũng|đều|vinh dự)\s)*(?:được\s(?:[^,;]{0,60}?\s)?(?:tặng|trao|nhận)|nhận|đạt)(?![\p{L}\p{M}])/u;

/**
 * A total of both kinds broken down by one kind only: the other kind is the rest. "Số còn lại là
 * 32 tập thể, cá nhân, trong đó có 11 tập thể, được … tặng giấy khen" is 11 tập thể and 21 cá
 * nhân. Only when the part comes right after the total, is the sentence's last count of either
 * kind, and has no honour of its own right after it. The rest stands where the part stands, so
 * it gets the part's level and form.
 */
function impliedRests(text: string, counts: CountMention[]): Array<{ total: CountMention; part: CountMention; rest: CountMention }> {
  const out: Array<{ total: CountMention; part: CountMention; rest: CountMention }> = [];
  counts.forEach((total, k) => {
    const part = counts[k + 1];
    if (total.type !== BOTH || total.named !== null || !part || part.named !== null || (part.type !== 'tập thể' && part.type !== 'cá nhân')) return;
    // (the part named by its kind's own word: a part counted by a role is a group among the
    // honoured, not all of its kind — "125 lượt tập thể, cá nhân, trong đó có 38 tình nguyện viên")
    if (part.word.toLowerCase() !== part.type) return;
    if (part.count >= total.count || !ONE_PART_OPENS.test(text.slice(total.end, part.numStart))) return;
    const end = text.slice(part.end).search(/[;.]/u);
    const clauseEnd = end < 0 ? text.length : part.end + end;
    if (counts.some((c) => c.start >= part.end && c.start < clauseEnd && c.type !== null && c.type !== 'gia đình')) return;
    if (PART_OWN_HONOUR.test(text.slice(part.end, part.end + 80))) return;
    const other: RecipientTypeValue = part.type === 'tập thể' ? 'cá nhân' : 'tập thể';
    out.push({ total, part, rest: { ...part, count: total.count - part.count, type: other, word: other, rule: 'award.count-remainder' } });
  });
  return out;
}

// What a prize was won in, right before a level phrase: the phrase tells the contest's tier, not
// the honour's ("khen thưởng 38 học sinh đạt giải học sinh giỏi cấp thành phố, cấp huyện"), and
// the teachers' contests: "tặng Giấy khen cho 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện"
const PRIZE_BEFORE = /(?:^|[\s,(])(?:đạt giải|giành giải|đoạt giải|giải (?:nhất|nhì|ba|khuyến khích|đặc biệt)|học sinh giỏi|dạy giỏi|chủ nhiệm giỏi|kỳ thi|cuộc thi|hội thi|olympic)(?:\s[\p{L}\d“”"]+){0,6}\s$/iu;
// another level phrase listed with one: "cấp thành phố, cấp huyện", "cấp tỉnh và cấp huyện"
const LISTED_LEVEL = /^\s?(?:,|và|hoặc)\s?$/u;

/** The level phrases of a sentence but those that tell where a prize was won. */
function withoutPrizeLevels(text: string, levels: Array<Hit<LevelValue>>): Array<Hit<LevelValue>> {
  if (levels.length === 0) return levels;
  const out: Array<Hit<LevelValue>> = [];
  let prize: Hit<LevelValue> | null = null;
  for (const h of levels) {
    const listed = prize !== null && LISTED_LEVEL.test(text.slice(prize.end, h.start));
    if (listed || PRIZE_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start))) {
      prize = h;
      continue;
    }
    prize = null;
    out.push(h);
  }
  return out;
}

// right after a count, the list of its members: "22 tập thể: các bệnh viện dã chiến, … cấp huyện"
const MEMBERS_AFTER = /^\s?:\s/u;

/** The level phrases of a sentence but those inside the list of a count's members, to its clause's end. */
function withoutMemberLevels(text: string, levels: Array<Hit<LevelValue>>, counts: CountMention[]): Array<Hit<LevelValue>> {
  if (levels.length === 0) return levels;
  const lists = counts.filter((c) => MEMBERS_AFTER.test(text.slice(c.end, c.end + 3)));
  if (lists.length === 0) return levels;
  // (a level is a member's when a list opens before it in its clause: after the last ";" before it)
  return levels.filter((h) => {
    const clauseStart = text.lastIndexOf(';', h.start);
    return !lists.some((c) => c.end < h.start && c.end > clauseStart);
  });
}
