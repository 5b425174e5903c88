// Officials of an article: every person named with at least one position; all the titles
// a person gets anywhere are merged into one entry.
import { ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { NOT_OFFICIALS, SURNAMES } from '../../lexicon/surnames.js';
import { sourceText, type Doc } from '../../text/document.js';
import { canonical, foldKey } from '../../text/fold.js';
import type { Official } from '../../schema.js';
import type { Debug } from '../../debug.js';
import { findMentions, pronounTitles } from './mentions.js';
import { mayNameOfficial } from './name-gate.js';
import { RANKS } from '../../lexicon/titles.js';
import { CAPITALIZED_WORD, wordBefore } from '../../text/word-before.js';
import { PLACE_TYPE_WORDS } from '../../lexicon/places.js';

export interface PersonMention {
  name: string;
  titles: string[];
  sentence: number;
  /** offsets of the name in the normalized text */
  start: number;
  end: number;
  rule: string;
  /** where a title written before the name begins ("Điều dưỡng trưởng bệnh viện |Mã Thị Kiều"), in the normalized text */
  titledFrom?: number;
  /** titles shared with a second name addressed alike, the person's only when it has none of its own */
  paired?: string[];
}

export function findPeople(doc: Doc): PersonMention[] {
  const out: PersonMention[] = [];
  for (const s of doc.sentences) {
    if (s.debris) continue;
    // "Cùng dự còn có bà A. Bà hiện là Ủy viên Ban Thường vụ Huyện ủy …": the titles are those
    // of the person the sentence before named last (the name stays where it is written)
    const last = out[out.length - 1];
    if (last && last.sentence === s.index - 1) {
      for (const t of pronounTitles(s.text)) last.titles.push(endOfSentence(sourceText(doc, s.start + t.start, s.start + t.end)));
    }
    if (!mayNameOfficial(s.text)) continue;
    for (const m of findMentions(s.text)) {
      const name = sourceText(doc, s.start + m.name.start, s.start + m.name.end);
      if (NOT_OFFICIALS.has(canonical(name))) continue;
      out.push({
        name,
        titles: m.titles.map((t) => endOfSentence(sourceText(doc, s.start + t.start, s.start + t.end))),
        sentence: s.index,
        start: s.start + m.name.start,
        end: s.start + m.name.end,
        rule: m.rule,
        ...(m.titles.length > 0 && m.titles[0]!.start < m.name.start ? { titledFrom: s.start + m.titles[0]!.start } : {}),
        ...(m.paired ? { paired: m.paired.map((t) => endOfSentence(sourceText(doc, s.start + t.start, s.start + t.end))) } : {}),
      });
    }
  }
  const kept = out.filter((p) => !namesPlaceOfTitle(doc, p, out) && !endsPlaceNamedElsewhere(doc, p));
  completeNames(doc, kept);
  givenNamesInFull(kept);
  return kept;
}

/**
 * A person called by the given name alone after being named in full ("ông Võ Văn Lực, Chi hội
 * trưởng …" then "Ông Lực cũng vừa được … tặng giấy khen") is that person: the name in full, when
 * one person only named before ends with it.
 */
function givenNamesInFull(people: PersonMention[]): void {
  for (const p of people) {
    if (p.name.includes(' ')) continue;
    const full = new Set(people.filter((q) => q.start < p.start && q.name.endsWith(` ${p.name}`)).map((q) => q.name));
    if (full.size === 1) p.name = [...full][0]!;
  }
}

/**
 * A name cut short where its last word reads as a word of the sentence ("Thượng tá Phạm Quang
 * |Lễ trao giấy khen …"), written whole elsewhere in the article ("Thượng tá Phạm Quang Lễ, Chỉ
 * huy trưởng …"), gets that word back.
 */
function completeNames(doc: Doc, people: PersonMention[]): void {
  // each name by the name without its last word (the first one so written)
  const whole = new Map<string, string>();
  for (const q of people) {
    const cut = q.name.lastIndexOf(' ');
    if (cut > 0 && !whole.has(q.name.slice(0, cut))) whole.set(q.name.slice(0, cut), q.name);
  }
  for (const p of people) {
    const name = whole.get(p.name);
    if (!name) continue;
    const rest = name.slice(p.name.length);
    if (doc.text.slice(p.end, p.end + rest.length) !== rest || /[\p{L}\p{M}]/u.test(doc.text[p.end + rest.length] ?? '')) continue;
    p.name = name;
    p.end += rest.length;
  }
}

// a place word before a name, perhaps with the first words of the place: "… UBND huyện |Tùng
// Lâm Hạ", "… UBND huyện Tùng |Lâm Hạ"
const PLACE_WORD_BEFORE = /(?:^|\s)(?:huyện|quận|xã|phường|tỉnh|thị xã|thành phố|thị trấn)(?:\s\p{Lu}\p{Ll}*){0,2}\s$/u;

/**
 * Whether a "name" read right after a place word is the place's, as another person's title
 * shows: "Chủ tịch UBND huyện Tùng Lâm Hạ tặng giấy khen" in an article where someone is "Phó
 * Chủ tịch UBND huyện Tùng Lâm Hạ" (a place name of three words scores as a person's).
 */
function namesPlaceOfTitle(doc: Doc, p: PersonMention, all: PersonMention[]): boolean {
  if (!PLACE_WORD_BEFORE.test(doc.text.slice(Math.max(0, p.start - 30), p.start))) return false;
  const name = ` ${foldKey(p.name)}`;
  return all.some((o) => o !== p && o.titles.some((t) => {
    const title = foldKey(t);
    const at = title.indexOf(name);
    return at >= 0 && (at + name.length === title.length || !/[\p{L}\p{N}]/u.test(title[at + name.length]!));
  }));
}


/** Whether `text` holds `needle` somewhere that does not end at `end` (not the spot at hand). */
function writtenElsewhere(text: string, needle: string, end: number): boolean {
  for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) if (k + needle.length !== end) return true;
  return false;
}

/**
 * Whether a "name" is the end of a place the article names with its word elsewhere: "Đồn Biên
 * phòng Pờ |Lê Kông" where the article writes "xã Pờ Lê Kông" (a place that holds a family name).
 */
function endsPlaceNamedElsewhere(doc: Doc, p: PersonMention): boolean {
  // (a name of two words, as a place's last two are: one with a middle name is a person's, also
  // where a title before it is written again elsewhere, "… quận A Võ Thành B")
  if (p.name.split(' ').length !== 2) return false;
  // (one or two capitalized words before it: "Pờ |Lê Kông", "Pa Lìn |Lê Khánh")
  let at = p.start;
  let place = p.name;
  for (let n = 0; n < 2; n++) {
    const before = wordBefore(doc.text, at);
    if (!before || !CAPITALIZED_WORD.test(before.word)) return false;
    place = `${before.word} ${place}`;
    // (a place's word before it: "xã Pờ Lê Kông", "thôn …"; each word tried only when the words
    // are written elsewhere at all — one scan of the text for most names; a longer place written
    // elsewhere holds the shorter, so none is then)
    if (!writtenElsewhere(doc.text, place, p.end)) return false;
    for (const w of PLACE_TYPE_WORDS) if (writtenElsewhere(doc.text, `${w} ${place}`, p.end)) return true;
    at = before.start;
  }
  return false;
}

// the sentence's full stop kept on an abbreviation that ends a title: "… Hội Khuyến học TP.HCM."
const FINAL_STOP = /(?<=[\p{L}.][\p{L}]{2,})\.$/u;
function endOfSentence(title: string): string {
  return title.replace(FINAL_STOP, '');
}

export function extractOfficials(people: PersonMention[], debug?: Debug): Official[] {
  // a given name alone ("ông Thắng", "ông Sáu") is a later reference: it joins the one full
  // name that ends with it, and is no official of its own
  const whole = (name: string): boolean => name.includes(' ') || /^[HK]['’]\p{Lu}/u.test(name);
  // full names by the last word of their folded form, each key with its first spelling
  const byLastWord = new Map<string, Map<string, string>>();
  for (const f of people) {
    if (!whole(f.name)) continue;
    const key = foldKey(f.name);
    const last = key.slice(key.lastIndexOf(' ') + 1);
    const owners = byLastWord.get(last) ?? new Map<string, string>();
    if (!owners.has(key)) owners.set(key, f.name);
    byLastWord.set(last, owners);
  }
  const resolved: PersonMention[] = [];
  for (const p of people) {
    if (whole(p.name)) { resolved.push(p); continue; }
    const owners = byLastWord.get(foldKey(p.name));
    if (owners?.size === 1) resolved.push({ ...p, name: [...owners.values()][0]! });
  }
  // group by the folded name; a typo that only drops a diacritic joins its person
  const groups = new Map<string, PersonMention[]>();
  for (const p of resolved) {
    const key = foldKey(p.name);
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const out: Official[] = [];
  for (const group of groups.values()) {
    const titles: string[] = [];
    const seen = new Set<string>();
    // (titles shared with a second name count only for one given no position of its own: see
    // pairedTitles — a rank alone is no position)
    const own = group.flatMap((p) => p.titles);
    const positioned = own.some((t) => !RANKS.has(t.toLowerCase()));
    for (const t of positioned ? own : [...own, ...group.flatMap((p) => p.paired ?? [])]) {
      const key = canonical(t).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      titles.push(t);
    }
    if (titles.length === 0) continue;
    // "Phó Bí thư Thường trực Thị ủy" beside "Phó Bí thư Thường trực Thị ủy An Nhơn" is the same
    // position written short: keep the full form
    const keys = titles.map((t) => canonical(t).toLowerCase());
    const kept = titles.filter((_, k) => !keys.some((o, m) => m !== k && o.length > keys[k]!.length && o.startsWith(`${keys[k]} `)));
    titles.length = 0;
    titles.push(...kept);
    const name = preferredSpelling(group);
    debug?.(`official ${name}: ${group.map((p) => p.rule).join(', ')}`);
    out.push({ name, titles, expanded: titles.map(expand) });
  }
  return out;
}

/** The spelling written most often, the first one on a tie ("Nguyễn Hữu Hiệp" over a typo). */
function preferredSpelling(group: PersonMention[]): string {
  const counts = new Map<string, number>();
  for (const p of group) counts.set(canonical(p.name), (counts.get(canonical(p.name)) ?? 0) + 1);
  let best = group[0]!.name;
  let bestCount = 0;
  for (const p of group) {
    const c = counts.get(canonical(p.name))!;
    if (c > bestCount) { best = p.name; bestCount = c; }
  }
  return best;
}

/** Spells out the abbreviations of a title: "UVBTV" → "Ủy viên Ban Thường vụ". */
export function expand(title: string): string {
  return title.replace(/(?<![\p{L}])(?:Phó CT|UV BTV|[\p{Lu}Đ]{2,}|Q\.)(?![\p{L}])/gu, (m) => ABBREVIATIONS[m] ?? m);
}
