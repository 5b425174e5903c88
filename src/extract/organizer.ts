// The body that held the event: the subject of "tổ chức" in the lead ("Ngày 13/10/2020,
// Quận ủy Quận 1 tổ chức hội nghị" → "Quận ủy Quận 1").
import type { Doc } from '../text/document.js';
import { sourceText } from '../text/document.js';
import { ORG_HEAD } from './award/org-name.js';

// "<subject> (đã|vừa|long trọng) tổ chức"
const HELD = /(?<subject>[^.;]{3,160}?)\s(?:(?:đã|vừa|long trọng|chính thức|phối hợp|cùng)\s)*(?:tổ chức|tiến hành|khai mạc)(?![\p{L}])/u;
// where the body's name gives way to the verb phrase: "Công ty A |vừa phối hợp với Công đoàn công
// ty tổ chức", "Hội Nông dân xã B |đã cùng với …"
const NAME_STOP = /\s(?:đã|vừa|mới|phối hợp|cùng với|cùng|long trọng|chính thức)(?![\p{L}])/u;
// the verbs alone: a sentence without one cannot match HELD, which would try every start in it
const HELD_VERB = /(?:tổ chức|tiến hành|khai mạc)(?![\p{L}])/u;
// a piece of the subject that is a date or dateline, not the body: "Ngày 13/10", "Kinhtedothi - Ngày 13/10"
const DATE_PIECE = /\d{1,2}[/.-]\d{1,2}|^(?:sáng|chiều|tối|trưa|hôm|ngày|vừa qua|mới đây|tại)/iu;

// what a body's name begins with: a head of the lexicon of bodies (ORG_HEAD: "Ban …", "Hội …",
// "Công an …", "Ủy ban …", "Liên đoàn …"), or one that names a union, command or league ("LĐLĐ tỉnh A", "Bộ CHQS tỉnh B", "Liên minh HTX
// tỉnh", "Tỉnh Đoàn C", "Trung ương Hội …"), or a place that held the event itself ("xã Tân Lập")
const BODY_START = /^(?:LĐLĐ|Tổng Liên đoàn|Liên minh|Hiệp hội|Trung ương|Bộ CHQS|Bộ Tư lệnh|Bộ\s\p{Lu}|(?:Thành|Tỉnh|Huyện|Quận|Thị) Đoàn|Điện lực|UBMTTQ|MTTQ|(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|ấp)\s\p{Lu})(?![\p{L}])/u;
// the holder of an event named before it: "… năm 2020 |do |Bộ Chỉ huy Quân sự tỉnh tổ chức"
const HELD_BY = /\sdo\s(?=\p{Lu})/u;
// a dateline's outlet before the subject: "TN - ", "BTN - "
const DATELINE = /^\p{Lu}{1,6}\s?[-–]\s/u;
// a parenthesis inside or after the name, with the place or the short name of the body: "Công an
// TP Mỹ Tho (Tiền Giang)", "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh A" — or one the comma cut
const PARENTHESIS = /\s?\([^()]*(?:\)|$)/gu;

// (the lead first; the headline when no sentence of the lead tells who held the event: a first line
// taken for a headline may be the lead itself)
export function extractOrganizer(doc: Doc): string | null {
  return heldBy(doc, false) ?? heldBy(doc, true);
}

function heldBy(doc: Doc, headline: boolean): string | null {
  let seen = 0;
  for (const s of doc.sentences) {
    if (s.debris || s.headline !== headline) continue;
    if (++seen > 6) break;
    const m = HELD_VERB.test(s.text) ? HELD.exec(s.text) : null;
    if (!m) continue;
    const subject = m.groups!.subject!;
    let offset = m.index;
    for (const piece of subject.split(',')) {
      const start = offset;
      offset += piece.length + 1;
      let from = piece.length - piece.trimStart().length;
      let name = piece.trim();
      const dateline = DATELINE.exec(name);
      if (dateline) {
        from += dateline[0].length;
        name = name.slice(dateline[0].length);
      }
      // (the event named first, its holder after "do": "Hội thao quốc phòng … do Bộ Chỉ huy Quân sự
      // tỉnh tổ chức")
      const by = HELD_BY.exec(name);
      if (by) {
        from += by.index + by[0].length;
        name = name.slice(by.index + by[0].length);
      }
      // (the body's name, without the verb phrase after it)
      const stop = NAME_STOP.exec(name);
      if (stop) name = name.slice(0, stop.index);
      if (!name || DATE_PIECE.test(name) || !(ORG_HEAD.test(name) || BODY_START.test(name))) continue;
      return withoutParentheses(doc, s.start + start + from, name);
    }
  }
  return null;
}

/** The name at `at` in the text, as written in the source, its parentheses left out. */
function withoutParentheses(doc: Doc, at: number, name: string): string {
  const parts: string[] = [];
  let last = 0;
  PARENTHESIS.lastIndex = 0;
  for (let p = PARENTHESIS.exec(name); p; p = PARENTHESIS.exec(name)) {
    if (p.index > last) parts.push(sourceText(doc, at + last, at + p.index));
    last = p.index + p[0].length;
  }
  if (last < name.length) parts.push(sourceText(doc, at + last, at + name.length));
  return parts.map((t) => t.trim()).filter((t) => t).join(' ');
}
