// The organizer's name as the article writes it: the lead's words, but the short form where the
// lead spells a body out with its abbreviation in parentheses and the article also writes it short,
// the place after a bare tier where the article names that body with its place elsewhere, and the
// full form where the lead writes a body's shorthand ("Hội CCB") and the article also spells it out.
import type { Doc } from '../text/document.js';
import { sourceText } from '../text/document.js';
import { atWordStart } from '../lexicon/pattern.js';
import { shorthandSpelledOut } from '../lexicon/abbreviations.js';

// a parenthesis inside or after the name, with the place or the short name of the body: "Công an
// TP Mỹ Tho (Tiền Giang)", "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh A" — or one the comma cut
const PARENTHESIS = /\s?\([^()]*(?:\)|$)/gu;
// an abbreviation in parentheses: "(LHPN)", "(CHQS)", "(NHCSXH)"
const ABBREVIATION = /^\s?\((?<short>\p{Lu}{2,10})\)$/u;
// a name that ends with a tier and no place: "LĐLĐ tỉnh", "Ban Dân vận Tỉnh ủy", "Bệnh viện Đa khoa tỉnh"
const BARE_TIER_END = /(?:^|\s)(?:tỉnh|huyện|quận|thị xã|thành phố|thị trấn|xã|phường|(?:Tỉnh|Huyện|Quận|Thành|Thị) [uủ]y|(?:Tỉnh|Huyện|Quận|Thành|Thị) uỷ)$/u;
// the place right after a name elsewhere in the article: " Bắc Giang", " Trà Vinh", " Đắk Lắk"
const PLACE_AFTER = /^ (\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})(?![\p{L}\p{M}\p{N}])/u;

interface Part { start: number; end: number; short: string | null }

/**
 * The name at offset `at` of the normalized text, `name` being its normalized words with any
 * parentheses, as the organizer is written in the output.
 */
export function writtenName(doc: Doc, at: number, name: string): string {
  const parts = partsOf(name);
  const plain = parts.map((p) => name.slice(p.start, p.end).trim()).filter((t) => t).join(' ');
  const short = shortFormWritten(doc, name, parts);
  if (short) return sourceText(doc, short.start, short.end);
  const placed = BARE_TIER_END.test(plain) ? withPlace(doc, plain) : null;
  if (placed) return spelledOutWhereWritten(doc, sourceText(doc, placed.start, placed.end));
  return spelledOutWhereWritten(doc, parts.map((p) => sourceText(doc, at + p.start, at + p.end)).filter((t) => t).join(' '));
}

/**
 * The name in full where the article also writes it so: "Hội CCB huyện A" in the lead is the
 * "Hội Cựu chiến binh huyện A" of its headline (the abbreviation is the article's shorthand).
 */
function spelledOutWhereWritten(doc: Doc, name: string): string {
  const full = shorthandSpelledOut(name);
  if (full === null) return name;
  const found = wholeWordIndex(doc.text, full);
  return found >= 0 ? sourceText(doc, found, found + full.length) : name;
}

/**
 * The pieces of a name between its parentheses; a piece followed by an abbreviation of its last
 * words carries it: "Hội Liên hiệp Phụ nữ (LHPN) huyện A" → "Hội Liên hiệp Phụ nữ" (LHPN), "huyện A".
 */
function partsOf(name: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  PARENTHESIS.lastIndex = 0;
  for (let p = PARENTHESIS.exec(name); p; p = PARENTHESIS.exec(name)) {
    parts.push({ start: last, end: p.index, short: ABBREVIATION.exec(p[0])?.groups!.short! ?? null });
    last = p.index + p[0].length;
  }
  parts.push({ start: last, end: name.length, short: null });
  return parts;
}

/** Where the article writes the name short, each abbreviation in place of the words it stands for. */
function shortFormWritten(doc: Doc, name: string, parts: Part[]): { start: number; end: number } | null {
  const abbreviated = parts.map((p) => {
    const words = name.slice(p.start, p.end).trim();
    return { long: words, short: p.short ? abbreviatedEnd(words, p.short) : null };
  });
  if (abbreviated.every((a) => a.short === null)) return null;
  // every mix of long and short pieces but the all-long one, the fewer short ones first
  const shortable = abbreviated.map((a, k) => (a.short !== null ? k : -1)).filter((k) => k >= 0);
  const masks = [...Array(2 ** shortable.length).keys()].slice(1).sort((a, b) => bits(a) - bits(b) || a - b);
  for (const mask of masks) {
    const chosen = new Set(shortable.filter((_, j) => mask & (1 << j)));
    const form = abbreviated.map((a, k) => (chosen.has(k) ? a.short! : a.long)).filter((t) => t).join(' ');
    const found = wholeWordIndex(doc.text, form);
    if (found >= 0) return { start: found, end: found + form.length };
  }
  return null;
}

function bits(n: number): number {
  let count = 0;
  for (let m = n; m > 0; m >>= 1) count += m & 1;
  return count;
}

/**
 * The words with the last ones put short, when their initials spell the abbreviation: ("Hội Liên
 * hiệp Phụ nữ", "LHPN") → "Hội LHPN"; ("Ban Chấp hành", "BCH") → "BCH".
 */
function abbreviatedEnd(words: string, short: string): string | null {
  const list = words.split(' ');
  for (let k = list.length - 1; k >= 0 && list.length - k <= short.length; k--) {
    const initials = list.slice(k).map((w) => w.charAt(0).toUpperCase()).join('');
    if (initials === short) return [...list.slice(0, k), short].join(' ');
  }
  return null;
}

/** The first place where `form` stands as whole words in `text`, or -1. */
function wholeWordIndex(text: string, form: string): number {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (atWordStart(text, i) && !/[\p{L}\p{M}\p{N}]/u.test(text.charAt(i + form.length))) return i;
  }
  return -1;
}

/**
 * The name with its place, when every time the article writes it with a place that place is
 * the same: "LĐLĐ tỉnh" with "… Chủ tịch LĐLĐ tỉnh Bắc Giang" → "LĐLĐ tỉnh Bắc Giang".
 */
function withPlace(doc: Doc, plain: string): { start: number; end: number } | null {
  let first: { start: number; end: number } | null = null;
  let place: string | null = null;
  for (let i = doc.text.indexOf(plain); i >= 0; i = doc.text.indexOf(plain, i + 1)) {
    if (!atWordStart(doc.text, i)) continue;
    const after = PLACE_AFTER.exec(doc.text.slice(i + plain.length, i + plain.length + 60));
    if (!after) continue;
    if (place !== null && after[1] !== place) return null;
    place ??= after[1]!;
    first ??= { start: i, end: i + plain.length + after[0].length };
  }
  return first;
}
