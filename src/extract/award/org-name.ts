// The extent of a body's name: capitalized words, numbers after them, and the lowercase
// words bodies are named with ("Ban Dân vận Tỉnh ủy Đắk Lắk", "Hội Liên hiệp Phụ nữ
// Phường 5", "Công ty Điện lực Trà Vinh"); a verb ends it ("… đón nhận Huân chương").
import { TITLE_BODY_WORDS, TITLE_STOP_WORDS, VERB_PAIRS } from '../../lexicon/titles.js';
import { tokenize } from '../../text/tokens.js';

const VERBS = new Set([...TITLE_STOP_WORDS, 'đón', 'vinh', 'dự', 'long', 'trọng', 'được', 'đạt', 'nhận']);

function endsBeforeVerb(tokens: ReturnType<typeof tokenize>, k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.kind === 'punct') return true;
  // a capitalized word goes on with the name ("ấp Long Hòa"), whatever it means in lowercase
  if (next.cap) return false;
  if (VERBS.has(next.lower)) return true;
  const after = tokens[k + 2];
  return next.kind === 'word' && !VERBS.has(next.lower) && (!after || after.kind === 'punct' || (!after.cap && VERBS.has(after.lower)));
}

function leadsToCapital(tokens: ReturnType<typeof tokenize>, from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k]!;
    if (t.cap || t.kind === 'num') return true;
    if (t.kind === 'punct' && (t.text === '-' || t.text === '–')) continue;
    if (t.kind !== 'word' || VERBS.has(t.lower)) return false;
  }
  return false;
}

/** End offset (in `text`) of the body's name that starts at i, or i when there is none. */
export function orgNameEnd(text: string, i: number): number {
  const tokens = tokenize(text.slice(i, i + 200));
  let end = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && (t.cap || t.allCaps)) { end = t.end; continue; }
    if (t.kind === 'num' && k > 0 && tokens[k - 1]!.kind === 'word') { end = t.end; continue; }
    if (t.kind === 'punct' && (t.text === '-' || t.text === '–') && tokens[k + 1]?.cap && k > 0) continue;
    if (t.kind === 'word' && k > 0) {
      const next = tokens[k + 1];
      if (t.lower === 'và') {
        // "Sở Tài nguyên và Môi trường": "và" joins two capitalized parts
        if (next?.cap) continue;
        break;
      }
      // a verb of the sentence ends the name: "… Đắk Lắk đón nhận Huân chương"
      if (VERB_PAIRS.has(`${t.lower} ${next?.lower ?? ''}`) || (VERBS.has(t.lower) && !TITLE_BODY_WORDS.has(t.lower))) break;
      if (TITLE_BODY_WORDS.has(t.lower)) {
        // a body word can end the name: "Đảng bộ Bệnh viện cũng …"
        if (endsBeforeVerb(tokens, k)) { end = t.end; break; }
        continue;
      }
      // other lowercase words of a name lead to a capitalized part within four tokens:
      // "Công ty Điện lực", "Khoa Hồi sức tích cực - Chống độc"
      if (leadsToCapital(tokens, k + 1)) continue;
      // or end it, just before the sentence's verb: "Khoa Hồi sức tích cực - Chống độc được …"
      if (tokens[k - 1]?.cap && endsBeforeVerb(tokens, k)) {
        end = t.end;
        if (tokens[k + 1]?.kind === 'word' && !VERBS.has(tokens[k + 1]!.lower) && !tokens[k + 1]!.cap) end = tokens[k + 1]!.end;
        break;
      }
    }
    break;
  }
  return i + end;
}
