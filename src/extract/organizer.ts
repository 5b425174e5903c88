// The body that held the event: the subject of "tổ chức" in the lead ("Ngày 13/10/2020,
// Quận ủy Quận 1 tổ chức hội nghị" → "Quận ủy Quận 1"), else of a verb that tells the event
// ("Sáng 8-1, Hội Nông dân huyện A tổng kết công tác Hội" → "Hội Nông dân huyện A"). How the name
// is written out is organizer-name.ts's.
import { splitAtCommas } from '../lexicon/comma-phrases.js';
import { VILLAGES } from '../lexicon/places.js';
import { firstEitherCase } from '../lexicon/pattern.js';
import type { Doc } from '../text/document.js';
import { ORG_HEAD, orgNameEnd } from './award/org-name.js';
import { writtenName } from './organizer-name.js';

// the verbs of holding an event: "<subject> (đã|vừa|long trọng) tổ chức", "… tiến hành", "… khai mạc"
const HOLDING = ['tổ chức', 'tiến hành', 'khai mạc'];
// the verbs a lead tells an event with when it says no "tổ chức", read only when no lead or headline
// has one: "Hội Nông dân huyện A tổng kết công tác Hội", "Thành Đoàn B họp hội nghị", "Công an
// huyện C đón nhận Cờ thi đua", "Công ty D vừa trao 150 suất quà", "Đảng ủy xã E lần đầu mở ngày hội",
// "Đoàn công tác Ban Dân vận Tỉnh ủy F … đã làm việc với Ban Thường vụ Huyện ủy G", "đoàn công tác của
// Ban Dân vận Tỉnh ủy H do … làm trưởng đoàn đã kiểm tra …", "Công an tỉnh I vừa có báo cáo kết quả …"
const TELLING = ['tổng kết', 'sơ kết', 'họp mặt', 'gặp mặt', 'họp', 'kỷ niệm', 'khai giảng', 'ban hành', 'công bố', 'phát động', 'ra mắt', 'đón nhận', 'trao tặng', 'trao', 'đến thăm', 'thăm', 'làm việc với', 'kiểm tra', 'khảo sát', 'có báo cáo', 'mở (?:lớp|ngày hội|hội nghị|đợt|cuộc|buổi)'];
// the verbs as one pattern, each a whole word
const verbsOf = (verbs: string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${verbs.join('|')})(?![\\p{L}])`, 'gu');
const HELD = verbsOf(HOLDING);
const TOLD = verbsOf(TELLING);
// how far before its verb the subject may start, within its clause (after a ".", ";" or ":")
const SUBJECT_REACH = 160;
// (and of the first verb's subject, when this verb is joined to it by "và")
const JOINED_REACH = 400;
// adverbs between the subject and the verb: "… |đã long trọng |tổ chức", "… |lần đầu tiên |mở ngày hội",
// "… |tưng bừng |tổ chức Ngày hội"
// (taken off word by word: a pattern anchored at the end only is tried from every offset)
// (and a modal: "Huyện ủy A |phải tổ chức …"; and a notice of what it will hold: "Ban Dân vận
// Huyện ủy B |thông báo tổ chức Hội nghị …")
const ADVERBS = ['lần đầu tiên', 'lần đầu', 'long trọng', 'trang trọng', 'tưng bừng', 'sôi nổi', 'chính thức', 'phối hợp', 'đã', 'vừa', 'cùng', 'phải', 'thông báo'];
function withoutAdverbsAtEnd(words: string): string {
  let rest = words.trimEnd();
  for (let a = ADVERBS.find((w) => rest.endsWith(` ${w}`)); a; a = ADVERBS.find((w) => rest.endsWith(` ${w}`))) rest = rest.slice(0, rest.length - a.length - 1).trimEnd();
  return rest;
}
// where the body's name gives way to the verb phrase: "Công ty A |vừa phối hợp với Công đoàn công
// ty tổ chức", "Hội Nông dân xã B |đã cùng với …", "Ban Dân vận Tỉnh ủy C |chủ trì, phối hợp với …"
// (not the "mới" of new rural areas: "Ban Chỉ đạo xây dựng nông thôn mới xã D")
const NAME_STOP = /\s(?:đã|vừa|(?<!thôn\s)mới|phải|phối hợp|cùng với|cùng|long trọng|trang trọng|tưng bừng|sôi nổi|chính thức|chủ trì)(?![\p{L}])/u;
// a piece of the subject that is a date or dateline, not the body: "Ngày 13/10", "Kinhtedothi - Ngày 13/10"
const DATE_PIECE = /\d{1,2}[/.-]\d{1,2}|^(?:sáng|chiều|tối|trưa|hôm|ngày|vừa qua|mới đây|tại)/iu;

// what a body's name begins with: a head of the lexicon of bodies (ORG_HEAD: "Ban …", "Hội …",
// "Công an …", "Ủy ban …", "Liên đoàn …"), or one that names a union, command or league ("LĐLĐ tỉnh A", "Bộ CHQS tỉnh B", "Liên minh HTX
// tỉnh", "Tỉnh Đoàn C", "Trung ương Hội …"), or the standing members of a body: "Thường trực HĐND
// tỉnh A", "Thường trực Huyện ủy B", "BTV ĐUK"; or a ministry, its name running on after its first
// capital: "Bộ Công an" (a place that held the event itself is PLACE_START's)
const BODY_START = /^(?:(?:Thường trực(?=\s\p{Lu})|BTV(?=\s\p{Lu})|LĐLĐ|Tổng Liên đoàn|Liên minh|Hiệp hội|Trung ương|Bộ CHQS|Bộ Tư lệnh|(?:Thành|Tỉnh|Huyện|Quận|Thị) Đoàn|Điện lực|UBMTTQ|MTTQ)(?![\p{L}])|Bộ\s\p{Lu})/u;
// a place that held the event itself, right before the verb: "Tối 28-12, thôn A tổ chức hội nghị",
// "Chiều 12-11, xóm B, xã C (huyện D) tổ chức Ngày hội", "Thị xã E vừa tổ chức hội nghị đối thoại"
// (not a place earlier in the subject, the address of the body after it: "…, huyện A, Ban Trị sự
// … tổ chức")
// (capitalized too, opening the sentence, but not a village word that opens names of places:
// "Sóc Trăng", "Bản Giốc")
const PLACE_START = new RegExp(`^(?:${['xã', 'phường', 'thị trấn', 'thị xã', 'huyện', 'quận', 'thôn', 'xóm', 'ấp'].map(firstEitherCase).join('|')}|${VILLAGES})\\s\\p{Lu}`, 'u');
// the holder of an event named before it: "… năm 2020 |do |Bộ Chỉ huy Quân sự tỉnh tổ chức"
const HELD_BY = /\sdo\s(?=\p{Lu})/u;
// a dateline's outlet before the subject: "TN - ", "BTN - ", "(ĐL) - ", "Gió Lào Online - ",
// "(Xứ Thanh Online) – "
const DATELINE = /^(?:\([^()]{1,30}\)|\p{Lu}[\p{L}\p{N}]*(?:\s\p{Lu}[\p{L}\p{N}]*){0,3})\s?[-–]\s/u;
// a delegation sent by the body, before the one who leads it: "đoàn công tác của Ban Dân vận Tỉnh
// ủy A |do bà B … dẫn đầu đã đến thăm"
// (or with no "của": "Đoàn công tác Ban Dân vận Tỉnh ủy A do … làm trưởng đoàn đã làm việc với …")
// (or one sent to inspect, supervise or survey: "Đoàn kiểm tra của Ủy ban bầu cử tỉnh A do …")
const SENT_TO = ['kiểm tra', 'giám sát', 'khảo sát'];
const DELEGATION = new RegExp(`^[Đđ]oàn (?:công tác|${SENT_TO.join('|')})(?:\\scủa)?\\s(?=\\p{Lu})`, 'u');
const LED_BY = /\sdo\s/u;
const DELEGATION_WORD = /(?:^|\s)[Đđ]oàn\s$/u;
const DELEGATION_KIND = new RegExp(`^(?:${SENT_TO.join('|')})$`, 'u');
const AND_AT_END = /\svà\s?$/u;
// an event, not a body, though its first word heads bodies too: "Hội nghị …", "Hội thi …", "Hội chợ …"
const EVENT_NAME = /^Hội\s(?:nghị|thi|thao|chợ|diễn|trại|báo|xuân)(?![\p{L}])/u;
// a parenthesis right after the name: "Công an huyện A |(Quảng Nam)", "Hội Cựu chiến binh |(CCB) tỉnh B"
const PARENTHESIS_NEXT = /^\s?\(/u;
// heads that name no body alone, whose place the last of the bodies listed with them gives:
// "Đảng ủy, UBND xã A", "Huyện ủy, UBND huyện B", "Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã C"
const BARE_HEAD = /^(?:Đảng [uủ]y|Đảng uỷ|(?:Huyện|Tỉnh|Quận|Thành|Thị) (?:ủy|uỷ)|UBND|HĐND|Chi bộ)$/u;

// (the lead first; the headline when no sentence of the lead tells who held the event: a first line
// taken for a headline may be the lead itself; then the same with the verbs that tell an event)
// (and past the lead, in a feature that tells its ceremony late, the holder named after the event:
// "… tại hội nghị biểu dương điển hình do Huyện ủy A tổ chức, ông B được tặng …")
export function extractOrganizer(doc: Doc): string | null {
  return heldBy(doc, false, HELD) ?? heldBy(doc, true, HELD) ?? heldBy(doc, false, TOLD) ?? heldBy(doc, true, TOLD) ?? eventHeldBy(doc);
}

// an event named, then its holder and "tổ chức" in a relative clause: "tại hội nghị tổng kết … |do
// |Sở Y tế tỉnh A tổ chức", "Tại hội nghị … |mà |UBND huyện B vừa tổ chức", "Buổi họp mặt |do |Ủy
// ban MTTQ Việt Nam xã C tổ chức" (the event's noun within the clause before it)
const EVENT_THEN_HOLDER = /(?<![\p{L}])(?:[Hh]ội nghị|[Ll]ễ|[Bb]uổi|[Nn]gày hội|[Hh]ội thi|[Hh]ọp mặt|[Gg]ặp mặt|[Ll]ớp|[Cc]hương trình)(?![\p{L}])[^.;:!?]{0,160}?\s(?:do|mà)\s(?<holder>\p{Lu}[^.;:!?,()]{2,120}?)\s(?:(?:vừa|đã|mới)\s)?tổ chức(?![\p{L}])/dgu;

/** The holder of an event named after it anywhere in the body: see EVENT_THEN_HOLDER. */
function eventHeldBy(doc: Doc): string | null {
  for (const s of doc.sentences) {
    if (s.debris || s.headline) continue;
    EVENT_THEN_HOLDER.lastIndex = 0;
    for (let m = EVENT_THEN_HOLDER.exec(s.text); m; m = EVENT_THEN_HOLDER.exec(s.text)) {
      const holder = m.groups!.holder!;
      if (isBody(holder) && NAME_STOP.exec(holder) === null) return writtenName(doc, s.start + m.indices!.groups!.holder![0], holder);
    }
  }
  return null;
}

// a tally of what a body held, no event: "Đảng ủy xã tổ chức 37 buổi đối thoại", "… tổ chức hơn
// 200 cuộc", "… tổ chức nhiều lớp tập huấn" (after "tổ chức" and its kin only: a verb that tells
// an event may count what it gave, "trao 150 suất quà", or the years it closes, "tổng kết 10 năm")
const TALLY_AFTER = /^\s(?:(?:hơn|gần|trên|được)\s)?(?:\d|nhiều\s|hàng\s(?:chục|trăm))/u;
// "tổ chức" of work, no event: "Công ty đã tổ chức sản xuất theo phương án “3 tại chỗ”", "… tổ chức
// thực hiện tốt …" (but a trip is one: "… tổ chức cho đoàn cán bộ đi tham quan")
const WORK_AFTER = /^\s(?:sản xuất|thực hiện|triển khai|thi công|kinh doanh|quản lý)(?![\p{L}])/u;

// "tổ chức" as the work that a noun or preposition names, no verb: "UBND huyện A tổng kết |việc |tổ
// chức lấy ý kiến …", "… có thành tích |trong |tổ chức cuộc bầu cử", "công tác tổ chức"
const NOUN_BEFORE = /(?:^|\s)(?:việc|trong|công tác|khâu)\s$/u;
// "tổ chức" counted, the noun (organisations), no verb: "Đảng bộ Khối hiện có 64 tổ chức cơ sở đảng",
// "các tổ chức" (not a unit's number: "Quận ủy Quận 9 tổ chức …", "… phối hợp với Phòng Cảnh sát
// PCCC số 9 tổ chức …")
const PLURALS = new Set(['các', 'những', 'nhiều']);
const NUMBER = /^\d[\d.]*$/u;
function countedBefore(before: string): boolean {
  const words = before.trimEnd().split(' ');
  const last = words[words.length - 1] ?? '';
  const previous = words[words.length - 2] ?? '';
  return PLURALS.has(last) || (NUMBER.test(last) && previous !== '' && previous !== 'số' && previous === previous.toLowerCase());
}

function heldBy(doc: Doc, headline: boolean, verbs: RegExp): string | null {
  // (a subject before a verb that tells an event may go on past the name: "đoàn công tác của Ban
  // Dân tộc tỉnh |lại vượt những con dốc …"; one before "tổ chức" is the name, as written)
  const cut = verbs === TOLD;
  let seen = 0;
  for (const s of doc.sentences) {
    if (s.debris || s.headline !== headline) continue;
    if (++seen > 6) break;
    verbs.lastIndex = 0;
    for (let v = verbs.exec(s.text); v; v = verbs.exec(s.text)) {
      const after = s.text.slice(v.index + v[0].length, v.index + v[0].length + 14);
      if (!cut && (TALLY_AFTER.test(after) || WORK_AFTER.test(after) || countedBefore(s.text.slice(Math.max(0, v.index - 24), v.index)) || NOUN_BEFORE.test(s.text.slice(Math.max(0, v.index - 12), v.index)))) continue;
      // (a verb that names a delegation with the word before it is no verb: "|Đoàn kiểm tra| của …")
      if (DELEGATION_KIND.test(v[0]) && DELEGATION_WORD.test(s.text.slice(Math.max(0, v.index - 6), v.index))) continue;
      const found = subjectOf(doc, s.start, s.text, v.index, cut);
      if (found) return found;
    }
  }
  return null;
}

/** The body named as the subject of the verb at `verbAt` of a sentence (starting at `at`), or null. */
function subjectOf(doc: Doc, at: number, text: string, verbAt: number, cut: boolean): string | null {
  const start = Math.max(text.lastIndexOf(';', verbAt) + 1, lastStop(text, verbAt), text.lastIndexOf(':', verbAt) + 1);
  // (a verb joined by "và" to an earlier one has that one's subject, the first words of its clause,
  // not the ones right before it: "Đoàn công tác của A do … dẫn đầu đã dự hội nghị … tại thôn B, xã
  // C |và làm việc với …")
  const joined = AND_AT_END.test(text.slice(Math.max(start, verbAt - 6), verbAt));
  const from = Math.max(0, verbAt - (joined ? JOINED_REACH : SUBJECT_REACH), start);
  const subject = withoutAdverbsAtEnd(text.slice(from, verbAt));
  if (subject.length < 3) return null;
  const pieces = piecesOf(subject, from, cut);
  // (past the pieces that date the sentence: "Ngày 18/11/2023, đoàn công tác …")
  let first = 0;
  while (first < pieces.length - 1 && DATE_PIECE.test(pieces[first]!.name)) first++;
  for (let k = 0; k < pieces.length; k++) {
    if (joined && k > first) break;
    const piece = pieces[k]!;
    if (!isBody(piece.name) && !(k === placeAt(pieces) && PLACE_START.test(piece.name))) continue;
    // bare heads listed before the body that gives their place: the bodies held it together
    let last = k;
    while (BARE_HEAD.test(pieces[last]!.name) && !pieces[last]!.cutAfter && pieces[last + 1] && !pieces[last + 1]!.cutBefore && (BARE_HEAD.test(pieces[last + 1]!.name) || isBody(pieces[last + 1]!.name))) last++;
    return writtenName(doc, at + piece.at, text.slice(piece.at, pieces[last]!.at + pieces[last]!.name.length));
  }
  return null;
}

/** Where the text after the last full stop before `at` starts: not a dot inside a word, "TP.Biên Hòa". */
function lastStop(text: string, at: number): number {
  for (let k = text.lastIndexOf('.', at); k >= 0; k = text.lastIndexOf('.', k - 1)) {
    if (k + 1 >= text.length || !/[\p{L}\p{N}]/u.test(text[k + 1]!)) return k + 1;
    if (k === 0) break;
  }
  return 0;
}

/**
 * The piece that may name a place holding the event: the last, or the one before the places it is
 * in ("xóm B, xã C (huyện D)": the first of the places that end the subject).
 */
function placeAt(pieces: Piece[]): number {
  let k = pieces.length - 1;
  while (k > 0 && PLACE_START.test(pieces[k - 1]!.name) && PLACE_START.test(pieces[k]!.name)) k--;
  return k;
}

/**
 * The first of two bodies joined by "và", each named in full: "Ban Dân vận Huyện ủy A và Ủy ban
 * MTTQ Việt Nam huyện cùng tổ chức …" → the first (the one the article names first holds it); not a
 * "và" inside a name ("Sở Giáo dục và Đào tạo"), nor after bare heads the place goes with
 * ("UBND và Ủy ban MTTQ Việt Nam xã A").
 */
function firstOfTwoBodies(name: string): string {
  for (let k = name.indexOf(' và '); k > 0; k = name.indexOf(' và ', k + 1)) {
    const first = name.slice(0, k);
    if (ORG_HEAD.test(name.slice(k + 4)) && isBody(first) && !BARE_HEAD.test(first)) return first;
  }
  return name;
}

/** Whether a piece of a subject is a body's name, not a date, a dateline, a place or an event. */
function isBody(name: string): boolean {
  return name !== '' && !DATE_PIECE.test(name) && !EVENT_NAME.test(name) && (ORG_HEAD.test(name) || BODY_START.test(name));
}

interface Piece { at: number; name: string; cutBefore: boolean; cutAfter: boolean }

/**
 * The comma-separated pieces of a subject (starting at `from` in its sentence), each cut to the
 * body's name it may be (`at` where the name starts), and whether words were cut before or after it;
 * `cut`: the words after a name are cut too.
 */
function piecesOf(subject: string, from: number, cut: boolean): Piece[] {
  const out: Piece[] = [];
  let offset = from;
  // (not at a comma inside a phrase of a name: "Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện A")
  for (const piece of splitAtCommas(subject)) {
    const start = offset;
    offset += piece.length + 1;
    const space = piece.length - piece.trimStart().length;
    let skip = space;
    let name = piece.trim();
    const dateline = DATELINE.exec(name);
    if (dateline) {
      skip += dateline[0].length;
      name = name.slice(dateline[0].length);
    }
    const delegation = DELEGATION.exec(name);
    if (delegation) {
      // (the body that sent the delegation, without the one who leads it)
      skip += delegation[0].length;
      name = name.slice(delegation[0].length);
      const led = LED_BY.exec(name);
      if (led) name = name.slice(0, led.index);
    } else {
      // (the event named first, its holder after "do": "Hội thao quốc phòng … do Bộ Chỉ huy Quân sự
      // tỉnh tổ chức")
      const by = HELD_BY.exec(name);
      if (by) {
        skip += by.index + by[0].length;
        name = name.slice(by.index + by[0].length);
      }
    }
    // (the body's name, without the verb phrase after it; and when asked, nor the words after the
    // name that are not its place in parentheses)
    const stop = NAME_STOP.exec(name);
    if (stop) name = name.slice(0, stop.index);
    name = firstOfTwoBodies(name);
    const end = cut ? orgNameEnd(name, 0) : 0;
    if (end > 0 && end < name.length && !PARENTHESIS_NEXT.test(name.slice(end))) name = name.slice(0, end);
    out.push({ at: start + skip, name, cutBefore: skip > space, cutAfter: skip - space + name.length < piece.trim().length });
  }
  return out;
}
