// Recipients named without a number, Duckling style: the extent of a body's name, and the
// named recipients given or receiving an honour (src/extract/award/org-name.ts, named.ts).
import { describe, expect, it } from 'vitest';
import { orgNameEnd } from '../../src/extract/award/org-name.js';
import { findNamedAwards, type NameSpan } from '../../src/extract/award/named.js';
import { extract } from '../../src/index.js';

const ORG_NAMES: Array<[string, string]> = [
  // five lowercase words before the capitalized part of the name
  ['Ban Quản lý rừng phòng hộ đầu nguồn Khe Vạc và Bằng khen', 'Ban Quản lý rừng phòng hộ đầu nguồn Khe Vạc'],
  // a unit's name ends before the body it belongs to ("thuộc") and before its members ("gồm")
  ['Đại đội Bộ binh 9 thuộc Bộ CHQS tỉnh; cá nhân là', 'Đại đội Bộ binh 9'],
  ['Tổ cứu hộ thôn Khe Vạc gồm 7 thành viên: các anh', 'Tổ cứu hộ thôn Khe Vạc'],
  // a unit glued to a number, the metres past a kilometre post
  ['Đội Quản lý vận hành lưới điện 220kV (Công ty Điện lực Pa Lìn);', 'Đội Quản lý vận hành lưới điện 220kV'],
  ['Trạm gác chắn Km 7+120 và 2 cá nhân', 'Trạm gác chắn Km 7+120'],
  // a comma inside the name of a heritage's club, and of an insurance office
  ['CLB dân ca ví, giặm xã Khe Vạc và 3 cá nhân', 'CLB dân ca ví, giặm xã Khe Vạc'],
  ['Phòng Quản lý thu – Sổ, thẻ BHXH tỉnh được tặng', 'Phòng Quản lý thu – Sổ, thẻ BHXH tỉnh'],
  // the people's security and border teams, a comma inside their standard names
  ['Tổ bảo vệ an ninh, trật tự ở cơ sở khu dân cư số 7 và bà Chu Thị Mến', 'Tổ bảo vệ an ninh, trật tự ở cơ sở khu dân cư số 7'],
  ['Tổ tự quản đường biên, mốc quốc giới bản Pa Lìn được tặng', 'Tổ tự quản đường biên, mốc quốc giới bản Pa Lìn'],
  // a police branch written with its abbreviations, to the body it belongs to
  ['Đội Cảnh sát QLHC về TTXH Công an huyện Khe Vạc và Công an xã Pa Lìn', 'Đội Cảnh sát QLHC về TTXH Công an huyện Khe Vạc'],
  ['Phòng Cảnh sát ĐTTP về ma túy Công an tỉnh được tặng', 'Phòng Cảnh sát ĐTTP về ma túy Công an tỉnh'],
  // "dân lập" (run by the people) a noun pair of the name, to the place after it
  ['Tổ thu gom rác dân lập khu phố 5 và 8 hộ gia đình.', 'Tổ thu gom rác dân lập khu phố 5'],
  ['Ban Dân vận Tỉnh ủy Đắk Lắk đón nhận Huân chương', 'Ban Dân vận Tỉnh ủy Đắk Lắk'],
  // a private firm by its kind ("tư nhân" a noun pair), a trade's noun in it ("vật liệu xây dựng")
  ['Doanh nghiệp tư nhân Gạch ngói Khe Vạc và 3 cá nhân', 'Doanh nghiệp tư nhân Gạch ngói Khe Vạc'],
  ['Công ty TNHH Vật liệu xây dựng Pa Lìn được tặng', 'Công ty TNHH Vật liệu xây dựng Pa Lìn'],
  ['Khu du lịch sinh thái Hà Phong và 2 cá nhân', 'Khu du lịch sinh thái Hà Phong'],
  // a head of lowercase words read whole, then lowercase words to the name ("doanh nhân" a noun
  // pair; an association of people: "Hội người …")
  ['Câu lạc bộ doanh nhân kiều bào Khe Vạc.', 'Câu lạc bộ doanh nhân kiều bào Khe Vạc'],
  ['Câu lạc bộ dân vận “Lời hay ý đẹp” được', 'Câu lạc bộ dân vận “Lời hay ý đẹp”'],
  ['Hội người Việt Nam huyện Pa Lìn và', 'Hội người Việt Nam huyện Pa Lìn'],
  // a steering board's purpose in lowercase words (a quoted name among them) to its tier and place
  ['Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện Pa Lìn tổ chức', 'Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện Pa Lìn'],
  ['Ban Chỉ đạo xây dựng nông thôn mới xã Khe Vạc (huyện Pa Lìn)', 'Ban Chỉ đạo xây dựng nông thôn mới xã Khe Vạc'],
  // "các" and lowercase words right after the head, to the place ("các tổ chức" a noun)
  ['Liên hiệp các tổ chức hữu nghị tỉnh Pa Lìn và Huân chương', 'Liên hiệp các tổ chức hữu nghị tỉnh Pa Lìn'],
  ['Hội Nông dân các xã đã', 'Hội Nông dân'],
  // the body's own name in quotes after its kind in lowercase words, then its place
  ['Tổ thiện nguyện “Nồi cháo yêu thương” phường Hà Phong, mỗi ngày', 'Tổ thiện nguyện “Nồi cháo yêu thương” phường Hà Phong'],
  ['Tổ dân vận “Lời hay” thôn Khe Vạc được', 'Tổ dân vận “Lời hay” thôn Khe Vạc'],
  ['Tổ “Cựu chiến binh giúp nhau” ấp Hà Phong 2 được', 'Tổ “Cựu chiến binh giúp nhau” ấp Hà Phong 2'],
  // (not a movement quoted after a name already capitalized)
  ['Hội Nông dân xã Pa Lìn “Dân vận khéo” năm 2020', 'Hội Nông dân xã Pa Lìn'],
  // lowercase words lead to a place's number after a place word of three tokens
  ['Tổ bảo vệ an ninh trật tự tổ dân phố số 7 và 3 cá nhân', 'Tổ bảo vệ an ninh trật tự tổ dân phố số 7'],
  // "kiểm soát" a noun pair (a checkpoint's), not a verb ending the name before a place
  ['Tổ công tác chốt kiểm soát dịch bản Pa Lìn và 3 chiến sĩ.', 'Tổ công tác chốt kiểm soát dịch bản Pa Lìn'],
  ['Hội Liên hiệp Phụ nữ Phường 5 được tặng', 'Hội Liên hiệp Phụ nữ Phường 5'],
  ['Công ty Điện lực Trà Vinh vinh dự nhận', 'Công ty Điện lực Trà Vinh'],
  ['Bưu điện tỉnh Pa Lìn được tặng Bằng khen', 'Bưu điện tỉnh Pa Lìn'],
  ['Văn phòng HĐND và UBND thị xã Khe Vạc nhận Bằng khen', 'Văn phòng HĐND và UBND thị xã Khe Vạc'],
  ['Phòng GD&ĐT và UBND xã Pa Lìn nhận Bằng khen', 'Phòng GD&ĐT'],
  ['Công ty TNHH Một thành viên Cao su Khe Vạc nhận Cờ thi đua', 'Công ty TNHH Một thành viên Cao su Khe Vạc'],
  // "&" and "/" inside a name; noun pairs of names ("thuyền viên", "thường trực", "dự phòng");
  // standard units named in lowercase words; a unit's number after "số"
  ['Phòng GD&ĐT huyện Khe Vạc và 3 cá nhân.', 'Phòng GD&ĐT huyện Khe Vạc'],
  ['Hội Nạn nhân chất độc da cam/dioxin huyện Pa Lìn được tặng', 'Hội Nạn nhân chất độc da cam/dioxin huyện Pa Lìn'],
  ['Trung tâm Y tế dự phòng tỉnh và 4 cá nhân.', 'Trung tâm Y tế dự phòng tỉnh'],
  ['Tổ cứu hộ thuyền viên thôn Khe Vạc được tặng', 'Tổ cứu hộ thuyền viên thôn Khe Vạc'],
  ['Tiểu đội dân quân thường trực xã Pa Lìn được tặng', 'Tiểu đội dân quân thường trực xã Pa Lìn'],
  ['Đội vận động quần chúng Đồn Biên phòng Pa Lìn được tặng', 'Đội vận động quần chúng Đồn Biên phòng Pa Lìn'],
  ['Tổ tiết kiệm và vay vốn ấp Khe Vạc được tặng', 'Tổ tiết kiệm và vay vốn ấp Khe Vạc'],
  ['Tổ tàu thuyền an toàn tự quản số 7 và Tổ tàu thuyền an toàn tự quản số 9.', 'Tổ tàu thuyền an toàn tự quản số 7'],
  ['Liên chi hội sinh viên khoa Ngữ văn được tặng', 'Liên chi hội sinh viên khoa Ngữ văn'],
  ['Tòa Hành chính TAND tỉnh được tặng', 'Tòa Hành chính TAND tỉnh'],
  // lowercase words up to a place's word of two tokens; "dân sự" a noun pair; a comma inside "phổ biến, giáo dục"
  ['Ban An toàn giao thông thành phố Khe Vạc tổng kết', 'Ban An toàn giao thông thành phố Khe Vạc'],
  ['Cục Thi hành án dân sự tỉnh Pa Lìn tổng kết', 'Cục Thi hành án dân sự tỉnh Pa Lìn'],
  ['Hội đồng Phối hợp phổ biến, giáo dục pháp luật huyện Khe Vạc tổ chức', 'Hội đồng Phối hợp phổ biến, giáo dục pháp luật huyện Khe Vạc'],
  // a cluster of works, by its head word
  ['Cụm thủy nông Khe Vạc vinh dự nhận', 'Cụm thủy nông Khe Vạc'],
  ['Ủy ban MTTQ Việt Nam xã Tân Hòa', 'Ủy ban MTTQ Việt Nam xã Tân Hòa'],
  ['Đảng ủy Khối Dân - Chính - Đảng được', 'Đảng ủy Khối Dân - Chính - Đảng'],
  // "và" joins two parts of a name, but before the head of another body it ends the first
  ['Sở Tài nguyên và Môi trường tặng', 'Sở Tài nguyên và Môi trường'],
  ['Trường THPT Lê Lợi và Hội Nông dân', 'Trường THPT Lê Lợi'],
  ['Đảng ủy xã Hòa Phong và Hội Cựu chiến binh xã Hòa Tiến', 'Đảng ủy xã Hòa Phong'],
  ['Ban Dân vận và nhân dân', 'Ban Dân vận'],
  ['Chi bộ khu phố 4 tuyên dương', 'Chi bộ khu phố 4'],
  // lowercase words lead to the place's word and the place's name, further than four words
  ['Tổ tự quản đường làng ấp Khe Vạc được', 'Tổ tự quản đường làng ấp Khe Vạc'],
  // (up to seven lowercase words before the place's word: "an ninh trật tự")
  ['Tổ tự quản an ninh trật tự làng Pa Lìn vì đã', 'Tổ tự quản an ninh trật tự làng Pa Lìn'],
  // ("nhân dân" inside a name is no verb: "nhân dịp" would be)
  ['Tổ tuần tra nhân dân thôn Khe Vạc vì đã kịp thời', 'Tổ tuần tra nhân dân thôn Khe Vạc'],
  // lowercase words after a capitalized word's second syllable, before "và" and the next recipient
  ['Khoa học tự nhiên và 3 giáo viên', 'Khoa học tự nhiên'],
  // (nor through "và" into a person addressed or ranked)
  ['Ban Quản trị chùa Pa Lìn và Achar Vi Văn Thoòng vì có thành tích', 'Ban Quản trị chùa Pa Lìn'],
  ['Đồn Biên phòng Khe Vạc và Thiếu tá Lầu A Giống', 'Đồn Biên phòng Khe Vạc'],
  // (not after a place word: "Hội Nông dân xã" ends the name)
  ['Hội Nông dân xã tích cực, sáng tạo', 'Hội Nông dân xã'],
  // … but not so far to a capital with no place's word before it: the name does not run on
  ['Tổ hòa giải giúp nhiều hộ Khe Vạc', 'Tổ'],
  // "cơ động" (mobile) is a noun pair of a unit's name, not a verb: the place after it goes on
  ['Trung đội dân quân cơ động xã Sùng Chảo được', 'Trung đội dân quân cơ động xã Sùng Chảo'],
  // lowercase words after the last capitalized one end the name before "và" and another recipient
  ['Phòng Điều dưỡng - Kiểm soát nhiễm khuẩn và bác sĩ Lê Thị Na', 'Phòng Điều dưỡng - Kiểm soát nhiễm khuẩn'],
  // a dash between two parts of a name, after a lowercase word
  ['Ngữ văn - Sử được', 'Ngữ văn - Sử'],
  ['ban dân vận', ''],
  // a dash then an honour ends a name: the item of a list names what it got
  ['Hội Cựu chiến binh xã Tân Lập – Bằng khen của UBND tỉnh', 'Hội Cựu chiến binh xã Tân Lập'],
];

const span = (text: string, name: string): NameSpan => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, name };
};
type N = [string, number, string[], string | null, string | null, string];
const NAMED: Array<[string, string[], N[]]> = [
  // a place of worship whose name looks like a person's, with a count after it
  ['Chủ tịch UBND quận tặng Giấy khen cho chùa Hà Phong và 4 cá nhân.', ['Hà Phong'], [['tập thể', 1, ['chùa Hà Phong'], 'quận', 'giấy khen', 'award.named-given']]],
  // the one who tells of an honour does not receive it; the body told of does
  ['Ông Lê Văn Tám cho biết, trong cuộc Tổng điều tra năm 2009, Chi cục Thống kê huyện đã được Thủ tướng Chính phủ tặng Bằng khen.', ['Lê Văn Tám'], [['tập thể', 1, ['Chi cục Thống kê huyện'], 'trung ương', 'bằng khen', 'award.named-received']]],
  // a body of a body whose words look like a person's name ("Đoàn" a surname, "Trường" a given name)
  ['Ban Thường vụ Thành đoàn tặng Bằng khen cho Đoàn Trường Cao đẳng Y tế Pa Lìn.', ['Đoàn Trường Cao'], [['tập thể', 1, ['Đoàn Trường Cao đẳng Y tế Pa Lìn'], 'thành phố', 'bằng khen', 'award.named-given']]],
  // a craft village named by its craft before its name is a body, not a person of that name
  ['Ông Lê Văn Tám trao Bằng công nhận làng nghề truyền thống cho làng gốm Hà Phong.', ['Lê Văn Tám', 'Hà Phong'], [['tập thể', 1, ['làng gốm Hà Phong'], null, 'bằng công nhận', 'award.named-given']]],
  // bodies listed with commas, then persons addressed by the clergy's titles: two entries
  ['Ông Lê Văn Tám trao Bằng khen của Chủ tịch UBND tỉnh cho chùa Pa Lìn, Giáo xứ Khe Vạc, Thượng tọa Thích Minh Tâm và Linh mục Giuse Lầu A Giống.', ['Lê Văn Tám', 'Thích Minh Tâm', 'Giuse Lầu A Giống'], [['tập thể', 2, ['chùa Pa Lìn', 'Giáo xứ Khe Vạc'], 'tỉnh', 'bằng khen', 'award.named-given'], ['cá nhân', 2, ['Thích Minh Tâm', 'Giuse Lầu A Giống'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  ['Ông Lê Văn Tám trao Bằng khen của Chủ tịch UBND tỉnh cho chùa Pa Lìn, Thượng tọa Thích Minh Tâm và Linh mục Giuse Lầu A Giống.', ['Lê Văn Tám', 'Thích Minh Tâm', 'Giuse Lầu A Giống'], [['tập thể', 1, ['chùa Pa Lìn'], 'tỉnh', 'bằng khen', 'award.named-given'], ['cá nhân', 2, ['Thích Minh Tâm', 'Giuse Lầu A Giống'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  // the first person's title holds commas itself, then "và" and a profession before the second name
  // (the state order's tier is set later, from the whole sentence)
  ['Ông Lê Văn Tám trao Huân chương Lao động hạng Ba cho thợ lò Vi Văn Thoòng, Tổ trưởng tổ sản xuất số 4, Phân xưởng Khai thác 6 và kỹ sư Lầu A Giống, Quản đốc Phân xưởng Cơ điện.', ['Lê Văn Tám', 'Vi Văn Thoòng', 'Lầu A Giống'], [['cá nhân', 2, ['Vi Văn Thoòng', 'Lầu A Giống'], null, 'huân chương', 'award.named-given']]],
  // a body named after a second giving takes that giving's form, not the first one's
  ['Dịp này, UBND phường tặng Giấy khen cho 9 cá nhân, còn Chủ tịch UBND tỉnh tặng Bằng khen cho Hội Nông dân xã Pa Lìn.', [], [['tập thể', 1, ['Hội Nông dân xã Pa Lìn'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  // pupils listed after a colon, each with the prize won in parentheses
  ['Tại hội nghị, Hội Khuyến học huyện đã khen thưởng các em đạt giải học sinh giỏi quốc gia: em Chu Thị Mến (giải Nhì môn Ngữ văn) và em Vi Văn Thoòng (giải Ba môn Hóa học), mỗi em được thưởng 2 triệu đồng.', ['Chu Thị Mến', 'Vi Văn Thoòng'], [['cá nhân', 2, ['Chu Thị Mến', 'Vi Văn Thoòng'], 'huyện', 'khen thưởng', 'award.named-object']]],
  // a body, then addressed persons after a comma: two facts, one of each kind
  ['Bằng khen của Tổng Liên đoàn Lao động Việt Nam được trao cho Công đoàn bộ phận Xưởng May 2, chị Chu Thị Mến, Tổ trưởng Tổ Cắt 3 và anh Vi Văn Thoòng, công nhân Tổ Hoàn thiện.', ['Chu Thị Mến', 'Vi Văn Thoòng'], [['tập thể', 1, ['Công đoàn bộ phận Xưởng May 2'], 'trung ương', 'bằng khen', 'award.named-given'], ['cá nhân', 2, ['Chu Thị Mến', 'Vi Văn Thoòng'], 'trung ương', 'bằng khen', 'award.named-given']]],
  // a neighbourhood named by its number only
  ['Đại tá Lê Văn Tám trao Giấy khen của Giám đốc Công an tỉnh cho khu dân cư số 4, thị trấn Khe Vạc.', [], [['tập thể', 1, ['khu dân cư số 4'], 'tỉnh', 'giấy khen', 'award.named-given']]],
  // the representative who receives for a body is not the recipient: the body is
  ['Đồng chí Lê Văn Tám trao Bằng khen của Ban Thường vụ Tỉnh ủy cho đại diện Chi bộ thôn Khe Vạc.', [], [['tập thể', 1, ['Chi bộ thôn Khe Vạc'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  // a mosque of the Chăm Bàni is a body given an honour
  ['Dịp này, UBND tỉnh tặng Bằng khen cho Thánh đường Bàni thôn Khe Vạc và chùa Nghĩa Phước.', [], [['tập thể', 2, ['Thánh đường Bàni thôn Khe Vạc', 'chùa Nghĩa Phước'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  // a union by its abbreviation
  ['Tại Đại hội, đồng chí Lê Văn Tám trao Bằng khen của Tổng LĐLĐ Việt Nam tặng LĐLĐ huyện Pa Lìn vì thành tích xuất sắc.', ['Lê Văn Tám'], [['tập thể', 1, ['LĐLĐ huyện Pa Lìn'], 'trung ương', 'bằng khen', 'award.named-given']]],
  // the people of a unit or a boat, honoured as one collective
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho tập thể cán bộ, chiến sĩ Đồn Biên phòng Pa Lìn.', [], [['tập thể', 1, ['cán bộ, chiến sĩ Đồn Biên phòng Pa Lìn'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  ['Tại buổi lễ, Chủ tịch UBND tỉnh khen thưởng đột xuất tập thể thuyền viên tàu cá QNg 90123 TS, mỗi suất kèm 5 triệu đồng.', [], [['tập thể', 1, ['thuyền viên tàu cá QNg 90123 TS'], 'tỉnh', 'khen thưởng', 'award.named-object']]],
  // the first recipient's address in brackets before the next one
  ['Ông Lê Văn Tám trao Giấy khen của Chủ tịch UBND huyện cho gia đình bà Chu Thị Mến (thôn 4) và Tổ hợp tác chăn nuôi bò thôn Khe Vạc.', ['Lê Văn Tám', 'Chu Thị Mến'], [['gia đình', 1, ['Chu Thị Mến'], 'huyện', 'giấy khen', 'award.named-given'], ['tập thể', 1, ['Tổ hợp tác chăn nuôi bò thôn Khe Vạc'], 'huyện', 'giấy khen', 'award.named-given']]],
  ['Ban Thường vụ Huyện ủy tặng Giấy khen cho ông Giàng A Dế, Trưởng bản Sín Chải.', ['Giàng A Dế'], [['cá nhân', 1, ['Giàng A Dế'], 'huyện', 'giấy khen', 'award.named-given']]],
  ['Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho Công an TP Mỹ Tho.', [], [['tập thể', 1, ['Công an TP Mỹ Tho'], 'tỉnh', 'huân chương', 'award.named-given']]],
  // the honour named first, given in the passive
  ['Cờ thi đua của UBND tỉnh được trao cho Trạm Y tế xã Tân Mỹ và Công an xã Tân Hòa.', [], [['tập thể', 2, ['Trạm Y tế xã Tân Mỹ', 'Công an xã Tân Hòa'], 'tỉnh', 'cờ thi đua', 'award.named-given']]],
  // two bodies given the same honour: one fact of two
  ['Thay mặt Ban Thường vụ Tỉnh ủy, ông A trao Bằng khen cho Đảng ủy xã Hòa Phong và Hội Cựu chiến binh xã Hòa Tiến.', [], [['tập thể', 2, ['Đảng ủy xã Hòa Phong', 'Hội Cựu chiến binh xã Hòa Tiến'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  ['Công an TP Mỹ Tho vinh dự đón nhận Cờ thi đua của UBND tỉnh Tiền Giang.', [], [['tập thể', 1, ['Công an TP Mỹ Tho'], 'tỉnh', 'cờ thi đua', 'award.named-received']]],
  // the honour and its giver first, then "tặng" and the recipient with no "cho"
  ['Đại hội vinh dự đón nhận Bằng khen của Ban Chấp hành Trung ương Đoàn tặng Huyện đoàn Pa Lìn vì thành tích xuất sắc.', [], [['tập thể', 1, ['Huyện đoàn Pa Lìn'], 'trung ương', 'bằng khen', 'award.named-given']]],
  ['Hội nghị đón nhận Cờ thi đua của UBND tỉnh tặng Đảng bộ xã Khe Vạc.', [], [['tập thể', 1, ['Đảng bộ xã Khe Vạc'], 'tỉnh', 'cờ thi đua', 'award.named-given']]],
  ['Dịp này, ông Nguyễn Văn Phước được Chủ tịch UBND tỉnh tặng Bằng khen.', ['Nguyễn Văn Phước'], [['cá nhân', 1, ['Nguyễn Văn Phước'], 'tỉnh', 'bằng khen', 'award.named-received']]],
  ['Ông Lê Văn Tám và bà Trần Thị Hoa được tuyên dương điển hình cấp huyện.', ['Lê Văn Tám', 'Trần Thị Hoa'], [['cá nhân', 2, ['Lê Văn Tám', 'Trần Thị Hoa'], 'huyện', 'điển hình', 'award.named-received']]],
  // a word that singles the subject out before it: "Riêng ông …", "Đặc biệt bà …"
  ['Riêng ông Lò Văn Khiêm được Chủ tịch UBND tỉnh tặng Bằng khen.', ['Lò Văn Khiêm'], [['cá nhân', 1, ['Lò Văn Khiêm'], 'tỉnh', 'bằng khen', 'award.named-received']]],
  // an elder addressed as "Cụ bà", described before the verb
  ['Cụ bà Hồ Thị Lành, 92 tuổi, ở thôn Phò Nam, được UBND huyện tặng giấy khen.', ['Hồ Thị Lành'], [['cá nhân', 1, ['Hồ Thị Lành'], 'huyện', 'giấy khen', 'award.named-received']]],
  // two introductions before the subject
  ['Trước đó, hồi tháng 3, Công đoàn Bệnh viện Đa khoa tỉnh đã được Tổng LĐLĐ Việt Nam tặng Cờ thi đua.', [], [['tập thể', 1, ['Công đoàn Bệnh viện Đa khoa tỉnh'], 'trung ương', 'cờ thi đua', 'award.named-received']]],
  // a rank before the recipient's name, a unit in parentheses after it
  ['Đặc biệt, Trung úy Hà Quang Vũ (Đồn Biên phòng Pa Vây Sử) được Bộ trưởng Bộ Quốc phòng tặng Bằng khen.', ['Hà Quang Vũ'], [['cá nhân', 1, ['Hà Quang Vũ'], 'trung ương', 'bằng khen', 'award.named-received']]],
  // the named object of a verb of honour, with no "cho": households by their heads, each
  // with its place in parentheses
  ['Đảng ủy xã tuyên dương các hộ Lò Văn Pọm (bản Nà Tông), Quàng Thị Ín và Lường Văn Khiêm là hộ gia đình điển hình.', ['Lò Văn Pọm', 'Quàng Thị Ín', 'Lường Văn Khiêm'], [['gia đình', 3, ['Lò Văn Pọm', 'Quàng Thị Ín', 'Lường Văn Khiêm'], 'xã', 'điển hình', 'award.named-object']]],
  ['Hội nghị biểu dương ông Trần Văn Lực, Trưởng thôn Đồng Tâm.', ['Trần Văn Lực'], [['cá nhân', 1, ['Trần Văn Lực'], null, 'điển hình', 'award.named-object']]],
  // a unit written with its head in lowercase: "tổ Toán - Tin", "khoa Nhi"
  ['Hiệu trưởng tặng Giấy khen cho tổ Ngữ văn - Sử.', [], [['tập thể', 1, ['tổ Ngữ văn - Sử'], 'cơ sở', 'giấy khen', 'award.named-given']]],
  ['Giám đốc Sở Y tế trao Giấy khen cho khoa Hồi sức.', [], [['tập thể', 1, ['khoa Hồi sức'], 'tỉnh', 'giấy khen', 'award.named-given']]],
  // a village of the Highlands given an honour as a whole
  ['Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho buôn Kram.', [], [['tập thể', 1, ['buôn Kram'], 'huyện', 'giấy khen', 'award.named-given']]],
  // "còn" between the subject and its verb
  ['Bác sĩ Phan Thị Yến còn được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.', ['Phan Thị Yến'], [['cá nhân', 1, ['Phan Thị Yến'], 'tỉnh', 'chiến sĩ thi đua', 'award.named-received']]],
  // the school itself, in its own news
  ['Năm nay, nhà trường vinh dự đón nhận Cờ thi đua của UBND tỉnh.', [], [['tập thể', 1, ['nhà trường'], 'tỉnh', 'cờ thi đua', 'award.named-received']]],
  // so is the company, or the hospital, in theirs
  ['Dịp này, công ty vinh dự đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước.', [], [['tập thể', 1, ['công ty'], 'trung ương', 'huân chương', 'award.named-received']]],
  ['Năm 2019, bệnh viện được Bộ trưởng Bộ Y tế tặng Bằng khen.', [], [['tập thể', 1, ['bệnh viện'], 'trung ương', 'bằng khen', 'award.named-received']]],
  // the subject after several introductions: a place, and a person with an appositive title
  ['Ghi nhận những đóng góp đó, sáng 9/1/2021, tại hội nghị tổng kết do UBND tỉnh tổ chức, xóm Nà Lếch cùng anh Nông Văn Thụ, Đội trưởng Đội thanh niên xung kích của xóm, được Chủ tịch UBND tỉnh tặng Bằng khen.', ['Nông Văn Thụ'],
    [['tập thể', 1, ['xóm Nà Lếch'], 'tỉnh', 'bằng khen', 'award.named-received'], ['cá nhân', 1, ['Nông Văn Thụ'], 'tỉnh', 'bằng khen', 'award.named-received']]],
  // "được nhận", the subject after "khi", a residential area given an honour
  ['Năm nay, Chi hội Phụ nữ ấp Bình Hòa được nhận Giấy khen của UBND huyện.', [], [['tập thể', 1, ['Chi hội Phụ nữ ấp Bình Hòa'], 'huyện', 'giấy khen', 'award.named-received']]],
  ['Tại đại hội hôm qua, chúng tôi rất phấn khởi khi Hội Nông dân xã Tà Xùa được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.', [], [['tập thể', 1, ['Hội Nông dân xã Tà Xùa'], 'trung ương', 'bằng khen', 'award.named-received']]],
  ['Ông Khoa trao Giấy khen của UBND huyện cho khu dân cư thôn Yên Mỹ.', [], [['tập thể', 1, ['khu dân cư thôn Yên Mỹ'], 'huyện', 'giấy khen', 'award.named-given']]],
  // a letter of commendation sent with no "cho", a reward on the spot
  ['Ngay sau đó, Bộ trưởng Bộ Công an đã gửi thư khen Đội Cảnh sát hình sự Công an huyện.', [], [['tập thể', 1, ['Đội Cảnh sát hình sự Công an huyện'], 'trung ương', 'thư khen', 'award.named-given']]],
  ['UBND huyện cũng thưởng nóng 10 triệu đồng cho Tổ công tác 141.', [], [['tập thể', 1, ['Tổ công tác 141'], 'huyện', 'khen thưởng', 'award.named-given']]],
  // a list item naming the form and its giver, then the recipient after a colon
  ['- Bằng khen của Liên đoàn Lao động tỉnh: Công đoàn cơ sở Công ty Giày Tân Phong;', [], [['tập thể', 1, ['Công đoàn cơ sở Công ty Giày Tân Phong'], 'tỉnh', 'bằng khen', 'award.named-given']]],
  // an honour once had ("từng được") is background, whatever the year: no named fact
  ['Năm 2016, bản Phiêng Luông từng được UBND huyện tặng Giấy khen.', [], []],
  // a unit named by its number only
  ['Ủy ban MTTQ phường tặng Giấy khen cho tổ dân phố số 12.', [], [['tập thể', 1, ['tổ dân phố số 12'], 'phường', 'giấy khen', 'award.named-given']]],
  // a body and a person given the same honour, the body's name ending in lowercase words
  ['Giấy khen của Giám đốc Sở Y tế được trao cho Khoa Truyền nhiễm - Nhiệt đới và điều dưỡng Lê Thị Na.', ['Lê Thị Na'],
    [['tập thể', 1, ['Khoa Truyền nhiễm - Nhiệt đới'], 'tỉnh', 'giấy khen', 'award.named-given'], ['cá nhân', 1, ['Lê Thị Na'], 'tỉnh', 'giấy khen', 'award.named-given']]],
  // the honour first, given in the passive, to a unit of the army
  ['Bằng khen của Bộ Quốc phòng được trao cho Hải đội Dân quân Thường trực 2.', [], [['tập thể', 1, ['Hải đội Dân quân Thường trực 2'], 'trung ương', 'bằng khen', 'award.named-given']]],
];
const NOT_NAMED: Array<[string, string[]]> = [
  // a kin who takes up a posthumous honour for the dead is no recipient
  ['Ảnh: Đồng chí Lê Văn Tám trao Quyết định truy tặng Huân chương Dũng cảm cho ông Vi Văn Thoòng, thân phụ Thượng úy Vi Văn Khe.', ['Lê Văn Tám', 'Vi Văn Thoòng', 'Vi Văn Khe']],
  ['UBND huyện tặng quà cho ông Lê Văn A.', ['Lê Văn A']],
  ['Hội Nông dân xã nhận được nhiều ý kiến.', []],
  ['Huyện ủy tặng Bằng khen cho 5 tập thể.', []],
  // a proposal is no honour yet
  ['Huyện ủy đề nghị tuyên dương ông Lê Văn Ân.', ['Lê Văn Ân']],
  // a lowercase head before a lowercase word is no named unit: "cho tổ chức …"
  ['Huyện ủy tặng Giấy khen cho tổ chức cơ sở đảng trong sạch.', []],
  // the one who hands over is no recipient of what those handed to receive
  ['Đồng chí Sùng Mí Dìn, TUV, Bí thư Huyện ủy trao Giấy khen cho các tập thể được tuyên dương cấp huyện.', ['Sùng Mí Dìn']],
];

describe('the extent of a body\'s name', () => {
  it.each(ORG_NAMES)('%s → %s', (text, name) => expect(text.slice(0, orgNameEnd(text, 0))).toBe(name));
});

describe('recipients named without a number', () => {
  it.each(NAMED)('%s', (text, people, expected) => {
    const got = findNamedAwards(text, people.map((n) => span(text, n)), []).map((a): N => [a.type, a.count, a.names, a.level, a.award, a.rule]);
    expect(got).toEqual(expected);
  });
  it.each(NOT_NAMED)('none in: %s', (text, people) => {
    expect(findNamedAwards(text, people.map((n) => span(text, n)), [])).toEqual([]);
  });
});

// a person named before, then given an honour by the form of address alone: the same form of
// address names who it is (in the same sentence or an earlier one); none when nobody was named so
const byExtract = (text: string) => extract(text, { file: 't.txt' }).awards.map((a): N => [a.recipient_type ?? '', a.count, a.recipients, a.level, a.award, '']);
const REFERRED: Array<[string, N[]]> = [
  ['Anh Lê Văn Tám đã lao xuống dòng nước xiết cứu ba em nhỏ. Ghi nhận hành động dũng cảm đó, Chủ tịch UBND tỉnh đã tặng Bằng khen cho anh.', [['cá nhân', 1, ['Lê Văn Tám'], 'tỉnh', 'bằng khen', '']]],
  ['Đại tá Vi Văn Thoòng trao Bằng khen của Bộ trưởng Bộ Quốc phòng truy tặng đồng chí Lầu A Giống; Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh truy tặng đồng chí.', [['cá nhân', 1, ['Lầu A Giống'], 'trung ương', 'bằng khen', ''], ['cá nhân', 1, ['Lầu A Giống'], 'tỉnh', 'bằng khen', '']]],
  ['Chị Chu Thị Mến nhặt được ví tiền và trả lại người đánh rơi. Công an huyện đã tặng Giấy khen cho chị vì hành động đẹp.', [['cá nhân', 1, ['Chu Thị Mến'], 'huyện', 'giấy khen', '']]],
];
const NOT_REFERRED = [
  // no one addressed so before
  'Ông Lê Văn Tám, Chủ tịch UBND xã, cho biết nhiều người đã tham gia cứu hộ. UBND huyện đã tặng Giấy khen cho chị.',
  'Chủ tịch UBND tỉnh tặng Bằng khen cho anh.',
];
describe('a person referred to by the form of address alone', () => {
  it.each(REFERRED)('%s', (text, expected) => expect(byExtract(text)).toEqual(expected));
  it.each(NOT_REFERRED)('none in: %s', (text) => expect(byExtract(text)).toEqual([]));
});
