// Award facts of an article, sentence by sentence, before they are assembled.
import type { Doc } from '../../text/document.js';
import { evidenceOf } from '../../text/document.js';
import type { Debug } from '../../debug.js';
import { LEVELS, type Award, type RecipientTypeValue } from '../../schema.js';
import type { PersonMention } from '../official/index.js';
import { extractSentence, leadOf, type Inherited, type RawAward } from './sentence.js';
import { bodiesListed, personsListed, recipientsOf } from './recipients.js';
import { addBodiesListedLast, addListedMembers, addNamedMembers, foldCaptionNames, INLINE_KIND } from './members.js';
import { findTables, PIPE_ROW, TOTAL_ROW } from './table.js';
import { findNamedAwards, listedRecipient, type NameSpan } from './named.js';
import { addPresenterTier } from './presenter.js';
import { referredIn } from './referred.js';
import { dropPlaceBreakdowns } from './place-breakdown.js';
import { BULLET, type Sentence } from '../../text/sentences.js';
import { RECIPIENT_WORDS, UNTYPED_RECIPIENT_WORDS } from '../../lexicon/recipients.js';
import { HONOUR_CUES } from '../../lexicon/cues.js';
import { AWARD_FORMS, HONORARY_TITLES, WEAK_FORMS, type AwardForm } from '../../lexicon/awards.js';
import { findForms, findIssuers, findLevels, firstTier, honourOfUntiered, namesUntieredGiver } from './context.js';
import { alternation, END, lowerKeepingOffsets, testAtWordStart } from '../../lexicon/pattern.js';
import { CENTRAL_CITY, PROVINCE_WORD } from '../../lexicon/places.js';
import { extractOrganizer } from '../organizer.js';
import { nameTheUnit } from './the-unit.js';
import { addTitlesGiver } from './titles-given.js';

// A count needs a word for who is counted, a named recipient an honour: a sentence with
// neither ("Năm 2022, toàn huyện có 92 mô hình") holds no award and is skipped.
// (run on the sentence lowercased, its start checked in code: see lexicon/pattern.ts)
const MAY_HOLD_AWARD = new RegExp(
  `(?:${alternation([...Object.keys(RECIPIENT_WORDS), ...UNTYPED_RECIPIENT_WORDS, ...HONOUR_CUES, 'thưởng', 'chương', 'cờ'].map((w) => w.toLowerCase()))})${END}`,
  'u',
);

// a sentence that only opens a list: "Danh sách cụ thể:", "Cụ thể như sau:", "Gồm:"
export const LIST_OPENS = /^(?:danh sách|cụ thể|gồm|bao gồm|như sau)[^.;]{0,40}:\s*$/iu;

// a decision named in a sentence: "Quyết định số 4125/QĐ-UBND", "quyết định khen thưởng"
const DECISION = /(?<![\p{L}])[Qq]uyết định(?![\p{L}])/u;
// an article of a decision's text: "Điều 1. Tặng Giấy khen cho …", "Điều 2: Khen thưởng …", also
// opening a quotation: "“Điều 1. …"
const DECISION_ARTICLE = /^["“”'‘]?\s?Điều\s\d{1,2}\s?[.:]/u;
// the text of a decision quoted after the sentence announcing it, in sentences (its title,
// the authority, the grounds, "QUYẾT ĐỊNH:", then its articles)
const DECISION_REACH = 12;
// honours that are a thing handed over, whose giver a next sentence may leave unsaid
const PHYSICAL_FORMS = new Set(Object.values(AWARD_FORMS).filter((f) => f.rank === 3).map((f) => f.value));

export interface Fact extends Award {
  sentence: number;
  headline: boolean;
  /** offset of the count in the normalized text, for ordering */
  pos: number;
  /** end of the count inside its sentence */
  localEnd: number;
  levelRule: string | null;
}

/** The persons named in a sentence, with offsets inside it, as the named-recipient rules read them. */
export function nameSpans(people: PersonMention[], s: Sentence): NameSpan[] {
  return people.map((p) => ({ start: p.start - s.start, end: p.end - s.start, name: p.name, ...(p.titledFrom !== undefined ? { titledFrom: p.titledFrom - s.start } : {}) }));
}

// between a count and the first of its members named: a list opened, "…, gồm: ", " là ", ": "
// (its first items may be read already: "gồm: gia đình ông A, …; gia đình bà B")
const LIST_LEAD = /^[^.;:]{0,120}?(?:\sgồm|\sbao gồm|\slà|:)\s/u;
// a verb of honour between them opens another clause, another honour
const GIVES = /(?<![\p{L}])(?:tặng|trao|khen thưởng|tuyên dương)(?![\p{L}])/u;

/**
 * The indexes of the awards of a sentence, named one each, that a count right before them lists
 * as its members: "… cho 4 gia đình …, gồm: gia đình ông A, …; gia đình bà B …" (no honours of
 * their own: their names are the count's recipients).
 */
function namedMembers(awards: RawAward[], text: string): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < awards.length; k++) {
    const a = awards[k]!;
    if (a.rule.startsWith('award.named') || a.count < 2) continue;
    let j = k + 1;
    while (j < awards.length && awards[j]!.rule === 'award.named' && awards[j]!.type === a.type && j - k <= a.count) j++;
    const between = text.slice(a.end, awards[k + 1]?.start ?? a.end);
    if (j === k + 1 || !LIST_LEAD.test(between) || GIVES.test(between)) continue;
    for (let m = k + 1; m < j; m++) out.add(m);
    k = j - 1;
  }
  return out;
}

export function findAwards(doc: Doc, people: PersonMention[], debug?: Debug): Fact[] {
  const out: Fact[] = [];
  const referred = referredIn(doc, people);
  const tableRows = findTables(doc.sentences);
  const inTable = new Set(tableRows.map((r) => r.sentence.index));
  for (const row of tableRows) {
    for (const cell of row.cells) {
      debug?.(`award ${cell.count} ${cell.type} level=${row.level ?? '∅'} award=${row.award ?? '∅'} [award.table-row]`);
      out.push({
        recipient_type: cell.type,
        count: cell.count,
        level: row.level,
        award: row.award,
        year: null,
        recipients: [],
        evidence: evidenceOf(doc, row.sentence),
        rule: 'award.table-row',
        sentence: row.sentence.index,
        headline: false,
        pos: row.sentence.start + cell.start,
        localEnd: cell.end,
        levelRule: row.level ? 'level.table-label' : null,
      });
    }
  }
  let lead: Inherited | null = null;
  // counts told as the group one person belongs to ("một trong 3 cá nhân")
  const oneOf: Fact[] = [];
  // the facts of the sentence before, for a sentence that goes on with the same honour
  let before: Fact[] = [];
  let beforeIndex = -1;
  // the sentence before, when it told an honour with a number, whatever facts it gave (null: none)
  let honouredBefore: string | null = null;
  // the last list item that named a recipient
  let lastItem = -1;
  // the first item of the run of items that named recipients, the last being lastItem
  let listStart = -1;
  // the tier of the last decision announced with its issuer, and where ("công bố Quyết định số
  // 4125/QĐ-UBND … của Chủ tịch UBND huyện"), for the articles of its text quoted after it
  let decision: { tier: Fact['level']; sentence: number } | null = null;
  // the tier and form of a sentence that told a giver honouring recipients it did not count, and where
  let announcement: Announcement | null = null;
  let announced = -1;
  // the lead that ends with a colon and the last bare line under it, with the kind it names
  let bareRun: BareRun | null = null;
  // the facts of the sentence that opened the list being read
  let leadFacts: Fact[] = [];
  // the tier of the body that held the event (undefined: not looked for yet)
  let organizerTier: Fact['level'] | undefined;
  // whether that sentence gives the honour to households (see HOUSEHOLDS_LEAD)
  let householdsLead = false;
  for (const s of doc.sentences) {
    if (s.debris || inTable.has(s.index)) continue;
    // a heading of a kind, or of the columns, inside a list keeps the list's lead
    if (lead?.honour && LIST_INNER_HEADING.test(s.text)) continue;
    if (DECISION.test(s.text)) {
      const tiers = new Set(findIssuers(s.text).map((i) => i.value));
      if (tiers.size === 1) decision = { tier: [...tiers][0]!, sentence: s.index };
    }
    // a list item, or a row of a table written with pipes ("1 | UBND xã A | Cờ thi đua của UBND tỉnh"),
    // or a bare line right under a lead that ends with a colon, or under another such line
    // (or a line that names its kind first: "Tập thể: Chi hội A; Hội B.", "Cá nhân: 11 hội viên.")
    const bareLine = !s.bullet && lead?.honour === true && (bareLineAfter(doc, s, bareRun) || kindLineAfter(s, bareRun));
    const pipeRow = s.text.includes('|') && PIPE_ROW.test(s.text);
    // (a table's total row sums the rows above it: "| | Cộng | | 8 tập thể, 40 cá nhân |")
    if (pipeRow && TOTAL_ROW.test(s.text)) {
      debug?.(`award none in sentence ${s.index}: a table's total row`);
      continue;
    }
    // (or the list's last line, joined by "và" to its items: "4. Ban CHQS xã A;" then "và 5 chiến sĩ, …")
    const item = s.bullet || pipeRow || bareLine || (lastItem === s.index - 1 && lead?.honour === true && AND_LAST_ITEM.test(s.text));
    if (!bareLine) bareRun = LEAD_WITH_COLON.test(s.text) || tierHeading(s.text) ? { index: s.index, type: LEAD_TYPE.exec(s.text)?.groups?.word?.toLowerCase() ?? null } : null;
    else bareRun!.index = s.index;
    const previous = beforeIndex === s.index - 1 ? before : [];
    const previousHonoured = beforeIndex === s.index - 1 ? honouredBefore : null;
    before = [];
    honouredBefore = null;
    beforeIndex = s.index;
    // a sentence with neither a number nor a word of honour or recipient gives no award
    // (an item under a lead may name its recipient only: "- Ông Hoàng Văn Lạc, Trưởng thôn …")
    if (!(item && lead?.honour) && !testAtWordStart(MAY_HOLD_AWARD, lowerKeepingOffsets(s.text))) {
      // "Danh sách cụ thể:" right after honours told opens the list of them (also after a total
      // no fact was taken from: "… có 2.305 lượt hộ đạt danh hiệu … Cụ thể:")
      // (with the form that one told: "danh hiệu")
      if (!item) lead = (previous.length > 0 || previousHonoured !== null) && LIST_OPENS.test(s.text) ? { honour: true, level: null, award: previous.length > 0 ? null : leadOf(previousHonoured!, null).award } : null;
      continue;
    }
    const firstFact = out.length;
    const listLead = item ? lead : null;
    // (a table's caption is its lead, with no colon: "Danh sách tập thể, cá nhân nhận Bằng khen của
    // Chủ tịch UBND thành phố" right above "STT | Tập thể / cá nhân | Địa bàn")
    // (and so is a tier's heading in roman numerals, its items under it: "II. GIẤY KHEN CỦA CHỦ TỊCH
    // UBND HUYỆN" then "1. Tập thể (04):", "a) Hội Nông dân xã A;")
    // (one printed in capitals read in lowercase, offset for offset: "giấy khen của chủ tịch ubnd huyện")
    const told = tierHeading(s.text) ? `${/\p{Ll}/u.test(s.text) ? s.text : lowerKeepingOffsets(s.text)}:` : captionOfTable(doc, s) ? `${s.text}:` : s.text;
    const { awards, references, lead: next, counts, cues } = extractSentence(told, listLead, debug, previous.map((f) => ({ type: f.recipient_type, count: f.count })), announced === s.index - 1 && announcement !== null);
    if (/\d/u.test(s.text) && cues.some((c) => c.value === 'honour')) honouredBefore = s.text;
    // list items keep the lead of the sentence that opened the list
    if (!item) lead = next;
    else if (next) lead = next;
    const evidence = evidenceOf(doc, s);
    const inSentence = people.filter((p) => p.sentence === s.index);
    const spans = nameSpans(inSentence, s);
    const countsAt = counts.map((c) => c.start);
    for (const n of findNamedAwards(s.text, spans, countsAt, referred(s))) {
      // a proposal is not an honour yet: "đề nghị tặng Bằng khen cho ông …"
      const clauseStart = s.text.lastIndexOf(';', n.start) + 1;
      if (cues.some((c) => c.value === 'proposal' && c.start >= clauseStart && c.start < n.end)) continue;
      // (an item under a lead that named the giver is that giver's: "Thừa ủy quyền của Ban Thường vụ
      // Tỉnh ủy, … trao Huy hiệu Đảng cho các đảng viên:" then "- Huy hiệu 55 năm tuổi Đảng: đồng chí A;")
      const level = n.level ?? listLead?.level ?? null;
      debug?.(`award ${n.count} ${n.type} level=${level ?? '∅'} award=${n.award ?? '∅'} [${n.rule}] ${n.names.join(', ')}`);
      out.push({
        recipient_type: n.type,
        count: n.count,
        level,
        award: n.award,
        year: null,
        recipients: n.names,
        evidence,
        rule: n.rule,
        sentence: s.index,
        headline: s.headline || s.heading,
        pos: s.start + n.start,
        localEnd: n.end,
        levelRule: n.level ? (n.levelRule ?? 'level.named') : level ? 'level.list-lead' : null,
      });
    }
    let carriedLevels: Map<string, Fact['level']> | undefined;
    let ownGiver: boolean | undefined;
    // "Hội LHPN thành phố tặng Giấy khen cho 25 tập thể, cá nhân. Hội cũng tuyên dương 31 hội
    // viên": a body named by its head word alone, again, is the one the sentence before named
    const again = SAME_BODY_AGAIN.exec(s.text);
    const againLevel = again && previous.length > 0 ? sameBodyLevel(previous, again.groups!.head!, doc.sentences[s.index - 1]?.text ?? '') : null;
    // "Tổng Giám đốc đã khen thưởng 40 tập thể, cá nhân. Trong đó, 8 tập thể và 32 cá nhân được tặng
    // giấy khen": the parts told after the total, with no giver of their own, are its giver's
    const partsLevel = PARTS_OPEN.test(s.text) && previous.length > 0 && awards.some((a) => a.level === null) && !findIssuers(s.text).length ? oneLevel(previous) : null;
    const members = namedMembers(awards, s.text);
    awards.forEach((a, k) => {
      if (members.has(k)) return;
      // (the list of a count runs past the members it names: see namedMembers)
      let next = k + 1;
      while (members.has(next)) next++;
      const nextStart = awards[next]?.start ?? s.text.length;
      // an item that names one of those its lead counted ("… tặng Giấy khen cho năm hộ gia đình …,
      // gồm:" then "- gia đình ông A;") is one of them, no honour of its own (its name goes to the
      // lead's count below: see addListed)
      if (item && a.rule === 'award.named' && leadFacts.some((f) => f.recipient_type === a.type && !f.rule.startsWith('award.named') && f.recipients.length < f.count)) return;
      // "UBND huyện trao Giấy khen cho 9 tập thể. Cũng tại hội nghị, 26 cá nhân được nhận giấy
      // khen.": the same physical honour with no giver of its own, right after, is the same giver's
      // (not when the sentence names its own giver, one with no tier: "Bộ Tư lệnh Quân khu 2 tặng …")
      const byForm = a.level === null && a.award && !a.untiered && !(ownGiver ??= namesUntieredGiver(s.text)) ? (carriedLevels ??= levelsByForm(previous)).get(a.award) ?? null : null;
      const carried = byForm ?? (a.level === null ? againLevel ?? partsLevel : null);
      // "Điều 1. Tặng Giấy khen cho 04 tập thể …": an article of a decision quoted after the
      // sentence that announced it with its issuer is that issuer's
      const decreed = !carried && a.level === null && decision && s.index - decision.sentence <= DECISION_REACH && DECISION_ARTICLE.test(s.text) ? decision.tier : null;
      out.push({
        ...factOf(a, s, evidence, recipientsOf(doc, s, a, nextStart, inSentence)),
        level: carried ?? decreed ?? a.level,
        levelRule: byForm ? 'level.previous-sentence' : againLevel && carried ? 'level.same-body' : carried ? 'level.total-before' : decreed ? 'level.decision' : a.levelRule,
      });
    });
    dropNamedTwice(out, firstFact);
    personsNotHouseholds(doc, out.slice(firstFact), inSentence);
    // "Các tập thể, cá nhân này được Ban Thường vụ Quận ủy tặng Giấy khen": the honour of the
    // counts the sentence before told with no form of their own
    if (awards.length === 0 && counts.length === 0 && previous.length > 0) namedBack(previous, s.text, debug);
    // "UBND huyện cũng khen thưởng các tập thể, cá nhân có thành tích. Theo đó, 14 tập thể …
    // được tặng Giấy khen": the giver told first, with no count, then the counts with none
    // ("Các HTX, cá nhân nhận Giấy khen của Liên minh HTX tỉnh. Năm nay có 23 tập thể và cá nhân
    // được khen, trong đó 14 HTX": the form told first is theirs too, when they have a generic one)
    // (not an honour of another physical form: "… trao bằng khen của Trung ương Hội cho các tập
    // thể, cá nhân. Ông A trao giấy khen cho 25 tập thể." — the giấy khen is another giver's)
    // (not when the sentence names its own giver, one with no tier: "… trao Bằng khen của Tư lệnh
    // Quân khu 1 cho 4 tập thể")
    if (announced === s.index - 1 && announcement && !findIssuers(s.text).length && !honourOfUntiered(s.text)) {
      for (const f of out.slice(firstFact)) {
        const otherForm = announcement.form && f.award && f.award !== announcement.form && PHYSICAL_FORMS.has(f.award);
        if (f.level === null && announcement.tier && !otherForm) {
          f.level = announcement.tier;
          f.levelRule = 'level.announced';
        }
        if (announcement.form && (!f.award || WEAK_FORMS.has(f.award))) f.award = announcement.form;
      }
    }
    // "Hội đã khen thưởng 1.146 học sinh": a body named by its head word alone is the one the
    // article named whole with that head before ("Hội Khuyến học huyện A tổ chức …")
    const bare = BARE_HEAD_GIVER.exec(s.text);
    if (bare && out.length > firstFact) {
      const tier = tierNamedBefore(doc, s.index, bare.groups!.head!, bare.groups!.name ?? '');
      for (const f of out.slice(firstFact)) {
        if (f.level !== null || !tier || f.pos - s.start < bare.index) continue;
        f.level = tier;
        f.levelRule = 'level.head-named-before';
      }
    }
    // "Hội nghị cũng biểu dương 36 hộ …": the meeting honours in the name of the body that
    // held it (the article's organizer: "Hội Nông dân huyện A tổ chức hội nghị …")
    const meeting = MEETING_HONOURS.exec(s.text);
    if (meeting && out.length > firstFact) {
      const clauseEnd = s.text.includes(';', meeting[0].length) ? s.text.indexOf(';', meeting[0].length) : s.text.length;
      organizerTier ??= firstTier(extractOrganizer(doc) ?? '');
      for (const f of out.slice(firstFact)) {
        const at = f.pos - s.start;
        if (f.level !== null || !organizerTier || at < meeting[0].length || at > clauseEnd) continue;
        f.level = organizerTier;
        f.levelRule = 'level.meeting-organizer';
      }
    }
    announcement = awards.length === 0 && counts.length === 0 && cues.some((c) => c.value === 'honour') ? announcing(s.text) : null;
    announced = s.index;
    for (const a of references) oneOf.push(factOf(a, s, evidence, []));
    // a list item that only names its recipient (see addListed)
    // (the kind of a bare line: the one its lead opens with, or the one kind its lead counted)
    const leadKinds = new Set(leadFacts.map((f) => f.recipient_type));
    const typed = !bareLine ? null : bareRun?.type ? RECIPIENT_WORDS[bareRun.type] ?? null : leadKinds.size === 1 ? [...leadKinds][0]! : null;
    const runStart = lastItem === s.index - 1 ? listStart : s.index;
    // (an item that names its kind first names all of that kind it lists: "Tập thể: Chi hội A; Hội B.")
    const kindFirst = listLead?.honour && counts.length === 0 ? kindListed(doc, s, people) : null;
    // (an item may count what the one it names did: "1. Ông A, Tổ trưởng …, đã vận động 46 hộ hiến
    // đất;" — a count that gave no fact)
    if (listLead?.honour && out.length === firstFact && addListed(out, s, listLead, spans, evidence, runStart, debug, typed, listLead.uncounted ? leadFacts.filter((f) => f.recipient_type !== listLead.uncounted) : leadFacts, householdsLead, kindFirst)) {
      lastItem = s.index;
      listStart = runStart;
    }
    before = out.slice(firstFact);
    if (!item) {
      leadFacts = before;
      householdsLead = HOUSEHOLDS_LEAD.test(s.text);
    }
    // (a table's header with a column of households' heads makes its rows households: "| TT | Chủ hộ
    // | Thôn | Hình thức khen thưởng |")
    else if (pipeRow && !/\d/u.test(s.text) && HOUSEHOLDS_COLUMN.test(s.text)) householdsLead = true;
  }
  // "là một trong 76 nông dân được … tôn vinh": the group is the article's fact when no sentence
  // tells its count otherwise
  const told = new Set(out.map((o) => `${o.recipient_type}|${o.count}`));
  for (const f of oneOf) if (!told.has(`${f.recipient_type}|${f.count}`)) out.push(f);
  dropPlaceBreakdowns(doc, out, debug);
  addPresenterTier(doc, out, people, debug);
  // in an article from a centrally-run city that names no province, the province's tier is the
  // city's: "Giám đốc Sở Y tế tặng Giấy khen" in a report from Đà Nẵng is thành phố
  if (out.some((f) => f.level === 'tỉnh') && !PROVINCE_WORD.test(doc.text) && CENTRAL_CITY.test(doc.text)) {
    for (const f of out) {
      if (f.level !== 'tỉnh') continue;
      f.level = 'thành phố';
      f.levelRule = 'level.central-city';
    }
  }
  addTitlesGiver(doc, out, debug);
  addBodiesListedLast(doc, out, people);
  addNamedMembers(doc, out, people);
  addListedMembers(doc, out, people);
  foldCaptionNames(doc, out);
  nameTheUnit(doc, out, debug);
  placeWordsAsWritten(doc, out);
  // an order (Huân chương) is conferred by the President, whoever hands it over: "Phó Chủ tịch
  // UBND thành phố trao Huân chương Lao động hạng Nhì cho Công ty" is trung ương
  // (and so is a state title, a form by its name, see HONORARY_TITLES: "trao danh hiệu Nghệ nhân Ưu
  // tú cho 2 nghệ nhân", "phong tặng danh hiệu Nhà giáo Nhân dân", "danh hiệu vinh dự Nhà nước “Bà
  // mẹ Việt Nam anh hùng”")
  for (const f of out) {
    if ((f.award === 'huân chương' || HONORARY_TITLES.has(f.award ?? '')) && f.level !== 'trung ương') {
      f.level = 'trung ương';
      f.levelRule = 'level.state-order';
    }
  }
  return out;
}

// a household named by its head: "hộ ông A", "gia đình bà B" (right before the head's name)
const HOUSEHOLD_BEFORE = /(?:^|\s)(?:hộ|gia đình)(?:\s(?:ông|bà|anh|chị|cụ|cụ ông|cụ bà))?\s$/u;

/**
 * Persons named after the last of a sentence's counts, the households', not named as a household:
 * "… cho 3 tập thể, 8 cá nhân và 5 hộ gia đình …, trong đó có bà A, Chi hội trưởng …" — bà A is
 * one of the 8 persons (but "…, trong đó có hộ ông B" is one of the households).
 */
function personsNotHouseholds(doc: Doc, facts: Fact[], people: PersonMention[]): void {
  const persons = facts.find((f) => f.recipient_type === 'cá nhân' && f.recipients.length === 0);
  if (!persons) return;
  for (const f of facts) {
    if (f.recipient_type !== 'gia đình' || f.recipients.length === 0 || f.pos < persons.pos) continue;
    const named = f.recipients.map((r) => people.find((p) => p.name === r));
    if (named.some((p) => !p || HOUSEHOLD_BEFORE.test(doc.text.slice(Math.max(0, p.start - 16), p.start)))) continue;
    if (f.recipients.length > persons.count) continue;
    persons.recipients.push(...f.recipients);
    f.recipients = [];
  }
}

// the words of places below the province, a common noun capitalized only where it opens a
// sentence: "Ấp Sóc Ven nhận Giấy khen …" beside "… trao Giấy khen cho ấp Sóc Ven"
const PLACE_RECIPIENT = /^(?<word>Xã|Phường|Thị trấn|Ấp|Thôn|Bản|Khóm|Làng|Xóm|Buôn|Sóc|Huyện|Quận|Thị xã|Tổ dân phố|Khu phố)\s(?=\p{Lu}|\d)/u;

/** A place honoured by name is written with its word in lowercase when the article so writes it elsewhere. */
function placeWordsAsWritten(doc: Doc, facts: Fact[]): void {
  for (const f of facts) {
    f.recipients = f.recipients.map((r) => {
      const m = PLACE_RECIPIENT.exec(r);
      if (!m) return r;
      const lower = m.groups!.word!.toLowerCase() + r.slice(m.groups!.word!.length);
      return doc.text.includes(lower) ? lower : r;
    });
  }
}

// a list's last line joined by "và": "và 5 chiến sĩ, trong đó có …"
const AND_LAST_ITEM = /^và\s/u;
// the title of a list, in a caption above its table: "Danh sách tập thể, cá nhân nhận Bằng khen …",
// "Các tập thể nhận Bằng khen của Chủ tịch UBND Thành phố"
const LIST_CAPTION = /^(?:[Dd]anh sách|[Cc]ác|[Nn]hững)\s[^.;:|]{3,160}$/u;

// a tier's heading: a roman numeral, then the form and its giver with no count and no colon
const TIER_HEADING = /^[IVX]{1,4}\.\s[^\d:]{6,120}$/u;
/** Whether a sentence is a tier's heading naming a form of honour ("II. GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN"). */
function tierHeading(text: string): boolean {
  return TIER_HEADING.test(text) && findForms(text).length > 0;
}

/** Whether sentence s is a list's title right above a table written with pipes. */
function captionOfTable(doc: Doc, s: Sentence): boolean {
  const next = doc.sentences[s.index + 1];
  return LIST_CAPTION.test(s.text) && next !== undefined && next.lineStart && PIPE_ROW.test(next.text);
}

// inside a list, the heading of a kind or the header of its columns: "Tập thể:", "Cá nhân:", "STT –
// Đơn vị – Hình thức", "TT – Họ tên, chức vụ – Hình thức"
const LIST_INNER_HEADING = /^(?:(?:[Tt]ập thể|[Cc]á nhân|[Hh]ộ gia đình|[Gg]ia đình)\s?:|(?:STT|TT|Stt)\s[-–]\s[^.;:]{3,80})$/u;
// a lead that ends with a colon: "Tập thể được Tổng Giám đốc tặng giấy khen năm 2024:"
const LEAD_WITH_COLON = /:\s*$/u;
// the kind a lead names first: "Tập thể được …:", "Các cá nhân được …:", "Danh sách hộ gia đình …:"
const LEAD_TYPE = /^(?:danh sách\s)?(?:(?:các|những)\s)?(?<word>tập thể|cá nhân|hộ gia đình|gia đình)\s(?!,|và)/iu;
// a lead that gives the honour to households, listed after it by the name of their heads:
// "UBND huyện tặng Giấy khen cho các hộ sau:", "… cho những gia đình nông dân tiêu biểu sau đây:"
const HOUSEHOLDS_LEAD = /(?<![\p{L}])(?:các|những)\s(?:hộ gia đình|hộ|gia đình)(?![\p{L}])[^,;:.]{0,40}:\s*$/iu;
// a column of households' heads in a table's header: "| Chủ hộ |", "| Hộ gia đình |"
const HOUSEHOLDS_COLUMN = /\|\s?(?:[Cc]hủ hộ|[Hh]ộ gia đình|[Tt]ên hộ|[Hh]ọ tên chủ hộ)\s?\|/u;
// a bare line of a list: a capitalized name, short, with no end of sentence ("Xưởng Dệt 1")
const BARE_LINE = /^\p{Lu}[^.!?;:|]{0,70}$/u;

// the words of a table's header row: "STT Hình thức khen thưởng Tập thể Cá nhân"
const TABLE_HEADER_WORDS = /(?<![\p{L}])(?:STT|[Hh]ình thức|[Tt]ập thể|[Cc]á nhân|[Ss]ố lượng)(?![\p{L}])/u;

interface BareRun { index: number; type: string | null }

// the recipients an item lists, of one kind, and where in its text
interface Listed { type: RecipientTypeValue; names: string[]; start: number; end: number }

/** Whether `s` is a line that names its kind first, right under the lead or the line of `run`. */
function kindLineAfter(s: Sentence, run: BareRun | null): boolean {
  return !!run && run.index === s.index - 1 && s.lineStart && INLINE_KIND.test(s.text);
}

/** The recipients of an item that names its kind first: "Tập thể: Chi hội A (xã B); Hội C." → both bodies. */
function kindListed(doc: Doc, s: Sentence, people: PersonMention[]): Listed | null {
  const mark = BULLET.exec(s.text)?.[0].length ?? 0;
  const kind = INLINE_KIND.exec(s.text.slice(mark));
  if (!kind) return null;
  const type = RECIPIENT_WORDS[kind.groups!.word!.toLowerCase()];
  if (!type) return null;
  const from = mark + kind[0].length;
  const names = type === 'tập thể' ? bodiesListed(doc, s, from, s.text.length, Infinity, people) : personsListed(doc, people, s.start + from, s.end);
  return names.length > 0 ? { type, names, start: from, end: s.text.length } : null;
}

/** Whether `s` is a whole line of a bare list: right under the lead or the line of `run`. */
function bareLineAfter(doc: Doc, s: Sentence, run: BareRun | null): boolean {
  if (!run || run.index !== s.index - 1 || !s.lineStart || !BARE_LINE.test(s.text)) return false;
  // (not a table's title in capitals, nor its header: "STT Hình thức khen thưởng Tập thể Cá nhân")
  if (s.text === s.text.toUpperCase() || TABLE_HEADER_WORDS.test(s.text)) return false;
  const next = doc.sentences[s.index + 1];
  return !next || next.line !== s.line;
}

/** The fact of an award found in a sentence, with its own level. */
/**
 * Drops, from the facts of one sentence (from `first` on), a named award whose persons a count of
 * the same kind, number and form took as its recipients: "tuyên dương ông A và bà B, hai cá nhân …" is the count.
 */
function dropNamedTwice(out: Fact[], first: number): void {
  for (let j = out.length - 1; j >= first; j--) {
    const f = out[j]!;
    if (!f.rule.startsWith('award.named') || f.recipients.length === 0) continue;
    const counted = out.some((c, k) => k >= first && !c.rule.startsWith('award.named') && c.recipient_type === f.recipient_type && c.count === f.count && c.award === f.award && f.recipients.every((n) => c.recipients.includes(n)));
    if (counted) out.splice(j, 1);
  }
}

function factOf(a: RawAward, s: Sentence, evidence: Fact['evidence'], recipients: string[]): Fact {
  return {
    recipient_type: a.type,
    count: a.count,
    level: a.level,
    award: a.award,
    year: a.year,
    recipients,
    evidence,
    rule: a.rule,
    sentence: s.index,
    headline: s.headline || s.heading,
    pos: s.start + a.start,
    localEnd: a.end,
    levelRule: a.levelRule,
  };
}

// a body named again by its head word alone, as the subject: "Hội cũng tuyên dương …",
// "Dịp này, Ban cũng tặng …"
const BODY_HEADS = ['Hội', 'Ban', 'Đoàn', 'Công đoàn', 'Ủy ban', 'Uỷ ban', 'Liên đoàn', 'Hiệp hội'];
const SAME_BODY_AGAIN = new RegExp(`^(?:[^,;]{0,30},\\s)?(?<head>${BODY_HEADS.join('|')})\\s(?:cũng|còn|đồng thời|tiếp tục)\\s`, 'u');
// the head word and a capitalized name after it: "Hội LHPN", "Ban Dân vận"
const HEAD_NAMED = new Map(BODY_HEADS.map((h) => [h, new RegExp(`(?<![\\p{L}])${h}\\s\\p{Lu}`, 'u')]));

// a sentence that opens with the parts of what the one before told: "Trong đó, …", "Trong số đó, …"
const PARTS_OPEN = /^(?:trong đó|trong số đó)\s?[,:]/iu;

/** The one level of the facts, when they all have it, or null. */
function oneLevel(facts: Fact[]): Fact['level'] {
  const levels = new Set(facts.map((f) => f.level));
  const [level] = [...levels];
  return levels.size === 1 ? level ?? null : null;
}

/**
 * The level the last clause of the sentence before gave, when that clause names a body with
 * the head word ("…; Hội LHPN thành phố Cần Thơ tặng Giấy khen cho …" for "Hội"), or null.
 */
function sameBodyLevel(previous: Fact[], head: string, text: string): Fact['level'] {
  const from = text.lastIndexOf(';') + 1;
  if (!HEAD_NAMED.get(head)?.test(text.slice(from))) return null;
  const levels = new Set(previous.filter((f) => f.localEnd > from).map((f) => f.level));
  const [level] = [...levels];
  return levels.size === 1 && level ? level : null;
}

// a body's head word alone as the giver: "…, Hội đã khen thưởng 1.146 học sinh", "Ban cũng trao …"
// (or with the first words of its name, short of its tier: "Ban Trị sự cũng trao …" after "Ban Trị
// sự GHPGVN tỉnh A tổ chức …"), or by its committee: "Ban Chấp hành Hiệp hội tặng Giấy khen …"
const BARE_HEAD_GIVER = new RegExp(`(?:^|[,;:]\\s)(?:(?:Ban Chấp hành|Ban Thường vụ|Thường trực)\\s)?(?<head>${BODY_HEADS.join('|')})(?<name>\\s\\p{Lu}\\p{Ll}*(?:\\s(?!(?:đã|cũng|còn|vừa|đồng|trao|tặng|khen|tuyên|biểu)(?![\\p{L}]))\\p{Ll}+){0,2})?\\s(?:(?:đã|cũng|còn|vừa|đồng thời)\\s){0,2}(?:trao tặng|trao|tặng|khen thưởng|tuyên dương|biểu dương)(?![\\p{L}])`, 'u');
// the head word and the name after it, up to a stop: "Hội Khuyến học huyện Đầm Hải"
const HEAD_AND_NAME = new Map(BODY_HEADS.map((h) => [h, new RegExp(`(?<![\\p{L}])${h}\\s\\p{Lu}[^,.;:()]{0,60}`, 'gu')]));

// the meeting itself as the one that honours: "Hội nghị cũng biểu dương …", "Dịp này, Đại hội đã
// tuyên dương …", "Buổi lễ còn tặng …"
const MEETING_HONOURS = /^(?:[^,;]{0,30},\s)?(?:Hội nghị|Đại hội|Buổi lễ|Lễ|Hội thi|Ngày hội)\s(?:(?:cũng|đã|còn|đồng thời)\s){0,2}(?:biểu dương|tuyên dương|khen thưởng|trao tặng|tặng|trao|vinh danh|tôn vinh)(?![\p{L}])/u;

// how far back a body named by its head word alone is looked for, in sentences
const HEAD_NAMED_REACH = 12;

/**
 * The tier of the last body named whole with `head` (and the first words of its name, `name`) in
 * `upTo` or the sentences just before it, or null.
 */
function tierNamedBefore(doc: Doc, upTo: number, head: string, name: string): Fact['level'] {
  if (name && firstTier(name)) return null;
  for (let k = upTo; k >= 0 && k >= upTo - HEAD_NAMED_REACH; k--) {
    const s = doc.sentences[k];
    if (!s || s.debris) continue;
    const names = [...s.text.matchAll(HEAD_AND_NAME.get(head)!)];
    for (let n = names.length - 1; n >= 0; n--) {
      if (name && !names[n]![0].startsWith(`${head}${name} `)) continue;
      const tier = firstTier(names[n]![0]);
      if (tier) return tier;
    }
  }
  return null;
}

// the recipients of the sentence before, pointed back at: "Các tập thể, cá nhân này được …",
// "Những hộ trên cũng được …", "Số cá nhân nói trên được …", "Các tập thể, cá nhân và gia đình
// nêu trên đều được …"
// (any word for who is counted: "Các chi hội, hội viên này được tặng …"; pupils are pointed back
// at by the word teachers use, alone: "Các em được nhận Giấy khen của Hiệu trưởng")
const BACK_WORD = `(?:${alternation([...Object.keys(RECIPIENT_WORDS), ...UNTYPED_RECIPIENT_WORDS])})`;
const POINTED_BACK = new RegExp(`^(?:[^,;]{0,30},\\s)?(?:(?:[Cc]ác|[Nn]hững|[Ss]ố)\\s${BACK_WORD}(?:(?:,\\s|\\svà\\s)${BACK_WORD}){0,2}\\s(?:này|trên|nói trên|kể trên|nêu trên|đó)|[Cc]ác em)\\s(?:cũng\\s|đều\\s)?(?:được|nhận|vinh dự)`, 'u');

/**
 * A sentence that points back at the recipients of the sentence before and tells their honour
 * gives those facts its one form and one tier where they had none.
 */
function namedBack(previous: Fact[], text: string, debug?: Debug): void {
  if (!POINTED_BACK.test(text)) return;
  // (one physical honour with a generic word beside it is that honour: "được nhận Giấy khen của
  // Hiệu trưởng và phần thưởng là sách vở")
  const told = new Set(findForms(text).map((f) => f.value.value));
  const strong = new Set([...told].filter((f) => !WEAK_FORMS.has(f)));
  const forms = strong.size > 0 ? strong : told;
  const tiers = new Set([...findLevels(text), ...findIssuers(text)].map((h) => h.value));
  if (forms.size > 1 || tiers.size > 1 || forms.size + tiers.size === 0) return;
  const [form] = forms;
  const [tier] = tiers;
  for (const f of previous) {
    const newForm = form && (!f.award || WEAK_FORMS.has(f.award));
    // (the honour told next replacing a weak one brings its own giver's tier: "Hội nghị tuyên
    // dương 11 hộ. Những hộ trên được UBND xã tặng Giấy khen")
    const newTier = tier && (f.level === null || (newForm && f.level !== tier));
    if (newForm) f.award = form;
    if (newTier) {
      f.level = tier;
      f.levelRule = 'level.pointed-back';
    }
    if (newForm || newTier) debug?.(`award ${f.count} ${f.recipient_type ?? '∅'}: its honour told in the next sentence (${f.award ?? '∅'}, ${f.level ?? '∅'})`);
  }
}

// recipients honoured with no count: "khen thưởng các tập thể, cá nhân có thành tích …", "Các HTX,
// cá nhân nhận Giấy khen …" (run on the sentence lowercased, its start checked in code)
const UNCOUNTED = new RegExp(`(?:các|những)\\s${BACK_WORD}${END}`, 'u');

interface Announcement { tier: Fact['level']; form: AwardForm['value'] | null }

/** The one tier, and the one physical form, of a sentence that honours recipients it does not count. */
function announcing(text: string): Announcement | null {
  if (!testAtWordStart(UNCOUNTED, lowerKeepingOffsets(text))) return null;
  const tiers = new Set([...findLevels(text), ...findIssuers(text)].map((h) => h.value));
  const forms = new Set(findForms(text).map((f) => f.value).filter((f) => f.rank === 3).map((f) => f.value));
  const tier = tiers.size === 1 ? [...tiers][0]! : null;
  const form = forms.size === 1 ? [...forms][0]! : null;
  return tier || form ? { tier, form } : null;
}

/** For each physical honour the facts of a sentence gave one level only: that level. */
function levelsByForm(facts: Fact[]): Map<string, Fact['level']> {
  const levels = new Map<string, Set<Fact['level']>>();
  for (const f of facts) {
    if (!f.award || !PHYSICAL_FORMS.has(f.award)) continue;
    const set = levels.get(f.award) ?? new Set();
    set.add(f.level);
    levels.set(f.award, set);
  }
  const out = new Map<string, Fact['level']>();
  for (const [award, set] of levels) if (set.size === 1) out.set(award, [...set][0]!);
  return out;
}

// after an item's recipient (and what describes it), a dash and the honour it gets: "…, Bí thư
// Chi bộ thôn A – Bằng khen của UBND thành phố" (or a later cell of a row, after the unit's:
// "… | Công đoàn phường A | Bằng khen …")
const ITEM_HONOUR = /\s[-–|]\s(?=\p{Lu})/gu;

// right after an item's name, its own verb of receiving: " nhận", " được tặng", " vinh dự đón nhận"
const RECEIVES_OWN = /^\s(?:(?:đã|cũng|vinh dự)\s)*(?:nhận|đón nhận|được\s(?:trao tặng|tặng|trao|nhận))\s/u;

/** The level and form an item names for itself after a dash, or with its own verb of receiving, or null. */
function ownHonour(afterName: string): { level: Fact['level']; award: string | null } | null {
  let rest: string | null = null;
  let forms: ReturnType<typeof findForms> = [];
  // (the first cell that opens with a form; a few cells at most)
  let tried = 0;
  for (const dash of afterName.matchAll(ITEM_HONOUR)) {
    if (++tried > 4) break;
    const cell = afterName.slice(dash.index + dash[0].length);
    forms = findForms(cell);
    if (forms[0]?.start === 0) { rest = cell; break; }
  }
  // (or the item's own verb of receiving, right after its name: "- Hội LHPN phường A nhận Bằng khen
  // của Hội LHPN thành phố.")
  if (rest === null && RECEIVES_OWN.test(afterName)) {
    rest = afterName;
    forms = findForms(rest);
  }
  if (rest === null) return null;
  const form = forms.reduce<AwardForm | null>((b, f) => (!b || f.value.rank > b.rank ? f.value : b), null);
  if (!form) return null;
  return { level: findLevels(rest)[0]?.value ?? findIssuers(rest)[0]?.value ?? tierCell(rest), award: form.value };
}

/** The tier a row names in a cell of its own, the table's column of levels: "Bằng khen | Trung ương |" → trung ương. */
function tierCell(cells: string): Fact['level'] {
  if (!cells.includes('|')) return null;
  for (const cell of cells.split('|').slice(1)) {
    const tier = cell.trim().toLowerCase().replace(CELL_TIER_WORD, '');
    if ((LEVELS as readonly string[]).includes(tier)) return tier as Fact['level'];
  }
  return null;
}
// a tier's cell may say "cấp" before it: "Cấp tỉnh"
const CELL_TIER_WORD = /^cấp\s/u;

/**
 * A list item that only names its recipient, under a lead that gives the honour: one more of
 * that honour ("UBND quận tặng Giấy khen cho các tập thể, cá nhân sau:" then "- Chi hội …;").
 * Items of one list and one kind make one entry: it grows the entry of its kind the run of items made.
 * `typed`: the kind of a bare line whose name no rule reads; `leadFacts`: the facts of the lead,
 * whose count an item may name one of; `households`: whether the lead honours households. Whether the item named a recipient.
 */
function addListed(out: Fact[], s: Sentence, lead: Inherited, spans: NameSpan[], evidence: Fact['evidence'], runStart: number, debug?: Debug, typed: RecipientTypeValue | null = null, leadFacts: Fact[] = [], households = false, kindFirst: Listed | null = null): boolean {
  // (a bare line under a lead that names the kind is one of that kind, whatever its name:
  // "Tập thể được Giám đốc tặng giấy khen:" then "Kho vận")
  const listed = kindFirst ?? listedRecipient(s.text, spans) ?? (typed ? { type: typed, names: [s.text], start: 0, end: s.text.length } : null);
  if (!listed) return false;
  // (a person listed under a lead that honours households is the head of one of them)
  if (households && listed.type === 'cá nhân') listed.type = 'gia đình';
  // the honour the item names after a dash is its own: "1. Xã A – Bằng khen của UBND thành phố"
  const own = ownHonour(s.text.slice(listed.end));
  const honour = { level: own?.level ?? lead.level, award: own?.award ?? lead.award };
  const item = { ...listed, ...honour };
  // the lead counted them already: "tặng giấy khen cho 3 tập thể:" then "- Kho vận"; the item
  // names one of that count
  const counted = own ? undefined : leadFacts.find((f) => f.recipient_type === item.type && f.recipients.length + item.names.length <= f.count && !f.rule.startsWith('award.named'));
  if (counted) {
    counted.recipients.push(...item.names);
    return true;
  }
  // (the entry of its kind this run of items made, also across an item of another kind: "- Ông
  // A …;", "- Trường Mầm non B;", "- Em C …" make 2 cá nhân and 1 tập thể)
  for (let k = out.length - 1; k >= 0 && out[k]!.sentence >= runStart; k--) {
    const f = out[k]!;
    if (f.rule !== 'award.named-listed' || f.recipient_type !== item.type || f.level !== item.level || f.award !== item.award) continue;
    f.count += item.names.length;
    f.recipients.push(...item.names);
    return true;
  }
  debug?.(`award ${item.names.length} ${item.type} level=${item.level ?? '∅'} award=${item.award ?? '∅'} [award.named-listed] ${item.names.join(', ')}`);
  out.push({
    recipient_type: item.type,
    count: item.names.length,
    level: item.level,
    award: item.award,
    year: null,
    recipients: [...item.names],
    evidence,
    rule: 'award.named-listed',
    sentence: s.index,
    headline: false,
    pos: s.start + item.start,
    localEnd: item.end,
    levelRule: own?.level ? 'level.item' : item.level ? 'level.list-lead' : null,
  });
  return true;
}
