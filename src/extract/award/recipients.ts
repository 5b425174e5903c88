// Names given for an award: "2 cá nhân: ông A, …, ông B, …", "tập thể Ủy ban MTTQ Việt Nam
// Quận 1", "gia đình bà Trương Thị Thành".
import { OTHERS_AFTER, WITH_OTHERS_BEFORE } from './counts.js';
import { VILLAGES } from '../../lexicon/places.js';
import { CALLINGS } from '../../lexicon/recipients.js';
import { sourceText, type Doc } from '../../text/document.js';
import type { Sentence } from '../../text/sentences.js';
import { ORG_HEAD, orgNameEnd, QUOTED_BODY, withAddress } from './org-name.js';
import type { PersonMention } from '../official/index.js';
import type { RawAward } from './sentence.js';

// The list opens right after the count: "2 cá nhân: …", "3 tập thể gồm …", "2 cá nhân là …",
// or in a parenthesis right after it: "hai tập thể (Hội LHPN xã A, Chi hội Phụ nữ thôn B)", "4
// tập thể (chùa A, Giáo xứ B, …)" (a place of worship or a place, written lowercase, first),
// or after what they are honoured as: "3 cá nhân điển hình “Dân vận khéo” gồm: …", "3 đơn vị dẫn
// đầu phong trào là Phân xưởng A, …" ("là" before a name only, or before persons or households
// addressed: "2 hộ … là hộ ông A và hộ bà B", "3 cá nhân … là các ông, bà: A, B và C", "Hai thầy
// cô … là thầy A và cô B", a branch by its place: "hai chi hội CCB là chi hội bản A và …", a class: "hai tập thể lớp là
// lớp A", places by their number: "4 thôn … là thôn 5, thôn 9 và thôn A", places of worship:
// "ba giáo xứ … là giáo xứ A, giáo xứ B và giáo xứ C")
// or after a description and its comma: "3 tập thể có thành tích xuất sắc về công tác Đoàn,
// gồm …", or some of them named: "4 người có uy tín, trong đó có ông A và bà B" (the project's
// gold names the members an article names, even when they are not all of the count), or
// pointed to: "3 tập thể và 2 cá nhân có thành tích xuất sắc, đó là: A, B, C, ông D và bà E"
// (or persons by their calling: "2 cá nhân của thành phố là điều dưỡng A và anh B")
// (and persons or households addressed after "là", past a description with commas: "2 hộ có
// thành tích trong phát triển kinh tế, giúp đỡ cộng đồng là hộ ông A và hộ bà B"; not one
// member singled out: "96 người hiến máu, trong đó …, người nhiều nhất là ông A")
// (not a count of the subset: "108 người hiến máu, trong đó có 14 người …", but a person named
// after one: "19 cá nhân, trong đó có 14 công an viên và ông A, Trưởng bản B", or the ones of the
// subset named: "9 cá nhân, trong đó có hai hội viên người Lào … là bà A và ông B")
// (or "có" alone right after the count, before persons addressed: "17 tập thể và 28 cá nhân, có
// anh A và chị B")
// (or a second word for them after a comma, then a colon: "cho 4 già làng, người có uy tín: A …")
// (not "là" before what they are recognized as, the list after it: "3 tập thể là điển hình “Dân vận
// khéo” cấp huyện, gồm A, B và C")
// (or a colon past what they are honoured as, up to 120 characters with a quoted name and a year:
// "5 cá nhân được Tỉnh ủy tuyên dương là điển hình “Dân vận khéo” năm N cấp tỉnh: bà A, …")
const LIST_OPEN = new RegExp(String.raw`^(?:,\scó\s(?=(?:ông|bà|anh|chị|em|cụ|thầy|cô|đồng chí)\s\p{Lu})|[^.;:]{0,120}?,\s(?:trong đó có|trong số đó có)\s[^.;:,]{1,60}?\svà\s(?=(?:ông|bà|anh|chị|đồng chí)\s\p{Lu})|[^.;:]{0,120}?,\s(?:trong đó có|trong số đó có)\s(?:\d{1,3}|hai|ba|bốn|năm)\s[^.;:,]{1,80}?\slà\s(?=(?:ông|bà|anh|chị|em|cụ|đồng chí)\s\p{Lu})|\s?(?::|gồm|bao gồm|là(?!\sđiển hình(?![\p{L}]))|, gồm)\s|\s\((?=(?:hộ\s)?(?:ông|bà|anh|chị|đồng chí)\s|\p{Lu}|(?:chùa|nhà thờ|giáo xứ|giáo họ|thánh thất|tịnh xá|dòng họ|xã|phường|thị trấn|${VILLAGES})\s\p{Lu})|\s[^.;:,]{1,60}?\s(?:gồm|bao gồm):?\s|\s[^.;:,]{1,120}?\slà\s(?=(?:(?:hộ|gia đình)\s)?(?:các\s)?(?:ông|bà|anh|chị|thầy|cô|cụ|em|đồng chí)(?:,\s(?:ông|bà|anh|chị|thầy|cô))?[\s:]|(?:xã|phường|thị trấn|${VILLAGES}|dòng họ|chùa|giáo xứ|giáo họ|họ đạo|nhà thờ|thánh thất|tịnh xá|${CALLINGS.join('|')})\s\p{Lu}|(?:${VILLAGES}|khu phố|tổ dân phố)\s\d|(?:chi hội|chi đoàn|chi bộ)\s(?:(?:${VILLAGES}|khu phố|tổ dân phố)\s)?\p{Lu}|lớp\s(?:\p{Lu}|\d)|\p{Lu})|\s[^.;:,]{1,120}?:\s|,\s[^.;:,]{1,40}?:\s(?=\p{Lu}|(?:ông|bà|anh|chị|em|cụ|đồng chí)\s\p{Lu})|[^.;:]{0,120}?,\s(?:gồm|bao gồm|trong đó có|trong số đó có|đó là|cụ thể là):?\s(?!\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)|\s(?:(?!trong đó|trong số|,\sngười\s)[^.;:]){1,120}?\slà\s(?=(?:(?:hộ|gia đình)\s)?(?:ông|bà|anh|chị|cụ|đồng chí)\s\p{Lu}))`, 'u');

// where the one named before "cùng" may start: after a comma, a semicolon or "và"
const NAMED_FROM = /(?:,|;|\svà)\s/gu;

/** The one named right before "cùng" and a count ("Chi hội A cùng 8 tập thể khác"): a person or a body. */
function namedBeforeWith(doc: Doc, s: Sentence, a: RawAward, people: PersonMention[]): string | null {
  const withAt = s.text.lastIndexOf(' cùng', a.start);
  if (withAt < 0) return null;
  const person = people.find((p) => p.end === s.start + withAt);
  if (person) return person.name;
  let from = 0;
  for (const m of s.text.slice(0, withAt).matchAll(NAMED_FROM)) from = m.index + m[0].length;
  return ORG_HEAD.test(s.text.slice(from, withAt)) && orgNameEnd(s.text, from) === withAt ? sourceText(doc, s.start + from, s.start + withAt) : null;
}

// the word that opens a list, right after the count: " là ", " gồm ", ": "
const OPENS_RIGHT_AFTER = /^\s?(?::|gồm|bao gồm|là)\s(?=\p{Lu}|(?:ông|bà|anh|chị|em|cụ|thầy|cô|đồng chí)\s\p{Lu})/u;

// a capitalized name after a place's word is the place's: "tập thể Chi bộ thôn Đồng Tâm"
// or a body's ("Huyện ủy Tân Phú"); not "già làng Y Blô" nor "Già làng A Brêm", an elder, nor
// "Trưởng buôn Y Nhơ", "Trưởng thôn Lê Văn Tám", the village's head; also a place of worship's:
// "Phật tử chùa Hà Phong", "ca viên ca đoàn Giáo xứ Khe Vạc"
const PLACE_WORD_END = /(?:^|[\s(])(?:(?<![Tt]rưởng\s)(?:thôn|ấp|bản|buôn|xóm)|xã|phường|(?<![Gg]ià\s|[Tt]rưởng\s)làng|huyện|tỉnh|quận|khu phố|tổ dân phố|ủy|uỷ|chùa|[Gg]iáo xứ|[Gg]iáo họ|nhà thờ|thánh thất|tịnh xá)\s$/u;

const NAMES_RIGHT_AFTER = /^\s(?:(?:ông|bà|anh|chị|em|đồng chí)\s)?\p{Lu}/u;

export function recipientsOf(doc: Doc, s: Sentence, a: RawAward, nextStart: number, people: PersonMention[]): string[] {
  if (a.named) {
    const at = s.start + a.named.start;
    const person = people.find((p) => p.start === at);
    if (person) return [person.name];
    const end = orgNameEnd(s.text, a.named.start);
    return end > a.named.start ? [sourceText(doc, at, s.start + end)] : [];
  }
  // (the one named before "cùng N … khác": "Chi hội A cùng 8 tập thể khác", "bà B cùng 14 cá nhân khác")
  if (WITH_OTHERS_BEFORE.test(s.text.slice(Math.max(0, a.start - 5), a.start)) && OTHERS_AFTER.test(s.text.slice(a.end, a.end + 6))) {
    const named = namedBeforeWith(doc, s, a, people);
    if (named) return [named];
  }
  // (places counted by their word and named bare after a colon: "cho 3 xã: Tân A, Phú B và Hòa C")
  if (a.type === 'tập thể' && PLACES_COUNTED.test(s.text.slice(a.start, a.end))) {
    const places = placesListed(doc, s, a.end, a.count);
    if (places.length > 0) return places;
  }
  // (or all of them named before a count in apposition: "khen thưởng Tổ dân phố số 9 và Chi hội A,
  // hai tập thể có …", "tuyên dương ông A và bà B, hai cá nhân …")
  // (or named as the subject, the count after "là": "Giáo xứ A và Ủy ban MTTQ quận B là hai tập thể
  // được nhận Bằng khen …")
  if (s.text.slice(a.start - 2, a.start) === ', ' || s.text.slice(a.start - 4, a.start) === ' là ') {
    const before = namedBeforeApposition(doc, s, a, people);
    if (before.length === a.count) return before;
  }
  // (or the names stand right after the count: "cho ba ngư dân Nguyễn Văn A, Lê Văn B và Đỗ Văn C")
  // (a list opened right after the count is the count's, whatever a clause further on names: "2 tập
  // thể là Ban A, Hội đồng B và 5 cá nhân, trong đó có Đại đức C và ông D")
  const open = OPENS_RIGHT_AFTER.exec(s.text.slice(a.end, a.end + 12)) ?? LIST_OPEN.exec(s.text.slice(a.end, a.end + 160));
  if (!open && !NAMES_RIGHT_AFTER.test(s.text.slice(a.end, a.end + 16))) return [];
  const from = s.start + a.end;
  const to = s.start + nextStart;
  // (bodies are read from the end of the opener: "2 tập thể là |Chi bộ …", also when it opens
  // one list for the next counts too: "1 tập thể và 2 cá nhân là |Công an phường A, Thiếu tá B …")
  const listAt = a.end + (open?.[0].length ?? 0);
  if (a.type === 'tập thể') return bodiesListed(doc, s, listAt, listAt > nextStart ? s.text.length : nextStart, a.count, people);
  // (a household named by a couple is one: "gia đình anh A và chị B (xã C) và gia đình ông D",
  // "gia đình chị A – anh B": its first name only)
  const persons = (a.type === 'gia đình' ? householdHeads(doc, people, from, to) : personsListed(doc, people, from, to)).slice(0, a.count);
  // (a count of both kinds may name a body first: "7 tập thể và cá nhân, trong đó có dòng họ Lâm …")
  if (a.type === 'tập thể, cá nhân' && persons.length === 0) return bodiesListed(doc, s, listAt, listAt > nextStart ? s.text.length : nextStart, a.count, people);
  return persons;
}

// the verb, or "cho", right before the names a count in apposition sums up: "khen thưởng ", " cho "
const GIVEN_TO = /(?:^|\s)(?:cho|khen thưởng|tuyên dương|biểu dương|vinh danh|tặng|trao|công nhận)\s/gu;
// where a clause opens, before its subject: ", ", "; "
const CLAUSE_OPEN = /[,;]\s/gu;
// how far before the count the names may start, in characters
const APPOSITION_REACH = 200;

/**
 * The recipients named before a count in apposition: from the last verb of giving to the comma
 * before it, or, before "là N …", from the start of the clause they are the subject of.
 */
function namedBeforeApposition(doc: Doc, s: Sentence, a: RawAward, people: PersonMention[]): string[] {
  const subject = s.text.slice(a.start - 4, a.start) === ' là ';
  const upTo = a.start - (subject ? 4 : 2);
  const from = Math.max(0, a.start - APPOSITION_REACH);
  let at = -1;
  // (the subject opens its clause: the sentence, or what follows a lead-in and its comma, "Dịp này, ")
  for (const m of s.text.slice(from, upTo).matchAll(subject ? CLAUSE_OPEN : GIVEN_TO)) at = from + m.index + m[0].length;
  if (subject && at < 0 && from === 0) at = 0;
  if (at < 0) return [];
  if (a.type === 'tập thể') return bodiesListed(doc, s, at, upTo, a.count, people);
  return a.type === 'cá nhân' ? personsListed(doc, people, s.start + at, s.start + upTo) : [];
}

// a count of places by their word: "3 xã", "hai thôn", "02 bản"
const PLACES_COUNTED = /(?<![\p{L}])(?:xã|phường|thị trấn|thôn|ấp|bản|làng|buôn|xóm|khu phố|tổ dân phố)$/u;
// a place's bare name, capitalized words or a number: "Tân Hòa Đông", "Phường 5"
const BARE_PLACE = /^\p{Lu}[\p{L}\p{M}]*(?:\s(?:\p{Lu}[\p{L}\p{M}]*|\d{1,3}(?![\p{L}\p{N}])))*/u;
// between the places of a list: ", ", " và ", ", và "
const PLACE_SEP = /^(?:,\s(?:và\s)?|\svà\s)/u;

/** The places named bare after the colon at `at`, up to `count` of them: ": Tân A, Phú B và Hòa C". */
function placesListed(doc: Doc, s: Sentence, at: number, count: number): string[] {
  if (!/^:\s/u.test(s.text.slice(at, at + 2))) return [];
  const names: string[] = [];
  let i = at + 2;
  while (names.length < count) {
    const m = BARE_PLACE.exec(s.text.slice(i));
    if (!m) break;
    names.push(sourceText(doc, s.start + i, s.start + i + m[0].length));
    const sep = PLACE_SEP.exec(s.text.slice(i + m[0].length));
    if (!sep) break;
    i += m[0].length + sep[0].length;
  }
  return names;
}

// a household's word before its head: "gia đình ", "hộ "
const HOUSEHOLD_WORD = /(?:^|[\s(])(?:gia đình|hộ)\s/u;
const HOUSEHOLDS_TOGETHER = /(?:^|[\s(])(?:gia đình|hộ)\s(?:các|những)\s/u;

/**
 * The heads of the households named in [from, to): the first person, then each one the word of a
 * household opens ("… và gia đình ông D"); one joined to a head with no such word is the head's
 * spouse, of the same household ("gia đình anh A và chị B", "gia đình chị A – anh B").
 */
function householdHeads(doc: Doc, people: PersonMention[], from: number, to: number): string[] {
  const inRange = people.filter((p) => p.start >= from && p.start < to && !PLACE_WORD_END.test(doc.text.slice(Math.max(0, p.start - 12), p.start)));
  // (not households named together under one word: "gia đình các ông A, B và bà C", "hộ các ông, bà: …")
  if (!inRange.some((p) => HOUSEHOLD_WORD.test(doc.text.slice(Math.max(from, p.start - 24), p.start))) || HOUSEHOLDS_TOGETHER.test(doc.text.slice(from, to))) return inRange.map((p) => p.name);
  return inRange.filter((p, k) => k === 0 || HOUSEHOLD_WORD.test(doc.text.slice(inRange[k - 1]!.end, p.start))).map((p) => p.name);
}

// a prize, a fund or a scholarship named for a person: "Giải thưởng Lý Tự Trọng", "Quỹ Vi Văn Thoòng"
const HONOUR_NAMED_FOR = /(?:^|[\s(])(?:[Gg]iải thưởng|[Qq]uỹ|[Hh]ọc bổng|[Cc]úp)\s$/u;

/** The persons named in [from, to) of the text, but a place's name read as one. */
export function personsListed(doc: Doc, people: PersonMention[], from: number, to: number): string[] {
  return people
    .filter((p) => p.start >= from && p.start < to && !PLACE_WORD_END.test(doc.text.slice(Math.max(0, p.start - 12), p.start)) && !HONOUR_NAMED_FOR.test(doc.text.slice(Math.max(0, p.start - 14), p.start)) && !insideBodyInParens(doc, p))
    .map((p) => p.name);
}

/**
 * Whether a person's name is the end of a body's name in the parenthesis where a listed person's
 * school or unit is given: "Vi Văn Thoòng (Trường Đại học Dân lập Hà Phong)" — "Hà Phong" is
 * the school's, not a second person. The parenthesis opens at most 80 characters before.
 */
function insideBodyInParens(doc: Doc, p: PersonMention): boolean {
  const open = doc.text.lastIndexOf('(', p.start);
  if (open < 0 || p.start - open > 80 || doc.text.slice(open, p.start).includes(')')) return false;
  return ORG_HEAD.test(doc.text.slice(open + 1, open + 40)) && orgNameEnd(doc.text, open + 1) >= p.end;
}

// a verb of giving right after a body's name: it is the subject of a clause of its own
const GIVES_NEXT = /^\s(?:(?:đã|cũng|vừa|đồng thời)\s)?(?:trao tặng|tặng|trao|khen thưởng|tuyên dương|biểu dương|công nhận)(?![\p{L}])/u;
// between the bodies of a list: ", ", " và ", ", và ", "; " ("gồm: Khoa Ngoại; Khoa Dược")
const BODY_SEP = /^(?:[,;]\s(?:và\s)?|\svà\s)/u;

// what follows a body's name in parentheses: " (xã Tân Khuổi)"
const PLACE_IN_PARENS = /^\s?\([^()]{1,80}\)/u;
// where a body is, after "ở": " ở thôn Tà Lang", " ở thị trấn Ra Lăng"
const PLACE_AFTER_AT = new RegExp(String.raw`^\sở\s(?:xã|phường|thị trấn|${VILLAGES}|tổ dân phố|khu phố)\s\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,4}`, 'u');

// a place honoured as a collective, written lowercase: "2 tập thể … là xã A và Công an huyện B";
// a place of worship or a school too: "3 tập thể: Ban Trị sự xã A, thánh thất B và chùa C"; and
// a clan: "2 dòng họ là dòng họ Lê Đình và dòng họ Phan"; or a unit written lowercase: "khoa
// Kiểm soát nhiễm khuẩn", "tổ Ngữ văn", "chi hội Phụ nữ ấp A", a class, "lớp Điện dân dụng K8"
// (or named by its place alone:
// "chi hội bản A", "chi đoàn thôn B", a village's community: "cộng đồng làng C"; a place by its
// number: "khu phố 6", "tổ dân phố số 9")
const PLACE_HEAD = new RegExp(String.raw`^(?:(?<numbered>(?:xã|phường|thị trấn|${VILLAGES}|khu phố|tổ dân phố)\s(?:số\s)?\d{1,3}(?![\p{L}\p{N}]))|(?:xã|phường|thị trấn|${VILLAGES}|khu phố|tổ dân phố|chùa|nhà thờ|giáo xứ|giáo họ|thánh thất|thánh đường|tịnh xá|niệm Phật đường|trường|lớp|dòng họ|khoa|tổ|phòng|đội|(?:chi hội|chi đoàn|chi bộ|cộng đồng)(?:\s(?:${VILLAGES}|khu phố|tổ dân phố))?)\s\p{Lu})`, 'u');

/** Whether a body's name, of any of the forms bodiesListed reads, opens the text. */
export const bodyOpens = (text: string): boolean => ORG_HEAD.test(text) || PLACE_HEAD.test(text) || QUOTED_BODY.test(text);

/**
 * The bodies listed from `at` for a count of collectives, up to `count` of them: "2 tập thể là
 * Chi bộ ấp Tân Lợi, Đoàn Thanh niên xã Tân Hòa và 3 cá nhân" → the two names.
 */
// (or a school's class by its grade and letter, whole: "3 tập thể lớp là |lớp 9A|, |lớp 8B|")
const SCHOOL_CLASS = /^[Ll]ớp\s\d{1,2}\p{Lu}\d{0,2}(?![\p{L}\p{N}])/u;

export function bodiesListed(doc: Doc, s: Sentence, at: number, to: number, count: number, people: PersonMention[] = []): string[] {
  const names: string[] = [];
  while (names.length < count && at < to) {
    // (a body of a lowercase kind and a name in quotes: 'nhóm cựu chiến binh "Áo xanh số"')
    const quoted = QUOTED_BODY.exec(s.text.slice(at)) ?? SCHOOL_CLASS.exec(s.text.slice(at));
    if (!quoted && !ORG_HEAD.test(s.text.slice(at)) && !PLACE_HEAD.test(s.text.slice(at))) break;
    if (quoted) {
      if (at + quoted[0].length > to) break;
      names.push(sourceText(doc, s.start + at, s.start + at + quoted[0].length));
      const next = BODY_SEP.exec(s.text.slice(at + quoted[0].length));
      if (!next) break;
      at += quoted[0].length + next[0].length;
      continue;
    }
    // (a place's name read from its capital: "xã |Tân A")
    // (or a place by its number alone, whole: "khu phố 6")
    const place = PLACE_HEAD.exec(s.text.slice(at));
    let end = place?.groups?.numbered ? at + place[0].length : orgNameEnd(s.text, place ? at + place[0].length - 1 : at);
    if (end <= at || end > to) break;
    // (a name read on through " và " into a person's is cut there: "Đồn Biên phòng A và Thiếu tá B")
    const person = people.find((p) => p.start > s.start + at && p.start < s.start + end);
    const and = person ? s.text.lastIndexOf(' và ', person.start - s.start) : -1;
    if (and > at) end = and;
    end = withAddress(s.text, at, end);
    // (a body that gives an honour itself is the subject of the next clause, no item: "…, trong đó
    // có dòng họ A; Hội Khuyến học huyện tặng Giấy khen cho …")
    if (names.length > 0 && GIVES_NEXT.test(s.text.slice(end, end + 30))) break;
    names.push(sourceText(doc, s.start + at, s.start + end));
    // (past where it is, in parentheses or after "ở": "Chi hội A (xã B); Hội C", "dòng họ A ở thôn B,
    // dòng họ C")
    end += (PLACE_IN_PARENS.exec(s.text.slice(end)) ?? PLACE_AFTER_AT.exec(s.text.slice(end)))?.[0].length ?? 0;
    const sep = BODY_SEP.exec(s.text.slice(end));
    if (!sep) break;
    at = end + sep[0].length;
  }
  // a name read through " và " is two when the count asks for one more: "2 tập thể là Ban Từ
  // thiện tỉnh và Đạo tràng chùa A" (while "Sở Tài nguyên và Môi trường" stays one name)
  const joined = names.findIndex((n) => / và \p{Lu}/u.test(n));
  if (names.length === count - 1 && joined >= 0) names.splice(joined, 1, ...names[joined]!.split(/ và (?=\p{Lu})/u, 2));
  return names;
}
