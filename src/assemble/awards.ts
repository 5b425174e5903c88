// From facts as found to facts as reported: a fact told twice is one entry; a combined
// total is not an entry when its parts are given.
import type { Award } from '../schema.js';
import { WEAK_FORMS } from '../lexicon/awards.js';
import { ROUNDING_WORDS } from '../lexicon/numbers.js';
import { WHOLE_PLACE } from '../lexicon/recipients.js';
import { CLOSING_TIERS, PLACE_TYPE_WORDS } from '../lexicon/places.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { RANKS } from '../lexicon/titles.js';
import { bodySpelledOut } from '../lexicon/abbreviations.js';
import { alternation, capitalized } from '../lexicon/pattern.js';
import type { Debug } from '../debug.js';
import { LIST_OPENS, type Fact } from '../extract/award/index.js';
import { cooperativeAbbreviated, ORG_HEAD } from '../extract/award/org-name.js';

// the titles of the year the head of a unit confers on its own people (the law on emulation and
// commendation): their level is the unit's, "cơ sở", also when the head of a district's body confers
// them ("Trưởng Công an huyện công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 12 đồng chí và danh hiệu
// Chiến sĩ tiên tiến cho 86 đồng chí") — unless a level is written for them
// (the collectives' "Tập thể lao động tiên tiến" too, with no giver named: a district that
// recognizes it gives it its tier, "UBND huyện công nhận 18 tập thể đạt danh hiệu …")
const UNIT_TITLES = new Set(['lao động tiên tiến', 'chiến sĩ tiên tiến']);
const UNIT_TITLES_UNGIVEN = new Set(['tập thể lao động tiên tiến']);
const unitTitle = (f: Fact): boolean => f.award !== null && ((UNIT_TITLES.has(f.award) && (f.level === null || f.levelRule === 'level.issuer')) || (UNIT_TITLES_UNGIVEN.has(f.award) && f.level === null));

// the generic form; the weak ones (it and "điển hình") do not tell two facts apart
const GENERIC = new Set(['khen thưởng']);
const WEAK = WEAK_FORMS;

/**
 * The awards of an article from its facts. `leadSentence`: the index of the article's first
 * sentence after the headline (its lead), whose counts the body may break down (-1: none).
 */
export function assembleAwards(facts: Fact[], articleYear: number | null, texts: Map<number, string>, debug?: Debug, leadSentence = -1, eventYear: number | null = null): Award[] {
  const kept: Fact[] = [];
  // kept facts by recipient type and count: only those can be the same fact
  const byKey = new Map<string, Fact[]>();
  // kept facts that a sentence also counted ("cho 1 tập thể là Hội A"), not only named
  const counted = new Set<Fact>();
  // body facts first, so a headline restating one merges into it
  const ordered = [...facts].sort((a, b) => Number(a.headline) - Number(b.headline) || a.pos - b.pos);
  for (const f of ordered) {
    // "Năm 2017, ông A được Chủ tịch UBND tỉnh tặng Bằng khen" in a report of 2019: an honour of
    // an earlier year, told as background, is not one of the article's
    const since = openingYear(texts.get(f.sentence) ?? '', f.localEnd);
    if (since !== null && eventYear !== null && since.year < eventYear - (since.dated ? 1 : 0)) {
      debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} dropped: told of ${since.year}, before the event's ${eventYear}`);
      continue;
    }
    const key = `${f.recipient_type}|${f.count}`;
    // (a typed headline may restate an untyped body count: see compatible)
    // (and so may a typed count of the body one told again untyped "among" the honoured: see toldAmong)
    const same = byKey.get(key)?.find((k) => compatible(k, f, texts)) ?? (f.headline && f.recipient_type !== null ? byKey.get(`null|${f.count}`)?.find((k) => compatible(k, f, texts)) : undefined) ?? kept.find((k) => k.count === f.count && (k.recipient_type === null) !== (f.recipient_type === null) && compatible(k, f, texts)) ?? roundedAgain(f, kept, texts);
    if (same) {
      // (a count of the body typed tells the type of one told again untyped)
      if (same.recipient_type === null && !f.headline) same.recipient_type = f.recipient_type;
      merge(same, f);
      if (!f.rule.startsWith('award.named')) counted.add(same);
      debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} merged: told again in sentence ${f.sentence}`);
      continue;
    }
    // "LĐLĐ tỉnh tặng bằng khen cho … 2 đoàn viên là chị A và anh B" then "Bà C trao bằng khen
    // của LĐLĐ tỉnh cho chị A": the ones named again with the same honour are told twice
    const namedBefore = f.recipients.length > 0 ? kept.find((k) => namesAgain(k, f)) : undefined;
    // (a count that names one told alone before it, in a caption, is the fact, the one named among
    // its recipients: "… trao Bằng khen cho ngư dân A" over "… tặng Bằng khen cho 2 ngư dân …, trong
    // đó có ông A")
    if (namedBefore && namedBefore.rule.startsWith('award.named') && !f.rule.startsWith('award.named') && f.count > namedBefore.count) {
      const copy = { ...f, recipients: [...f.recipients] };
      merge(copy, namedBefore);
      kept[kept.indexOf(namedBefore)] = copy;
      const old = byKey.get(`${namedBefore.recipient_type}|${namedBefore.count}`);
      old?.splice(old.indexOf(namedBefore), 1);
      const bucket = byKey.get(key);
      if (bucket) bucket.push(copy);
      else byKey.set(key, [copy]);
      counted.add(copy);
      debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} takes the place of ${namedBefore.recipients.join(', ')} named alone before it`);
      continue;
    }
    if (namedBefore) {
      merge(namedBefore, f);
      debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} merged: ${f.recipients.join(', ')} named again in sentence ${f.sentence}`);
      continue;
    }
    const copy = { ...f, recipients: [...f.recipients] };
    kept.push(copy);
    if (!f.rule.startsWith('award.named')) counted.add(copy);
    const bucket = byKey.get(key);
    if (bucket) bucket.push(copy);
    else byKey.set(key, [copy]);
  }
  // "Năm 2024, Huyện đoàn là một trong 5 đơn vị được Trung ương Đoàn tặng Bằng khen" in a report
  // of 2025: the group one recipient belonged to in an earlier year is background, not an honour
  // of the article (a "một trong N" of the article's own year still is: see findAwards)
  for (let k = kept.length - 1; k >= 0; k--) {
    const f = kept[k]!;
    if (f.rule.endsWith('-one-of') && f.year !== null && articleYear !== null && f.year < articleYear) {
      debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} dropped: one of a group honoured in ${f.year}, before the article's ${articleYear}`);
      kept.splice(k, 1);
    }
  }
  // "Bà Hồ Thị Nguyệt trao Giấy khen cho chị Đoàn Thị Mơ, …" beside "… tặng Giấy khen cho 4
  // chi hội và 9 hội viên": the ones a presenter hands an honour to, named, are of the one
  // group counted elsewhere that has that kind, form and level — not an honour of their own
  // (or of a group that already names them: "… cho 2 xã: A và B" beside "Ông C trao … cho xã B")
  // (unless a sentence counted them too: "… cho 1 tập thể là Hội A và 2 hội viên …; … tặng Bằng
  // khen cho 4 chi hội", then "Ông B trao Bằng khen … cho Hội A")
  for (let k = kept.length - 1; k >= 0; k--) {
    const f = kept[k]!;
    if (counted.has(f) || f.recipients.length !== f.count) continue;
    // (and the ones named receiving it after the group was counted: "Bằng khen của Chủ tịch UBND
    // tỉnh cho 3 tập thể và 5 cá nhân. Ông A và bà B cùng nhận Bằng khen của Chủ tịch UBND tỉnh.")
    // (not the ones given one by a giver named as the agent, "A được Chủ tịch UBND huyện tặng Giấy
    // khen", nor one told as an addition, "Cũng dịp này, …": other honours, of their own)
    const told = texts.get(f.sentence) ?? '';
    const received = f.rule.startsWith('award.named-received') && f.level !== null && f.award !== null && !WEAK.has(f.award) && TAKES_IT.test(told) && !ALSO.test(told);
    if (!received && !(f.rule.startsWith('award.named-given') && PRESENTER_FIRST.test(f.evidence.text))) continue;
    const namesThem = (g: Fact): boolean => f.recipients.every((r) => g.recipients.some((o) => sameName(o, r)));
    // (or of a count of both kinds that names them: "… cho 7 tập thể và cá nhân, trong đó có dòng họ A")
    const candidates = kept.filter((g) => g !== f && g.sentence !== f.sentence && (!received || (g.sentence < f.sentence && counted.has(g))) && (g.recipient_type === f.recipient_type || (g.recipient_type === 'tập thể, cá nhân' && namesThem(g))) && g.award === f.award && (f.level === null || g.level === f.level) && (g.recipients.length + f.count <= g.count || namesThem(g)));
    // (of several, the one counted by the word the names open with: "… cho 2 tổ đoàn kết và 4 ngư
    // dân; … cho 5 tập thể" then "Thượng tá A trao Giấy khen cho Tổ đoàn kết số 3")
    // (or the one its giver, named with it, gave: "… Chủ tịch UBND huyện tặng Giấy khen cho 03 tập
    // thể và 07 cá nhân" then "A và B nhận Giấy khen của Chủ tịch UBND huyện")
    // (not a group another giver gave, when the presenter's sentence names its own: "Ông A trao
    // Bằng khen của Ủy ban B cho Hội C" beside "Ủy ban D tặng Bằng khen cho 9 tập thể")
    const own = candidates.filter((g) => !givenByOther(g, f, texts));
    let groups = own.length > 1 ? own.filter((g) => countedAs(g, f.recipients, texts)) : own;
    if (groups.length !== 1 && own.length > 1) groups = own.filter((g) => givenBySame(g, f, texts));
    if (groups.length !== 1) continue;
    const group = groups[0]!;
    debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} merged: ${f.recipients.join(', ')} of the ${group.count} counted in sentence ${group.sentence}`);
    for (const r of f.recipients) if (!group.recipients.some((o) => sameName(o, r))) group.recipients.push(r);
    kept.splice(k, 1);
  }
  // "Bí thư Đảng ủy xã A (thứ hai từ trái sang) nhận Giấy khen của Ban Thường vụ Huyện ủy": the one a
  // photo shows taking up an honour the article gave a body (its form and tier) takes it up for the
  // body, no honour of the person's own
  for (let k = kept.length - 1; k >= 0; k--) {
    const f = kept[k]!;
    if (!f.rule.startsWith('award.named-received') || f.recipient_type !== 'cá nhân' || counted.has(f) || !PHOTO_POSITION.test(texts.get(f.sentence) ?? '')) continue;
    if (!kept.some((g) => g !== f && g.recipient_type === 'tập thể' && g.recipients.length > 0 && g.award === f.award && g.level === f.level)) continue;
    debug?.(`award ${f.count} ${f.recipient_type}: ${f.recipients.join(', ')} in a photo, taking up a body's honour`);
    kept.splice(k, 1);
  }
  // "Đồng chí A, Chỉ huy trưởng Ban CHQS xã B, lên nhận Bằng khen": the head of a body given that
  // honour just before, going up to take it, takes it up for the body (his title names its place)
  for (let k = kept.length - 1; k >= 0; k--) {
    const f = kept[k]!;
    const told = texts.get(f.sentence) ?? '';
    if (!f.rule.startsWith('award.named-received') || f.recipient_type !== 'cá nhân' || f.recipients.length !== 1 || counted.has(f) || !GOES_UP_TO_TAKE.test(told)) continue;
    const forBody = kept.some((g) => g !== f && g.recipient_type === 'tập thể' && g.sentence < f.sentence && f.sentence - g.sentence <= 2 && g.award === f.award && (f.level === null || g.level === f.level) && g.recipients.some((r) => placeOfBody(r, told)));
    if (!forBody) continue;
    debug?.(`award ${f.count} ${f.recipient_type}: ${f.recipients.join(', ')} going up for a body given it`);
    kept.splice(k, 1);
  }
  dropHeadlineSums(kept, debug);
  dropWhoParts(kept, texts, debug);
  const typed = typedFacts(kept);
  const search = { budget: SEARCH_BUDGET };
  const result = kept.filter((f) => {
    const parts = totalOf(f, typed, texts, search, leadSentence);
    if (parts) debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} dropped: total of ${parts.join(' + ')}`);
    return !parts;
  });
  return result
    .sort((a, b) => a.pos - b.pos)
    .map((f) => ({
      recipient_type: f.recipient_type,
      count: f.count,
      level: unitTitle(f) ? 'cơ sở' : f.level,
      award: f.award,
      year: f.year ?? articleYear,
      recipients: f.recipients,
      evidence: f.evidence,
      rule: unitTitle(f) ? `${f.rule}+level.unit-title` : f.levelRule ? `${f.rule}+${f.levelRule}` : f.rule,
    }));
}

/**
 * A headline's count of no kind or of both kinds that merged with no fact of the body, when the
 * body counts collectives or persons at the same level, sums up the body (or rounds it, or miscounts
 * it: "Hà Tĩnh tuyên dương 60 điển hình … cấp tỉnh" over "… 24 tập thể và 38 cá nhân … cấp tỉnh"):
 * the body's counts are the entries.
 */
function dropHeadlineSums(kept: Fact[], debug?: Debug): void {
  for (let k = kept.length - 1; k >= 0; k--) {
    const f = kept[k]!;
    if (!f.headline || (f.recipient_type !== null && f.recipient_type !== 'tập thể, cá nhân')) continue;
    const told = kept.some((b) => !b.headline && (b.recipient_type === 'tập thể' || b.recipient_type === 'cá nhân') && (f.level === null || b.level === f.level));
    if (!told) continue;
    debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} dropped: a headline's sum of the body's counts`);
    kept.splice(k, 1);
  }
}

// a count broken down right after it: "3 cá nhân, gồm 2 vị sư và 1 Achar", "12 hộ (gồm 5 hộ
// người Kinh và 7 hộ người Dao)"
const BREAKDOWN_OPEN = /^\s?[,(]?\s?(?:gồm|bao gồm|trong đó(?:\scó)?)\s/u;
// a part that is given an honour of its own: "gồm 4 hộ nhận Bằng khen …"
const OWN_HONOUR = /(?<![\p{L}])(?:nhận|tặng|trao|khen thưởng|công nhận|tuyên dương|biểu dương|được|đạt)(?![\p{L}])/u;

/**
 * Parts that only say who the people of a count are (same kind, form and level, no honour of
 * their own, adding up to it) are no entries: the count is. "Bằng khen cho 3 cá nhân, gồm 2 vị
 * sư và 1 Achar" is one award of 3.
 */
function dropWhoParts(kept: Fact[], texts: Map<number, string>, debug?: Debug): void {
  for (let k = 0; k < kept.length; k++) {
    const f = kept[k]!;
    if (f.headline || f.recipient_type === null || f.recipient_type === 'tập thể, cá nhân') continue;
    const text = texts.get(f.sentence) ?? '';
    if (!BREAKDOWN_OPEN.test(text.slice(f.localEnd))) continue;
    let sum = 0;
    let end = k + 1;
    for (; end < kept.length && sum < f.count; end++) {
      const p = kept[end]!;
      if (p.sentence !== f.sentence || p.headline || p.recipient_type !== f.recipient_type || p.award !== f.award || p.level !== f.level || p.recipients.length > 0) break;
      sum += p.count;
    }
    if (sum !== f.count || end - k < 3 || OWN_HONOUR.test(text.slice(f.localEnd, kept[end - 1]!.localEnd))) continue;
    debug?.(`award ${f.count} ${f.recipient_type}: ${kept.slice(k + 1, end).map((p) => p.count).join(' + ')} only say who its recipients are`);
    kept.splice(k + 1, end - k - 1);
  }
}

// where one stands in a photo: "(thứ hai từ trái sang)", "(bên phải)", "(đứng giữa)", "(ảnh trái)"
const PHOTO_POSITION = /\((?:thứ\s\p{L}+\s(?:từ\s)?(?:trái|phải)(?:\ssang)?|(?:bên|đứng|ngồi|ảnh)\s(?:trái|phải|giữa)|giữa|trái|phải)\)/u;
// going up to take an honour, or taking it for someone: "… lên nhận Bằng khen", "nhận thay"
const GOES_UP_TO_TAKE = /(?<![\p{L}])(?:lên nhận|nhận thay)(?![\p{L}])/u;
/**
 * Whether the sentence `told` names the place a body's name ends with, its place word (the
 * lexicon's, of one word or two) and its name: "Ban CHQS |xã Chiềng Khoang|" (or the whole name,
 * when it has no place).
 */
function placeOfBody(body: string, told: string): boolean {
  const words = body.split(' ');
  for (let at = words.length - 2; at >= 0; at--) {
    if (!/^\p{Lu}/u.test(words[at + 1]!)) continue;
    if (at > 0 && PLACE_TYPE_WORDS.has(`${words[at - 1]} ${words[at]}`)) return told.includes(words.slice(at - 1).join(' '));
    if (PLACE_TYPE_WORDS.has(words[at]!)) return told.includes(words.slice(at).join(' '));
  }
  return told.includes(body);
}
// the ones named take the honour themselves: "… cùng nhận Bằng khen", "… nhận Giấy khen của …"
const TAKES_IT = /\s(?:cùng\s|đều\s)?(?:được\s|vinh dự\s)?(?:đón nhận|nhận)\s/u;
// a sentence that tells an honour besides the ones told: "Cũng dịp này, …", "… cũng nhận …", "Ngoài ra, …"
const ALSO = /(?:^|\s)(?:[Cc]ũng|[Nn]goài ra|[Bb]ên cạnh đó)\s/u;

// a sentence that opens with the one who hands an honour over, addressed or ranked, by name:
// "Đồng chí Đinh Văn Hội trao …", "Bà Hồ Thị Nguyệt trao …", "Đại tá Y Blir trao …"
// (any form of address or rank of the lexicons)
const PRESENTER_FIRST = new RegExp(`^(?:${alternation([...HONORIFICS, ...RANKS].filter((w) => /^[\p{L} ]+$/u.test(w)).map(capitalized))})\\s\\p{Lu}[\\p{L}'’]*(?:\\s\\p{Lu}[\\p{L}'’]*){0,4}\\s(?:trao tặng|trao|tặng|gắn)\\s`, 'u');

// a clause that opens with its year: "Năm 2017, ông A được …", "…: năm 2019, ông được …", "Trước
// đó, năm 2020, …", "Trước đó, ngày 19/9/2020, …", also right after who tells it: "Chị A cho
// biết năm 2022, Quận đoàn đã được …"
// (a year later in the clause is what was achieved: "tặng Giấy khen cho 12 tập thể có thành tích
// năm 2023")
// also a period that ended before, its end year the one told: "Phát biểu tại buổi lễ, đồng chí A
// nhắc lại, giai đoạn 2013 – 2017, …", "Nhiệm kỳ 2012-2017, …", "Từ năm 2016 đến năm 2020, …",
// "ông A nhắc tới 3 năm 2019 – 2021, …"
const OPENING_YEAR = /^\s*(?:[-–•*+]\s?)?(?:(?:[^,;:]{1,40},\s)?[^,;:]{1,60}?\s(?:cho biết|nói|kể|chia sẻ|nhớ lại|nhắc lại|nhắc tới|nhắc đến|thông tin)(?:\s(?:rằng|là))?,?\s)?(?:(?:trước đó|riêng|đến|vào|trong|cũng trong),?\s)?(?:năm\s|(?<dated>(?:(?:sáng|chiều|tối)\s)?(?:ngày\s)?\d{1,2}[/.-]\d{1,2}[/.-]|tháng\s\d{1,2}[/.-])|(?:giai đoạn|nhiệm kỳ|thời kỳ|\d{1,2}\snăm)\s(?:19|20)\d\d\s?[-–—]\s?|từ năm\s(?:19|20)\d\d\s(?:đến|tới)\s(?:năm\s)?)(?<y>(?:19|20)\d\d)\s?,/iu;

// the clause opens with an earlier meeting or school year and its year: "Tại hội nghị năm 2019,
// …", "Đại hội thi đua lần thứ IV, tổ chức năm 2015, …", "Tại hội nghị sơ kết lần trước, tổ
// chức vào tháng 10/2021, …", "Năm học 2021 - 2022, …" (its last year)
const EARLIER_EVENT = /^\s*(?:(?:tại|trong|ở)\s(?:buổi\s)?(?:hội nghị|đại hội|lễ|hội thi|hội diễn|liên hoan)[^,;:]{0,50}?\snăm\s|[^,;:]{1,80},\s(?:được\s)?tổ chức\s(?:vào\s)?(?:năm\s|(?<dated>tháng\s\d{1,2}[/.-]|(?:ngày\s)?\d{1,2}[/.-]\d{1,2}[/.-]))|năm học\s(?:19|20)\d\d\s?[-–—]\s?)(?<y>(?:19|20)\d\d)\s?,/iu;

/**
 * The year the clause of a count opens with (the count ends at `at` in the sentence), or null;
 * `dated` when a day or month is told with it. (A dated honour of the year before the event is
 * its run-up, the article's: "Trước đó, ngày 20/12/2016, UBND tỉnh đã khen thưởng …" in a report
 * of January 2017; one of a year before that is background.)
 */
function openingYear(text: string, at: number): { year: number; dated: boolean } | null {
  // (a ";" right after the count ends its clause, it does not open it)
  const start = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1)) + 1;
  const m = OPENING_YEAR.exec(text.slice(start, at)) ?? EARLIER_EVENT.exec(text.slice(start, at));
  if (m) return { year: Number(m.groups!.y), dated: m.groups!.dated !== undefined };
  // a clause after ";" that tells no time of its own goes on with the one before: "Giai đoạn
  // 2013 – 2017, huyện được tặng Cờ thi đua; 21 tập thể, 40 cá nhân được các cấp khen thưởng"
  // (the clause before ends at that ";", so each step looks further back)
  if (start > 1 && text[start - 1] === ';' && !OWN_TIME.test(text.slice(start, at))) return openingYear(text, start - 1);
  return null;
}
// a time a clause tells of its own: "năm 2019", "dịp này", "tại hội nghị", "ngày 5/9"
const OWN_TIME = /(?<![\p{L}])(?:năm|ngày|hôm nay|dịp này|nhân dịp|lần này|tại (?:buổi|hội nghị|lễ|chương trình))(?![\p{L}])|\d{1,2}[/-]\d{1,2}/iu;

// A decision read out, then the honour handed over: "bà A công bố quyết định của Thủ tướng Chính
// phủ tặng Bằng khen cho 2 tập thể …" then "Phó Chủ tịch UBND tỉnh B trao Bằng khen cho hai đơn
// vị": the one who hands it over tells no tier of his own
const ANNOUNCED = /(?<![\p{L}])(?:công bố|đọc|tuyên đọc)\s(?:các\s)?(?:quyết định|QĐ)(?![\p{L}])/iu;
const HANDED_OVER = /(?<![\p{L}])trao(?![\p{L}])/u;

function announcedThenHanded(a: Fact, b: Fact, texts: Map<number, string>): boolean {
  if (!a.award || a.award !== b.award || WEAK.has(a.award) || a.headline || b.headline) return false;
  const [first, then] = a.sentence < b.sentence ? [a, b] : [b, a];
  if (then.sentence - first.sentence > 2) return false;
  return ANNOUNCED.test(texts.get(first.sentence) ?? '') && HANDED_OVER.test(texts.get(then.sentence) ?? '');
}

// the opening of a sentence that adds to what the article told: "Ngoài ra, …", "Bên cạnh đó, …"
const ADDING = /^(?:[-–•*+]\s?)?(?:ngoài ra|bên cạnh đó)(?![\p{L}])/iu;
// a clause that adds to what the sentence told: "…; đồng thời tuyên dương …", ", ngoài ra …"
const ADDING_CLAUSE = /[;,]\s(?:đồng thời|ngoài ra|bên cạnh đó)(?![\p{L}])/iu;

function compatible(a: Fact, b: Fact, texts: Map<number, string>): boolean {
  if (a.count !== b.count) return false;
  // a headline may type a count the body leaves untyped: "90 gương thanh niên … được tuyên
  // dương" over "tuyên dương 90 gương “Thanh niên tiên tiến …”"
  // (and a count told again untyped "among" the ones honoured: "Trong số 45 gương được tuyên dương,
  // 17 người …" beside "tuyên dương 45 thanh niên")
  const untypedAmong = (f: Fact): boolean => f.recipient_type === null && toldAmong(texts.get(f.sentence) ?? '', f.localEnd);
  if (a.recipient_type !== b.recipient_type && !(a.headline !== b.headline && (a.headline ? b : a).recipient_type === null) && !(untypedAmong(a) || untypedAmong(b))) return false;
  // the one who hands an honour over does not tell its tier: "Bí thư Đảng ủy phường trao Bằng
  // khen cho A" is the same fact as "trao Bằng khen của Chủ tịch UBND Thành phố cho A"
  const giverOnly = a.levelRule === 'level.named-giver' || b.levelRule === 'level.named-giver';
  if (a.level && b.level && a.level !== b.level && !(giverOnly && a.award === b.award) && !announcedThenHanded(a, b, texts)) return false;
  // honours of givers of two places are two facts: "Bằng khen của tỉnh A cho 4 tập thể" and
  // "Bằng khen của Chủ tịch UBND tỉnh B cho hai tập thể"
  const placeA = giverPlace(texts.get(a.sentence) ?? '', a.localEnd);
  const placeB = placeA ? giverPlace(texts.get(b.sentence) ?? '', b.localEnd) : null;
  if (placeA && placeB && placeA !== placeB) return false;
  // named recipients with no name in common are two facts: "ông A … được tuyên dương. Ông B …
  // được tặng Giấy khen"
  // (a name written short is the same: "Công đoàn Công ty" and "Công đoàn Công ty cổ phần May …")
  const named = a.recipients.length > 0 && b.recipients.length > 0;
  // (a headline's place is the body of that place the text names: "Huyện A đón nhận Huân chương …"
  // over "Ban CHQS huyện A vinh dự đón nhận Huân chương …")
  const placeOf = a.headline !== b.headline ? (r: string, o: string): boolean => bodyOfPlace(a.headline ? r : o, a.headline ? o : r) : () => false;
  if (named && !a.recipients.some((r) => b.recipients.some((o) => sameName(r, o) || placeOf(r, o)))) return false;
  if (a.headline || b.headline) return true;
  // a sentence that says it adds to what was told gives another fact: "… 12 tập thể được Ban
  // Thường vụ Huyện ủy tặng Giấy khen. Ngoài ra, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể …"
  const later = a.sentence > b.sentence ? a : b;
  if (a.sentence !== b.sentence && ADDING.test(texts.get(later.sentence) ?? '')) return false;
  // two counts of one sentence are two facts, but one recipient named twice in it is one
  // ("tặng Giấy khen cho gia đình cụ A", found as given and as counted), and so is a count told
  // again to list its names ("… cho 3 tập thể và 2 cá nhân …; 2 cá nhân gồm ông A và bà B")
  if (a.sentence === b.sentence && !named && !listedAgain(a, b, texts.get(a.sentence) ?? '')) return false;
  return a.award === b.award || !a.award || !b.award || WEAK.has(a.award) || WEAK.has(b.award);
}

// the place of the giver an honour is "of", in the clause before the count: "Bằng khen của Chủ tịch
// UBND tỉnh |Pa Lìn| cho …", "Bằng khen của tỉnh |Khăm-phăn| cho …"
const GIVER_PLACE = /của\s[^,;()]{0,40}?(?:tỉnh|thành phố|huyện|quận|thị xã)\s(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,3})/gu;

/** The place the giver of the count ending at `end` of `text` is of, named in its clause, or null. */
function giverPlace(text: string, end: number): string | null {
  const clause = text.slice(text.lastIndexOf(';', end) + 1, end);
  if (!clause.includes('của ')) return null;
  let place: string | null = null;
  for (const m of clause.matchAll(GIVER_PLACE)) place = m[1]!;
  return place;
}

// "Trong số |45 gương|": a count told again as the group some of it belongs to (the number and up
// to three words after "trong số")
const AMONG_COUNT = /^\d[\d.]*(?: \p{Ll}+){1,3}$/u;
/** Whether the count ending at `end` of `text` is told after "trong số". */
function toldAmong(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 40), end);
  const at = before.toLowerCase().lastIndexOf('trong số ');
  return at >= 0 && (at === 0 || before[at - 1] === ' ') && AMONG_COUNT.test(before.slice(at + 9));
}

// where a giver named after "của" ends: a stop, or "cho" and the ones given it
const GIVER_ENDS = /[,;.()]|\scho\s/u;
// a giver named as the subject of its clause, before the verb: "Ủy ban D tặng", "UBND tỉnh trao tặng"
const OWN_GIVER = /^\s?(?:[^,;]{0,30},\s)?\p{Lu}[^,;]{2,80}?\s(?:cũng\s|đã\s)?(?:tặng|trao tặng|trao|khen thưởng)\s/u;

/**
 * The giver `f`'s sentence names after its honour ("… nhận Giấy khen của |Chủ tịch UBND huyện|.",
 * "… trao Bằng khen của |Ủy ban B| cho …") and the clause that counted `g`; no giver: null.
 */
function giverAndClause(g: Fact, f: Fact, texts: Map<number, string>): { giver: string; clause: string } | null {
  const text = texts.get(f.sentence) ?? '';
  const of = text.indexOf(' của ');
  if (of < 0) return null;
  const rest = text.slice(of + 5, of + 70);
  const stop = GIVER_ENDS.exec(rest);
  const giver = (stop ? rest.slice(0, stop.index) : rest).trim();
  if (giver.length < 3 || giver[0] === giver[0]!.toLowerCase()) return null;
  const told = texts.get(g.sentence) ?? '';
  return { giver, clause: told.slice(told.lastIndexOf(';', g.localEnd) + 1, g.localEnd) };
}

/** Whether the giver `f`'s sentence names after its honour is named in the clause that counted `g`. */
function givenBySame(g: Fact, f: Fact, texts: Map<number, string>): boolean {
  const told = giverAndClause(g, f, texts);
  return !!told && told.clause.includes(told.giver);
}

/** Whether that giver is missing from the clause of `g`, where a giver of its own hands the honour ("Ủy ban D tặng …"). */
function givenByOther(g: Fact, f: Fact, texts: Map<number, string>): boolean {
  const told = giverAndClause(g, f, texts);
  return !!told && !told.clause.includes(told.giver) && OWN_GIVER.test(told.clause);
}

/** Whether every one of `names` opens with the word `g` counted them by ("2 tổ đoàn kết" → "Tổ đoàn kết số 3"). */
function countedAs(g: Fact, names: string[], texts: Map<number, string>): boolean {
  // (the words after the number, up to the count's end)
  const told = (texts.get(g.sentence) ?? '').slice(Math.max(0, g.localEnd - 30), g.localEnd);
  let number = told.length - 1;
  while (number >= 0 && !/\d/u.test(told[number]!)) number--;
  const rest = number < 0 ? '' : told.slice(number + 1);
  const word = rest.startsWith(' ') && /^[\p{L} ]+$/u.test(rest) ? rest.slice(1).toLowerCase() : '';
  return word.length > 1 && names.every((n) => n.toLowerCase().startsWith(`${word} `));
}

// a count that opens a clause of its own, then the names it is made of
const OPENS_CLAUSE = /[;.]\s[^,;.]{1,24}$/u;
const LIST_NEXT = /^\s?(?:gồm|bao gồm|là|:)\s/u;

/** Whether the later of two counts of one sentence opens a clause only to list the earlier's names, all of them. */
function listedAgain(a: Fact, b: Fact, text: string): boolean {
  const [first, later] = a.pos < b.pos ? [a, b] : [b, a];
  if (first.recipients.length > 0 || later.recipients.length !== later.count) return false;
  return OPENS_CLAUSE.test(text.slice(0, later.localEnd)) && LIST_NEXT.test(text.slice(later.localEnd, later.localEnd + 8));
}

/**
 * The one body fact a headline's rounded count restates: "khen thưởng hơn 900 học sinh" over
 * "khen thưởng 935 học sinh" (the body's exact count is kept).
 */
function roundedAgain(f: Fact, kept: Fact[], texts: Map<number, string>): Fact | undefined {
  if (!f.headline) return undefined;
  const range = roundedRange(texts.get(f.sentence) ?? '', f);
  if (!range) return undefined;
  const [lo, hi] = range;
  const told = kept.filter((k) => !k.headline && k.recipient_type === f.recipient_type && k.count >= lo && k.count <= hi && compatible(k, { ...f, count: k.count }, texts));
  return told.length === 1 ? told[0] : undefined;
}

/** Whether every recipient `b` names is one `a` named before, with the same honour. */
function namesAgain(a: Fact, b: Fact): boolean {
  // (in one sentence, only the ones named of a count that names them: "… 2 cá nhân là bà A, …, và
  // ông B, được … tặng Bằng khen", B found again as named)
  const countThenNamed = !a.rule.startsWith('award.named') && b.rule.startsWith('award.named');
  if (a.recipient_type !== b.recipient_type || a.recipients.length === 0 || (a.sentence === b.sentence && !countThenNamed)) return false;
  if (a.level && b.level && a.level !== b.level) return false;
  if (a.award !== b.award && !(b.award && WEAK.has(b.award))) return false;
  return b.recipients.every((r) => a.recipients.some((o) => sameName(r, o)));
}

const THE_SCHOOL = /^nhà trường$/u;
// a place named with its word or bare: "xã Tân Hòa" is the "Tân Hòa" of a list after "3 xã:"
// (and a cooperative's head spelled out or abbreviated: "Hợp tác xã A" is "HTX A")
const PLACE_WORD = /^(?:xã|phường|thị trấn|thôn|ấp|bản|làng|buôn|xóm)\s/u;
// (and a place's people's committee is the place, honoured again: "… cho UBND phường A" then, in a
// caption, "… cho phường A")
const PLACE_COMMITTEE = /^(?:ubnd|ủy ban nhân dân)\s(?=(?:xã|phường|thị trấn)\s)/u;
// (and abbreviations in a name are its words: "Ban CHQS huyện A" is "Ban Chỉ huy Quân sự huyện A")
// (a craft village is its name, whatever words of its craft come before: "làng cói Hà Phong" is the
// "làng nghề đan cói Hà Phong" of the text)
const CRAFT_VILLAGE = /^[Ll]àng(?:\s\p{Ll}+){0,3}\s(?=\p{Lu})/u;
const comparable = (name: string): string => bodySpelledOut(cooperativeAbbreviated(name.replace(WHOLE_PLACE, '').replace(CRAFT_VILLAGE, ''))).toLowerCase().replace(THE_SCHOOL, 'trường').replace(PLACE_COMMITTEE, '').replace(PLACE_WORD, '');
/** Whether a body's name is made of the heads of bodies alone: "Công đoàn Công ty". */
function headsOnly(name: string): boolean {
  let rest = name;
  for (let head = ORG_HEAD.exec(rest); head; head = ORG_HEAD.exec(rest)) rest = rest.slice(head[0].length).trimStart();
  return rest === '' && rest !== name;
}
// (the kind read with the abbreviations spelled out: "KBNN Bình Định" is the "Kho bạc Nhà nước Bình
// Định" of a headline)
const kindOf = (name: string): string | undefined => ORG_HEAD.exec(bodySpelledOut(cooperativeAbbreviated(name)))?.[0];

// a place named alone, by a tier of the lexicon's that closes a body's name: "Huyện Bản A", "xã
// Pa Lìn" (its first letter read in lowercase)
const PLACE_ALONE = new RegExp(`^(?:${alternation(CLOSING_TIERS)})\\s\\p{Lu}`, 'u');
/** Whether `body` is a body of the place `place` names: "Ban CHQS huyện A" of "Huyện A". */
function bodyOfPlace(place: string, body: string): boolean {
  if (!PLACE_ALONE.test(place.charAt(0).toLowerCase() + place.slice(1)) || !ORG_HEAD.test(body)) return false;
  const [p, b] = [place.toLowerCase(), body.toLowerCase()];
  return b.length > p.length && b.endsWith(p) && b[b.length - p.length - 1] === ' ';
}

/**
 * Whether two names are one recipient's, one written short: its words are the other's, in
 * order, from the same first word ("Công ty Nước sạch Hà Đô" and "Công ty TNHH MTV Nước sạch
 * Hà Đô", "Công đoàn Công ty" and "Công đoàn Công ty cổ phần May Phú Lộc").
 */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // (whatever the case: "Công đoàn công ty" in a caption is the "Công đoàn Công ty …" of the text;
  // a place honoured as a whole is the place: "Đảng bộ, chính quyền và nhân dân xã A" and "xã A")
  // (and a school in its own news, "nhà trường", is the "Trường …" named: "Trường THCS A đón nhận
  // Bằng khen …" then "ông B trao Bằng khen … cho nhà trường")
  // (bodies of two kinds are two bodies: "Công đoàn cơ sở Công ty A" is not "Công ty A")
  // (a head abbreviated is the same head: "HTX dừa A" in a headline is the "Hợp tác xã Dừa A" of the text)
  const [kindA, kindB] = [kindOf(a), kindOf(b)];
  if (kindA && kindB && kindA !== kindB) return false;
  // (a name of heads alone is the unit the article tells of, whatever its own name: "Công đoàn Công
  // ty" in the text is the "Công đoàn Cơ khí mỏ A" of the headline)
  if (kindA && kindA === kindB && (headsOnly(a) || headsOnly(b))) return true;
  const [x, y] = [comparable(a), comparable(b)];
  const [short, long] = x.length <= y.length ? [x.split(' '), y.split(' ')] : [y.split(' '), x.split(' ')];
  if (short[0] !== long[0]) return false;
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

function merge(into: Fact, other: Fact): void {
  if ((!into.level || into.levelRule === 'level.named-giver') && other.level && other.levelRule !== 'level.named-giver') { into.level = other.level; into.levelRule = other.levelRule; }
  else if (!into.level && other.level) { into.level = other.level; into.levelRule = other.levelRule; }
  if ((!into.award || WEAK.has(into.award)) && other.award && !WEAK.has(other.award)) into.award = other.award;
  else if ((!into.award || GENERIC.has(into.award)) && other.award && !GENERIC.has(other.award)) into.award = other.award;
  // (a weak or generic form is still more than none: "… 3 hộ gia đình … hiến đất" then "UBND huyện
  // khen thưởng 3 hộ gia đình")
  else if (!into.award && other.award) into.award = other.award;
  into.year ??= other.year;
  // a name told again whole replaces its short form
  for (const r of other.recipients) {
    const k = into.recipients.findIndex((e) => sameName(e, r));
    // (a headline's place, where the text named its body, is that body: no name of its own)
    if (k < 0 && other.headline && into.recipients.some((e) => bodyOfPlace(r, e))) continue;
    if (k < 0) into.recipients.push(r);
    else if (r.length > into.recipients[k]!.length) into.recipients[k] = r;
  }
  if (into.headline && !other.headline) {
    into.headline = false;
    into.evidence = other.evidence;
    into.pos = other.pos;
  }
}

// "35 tập thể, cá nhân, trong đó …", "tặng 25 tập thể gồm:", "150 hộ nông dân … được biểu
// dương; trong đó 5 hộ …": a total followed by its parts (past what they did and the verb: "87
// tập thể, cá nhân và hộ gia đình có thành tích trong phong trào “…” được khen thưởng, trong đó:")
// (not members named one by one: "10 gương điển hình …, trong đó có chị A", "…, trong đó ông B
// được khen lần thứ ba" — no parts by kind)
const TOTAL_MARK = /^[^.;]{0,160}?(?:;\s?)?(?:[Tt]rong đó(?!\scó\s(?:ông|bà|anh|chị|em|cô|thầy|đồng chí|cụ|\p{Lu})|\s(?:ông|bà|anh|chị|em|cô|thầy|đồng chí|cụ)\s)|[Gg]ồm|[Bb]ao gồm|[Cc]ụ thể|:)/u;
// a sentence that tells a total alone, with its generic honour and no giver, ends after it: "Dịp
// này, 48 tập thể, cá nhân được khen thưởng." — the sentences after give its parts (households
// too: "Dịp này có 21 tập thể, cá nhân| và hộ gia đình được khen thưởng.")
// (the passive verb of honour that ends such a sentence, and the sentence's end)
const HONOURED_AT_END = String.raw`\s(?:(?:đã|đều)\s)?được\s(?:khen thưởng|tuyên dương|biểu dương|vinh danh|tôn vinh)\s?[.!]?$`;
const TOTAL_ALONE = new RegExp(String.raw`^(?:,?\s(?:và\s)?(?:hộ gia đình|gia đình|hộ))?${HONOURED_AT_END}`, 'u');
// (and a count of one kind told alone, with a few words of what they are: " có uy tín được khen
// thưởng.", " hiến máu tiêu biểu được tôn vinh.", " hiến máu từ 10 lần trở lên được tôn vinh.")
const TOTAL_ALONE_DESCRIBED = new RegExp(String.raw`^(?:\s(?:\p{Ll}+|\d{1,3})){0,8}${HONOURED_AT_END}`, 'u');

// a sentence that opens by saying it tells the parts: "Cụ thể: …", "Cụ thể, …", "Danh sách cụ thể: …"
const PARTS_FOLLOW = /^(?:[Cc]ụ thể|[Dd]anh sách cụ thể)\s?[:,]\s/u;

// The typed facts (not combined, not untyped) a total can be made of, in the order kept:
// all of them, and by type the body ones (sorted by position) and the headline ones.
interface Typed {
  all: Fact[];
  /** the typed facts of each sentence, by position */
  bySentence: Map<number, Fact[]>;
  /** combined counts ("45 tập thể, cá nhân") of the body */
  combined: Fact[];
  body: Map<string, Fact[]>;
  headline: Map<string, Fact[]>;
}

function typedFacts(kept: Fact[]): Typed {
  const typed: Typed = { all: [], bySentence: new Map(), combined: [], body: new Map(), headline: new Map() };
  for (const o of kept) {
    if (o.recipient_type === 'tập thể, cá nhân' && !o.headline) typed.combined.push(o);
    if (o.recipient_type === null || o.recipient_type === 'tập thể, cá nhân') continue;
    typed.all.push(o);
    const ofSentence = typed.bySentence.get(o.sentence);
    if (ofSentence) ofSentence.push(o);
    else typed.bySentence.set(o.sentence, [o]);
    const by = o.headline ? typed.headline : typed.body;
    const list = by.get(o.recipient_type);
    if (list) list.push(o);
    else by.set(o.recipient_type, [o]);
  }
  for (const list of typed.bySentence.values()) list.sort((a, b) => a.pos - b.pos);
  return typed;
}

// the subset sums may look at this many values of a fact's candidates…
const MAX_PARTS = 24;
// …and take this many steps over the whole article: a hostile list of counts must not make
// assembly exponential, nor quadratic over thousands of facts
const SEARCH_BUDGET = 2_000_000;

// how many sentences before a total of the body its parts may be told
const NEAR_BEFORE = 2;

// a count told as the sum of what came before: "Tổng cộng có 97 tập thể, cá nhân được khen
// thưởng", "Tổng số 40 cá nhân …", "tổng cộng 12 hộ", "Tổng cộng, 52 tập thể, cá nhân …"
const SUM_BEFORE = /(?:^|[\s,])(?:[Tt]ổng cộng|[Tt]ổng số|[Cc]ả thảy),?\s(?:(?:có|là|đã có)\s)?(?:\d{1,3}(?:\.\d{3})+|\d+)\s[^\d;]{1,30}$/u;
// how many sentences before such a sum its parts may be told (a table of the recipients of one
// of them between, one sentence a row: "Danh sách cụ thể:" and nine rows)
const SUM_REACH = 16;

/** The parts a fact is the total of, or null. */
function totalOf(f: Fact, typed: Typed, texts: Map<number, string>, search: { budget: number }, leadSentence: number): number[] | null {
  const sum = summedBefore(f, typed, texts, search);
  if (sum) return sum;
  // a headline's rounded count is the body's exact one: "khen thưởng hơn 1.100 tập thể, cá nhân"
  // over "1.126 tập thể, cá nhân (gồm 318 tập thể và 808 cá nhân)"
  const [lo, hi] = (f.headline && roundedRange(texts.get(f.sentence) ?? '', f)) || [f.count, f.count];
  const text = texts.get(f.sentence) ?? '';
  const after = text.slice(f.localEnd, f.localEnd + 200);
  if (f.recipient_type === 'tập thể, cá nhân' || f.recipient_type === null) {
    // (a count that goes on a list of the clause's counts is one of them, no total of counts told
    // elsewhere: "… tặng Giấy khen cho 4 ấp, 9 cộng tác viên và 5 gương “Người tốt, việc tốt”")
    if (!f.headline && onListOfClause(f, typed, text)) return null;
    // a combined count equal to typed counts of the article: "117 tập thể, cá nhân" = 34 + 83;
    // a headline's may sum combined counts of the body too: "khen thưởng 380 tập thể, cá nhân"
    // = 45 tập thể, cá nhân + 120 tập thể + 215 cá nhân
    // In the body, parts have the total's level when both have one: "35 tập thể, cá nhân" of the
    // district does not sum "12 tập thể, 15 cá nhân" and "8 cá nhân" given by the city. (A
    // headline sums every level: "Phường A khen thưởng 23 tập thể, cá nhân".)
    // But a total that announces its parts ("171 tập thể, cá nhân được khen thưởng, trong đó: …")
    // has them at every level, and its own level is only that of the first part's clause.
    const sameLevel = (o: Fact): boolean => o.level === null || o.level === f.level;
    const announces = TOTAL_MARK.test(after) || TOTAL_ALONE.test(after);
    // (and in the body, parts given another honour are another giving: "Ban Thường vụ tặng bằng
    // khen cho 12 tập thể và 18 cá nhân; Ban Dân vận tặng giấy khen cho 30 tập thể, cá nhân" —
    // unless the total announces them)
    const sameHonour = (o: Fact): boolean => !f.award || !o.award || o.award === f.award || WEAK.has(f.award) || WEAK.has(o.award);
    // (and near it: parts told sentences before, "Trước đó, … tuyên dương 12 điển hình" after
    // two ceremonies' 7 and 5 hộ, are another ceremony's)
    const near = (o: Fact): boolean => o.sentence >= f.sentence - NEAR_BEFORE;
    // (the lead sums up the body like a headline, its parts told after it at every level: "Sáng
    // 14-8, Huyện ủy A … tuyên dương 32 tập thể, cá nhân" over the province's 2 and 3 and the
    // district's 10 and 17)
    const lead = f.sentence === leadSentence;
    // (nor are counts told before a clause that says it adds to them its parts: "… tặng Giấy khen
    // cho 06 tập thể, 8 cá nhân; đồng thời tuyên dương 11 điển hình …")
    const addsTo = (o: Fact): boolean => o.pos < f.pos && (o.sentence === f.sentence ? ADDING_CLAUSE.test(text.slice(o.localEnd, f.localEnd)) : ADDING.test(text));
    // (and households are no part of a body's total of collectives and persons that does not
    // announce its parts: "UBND thị trấn khen thưởng 20 tập thể, cá nhân …. Hội Nông dân tặng Giấy
    // khen cho 5 hộ" is another giving)
    // (unless it names them: "23 tập thể, cá nhân và hộ gia đình")
    const householdsNamed = HOUSEHOLDS_IN_TOTAL.test(text.slice(Math.max(0, f.localEnd - 50), f.localEnd));
    const ownKinds = (o: Fact): boolean => f.recipient_type !== 'tập thể, cá nhân' || householdsNamed || o.recipient_type !== 'gia đình';
    const pool = firstFacts(f.headline || announces ? typed.all : typed.all.filter((o) => ((lead && o.sentence > f.sentence) || ((f.level === null || sameLevel(o)) && near(o))) && sameHonour(o) && !addsTo(o) && ownKinds(o)), f);
    if (f.headline) pool.push(...firstFacts(typed.combined, f).slice(0, Math.max(0, MAX_PARTS - pool.length)));
    // (a total that announces its parts may have a combined one among them, its rest: "36 tập thể
    // và cá nhân được khen thưởng, trong đó 6 tập thể …, 9 cá nhân …, còn lại 21 tập thể, cá nhân …")
    else if (announces) pool.push(...typed.combined.filter((o) => o !== f && o.sentence === f.sentence && o.pos > f.pos).slice(0, Math.max(0, MAX_PARTS - pool.length)));
    // (the parts of "tập thể, cá nhân" hold both: "khen thưởng 16 tập thể, cá nhân" is not
    // 12 tập thể given one honour and 4 tập thể given another)
    const both = f.recipient_type === 'tập thể, cá nhân' && !f.headline;
    return subsetSum(pool.map((o) => o.count), lo, hi, search, both ? (picked) => bothTypes(picked.map((k) => pool[k]!)) : undefined);
  }
  const body = typed.body.get(f.recipient_type) ?? [];
  if (f.headline) {
    // a headline count that the body never restates but sums: "Biểu dương 45 tập thể" = 12 + 33
    return subsetSum(firstCounts(body, f), lo, hi, search);
  }
  if (f.sentence === leadSentence) {
    // the lead sums up what the body tells one by one: "… và tôn vinh 20 hợp tác xã tiêu biểu."
    // then "trao Bằng khen … cho 6 HTX", "… trong đó 14 HTX" (parts in later sentences only)
    // (its count rounded too: "hơn 1.400 quân nhân được công nhận các danh hiệu thi đua" over 190
    // and 1.240 told after)
    const [leadLo, leadHi] = roundedRange(text, f) ?? [f.count, f.count];
    const later: number[] = [];
    for (let k = firstAfter(body, f.pos); k < body.length && later.length < MAX_PARTS; k++) if (body[k]!.sentence > f.sentence) later.push(body[k]!.count);
    const parts = subsetSum(later, leadLo, leadHi, search);
    if (parts) return parts;
  }
  // (or the sentence right after opens the list of its parts: "… khen thưởng. Danh sách cụ thể:")
  // (or it is told alone, what the ones counted are before the verb: "Dịp này, 17 người có uy tín
  // được khen thưởng." then "… cho 02 cá nhân …", "… cho 04 người …", "… cho mười một người …")
  // (or the sentence right after opens with "Cụ thể:" and tells them: "… 85 lượt tập thể, cá nhân
  // được khen thưởng, trong đó 30 tập thể, còn lại là cá nhân. Cụ thể: Trung ương Hội tặng …")
  const next = texts.get(f.sentence + 1) ?? '';
  if (!TOTAL_MARK.test(after) && !TOTAL_ALONE_DESCRIBED.test(after) && !(!text.slice(f.localEnd).includes(';') && (LIST_OPENS.test(next) || PARTS_FOLLOW.test(next)))) return null;
  // the parts come after the total, within six sentences (a table flattened one cell per line,
  // or a list of one recipient an item, takes more lines: within forty): body facts are sorted by position
  const same: number[] = [];
  for (let k = firstAfter(body, f.pos); k < body.length && same.length < MAX_PARTS; k++) {
    if (body[k]!.sentence - f.sentence > (body[k]!.rule === 'award.table-row' || body[k]!.rule === 'award.named-listed' ? 40 : 6)) break;
    same.push(body[k]!.count);
  }
  for (const o of typed.headline.get(f.recipient_type) ?? []) if (o.pos > f.pos && o.sentence - f.sentence <= 6 && same.length < MAX_PARTS) same.push(o.count);
  return subsetSum(same, f.count, f.count, search);
}

// what between two counts makes the second no item of the first one's list: a clause's end, a
// colon, the words of a sum or of a breakdown, another verb of honour or an honour named ("4 cá
// nhân nhận Kỷ niệm chương, 40 tập thể, cá nhân điển hình")
const LIST_BREAK = /[;:(]|(?<![\p{L}])(?:tổng|gồm|trong đó|trong số|riêng|tặng|trao|khen|tuyên dương|biểu dương|công nhận|vinh danh|nhận|được|đạt|kỷ niệm chương|huân chương|huy chương|cờ|danh hiệu)(?![\p{L}])/iu;

/** Whether a body count follows a typed count of its own sentence on one list: ", " or "và" and no break. */
function onListOfClause(f: Fact, typed: Typed, text: string): boolean {
  // (the few typed counts right before it in its sentence: a sentence of many counts must not make
  // each look through all of them)
  const list = typed.bySentence.get(f.sentence) ?? [];
  let k = firstAfter(list, f.pos) - 1;
  for (let seen = 0; k >= 0 && seen < LIST_LOOK_BACK; k--, seen++) {
    const o = list[k]!;
    if (o.headline || o.pos >= f.pos) continue;
    const between = text.slice(o.localEnd, f.localEnd);
    if (between.length <= 100 && /(?:,|\svà)\s/u.test(between) && !LIST_BREAK.test(between)) return true;
  }
  return false;
}
const LIST_LOOK_BACK = 6;

/**
 * The parts told before a count that says it sums them ("Tổng cộng có 97 tập thể, cá nhân"):
 * counts of its kind (of both kinds for a combined one) in the sentences before, at any level
 * and with any honour, or null.
 */
function summedBefore(f: Fact, typed: Typed, texts: Map<number, string>, search: { budget: number }): number[] | null {
  if (f.headline || !SUM_BEFORE.test((texts.get(f.sentence) ?? '').slice(Math.max(0, f.localEnd - 60), f.localEnd))) return null;
  const before = (o: Fact): boolean => o !== f && !o.headline && o.pos < f.pos && o.sentence >= f.sentence - SUM_REACH;
  const pool = f.recipient_type === 'tập thể, cá nhân' || f.recipient_type === null ? [...typed.all, ...typed.combined].filter(before).sort((a, b) => a.pos - b.pos) : (typed.body.get(f.recipient_type) ?? []).filter(before);
  return subsetSum(pool.slice(-MAX_PARTS).map((o) => o.count), f.count, f.count, search);
}

// a count told rounded: "hơn 1.100 tập thể" (more), "gần 300 cá nhân" (fewer), "khoảng 50 hộ"
// (the words a sentence's rounded counts are read with, and two more a headline uses)
const ROUNDED_BEFORE = new RegExp(`(?<![\\p{L}])(?<word>${[...ROUNDING_WORDS, 'chừng', 'xấp xỉ'].join('|')})\\s(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s[^\\d]*$`, 'u');

/** The range of exact counts a rounded count may stand for (within a fifth), or null. */
function roundedRange(text: string, f: Fact): [number, number] | null {
  const m = ROUNDED_BEFORE.exec(text.slice(Math.max(0, f.localEnd - 60), f.localEnd));
  if (!m) return null;
  const w = m.groups!.word!;
  if (w === 'hơn' || w === 'trên') return [f.count + 1, Math.ceil(f.count * 1.2)];
  if (w === 'gần') return [Math.floor(f.count * 0.8), f.count - 1];
  return [Math.floor(f.count * 0.8), Math.ceil(f.count * 1.2)];
}

/** The counts of the first facts of a list, the fact itself left out. */
function firstCounts(list: Fact[], f: Fact): number[] {
  return firstFacts(list, f).map((o) => o.count);
}

/** The first facts of a list, the fact itself left out. */
function firstFacts(list: Fact[], f: Fact): Fact[] {
  const out: Fact[] = [];
  for (const o of list) {
    if (out.length >= MAX_PARTS) break;
    if (o !== f) out.push(o);
  }
  return out;
}

// households named among the kinds of a total, after its number: "23 tập thể, cá nhân và hộ gia đình"
const HOUSEHOLDS_IN_TOTAL = /\d[^\d]*(?:hộ|gia đình)/u;

function bothTypes(parts: Fact[]): boolean {
  // (households with collectives only are no "tập thể, cá nhân": "3 tập thể" and "9 hộ gia đình")
  return parts.some((p) => p.recipient_type === 'tập thể' || p.recipient_type === 'tập thể, cá nhân') && parts.some((p) => p.recipient_type === 'cá nhân' || p.recipient_type === 'tập thể, cá nhân' || p.recipient_type === null);
}

/** The index of the first fact after `pos` in a list sorted by position. */
function firstAfter(list: Fact[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.pos > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Two or more of `values` whose sum is from `lo` to `hi` (and that `accept` takes, given their
 * indices), or null; `search.budget` bounds the steps.
 */
function subsetSum(values: number[], lo: number, hi: number, search: { budget: number }, accept?: (picked: number[]) => boolean): number[] | null {
  const vals = values.slice(0, MAX_PARTS);
  const pick: number[] = [];
  const go = (i: number, sum: number): boolean => {
    if (sum >= lo && sum <= hi && pick.length >= 2 && (!accept || accept(pick))) return true;
    if (i >= vals.length || sum >= hi || --search.budget < 0) return false;
    pick.push(i);
    if (go(i + 1, sum + vals[i]!)) return true;
    pick.pop();
    return go(i + 1, sum);
  };
  return go(0, 0) ? pick.map((k) => vals[k]!) : null;
}
