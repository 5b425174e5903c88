// Title phrases: a head from the lexicon ("Phó Bí thư") and the body that names the
// organisation ("Thường trực Quận ủy Quận 1"), possibly ending in a person's name.
import { commaPhraseEnd } from '../../lexicon/comma-phrases.js';
import { ASSOCIATION_NAMES, BODY_PAIRS, COMMITTEE_REMITS, FIELD_NAMES, RANKS, TITLE_BODY_WORDS, TITLE_HEADS, TITLE_STOP_WORDS, UNIT_WORDS, VERB_PAIRS } from '../../lexicon/titles.js';
import { CLOSING_TIERS, PLACE_TYPE_WORDS } from '../../lexicon/places.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { opensForm } from '../../lexicon/awards.js';
import { CALLINGS } from '../../lexicon/recipients.js';
import { longestPhrase, phraseSet, type Token } from '../../text/tokens.js';
import { isNameWord, isSurname, nameAtEnd, nameFrom } from './names.js';

const HEADS = phraseSet(TITLE_HEADS);
const HONORIFIC_PHRASES = phraseSet(HONORIFICS);
const ASSOCIATIONS = phraseSet(ASSOCIATION_NAMES);
const REMITS = phraseSet(COMMITTEE_REMITS);
const FIELDS = phraseSet(FIELD_NAMES);
// Words that open a qualifier after a comma: ", phường Hòa Lợi", ", Đảng bộ Cục Thuế tỉnh"
const QUALIFIER_STARTS = new Set([...PLACE_TYPE_WORDS, 'tp.', 'khu vực', 'nông trường', 'lâm trường', 'đảng bộ', 'chi bộ', 'công ty', 'tổng công ty', 'trường', 'bệnh viện', 'cục', 'sở', 'hội', 'văn phòng', 'ban', 'khoa', 'đồn', 'tổng cục', 'trung tâm', 'ngân hàng', 'tp', 'học viện', 'viện', 'giáo xứ', 'giáo hội', 'chùa', 'làng', 'bộ', 'bộ chỉ huy', 'công an', 'quân khu', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'đại đội', 'hải đội', 'hải đoàn', 'đại học', 'nhà máy', 'xí nghiệp', 'hợp tác xã', 'chi hội', 'ủy ban', 'hđnd', 'ubnd', 'đảng ủy', 'thị xã', 'quận', 'huyện', 'tỉnh', 'liên minh', 'liên đoàn', 'hiệp hội', 'tập đoàn', 'trung ương', 'bhxh', 'bảo hiểm xã hội']);
const DASHES = new Set(['-', '–', '—']);
// Nouns of units whose names go on in lowercase: "Đội vận động quần chúng", "Ban chỉ đạo"
// (in either case, after a lowercase post too: "đội trưởng đội vận động quần chúng"; matched
// against one token, so only one-word nouns count)
const UNIT_NOUNS = new Set(['đội', 'ban', 'tổ', 'phòng', 'hội', 'đoàn', 'nhóm']);

// the last word of a head that names a board, an office or a hospital's department: "Trưởng
// ban", "Trưởng phòng", "Trưởng khoa" ("Trưởng khoa Hồi sức cấp cứu")
const UNIT_HEAD_ENDS = new Set(['ban', 'phòng', 'đội', 'khoa']);
// words of address before another person's name
const HONORIFIC_WORDS = new Set(['ông', 'bà', 'anh', 'chị', 'thầy', 'cô', 'đồng', 'đ/c', 'em', 'chú', 'bác']);
// Words of quantity: what follows "và" with one of them is the people present, not a unit's
// name going on ("… và đông đảo bà con", "… và nhiều hội viên")
const QUANTITY_WORDS = new Set(['đông', 'nhiều', 'toàn', 'các', 'những', 'hàng']);
// what a person is besides, after "và": "Quản nhiệm Chi hội Tin Lành A và đại diện Ban Trị sự …"
// (the person's other role, no part of the unit's name)
const AND_ROLE = new Set(['đại diện', 'thay mặt']);
// Degrees written before a name without a final dot: "ThS.BS", "TS.BS", "BSCKII", "PGS.TS", "BS.CKII",
// a pharmacist's "DSCKI", and a nurse's "ĐD", "ĐDCKI"
// (read piece by piece between the dots: one pattern of the pieces repeated would backtrack
// exponentially on "BSCKIIBSCKI…")
const DEGREE_PARTS = new Set(['PGS', 'GS', 'TS', 'ThS', 'Ths', 'BSCKII', 'BSCKI', 'BSCK', 'BSNT', 'BS', 'DSCKII', 'DSCKI', 'DSCK', 'DS', 'ĐDCKII', 'ĐDCKI', 'ĐDCK', 'KS', 'CKII', 'CKI', 'CK', 'ĐD']);

/** Whether a token is a degree written before a name: "ThS.BS", "BS.CKII", "BSCKII". */
export function isDegree(text: string): boolean {
  const parts = text.split('.').filter((p) => p !== '');
  return parts.length > 0 && parts.length <= 4 && parts.every((p) => DEGREE_PARTS.has(p));
}
// Departments of a workplace, named in lowercase after a body: "Công đoàn bộ phận may", and the
// workplace itself: "Chủ tịch Công đoàn cơ sở nhà máy", "… cơ sở công ty"
const DEPARTMENTS = new Set(['bộ phận', 'phân xưởng', 'nhà máy', 'công ty', 'xí nghiệp']);
// the departments named in lowercase right after a manager's head or after their own capitalized
// noun: "Quản đốc phân xưởng may mẫu", "Quản đốc Phân xưởng đóng gói"
const WORKSHOPS = new Set(['bộ phận', 'phân xưởng']);

export interface TitleSpan { start: number; end: number }
export interface TitleChain { titles: TitleSpan[]; end: number; name: { start: number; end: number } | null }

/** Length of a title head at i (capitalized first word, unless `lowercase`), or 0. */
export function headAt(tokens: Token[], i: number, lowercase = false): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return 0;
  // a former office, written in lowercase before any head: "…, nguyên Phó Chính ủy Bộ CHQS tỉnh"
  if (t.text === 'nguyên' && tokens[i + 1]?.cap) {
    const former = headAt(tokens, i + 1);
    if (former > 0) return 1 + former;
  }
  if (!t.cap && !lowercase) return 0;
  const h = longestPhrase(tokens, i, HEADS);
  // (a head that is also a common verb is one only capitalized: "…, Chứng minh Ban Trị sự", not
  // "…, chứng minh rằng …")
  if (h > 0 && !t.cap && VERB_HEADS.has(tokens.slice(i, i + h).map((x) => x.lower).join(' '))) return 0;
  // (a diplomat's head before "quán" names the mission, a body: "Bí thư thứ nhất |Đại sứ quán| Lào")
  if (h > 0 && tokens[i + h]?.lower === 'quán') return 0;
  return h;
}
// heads that are also verbs of the sentence
const VERB_HEADS = new Set(['chứng minh']);

/** Length of a military or police rank at i ("Thượng tá", "Đại úy"), or 0. */
export function rankAt(tokens: Token[], i: number): number {
  const h = headAt(tokens, i);
  return h > 0 && RANKS.has(tokens.slice(i, i + h).map((t) => t.lower).join(' ')) ? h : 0;
}

/**
 * The end of a run of two to four lowercase words from `k` that only a comma, a semicolon or
 * the end of the text closes (no verb in it), or k when there is none; the run may close with
 * the tier or the capitalized place of the body: "Liên hiệp các tổ chức hữu nghị tỉnh;", "… hữu
 * nghị Việt Nam;".
 */
function lowercaseToComma(tokens: Token[], k: number): number {
  let e = k;
  while (e < tokens.length && e - k < 4 && tokens[e]!.kind === 'word' && !tokens[e]!.cap && !TITLE_STOP_WORDS.has(tokens[e]!.lower)) e++;
  if (e - k < 2) return k;
  let close = e;
  const two = `${tokens[close]?.lower ?? ''} ${tokens[close + 1]?.lower ?? ''}`;
  close += CLOSING_TIERS.has(two) ? 2 : CLOSING_TIERS.has(tokens[close]?.lower ?? '') ? 1 : 0;
  while (close < tokens.length && close - e < 4 && tokens[close]!.kind === 'word' && tokens[close]!.cap) close++;
  const stop = tokens[close];
  if (close > e && (!stop || stop.text === ',' || stop.text === ';' || stop.text === '.')) return close;
  return !tokens[e] || tokens[e]!.text === ',' || tokens[e]!.text === ';' ? e : k;
}

/**
 * The end of a title body starting at i (exclusive). `headNamesBody`: the head before i holds a
 * body's name already ("Trưởng ban Dân vận"), which a dash may go on from.
 */
function bodyEnd(tokens: Token[], i: number, headNamesBody = false): number {
  let j = i;
  // a unit named in lowercase runs to the next punctuation: "tổ sản xuất số 2"
  // (a cooperative written short, when lowercase words follow it: "HTX dịch vụ thủy sản Vạn Lộc";
  // "HTX Rau sạch Đồng Tâm" is named in capitals)
  let unit = UNIT_WORDS.has(tokens[i]?.lower ?? '') || (tokens[i]?.text === 'HTX' && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.cap && !tokens[i + 1]!.allCaps) ? i : -1;
  // a board or office named by a capitalized word and lowercase ones, right after the head
  // that names it: "Trưởng ban An toàn giao thông tỉnh", "Phó Trưởng ban Chỉ đạo phòng chống
  // dịch" — the lowercase words go on until the next capitalized word or a verb
  const runFrom = lowerRunStart(tokens, i);
  let lowerRun = runFrom >= 0;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind === 'word') {
      if (t.cap || t.allCaps) {
        // a rank after the position is its own title: "Phó Chỉ huy trưởng Thượng tá Lý Văn Đực"
        if (rankAt(tokens, j) > 0) break;
        // a workshop or section named in lowercase after its capitalized noun: "Phân xưởng sấy"
        if (unit < 0 && WORKSHOPS.has(`${t.lower} ${tokens[j + 1]?.lower ?? ''}`)) unit = j;
        // ("Phòng chống", prevention, capitalized in a board's name keeps its lowercase run: "Trưởng
        // Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện")
        if (j > runFrom && !(lowerRun && t.text === 'Phòng' && tokens[j + 1]?.text === 'chống')) lowerRun = false;
        j++;
        continue;
      }
      // ("và" ends the lowercase run, unless a second field follows it to the end of the title:
      // "Cục Công tác đảng và công tác chính trị, Bộ Công an"; else the rule for "và" below
      // decides whether the body goes on)
      if (lowerRun && t.lower === 'và' && fieldToEnd(tokens, j + 1) && !personWithTitlesAt(tokens, j + 1)) { j++; continue; }
      if (lowerRun && t.lower !== 'và' && !TITLE_STOP_WORDS.has(t.lower) && !VERB_PAIRS.has(`${t.lower} ${tokens[j + 1]?.lower ?? ''}`)) { j++; continue; }
      // ("các" before the programmes a steering board is for: "Ban Chỉ đạo các chương trình mục
      // tiêu quốc gia huyện")
      if (lowerRun && t.lower === 'các' && tokens[j + 1]?.lower === 'chương' && tokens[j + 2]?.lower === 'trình') { j += 3; continue; }
      // ("các" before the capitalized units a board manages: "Phó Trưởng ban Quản lý các KCN tỉnh",
      // "Ban Quản lý các Khu công nghiệp" — not before another title: "… tỉnh các Phó Chủ tịch")
      if (lowerRun && t.lower === 'các' && tokens[j + 1]?.cap && headAt(tokens, j + 1) === 0) { j++; continue; }
      // a department inside a body runs on in lowercase too: "Công đoàn bộ phận may", "phân xưởng sấy"
      // (a workshop right after the head: "Quản đốc phân xưởng sấy")
      const pair = `${t.lower} ${tokens[j + 1]?.lower ?? ''}`;
      if (unit < 0 && (j > i ? DEPARTMENTS : WORKSHOPS).has(pair)) unit = j;
      // the term of office after a body: "Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020"
      const term = termAt(tokens, j);
      if (term > j) { j = term; continue; }
      // ("và" then a word of quantity is no part of a unit's name: "chi hội Tin Lành A và đông đảo bà
      // con"; nor "và" then another role: "… và đại diện Ban Trị sự …", see AND_ROLE)
      // (after a village's proper name, a lowercase word that names no body is the sentence's:
      // "Trưởng ban Công tác Mặt trận thôn Đoài Thượng ôn lại …")
      const afterName = unit >= 0 && PLACE_UNITS.has(tokens[unit]!.text) && j - 1 > unit && !!tokens[j - 1]?.cap && !TITLE_BODY_WORDS.has(t.lower);
      if (unit >= 0 && !afterName && j - unit < 12 && !(t.lower === 'và' && (QUANTITY_WORDS.has(tokens[j + 1]?.lower ?? '') || AND_ROLE.has(`${tokens[j + 1]?.lower ?? ''} ${tokens[j + 2]?.lower ?? ''}`))) && !VERB_PAIRS.has(`${t.lower} ${tokens[j + 1]?.lower ?? ''}`) && (!TITLE_STOP_WORDS.has(t.lower) || TITLE_BODY_WORDS.has(t.lower)) && !anotherPerson(tokens, j)) { j++; continue; }
      // where a central body's standing office sits: "Phó Trưởng Cơ quan Thường trực Ban Dân vận
      // Trung ương tại Đà Nẵng" (not where the official speaks: "… tại Lễ kỷ niệm")
      // (and where a branch or a representative office sits: "Chi nhánh Phòng Thương mại và Công
      // nghiệp Việt Nam tại Hải Phòng", "Văn phòng đại diện … tại Cần Thơ")
      // (and a body abroad, or an embassy, by the country it is in: "Tham tán Đại sứ quán Lào
      // tại Việt Nam", "Chủ tịch Hội người Việt Nam tại Lào tỉnh A")
      if (t.lower === 'tại' && j > i && (tokens.slice(i, j).some((x, k, a) => x.text === 'ương' || (x.lower === 'nhánh' && a[k - 1]?.lower === 'chi') || (x.lower === 'diện' && a[k - 1]?.lower === 'đại')) || COUNTRIES.has(`${tokens[j + 1]?.text ?? ''} ${tokens[j + 2]?.text ?? ''}`) || (COUNTRIES.has(tokens[j + 1]?.text ?? '') && !tokens[j + 2]?.cap)) && tokens[j + 1]?.cap && !EVENT_NOUNS.has(tokens[j + 1]!.text)) {
        let e = j + 1;
        while (e < tokens.length && tokens[e]!.kind === 'word' && (tokens[e]!.cap || tokens[e]!.allCaps)) e++;
        j = e;
        continue;
      }
      // (and a Vietnamese body abroad, by the country or city it is in: "Hội người Việt Nam tại Séc",
      // "Tổng Lãnh sự quán Việt Nam tại Osaka", "Câu lạc bộ Thanh niên Việt Nam tại thành phố Lyon")
      const abroad = t.lower === 'tại' && tokens[j - 1]?.text === 'Nam' && tokens[j - 2]?.text === 'Việt' ? placeAbroadEnd(tokens, j + 1) : j;
      if (abroad > j) { j = abroad; continue; }
      // the kinds of a zone after its "Khu": "Khu công nghiệp", "Khu chế xuất và công nghiệp TP HCM"
      const zone = tokens[j - 1]?.text === 'Khu' ? zoneKindsEnd(tokens, j) : j;
      if (zone > j) { j = zone; continue; }
      // the zones a board or a union serves, in lowercase: "Ban Quản lý các khu kinh tế và khu công
      // nghiệp tỉnh", "Công đoàn các khu công nghiệp tỉnh", "Ban Quản lý khu kinh tế"
      const zones = tokens[j - 1]?.kind === 'word' ? zonesEnd(tokens, j) : j;
      if (zones > j) { j = zones; continue; }
      // "Đảng ủy Khối các cơ quan tỉnh", and "các" before a capitalized part: "Công đoàn các Khu
      // công nghiệp tỉnh"; and the party committee of the party's bodies (from 2025): "Đảng ủy các
      // cơ quan Đảng tỉnh"
      const partyBodies = (tokens[j - 1]?.lower === 'ủy' || tokens[j - 1]?.lower === 'uỷ') && tokens[j + 1]?.lower === 'cơ' && tokens[j + 2]?.lower === 'quan';
      if (t.lower === 'các' && (tokens[j - 1]?.text === 'Khối' || partyBodies || (tokens[j + 1]?.cap && !tokens[j + 1]!.allCaps && headAt(tokens, j + 1) === 0))) { j++; continue; }
      // a people a body serves, inside its name: "Ban liên lạc người Hoa thị trấn Long Phú"
      if (j > i && t.lower === 'người' && !!tokens[j + 1]?.cap && !tokens[j + 1]!.allCaps && headAt(tokens, j + 1) === 0 && nameFrom(tokens, j + 1, false) === 0) { j++; continue; }
      // the crimes a police department fights: "Phòng Cảnh sát điều tra tội phạm về ma túy", and
      // the order it keeps: "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
      if (t.lower === 'về' && (tokens[j - 1]?.lower === 'phạm' || (tokens[j - 1]?.lower === 'chính' && tokens[j - 2]?.lower === 'hành')) && tokens[j + 1]?.kind === 'word') { j++; continue; }
      // the bodies a department works with, in lowercase up to the comma: "Vụ Dân vận các cơ quan
      // nhà nước, Ban Dân vận Trung ương"
      if (t.lower === 'các' && j > i && tokens[j - 1]!.kind === 'word') {
        const to = lowercaseToComma(tokens, j + 1);
        if (to > j + 1) { j = to; continue; }
      }
      // the body a committee or a board belongs to, closing the title: "Ủy viên Hội đồng Dân tộc |của
      // Quốc hội|", "Trưởng ban Thanh niên |của hội|" (then a stop)
      const of = t.lower === 'của' && j > i ? longestPhrase(tokens, j + 1, OWNERS) : 0;
      if (of > 0 && (j + 1 + of >= tokens.length || tokens[j + 1 + of]!.kind === 'punct')) { j += 1 + of; continue; }
      // prepositions inside a unit's name: "Đội Cảnh sát quản lý hành chính về trật tự xã hội"
      if (unit >= 0 && j - unit < 14 && (t.lower === 'về' || t.lower === 'của') && tokens[j + 1]?.kind === 'word') { j++; continue; }
      if (t.lower === 'và') {
        // "Ban Tuyên giáo và Dân vận": joins two capitalized parts of one body
        const n = tokens[j + 1];
        // but not a degree before another person's name: "… tỉnh và TS. Nguyễn Đình Khoa"
        // (a degree written in mixed case is read apart from its stop: "ThS", ".", "Lò")
        const stop = isDegree(n?.text ?? '') && tokens[j + 2]?.text === '.' ? 1 : 0;
        const degreeThenName = !!n && (n.text.endsWith('.') || isDegree(n.text)) && isSurname(tokens[j + 2 + stop]?.text ?? '');
        // nor a form of address of two words or more before another person: "… MTTQ tỉnh và
        // Đại đức Thích …", "… và Linh mục …" (a capitalized one-word "Bà" may be a place: "Bà Rịa")
        const address = longestPhrase(tokens, j + 1, HONORIFIC_PHRASES);
        const addressThenName = address > 1 && !!tokens[j + 1 + address]?.cap;
        // nor another person's name with titles of its own (see personWithTitlesAt)
        if (n && n.cap && !degreeThenName && !addressThenName && !personWithTitlesAt(tokens, j + 1) && headAt(tokens, j + 1) === 0 && nameAtEnd(tokens, i, j) === null) { j++; continue; }
        break;
      }
      // (also right after the head's "Ban": "Trưởng Ban liên lạc người Hoa …")
      if ((j > i || tokens[i - 1]?.text === 'Ban') && BODY_PAIRS.has(`${t.lower} ${tokens[j + 1]?.lower ?? ''}`)) { j += 2; continue; }
      // lowercase words of a body's purpose up to the tier that closes it, then a stop: "Ban Chỉ đạo
      // vận động hiến máu tình nguyện thành phố;", "Bệnh viện Bệnh nhiệt đới thành phố."
      // (a head that names the board itself, "Trưởng Ban Chỉ đạo", has the purpose right after it:
      // "Trưởng Ban Chỉ đạo giải phóng mặt bằng huyện Yên Trạch")
      // (and so has a head ending with "ban" or "ban chỉ đạo", the board's purpose in lowercase, "và" inside it:
      // "Phó Trưởng Ban chỉ đạo bảo vệ và phát triển rừng huyện", "Trưởng Ban vận động cứu trợ tỉnh")
      // a project board by what it builds: "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Quản lý
      // dự án Giao thông tỉnh A" (the words after "dự án" read as a purpose, else as any name's)
      if (t.lower === 'dự' && tokens[j + 1]?.lower === 'án' && tokens[j - 1]?.lower === 'lý' && tokens[j - 2]?.lower === 'quản') {
        j += 2;
        const built = purposeToTier(tokens, j);
        if (built > j) j = built;
        continue;
      }
      const boardHead = tokens[i - 1]?.lower === 'ban' || (tokens[i - 3]?.lower === 'ban' && tokens[i - 2]?.lower === 'chỉ');
      const namedBoard = j === i && ((!!tokens[i - 2]?.cap && VERB_PAIRS.has(`${tokens[i - 2]!.lower} ${tokens[i - 1]?.lower ?? ''}`)) || boardHead);
      const purposeEnd = (j > i && tokens[j - 1]!.cap) || namedBoard ? purposeToTier(tokens, j) : 0;
      if (purposeEnd > j) { j = purposeEnd; continue; }
      // "… Huyện ủy báo cáo": a verb of the sentence ends the title — but after a unit's
      // noun the pair names the unit: "Đội vận động quần chúng"
      if (VERB_PAIRS.has(`${t.lower} ${tokens[j + 1]?.lower ?? ''}`) && !UNIT_NOUNS.has(tokens[j - 1]?.lower ?? '')) break;
      // (and telling, a noun elsewhere — "Phòng Công nghệ thông tin": "…, Quản nhiệm Hội thánh Tin
      // Lành A thông tin về hoạt động …")
      // (or before what is told: "… Sư cả chùa A thông tin: …")
      if (t.lower === 'thông' && tokens[j + 1]?.lower === 'tin' && (tokens[j + 2]?.lower === 'về' || tokens[j + 2]?.text === ':')) break;
      // a committee's remit after its name: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
      const remit = t.lower === 'về' && j > i ? longestPhrase(tokens, j, REMITS) : 0;
      if (remit > 0) { j += remit; continue; }
      // an association's name in lowercase words after its first: "Hội Nạn nhân chất độc da cam/dioxin"
      const association = j > i && tokens[j - 2]?.lower === 'hội' ? longestPhrase(tokens, j - 1, ASSOCIATIONS) : 0;
      if (association > 1) { j += association - 1; continue; }
      // a department's or a fund's field, a capitalized word then lowercase ones: "Phòng Người có công"
      const field = j > i && tokens[j - 1]!.cap ? longestPhrase(tokens, j - 1, FIELDS) : 0;
      if (field > 1) { j += field - 1; continue; }
      if (TITLE_BODY_WORDS.has(t.lower)) {
        // a lowercase word after a complete name ends the title: "… Hà Văn Sinh phát biểu"
        if (j > i && isNameWord(tokens[j - 1]) && nameAtEnd(tokens, i, j, 3)) break;
        j++;
        continue;
      }
      // the second syllable of a capitalized noun that alone is a verb: "Ban Chỉ đạo Chương trình
      // OCOP tỉnh" (see SPLIT_NOUNS), or of a field's pair: "Trợ lý Hậu cần Ban CHQS huyện"
      if (j > i && tokens[j - 1]!.cap && (SPLIT_NOUNS.has(`${tokens[j - 1]!.lower} ${t.lower}`) || BODY_PAIRS.has(`${tokens[j - 1]!.lower} ${t.lower}`))) { j++; continue; }
      // lowercase words inside a proper name lead to a capitalized part: "Công ty Điện lực Trà
      // Vinh", "Giáo xứ Cù Lao Giêng", "Hội thánh Tin Lành Huế", "chùa Soài So"
      if (connectsToCapital(tokens, j)) { j++; continue; }
      // the last lowercase word of a name, before the sentence's verb: "… - Chống độc cho biết"
      // (or before "và" and the next person addressed: "Thứ trưởng Bộ Ngoại giao và đồng chí A")
      if (j > i && tokens[j - 1]!.cap && !TITLE_STOP_WORDS.has(t.lower) && (isVerbOrEnd(tokens[j + 1]) || (tokens[j + 1]?.lower === 'và' && longestPhrase(tokens, j + 2, HONORIFIC_PHRASES) > 0))) { j++; break; }
      break;
    }
    // a number after an abbreviation or a name and a hyphen, with no space: "COVID-19", "Covid-19"
    if (DASHES.has(t.text) && j > i && (tokens[j - 1]!.allCaps || (tokens[j - 1]!.cap && tokens[j - 1]!.end === t.start)) && tokens[j + 1]?.kind === 'num' && tokens[j + 1]!.start === t.end) { j += 2; continue; }
    // a comma inside a phrase: "Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 huyện …", "Tổ
    // trưởng Tổ bảo vệ an ninh, trật tự ấp A"
    const phraseEnd = j > i ? commaPhraseEnd(tokens, j) : -1;
    if (phraseEnd > 0) { j = phraseEnd; continue; }
    // a movement's name in quotes after a lowercase word of the body, up to QUOTED_REACH tokens:
    // "Trưởng Ban Chỉ đạo phong trào “Toàn dân đoàn kết …” huyện" (the tier after it closes the body)
    if (t.text === '“' && j > i && !tokens[j - 1]!.cap && tokens[j + 1]?.cap) {
      let close = j + 1;
      while (close < tokens.length && close <= j + QUOTED_REACH && tokens[close]!.text !== '”') close++;
      if (tokens[close]?.text === '”' && close <= j + QUOTED_REACH) { j = close + 1; continue; }
    }
    // an abbreviation in parentheses inside a body: "Bộ Chỉ huy Quân sự (CHQS) tỉnh"
    if (t.text === '(' && tokens[j + 1]?.allCaps && tokens[j + 2]?.text === ')' && j > i) { j += 3; continue; }
    // the body a title belongs to, or its field, in parentheses after it: "Phó Trưởng ban Thi
    // đua - Khen thưởng (Sở Nội vụ tỉnh)", "Phó Giám đốc (phụ trách kinh doanh)"
    if (t.text === '(') {
      const close = qualifierInParens(tokens, j);
      if (close > j) { j = close + 1; continue; }
    }
    // "&" inside an abbreviation: "Sở GD&ĐT Hải Phòng", "Sở KH&CN", "LĐ-TB&XH"
    if (t.text === '&' && tokens[j - 1]?.allCaps && tokens[j + 1]?.allCaps && j > i) { j++; continue; }
    if (t.kind === 'num') {
      // numbers only after a place or unit word: "Quận 1", "Khu phố 7", "Tổ dân vận số 3"
      const p = tokens[j - 1];
      if (p && p.kind === 'word') { j++; continue; }
      break;
    }
    // "Đảng ủy Khối Doanh nghiệp - Dịch vụ": a dash between capitalized words that is not a new title
    // (not into an honour named after the dash: "Bí thư Chi bộ thôn A – Bằng khen của UBND thành phố")
    // (also after a unit's number: "Tổ trưởng Tổ sản xuất số 4 - Nông trường Đồi Cát", and right
    // after a head that names its body: "Trưởng ban Dân vận - Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh")
    if (DASHES.has(t.text) && tokens[j + 1]?.cap && headAt(tokens, j + 1) === 0 && !isNameStartAfterDash(tokens, j + 1) && !opensForm(tokens[j + 1]!.lower, tokens[j + 2]?.lower) && (j > i || headNamesBody) && wordOrUnitNumber(tokens, j - 1)) {
      j++;
      continue;
    }
    // a police unit's two duties joined by a dash, the second lowercase, up to the body it
    // belongs to: "Đội Cảnh sát giao thông - trật tự Công an quận"
    if (DASHES.has(t.text) && j > i && tokens[j - 1]!.kind === 'word' && !tokens[j - 1]!.cap && dutyAfterDash(tokens, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  // (a "và" the body did not go on past is the sentence's: "… Chi đoàn khu A |và trao …")
  while (j > i && tokens[j - 1]!.lower === 'và') j--;
  return j;
}

/** Whether a token in [from, to) is capitalized: a head that holds a body's name ("Trưởng ban Dân vận"). */
function capitalInside(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.cap) return true;
  return false;
}

/** Whether token k is a word, or the number of a unit right after its word ("Tổ số 4", "Đội 2"). */
function wordOrUnitNumber(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.kind === 'word' || (t.kind === 'num' && tokens[k - 1]?.kind === 'word');
}

// what opens a qualifier in parentheses: a body's head, a ministry, or a field
const PAREN_BODY = /^(?:Sở|Bộ|Ban|Phòng|Cục|Tổng cục|Vụ|Viện|Ủy ban|Uỷ ban|UBND|Hội|Liên đoàn|LĐLĐ|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Bệnh viện|Trường|Đại học|Học viện|Công an|Bộ CHQS|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Đảng ủy)$/u;
// (a place in parentheses is where the body is, no part of the title: "Trưởng Công an xã A (huyện B)")
const PAREN_FIELD = new Set(['phụ trách']);
// the most words a qualifier in parentheses holds
const PAREN_REACH = 8;

/** The index of the ")" that closes a qualifier of a title opened at k (see PAREN_BODY), or k. */
function qualifierInParens(tokens: Token[], k: number): number {
  const first = tokens[k + 1];
  if (!first || first.kind !== 'word') return k;
  const pair = `${first.lower} ${tokens[k + 2]?.lower ?? ''}`;
  const opens = (first.cap && (PAREN_BODY.test(first.text) || PAREN_BODY.test(`${first.text} ${tokens[k + 2]?.text ?? ''}`))) || (!first.cap && PAREN_FIELD.has(pair));
  if (!opens) return k;
  for (let m = k + 2; m < tokens.length && m <= k + PAREN_REACH + 1; m++) {
    const t = tokens[m]!;
    if (t.text === ')') return m;
    if (t.kind !== 'word' && t.kind !== 'num' && !DASHES.has(t.text) && t.text !== '&') return k;
  }
  return k;
}

/** The end of a term of office at k ("nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2020-2025"), or k. */
function termAt(tokens: Token[], k: number): number {
  const isYear = (t: Token | undefined): boolean => t?.kind === 'num' && /^(?:19|20)\d\d$/u.test(t.text);
  if (tokens[k]?.lower !== 'nhiệm' || tokens[k + 1]?.lower !== 'kỳ' || !isYear(tokens[k + 2])) return k;
  return DASHES.has(tokens[k + 3]?.text ?? '') && isYear(tokens[k + 4]) ? k + 5 : k + 3;
}

// offices named by a capitalized field and lowercase words: "Cục Cảnh sát giao thông", "Vụ Tổ chức cán bộ"
const OFFICE_NOUNS = new Set(['Cục', 'Vụ', 'Ban', 'Phòng', 'Đội', 'Khoa']);

/**
 * Where a body's name goes on in lowercase words after a capitalized one: the index of that
 * capitalized word, or -1. Right after a head that names a board or an office ("Trưởng ban An
 * toàn giao thông tỉnh"), after the office's own noun ("Cục trưởng Cục Cảnh sát giao thông"),
 * or after a head that ends with the board's capitalized name.
 */
function lowerRunStart(tokens: Token[], i: number): number {
  const capThenLower = (k: number): boolean => !!tokens[k]?.cap && !tokens[k]!.allCaps && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap;
  if (UNIT_HEAD_ENDS.has(tokens[i - 1]?.lower ?? '') && capThenLower(i)) return i;
  if (OFFICE_NOUNS.has(tokens[i]?.text ?? '') && capThenLower(i + 1)) return i + 1;
  // or right after a head that names the board by a capitalized pair: "Phó Trưởng ban Chỉ đạo diễn tập"
  const lower = tokens[i]?.kind === 'word' && !tokens[i]!.cap && !tokens[i]!.allCaps;
  if (lower && !!tokens[i - 2]?.cap && VERB_PAIRS.has(`${tokens[i - 2]!.lower} ${tokens[i - 1]?.lower ?? ''}`)) return i - 1;
  return -1;
}

/**
 * After "và" in a lowercase field: whether a second field of a few lowercase words follows, up
 * to punctuation or the end ("… đảng và công tác chính trị, Bộ Công an"), and not the people
 * present ("… và nhiều đại biểu", "… tỉnh và lãnh đạo các sở").
 */
function fieldToEnd(tokens: Token[], k: number): boolean {
  if (CLOSING_TIERS.has(tokens[k - 2]?.lower ?? '') || QUANTITY_WORDS.has(tokens[k]?.lower ?? '')) return false;
  for (let r = k; r < k + 6; r++) {
    const t = tokens[r];
    if (!t || (t.kind === 'punct' && r > k)) return true;
    if (t.kind !== 'word' || t.cap || t.allCaps || TITLE_STOP_WORDS.has(t.lower) || HONORIFIC_WORDS.has(t.lower)) return false;
  }
  return false;
}

// duties a police or security unit is named for, written in lowercase after a dash
const DUTIES_AFTER_DASH = new Set(['trật tự', 'cơ động', 'môi trường', 'kinh tế', 'an ninh']);
function dutyAfterDash(tokens: Token[], k: number): boolean {
  return DUTIES_AFTER_DASH.has(`${tokens[k]?.lower ?? ''} ${tokens[k + 1]?.lower ?? ''}`) && !tokens[k]!.cap;
}

/** Whether a form of address starts at k with a surname right after it: "Achar Lý …", "Đại đức Thạch …". */
function addressedName(tokens: Token[], k: number): boolean {
  const address = longestPhrase(tokens, k, HONORIFIC_PHRASES);
  return address > 0 && isSurname(tokens[k + address]?.text ?? '');
}

/**
 * "và thầy Bùi Quang Trung", "và ông …", "và công nhân Rơ Mah Hlim": "và" that brings in another
 * person, or one named by a calling, ends a unit's name.
 */
/**
 * Whether a person's name starts at token k, with titles of its own after a comma: "… Hội LHPN
 * quận và |Phạm Tấn Lộc, Bí thư Đảng ủy phường" (the title before ends at "và").
 */
function personWithTitlesAt(tokens: Token[], k: number): boolean {
  const end = tokens[k]?.cap ? nameFrom(tokens, k, false) : 0;
  return end - k >= 2 && tokens[end]?.text === ',' && headAt(tokens, end + 1) > 0;
}

function anotherPerson(tokens: Token[], j: number): boolean {
  if (tokens[j]!.lower !== 'và') return false;
  const n = tokens[j + 1];
  if (!n) return false;
  const calling = n.cap ? 0 : longestPhrase(tokens, j + 1, CALLING_PHRASES);
  // (or a household by its head: "… Tổ trưởng tổ dân phố số 7 và hộ bà A")
  const household = (n.lower === 'hộ' || (n.lower === 'gia' && tokens[j + 2]?.lower === 'đình')) && HONORIFIC_WORDS.has(tokens[j + (n.lower === 'hộ' ? 2 : 3)]?.lower ?? '');
  return HONORIFIC_WORDS.has(n.lower) || isSurname(n.text) || (calling > 0 && !!tokens[j + 1 + calling]?.cap) || household;
}
const CALLING_PHRASES = phraseSet(CALLINGS);

// villages and hamlets, written lowercase before their names, and a cooperative written short
// ("HTX"): after the name, a lowercase word is the sentence's
const PLACE_UNITS = new Set(['thôn', 'ấp', 'bản', 'buôn', 'làng', 'xóm', 'khóm', 'sóc', 'plei', 'HTX']);

// the second syllable of a verb more often than a verb of its own: "ôn lại", "thừa nhận", "nhắc lại"
const VERB_ENDINGS = new Set(['lại', 'nhận']);

function isVerbOrEnd(t: Token | undefined): boolean {
  return !t || t.kind === 'punct' || (TITLE_STOP_WORDS.has(t.lower) && !TITLE_BODY_WORDS.has(t.lower) && !VERB_ENDINGS.has(t.lower)) || VERB_PAIRS.has(t.lower);
}

function connectsToCapital(tokens: Token[], j: number): boolean {
  // a company's legal form runs longer: "Công ty cổ phần xuất nhập khẩu Tân Phú"
  const reach = inCompanyForm(tokens, j) ? 7 : 4;
  for (let k = j; k < tokens.length && k < j + reach; k++) {
    const t = tokens[k]!;
    // "Khoa Hồi sức tích cực - Chống độc": a dash inside the name
    if (t.kind === 'punct' && (t.text === '-' || t.text === '–') && tokens[k + 1]?.cap) return headAt(tokens, k + 1) === 0;
    if (t.kind !== 'word') return false;
    if (t.cap) return headAt(tokens, k) === 0;
    if (TITLE_STOP_WORDS.has(t.lower) && !TITLE_BODY_WORDS.has(t.lower)) return false;
  }
  return false;
}

// the capitalized first words of an event, after "tại": "tại Lễ kỷ niệm", "tại Hội nghị"
// the words of a place abroad before its name: "tại |thành phố Lyon", "tại |bang Victoria", and
// of a state's form inside it: "tại |Cộng hòa| Séc", "|Vương quốc| Anh"
const ABROAD_PLACE_PHRASES = phraseSet(['thành phố', 'thủ đô', 'tỉnh', 'bang', 'vùng', 'khu vực']);
const STATE_FORMS = phraseSet(['cộng hòa', 'cộng hoà', 'vương quốc', 'liên bang']);
// how many capitalized words the place's name runs to: "Luông Pha Băng", "CHLB Đức"
const ABROAD_NAME_MAX = 4;
/**
 * The end of a place abroad from token k ("Séc", "thành phố Lyon", "Cộng hòa Séc"), up to its
 * name's last capitalized word or, when a person's name follows it in the same run of capitals,
 * up to that name: "tại CHLB Đức |Tôn Thất Khoa", "tại Luông Pha Băng |Đinh Văn Tuấn"; or k.
 */
function placeAbroadEnd(tokens: Token[], k: number): number {
  let from = k + longestPhrase(tokens, k, ABROAD_PLACE_PHRASES);
  from += longestPhrase(tokens, from, STATE_FORMS);
  let run = from;
  while (run < tokens.length && tokens[run]!.kind === 'word' && (tokens[run]!.cap || tokens[run]!.allCaps) && !EVENT_NOUNS.has(tokens[run]!.text)) run++;
  if (run === from) return k;
  // (a person's name of two to four words closing the run: the place ends before it)
  for (let p = from + 1; p < run; p++) {
    if (run - p >= 2 && run - p <= 4 && isSurname(tokens[p]!.text) && p - from <= ABROAD_NAME_MAX) return p;
  }
  return run - from <= ABROAD_NAME_MAX ? run : k;
}

// the bodies a committee or board is "of", at the end of a title
const OWNERS = phraseSet(['quốc hội', 'chính phủ', 'hội', 'công đoàn', 'đoàn']);

const EVENT_NOUNS = new Set(['Lễ', 'Hội', 'Đại', 'Buổi', 'Chương', 'Ngày']);
// how many tokens a quoted name inside a body may hold
const QUOTED_REACH = 14;
// the countries a body abroad is named "tại": "Hội người Việt Nam tại Lào" (not the ones whose
// name opens a place's at home: "Mỹ Tho", "Đức Hòa", "Anh Sơn"; nor one of one word before a
// capitalized one: "Lào Cai")
const COUNTRIES = new Set(['Việt Nam', 'Lào', 'Campuchia', 'Trung Quốc', 'Thái Lan', 'Myanmar', 'Nhật Bản', 'Hàn Quốc', 'Singapore', 'Malaysia', 'Pháp', 'Hoa Kỳ', 'Canada', 'Ba Lan']);

// the kinds of zone, two words each: "công nghiệp", "chế xuất", "kinh tế", "công nghệ (cao)"
const ZONE_KINDS = new Set(['công nghiệp', 'chế xuất', 'kinh tế', 'công nghệ']);

/** The end of the zone kinds from j, one or two joined by "và" ("chế xuất và công nghiệp"), else j. */
function zoneKindsEnd(tokens: Token[], j: number): number {
  let e = j;
  while (ZONE_KINDS.has(`${tokens[e]?.lower ?? ''} ${tokens[e + 1]?.lower ?? ''}`)) {
    e += 2;
    if (tokens[e - 1]!.lower === 'nghệ' && tokens[e]?.lower === 'cao') e++;
    if (tokens[e]?.lower !== 'và' || !ZONE_KINDS.has(`${tokens[e + 1]?.lower ?? ''} ${tokens[e + 2]?.lower ?? ''}`)) break;
    e++;
  }
  return e;
}

/**
 * The end of zones named in lowercase from j: "(các) khu kinh tế và khu công nghiệp", up to
 * and with a tier word right after ("… tỉnh"), else j.
 */
function zonesEnd(tokens: Token[], j: number): number {
  let e = tokens[j]?.lower === 'các' ? j + 1 : j;
  if (tokens[e]?.lower !== 'khu' || tokens[e]!.cap) return j;
  e = zoneKindsEnd(tokens, e + 1);
  if (e === j || tokens[e - 1]!.lower === 'khu') return j;
  // a second zone of its own noun: "… và khu công nghiệp"
  if (tokens[e]?.lower === 'và' && tokens[e + 1]?.lower === 'khu') {
    const second = zoneKindsEnd(tokens, e + 2);
    if (second > e + 2) e = second;
  }
  return BARE_TIERS.has(tokens[e]?.lower ?? '') ? e + 1 : e;
}

/** Whether the lowercase words before j follow "Công ty": "Công ty cổ phần xuất …". */
function inCompanyForm(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
    const t = tokens[k]!;
    if (t.lower === 'ty') return true;
    if (t.kind !== 'word' || t.cap) return false;
  }
  return false;
}

function isNameStartAfterDash(tokens: Token[], i: number): boolean {
  // "… Hòa Lợi - ông Đặng Văn Kha": an honorific or a name follows the dash
  const t = tokens[i]!;
  return /^(?:Ông|Bà|Đồng|Đ\/c|Anh|Chị)$/u.test(t.text) || nameAtEnd(tokens, i, Math.min(tokens.length, i + 3)) !== null && !tokens[i + 3]?.cap;
}

/**
 * Reads a chain of titles from i: "Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Dân vận Huyện
 * ủy Cờ Đỏ Trịnh Thị Kim Oanh" → two titles and the name that ends the last one.
 */
export function readTitleChain(tokens: Token[], i: number, minNameScore = 2, lowercase = false): TitleChain | null {
  const titles: TitleSpan[] = [];
  let j = i;
  let name: { start: number; end: number } | null = null;
  for (;;) {
    // after "Name," a title may start in lowercase: "Thích Tâm Hòa, trụ trì chùa Khánh Vân"
    const h = headAt(tokens, j, lowercase);
    if (h === 0) break;
    const head = tokens.slice(j, j + h).map((t) => t.lower).join(' ');
    if (RANKS.has(head)) {
      // a rank takes no body: the name comes right after it
      const nameEnd = nameFrom(tokens, j + h, true);
      titles.push({ start: j, end: j + h });
      if (nameEnd > j + h) { name = { start: j + h, end: nameEnd }; j = nameEnd; break; }
      j += h;
      const sep = tokens[j];
      if (sep && (sep.text === ',' || DASHES.has(sep.text)) && headAt(tokens, j + 1, lowercase) > 0) { j++; continue; }
      break;
    }
    let end = bodyEnd(tokens, j + h, capitalInside(tokens, j + 1, j + h));
    const found = nameAtEnd(tokens, j + h, end, minNameScore);
    // a name after "và" is another person's, the body ends before it: "Trần Thị A, Chủ tịch Hội
    // Nông dân huyện X và Lê Văn B, Trưởng thôn Y" ("Sở Giáo dục và Đào tạo" names no one)
    if (found && tokens[found.start - 1]?.lower === 'và' && found.start - 1 > j + h) {
      titles.push({ start: j, end: found.start - 1 });
      j = found.start - 1;
      break;
    }
    if (found) {
      titles.push({ start: j, end: found.start });
      name = found;
      j = end;
      break;
    }
    // a qualifier after a comma stays with its title: ", phường Hòa Lợi"
    while (tokens[end]?.text === ',' && qualifierAt(tokens, end + 1)) {
      const qEnd = bodyEnd(tokens, end + 1);
      const qName = nameAtEnd(tokens, end + 1, qEnd, minNameScore);
      if (qName) { end = qEnd; name = qName; break; }
      end = qEnd;
    }
    if (name) {
      titles.push({ start: j, end: name.start });
      j = end;
      break;
    }
    titles.push({ start: j, end });
    j = end;
    const sep = tokens[j];
    // separators between positions: comma, dash, "kiêm", "đồng thời là"
    if (sep && (sep.text === ',' || DASHES.has(sep.text) || sep.lower === 'kiêm') && headAt(tokens, j + 1, lowercase) > 0) {
      j++;
      continue;
    }
    // "…, kiêm Chủ tịch Công đoàn công ty"
    if (sep?.text === ',' && tokens[j + 1]?.lower === 'kiêm' && headAt(tokens, j + 2, lowercase) > 0) {
      j += 2;
      continue;
    }
    // what the person is now, or also: "nguyên Chủ tịch UBND xã A, hiện là Trưởng ban …",
    // "…, đồng thời là Chủ tịch Hội …"
    const also = alsoIsAt(tokens, sep?.text === ',' ? j + 1 : j);
    if (also > 0 && headAt(tokens, also, lowercase) > 0) {
      j = also;
      continue;
    }
    // a rank right after a position, then the name: "Phó Chỉ huy trưởng Thượng tá Lý Văn Đực"
    if (rankAt(tokens, j) > 0 && j > i) continue;
    // "Bí thư Chi bộ và Trưởng ấp Tân Lập": a second position of the same person — unless
    // it ends in a name of its own ("… Huyện ủy và Chủ tịch UBND huyện Trần Văn B": two people)
    // (nor a form of address that is also a position, before a name: "… chùa A và Achar Lý Sa Ne")
    if (sep?.lower === 'và' && headAt(tokens, j + 1) > 0 && !addressedName(tokens, j + 1) && !readTitleChain(tokens, j + 1, minNameScore)?.name) {
      j++;
      continue;
    }
    break;
  }
  if (titles.length === 0) return null;
  return { titles: titles.filter((t) => t.end > t.start), end: j, name };
}

// "hiện là", "nay là", "đồng thời là", "cũng là": a position the person holds as well
export const ALSO_WORDS = new Set(['hiện', 'nay', 'đồng', 'thời', 'cũng']);
/** After "là", "hiện là", "cũng là", "đồng thời là" at k: the index after "là", or 0. */
export function isAt(tokens: Token[], k: number): number {
  let c = k;
  while (c - k < 3 && ALSO_WORDS.has(tokens[c]?.lower ?? '')) c++;
  return tokens[c]?.lower === 'là' ? c + 1 : 0;
}
/** After "hiện là" and the like at k (not "là" alone): the index after "là", or 0. */
function alsoIsAt(tokens: Token[], k: number): number {
  const c = isAt(tokens, k);
  return c - 1 > k ? c : 0;
}

// nouns whose second syllable alone is a verb: "chương trình" (trình: to submit)
const SPLIT_NOUNS = new Set(['chương trình']);
// common nouns the press capitalizes inside a body's purpose: "Ban Chỉ đạo phong trào toàn dân
// bảo vệ an ninh Tổ quốc tỉnh"
const CAPITALIZED_NOUNS = new Set(['tổ quốc', 'nhà nước']);

/**
 * After a capitalized word: up to a dozen lowercase words that end with a tier (or a noun always
 * capitalized) right before punctuation or the end, else 0.
 */
function purposeToTier(tokens: Token[], j: number): number {
  for (let r = j; r < j + 14 && r < tokens.length; r++) {
    const t = tokens[r]!;
    // (a common noun always capitalized: "… bảo vệ an ninh Tổ quốc tỉnh", and a purpose may end
    // with it: "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an")
    if (r > j && t.cap && !t.allCaps && CAPITALIZED_NOUNS.has(`${t.lower} ${tokens[r + 1]?.lower ?? ''}`)) {
      const after = tokens[r + 2];
      if (!after || after.kind === 'punct') return r + 2;
      r++;
      continue;
    }
    if (t.kind !== 'word' || t.cap || t.allCaps) return 0;
    const two = `${t.lower} ${tokens[r + 1]?.lower ?? ''}`;
    const tierLength = CLOSING_TIERS.has(two) ? 2 : CLOSING_TIERS.has(t.lower) ? 1 : 0;
    const after = tokens[r + tierLength];
    // (or the tier's proper name, or the sentence's verb: "… mặt bằng huyện Yên Trạch cho biết",
    // "… mặt bằng huyện cho biết")
    // (or a one-word verb: "… Kiểm soát bệnh tật tỉnh kể, …")
    const verb = !!after && (VERB_PAIRS.has(`${after.lower} ${tokens[r + tierLength + 1]?.lower ?? ''}`) || (after.kind === 'word' && !after.cap && TITLE_STOP_WORDS.has(after.lower)));
    // (or "và" and the next guests, in lowercase: "… xung phong tỉnh và lãnh đạo các huyện")
    const andOthers = after?.lower === 'và' && tokens[r + tierLength + 1]?.kind === 'word' && !tokens[r + tierLength + 1]!.cap;
    if (tierLength > 0 && r > j && (!after || after.kind === 'punct' || verb || andOthers || (after.cap && !after.allCaps && headAt(tokens, r + tierLength) === 0))) return r + tierLength;
    // (the second half of a capitalized pair named as a body: "Ban Chỉ đạo …", or of a noun whose
    // second syllable is a verb alone: "Văn phòng Điều phối Chương trình nông thôn mới tỉnh")
    if (r === j && (VERB_PAIRS.has(`${tokens[j - 1]!.lower} ${t.lower}`) || SPLIT_NOUNS.has(`${tokens[j - 1]!.lower} ${t.lower}`))) continue;
    if (TITLE_STOP_WORDS.has(t.lower) && !TITLE_BODY_WORDS.has(t.lower)) return 0;
  }
  return 0;
}

// the tier words a body may end with: "Công an tỉnh", "Văn phòng huyện"
const BARE_TIERS = new Set(['tỉnh', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn']);

function qualifierAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  if (headAt(tokens, i) > 0) return false;
  const two = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
  // (a police or army office only capitalized: ", Phòng PC45", not ", phòng chống …")
  const office = t.text === 'Phòng';
  if (!(QUALIFIER_STARTS.has(t.lower) || QUALIFIER_STARTS.has(two) || office)) return false;
  // the qualifier must name something: a capitalized word or a number follows, perhaps
  // after a lowercase word or two ("Công ty cổ phần Gang thép Thái Nguyên")
  const from = i + (QUALIFIER_STARTS.has(two) ? 2 : 1);
  // (or a body of a tier named by its bare word, the title's end: ", Công an tỉnh;")
  if (!PLACE_TYPE_WORDS.has(t.lower) && BARE_TIERS.has(tokens[from]?.lower ?? '') && (!tokens[from + 1] || tokens[from + 1]!.kind === 'punct')) return true;
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const n = tokens[k]!;
    if (n.cap || n.kind === 'num') return true;
    if (n.kind !== 'word' || TITLE_STOP_WORDS.has(n.lower)) return false;
  }
  return false;
}
