// Person mentions in one sentence: a name with the titles written next to it, in either
// order ("Lê Thị Hoa, Bí thư Quận ủy" and "Bí thư Quận ủy Lê Thị Hoa").
import { HONORIFICS, LAY_MASTERS } from '../../lexicon/honorifics.js';
import { longestPhrase, phraseSet, tokenize, type Token } from '../../text/tokens.js';
import { ALSO_WORDS, isAt, isDegree, headAt, rankAt, readTitleChain, type TitleSpan } from './titles.js';
import { GENDER_MIDDLES, HEAD_OF_PLACE, isSurname, nameFrom, nameAtEnd, transliteratedFrom } from './names.js';
import { PEOPLES } from '../../lexicon/places.js';

// honorifics of up to four words: "ông", "đồng chí", "Thượng tọa", "Hòa thượng Thích"…
const HONORIFIC_SET = phraseSet(HONORIFICS);
// a religious rank after a common form of address: "ông Haji Musa Kha Ly", "ông Hakim Sa Ly"
const RANK_AFTER_ADDRESS = phraseSet(['haji', 'hakim', 'imam', 'achar', 'giáo hữu', 'lễ sanh', 'phối sư']);
const DASHES = new Set(['-', '–', '—']);
// lowercase words that a place's name follows inside a title: "… Đảng ủy xã Yên Minh Đông"
const PLACE_WORDS = new Set(['xã', 'phường', 'huyện', 'quận', 'tỉnh', 'trấn', 'ấp', 'thôn', 'bản', 'làng']);
// Words before a title that is another person's: "của Chủ tịch UBND tỉnh", "thay mặt Bí thư …",
// "Thừa lệnh Chủ tịch nước, …"
// between "người" and "là" before a position: "người đồng thời là", "người hiện là"
const ACTING_FOR = new Set(['của', 'mặt', 'quyền', 'lệnh', 'theo', 'với', 'gặp', 'thăm', 'lên']);

export interface Mention {
  /** offsets inside the sentence */
  name: { start: number; end: number };
  titles: Array<{ start: number; end: number }>;
  rule: string;
  /** titles written after a second name addressed alike ("ông A và ông B, Phó Chủ tịch …"): the
   * person's only when the article gives them none of their own (see pairedTitles) */
  paired?: Array<{ start: number; end: number }>;
}

// Baptismal names Catholic clergy and faithful write before their names
const SAINT_NAMES = new Set(['giuse', 'phêrô', 'phaolô', 'gioan', 'maria', 'antôn', 'đaminh', 'phanxicô', 'giacôbê', 'anrê', 'tôma', 'matthêô', 'luca', 'máccô', 'têrêsa', 'anna', 'martinô', 'micae', 'gioakim', 'augustinô', 'vincentê', 'stêphanô', 'gierônimô', 'lucia', 'cecilia', 'agata', 'rosa', 'catarina', 'inhaxiô']);

// the levels of schools, written lowercase after "Trường"
const SCHOOL_LEVELS = new Set(['tiểu học', 'trung học', 'mầm non', 'mẫu giáo', 'phổ thông']);

export function findMentions(sentence: string): Mention[] {
  const tokens = tokenize(sentence);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // official.honorific-name: "ông Hà Văn Sinh, Chủ tịch UBND xã", "các đồng chí: Lê Thị Hoa, …"
    const h = honorificAt(tokens, i);
    // "các đồng chí Phó Bí thư Đảng ủy phường A, B": a title after the honorific is read as one
    // ("Phó" is a family name too), and the list after it shares it
    if (h > 0 && tokens[i + h]?.text !== ':' && headAt(tokens, i + h) > 1) {
      i += h;
      continue;
    }
    if (h > 0) {
      let j = i + h;
      if (tokens[j]?.text === ':') j++;
      // (a rank or title first after the colon is read with its name: "các đồng chí: Đại tá A –
      // Phó Chủ tịch Hội CCB tỉnh; B – …")
      // (or another form of address: "cho 4 mẹ: Mẹ A (xã B), Mẹ C …")
      if (j > i + h && (rankAt(tokens, j) > 0 || honorificAt(tokens, j) > 0)) {
        i = j;
        continue;
      }
      // a baptismal name before the name is part of it, no honorific: "Linh mục Giuse Trần Văn Lộc"
      const saint = SAINT_NAMES.has(tokens[j]?.lower ?? '') && isSurname(tokens[j + 1]?.text ?? '') ? 1 : 0;
      const end = nameFrom(tokens, j + saint, true);
      if (end > j + saint) {
        const after = titlesAfter(tokens, end);
        // "các đồng chí A, B - Phó Bí thư Quận ủy": the title after the list is each one's
        const list = after.titles.length === 0 && /(?:^|\s)(?:các|những)\s/u.test(`${tokens.slice(i, i + h).map((t) => t.lower).join(' ')} `) ? namesSharingTitle(tokens, end) : null;
        if (list) {
          for (const [s, e] of [[j, end] as [number, number], ...list.names]) out.push(mention(tokens, s, e, list.titles, 'official.shared-title'));
          i = list.end;
          continue;
        }
        // "ông A và ông B, Phó Chủ tịch Hội CCB tỉnh": the title after the second of two addressed
        // alike is the first's too (see pairedTitles)
        const paired = after.titles.length === 0 ? pairedTitles(tokens, end, tokens.slice(i, i + h).map((t) => t.lower).join(' ')) : [];
        out.push(withPaired(mention(tokens, j, end, after.titles, after.titles.length ? 'official.honorific-name-title' : 'official.honorific-name'), tokens, paired));
        i = Math.max(after.end, end);
        continue;
      }
    }
    // official.title-name: "Phó Bí thư Thành ủy Cần Thơ Trần Quốc Bảo", "các Phó Bí thư: A, B"
    // — but not a title someone acts for: "Thừa ủy quyền của Chủ tịch UBND tỉnh, Đại tá …"
    // (a rank is always its bearer's own: "báo cáo của Thiếu tá Lý Văn Hưng")
    // (unless the title's holder is named right after it: "báo cáo của Chủ tịch Hội CCB huyện Hà Văn A")
    // (nor the title inside a presidium's name: "Thừa ủy quyền của Đoàn Chủ tịch Trung ương Hội
    // LHPN Việt Nam, bà A trao …")
    const presidium = tokens[i - 1]?.text === 'Đoàn' && ACTING_FOR.has(tokens[i - 2]?.lower ?? '');
    const actingFor = (ACTING_FOR.has(tokens[i - 1]?.lower ?? '') || presidium) && rankAt(tokens, i) === 0;
    // (nor a title head inside a command's name: "Thừa ủy quyền của Bộ Tư lệnh BĐBP, Đại tá A …")
    const command = tokens[i - 1]?.text === 'Bộ';
    if (!command && headAt(tokens, i) > 0) {
      const chain = readTitleChain(tokens, i);
      if (chain && (!actingFor || (chain.name && chain.titles.length === 1) || (!chain.name && holderInApposition(tokens, i, chain.end)))) {
        if (chain.name) {
          // "Đại tá Lê Quang Vinh, Phó Giám đốc Công an tỉnh": titles on both sides of the name
          // (a rank is its bearer's own: the list after shares the position only)
          const positions = chain.titles.filter((t) => rankAt(tokens, t.start) !== t.end - t.start);
          const after = titlesAfter(tokens, chain.name.end, true, positions.length > 0);
          // ("Trung tá A và Trung tá B, Phó Trưởng Công an huyện": a rank alone, then the same
          // rank's second name and the position they share)
          const rankOnly = positions.length === 0 && after.titles.length === 0 && chain.titles.length === 1;
          const paired = rankOnly ? pairedTitles(tokens, chain.name.end, tokens.slice(chain.titles[0]!.start, chain.titles[0]!.end).map((t) => t.lower).join(' ')) : [];
          out.push(withPaired(mention(tokens, chain.name.start, chain.name.end, [...chain.titles, ...after.titles], 'official.title-name'), tokens, paired));
          i = Math.max(chain.end, after.end);
          if (positions.length > 0) i = sharedTitle(tokens, i, positions, out);
          continue;
        }
        // "… Bí thư Đảng ủy phường Hòa Lợi - ông Đặng Văn Kha", "Chủ tịch UBND huyện, ông …",
        // and the holder after "là", addressed: "Trưởng ban Giám khảo là Nghệ nhân Ưu tú A"
        let j = chain.end;
        if (tokens[j] && (DASHES.has(tokens[j]!.text) || tokens[j]!.text === ',' || tokens[j]!.text === ':')) j++;
        if (tokens[j]?.lower === 'là' && honorificAt(tokens, j + 1) > 0) j++;
        const hh = honorificAt(tokens, j);
        const nameStart = j + hh;
        const end = nameFrom(tokens, nameStart, hh > 0);
        if (end > nameStart && (hh > 0 || tokens[chain.end]?.text !== ',')) {
          const after = titlesAfter(tokens, end, true);
          out.push(mention(tokens, nameStart, end, [...chain.titles, ...after.titles], 'official.title-dash-name'));
          i = Math.max(end, after.end);
          // "các Phó Bí thư Quận ủy: A, B và C"
          if (tokens[chain.end]?.text === ':' || pluralBefore(tokens, chain.titles[0]!.start)) i = sharedTitle(tokens, i, chain.titles, out, true);
          continue;
        }
        if (tokens[chain.end]?.text === ':') {
          // "các Phó Bí thư Tỉnh ủy: A, B và C"
          i = sharedTitle(tokens, chain.end, chain.titles, out, true);
          if (i > chain.end) continue;
        }
        i = Math.max(chain.end, i + 1);
        continue;
      }
    }
    // official.name-title: "Đặng Văn Kha, Phó Bí thư Quận ủy, Chủ tịch UBND Quận 3"
    // (in a list of "Name, Title; Name, Title", a name whose family name is not in the lexicon:
    // "…, Bí thư Huyện ủy; Alăng Bhơi, Phó Bí thư Thường trực Huyện ủy; …")
    const listed = tokens[i - 1]?.text === ';' && endOf(out[out.length - 1]) === tokens[i - 1]!.start;
    const loose = listed ? nameFrom(tokens, i, true) : 0;
    const listedAfter = loose - i >= 2 ? titlesAfter(tokens, loose) : null;
    if (listedAfter && listedAfter.titles.length > 0) {
      out.push(mention(tokens, i, loose, listedAfter.titles, 'official.listed-name-title'));
      i = listedAfter.end;
      continue;
    }
    // (or a name transliterated from Lao, its syllables hyphened: "Khăm-xỉ Vông-phết")
    const end = nameFrom(tokens, i, false) || transliteratedFrom(tokens, i);
    // (a name starts after a lowercase word, or a degree: "BS.CKII Tạ Thị Ngọc Bích, Phó Giám đốc …")
    if (end > i && (i === 0 || !tokens[i - 1]!.cap || isDegree(tokens[i - 1]!.text))) {
      const after = titlesAfter(tokens, end);
      if (after.titles.length) {
        out.push(mention(tokens, i, end, after.titles, 'official.name-title'));
        i = after.end;
        continue;
      }
      // (right after "đạo" a faith is named, not a person: "chức việc đạo Cao Đài"; right after a
      // place word, the place: "Ông Kăn Tưn, bản A Ró Lơi" — unless a middle name only people have
      // follows, or the place word is a post: "trưởng bản Lầu A Giống", "già làng Y Khe"; right
      // after "dân tộc", a people: "hộ ông Lầu A Giống (dân tộc Hà Nhì)"; right after "tại", a
      // place: "đang sinh sống tại Pa Lìn")
      const people = (tokens[i - 1]?.lower === 'tộc' && tokens[i - 2]?.lower === 'dân') || tokens[i - 1]?.lower === 'tại';
      const placeNamed = PLACE_WORDS.has(tokens[i - 1]?.text ?? '') && !GENDER_MIDDLES.has(tokens[i + 1]?.text ?? '') && !HEAD_OF_PLACE.has(tokens[i - 2]?.lower ?? '');
      // (right after a school's level, the school's name, after a place or a person: "Trường Tiểu
      // học Kim Khe Vạc", "Trường Mầm non Lê Văn Tám")
      const school = SCHOOL_LEVELS.has(`${tokens[i - 2]?.lower ?? ''} ${tokens[i - 1]?.lower ?? ''}`);
      // (nor a people whose name looks like a person's: "17 hộ Hà Nhì", "chức sắc Chăm Bà-la-môn")
      const ethnic = PEOPLES.has(sentence.slice(tokens[i]!.start, tokens[end - 1]!.end));
      if (tokens[i - 1]?.lower !== 'đạo' && !placeNamed && !people && !school && !ethnic) out.push(mention(tokens, i, end, [], 'official.bare-name'));
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

// the words before "của" that make the title after it one someone acts for: "Thừa ủy quyền của",
// "Thừa ủy nhiệm của", "Thay mặt", "Thừa lệnh"
const ACTS_FOR = new Set(['quyền', 'nhiệm', 'mặt', 'lệnh']);

/**
 * Whether the title ending at `end`, after "của"/"theo"/"với" at `at - 1`, is held by the person
 * addressed between commas right after it: "Báo cáo của Chủ tịch Hội Nông dân tỉnh, ông A, cho
 * biết …", "Theo Trưởng Công an xã, ông B, …" — not when the title is one acted for ("Thừa ủy quyền
 * của Chủ tịch UBND tỉnh, ông C trao …"), nor when the person's own title follows ("…, ông C, Phó
 * Chủ tịch UBND tỉnh trao").
 */
function holderInApposition(tokens: Token[], at: number, end: number): boolean {
  if (tokens[end]?.text !== ',' || ACTS_FOR.has(tokens[at - 2]?.lower ?? '') || !['của', 'theo', 'với'].includes(tokens[at - 1]?.lower ?? '')) return false;
  const h = honorificAt(tokens, end + 1);
  if (h === 0) return false;
  const nameEnd = nameFrom(tokens, end + 1 + h, true);
  return nameEnd > end + 1 + h && tokens[nameEnd]?.text === ',' && headAt(tokens, nameEnd + 1) === 0;
}

/** Titles written after a name: ", Title, Title", " - Title", " (Title)", skipping a photo note. */
function titlesAfter(tokens: Token[], j: number, titledBefore = false, positionBefore = false): { titles: TitleSpan[]; end: number } {
  let k = j;
  // a parenthesis about a photo is not a title: "(thứ hai từ phải qua)"
  if (tokens[k]?.text === '(' && headAt(tokens, k + 1) === 0) {
    let close = k + 1;
    while (close < tokens.length && tokens[close]!.text !== ')' && close - k < 12) close++;
    if (tokens[close]?.text === ')') k = close + 1;
  }
  // who the person is before the position: ", người Dao, Trưởng thôn …", ", người dân tộc Mông, …"
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'người') {
    let c = k + 2;
    if (tokens[c]?.lower === 'dân' && tokens[c + 1]?.lower === 'tộc') c += 2;
    if (tokens[c]?.cap) {
      while (c < tokens.length && c - k < 7 && tokens[c]!.cap) c++;
      if (tokens[c]?.text === ',' && headAt(tokens, c + 1, true) > 0) k = c;
    }
  }
  // the person's age before the position: ", 86 tuổi, Chi hội trưởng …", ", năm nay 71 tuổi, …"
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    if (tokens[c]?.lower === 'năm' && tokens[c + 1]?.lower === 'nay') c += 2;
    if (tokens[c]?.kind === 'num' && tokens[c + 1]?.lower === 'tuổi' && tokens[c + 2]?.text === ',' && headAt(tokens, c + 3, true) > 0) k = c + 2;
  }
  // ", người (đồng thời / hiện / cũng) là Chủ nhiệm …": the position told as what the person is
  let told = false;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'người') {
    let c = k + 2;
    while (c - k < 5 && ALSO_WORDS.has(tokens[c]?.lower ?? '')) c++;
    if (tokens[c]?.lower === 'là' && headAt(tokens, c + 1) > 0) { k = c; told = true; }
  }
  // the position told as what the person is, right after the name: "ông A là Chi hội trưởng
  // Chi hội Khuyến học thôn 3", "bà B hiện là Trưởng ban Dân vận …"
  if (!told) {
    const c = isAt(tokens, k);
    if (c > 0 && headAt(tokens, c) > 0) { k = c - 1; told = true; }
  }
  // the position someone is elected or appointed to, told in the passive: "ông A được bầu làm
  // Chủ tịch Hội …", "bà B được bổ nhiệm giữ chức Phó Giám đốc …"
  if (!told) {
    const c = electedAt(tokens, k);
    if (c > 0 && headAt(tokens, c + 1) > 0) { k = c; told = true; }
  }
  // the position someone is elected or appointed to: "bầu ông A làm Chủ tịch Hội …", "bổ
  // nhiệm bà B giữ chức Phó Giám đốc …"
  if (!told && electedBefore(tokens, j)) {
    const c = tokens[k]?.lower === 'làm' ? k : tokens[k]?.lower === 'giữ' && tokens[k + 1]?.lower === 'chức' ? k + 1 : -1;
    if (c >= 0 && headAt(tokens, c + 1) > 0) { k = c; told = true; }
  }
  const sep = tokens[k];
  // (or the next cell of a table written with pipes: "1 | Lý Thị Kim Sa | Trưởng ấp Bình An")
  if (!sep || !(sep.text === ',' || told || DASHES.has(sep.text) || sep.text === '(' || sep.text === ':' || sep.text === '|')) return { titles: [], end: j };
  // after a name, a name inside the title must look like one (not "Huyện ủy Lục Ngạn") — a
  // little less so after a name with a position before it, in a run of "Title Name, Title Name"
  // where each title has its own holder: "… tỉnh Hồ Văn A, Bí thư Huyện ủy B Siu C, Trưởng ban
  // Dân vận Huyện ủy Lê Thị D" (not after a rank alone: "Thượng tá A, Đồn trưởng Đồn Biên phòng Mã B")
  const lowercase = sep.text === ',' || DASHES.has(sep.text) || sep.text === '|';
  // (a lay elder's office before a name is his form of address, the next person of a list: "…,
  // Đại đức A, Achar Lâm Sô B (chùa C)" — unlike the office before the pagoda: "ông D, Achar chùa E")
  if (ADDRESS_HEADS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.cap && !tokens[k + 2]!.allCaps && !WORSHIP_WORDS.has(tokens[k + 2]!.lower)) return { titles: [], end: j };
  let chain = readTitleChain(tokens, k + 1, positionBefore ? 3 : 4, lowercase);
  if (!chain) return { titles: [], end: j };
  // the person is named already, with no title before: a "name" right after a place word is the
  // place's ("ông A, Bí thư Đảng ủy xã Yên Minh Đông nói", where "Yên" is also a family name) —
  // but not one with a middle name only people have, and not in a list of "Title Name, Title
  // Name" ("… Huyện ủy Mường Lư Sùng A Chứ, Phó Chủ tịch UBND huyện Giàng Thị Dợ")
  if (!titledBefore && chain.name && PLACE_WORDS.has(tokens[chain.name.start - 1]?.text ?? '') && !GENDER_MIDDLES.has(tokens[chain.name.start + 1]?.text ?? '')) {
    chain = readTitleChain(tokens, k + 1, Infinity, lowercase) ?? chain;
  }
  // the chain ran into a name: those titles are that person's ("Giang Thành, Thiếu tá Danh Phol, …")
  if (chain.name) return { titles: [], end: j };
  let end = chain.end;
  if (sep.text === '(' && tokens[end]?.text === ')') end++;
  // the position the person is then elected to, after the one held: "ông A, Phó Trưởng phòng
  // Giáo dục huyện, được tín nhiệm bầu làm Chủ tịch Hội Khuyến học huyện B"
  const elected = tokens[end]?.text === ',' ? electedAt(tokens, end + 1) : 0;
  if (elected > 0 && headAt(tokens, elected + 1) > 0) {
    const next = readTitleChain(tokens, elected + 1, 4, true);
    if (next && !next.name) return { titles: [...chain.titles, ...next.titles], end: next.end };
  }
  return { titles: chain.titles, end };
}

// offices of a faith that are also forms of address before a name, and what a place of worship opens with
const ADDRESS_HEADS = new Set([...LAY_MASTERS, 'hakim', 'imam']);
const WORSHIP_WORDS = new Set(['chùa', 'thánh', 'nhà', 'tịnh', 'niệm', 'giáo']);

// verbs that give a position to the one named after them: "bầu", "bầu lại", "bổ nhiệm", "cử"
const ELECTING = new Set(['bầu', 'nhiệm', 'cử']);

/** Whether a verb of election comes within the few words before the name that ends at `j`. */
function electedBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 9; k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (ELECTING.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * "được (tín nhiệm) bầu (lại) làm", "được bổ nhiệm giữ chức", "được cử làm" at k: the index of
 * "làm" or "chức", right before the position; else 0.
 */
function electedAt(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'được') return 0;
  let c = k + 1;
  if (tokens[c]?.lower === 'tín' && tokens[c + 1]?.lower === 'nhiệm') c += 2;
  if (tokens[c]?.lower === 'bổ' && tokens[c + 1]?.lower === 'nhiệm') c += 2;
  else if (tokens[c]?.lower === 'bầu' || tokens[c]?.lower === 'cử') c++;
  else return 0;
  if (tokens[c]?.lower === 'lại') c++;
  if (tokens[c]?.lower === 'làm') return c;
  return tokens[c]?.lower === 'giữ' && tokens[c + 1]?.lower === 'chức' ? c + 1 : 0;
}

/**
 * A sentence that opens with a bare form of address and tells a position: "Bà hiện là Ủy viên
 * Ban Thường vụ Huyện ủy, Trưởng ban Dân vận Huyện ủy." — the titles, which belong to the person
 * the sentence before named last; else none.
 */
export function pronounTitles(sentence: string): Array<{ start: number; end: number }> {
  if (!PRONOUN_IS.test(sentence)) return [];
  const tokens = tokenize(sentence);
  const c = isAt(tokens, 1);
  if (c === 0 || headAt(tokens, c) === 0) return [];
  const chain = readTitleChain(tokens, c);
  return chain && !chain.name ? spansOf(tokens, chain.titles) : [];
}
// a form of address that stands for the person named just before, then what the person is:
// "Bà hiện là …", "Anh là …", "Ông đồng thời là …" (ALSO_WORDS before "là")
const PRONOUN_IS = /^(?:Ông|Bà|Anh|Chị)\s(?:(?:hiện|nay|đồng|thời|cũng)\s){0,3}là\s/u;

/**
 * After the first name of "các đồng chí A, B và C - Title": the other names and the title they
 * share, or null when the list ends without one.
 */
function namesSharingTitle(tokens: Token[], j: number): { names: Array<[number, number]>; titles: TitleSpan[]; end: number } | null {
  const names: Array<[number, number]> = [];
  let k = j;
  while (tokens[k]?.text === ',' || tokens[k]?.lower === 'và') {
    const end = nameFrom(tokens, k + 1, true);
    if (end <= k + 1) return null;
    names.push([k + 1, end]);
    const after = titlesAfter(tokens, end);
    if (after.titles.length) return { names, titles: after.titles, end: after.end };
    k = end;
  }
  return null;
}

/** After "các Phó Bí thư …: A" or "Title A", further names ", B và C" share the title. */
function sharedTitle(tokens: Token[], j: number, titles: TitleSpan[], out: Mention[], force = false): number {
  let k = j;
  const shared = force || pluralBefore(tokens, titles[0]!.start) || pluralHonorificBefore(tokens, titles[0]!.start);
  if (!shared) return j;
  for (;;) {
    const sep = tokens[k];
    if (!sep || !(sep.text === ',' || sep.text === ':' || sep.lower === 'và')) return k;
    // each name of the list may have its own rank: "các Phó Chỉ huy trưởng: Thượng tá A, Thượng tá B"
    const rank = rankAt(tokens, k + 1);
    const start = k + 1 + rank;
    const end = nameFrom(tokens, start, rank > 0);
    if (end <= start) return k;
    // a name with its own titles is another person's entry — but a rank and a name after the
    // comma are the next of the list
    if (tokens[end]?.text === ',' && headAt(tokens, end + 1) > 0 && !rankThenName(tokens, end + 1)) return k;
    // a position of its own in parentheses: "… và Trần Văn Hùng (Chủ tịch UBND huyện)"
    const own = tokens[end]?.text === '(' ? titlesAfter(tokens, end) : { titles: [], end };
    out.push(mention(tokens, start, end, [...(rank > 0 ? [{ start: k + 1, end: start }] : []), ...titles, ...own.titles], 'official.shared-title'));
    k = own.end;
  }
}

/**
 * The titles after "và", the same form of address or rank (`address`, lowercase), a second name
 * and a comma, when the name before "và" (ending at `end`) has none of its own: "ông A và ông B, Phó
 * Chủ tịch Hội CCB tỉnh", "Trung tá A và Trung tá B, Phó Trưởng Công an huyện" — the two may share
 * the position, and do when the article gives the first no title of its own (extractOfficials):
 * "… cho Đại đức A và Đại đức B, trụ trì chùa C" is B's where A is "Trưởng ban Trị sự …" elsewhere.
 * Two addressed differently are two persons with their own: "bà A và ông B, Trưởng khu phố …".
 */
function pairedTitles(tokens: Token[], end: number, address: string): TitleSpan[] {
  if (tokens[end]?.lower !== 'và') return [];
  const words = address.split(' ');
  if (!words.every((w, k) => tokens[end + 1 + k]?.lower === w)) return [];
  const start = end + 1 + words.length;
  const second = nameFrom(tokens, start, true);
  if (second <= start || tokens[second]?.text !== ',') return [];
  return titlesAfter(tokens, second).titles;
}

/** Where a mention ends in its sentence: its last title's end, or its name's. */
function endOf(m: Mention | undefined): number {
  if (!m) return -1;
  return Math.max(m.name.end, ...m.titles.map((t) => t.end));
}

function rankThenName(tokens: Token[], i: number): boolean {
  const rank = rankAt(tokens, i);
  return rank > 0 && nameFrom(tokens, i + rank, true) > i + rank;
}

/** "các đồng chí", "các ông" right before i: the title after it is shared by a list. */
function pluralHonorificBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (tokens[k]!.lower === 'các' || tokens[k]!.lower === 'những') return honorificAt(tokens, k) === i - k;
  }
  return false;
}

// Words that make the title after them a plural one, shared by the names that follow: "các Phó
// Bí thư", "những Ủy viên", and a count of two or more: "hai Phó Chủ tịch UBND tỉnh A và B", "3 Phó
// Giám đốc …"
const PLURAL_WORDS = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);

/** Whether the word right before i makes the title at i a plural one (PLURAL_WORDS, 2–19). */
function pluralBefore(tokens: Token[], i: number): boolean {
  const w = tokens[i - 1]?.lower ?? '';
  return PLURAL_WORDS.has(w) || /^(?:[2-9]|1\d)$/u.test(w);
}

function honorificAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return 0;
  const h = longestPhrase(tokens, i, HONORIFIC_SET);
  return h > 0 ? h + longestPhrase(tokens, i + h, RANK_AFTER_ADDRESS) : 0;
}

function withPaired(m: Mention, tokens: Token[], paired: TitleSpan[]): Mention {
  return paired.length > 0 ? { ...m, paired: spansOf(tokens, paired) } : m;
}

function mention(tokens: Token[], s: number, e: number, titles: TitleSpan[], rule: string): Mention {
  return { name: { start: tokens[s]!.start, end: tokens[e - 1]!.end }, titles: spansOf(tokens, titles), rule };
}

/** Titles as offsets in the sentence (token spans → character spans; empty ones dropped). */
function spansOf(tokens: Token[], titles: TitleSpan[]): Array<{ start: number; end: number }> {
  return titles.filter((t) => t.end > t.start).map((t) => ({ start: tokens[t.start]!.start, end: tokens[t.end - 1]!.end }));
}

export { nameAtEnd };
