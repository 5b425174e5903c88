// The extent of a body's name: capitalized words, numbers after them, and the lowercase
// words bodies are named with ("Ban Dân vận Tỉnh ủy Đắk Lắk", "Hội Liên hiệp Phụ nữ
// Phường 5", "Công ty Điện lực Trà Vinh"); a verb ends it ("… đón nhận Huân chương").
import { commaJoinsPhrase } from '../../lexicon/comma-phrases.js';
import { ADDRESS_WORDS, NOUN_PAIRS, TITLE_BODY_WORDS, TITLE_STOP_WORDS, VERB_PAIRS } from '../../lexicon/titles.js';
import { tokenize } from '../../text/tokens.js';
import { opensForm } from '../../lexicon/awards.js';
import { CLOSING_TIERS, PLACE_TYPE_WORDS } from '../../lexicon/places.js';

// The head word of a body's name: "Ban Dân vận …", "Công an TP …", "Trường THPT …",
// a unit of the army or border guard: "Hải đội Biên phòng 2", "Trung đội Dân quân cơ động", a
// cluster of works or of emulation: "Cụm thủy nông Khe Vạc", "Cụm thi đua số 5", a
// hospital's crew: "Kíp cấp cứu ngoại viện của khoa Cấp cứu", a union by its abbreviation: "LĐLĐ
// huyện Pa Lìn", "CĐCS Công ty A", a national agency's branch by its abbreviation: "NHCSXH chi
// nhánh tỉnh A", a faith's body: "Tộc đạo A", "Giáo hạt B", "Nhà thờ C", a house of culture or of
// the press: "Thư viện tỉnh A", "Bảo tàng tỉnh B", "Đài Phát thanh và Truyền hình tỉnh C", "Báo Khe Vạc";
// and the parks and reserves: "Vườn quốc gia A", "Khu Bảo tồn thiên nhiên B"
// (a paper only with its capitalized name, not "Báo cáo"; a station only of radio or TV, not a memorial)
// (not a member: "Đoàn viên, người lao động đã có 412 sáng kiến …", "Hội viên"; nor the head of
// one, a post: "Chi hội trưởng Chi hội Phụ nữ thôn A", "Tổ trưởng", "Đội phó"; nor a meeting, a
// contest or a fair: "Hội nghị đón nhận Cờ thi đua …", "Hội thi", "Hội chợ")
export const ORG_HEAD = /^(?:Kíp|Ê kíp|Liên chi đoàn|Liên chi hội|Liên đội|Công đoàn|Hải đội|Biên đội|Trung đội|Tiểu đội|Thành đoàn|Tỉnh đoàn|Huyện đoàn|Quận đoàn|Thị đoàn|Chi đoàn|Nông trường|Nghiệp đoàn|Hiệp hội|TAND|VKSND|Tòa án|Tòa|Toà|Viện kiểm sát|Lâm trường|Học viện|Đại học|Hải đoàn|Nhóm|Đội|Thánh thất|Thánh đường|Hội thánh|Bộ phận|Họ đạo|Hương đạo|Tộc đạo|Điểm nhóm|Giáo họ|Giáo hạt|Giáo phận|Nhà thờ|Thiền viện|Tu viện|Tịnh xá|Niệm Phật đường|Chùa|Nhà văn hóa|Ban|Hội(?!\s(?:[Nn]ghị|[Tt]hảo|[Tt]hi|[Dd]iễn|[Tt]rại|[Cc]hợ|[Kk]hỏe)(?![\p{L}]))|Chi bộ|Đảng bộ|Đảng ủy|Đảng uỷ|Trường|Tổ|Ủy ban|Uỷ ban|UBND|HĐND|Công an|Bệnh viện|Đồn|Công ty|Tổng công ty|Doanh nghiệp tư nhân|DNTN|Khu du lịch|Hợp tác xã|HTX|Chi hội|Đoàn|Trạm|Phòng|Sở|Cục|Chi cục|Tổng cục|Kho bạc|KBNN|Viện|Hạt|BHXH|Bảo hiểm xã hội|Khoa|Câu lạc bộ|CLB|Nhà máy|Xí nghiệp|Phân xưởng|Xưởng|Cụm|Chi nhánh|Phòng Giao dịch|NHCSXH|Liên đoàn|Liên hiệp|LĐLĐ|Tổng LĐLĐ|CĐCS|Mặt trận|Hội đồng|Bộ Chỉ huy|Bộ CHQS|Bộ Tư lệnh|Bộ đội|Tiểu đoàn|Đại đội|Trung đoàn|Lữ đoàn|Sư đoàn|Quân khu|Văn phòng|Trung tâm|Ngân hàng|Bưu điện|Điện lực|Cảng|Ga|Bến xe|Cung đường sắt|Cung đường bộ|Giáo xứ|Khu phố|Tổ dân phố|Huyện ủy|Huyện uỷ|Quận ủy|Tỉnh ủy|Thành ủy|Thị ủy|Thư viện|Bảo tàng|Nhà hát|Vườn quốc gia|Khu [Bb]ảo tồn|Đài (?:Phát thanh|Truyền thanh|Truyền hình|PT-TH|PTTH)|(?:Báo|Tạp chí)(?=\s\p{Lu}))(?![\p{L}])(?!\s(?:viên|trưởng|phó)(?![\p{L}]))/u;

// A body named by its kind in lowercase, then its own name in quotes: 'nhóm cựu chiến binh "Áo
// xanh số"', 'đội hình "Phố biển không rác"', 'câu lạc bộ "Phụ nữ với pháp luật"'
export const QUOTED_BODY = /^(?:nhóm|đội hình|đội|câu lạc bộ|tổ|tổ hợp tác|chi hội|chi đoàn)(?:\s\p{Ll}+){0,3}\s["“][\p{Lu}\d][^"“”\n]{1,60}["”]/u;

// (and "lần lượt", the adverb before the verb: "Công an huyện Quỳ Sơn lần lượt được nhận …"; and
// "gồm", the members after the name: "Tổ cứu hộ thôn Pa Lìn gồm 17 thành viên"; "thuộc", the
// body it belongs to: "Đại đội Bộ binh 9 thuộc Bộ CHQS tỉnh")
const VERBS = new Set([...TITLE_STOP_WORDS, 'đón', 'vinh', 'dự', 'long', 'trọng', 'được', 'đạt', 'nhận', 'từng', 'lần', 'gồm', 'thuộc']);
/** Whether token k is a verb of the sentence, not a word of a noun pair ("cộng đồng"). */
function verbAt(tokens: ReturnType<typeof tokenize>, k: number): boolean {
  const t = tokens[k]!;
  return VERBS.has(t.lower) && !NOUN_PAIRS.has(`${tokens[k - 1]?.lower ?? ''} ${t.lower}`) && !NOUN_PAIRS.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`);
}

// (and the border posts' teams for the people, the savings groups: "Đội vận động quần chúng Đồn
// Biên phòng A", "Tổ tiết kiệm và vay vốn ấp B"; the people's security and border teams, a comma
// in their names: "Tổ bảo vệ an ninh, trật tự ở cơ sở ấp C", "Tổ tự quản đường biên, mốc quốc giới bản D")
const FIXED_UNIT = /^(?:bộ phận tiếp nhận và trả kết quả|bộ phận một cửa|đội vận động quần chúng|tổ vận động quần chúng|tổ tiết kiệm và vay vốn|tổ bảo vệ an ninh, trật tự(?: ở cơ sở)?|tổ tự quản đường biên, mốc quốc giới|tổ (?:tự quản )?an ninh, trật tự)(?![\p{L}\p{M}])/iu;
// the branch of the police a unit is named by, in lowercase words: "Phòng Cảnh sát điều tra tội
// phạm về ma túy", "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Đội Cảnh sát giao thông"
// (or abbreviated: "Đội Cảnh sát QLHC về TTXH", "Phòng Cảnh sát ĐTTP về ma túy")
const POLICE_BRANCH = /^cảnh sát\s(?:điều tra tội phạm về\s(?:ma túy|ma tuý|trật tự xã hội|trật tự quản lý kinh tế và chức vụ|kinh tế|tham nhũng|buôn lậu)|phòng cháy,? chữa cháy(?:\svà cứu nạn,? cứu hộ)?|quản lý hành chính về trật tự xã hội|QLHC về TTXH|ĐTTP về\s(?:ma túy|ma tuý|TTXH|kinh tế|tham nhũng|TTQLKT và CV)|PCCC(?:\svà CNCH)?|giao thông(?:\sđường (?:bộ|thủy))?|cơ động|hình sự|kinh tế|môi trường|bảo vệ|truy nã|thi hành án hình sự(?:\svà hỗ trợ tư pháp)?)(?![\p{L}\p{M}])/iu;
// the word before a verb pair that makes it a noun in a body's name: a trade's, "Vật liệu xây
// dựng", "Tư vấn xây dựng", "Đầu tư xây dựng"; bodies', "Liên hiệp các tổ chức hữu nghị"
const NOUNS_OF_PAIRS = new Set(['liệu xây', 'vấn xây', 'tư xây', 'các tổ']);
// a word that ends a body's name before what it was given by: "… Sen Hương theo Quyết định số …"
const ENDS_NAME = new Set(['theo']);
// a unit glued to a number in a body's name, or the metres past a kilometre post: "220kV", "9+650"
const GLUED_TO_NUMBER = /^(?:kV|KV|kv|MW|\+\d{1,3})(?![\p{L}\p{N}])/u;
// the bodies one office serves together, around "và"
const JOINT_OFFICE = new Set(['HĐND UBND', 'ĐBQH HĐND']);

function endsBeforeVerb(tokens: ReturnType<typeof tokenize>, k: number): boolean {
  const next = tokens[k + 1];
  // (a dash before a capitalized part goes on: "tổ Ngữ văn - Sử")
  if (next?.kind === 'punct' && (next.text === '-' || next.text === '–') && tokens[k + 2]?.cap && !opensForm(tokens[k + 2]!.lower, tokens[k + 3]?.lower)) return false;
  if (!next || (next.kind === 'punct' && !commaJoinsPhrase(tokens, k + 1))) return true;
  // a capitalized word goes on with the name ("ấp Long Hòa"), whatever it means in lowercase,
  // and so does another body word ("Hội Cựu chiến binh")
  if (next.cap || (TITLE_BODY_WORDS.has(next.lower) && !verbAt(tokens, k + 1))) return false;
  if (NOUN_PAIRS.has(`${next.lower} ${tokens[k + 2]?.lower ?? ''}`)) return false;
  if (next.lower === 'các' && tokens[k + 2]?.cap) return false;
  if (verbAt(tokens, k + 1)) return true;
  const after = tokens[k + 2];
  // (but a word that closes the clause right after a capitalized part's second syllable is the
  // name's last: "Phân xưởng Vận tải lò.")
  if (tokens[k - 1]?.cap && (!after || after.kind === 'punct')) return false;
  return next.kind === 'word' && !VERBS.has(next.lower) && (!after || (after.kind === 'punct' && !commaJoinsPhrase(tokens, k + 2)) || (!after.cap && verbAt(tokens, k + 2)));
}

/**
 * Where the lowercase words from token r, up to token `limit`, end with a tier that closes a
 * name (the token after the tier), else r.
 */
function closingTierAt(tokens: ReturnType<typeof tokenize>, r: number, limit: number): number {
  for (let q = r; q < limit && tokens[q]?.kind === 'word' && !tokens[q]!.cap && !verbAt(tokens, q) && tokens[q]!.lower !== 'và'; q++) {
    const two = `${tokens[q]!.lower} ${tokens[q + 1]?.lower ?? ''}`;
    const n = CLOSING_TIERS.has(two) ? 2 : CLOSING_TIERS.has(tokens[q]!.lower) ? 1 : 0;
    if (n > 0) return q + n;
  }
  return r;
}

// how many tokens of lowercase words may lead to a capitalized part of the name: four, six right
// after the capitalized head ("Ban Quản lý rừng phòng hộ đầu nguồn |Khe Vạc"; not after a number:
// "Chi bộ ấp 9 tích cực hỗ trợ hộ Khmer"), or eight when a place's word comes right before that part,
// "Tổ tự quản đường làng ấp |Bưng Chóp A",
// "Tổ tự quản an ninh trật tự làng |Plei A" (verbs end the name before)
// words that tell what a unit does, not its name: "Tổ hòa giải |giúp nhiều hộ …" (they end both
// a run of lowercase words toward a capital, leadsToCapital, and a lowercase unit's name)
const DOES_WORDS = new Set(['giúp', 'nhiều', 'có', 'đã', 'được', 'đang', 'luôn']);
const LEAD_REACH = 4;
const LEAD_REACH_AFTER_HEAD = 6;
const LEAD_REACH_TO_PLACE = 8;

/** Whether token k is "&" or "/" between two words with no space around it: "GD&ĐT", "da cam/dioxin". */
function joinedBySign(tokens: ReturnType<typeof tokenize>, k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return t.kind === 'punct' && (t.text === '&' || t.text === '/') && before?.kind === 'word' && before.end === t.start && after?.kind === 'word' && after.start === t.end;
}

/** Whether a place's word of one to three tokens ends at token j: "xã", "thị trấn", "tổ dân phố". */
function placeWordEndsAt(tokens: ReturnType<typeof tokenize>, j: number): boolean {
  let words = tokens[j]?.lower ?? '';
  for (let q = j; q > j - 3 && q >= 0; q--) {
    if (q < j) words = `${tokens[q]!.lower} ${words}`;
    if (PLACE_TYPE_WORDS.has(words)) return true;
  }
  return false;
}

function leadsToCapital(tokens: ReturnType<typeof tokenize>, from: number): boolean {
  // (the run of lowercase words this one is in, and whether a capitalized head opens it)
  let run = from - 1;
  while (run > 0 && tokens[run - 1]!.kind === 'word' && !tokens[run - 1]!.cap) run--;
  const afterHead = run > 0 && (tokens[run - 1]?.cap ?? false);
  for (let k = from; k < tokens.length && k < from + LEAD_REACH_TO_PLACE; k++) {
    const t = tokens[k]!;
    // (a place's word of two tokens too: "Ban An toàn giao thông thành phố |Hải Phòng")
    // (or a place's number: "Tổ bảo vệ an ninh trật tự tổ dân phố số |4")
    if (t.cap || t.kind === 'num') {
      if (k < from + LEAD_REACH || (afterHead && k - run <= LEAD_REACH_AFTER_HEAD) || placeWordEndsAt(tokens, k - 1) || (t.kind === 'num' && tokens[k - 1]?.lower === 'số' && placeWordEndsAt(tokens, k - 2))) return true;
      // (a unit's own number goes on to the place after it: "Tổ đoàn kết khai thác hải sản số 7 |thôn A")
      if (t.kind === 'num' && tokens[k - 1]?.lower === 'số') continue;
      return false;
    }
    if (t.kind === 'punct' && (t.text === '-' || t.text === '–' || commaJoinsPhrase(tokens, k) || joinedBySign(tokens, k))) continue;
    // ("và" leads to a capitalized part right after it, "Tài nguyên và Môi trường", or to
    // another recipient: "Chống độc và bác sĩ A" — not to the head of another body: "Khoa Hồi
    // sức và Khoa Dược")
    if (t.lower === 'và') return (tokens[k + 1]?.cap ?? false) && !ORG_HEAD.test(`${tokens[k + 1]!.text} ${tokens[k + 2]?.text ?? ''}`);
    if (t.kind !== 'word' || verbAt(tokens, k)) return false;
    // (not over what the unit does: "Tổ hòa giải giúp nhiều hộ …")
    if (DOES_WORDS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Whether a form of address or a rank of one or two words (ADDRESS_WORDS: "Achar", "Thượng tọa",
 * "Thiếu tá") starts at token k, a capitalized word after it.
 */
function addressedAt(tokens: ReturnType<typeof tokenize>, k: number): boolean {
  for (const n of [2, 1]) {
    const words = tokens.slice(k, k + n);
    if (words.length === n && words.every((t) => t.kind === 'word') && ADDRESS_WORDS.has(words.map((t) => t.lower).join(' ')) && tokens[k + n]?.cap) return true;
  }
  return false;
}

// a cooperative's head spelled out: "Hợp tác xã A", "hợp tác xã A"
const COOPERATIVE_SPELLED = /^[Hh]ợp tác xã(?![\p{L}])/u;

/** A name with a cooperative's head abbreviated, as the press writes it both ways: "Hợp tác xã A" → "HTX A". */
export function cooperativeAbbreviated(name: string): string {
  return name.replace(COOPERATIVE_SPELLED, 'HTX');
}

// how many tokens a board's purpose may run to its tier
const PURPOSE_REACH = 16;

/**
 * The end of a board's purpose from token `from`, lowercase words (a quoted name, a comma inside a
 * phrase among them), closed by a tier and its capitalized place: the offset after the place, or 0.
 */
function purposeToPlace(tokens: ReturnType<typeof tokenize>, slice: string, from: number): number {
  for (let k = from; k < tokens.length && k < from + PURPOSE_REACH; k++) {
    const t = tokens[k]!;
    if (opensQuote(t)) {
      const close = quotedNameEnd(slice, t.start);
      if (close === 0) return 0;
      k = lastTokenWithin(tokens, k, close);
      continue;
    }
    if (t.kind === 'punct' && commaJoinsPhrase(tokens, k)) continue;
    if (t.kind !== 'word' || t.cap || t.allCaps) return 0;
    const two = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`;
    const n = CLOSING_TIERS.has(two) ? 2 : CLOSING_TIERS.has(t.lower) ? 1 : 0;
    if (n === 0 || k === from || !tokens[k + n]?.cap) continue;
    let e = k + n;
    while (e < tokens.length && tokens[e]!.kind === 'word' && tokens[e]!.cap) e++;
    return tokens[e - 1]!.end;
  }
  return 0;
}

/** Whether the words after the head, up to token k, are all lowercase: "Tổ thiện nguyện". */
function allLowerAfterHead(tokens: ReturnType<typeof tokenize>, k: number): boolean {
  for (let q = 1; q < k; q++) if (tokens[q]!.kind !== 'word' || tokens[q]!.cap) return false;
  return true;
}

/** Whether token t opens a quote. */
const opensQuote = (t: ReturnType<typeof tokenize>[number] | undefined): boolean => t?.text === '“' || t?.text === '"';

/**
 * The end of the body's own name in quotes opening at token k, the words between the head and it
 * all lowercase ("Tổ dân vận “A”"), or 0.
 */
function ownQuotedName(tokens: ReturnType<typeof tokenize>, slice: string, k: number): number {
  return opensQuote(tokens[k]) && allLowerAfterHead(tokens, k) ? quotedNameEnd(slice, tokens[k]!.start) : 0;
}

/** The last token from k on that ends by `end`: where reading goes on after a span read whole. */
function lastTokenWithin(tokens: ReturnType<typeof tokenize>, k: number, end: number): number {
  while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
  return k;
}

// a quoted name, capitalized, on one line: “Nồi cháo yêu thương”
const QUOTED_NAME = /^["“][\p{Lu}\d][^"“”\n.;:]{0,60}["”]/u;

/** The end of a quoted name opening at `at`, or 0. */
function quotedNameEnd(slice: string, at: number): number {
  const m = QUOTED_NAME.exec(slice.slice(at, at + 64));
  return m ? at + m[0].length : 0;
}

/** End offset (in `text`) of the body's name that starts at i, or i when there is none. */
export function orgNameEnd(text: string, i: number): number {
  const slice = text.slice(i, i + 200);
  const tokens = tokenize(slice);
  let end = 0;
  let from = 0;
  // a unit whose standard name is all lowercase words, whatever follows: "Bộ phận tiếp nhận
  // và trả kết quả phường …", "Bộ phận một cửa huyện …"
  const fixed = FIXED_UNIT.exec(text.slice(i, i + 60));
  if (fixed) {
    while (from < tokens.length && tokens[from]!.end <= fixed[0].length) from++;
    end = fixed[0].length;
  }
  // a steering board named by its purpose in lowercase words, then its tier and place: "Ban Chỉ
  // đạo xây dựng nông thôn mới xã A", "Ban Chỉ đạo phong trào “Toàn dân …” huyện B"
  if (!fixed && tokens[0]?.text === 'Ban' && tokens[1]?.text === 'Chỉ' && tokens[2]?.lower === 'đạo') {
    const placed = purposeToPlace(tokens, slice, 3);
    if (placed > 0) return i + placed;
  }
  // (where the head ends, and whether "các" and lowercase words leading to the place follow it:
  // "Liên hiệp |các tổ chức hữu nghị tỉnh A")
  const headEnd = ORG_HEAD.exec(slice)?.[0].length ?? -1;
  // (a head of lowercase words is read whole: "Câu lạc bộ |doanh nhân kiều bào A", "Hợp tác xã |…")
  if (!fixed && headEnd > 0 && /\s\p{Ll}/u.test(slice.slice(0, headEnd))) {
    while (from < tokens.length && tokens[from]!.end <= headEnd) from++;
    end = headEnd;
  }
  const manyAfterHead = (k: number): boolean => tokens[k]!.end === headEnd && tokens[k + 1]?.lower === 'các' && leadsToCapital(tokens, k + 2);
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === 'cảnh' && tokens[k + 1]?.lower === 'sát') {
      const branch = POLICE_BRANCH.exec(slice.slice(t.start));
      if (branch) {
        end = t.start + branch[0].length;
        k = lastTokenWithin(tokens, k, end);
        continue;
      }
    }
    // the kind of a limited company, lowercase words of its name: "Công ty TNHH Một thành viên Điện cơ A"
    if (t.lower === 'một' && tokens[k - 1]?.text === 'TNHH' && tokens[k + 1]?.lower === 'thành' && tokens[k + 2]?.lower === 'viên') {
      end = tokens[k + 2]!.end;
      k += 2;
      continue;
    }
    if (t.kind === 'word' && (t.cap || t.allCaps)) { end = t.end; continue; }
    // the body's own name in quotes after its kind in lowercase words: "Tổ thiện nguyện “Nồi cháo
    // yêu thương” phường A", "Câu lạc bộ dân vận “Lời hay ý đẹp”"
    const quoted = k >= 1 && end === tokens[k - 1]!.end ? ownQuotedName(tokens, slice, k) : 0;
    if (quoted > 0) {
      end = quoted;
      k = lastTokenWithin(tokens, k, end);
      continue;
    }
    if (ENDS_NAME.has(t.lower)) break;
    if (t.kind === 'num' && k > 0 && tokens[k - 1]!.kind === 'word') {
      end = t.end;
      // (with its unit glued to it, or a distance after a plus: "lưới điện 220kV", "Km 9+650")
      const glued = GLUED_TO_NUMBER.exec(slice.slice(t.end, t.end + 8));
      if (glued) {
        end += glued[0].length;
        k = lastTokenWithin(tokens, k, end);
      }
      continue;
    }
    // a number joined to the word before by a dash: "Bệnh viện Hồi sức COVID-19 A"
    if (t.kind === 'punct' && t.text === '-' && t.start === tokens[k - 1]?.end && tokens[k + 1]?.kind === 'num' && tokens[k + 1]!.start === t.end) { end = tokens[k + 1]!.end; k++; continue; }
    // a comma inside a phrase of the name: "Tổ bảo vệ an ninh, trật tự ấp A"
    if (commaJoinsPhrase(tokens, k)) continue;
    // "&" or "/" joining two words, no space around: "Phòng GD&ĐT huyện A", "chất độc da cam/dioxin"
    if (joinedBySign(tokens, k)) continue;
    // (but not into the honour an item of a list names after a dash: "Hội Nông dân huyện A – Bằng khen …")
    if (t.kind === 'punct' && (t.text === '-' || t.text === '–') && tokens[k + 1]?.cap && k > 0 && !opensForm(tokens[k + 1]!.lower, tokens[k + 2]?.lower)) continue;
    // (or a dash between two lowercase words of the name, that lead on to its place: "Câu lạc bộ
    // hát then – đàn tính xã A")
    if (t.kind === 'punct' && (t.text === '-' || t.text === '–') && k > 0 && tokens[k - 1]!.kind === 'word' && !tokens[k - 1]!.cap && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap && leadsToCapital(tokens, k + 1)) continue;
    if (t.kind === 'word' && k > 0) {
      const next = tokens[k + 1];
      // (the office that serves two bodies is one body: "Văn phòng HĐND và UBND thị xã A", "Văn
      // phòng Đoàn ĐBQH và HĐND tỉnh")
      if (t.lower === 'và' && tokens[0]?.text === 'Văn' && JOINT_OFFICE.has(`${tokens[k - 1]!.text} ${next?.text ?? ''}`)) continue;
      if (t.lower === 'và') {
        // "Sở Tài nguyên và Môi trường": "và" joins two capitalized parts — but the same head
        // again starts a second body: "Công đoàn ngành Y tế và Công đoàn các Khu công nghiệp"
        // and so does the head of another body: "Đảng ủy xã A và Hội Nông dân xã B"
        // and so does a person addressed or ranked: "Ban Quản trị chùa A và Achar B", "… và Thiếu tá C"
        // (nor into the honour handed next: "cho Trường A và Bằng khen … cho cô B")
        if (next?.cap && !(next.text === tokens[0]!.text && tokens[k + 2]?.text === tokens[1]?.text) && !ORG_HEAD.test(slice.slice(next.start)) && !addressedAt(tokens, k + 1) && !opensForm(next.lower, tokens[k + 2]?.lower)) continue;
        break;
      }
      // "Công đoàn các Khu công nghiệp", "Đảng ủy Khối các Cơ quan": "các" before a capitalized part
      if (t.lower === 'các' && next?.cap) continue;
      // (or right after the head, lowercase words leading to the place: "Liên hiệp các tổ chức
      // hữu nghị tỉnh A")
      if (t.lower === 'các' && manyAfterHead(k - 1)) continue;
      // a verb of the sentence ends the name: "… Đắk Lắk đón nhận Huân chương"
      // (unless the pair is a noun: "Công ty TNHH Vật liệu xây dựng A", "các tổ chức")
      if ((VERB_PAIRS.has(`${t.lower} ${next?.lower ?? ''}`) && !NOUNS_OF_PAIRS.has(`${tokens[k - 1]!.lower} ${t.lower}`)) || (verbAt(tokens, k) && !TITLE_BODY_WORDS.has(t.lower))) break;
      if (TITLE_BODY_WORDS.has(t.lower)) {
        // a body word is part of the name, and can end it: "Ban Dân vận tích cực …",
        // "Đảng bộ Bệnh viện cũng …"
        end = t.end;
        if (endsBeforeVerb(tokens, k) && ownQuotedName(tokens, slice, k + 1) === 0 && !manyAfterHead(k)) break;
        continue;
      }
      // other lowercase words of a name lead to a capitalized part within four tokens:
      // "Công ty Điện lực", "Khoa Hồi sức tích cực - Chống độc"
      if (leadsToCapital(tokens, k + 1)) continue;
      // or end it: up to three lowercase words after a capitalized one, just before the
      // sentence's verb or a punctuation mark: "Khoa Hồi sức tích cực - Chống độc được …",
      // "Đội Cảnh sát giao thông được tặng …"
      // (or before "và" and the next recipient: "cho Khoa Hồi sức tích cực - Chống độc và bác sĩ …")
      // (also after a capitalized word's second syllable, before "và" or a stop only: "tổ Khoa học
      // tự nhiên và 3 giáo viên" — not before the sentence's verb: "Ban Dân vận tích cực tham gia")
      const secondSyllable = !tokens[k - 1]?.cap && k >= 2 && end === tokens[k - 1]!.end && tokens[k - 2]!.cap;
      if (tokens[k - 1]?.cap || secondSyllable) {
        let r = k;
        while (r < k + 3 && tokens[r]?.kind === 'word' && !tokens[r]!.cap && !verbAt(tokens, r) && tokens[r]!.lower !== 'và') r++;
        let stop = tokens[r];
        // (or a few more, to a tier that closes the name: "Trung tâm Kiểm |soát bệnh tật tỉnh và 63 cá nhân")
        const tier = closingTierAt(tokens, r, k + 6);
        if (tier > r) {
          r = tier;
          stop = tokens[r];
        }
        if (r > k && (!stop || stop.kind === 'punct' || stop.lower === 'và' || (!secondSyllable && !stop.cap && VERBS.has(stop.lower)))) end = tokens[r - 1]!.end;
        // (then the body's own name in quotes: "Tổ thiện nguyện “Nồi cháo yêu thương” phường A")
        const close = r > k && end === tokens[r - 1]!.end ? ownQuotedName(tokens, slice, r) : 0;
        if (close > 0) {
          end = close;
          k = lastTokenWithin(tokens, r, end);
          continue;
        }
        break;
      }
    }
    break;
  }
  // a unit named by its head and lowercase words only, to the punctuation that closes it: "Kíp cấp
  // cứu ngoại viện của khoa Cấp cứu, gồm …", "Tổ phản ứng nhanh của xã,"
  if (tokens.length > 1 && end === tokens[0]!.end && UNIT_HEADS.has(tokens[0]!.text)) end = lowercaseUnitEnd(tokens, end);
  return i + end;
}

// heads of units often named in lowercase words after them
const UNIT_HEADS = new Set(['Tổ', 'Kíp', 'Nhóm', 'Đội']);
// the most words such a name runs to
const LOWERCASE_UNIT_REACH = 10;


/**
 * The end of the lowercase words after a unit's head, when only punctuation closes them (else
 * `end`); capitalized words only after "của", the unit it belongs to ("… của khoa Cấp cứu").
 */
function lowercaseUnitEnd(tokens: ReturnType<typeof tokenize>, end: number): number {
  let r = 1;
  let of = false;
  for (; r < tokens.length && r <= LOWERCASE_UNIT_REACH; r++) {
    const t = tokens[r]!;
    // (a number after "số" is the unit's: "Tổ tàu thuyền an toàn tự quản số 8")
    if (t.lower === 'số' && tokens[r + 1]?.kind === 'num') { r++; continue; }
    if (t.kind !== 'word' || t.lower === 'và' || DOES_WORDS.has(t.lower) || (t.cap && !of) || (!t.cap && t.lower !== 'của' && verbAt(tokens, r))) break;
    if (t.lower === 'của') of = true;
  }
  const stop = tokens[r];
  // (closed by punctuation, or by "và" after a unit's number: "… số 8 và Tổ …")
  const closed = !stop || (stop.kind === 'punct' && !commaJoinsPhrase(tokens, r)) || (stop.lower === 'và' && tokens[r - 1]!.kind === 'num');
  return r >= 3 && closed ? tokens[r - 1]!.end : end;
}

// the address of a body after its comma: "Chi hội Phụ nữ ấp 4, xã A" (and the district
// after the commune: ", xã A, huyện B")
const ADDRESS_AFTER = /^,\s(?<word>xã|phường|thị trấn|huyện|quận|thị xã)\s\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3}/u;
// the tier of a place word: a hamlet's, a commune's, a district's
const PLACE_TIER: Record<string, number> = { 'ấp': 1, 'thôn': 1, 'bản': 1, 'xóm': 1, 'làng': 1, 'buôn': 1, 'khóm': 1, 'tổ dân phố': 1, 'khu phố': 1, 'xã': 2, 'phường': 2, 'thị trấn': 2, 'huyện': 3, 'quận': 3, 'thị xã': 3 };
const PLACE_IN_NAME = /(?<![\p{L}\p{M}])(?:tổ dân phố|khu phố|thị trấn|thị xã|ấp|thôn|bản|xóm|làng|buôn|khóm|xã|phường|huyện|quận)(?=\s(?:\p{Lu}|\d|số\s))/gu;

// the unit of the army a unit belongs to, after its comma: "Đại đội Bộ binh 6, Tiểu đoàn Bộ binh 9"
// (its name read as a body's: "Tiểu đoàn Bộ binh 9")
const UNIT_AFTER = /^,\s(?<word>Tiểu đội|Trung đội|Đại đội|Tiểu đoàn|Trung đoàn|Lữ đoàn|Sư đoàn)\s/u;
// how far after a name its address may end, in characters
const ADDRESS_REACH = 120;
// the tier of a unit of the army, from the squad up
const UNIT_TIER: Record<string, number> = { 'Tiểu đội': 1, 'Trung đội': 2, 'Đại đội': 3, 'Tiểu đoàn': 4, 'Trung đoàn': 5, 'Lữ đoàn': 6, 'Sư đoàn': 7 };
const UNIT_IN_NAME = /(?<![\p{L}\p{M}])(?:Tiểu đội|Trung đội|Đại đội|Tiểu đoàn|Trung đoàn|Lữ đoàn|Sư đoàn)(?![\p{L}\p{M}])/gu;

/**
 * The end of a body's name [start, end) with the address after its comma, when the address is of
 * a higher tier than every place the name holds: "Chi hội Phụ nữ ấp 4, xã A", "Ban Hộ tự chùa B,
 * xã C" — but "Công an xã A, xã B" are two bodies; and a unit of the army with the larger units
 * it belongs to: "Đại đội 3, Tiểu đoàn 4" (but "Đại đội 1, Đại đội 2" are two).
 */
export function withAddress(text: string, start: number, end: number): number {
  const name = text.slice(start, end);
  let top = 0;
  for (const m of name.matchAll(PLACE_IN_NAME)) top = Math.max(top, PLACE_TIER[m[0]]!);
  let unit = 0;
  for (const m of name.matchAll(UNIT_IN_NAME)) unit = Math.max(unit, UNIT_TIER[m[0]]!);
  for (;;) {
    // (an address is a few words: the text right after the name is enough)
    const rest = text.slice(end, end + ADDRESS_REACH);
    const a = ADDRESS_AFTER.exec(rest);
    if (a && PLACE_TIER[a.groups!.word!]! > top) {
      top = PLACE_TIER[a.groups!.word!]!;
      end += a[0].length;
      continue;
    }
    const u = unit > 0 ? UNIT_AFTER.exec(rest) : null;
    if (u && UNIT_TIER[u.groups!.word!]! > unit) {
      const unitEnd = orgNameEnd(text, end + 2);
      if (unitEnd > end + u[0].length) {
        unit = UNIT_TIER[u.groups!.word!]!;
        end = unitEnd;
        continue;
      }
    }
    return end;
  }
}
