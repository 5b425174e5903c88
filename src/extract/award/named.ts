// Recipients named without a number, counted 1 each (annotation guide): a body or person
// that is given an honour, or that receives one.
//   "Ban Thường vụ Huyện ủy tặng Giấy khen cho ông Giàng A Dế, Trưởng bản …"
//   "Công an TP Mỹ Tho vinh dự đón nhận Cờ thi đua của UBND tỉnh Tiền Giang"
//   "ông Nguyễn Văn Phước được Chủ tịch UBND tỉnh tặng Bằng khen và được công nhận điển hình … cấp huyện"
import { EVERY_TIER_IN_CLAUSE } from './counts.js';
import { VILLAGES } from '../../lexicon/places.js';
import type { LevelValue, RecipientTypeValue } from '../../schema.js';
import { findForms, findIssuers, findLevels, respectiveGivers, STATUS_AFTER } from './context.js';
import { handedFormsPattern, type AwardForm } from '../../lexicon/awards.js';
import { ORG_HEAD, orgNameEnd, QUOTED_BODY, withAddress } from './org-name.js';
import { alternation, capitalized, firstEitherCase, matchesAtWordStart } from '../../lexicon/pattern.js';
import { RANKS } from '../../lexicon/titles.js';
import { CALLINGS, RECIPIENT_WORDS, UNIT_NOUNS, WHOLE_PLACE } from '../../lexicon/recipients.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';
import { GIFT_THINGS } from '../../lexicon/cues.js';
import { CLERGY, HONORIFICS } from '../../lexicon/honorifics.js';
import { NO_BREAK_BEFORE_DOT } from '../../text/sentences.js';

export interface NamedAward {
  type: RecipientTypeValue;
  count: number;
  names: string[];
  level: LevelValue | null;
  award: string | null;
  start: number;
  end: number;
  rule: string;
  /** how the level was found: 'level.named', or 'level.named-giver' when only the one who
   * hands the honour over gives it ("Bí thư Đảng ủy phường trao Bằng khen cho …") */
  levelRule?: string;
}

export interface NameSpan {
  start: number;
  end: number;
  name: string;
  /** where a title written before the name begins: "cho |Điều dưỡng trưởng bệnh viện Mã Thị Kiều" */
  titledFrom?: number;
}

// a unit written with a lowercase head before its capitalized name: "tổ Toán - Tin", "khoa Nhi",
// a place of worship: "chùa Phước Hưng", "giáo xứ Thạch Bình", "nhà thờ Tin Lành Bàu Sen", "thánh đường Bàni A",
// a school's team or Pioneers: "đội tuyển Vật lý Trường THPT A", "liên đội Trường THCS B"
const LOWER_UNIT_HEAD = /^(?:tổ|khoa|phòng|đội tuyển|liên đội|đội|chi hội|chi đoàn|chi bộ|chùa|giáo xứ|giáo họ|nhà thờ|thánh thất|thánh đường|tịnh xá|hội thánh)\s(?=\p{Lu})/u;
// a unit named in lowercase by its kind and the village it serves: "chi hội khuyến học xóm 3",
// "chi đoàn thanh niên thôn Đông Hạ", or by the place alone: "chi đoàn thôn Pa Lìn", a team by the
// district it stands for: "đội quận Cảng Đông"
const LOWER_UNIT_AT_PLACE = /^(?:(?:chi hội|chi đoàn|chi bộ|tổ)\s(?:\p{Ll}+\s){0,3}(?:xóm|thôn|ấp|bản|khu phố|tổ dân phố|làng|khối|khóm|buôn)|(?:đội|liên đội)\s(?:xã|phường|thị trấn|quận|huyện|thị xã))\s(?:số\s)?(?:\d{1,3}(?![\p{L}\p{N}])|\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3})/u;
// a unit named by its number only: "tặng Giấy khen cho tổ dân phố số 7", "cho đội số 2", a
// village or neighbourhood too: "cho khu dân cư số 4", "thôn 3"
const NUMBERED_UNIT = /^(?:[Tt]ổ dân phố|[Tt]ổ tự quản|[Tt]ổ|[Đđ]ội|[Cc]hi hội|[Cc]hi đoàn|[Kk]hu dân cư|[Kk]hu phố|[Tt]hôn|[Xx]óm|[Ấấ]p|[Kk]hóm)\s(?:số\s)?\d{1,3}(?![\p{L}\p{N}])/u;
// a fishing boat by its registration number, the boat honoured with its crew: "cho tàu |CM 92451
// TS|", "tàu cá |QNg-96781-TS|" (its province's letters, its number, "TS" for fisheries)
const BOAT = /^[Tt]àu(?:\scá)?\s(?<reg>\p{Lu}\p{L}{1,2}[\s-]\d{4,5}[\s-]TS)(?![\p{L}\p{N}])/u;
// the unit itself in its own news, by its common noun: "nhà trường vinh dự đón nhận …", "công ty
// vinh dự đón nhận Huân chương …", "bệnh viện được … tặng" — not one named after its head
// ("công ty Than Hà Lầm")
// (not one named by its place: "Bệnh viện quận Hiệp Lạc")
const THE_UNIT_ITSELF = new RegExp(`^(?:${UNIT_NOUNS.map(([noun]) => firstEitherCase(noun)).join('|')})(?![\\p{L}\\p{M}])(?!\\s[\\p{Lu}\\d])(?!\\s(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)\\s[\\p{Lu}\\d])`, 'u');
// "tập thể" before a unit or place written lowercase: "tập thể tổ dân phố số 7", "tập thể thôn Khe Vạc"
const KIND_BEFORE_UNIT = new RegExp(String.raw`^tập thể\s(?=(?:tổ dân phố|khu dân cư|khu phố|${VILLAGES})\s(?:số\s)?[\p{Lu}\d])`, 'u');
// the people of a unit or a boat, honoured as one collective: "cho tập thể cán bộ, chiến sĩ Đồn
// Biên phòng Pa Lìn", "khen thưởng đột xuất tập thể thuyền viên tàu cá QNg 90123 TS"
const STAFF_OF = /^tập thể\s(?:(?:cán bộ, chiến sĩ|cán bộ, công nhân viên|cán bộ, nhân viên|cán bộ, giáo viên|y, bác sĩ|thuyền viên tàu cá|thuyền viên tàu|thuyền viên)\s)(?=[\p{Lu}\d])/u;
// a clan honoured as a whole: "cho dòng họ Lê Đình", "cho Dòng họ Nguyễn Văn"
const CLAN = /^[Dd]òng họ\s(?=\p{Lu})/u;
// a place honoured as a whole: "tặng Cờ thi đua cho xã Nghĩa Thái", "cho Phường 5", a village of
// the Highlands or the Mekong: "cho buôn Hra", "cho sóc Ven", a residential area: "cho khu dân cư
// thôn Đồng Chằm", a craft village by its craft: "cho làng cói Hà Phong", "làng nghề gốm Pa Lìn"
const PLACE_HEAD = /^(?:[Kk]hu dân cư(?:\s(?:thôn|ấp|bản|khu phố|tổ dân phố|làng|xóm|buôn|số))?|[Ll]àng(?:\s\p{Ll}+){1,3}(?=\s\p{Lu})|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hị xã|[Hh]uyện|[Qq]uận|[Tt]hôn|[Bb]ản|[Ấấ]p|[Kk]hu phố|[Bb]uôn|[Bb]on|[Pp]lei|[Ll]àng|[Xx]óm|[Ss]óc|[Kk]hóm)\s(?:\p{Lu}|\d)/u;
// "tặng Giấy khen cho …", "trao Huân chương Lao động hạng Ba cho …", "trao thưởng cho …", a posthumous
// title handed for the dead: "trao danh hiệu Anh hùng … truy tặng liệt sĩ A" (not the honour after
// "truy tặng": "trao Quyết định truy tặng Huân chương … cho …")
// (GIVE_TO and RECEIVE must not follow a letter: that is checked in code, lexicon/pattern.ts)
// "thưởng nóng 30 triệu đồng cho Ban chuyên án", and a letter of commendation sent, with or
// without "cho": "gửi thư khen Ban chuyên án 719L"
// (and the kind, then a colon, before the names: "cho các cá nhân: bác sĩ A, điều dưỡng B và …",
// "cho các em: A (lớp 9A), B (lớp 8C) và C";
// or "các" before people or households named by their heads: "cho các hộ ông A (ấp B), ông C …")
const GIVE_TO = /(?:trao tặng|trao|tặng|gắn|thưởng)\s(?<what>[^;:]{0,90}?)\s(?:cho|truy tặng(?=\s(?:liệt sĩ|cố|[Mm]ẹ|bà|ông|anh|chị|đồng chí)\s))\s(?:(?:các|những)\s\p{Ll}+(?:\s\p{Ll}+){0,3}?(?:\ssau)?:\s|(?:các|những)\s(?=(?:(?:hộ|gia đình)\s)?(?:ông|bà|anh|chị|cụ|đồng chí)\s\p{Lu}))?(?!các|những|nhiều|\d|mỗi|một số|hơn|gần)|gửi\s(?<what2>thư khen)\s(?:cho\s)?(?!các|những|nhiều|\d|mỗi|một số|hơn|gần)/gu;
// a second honour handed by the same verb, after the first one's recipient: "trao danh hiệu … cho
// Trường A |và Bằng khen của Chủ tịch UBND tỉnh cho |cô B" (looked for after a GIVE_TO only)
const AND_FORM_TO = new RegExp(`và\\s(?<what>(?:${handedFormsPattern()})[^;:]{0,80}?)\\scho\\s(?!các|những|nhiều|\\d|mỗi|một số|hơn|gần)`, 'gu');
// and the honour named first, given in the passive: "Cờ thi đua của UBND tỉnh được trao cho Bệnh
// viện …" (looked for only in a sentence with "được trao"/"được tặng")
const GIVEN_PASSIVE = new RegExp(`(?<what>(?:${handedFormsPattern()})[^;:]{0,80}?)\\s(?:đã\\s)?được\\s(?:trao tặng|trao|tặng)\\scho\\s(?!các|những|nhiều|\\d|mỗi|một số|hơn|gần)`, 'gu');
const PASSIVE_GIVING = /được (?:trao|tặng)/u;
// a person named before, referred to by the form of address alone, at the end of the clause or
// before what the person did: "tặng Bằng khen cho anh.", "truy tặng đồng chí;", "cho chị vì đã …"
const REFERRING_WORD = '(?<address>anh|chị|ông|bà|đồng chí|em|cụ)(?=\\s?[.;]|,\\s|\\s(?:vì|do|đã|về)\\s)';
const REFERRING = new RegExp(`^${REFERRING_WORD}`, 'u');
// or the honour and its giver named first, then "tặng" and the recipient with no "cho": "đón nhận
// Bằng khen của Ban Chấp hành Trung ương Đoàn tặng Huyện đoàn Pa Lìn" (looked for only in a
// sentence with "của … tặng")
// (or a person named before, referred to by the form of address alone: "… truy tặng đồng chí.")
const GIVEN_OF = new RegExp(`(?<what>(?:${handedFormsPattern()})[^;:,.]{0,30}?\\s(?:của|do)\\s[^;:,.]{3,70}?)\\s(?:trao tặng|tặng)\\s(?=\\p{Lu}|(?:ông|bà|đồng chí)\\s\\p{Lu}|${REFERRING_WORD})`, 'gu');
const OF_GIVING = /\s(?:của|do)\s[^;:,.]{3,100}\stặng\s/u;
// a list item that names the form, its giver and the recipient, with no verb: "1. Huân chương
// Lao động hạng Nhì của Chủ tịch nước cho Công ty …;", "- Bằng khen của UBND tỉnh cho Hội …",
// "- Bằng khen của Công đoàn Y tế Thành phố: Công đoàn cơ sở Bệnh viện A;", "- Huy hiệu 55 năm
// tuổi Đảng: đồng chí A và đồng chí B;"
const LISTED_GIVEN = /^(?:\d{1,2}[.)]\s|[-–+•]\s)?(?<what>(?:Huân chương|Huy chương|Huy hiệu|Bằng khen|Giấy khen|Cờ thi đua|Kỷ niệm chương|Thư khen)[^;:]{0,90}?)(?:\scho|:)\s(?!các|những|nhiều|\d|mỗi|một số|hơn|gần)/u;
function listedGiven(text: string): RegExpExecArray[] {
  const m = LISTED_GIVEN.exec(text);
  return m ? [m] : [];
}
// a verb of honour and its object, persons or households named after it: "tuyên dương các hộ …",
// "biểu dương ông …", or a body honoured on the spot: "khen thưởng đột xuất Ban Chỉ huy Công an
// xã …", "khen thưởng đột xuất tập thể thuyền viên tàu cá …" (not after a letter: checked in code;
// "công tác thi đua, khen thưởng Công an tỉnh" names no honour given, so a body needs "đột xuất")
// (also persons listed after what they are honoured as: "biểu dương các điển hình “Sống vui,
// sống khỏe” gồm: cụ A, cụ bà B và cụ C")
// (or pupils listed after a colon: "khen thưởng các em đạt giải học sinh giỏi quốc gia: em A (…),
// em B (…) và em C")
const HONOUR_OBJECT = /(?:tuyên dương|biểu dương|vinh danh|tôn vinh|khen thưởng)\s(?:đột xuất\s)?(?:(?:các|những)\s(?:(?:điển hình|gương)[^;:.]{0,60}?\s(?:gồm|là)|em[^;:.]{0,60}?)\s?:\s)?(?=(?:(?:các|những)\s)?(?:hộ|gia đình|ông|bà|anh|chị|cụ bà|cụ ông|cụ|đồng chí|em)\s\p{Lu})|(?<onTheSpot>khen thưởng đột xuất)\s(?=\p{Lu}|tập thể\s\p{Ll})/gu;
// "… (vinh dự) (được …) tặng/trao/công nhận/…", "… (vinh dự) đón nhận …"
// (an issuer has no punctuation, but the dot of "TP.": "được UBND TP. Cần Thơ tặng")
const RECEIVE = /(?:(?:vinh dự được|vinh dự|được)\s(?:(?<issuer>(?:[^,;.]|(?<=[\s(]T[Pp])\.){3,70}?)\s)?(?<verb>tặng thưởng|trao tặng|tặng|trao|công nhận|tuyên dương|biểu dương|vinh danh|khen thưởng)|(?:vinh dự\s)?(?:được\s)?(?<receive>đón nhận|nhận))(?![\p{L}])/gu;
// the kind of the recipients, the honour they got, then a colon before their names: "Các tập thể
// được UBND huyện tặng Giấy khen gồm: …", "Những cá nhân được tuyên dương là: …"
const KIND_THEN_LIST = /(?:[Cc]ác|[Nn]hững)\s(?:tập thể|đơn vị|cá nhân|hộ|gia đình|tổ chức)\s(?:(?:đã|vinh dự)\s)?được\s(?<what>[^;:.]{3,90}?)\s(?:gồm|bao gồm|là)\s?:\s/gu;
const HONOUR_WORDS = /khen|thưởng|tuyên dương|biểu dương|vinh danh/u;
// the first syllable of a verb whose second is "nhận": "công |nhận", "ghi |nhận", "xác |nhận"
const NOT_RECEIVING = /(?<![\p{L}])(?:[Cc]ông|[Gg]hi|[Xx]ác|[Tt]hừa)\s$/u;
const LIST_REACH = 3000;
const ONE_OF = /(?:^|[\s,])một trong(?:\s(?:những|số|các))?\s/u;
// What may stand between a subject and its verb: "cũng", "vừa", "còn", "là đơn vị vừa", and
// after several subjects "cùng", "đều": "Ông A và bà B cùng nhận Bằng khen …"
const ADVERBS = /^(?:\s*(?:,|cũng|vừa|đã|còn|là|đơn vị|năm \d{4}|vinh dự|và|lần lượt|cùng|đều))*\s*$/u;
// A short introduction before the subject: "Dịp này, ", "Trước đó, hồi tháng 2, ", and a
// word that singles it out: "Riêng ông A được …", "Đặc biệt, …"
// (or the subject itself, singled out: "bản thân Ban CHQS huyện A cũng được … tặng Bằng khen")
const INTRO = /^(?:[^,;]{0,50},\s|(?:Riêng|Đặc biệt|Ngoài ra|Đồng thời|Cùng dịp này|Cùng dịp|[Bb]ản thân)\s)/u;
// What may stand between the subject and its verb besides adverbs: an appositive title
// (", Tổ trưởng Tổ dân phố 42, khu phố 3, Phường 5"), a second recipient named with it
// ("và tập thể Hội Liên hiệp Phụ nữ Phường 5", counted by its own rule), an earlier honour
// of the same subject ("được Chủ tịch UBND tỉnh tặng Bằng khen và")
const APPOSITIVE = /^,[^;]*?(?=\s(?:và|cùng)\s|\s(?:cũng|vừa|đã|được|vinh dự)\s|(?<!\s)\s*$)/u;
// an appositive that describes the subject: ", người đã vận động …", ", là đơn vị có …"
const DESCRIBED = /^,\s(?:là\s)?(?:người|một người|đơn vị|nơi)\s/u;
// where the subject is, in parentheses: "Ban Quản trị chùa Tà Pạ (xã Núi Tô) được …"
const WHERE_IN_PARENS = /^\s?\([^()]{1,60}\)/u;
const CO_RECIPIENT = /\s(?:và|cùng)\s(?:tập thể|gia đình|cá nhân)\s\p{Lu}[^;]{0,300}$/u;
// co-recipients told by their count between the one named and the verb: "Hội Khuyến học xã A và
// 2 cá nhân vinh dự đón nhận Bằng khen …" (the count is a fact of its own, read by the count rules)
// (or "cùng ba đoàn viên": any word that counts recipients)
const COUNTED_CO_RECIPIENTS = new RegExp(`^\\s(?:và|cùng)\\s(?:\\d{1,4}|${alternation(NUMBER_WORDS)})(?:\\s(?:${alternation(NUMBER_WORDS)})){0,3}\\s(?:${alternation(Object.keys(RECIPIENT_WORDS))})(?:\\s\\p{Ll}+){0,3}?(?=\\s$|\\s(?:đã|cũng|vừa)\\s$)`, 'u');
// An appositive title starts here, not a recipient: "Tổ trưởng Tổ dân phố 42", "Trưởng khu phố"
const TITLE_AT = /^(?:Phó\s)?(?:Tổ trưởng|Trưởng|Chủ tịch|Bí thư|Giám đốc|Chủ nhiệm|Hiệu trưởng|Đội trưởng|Chi hội trưởng|Ủy viên|Thượng tá|Đại tá|Trung tá|Thiếu tá)(?![\p{L}])/u;
// What is given when it is a gift: "tặng quà", "trao 10 suất quà", "tặng sổ tiết kiệm"
// (the things of the lexicon, and money of any kind: "ông A được UBND xã tặng tiền")
const GIFT = new RegExp(`^\\s?(?:\\d+\\s)?(?:${alternation([...GIFT_THINGS, 'suất quà', 'tiền'])})(?![\\p{L}])`, 'u');
// What may come before a recipient's name: lowercase words, a title of address or profession
// ("Bác sĩ Trần Thị Hạnh … được tặng"), a degree with dots or without ("ThS. ", "PGS.TS ", "BS.CKII ", "BSCKII ")
// (any form of address of the lexicon, capitalized: "Ni sư Thích Nữ …", "Sư cô …", "Achar …")
const ADDRESSED = [...HONORIFICS, 'nhà giáo', 'già làng'].filter((h) => /^[\p{L} ]+$/u.test(h)).map(capitalized);
// (the forms of address in lowercase: "bà ", "cụ bà ")
const ADDRESSED_LOWER = alternation(HONORIFICS.filter((h) => /^[\p{L} ]+$/u.test(h)));
// (and the kind of recipient opening a sentence: "Cá nhân ông …", "Gia đình bà …")
const PERSON_PREFIX = new RegExp(`^(?:(?:Cá nhân|Gia đình|Hộ)\\s(?:${ADDRESSED_LOWER})\\s|[\\p{Ll}\\d/ ]*|(?:${alternation(ADDRESSED)})\\s|(?:\\p{Lu}\\p{L}{0,3}\\.)+(?:\\p{Lu}{2,4}\\s|\\s?)|(?:BSCKII|BSCKI|BSCK|PGS|ThS|Ths|TS|GS|BS|KS)\\s)$`, 'u');
// a military or police rank before a recipient's name: "Thượng úy Đoàn Minh Khôi được …"
const RANK_PREFIX = new RegExp(`^(?:${alternation([...RANKS].map(capitalized))})\\s$`, 'u');
// a calling of several words before the next name: ", kỹ thuật viên B", " và điều dưỡng C"
const CALLING_GAP = new RegExp(`^(?:,\\s|\\s(?:và|cùng)\\s|,\\s(?:và|cùng)\\s)(?:${alternation(CALLINGS)})\\s$`, 'u');
// between two recipients named: " và ", ", Trưởng ấp A và ông ", ", Phó Hiệu trưởng, và cô ", " và hộ bà ", or a form of
// address of several words: " và Chánh trị sự "
// ("và cụ bà ": a form of address of two words in lowercase, ADDRESSED_LOWER)
// (the first one's title may hold commas itself: ", Tổ trưởng tổ sản xuất số 4, Phân xưởng Khai thác
// 6 và kỹ sư ")
const NEXT_NAMED = new RegExp(`^(?:,[^,;]*){0,3},?\\s(?:và|cùng)\\s(?:\\p{Ll}+\\s|(?:hộ|gia đình)\\s\\p{Ll}+\\s|(?:${alternation(ADDRESSED)}|${ADDRESSED_LOWER})\\s)?$`, 'u');
// after a comma: ", ", ", bà ", ", hộ ông ", ", cụ bà "
const NEXT_AFTER_COMMA = new RegExp(`^,\\s(?:\\p{Ll}+\\s|(?:hộ|gia đình)\\s\\p{Ll}+\\s|(?:${ADDRESSED_LOWER})\\s)?$`, 'u');
// in a list after a colon, items end with ";", each one's description before it: ", nguyên
// Trưởng thôn …; cụ bà "
const NEXT_AFTER_SEMICOLON = new RegExp(`^(?:,[^;]*)?;\\s(?:${ADDRESSED_LOWER})\\s$`, 'u');
// another recipient after the first: " và ", " cùng " (or addressed persons after a body and a
// comma: "cho Công đoàn bộ phận Xưởng May 2|, |chị A, Tổ trưởng … và anh B"), the first one's
// address in brackets between: "cho gia đình bà A (thôn 4) và Tổ hợp tác B"
// (a person addressed by a title of the clergy after a comma too: ", Thượng tọa A")
const AND_NEXT = new RegExp(`^(?:\\s\\([^()]{1,40}\\))?(?:\\s(?:và|cùng)\\s|,\\s(?=(?:ông|bà|anh|chị|em|cụ|thầy|cô|đồng chí|${alternation(CLERGY.map(capitalized))})\\s\\p{Lu}))`, 'u');
// a form of address right before a name: "Thượng tọa ", "bà "
const ADDRESSED_BEFORE = new RegExp(`^(?:${alternation(ADDRESSED)}|${ADDRESSED_LOWER})\\s$`, 'u');
// a form of address, capitalized, then the name: "Thượng tọa Thích A", "Ông B"
const ADDRESSED_AT = new RegExp(`^(?:${alternation(ADDRESSED)})\\s\\p{Lu}`, 'u');
// after the titles of an addressed person, ";" and the next one's form of address: ", Trụ trì chùa B; Linh mục "
const ADDRESSED_AFTER_SEMICOLON = new RegExp(`^(?:,[^;]*)?;\\s(?:${alternation(ADDRESSED)}|${ADDRESSED_LOWER})\\s$`, 'u');
// the verb of a clause of its own after a name: "…; bà D được tặng …", "…; ông E phát biểu"
const CLAUSE_VERB = /(?<![\p{L}])(?:được|nhận|trao|tặng|phát biểu|cho biết|nói)(?![\p{L}])/u;
// a household named by its head: "hộ ông ", "gia đình bà ", its head ranked too: "gia đình Thượng tá "
const HOUSEHOLD_OF = new RegExp(`(?:^|\\s)(?:[Hh]ộ|[Gg]ia đình)\\s(?:(?:ông|bà|anh|chị|cụ|chú|bác|cô|${alternation([...RANKS, ...[...RANKS].map(capitalized)])})\\s)?$`, 'u');
// a verb of telling between a subject and the honour: what follows is what the subject says
const TELLS = /(?:^|[\s,])(?:cho biết|nói|kể|chia sẻ|thông tin|phát biểu|khẳng định|nhấn mạnh)(?:\s|,|:)/u;
const TELLING = new RegExp(TELLS.source, 'gu');
/** Where the last verb of telling in `between` ends (below zero: none). */
function lastTelling(between: string): number {
  let end = -1;
  for (const m of between.matchAll(TELLING)) end = m.index + m[0].length;
  return end;
}
// a verb of giving and the ones given to, between the subject and "được": the subject gives
const GIVES_TO = /\s(?:trao tặng|trao|tặng|gắn)\s[^;]{0,80}?\scho\s/u;
// receiving on behalf of others: "thay mặt các chi đoàn", "đại diện cho 12 tập thể"
const ON_BEHALF = /(?:^|[\s,])(?:thay mặt|thay cho|đại diện(?:\scho)?)\s/u;
const ONCE = /(?:^|\s)từng\s/u;
// the representative of a named body, who receives for it: "cho |đại diện |Chi bộ thôn A"
const FOR_BODY = /^đại diện\s(?:cho\s)?(?=\p{Lu})/u;
// handing over, which a presenter does, against giving, which the issuer does: "Phó Chủ tịch Hội
// tỉnh A trao Bằng khen cho …" tells who hands it over; "Trung ương Hội tặng Bằng khen cho …" who gives it
const HANDED_OVER = /^trao\s(?!tặng)/u;
// a verb of giving, its honour and "cho" right before a count: "tặng Bằng khen cho |hai chi hội …"
const GIVE_TO_COUNTS = /(?:trao tặng|trao|tặng|gắn)\s(?<what>[^;:]{0,90}?)\scho\s(?=\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)/gu;
// "… và |cụ A": the first addressed person joined to the list (or by a clergy's address or a rank:
// "… và |Linh mục A", "… và |Thượng úy B")
const JOINED_PERSON = new RegExp(`\\svà\\s(?=(?:ông|bà|cụ|anh|chị|đồng chí|thầy|cô|${alternation([...CLERGY.map(capitalized), ...[...RANKS].map(capitalized)])})\\s\\p{Lu})`, 'u');
// a quotation, and what tells that the ones counted are named: a capital, "là", "gồm", a colon, a
// part ("trong đó có 11 công an viên và ông A": one of the 17 counted)
const QUOTED = /["“][^"“”]{0,80}["”]/gu;
const NAMES_OR_LIST = /\p{Lu}|\slà\s|\sgồm\s|:|trong đó|trong số/u;
// what may follow a person of the list: punctuation, the end, or what the person did
const PERSON_ENDS = /^(?:\s?[,.;(]|$|\s(?:có|vì|đã có)\s)/u;
const EARLIER_HONOUR = /^\s(?:được|vinh dự|đã được)\s[^;]*?\svà\s?$/u;

// a contest's prize, by its rank: "cúp giải Nhất toàn đoàn", "giải Ba"; and an honour handed with
// it, which is one still: "Bằng khen và giải Nhất"
const CONTEST_PRIZE = /(?<![\p{L}])giải\s(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt|phong cách)(?![\p{L}])/iu;
const HONOUR_BESIDE_PRIZE = /(?<![\p{L}])(?:bằng khen|giấy khen|huân chương|kỷ niệm chương|danh hiệu|cờ thi đua)(?![\p{L}])/iu;
// a kin of someone, after a person's name: ", thân phụ Thượng úy A", ", vợ liệt sĩ B"; and what
// makes the honour the dead one's
const KIN_OF = /^,\s(?:thân phụ|thân mẫu|bố|mẹ|cha|vợ|chồng|con trai|con gái|người nhà|thân nhân)\s(?:của\s)?(?:\p{Lu}|liệt sĩ\s|anh\s|chị\s|đồng chí\s)/u;
const POSTHUMOUS = /(?<![\p{L}])(?:truy tặng|truy phong|liệt sĩ)(?![\p{L}])/iu;
// a verb of giving inside what a giving hands over: a second giving the match ran into
const GIVING_INSIDE = /\s(?:tặng|trao|gắn)\s/gu;
/** What the last verb of giving inside `what` hands over ("Giấy khen cho 14 cá nhân, còn B tặng Bằng khen" → "Bằng khen"), else `what`. */
function lastGiving(what: string): string {
  let from = 0;
  for (const m of what.matchAll(GIVING_INSIDE)) from = m.index + m[0].length;
  return what.slice(from);
}

/** Who the form of address `address` refers to, named before `before` (an offset in the sentence). */
export type ReferredTo = (address: string, before: number) => string | null;

export function findNamedAwards(text: string, people: NameSpan[], countsAt: number[], named?: ReferredTo): NamedAward[] {
  const out: NamedAward[] = [];
  // (a list item's honour given in the passive is found by both: once is enough)
  const givenAt = new Set<number>();
  const passive = PASSIVE_GIVING.test(text) ? matchesAtWordStart(GIVEN_PASSIVE, text, '', 'letter') : [];
  const givenOf = OF_GIVING.test(text) ? matchesAtWordStart(GIVEN_OF, text, '', 'letter') : [];
  const given = matchesAtWordStart(GIVE_TO, text, '', 'letter');
  const andForm = given.length > 0 && text.includes(' và ') ? matchesAtWordStart(AND_FORM_TO, text, '', 'letter').filter((a) => given.some((g) => g.index < a.index && !text.slice(g.index, a.index).includes(';'))) : [];
  for (const m of [...given, ...andForm, ...passive, ...givenOf, ...listedGiven(text)]) {
    const at = m.index + m[0].length;
    if (givenAt.has(at)) continue;
    givenAt.add(at);
    // (what the last verb of giving hands over, when the match ran past a giving to counts: "tặng
    // Giấy khen cho 14 cá nhân, còn Chủ tịch UBND tỉnh tặng |Bằng khen| cho Hội A")
    const what = lastGiving(m.groups!.what ?? m.groups!.what2!);
    const forms = findForms(what);
    if (forms.length === 0 && !/thưởng/u.test(m[0])) continue;
    // (a contest's prize handed over is no honour: "trao cờ và cúp giải Nhất toàn đoàn cho thị trấn A")
    if (CONTEST_PRIZE.test(what) && !HONOUR_BESIDE_PRIZE.test(what)) continue;
    // (a place given an honour follows "cho"; elsewhere a place is an address: "…, khu phố 3, Phường 5")
    // (the one who receives for a body is not the recipient: "cho đại diện Chi bộ thôn A", the body is)
    const representative = FOR_BODY.exec(text.slice(at, at + 20));
    const obj = recipientAt(text, at + (representative?.[0].length ?? 0), people, true) ?? referredTo(text, at, m.index, named);
    if (!obj || countsAt.some((c) => c >= at && c < obj.end)) continue;
    // (a kin who takes up a posthumous honour for the dead is no recipient: "trao Quyết định truy
    // tặng Huân chương Dũng cảm cho ông A, thân phụ Thượng úy B")
    if (obj.type === 'cá nhân' && KIN_OF.test(text.slice(obj.end, obj.end + 40)) && POSTHUMOUS.test(text)) continue;
    const clauseStart = Math.max(text.lastIndexOf(';', m.index) + 1, 0);
    const before = text.slice(clauseStart, m.index + m[0].length);
    // a body and then a person given the same: "cho Hội đồng Mục vụ giáo xứ A và già làng B"
    // and two bodies given the same, one fact of two: "cho Đảng ủy xã A và Hội Nông dân xã B"
    const objs = [obj];
    // and bodies listed with commas before the last "và": "cho chùa A, Giáo xứ B và Hội thánh C"
    // (a comma alone may open the address of the body before it: "Trạm Y tế xã A, Trung tâm …")
    for (const body of bodiesBeforeAnd(text, obj, people, countsAt, /:\s$/u.test(text.slice(Math.max(0, at - 2), at))) ?? []) {
      obj.count += body.count;
      obj.names.push(...body.names);
      obj.end = body.end;
    }
    for (let sep = AND_NEXT.exec(text.slice(obj.end)); sep; ) {
      const last = objs[objs.length - 1]!;
      const from = last.end + sep[0].length;
      const next = recipientAt(text, from, people);
      if (!next || countsAt.some((c) => c >= from && c < next.end)) break;
      // (persons after persons are no second group: "cho ông A và cảm ơn ông B đã hỗ trợ")
      if (next.type === 'tập thể' && last.type === 'tập thể') {
        last.count += next.count;
        last.names.push(...next.names);
        last.end = next.end;
      } else if (next.type !== last.type) objs.push(next);
      else break;
      sep = AND_NEXT.exec(text.slice(next.end));
    }
    const end = objs[objs.length - 1]!.end;
    const stated = findLevels(text.slice(m.index, end + 40))[0]?.value ?? lastIssuer(what);
    const giver = stated ? null : giverInTurn(text, m.index, at) ?? lastIssuer(before);
    for (const o of objs) {
      out.push({
        ...o,
        level: stated ?? giver,
        levelRule: stated ? 'level.named' : giver ? (HANDED_OVER.test(m[0]) ? 'level.named-giver' : 'level.named') : undefined,
        award: bestForm(forms) ?? 'khen thưởng',
        start: m.index,
        end: o.end,
        rule: 'award.named-given',
      });
    }
  }
  // "tặng Bằng khen cho hai chi hội và cụ A, Chi hội trưởng …": an addressed person joined by "và"
  // to the counts an honour is given to is a recipient of its own
  for (const m of text.includes(' và ') ? matchesAtWordStart(GIVE_TO_COUNTS, text, '', 'letter') : []) {
    const at = m.index + m[0].length;
    const forms = findForms(m.groups!.what!);
    if (forms.length === 0 || !countsAt.includes(at)) continue;
    const join = JOINED_PERSON.exec(text.slice(at, clauseEnd(text, at)));
    if (!join) continue;
    const from = at + join.index + join[0].length;
    // (counts and what they did before it, in lowercase words: no verb of a clause of its own, "cho 12
    // hộ, còn ông A nhận …", and no names of the ones counted, "cho 2 nghệ nhân là bà A và ông B")
    const between = text.slice(at, from).replace(QUOTED, '');
    if (CLAUSE_VERB.test(between) || NAMES_OR_LIST.test(between)) continue;
    const obj = recipientAt(text, from, people);
    if (!obj || obj.type !== 'cá nhân' || countsAt.some((c) => c >= from && c < obj.end) || !PERSON_ENDS.test(text.slice(obj.end, obj.end + 8))) continue;
    const level = findLevels(m.groups!.what!)[0]?.value ?? lastIssuer(text.slice(Math.max(text.lastIndexOf(';', m.index) + 1, 0), at));
    out.push({ ...obj, level, levelRule: level ? 'level.named' : undefined, award: bestForm(forms) ?? 'khen thưởng', start: m.index, end: obj.end, rule: 'award.named-given' });
  }
  // "Huyện ủy tuyên dương các hộ A (thôn …), B và C là hộ gia đình điển hình …": the named
  // object of a verb of honour, with no "cho"
  for (const m of matchesAtWordStart(HONOUR_OBJECT, text, '', 'letter')) {
    const at = m.index + m[0].length;
    const obj = recipientAt(text, at, people);
    if (!obj || (obj.type === 'tập thể' && m.groups!.onTheSpot === undefined) || countsAt.some((c) => c >= at && c < obj.end)) continue;
    const clauseStart = Math.max(text.lastIndexOf(';', m.index) + 1, sentenceBreakBefore(text, m.index), 0);
    // not a passive one ("… được tuyên dương ông …" does not occur) nor a proposal before it
    if (/(?:được|đề nghị|đề xuất|sẽ)\s(?:\p{Ll}+\s)?$/u.test(text.slice(clauseStart, m.index))) continue;
    const tail = text.slice(obj.end).split(/;|\.\s/u)[0]!;
    const forms = findForms(`${m[0]} ${tail}`);
    const stated = findLevels(tail)[0]?.value ?? null;
    const giver = stated ?? lastIssuer(text.slice(clauseStart, m.index + m[0].length));
    out.push({
      ...obj,
      level: giver,
      levelRule: giver ? 'level.named' : undefined,
      award: formOrVerb(forms, m[0]),
      start: m.index,
      end: obj.end,
      rule: 'award.named-object',
    });
  }
  // "Các tập thể được Giám đốc tặng Giấy khen gồm: A, B, C": the kind, its honour, then the
  // recipients named after a colon
  for (const m of text.includes(':') ? matchesAtWordStart(KIND_THEN_LIST, text, '', 'letter') : []) {
    const at = m.index + m[0].length;
    const what = m.groups!.what!;
    const forms = findForms(what);
    if (forms.length === 0 && !HONOUR_WORDS.test(what)) continue;
    // (a list of names runs a few thousand characters at most: a hostile clause must not make
    // each name slice the rest of it)
    const listed = recipientList(text, at, Math.min(clauseEnd(text, at), at + LIST_REACH), people);
    if (listed.length === 0 || countsAt.some((c) => c >= at && c < listed[listed.length - 1]!.end)) continue;
    const level = findLevels(what)[0]?.value ?? lastIssuer(what);
    const award = formOrVerb(forms, what);
    for (const type of ['tập thể', 'cá nhân', 'gia đình'] as const) {
      const names = listed.filter((x) => x.type === type).flatMap((x) => x.names);
      if (names.length > 0) out.push({ type, count: names.length, names, level, levelRule: level ? 'level.named' : undefined, award, start: m.index, end: listed[listed.length - 1]!.end, rule: 'award.named-listed' });
    }
  }
  for (const m of matchesAtWordStart(RECEIVE, text, '', 'letter')) {
    // (the second syllable of another verb is not "nhận": "Chỉ huy trưởng … quyết định công nhận
    // danh hiệu … cho 21 quân nhân" recognises, "ghi nhận" acknowledges)
    if (m.groups!.receive === 'nhận' && m[0] === 'nhận' && NOT_RECEIVING.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const clauseStart = Math.max(text.lastIndexOf(';', m.index) + 1, sentenceBreakBefore(text, m.index), listOpenedBefore(text, m.index), 0);
    const head = text.slice(clauseStart, m.index);
    // the subject opens the clause, or follows an introduction such as "Dịp này, "
    const lead = clauseStart + (head.length - head.trimStart().length);
    let subjectStart = subjectAfterIntros(text, lead, head.trimStart(), people);
    let subjects = recipientList(text, subjectStart, m.index, people);
    // the honour runs to the next "và được" or the clause end
    const tail = text.slice(m.index + m[0].length).split(/;|\svà được\s|\.\s/u)[0]!;
    const forms = findForms(`${m[0]} ${tail}`);
    // places opening the clause are honoured as a whole only with a thing handed over: "Xã A và
    // xã B được UBND tỉnh tặng Cờ thi đua" (not "Xã A được công nhận đạt chuẩn nông thôn mới")
    if (subjects.length === 0 && forms.some((f) => f.value.rank === 3)) subjects = recipientList(text, subjectStart, m.index, people, true, true);
    // after more introductions than that, a body, a place or persons right after one of its
    // commas: "Ghi nhận …, ngày 28/12/2020, tại hội nghị … tổ chức, thôn Bàu Sen cùng anh A, Đội
    // trưởng …, được Chủ tịch UBND tỉnh tặng Bằng khen" (or after "khi": "chúng tôi rất vinh dự
    // khi Hội … được … tặng Cờ thi đua")
    // (the commas of the 300 characters before the verb, eight at most: a hostile clause of
    // thousands of commas must not make each verb try them all)
    const near = Math.max(0, head.length - 300);
    let tried = 0;
    for (const sep of subjects.length === 0 ? head.slice(near).matchAll(/,\s|\s(?:khi|nay)\s/gu) : []) {
      if (++tried > 8) break;
      const at = clauseStart + near + sep.index + sep[0].length;
      const found = recipientList(text, at, m.index, people, true);
      if (found.length > 0 && ADVERBS.test(text.slice(found[found.length - 1]!.end, m.index).replace(APPOSITIVE, ''))) {
        subjectStart = at;
        subjects = found;
        break;
      }
    }
    // (the ones before a verb of telling speak, the ones after it are told of: "Ông A cho biết, năm
    // 2007, Cục Thống kê tỉnh đã được Thủ tướng tặng Bằng khen" — only the Cục is the subject)
    if (subjects.length > 1) {
      const told = lastTelling(text.slice(subjects[0]!.end, m.index));
      const from = subjects[0]!.end + told;
      if (told >= 0) subjects = subjects.filter((x) => x.end > from);
    }
    if (subjects.length === 0) continue;
    const subject = subjects[subjects.length - 1]!;
    // a description of the subject runs to the last comma before the verb: "Ông A, người đã
    // vận động 25 hộ dân hiến đất, được Huyện ủy tuyên dương"
    const co = COUNTED_CO_RECIPIENTS.exec(text.slice(subject.end, m.index))?.[0].length ?? 0;
    const between = text.slice(subject.end + co, m.index);
    // one of a group counted elsewhere: "Thượng úy A, …, là một trong những cá nhân được … tặng"
    if (ONE_OF.test(between)) continue;
    // the subject tells of honours, it does not receive them: "Ông A, Trưởng …, cho biết năm nay
    // Hội đồng gia tộc khen thưởng 21 cháu, mỗi em được nhận một phần thưởng"
    if (TELLS.test(between)) continue;
    // one who receives for others: "cô A, Bí thư Đoàn trường, thay mặt các chi đoàn lên nhận giấy
    // khen", "Đại úy B, Đội trưởng …, nhận Bằng khen thay mặt tập thể", "Ông C nhận danh hiệu thay cho
    // cha"
    if (ON_BEHALF.test(between) || ON_BEHALF.test(tail)) continue;
    // the subject hands the honour to the ones honoured: "Đồng chí A, TUV, Bí thư Huyện ủy trao
    // Giấy khen cho các tập thể được tuyên dương"
    if (GIVES_TO.test(between)) continue;
    // an honour the subject once had, told as background: "Hội CCB xã từng được Chủ tịch nước tặng
    // Huân chương …"
    if (ONCE.test(between)) continue;
    const describedLength = DESCRIBED.test(between) ? Math.max(0, between.lastIndexOf(',')) : 0;
    const gap = between.slice(describedLength).replace(WHERE_IN_PARENS, '').replace(APPOSITIVE, '').replace(CO_RECIPIENT, '').replace(EARLIER_HONOUR, '');
    if (!ADVERBS.test(gap)) continue;
    // a count of the subject's description is no recipient (nor of the co-recipients counted)
    const described = subject.end + co + describedLength;
    if (countsAt.some((c) => c >= subjectStart && c < m.index && !(c >= subject.end && c < described))) continue;
    // (honours of every tier over the years are a tally, no honour of the event: "Trong 5 năm qua, Hội
    // NCT xã được các cấp khen thưởng 18 lượt tập thể, cá nhân")
    if (m.groups!.issuer && EVERY_TIER_IN_CLAUSE.test(m.groups!.issuer)) continue;
    const issuerText = m.groups!.issuer ? `của ${m.groups!.issuer}` : '';
    const level = findLevels(tail)[0]?.value ?? findIssuers(issuerText)[0]?.value ?? findIssuers(tail)[0]?.value ?? null;
    const verb = m.groups!.verb ?? m.groups!.receive ?? '';
    if (forms.length === 0 && /nhận/u.test(verb)) continue;
    // a gift is no honour: "ông A được UBND xã tặng quà"
    if (GIFT.test(tail)) continue;
    // nor a status recognized: "thôn A được công nhận đạt chuẩn văn hóa"
    if (verb === 'công nhận' && STATUS_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // "Ủy ban MTTQ phường A, bà B và ông C, … được … tuyên dương": one fact per kind
    const award = formOrVerb(forms, verb);
    // "A và B lần lượt được nhận Cờ thi đua của Bộ Công an và Cờ thi đua của UBND tỉnh": each
    // recipient in turn gets the form of its rank, with the tier of the giver named after it
    const inTurn = IN_TURN.test(between) ? namedInTurn(`${m[0]} ${tail}`, subjects) : null;
    if (inTurn) {
      for (const r of inTurn) out.push({ ...r, end: m.index + m[0].length, start: subjectStart, rule: 'award.named-received-in-turn' });
      continue;
    }
    for (const type of ['tập thể', 'cá nhân', 'gia đình'] as const) {
      const of = subjects.filter((x) => x.type === type);
      if (of.length === 0) continue;
      const names = of.flatMap((x) => x.names);
      out.push({ type, count: names.length, names, level, award, end: m.index + m[0].length, start: subjectStart, rule: 'award.named-received' });
    }
  }
  return out;
}

type Recipient = { type: RecipientTypeValue; count: number; names: string[]; end: number };

/**
 * The bodies listed with commas after `first`, when the list closes with " và " and one more
 * body or a count: "chùa A, Giáo xứ B và Hội thánh C" → [Giáo xứ B]; null when there is no such
 * list.
 */
function bodiesBeforeAnd(text: string, first: Recipient, people: NameSpan[], countsAt: number[], afterColon = false): Recipient[] | null {
  if (first.type !== 'tập thể') return null;
  const out: Recipient[] = [];
  let last = first;
  for (let sep = LIST_COMMA.exec(text.slice(last.end)); sep; sep = LIST_COMMA.exec(text.slice(last.end))) {
    const from = last.end + sep[0].length;
    if (TITLE_AT.test(text.slice(from, from + 40))) return null;
    const next = recipientAt(text, from, people);
    if (!next || countsAt.some((c) => c >= from && c < next.end)) return null;
    // (the list may go on with persons addressed, after the bodies: "cho chùa A, Giáo xứ B, Thượng
    // tọa C và Linh mục D" — they are read as the next recipients)
    if (next.type !== 'tập thể') return next.type === 'cá nhân' && out.length > 0 && ADDRESSED_AT.test(text.slice(from, from + 30)) ? out : null;
    out.push(next);
    last = next;
  }
  const and = AND_NEXT.exec(text.slice(last.end));
  // (a list after a colon may end with its clause, with no "và": "cho các tập thể: A, B, C.")
  if (out.length > 0 && !and && afterColon && /^\s*(?:[.;]|$)/u.test(text.slice(last.end))) return out;
  if (out.length === 0 || !and) return null;
  // (or with a count, counted by its own rule: "cho chùa A, Giáo xứ B và 7 cá nhân")
  const after = last.end + and[0].length;
  if (countsAt.includes(after)) return out;
  return recipientAt(text, after, people)?.type === 'tập thể' ? out : null;
}
const LIST_COMMA = /^,\s(?!và\s)/u;

// the mark of a list item: "- ", "+ ", "• ", "1. ", "a) ", a table row's number "1 | ", also
// after the pipe that opens a row: "| 1 | "
const ITEM_MARK = /^\s*(?:\|\s?)?(?:[-–+•*]\s|\d{1,2}[.)]\s|\d{1,3}\s?\|\s|\d{1,3}\s[-–]\s|[a-zđ]\)\s)?/u;

/**
 * The recipient a list item names, under a lead that gives the honour: "UBND quận tặng Giấy
 * khen cho các tập thể, cá nhân sau:" then "- Chi hội Người cao tuổi tổ dân phố số 4;",
 * "- Ông Hoàng Văn Lạc, Chi hội trưởng …". Null when the item does not open with one.
 */
export function listedRecipient(text: string, people: NameSpan[]): { type: RecipientTypeValue; names: string[]; start: number; end: number } | null {
  const at = ITEM_MARK.exec(text)![0].length;
  // (a place listed is honoured as a whole: "1. Xã Phù Lưu Hạ – Bằng khen của UBND thành phố")
  const r = recipientAt(text, at, people, true);
  if (!r || r.names.length !== 1) return null;
  // (a body's name runs to the end of its item when nothing but words follows: "- Tổ tự quản khu
  // hàng khô;", "- Đội phòng cháy chữa cháy cơ sở chợ Vĩnh Lạc;")
  const whole = r.type === 'tập thể' ? wholeItemEnd(text, r.end) : r.end;
  return whole > r.end ? { type: r.type, names: [text.slice(at, whole)], start: at, end: whole } : { type: r.type, names: r.names, start: at, end: r.end };
}

// words that tell something of the body named before them, not more of its name: "- Hội A đạt …",
// "- Chi bộ B với 12 đảng viên", "- Trường C của huyện D"
const NOT_OF_A_NAME = new Set(['được', 'nhận', 'đạt', 'có', 'vì', 'đã', 'với', 'trong', 'cho', 'về', 'tại', 'do', 'là', 'của', 'và', 'gồm', 'thuộc', 'đơn', 'vị', 'năm']);
// the most words a body's name may run on by in its item
const ITEM_NAME_MORE = 8;

/**
 * Where a list item ends when only plain words follow `from` to its end (its closing ";" or "."
 * left out), else `from`.
 */
function wholeItemEnd(text: string, from: number): number {
  let end = text.length;
  while (end > from && /[\s;.,]/u.test(text[end - 1]!)) end--;
  const rest = text.slice(from, end);
  if (!rest.startsWith(' ')) return from;
  const words = rest.slice(1).split(' ');
  if (words.length > ITEM_NAME_MORE) return from;
  for (const w of words) if (!/^[\p{L}\p{M}\d]+$/u.test(w) || NOT_OF_A_NAME.has(w)) return from;
  return end;
}

/**
 * Where the subject of a clause starts (`lead`, with `head` the clause up to its verb): at the
 * clause start when a recipient is named there, else after one introduction ("Dịp này, "), or two
 * when only then one is named ("Trước đó, hồi tháng 2, Công đoàn … đã được …").
 */
function subjectAfterIntros(text: string, lead: number, head: string, people: NameSpan[]): number {
  if (recipientAt(text, lead, people)) return lead;
  const first = INTRO.exec(head);
  if (!first) return lead;
  const afterOne = lead + first[0].length;
  if (recipientAt(text, afterOne, people)) return afterOne;
  const second = INTRO.exec(head.slice(first[0].length));
  return second && recipientAt(text, afterOne + second[0].length, people) ? afterOne + second[0].length : afterOne;
}

/**
 * Named recipients listed from i up to a verb at `to`: "Ủy ban MTTQ Việt Nam phường Thái
 * Hòa, bà Lê Thị Kim Hoa và ông Đỗ Văn Sơn, Trưởng khu phố Tân Bình, phường Tân Hiệp".
 */
function recipientList(text: string, i: number, to: number, people: NameSpan[], places = false, everyPlace = false): Array<{ type: RecipientTypeValue; count: number; names: string[]; end: number }> {
  const out: Array<{ type: RecipientTypeValue; count: number; names: string[]; end: number }> = [];
  let at = i;
  for (;;) {
    const r = recipientAt(text, at, people, places && (at === i || everyPlace));
    if (!r || r.end > to) break;
    out.push(r);
    // the next one follows ", ", " và " or ", và ", after an appositive title of this one
    const rest = text.slice(r.end, to);
    let found = -1;
    for (const sep of rest.matchAll(/,\s(?:(?:và|cùng)\s)?|\s(?:và|cùng)\s/gu)) {
      const start = r.end + sep.index + sep[0].length;
      const opens = /^(?:ông|bà|anh|chị|thầy|cô|đồng chí|\p{Lu})/u.test(text.slice(start)) || (everyPlace && PLACE_HEAD.test(text.slice(start)));
      if (opens && !TITLE_AT.test(text.slice(start, start + 40)) && recipientAt(text, start, people, everyPlace)) {
        found = start;
        break;
      }
    }
    if (found < 0) break;
    at = found;
  }
  return out;
}

/** A body's or persons' name starting at i (a place's too, with `places`): its type, count and names. */
function recipientAt(text: string, at: number, people: NameSpan[], places = false): { type: RecipientTypeValue; count: number; names: string[]; end: number } | null {
  // (the word of the kind before a unit written lowercase is no part of its name: "cho tập thể |tổ dân
  // phố số 7")
  const i = at + (KIND_BEFORE_UNIT.exec(text.slice(at, at + 40))?.[0].length ?? 0);
  const rest = text.slice(i);
  // a place honoured as a whole, its people with it: "Đảng bộ, chính quyền và nhân dân xã Đăk Rơ Wa"
  const whole = WHOLE_PLACE.exec(rest);
  const wholePlace = whole ? PLACE_HEAD.exec(rest.slice(whole[0].length)) : null;
  if (whole && wholePlace) {
    const end = orgNameEnd(text, i + whole[0].length + wholePlace[0].length - 1);
    if (end > i + whole[0].length + wholePlace[0].length - 1) return { type: 'tập thể', count: 1, names: [text.slice(i, end)], end };
  }
  // a unit, village or neighbourhood named by its number only: "tổ dân phố số 7", "khu dân cư số 4"
  const numbered = NUMBERED_UNIT.exec(rest);
  if (numbered) return { type: 'tập thể', count: 1, names: [numbered[0]], end: i + numbered[0].length };
  const boat = BOAT.exec(rest);
  if (boat) return { type: 'tập thể', count: 1, names: [boat.groups!.reg!], end: i + boat[0].length };
  // a place before persons: "khu dân cư thôn Đồng Chằm" is no person named "Đồng Chằm" (its name
  // is read after its lowercase head: "xã |Nghĩa Thái")
  // (a place's name the finder of people took for a person's is still the place's, where places are
  // not read otherwise: "xã Mã Khê Thượng vinh dự đón nhận …", "Mã" being a family name too)
  const head = !ORG_HEAD.test(rest) ? PLACE_HEAD.exec(rest) : null;
  const place = head && (places || people.some((p) => p.start === i + head[0].length - 1)) ? head : null;
  if (place) {
    const end = orgNameEnd(text, i + place[0].length - 1);
    return end > i + place[0].length - 1 ? { type: 'tập thể', count: 1, names: [text.slice(i, end)], end } : null;
  }
  const staff = STAFF_OF.exec(rest);
  if (staff) {
    const from = i + staff[0].length - 1;
    const end = orgNameEnd(text, from);
    if (end > from) return { type: 'tập thể', count: 1, names: [text.slice(i + 'tập thể '.length, end)], end };
  }
  // a clan, a collective of households (its name is its families' surname): "cho dòng họ Lê Đình"
  const clan = CLAN.exec(rest);
  if (clan) {
    const end = orgNameEnd(text, i + clan[0].length - 1);
    if (end > i + clan[0].length - 1) return { type: 'tập thể', count: 1, names: [text.slice(i, end)], end };
  }
  // persons: "ông Giàng A Dế, Trưởng bản …", "Linh mục Trần Minh Đức", "đồng chí A và B",
  // "ThS. Lê Văn Tám", "PGS.TS Trần Hòa"
  // (or a person named after a title: "cho Trưởng Công an xã Lê Văn Hòa và Bí thư Đoàn xã …")
  // (a body of a body is no person whose name it looks like: "cho Đoàn Trường Cao đẳng A" is the
  // youth union of a college, not "Đoàn Trường Cao")
  const bodyOfBody = ORG_HEAD.exec(rest);
  const nested = bodyOfBody !== null && ORG_HEAD.test(rest.slice(bodyOfBody[0].length + 1)) && /^\s/u.test(rest.slice(bodyOfBody[0].length));
  // (nor is a unit of a lowercase head, a place of worship, whose name looks like a person's: "cho
  // chùa Hà Phong" — read below as the unit it is)
  const first = nested || LOWER_UNIT_HEAD.test(rest) ? undefined : people.find((p) => p.start >= i && p.start - i <= 16 && (PERSON_PREFIX.test(text.slice(i, p.start)) || RANK_PREFIX.test(text.slice(i, p.start))))
    ?? people.find((p) => p.titledFrom !== undefined && p.titledFrom >= i && p.titledFrom - i <= 16 && PERSON_PREFIX.test(text.slice(i, p.titledFrom)));
  if (first) {
    // (persons listed after a colon: "… gồm: cụ A (91 tuổi), nguyên Trưởng thôn …; cụ bà B")
    const listed = /:\s$/u.test(text.slice(Math.max(0, i - 2), i));
    const addressed = ADDRESSED_BEFORE.test(text.slice(i, first.start));
    const names = [first.name];
    let end = first.end;
    for (const p of people.filter((q) => q.start > first.start)) {
      // (each name may have its place in parentheses: "Vàng A Chư (thôn Lùng Phìn), Sùng Thị Mỷ …")
      // (or before the title written before the next name: " và |Điều dưỡng trưởng … Mã Thị Kiều")
      const gap = text.slice(end, p.titledFrom !== undefined && p.titledFrom >= end ? p.titledFrom : p.start).replace(WHERE_IN_PARENS, '');
      // (and a household's head after its word: "và hộ bà …")
      // (or addressed persons, each with the titles after the name, separated by ";": "cho Thượng tọa A,
      // Trụ trì chùa B; Linh mục C, …" — but not the subject of another clause: "…; bà D được …")
      const nextAddressed = addressed && ADDRESSED_AFTER_SEMICOLON.test(gap) && !CLAUSE_VERB.test(text.slice(p.end, clauseEnd(text, p.end)));
      if (!NEXT_NAMED.test(gap) && !NEXT_AFTER_COMMA.test(gap) && !CALLING_GAP.test(gap) && !(listed && NEXT_AFTER_SEMICOLON.test(gap)) && !nextAddressed) break;
      names.push(p.name);
      end = p.end;
    }
    // "cho hộ ông Châu Văn Mến", "gia đình bà …": a household, named by its head
    const type: RecipientTypeValue = HOUSEHOLD_OF.test(text.slice(i, first.start)) ? 'gia đình' : 'cá nhân';
    return { type, count: names.length, names, end };
  }
  // the unit itself, in its own news: "nhà trường vinh dự đón nhận Bằng khen …", "công ty …"
  const self = THE_UNIT_ITSELF.exec(rest);
  if (self) return { type: 'tập thể', count: 1, names: [self[0]], end: i + self[0].length };
  // (a body of a lowercase kind and a name in quotes: 'cho đội hình "Phố biển không rác"')
  const quoted = QUOTED_BODY.exec(rest);
  if (quoted) return { type: 'tập thể', count: 1, names: [quoted[0]], end: i + quoted[0].length };
  const atPlace = LOWER_UNIT_AT_PLACE.exec(rest);
  if (atPlace) return { type: 'tập thể', count: 1, names: [atPlace[0]], end: i + atPlace[0].length };
  const lowerHead = ORG_HEAD.test(rest) ? null : LOWER_UNIT_HEAD.exec(rest);
  const org = ORG_HEAD.test(rest) || lowerHead !== null;
  if (!org) return null;
  // (a unit's name is read after its lowercase head: "tổ |Toán - Tin")
  const nameEnd = orgNameEnd(text, lowerHead ? i + lowerHead[0].length : i);
  if (nameEnd <= i) return null;
  // (with its address: "Chi hội Phụ nữ ấp 4, xã A")
  const end = withAddress(text, i, nameEnd);
  return { type: 'tập thể', count: 1, names: [text.slice(i, end)], end };
}

/**
 * The person an honour is given to by the form of address alone ("tặng Bằng khen cho anh."): the
 * last one named before the clause with that same form of address ("Anh Lê Văn Tám đã …"), found
 * by `named` (clauseAt is where the clause begins, in the sentence), else null.
 */
function referredTo(text: string, at: number, clauseAt: number, named: ReferredTo | undefined): { type: RecipientTypeValue; count: number; names: string[]; end: number } | null {
  const ref = named ? REFERRING.exec(text.slice(at, at + 16)) : null;
  if (!ref) return null;
  const name = named!(ref.groups!.address!, Math.max(text.lastIndexOf(';', clauseAt), sentenceBreakBefore(text, clauseAt)));
  return name ? { type: 'cá nhân', count: 1, names: [name], end: at + ref[0].length } : null;
}

/** Where the clause that goes on at `at` ends: the next ";", or the end of the text. */
function clauseEnd(text: string, at: number): number {
  const stop = text.indexOf(';', at);
  return stop < 0 ? text.length : stop;
}

// the colon that opens a list of parts, each a clause of its own: "… được khen thưởng, gồm: Giáo
// xứ A nhận Bằng khen …; UBND xã tặng …"
const LIST_COLON = /(?<![\p{L}])(?:gồm|bao gồm|cụ thể|như sau)\s?:\s/gu;

/** Where the last list opened by a colon before `at` begins (0: none). */
function listOpenedBefore(text: string, at: number): number {
  if (!text.includes(':')) return 0;
  let start = 0;
  LIST_COLON.lastIndex = 0;
  for (let m = LIST_COLON.exec(text); m && m.index < at; m = LIST_COLON.exec(text)) start = m.index + m[0].length;
  return start;
}

/** Just after the last ". " before `at` that ends a sentence (not "TP. ", "Q. "), or 0. */
function sentenceBreakBefore(text: string, at: number): number {
  for (let k = text.lastIndexOf('. ', at); k >= 0; k = text.lastIndexOf('. ', k - 1)) {
    if (!NO_BREAK_BEFORE_DOT.test(text.slice(Math.max(0, k - 8), k))) return k + 1;
    if (k === 0) break;
  }
  return 0;
}

const IN_TURN = /(?:^|\s)lần lượt(?:\s|$)/u;

/**
 * Recipients honoured in turn: the k-th named gets the k-th form of `honour` and the tier of the
 * giver named after that form. Null unless the names and the forms are as many, two or more.
 */
function namedInTurn(honour: string, subjects: Array<{ type: RecipientTypeValue; names: string[] }>): Array<Omit<NamedAward, 'start' | 'end' | 'rule'>> | null {
  const named = subjects.flatMap((x) => x.names.map((name) => ({ type: x.type, name })));
  const forms = findForms(honour);
  if (named.length < 2 || named.length !== forms.length) return null;
  return named.map((n, k) => {
    const level = findIssuers(honour.slice(forms[k]!.end, forms[k + 1]?.start ?? honour.length))[0]?.value ?? null;
    return { type: n.type, count: 1, names: [n.name], level, levelRule: level ? 'level.named' : undefined, award: forms[k]!.value.value };
  });
}

// verbs that hold up recipients as examples: with no form named, they are "điển hình"
const EXAMPLE_VERB = /tuyên dương|biểu dương|vinh danh|tôn vinh/u;

/** The highest form named, or with none what the verb gives: "điển hình" or "khen thưởng". */
function formOrVerb(forms: Array<{ value: AwardForm }>, verb: string): string {
  return bestForm(forms) ?? (EXAMPLE_VERB.test(verb) ? 'điển hình' : 'khen thưởng');
}

function bestForm(forms: Array<{ value: AwardForm }>): string | null {
  let best: AwardForm | null = null;
  for (const f of forms) if (!best || f.value.rank > best.rank) best = f.value;
  return best?.value ?? null;
}

/**
 * "A, B và C lần lượt tặng Bằng khen cho buôn X; Giấy khen cho …": the giver whose turn the form
 * in [from, to) is — the givers pair with the forms after the verb, in order.
 */
function giverInTurn(text: string, from: number, to: number): LevelValue | null {
  const respective = respectiveGivers(text, 0, text.length);
  if (!respective) return null;
  const forms = findForms(text).filter((f) => f.start > respective.from);
  const k = forms.findIndex((f) => f.start >= from && f.end <= to);
  return forms.length === respective.tiers.length && k >= 0 ? respective.tiers[k]! : null;
}

function lastIssuer(before: string): LevelValue | null {
  const issuers = findIssuers(before);
  return issuers[issuers.length - 1]?.value ?? null;
}
