// Members of a counted group named in a later sentence: "Dịp này, UBND huyện tặng Giấy khen cho
// 24 cá nhân. Trong số cá nhân được khen có ông A, Trưởng thôn B." — the names go to the count
// told before, as its recipients, even when they are not all of it (as the project's gold has
// them); they make no award of their own.
import { PIPE_ROW } from './table.js';
import type { Doc } from '../../text/document.js';
import { BULLET, type Sentence } from '../../text/sentences.js';
import type { RecipientTypeValue } from '../../schema.js';
import type { PersonMention } from '../official/index.js';
import { RECIPIENT_WORDS, UNTYPED_RECIPIENT_WORDS } from '../../lexicon/recipients.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';
import { ADDRESS_WORDS } from '../../lexicon/titles.js';
import { parseCount } from './numbers.js';
import { findForms, findIssuers, findLevels } from './context.js';
import { bodiesListed, bodyOpens, personsListed } from './recipients.js';
import { ORG_HEAD } from './org-name.js';
import type { Fact } from './index.js';

// a count in digits (thousands grouped by dots too: "1.250") or words, capitalized opening a
// sentence: "18", "Hai", "hai mươi"
const NUMBER_WORD = [...NUMBER_WORDS, ...NUMBER_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('|');
const COUNT = `(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,5}|(?:${NUMBER_WORD})(?:\\s(?:${NUMBER_WORD}))*)`;

// "Trong số 18 chiến sĩ thi đua có anh A", "Trong số các cá nhân được tuyên dương có ông A và bà
// B", "Trong số các hộ nhận Bằng khen của UBND tỉnh có hộ ông A" (the group, then "có" and names)
// (or "Trong" with the count alone: "Trong 9 cá nhân được tặng Bằng khen có Thượng tọa A")
// (also a clause after the count's: "… cho 04 tập thể và 06 cá nhân …; trong số cá nhân được khen có bà A")
// (or a pointer for the group: "Trong số đó có ông A", "Trong đó có bà B", "; trong số này có ông C")
// (or how many of the group are named: "Một trong 17 cá nhân được khen là cụ A", "Hai trong số 9
// hộ được tặng Bằng khen là hộ ông B và hộ bà C")
const AMONG_THEN_NAMES = new RegExp(`(?:^|;\\s)(?:[^,;]{0,30},\\s)?(?:(?:[Mm]ột|[Hh]ai|[Bb]a|[1-3])\\s)?[Tt]rong(?:\\ssố\\s(?:(?<count>${COUNT})\\s|(?:các|những)\\s)?|\\s(?:(?<bare>${COUNT})|các|những)\\s|\\s(?=đó\\s))(?<group>(?:(?!\\s(?:có|là)\\s)[^;:]){1,90}?)\\s(?:có|là)\\s`, 'u');
// an honour handed to a group not counted, then some of it: "Ông A trao Giấy khen cho các cá nhân
// điển hình, trong đó có già làng B" (the group is one told with its count and that honour before)
const UNCOUNTED_THEN_AMONG = /^(?<honour>[^;]{0,120}?\scho\s(?:các|những)\s(?<group>[^,;]{1,60}?)),\s(?:trong đó|trong số đó)\scó\s/u;
// the ones held up as examples of those just counted, opening the sentence after the count: "…
// Trong số 30 gương được tuyên dương, 9 người là đồng bào Mông. Tiêu biểu như anh A, …" (a
// pointer for the group: see pointedTold)
const EXAMPLES_OF = /^(?:Tiêu biểu|Điển hình)\s(?:như|là)\s/u;
// a group pointed back to, not named: "Trong số đó có ông A và bà B", "…; trong số này có ông C"
// (the count just told before is the group: see pointedTold)
// (or by what was done to it, with no word of its kind: "Trong số được khen có tổ dân phố số 9 và
// ông A")
const POINTER = /^(?:số\s)?(?:đó|này|trên|ấy)$|^(?:số\s)?(?:những\s|các\s)?(?:người\s)?được\s(?:khen|khen thưởng|tuyên dương|biểu dương|tôn vinh|vinh danh)$/u;
// "Hai tập thể được khen là A và B", "Tập thể được tuyên dương là A", "Tập thể nhận Bằng khen của
// Chủ tịch UBND tỉnh là A" (the group is the subject),
// "Các tập thể được khen gồm: A; B; C", "Các tập thể nhận Bằng khen gồm: A, B và C" (or a list it
// opens: "Các cá nhân gồm: ông A, bà B")
// (or counted, then "là": "Hai tập thể là A và B; cá nhân được khen là ông C"; or the plural
// alone: "Các tập thể là: A, B và C")
// (or the only one of its kind: "…; cá nhân duy nhất là bà A", "Người được phong tặng danh hiệu
// Nhà giáo Nhân dân đợt này là bà B" — the one person honoured)
const GROUP_ARE = new RegExp(`^(?:(?<count>${COUNT})\\s|(?:[Cc]ác|[Nn]hững)\\s)?(?<group>(?:[Tt]ập thể|[Cc]á nhân|[Hh]ộ|[Nn]gười(?=\\s(?:duy nhất|được|nhận)\\s))(?:\\sduy nhất(?:\\s(?:được|nhận)\\s[^;:,]{1,60}?)?\\slà|[^;:,]{0,60}?\\s(?:được|nhận)\\s[^;:,]{1,60}?\\slà|(?:[^;:,]{0,60}?\\s(?:được|nhận)\\s[^;:,]{1,60}?)?\\s(?:gồm|bao gồm):?|(?:\\sgia đình)?(?<=^(?:${COUNT})\\s\\S+(?:\\s\\S+){0,2})\\slà|(?<=^(?:[Cc]ác|[Nn]hững)\\s(?:[Tt]ập thể|[Cc]á nhân|[Hh]ộ))\\slà:?))\\s(?=\\S)`, 'u');
const ONLY_ONE = /\sduy nhất(?:\s|$)/u;
// a group honoured, then some of it as examples: "Nhiều chức sắc được khen thưởng như Hòa thượng A,
// …; Linh mục B, …", "Các hộ được tuyên dương như hộ ông C"
const SUCH_AS = /^(?:[^,;]{0,30},\s)?(?:[Nn]hiều|[Cc]ác|[Nn]hững)\s(?<group>[^;:,]{1,40}?\s(?:được|nhận)\s[^;:,]{1,60}?)\snhư\s(?=\S)/u;
// "Chị A và chị B cùng nằm trong số 20 chị được UBND tỉnh tặng Bằng khen" (names, then the group)
// (or how many of the group they are: "A, B và C là ba trong 6 tập thể được …", "bà A là một
// trong 9 hội viên được khen" — said with "là"; or an aside after a comma: "Bà A, Chủ tịch Hội LHPN
// xã B, một trong 17 cá nhân được tuyên dương, đã …"; the seeds' gold names no member for an aside
// after a semicolon: "Ông A - Trưởng phòng B; một trong 5 cá nhân điển hình …")
const NAMES_AMONG = new RegExp(`\\s(?:cùng\\s)?(?:nằm\\s|là\\s)?(?:trong số|(?<=\\slà\\s(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|[1-9])\\s)trong|(?<=,\\s(?:một|1)\\s)trong)\\s(?<count>${COUNT})\\s(?<group>[^;:,.]{1,80})`, 'u');
// the same with the group not counted: "bà A là một trong số các cá nhân được khen", or pointed
// back to: "ông B là một trong số đó"
const ONE_AMONG_UNCOUNTED = /\slà\s(?:một|1)\strong\ssố\s(?:(?:các|những)\s(?<group>[^;:,.]{1,80})|(?<pointer>đó|này)(?![\p{L}]))/u;
// a counted group of both kinds, then its members: "Ba điển hình cấp tỉnh là Chi hội A; ông B, …
// và bà C", "03 gương điển hình được tuyên dương gồm: …" (its bodies and its persons go to the
// two counts told before that add up to it: see addMixedMembers)
const MIXED_GROUP_ARE = new RegExp(`^(?<count>${COUNT})\\s(?<group>(?:${UNTYPED_RECIPIENT_WORDS.join('|')})(?![\\p{L}])[^;:,]{0,60}?)\\s(?:là|gồm|bao gồm):?\\s(?=\\S)`, 'u');
// one person told as one of a group: "B là một trong 7 cá nhân", "… là 1 trong số 12 hộ"
const ONE_OF_GROUP = new RegExp(`\\slà\\s(?:một|1)\\strong\\s(?:số\\s|những\\s)?${COUNT}\\s`, 'u');
// a household opening a list pointed to, its head addressed: "hộ ông A", "gia đình bà B" — the
// list is of families (with no form of address the word may name something else, "gia đình hiếu
// học …", and the list stays one of persons)
const HOUSEHOLD_OPENS = /^(?:hộ|gia đình)\s(?:ông|bà|anh|chị|cụ)\s/u;
// the household's word before an item's person, skipped like a form of address (the item's kind
// is HOUSEHOLD_OPENS's)
const HOUSEHOLD_WORD = /^(?:hộ|gia đình)\s(?=\S)/u;
// the word of the group's kind, first in it: "cá nhân", "hộ", "chiến sĩ thi đua", "chị"
const KIND_WORDS = Object.keys(RECIPIENT_WORDS).sort((a, b) => b.length - a.length);
// how far back the count may be told, in sentences
const REACH = 8;

/** Adds to `facts` the names of members told in sentences after their count. */
export function addNamedMembers(doc: Doc, facts: Fact[], people: PersonMention[]): void {
  if (facts.length === 0) return;
  for (const s of doc.sentences) {
    if (s.debris || s.headline) continue;
    const groups = groupsTold(s.text);
    const previous = sentenceBefore(doc, s.index);
    // the sentence whose counts the clause before named members of
    let sibling: number | null = null;
    groups.forEach((told, k) => {
      // (the names run to the next group told, else to the end: "…; Linh mục A, …; Mục sư B")
      const to = k + 1 < groups.length ? Math.min(told.to, groups[k + 1]!.clause) : told.to;
      if (told.mixed) {
        addMixedMembers(doc, s, facts, told, to, people);
        return;
      }
      const pointer = POINTER.test(told.group);
      // (bodies among the items pointed to are members of the count of collectives told right
      // before: "Trong số đó có ông A, …, và Chi bộ tổ dân phố số 9")
      if (pointer) addPointedBodies(doc, s, facts, previous, told.from, to, people);
      // (a group pointed to is of persons when persons open the list: "Trong số đó có ông A"; or
      // the persons before a pointer after them, past the counts told before in its clause: "…
      // cho 11 hội viên, bà A là một trong số đó")
      const pointed = !pointer ? [] : told.pointAt === undefined ? personsOpeningItems(doc, people, s.start + told.from, s.start + to) : personsListed(doc, people, s.start + pastCounts(facts, s.index, told.from, told.pointAt), s.start + to);
      // (households when the list opens with one: "Trong số đó có hộ ông A và hộ bà B")
      // (a counted group whose word tells no kind is of persons when persons are its members: "Trong
      // số 9 bí thư được tuyên dương có Bí thư Chi đoàn thôn A Lầu Thị Mến")
      const type = pointer ? (pointed.length === 0 ? null : HOUSEHOLD_OPENS.test(s.text.slice(told.from, told.from + 12)) ? 'gia đình' : 'cá nhân') : kindOf(told.group) ?? (told.count && personsListed(doc, people, s.start + told.from, s.start + to).length > 0 ? 'cá nhân' : null);
      if (!type) return;
      const count = told.count ? parseCount(told.count) : null;
      const target = pointer ? pointedTold(facts, s.index, previous, told.pointAt ?? told.from, type) : groupTold(facts, s.index, previous, told.from, type, count, sibling, told.honour ?? told.group);
      if (!target) return;
      sibling = target.sentence;
      const names = pointer ? pointed : type === 'tập thể' ? bodiesListed(doc, s, told.from, to, target.count, people) : personsListed(doc, people, s.start + told.from, s.start + to);
      for (const n of names) {
        if (target.recipients.length >= target.count) break;
        if (!target.recipients.includes(n)) target.recipients.push(n);
      }
      // the members are no award of their own: "Các tập thể được khen gồm: A; B" read as A honoured
      if (names.length > 0) {
        for (let j = facts.length - 1; j >= 0; j--) {
          const f = facts[j]!;
          if (f.sentence === s.index && f.rule.startsWith('award.named') && f.recipient_type === type && f !== target) facts.splice(j, 1);
        }
      }
    });
  }
}

/** Where the last count of sentence `at` told between `from` and `until` ends (else `from`). */
function pastCounts(facts: Fact[], at: number, from: number, until: number): number {
  let end = from;
  for (const f of facts) if (f.sentence === at && f.localEnd <= until && f.localEnd > end) end = f.localEnd;
  return end;
}

interface GroupTold {
  count: string | undefined;
  group: string;
  /** a group of both kinds: "Ba điển hình cấp tỉnh là …" */
  mixed?: boolean;
  /** the words that tell the group's honour, when not the group's own: "trao Giấy khen cho các cá nhân …" */
  honour?: string;
  /** where the names are, in the sentence */
  from: number;
  to: number;
  /** where the clause that tells the group starts */
  clause: number;
  /** where a pointer after the names stands: "bà A là một trong số đó" */
  pointAt?: number;
}

/**
 * The groups a sentence names members of, one a clause: "Trong số 9 cá nhân … có bà A", "Hai tập
 * thể là A và B; cá nhân được khen là ông C", "A cùng nằm trong số 20 chị được …".
 */
function groupsTold(text: string): GroupTold[] {
  const out: GroupTold[] = [];
  let start = 0;
  for (;;) {
    const stop = text.indexOf('; ', start);
    const end = stop < 0 ? text.length : stop;
    const clause = text.slice(start, end);
    const examples = start === 0 ? EXAMPLES_OF.exec(clause) : null;
    if (examples) {
      out.push({ count: undefined, group: 'đó', from: examples[0].length, to: text.length, clause: 0 });
      if (stop < 0) return out;
      start = stop + 2;
      continue;
    }
    const among = AMONG_THEN_NAMES.exec(clause) ?? GROUP_ARE.exec(clause) ?? (clause.includes(' như ') ? SUCH_AS.exec(clause) : null);
    // (each pattern tried only where its words are: most clauses have none)
    const mixed = among || !(clause.includes('điển hình') || clause.includes('gương')) ? null : MIXED_GROUP_ARE.exec(clause);
    const uncounted = among || mixed || !clause.includes('trong') ? null : UNCOUNTED_THEN_AMONG.exec(clause);
    // (the only one of its kind counts one: "cá nhân duy nhất là bà A")
    if (among) out.push({ count: among.groups!.count ?? among.groups!.bare ?? (ONLY_ONE.test(among.groups!.group!) ? '1' : undefined), group: among.groups!.group!, from: start + among.index + among[0].length, to: text.length, clause: start });
    else if (mixed) out.push({ count: mixed.groups!.count, group: mixed.groups!.group!, mixed: true, from: start + mixed[0].length, to: text.length, clause: start });
    else if (uncounted) out.push({ count: undefined, group: uncounted.groups!.group!, honour: uncounted.groups!.honour!, from: start + uncounted[0].length, to: text.length, clause: start });
    else {
      const before = NAMES_AMONG.exec(clause) ?? (clause.includes(' trong số ') ? ONE_AMONG_UNCOUNTED.exec(clause) : null);
      if (before) out.push({ count: before.groups!.count, group: before.groups!.group ?? before.groups!.pointer!, from: start, to: start + before.index, clause: start, pointAt: start + before.index });
      // (a clause telling the one group its person belongs to ends the names of the group before:
      // "Trong 5 cá nhân … có Thượng tá A; chị B là một trong 7 cá nhân được …")
      else if (out.length > 0 && clause.includes(' trong ') && ONE_OF_GROUP.test(clause)) out[out.length - 1]!.to = Math.min(out[out.length - 1]!.to, start - 2);
    }
    if (stop < 0) return out;
    start = stop + 2;
  }
}

// the list after the last count of a sentence, its first item a body: "12 tập thể và 24 cá nhân,
// trong đó có tập thể Ban Dân vận xã A và ông B", "…, gồm: Trạm Y tế xã C và bà D", "…, đó là:
// Hội Nông dân xã E, Đoàn xã G và ông H"
// (or a colon with no comma: "… có thành tích xuất sắc gồm: Trạm Y tế xã C và bà D")
// (or a colon alone: "… cho 02 tập thể và 03 cá nhân: Công an xã C; Đồn Biên phòng D; Thiếu tá E, Đại úy G và anh H")
const BODIES_OPEN = /^(?:[^.;:]{0,120}?,\s(?:trong đó có|trong số đó có|gồm|bao gồm|đó là|cụ thể là):?|[^.;:,]{0,120}?\s(?:gồm|bao gồm):|[^.;:,]{0,60}?:)\s(?:tập thể\s)?/u;

/**
 * The bodies listed after the last count of a sentence whose counts are of collectives and of
 * persons: the collectives' names (the persons' are read with their own count, recipients.ts).
 */
export function addBodiesListedLast(doc: Doc, facts: Fact[], people: PersonMention[]): void {
  const bySentence = new Map<number, Fact[]>();
  for (const f of facts) {
    const told = bySentence.get(f.sentence);
    if (told) told.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  for (const [index, facts] of bySentence) {
    const s = doc.sentences[index]!;
    // (one clause at a time: "… cho bốn tổ và sáu ngư dân, trong đó có Tổ A và ông B; Chủ tịch
    // UBND xã tặng Giấy khen cho 5 tổ, 8 ngư dân")
    for (let from = 0; from < s.text.length; ) {
      const stop = s.text.indexOf('; ', from);
      const to = stop < 0 ? s.text.length : stop;
      const told = facts.filter((f) => f.localEnd > from && f.localEnd <= to);
      from = to + 2;
      if (told.length === 0) continue;
      const bodies = told.filter((f) => f.recipient_type === 'tập thể' && f.recipients.length === 0 && !f.rule.startsWith('award.named'));
      const last = told.reduce((a, b) => (b.localEnd > a.localEnd ? b : a));
      if (bodies.length !== 1 || last.recipient_type === 'tập thể') continue;
      const open = BODIES_OPEN.exec(s.text.slice(last.localEnd, to));
      if (!open) continue;
      const names = bodiesListed(doc, s, last.localEnd + open[0].length, to, bodies[0]!.count, people);
      bodies[0]!.recipients.push(...names);
    }
  }
}

// a lead that opens a list with a colon: "… tuyên dương 3 tập thể và 8 cá nhân …, gồm:"
const OPENS_LIST = /:\s*$/u;
// a heading of the list that names the kind of the items under it: "Tập thể:", "Cá nhân:", "Các
// hộ gia đình:"
// (or marked by a letter or a Roman numeral, its count in parentheses: "A. Tập thể (6)", "II. Hộ
// nông dân sản xuất, kinh doanh giỏi (18)")
const KIND_HEADING = /^(?:[-–+•*]\s|(?:[A-E]|[IVX]{1,4})\.\s)?(?:(?:Các|Những)\s)?(?<word>[Tt]ập thể|[Cc]á nhân|[Hh]ộ gia đình|[Gg]ia đình|[Hh]ộ)(?:\s[^:.;()]{0,50})?(?:\s?:|\s\(\d{1,4}\))\s*$/u;
// the kind an item names before its names: "Tập thể: ", "Cá nhân: "
export const INLINE_KIND = /^(?<word>[Tt]ập thể|[Cc]á nhân|[Hh]ộ gia đình|[Gg]ia đình)\s?:\s/u;
// how far into an item its person's name may begin: past "Đại đức ", "Thượng tá "
const PERSON_OPENS_WITHIN = 16;

/**
 * The recipients listed one an item under a lead that counted them and ends with a colon:
 * "… tuyên dương 3 tập thể và 8 cá nhân …, gồm:" then "Tập thể:", "1. Chi bộ ấp A, xã B;" …
 * "Cá nhân:", "1. Ông C, Trưởng ấp …;" — each item's first name goes to the count of its kind
 * (the heading's, else the lead's only kind, else a person's or a body's); an item that names
 * its kind first ("- Tập thể: A và B") gives all its names. A kind listed with more names than
 * its count is no list of its members. The list ends at the first line that is no item, or
 * that counts or honours on its own.
 */
export function addListedMembers(doc: Doc, facts: Fact[], people: PersonMention[]): void {
  if (facts.length === 0) return;
  const factSentences = new Set(facts.map((f) => f.sentence));
  for (const lead of doc.sentences) {
    if (lead.debris || lead.headline) continue;
    // (or a sentence of its own opens the list of some of those counted right before, naming no
    // honour nor giver: "… tặng Bằng khen cho 18 tập thể và 22 cá nhân …. Một số điển hình được
    // biểu dương:" — its items, read as honoured by it, are members of those counts)
    const before = sentenceBefore(doc, lead.index);
    const refers = !factSentences.has(lead.index) && OPENS_LIST.test(lead.text) && !KIND_HEADING.test(lead.text) && before >= 0 && factSentences.has(before) && !findForms(lead.text).some((f) => f.value.rank === 3) && findIssuers(lead.text).length === 0;
    if (!factSentences.has(lead.index) && !refers) continue;
    // (or the next sentence opens the list, naming its kind: "… cho 3 tập thể và 5 cá nhân. Các tập thể gồm:")
    const next = doc.sentences[lead.index + 1];
    if (!OPENS_LIST.test(lead.text) && !(next && !next.bullet && KIND_HEADING.test(next.text))) continue;
    const countedAt = refers ? before : lead.index;
    const counted = facts.filter((f) => f.sentence === countedAt && f.recipients.length === 0 && f.recipient_type !== null && f.recipient_type !== 'tập thể, cá nhân');
    const kinds = new Set(counted.map((f) => f.recipient_type));
    if (counted.length === 0 || counted.length !== kinds.size) continue;
    const listed = new Map<RecipientTypeValue, string[]>();
    const itemSentences = new Set<number>();
    let heading: RecipientTypeValue | null = null;
    for (let k = lead.index + 1; k < doc.sentences.length; k++) {
      const s = doc.sentences[k]!;
      if (s.debris) break;
      const head = KIND_HEADING.exec(s.text);
      if (head) {
        heading = RECIPIENT_WORDS[head.groups!.word!.toLowerCase()] ?? null;
        continue;
      }
      // (an item with a count or an honour of its own is a part, not a member)
      // (a line that names its kind first is an item with no mark too: "Tập thể: Chi bộ ấp A; Chi bộ ấp B.")
      // (but an item of the list a sentence of its own opens is read as honoured by it: its fact is its membership)
      const ownFacts = facts.filter((f) => f.sentence === s.index);
      // (a row of a table under a heading of its kind is an item too: "| 1 | Nguyễn Văn A | ấp B |",
      // its header row none: "| STT | Chủ hộ | Địa chỉ |")
      const row = heading !== null && PIPE_ROW.test(s.text);
      if (row && !/\d/u.test(s.text)) continue;
      if (!(s.bullet || row || INLINE_KIND.test(s.text)) || (ownFacts.length > 0 && !(refers && ownFacts.every((f) => f.rule === 'award.named-listed')))) break;
      itemSentences.add(s.index);
      // (the mark that made the line an item: "1. ", "- ", "a) ")
      const mark = BULLET.exec(s.text)?.[0].length ?? 0;
      // an item that names its kind before its names: "- Tập thể: Chi bộ thôn A và Chi bộ thôn B;"
      const inline = INLINE_KIND.exec(s.text.slice(mark));
      const from = mark + (inline?.[0].length ?? 0);
      // (a person opens the item, after a form of address or a rank: "Ông A, …", "Đại đức B, …")
      const person = personsListed(doc, people, s.start + from, s.start + from + PERSON_OPENS_WITHIN)[0];
      const type = (inline ? RECIPIENT_WORDS[inline.groups!.word!.toLowerCase()] : null) ?? heading ?? (kinds.size === 1 ? [...kinds][0]! : person ? 'cá nhân' : 'tập thể');
      const size = inline ? counted.find((f) => f.recipient_type === type)?.count ?? 1 : 1;
      const names = type === 'tập thể' ? bodiesListed(doc, s, from, s.text.length, size, people) : inline ? personsListed(doc, people, s.start + from, s.end) : person ? [person] : [];
      if (names.length === 0) break;
      const list = listed.get(type);
      if (list) list.push(...names);
      else listed.set(type, names);
    }
    for (const f of counted) {
      const names = listed.get(f.recipient_type!) ?? [];
      if (names.length > 0 && names.length <= f.count) f.recipients.push(...names);
    }
    if (!refers) continue;
    // (the items' own facts were their membership: no awards of their own)
    const named = new Set(counted.flatMap((f) => f.recipients));
    for (let j = facts.length - 1; j >= 0; j--) {
      const f = facts[j]!;
      if (itemSentences.has(f.sentence) && f.rule === 'award.named-listed' && f.recipients.every((r) => named.has(r))) facts.splice(j, 1);
    }
  }
}

/**
 * The members of a counted group of both kinds ("Ba điển hình cấp tỉnh là Chi hội A; ông B, … và
 * bà C"): its bodies go to the count of collectives, its persons to the count of persons, of the
 * nearest sentence before that told one of each adding up to the group (of its level, if it names one).
 */
function addMixedMembers(doc: Doc, s: Sentence, facts: Fact[], told: GroupTold, to: number, people: PersonMention[]): void {
  const count = parseCount(told.count!);
  const tiers = new Set(findLevels(told.group).map((h) => h.value));
  for (let at = s.index - 1; at >= 0 && s.index - at <= REACH; at--) {
    const there = facts.filter((f) => f.sentence === at && (tiers.size === 0 || tiers.has(f.level!)));
    const ofBodies = there.filter((f) => f.recipient_type === 'tập thể');
    const ofPersons = there.filter((f) => f.recipient_type === 'cá nhân');
    const pair = ofBodies.flatMap((b) => ofPersons.filter((p) => b.count + p.count === count).map((p) => [b, p] as const));
    if (pair.length === 0) continue;
    if (pair.length > 1) return;
    const [body, person] = pair[0]!;
    const starts = itemStarts(s, told.from, to);
    const names = bodiesOpeningItems(doc, s, starts, to, people);
    const persons = starts.filter((k) => !bodyAt(s, k)).map((k) => personsOpeningItems(doc, people, s.start + k, s.start + to)[0]).filter((n): n is string => !!n);
    for (const n of names.slice(0, body.count - body.recipients.length)) if (!body.recipients.includes(n)) body.recipients.push(n);
    for (const n of persons.slice(0, person.count - person.recipients.length)) if (!person.recipients.includes(n)) person.recipients.push(n);
    return;
  }
}

/** The recipient type the group's words name: "cá nhân được khen" → cá nhân, "hộ" → gia đình. */
function kindOf(group: string): RecipientTypeValue | null {
  const lower = group.toLowerCase();
  // (the word may end the group's first part: "điều tra viên, tổ trưởng được khen")
  const word = KIND_WORDS.find((w) => lower.startsWith(w) && (lower.length === w.length || lower[w.length] === ' ' || lower[w.length] === ','));
  return word ? RECIPIENT_WORDS[word]! : null;
}

/**
 * The fact told before sentence `at` (or in it before offset `from`) whose members these are: of
 * the type, and of the count when one is given; with none, the only fact of that type in reach
 * whose names are not all told yet (one honour given by name to one person is full); of several,
 * the one of the honour the group's words name, else the only one told in the `sibling` sentence,
 * whose counts the clause before named members of ("Hai tập thể là A và B; cá nhân được khen là
 * ông C"), else the only one told in the `previous` sentence (the one right before, past debris).
 */
function groupTold(facts: Fact[], at: number, previous: number, from: number, type: RecipientTypeValue, count: number | null, sibling: number | null = null, group = ''): Fact | null {
  // (or earlier in the same sentence, before the names: "… 06 cá nhân …; trong số cá nhân … có bà A")
  const near = facts.filter((f) => (f.sentence < at || (f.sentence === at && f.localEnd <= from)) && at - f.sentence <= REACH && f.recipient_type === type);
  if (count !== null) return near.filter((f) => f.count === count).pop() ?? null;
  const open = near.filter((f) => f.recipients.length < f.count);
  if (open.length === 1) return open[0]!;
  // (of several, the one of the honour the group's words name, its form and its giver's tier:
  // "Trong số các hộ nhận Bằng khen của UBND tỉnh có hộ ông A" after "10 hộ nhận Bằng khen …, các
  // hộ còn lại nhận Giấy khen …"; "Tập thể được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen là A")
  const forms = new Set(findForms(group).filter((f) => f.value.rank === 3).map((f) => f.value.value));
  const tiers = new Set([...findLevels(group), ...findIssuers(group)].map((h) => h.value));
  const ofHonour = forms.size === 1 ? open.filter((f) => f.award !== null && forms.has(f.award) && (tiers.size !== 1 || tiers.has(f.level!))) : [];
  if (ofHonour.length === 1) return ofHonour[0]!;
  const told = open.filter((f) => f.sentence === sibling);
  if (told.length === 1) return told[0]!;
  // (of several, the one told earlier in the group's own sentence, alone of its type there: "…
  // tặng Giấy khen cho 9 tập thể và 17 cá nhân; trong số cá nhân được khen có ông A" after another
  // sentence that counted persons too)
  const here = open.filter((f) => f.sentence === at && f.localEnd <= from);
  if (here.length === 1) return here[0]!;
  // (of several, the one the sentence right before told, alone of its type there: "… tặng Giấy
  // khen cho 6 tập thể và 9 cá nhân. Trong số cá nhân được khen có bà A")
  const last = open.filter((f) => f.sentence === previous || (f.sentence === at && f.localEnd <= from));
  return last.length === 1 ? last[0]! : null;
}

// the last separator of a list's items before a name: ", ", "; ", " và "
const ITEM_SEP = /,\s|;\s|\svà\s/gu;
// "hay", "hoặc" opening an item
const OR_OPENING = /^(?:hay|hoặc)\s/u;

/**
 * The persons from `from` to `to` who each open an item of a list, the first at `from`: "ông A,
 * Trưởng thôn B và Linh mục C" → A, C; not a name inside an item's words ("em A, thủ khoa … Trường
 * Đại học Bách khoa Hà Nội" → A).
 */
function personsOpeningItems(doc: Doc, people: PersonMention[], from: number, to: number): string[] {
  const names: string[] = [];
  for (const p of people) {
    if (p.start < from || p.start >= to) continue;
    const before = doc.text.slice(from, p.start);
    ITEM_SEP.lastIndex = 0;
    let open = 0;
    for (let m = ITEM_SEP.exec(before); m; m = ITEM_SEP.exec(before)) open = m.index + m[0].length;
    // (an item may open with "hay": "Tiêu biểu như anh A, …; hay chị B, …")
    // (or with the household it heads: "Trong số đó có hộ ông A và hộ bà B")
    const gap = before.slice(open).trim().toLowerCase().replace(OR_OPENING, '').replace(HOUSEHOLD_WORD, '');
    // (what may stand between an item's start and its person: a form of address or a rank, "ông",
    // "Linh mục", "Thiếu tá")
    // (a later item only when a body opens the list: "Trong số đó có Bộ phận Một cửa phường A và bà B")
    if ((gap !== '' && !ADDRESS_WORDS.has(gap)) || (names.length === 0 && open > 0 && !bodyOpens(doc.text.slice(from, from + 80)))) break;
    // (a name right after a place's word is the place's: see personsListed)
    if (personsListed(doc, [p], from, to).length > 0) names.push(p.name);
  }
  return names;
}

// where a body's item of a list may start: after ", và ", "; ", " và " (after a bare ", " a
// person's title goes on: "ông A, Tổ trưởng tổ dân phố số 6, …")
const ITEM_START = /,\svà\s|;\s|\svà\s/gu;

// the most bodies read in a run opening a list pointed to
const RUN = 12;

/** The bodies that open items of the list from `from` to `to` of sentence `s` go to the count of collectives pointed to. */
function addPointedBodies(doc: Doc, s: Sentence, facts: Fact[], previous: number, from: number, to: number, people: PersonMention[]): void {
  // (a run of bodies may open the list, after bare commas too: "Trong đó có chùa A, Chi hội B, Đại
  // đức C và ông D")
  const first = bodyOpens(s.text.slice(from, from + 80)) ? bodiesListed(doc, s, from, to, RUN, people) : [];
  const bodies = [...first, ...bodiesOpeningItems(doc, s, itemStarts(s, from, to), to, people)];
  if (bodies.length === 0) return;
  const target = pointedTold(facts, s.index, previous, from, 'tập thể');
  if (!target) return;
  for (const n of bodies) {
    if (target.recipients.length >= target.count) break;
    if (!target.recipients.includes(n)) target.recipients.push(n);
  }
}

/** Where the items of a list from `from` to `to` of sentence `s` may start (see ITEM_START). */
function itemStarts(s: Sentence, from: number, to: number): number[] {
  return [from, ...[...s.text.slice(from, to).matchAll(ITEM_START)].map((m) => from + m.index + m[0].length)];
}

/** Whether a body's name (ORG_HEAD) starts at offset k of sentence `s`. */
const bodyAt = (s: Sentence, k: number): boolean => ORG_HEAD.test(s.text.slice(k, k + 40));

/** The names of the bodies that open items of a list, at the item starts given. */
function bodiesOpeningItems(doc: Doc, s: Sentence, starts: number[], to: number, people: PersonMention[]): string[] {
  return starts.filter((k) => bodyAt(s, k)).map((k) => bodiesListed(doc, s, k, to, 1, people)[0]).filter((n): n is string => !!n);
}

/** The index of the sentence right before sentence `at`, past debris (-1 when none). */
function sentenceBefore(doc: Doc, at: number): number {
  let k = at - 1;
  while (k >= 0 && doc.sentences[k]!.debris) k--;
  return k;
}

/**
 * The fact a pointer ("trong số đó", "trong số này") points back to: the one of the type not yet
 * full told last before it, in its own sentence or else in the sentence right before (the count
 * of the kind must be the only one there: "5 người … được tặng Bằng khen; trong số này có ông A").
 */
function pointedTold(facts: Fact[], at: number, previous: number, from: number, type: RecipientTypeValue): Fact | null {
  const here = facts.filter((f) => f.sentence === at && f.localEnd <= from);
  const told = here.length > 0 ? here : facts.filter((f) => f.sentence === previous);
  // (or a combined count of both kinds, when none is of the type alone: "… cho 36 tập thể và cá
  // nhân. Trong số này có Câu lạc bộ A")
  // (or one of no type yet, of examples: "Trong số 30 gương được tuyên dương …. Tiêu biểu như anh A")
  const own = told.filter((f) => f.recipient_type === type);
  const both = own.length > 0 ? own : told.filter((f) => f.recipient_type === 'tập thể, cá nhân');
  const kind = both.length > 0 ? both : told.filter((f) => f.recipient_type === null);
  return kind.length === 1 && kind[0]!.recipients.length < kind[0]!.count ? kind[0]! : null;
}

// a photo's caption: "Ảnh: Bà A trao Giấy khen cho chị B.", "Ông C trao Bằng khen cho D. (Ảnh: E)",
// "Ông C trao Bằng khen cho D. Ảnh: E", "… Trong ảnh, bà D nhận Bằng khen. Ảnh: E"
const CAPTION_OPEN = /^(?:Ảnh|ẢNH|Trong ảnh)\s?[:,]\s/u;
const CAPTION_CREDIT = /(?:\((?:Ảnh|ẢNH)\s?:[^)]{0,60}\)|[.!]\s(?:Ảnh|ẢNH)\s?:\s[^.()]{1,60})\s*$/u;

/**
 * A caption shows an honour the text counts: "Ban Thường vụ Hội tặng Giấy khen cho 12 cá nhân …
 * Ảnh: Bà A trao Giấy khen cho chị B." — the one named there is a member of the count of her
 * kind and form (the only such count, not yet full, and of the caption's tier when it names one),
 * not an honour of her own.
 */
export function foldCaptionNames(doc: Doc, facts: Fact[]): void {
  for (let k = facts.length - 1; k >= 0; k--) {
    const f = facts[k]!;
    if (!f.rule.startsWith('award.named') || f.recipients.length === 0 || !f.award) continue;
    // (the whole line the fact's sentence is on: a caption's credit may close it)
    const s = doc.sentences[f.sentence]!;
    const lineEnd = doc.text.indexOf('\n', s.end);
    const line = doc.text.slice(doc.text.lastIndexOf('\n', s.start - 1) + 1, lineEnd < 0 ? doc.text.length : lineEnd);
    if (!CAPTION_OPEN.test(line) && !CAPTION_CREDIT.test(line)) continue;
    const counts = facts.filter(
      (c) => !c.rule.startsWith('award.named') && c.recipient_type === f.recipient_type && c.award === f.award && (f.level === null || c.level === f.level) && c.count > 1,
    );
    if (counts.length !== 1) continue;
    const target = counts[0]!;
    const fresh = f.recipients.filter((n) => !target.recipients.includes(n));
    if (target.recipients.length + fresh.length > target.count) continue;
    target.recipients.push(...fresh);
    facts.splice(k, 1);
  }
}

