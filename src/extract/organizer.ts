// The body that held the event: the subject of "tổ chức" in the lead ("Ngày 13/10/2020,
// Quận ủy Quận 1 tổ chức hội nghị" → "Quận ủy Quận 1").
import type { Doc } from '../text/document.js';
import { sourceText } from '../text/document.js';

// "<subject> (đã|vừa|long trọng) tổ chức"
const HELD = /(?<subject>[^.;]{3,160}?)\s(?:(?:đã|vừa|long trọng|chính thức|phối hợp|cùng)\s)*(?:tổ chức|tiến hành|khai mạc)(?![\p{L}])/u;
// the verbs alone: a sentence without one cannot match HELD, which would try every start in it
const HELD_VERB = /(?:tổ chức|tiến hành|khai mạc)(?![\p{L}])/u;
// a piece of the subject that is a date or dateline, not the body: "Ngày 13/10", "Kinhtedothi - Ngày 13/10"
const DATE_PIECE = /\d{1,2}[/.-]\d{1,2}|^(?:sáng|chiều|tối|trưa|hôm|ngày|vừa qua|mới đây|tại)/iu;

export function extractOrganizer(doc: Doc): string | null {
  let seen = 0;
  for (const s of doc.sentences) {
    if (s.debris || s.headline) continue;
    if (++seen > 6) break;
    const m = HELD_VERB.test(s.text) ? HELD.exec(s.text) : null;
    if (!m) continue;
    const subject = m.groups!.subject!;
    let offset = 0;
    for (const piece of subject.split(',')) {
      const trimmed = piece.trim();
      const at = offset + piece.indexOf(trimmed);
      offset += piece.length + 1;
      if (!trimmed || DATE_PIECE.test(trimmed) || !/^\p{Lu}/u.test(trimmed)) continue;
      // the body's name stops before a verb phrase: keep capitalized words and their links
      return sourceText(doc, s.start + m.index + at, s.start + m.index + at + trimmed.length);
    }
  }
  return null;
}
