// Names given for an award (src/extract/award/recipients.ts), Duckling style: a short report →
// each entry with the names the article gives for it, and reports whose names are not
// recipients → entries with none. Snippets are invented in the style of the local press.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { recipientsOf } from '../../src/extract/award/recipients.js';
import type { RawAward } from '../../src/extract/award/sentence.js';
import { findPeople } from '../../src/extract/official/index.js';
import { makeDoc } from '../../src/text/document.js';

type Entry = [string | null, number, string[]];
const entries = (text: string): Entry[] =>
  extract(text, { file: 't.txt' }).awards.map((a): Entry => [a.recipient_type, a.count, a.recipients]);

const HEAD = 'Huyện ủy tổng kết phong trào thi đua “Dân vận khéo”\n';

const NAMED_LISTS: Array<[string, string, Entry[]]> = [
  ['a school named after a place or a person, "trong đó có" it, is the bodies\' member, no person',
    'Ngày 9/11, Chủ tịch UBND huyện tặng Giấy khen cho 9 tập thể và 21 cá nhân, trong đó có Trường Tiểu học Kim Khe Vạc.',
    [['tập thể', 9, ['Trường Tiểu học Kim Khe Vạc']], ['cá nhân', 21, []]]],
  ['parishes counted by their word and listed after "là", each by its lowercase word',
    'Ngày 9/11, ông Lê Văn Tám trao Giấy khen cho ba giáo xứ có thành tích xuất sắc trong năm 2016 là giáo xứ Khe Vạc, giáo xứ Pa Lìn và giáo xứ Hà Phong.',
    [['tập thể', 3, ['giáo xứ Khe Vạc', 'giáo xứ Pa Lìn', 'giáo xứ Hà Phong']]]],
  ['units of the power, rail and road sector head the bodies of a list',
    'Ngày 9/11, Tổng Giám đốc Công ty tặng Giấy khen cho 3 tập thể là Điện lực Khe Vạc, Ga Pa Lìn và Bến xe khách Hà Phong.',
    [['tập thể', 3, ['Điện lực Khe Vạc', 'Ga Pa Lìn', 'Bến xe khách Hà Phong']]]],
  ['the person a prize is named for is no recipient, in the headline nor in the list',
    'Ngày 26/3, Trung ương Đoàn trao Giải thưởng Lê Văn Tám năm 2016 cho 2 cán bộ Đoàn: anh Vi Văn Thoòng, Bí thư Huyện đoàn Khe Vạc, và chị Chu Thị Mến, Phó Bí thư Đoàn xã Pa Lìn.',
    [['cá nhân', 2, ['Vi Văn Thoòng', 'Chu Thị Mến']]]],
  ['bodies named as the subject, their count after "là", are its recipients',
    'Dịp này, Giáo xứ Khe Vạc và Ủy ban MTTQ quận Pa Lìn là 2 tập thể được nhận Bằng khen của UBND Thành phố.',
    [['tập thể', 2, ['Giáo xứ Khe Vạc', 'Ủy ban MTTQ quận Pa Lìn']]]],
  ['villages counted by their word and listed after "là", the first ones by their number',
    'Ngày 9/11, 03 thôn hoàn thành xuất sắc chỉ tiêu giảm nghèo năm 2016 là thôn 2, thôn 5 và thôn Khe Vạc cũng được nhận giấy khen cấp xã.',
    [['tập thể', 3, ['thôn 2', 'thôn 5', 'thôn Khe Vạc']]]],
  ['persons listed after "là" by their calling, an artisan and a village elder',
    'Dịp này, ông Lê Văn Tám trao Bằng khen của Chủ tịch UBND tỉnh cho 2 nghệ nhân có công truyền dạy cồng chiêng là nghệ nhân Rơ Chăm Thoòng (làng Khe Vạc) và già làng Đinh Mến.',
    [['cá nhân', 2, ['Rơ Chăm Thoòng', 'Đinh Mến']]]],
  ['a provincial military command written with its abbreviation heads a body\'s name in a list',
    'Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 11 tập thể và 6 cá nhân có nhiều đóng góp cho Quỹ “Vì người nghèo”, trong đó có Bộ CHQS tỉnh, Giáo xứ Khe Vạc và ông Lê Văn Tám.',
    [['tập thể', 11, ['Bộ CHQS tỉnh', 'Giáo xứ Khe Vạc']], ['cá nhân', 6, ['Lê Văn Tám']]]],
  ['bodies named before a count in apposition are its recipients',
    'Ngày 9/11, UBND xã cũng khen thưởng Tổ dân phố số 3 và Chi hội Phụ nữ thôn Khe Vạc, hai tập thể có nhiều đóng góp.',
    [['tập thể', 2, ['Tổ dân phố số 3', 'Chi hội Phụ nữ thôn Khe Vạc']]]],
  ['persons named before a count in apposition are its recipients, one entry and not two',
    'Ngày 9/11, Chủ tịch UBND xã tuyên dương ông Vi Văn Thoòng và bà Chu Thị Mến, hai cá nhân có nhiều đóng góp.',
    [['cá nhân', 2, ['Vi Văn Thoòng', 'Chu Thị Mến']]]],
  ['a list opens at a colon past a long description of the honour, a quoted name and a year in it',
    'Ngày 9/11, 1 tập thể và 2 cá nhân của huyện được Tỉnh ủy tuyên dương là điển hình “Dân vận khéo” năm 2021 cấp tỉnh: Ban Điều hành thôn Khe Vạc, xã Pa Lìn; bà Chu Thị Mến, Tổ trưởng tổ dân phố 3, thị trấn Hà Phong và ông Vi Văn Thoòng, Trưởng bản Pa Lìn.',
    [['tập thể', 1, ['Ban Điều hành thôn Khe Vạc, xã Pa Lìn']], ['cá nhân', 2, ['Chu Thị Mến', 'Vi Văn Thoòng']]]],
  ['a name that ends a school\'s name in the parenthesis after a listed person is the school\'s',
    'Ba sinh viên được Trung ương Hội Sinh viên Việt Nam trao danh hiệu “Sinh viên 5 tốt” cấp Trung ương là: Lê Văn Tám (Trường Đại học Dân lập Lạc Hà), Chu Thị Mến (Trường Cao đẳng Dân lập Lạc Phong) và Vi Văn Thoòng (Trường Đại học Khe Vạc).',
    [['cá nhân', 3, ['Lê Văn Tám', 'Chu Thị Mến', 'Vi Văn Thoòng']]]],
  ['a name right after a place of worship\'s word is the place\'s, not a second person of the item',
    'Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 3 cá nhân, gồm:\n- Cá nhân: ông Vi Văn Thoòng, Trùm họ Giáo họ Lê Xá; bà Chu Thị Mến, Phật tử chùa Hà Phong; anh Lầu A Giống, ca viên ca đoàn Giáo xứ Trần Xá.',
    [['cá nhân', 3, ['Vi Văn Thoòng', 'Chu Thị Mến', 'Lầu A Giống']]]],
  ['a name right after a place word is the place\'s, not a second person of the item',
    'Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho hai người có uy tín, gồm:\n- Ông Kăn Pới, bản A Ró Lơi, xã Pa Lìn;\n- Ông Ku Kăn Tó, bản A Ró Lơi.',
    [['cá nhân', 2, ['Kăn Pới', 'Ku Kăn Tó']]]],
  ['the chambers of a court head a body\'s name, and the head of one ("Phó Chánh tòa") is a post, no person',
    'Chánh án TAND tối cao tặng Bằng khen cho 2 tập thể là Tòa Dân sự TAND tỉnh và TAND huyện Khe Vạc, cùng 2 cá nhân: ông Lê Văn Tám, Phó Chánh tòa Tòa Hình sự; bà Chu Thị Mến, Thẩm phán TAND huyện Pa Lìn.',
    [['tập thể', 2, ['Tòa Dân sự TAND tỉnh', 'TAND huyện Khe Vạc']], ['cá nhân', 2, ['Lê Văn Tám', 'Chu Thị Mến']]]],
  ['the ones named of a count are not found again as named, nor is a post a body',
    'Dịp này, 1 tập thể là Đảng bộ xã Pa Lìn và 2 cá nhân là bà Chu Thị Mến, Chi hội trưởng Chi hội Phụ nữ thôn Khe Vạc, và ông Lê Văn Tám, giáo viên Trường Tiểu học Pa Lìn, được Chủ tịch UBND tỉnh tặng Bằng khen.',
    [['tập thể', 1, ['Đảng bộ xã Pa Lìn']], ['cá nhân', 2, ['Chu Thị Mến', 'Lê Văn Tám']]]],
  ['an addressed person joined by "và" to the counts an honour is given to is one of its own',
    'Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng Bằng khen cho hai chi hội và cụ Lê Văn Tám, Chi hội trưởng Chi hội Người cao tuổi thôn Pa Lìn.',
    [['cá nhân', 1, ['Lê Văn Tám']], ['tập thể', 2, []]]],
  ['(not one of the ones counted, named after them)',
    'UBND huyện tặng Giấy khen cho 17 cá nhân, trong đó có 11 công an viên và ông Lê Văn Tám, Trưởng bản Pa Lìn.',
    [['cá nhân', 17, ['Lê Văn Tám']]]],
  ['a unit named by its head and lowercase words, to the comma that closes it',
    'Đặc biệt, bệnh viện tặng Giấy khen đột xuất cho Kíp cấp cứu ngoại viện của khoa Cấp cứu, gồm bác sĩ Chu Thị Mến và lái xe Lê Văn Tám.',
    [['tập thể', 1, ['Kíp cấp cứu ngoại viện của khoa Cấp cứu']]]],
  ['a unit of a lowercase kind named by its place, and a school\'s team by its subject and school',
    'Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho chi đoàn thôn Pa Lìn, đội huyện Khe Vạc và đội tuyển Vật lý Trường THPT Sùng Chảo.',
    [['tập thể', 3, ['chi đoàn thôn Pa Lìn', 'đội huyện Khe Vạc', 'đội tuyển Vật lý Trường THPT Sùng Chảo']]]],
  ['a body\'s name runs through its lowercase words to the tier that closes it',
    'Bộ trưởng Bộ Y tế tặng Bằng khen cho Trung tâm Kiểm soát bệnh tật tỉnh và 63 cá nhân.',
    [['tập thể', 1, ['Trung tâm Kiểm soát bệnh tật tỉnh']], ['cá nhân', 63, []]]],
  ['a count told again, opening a clause, only to list its names is the same count',
    'Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 3 tập thể và 2 cá nhân có thành tích xuất sắc; 2 cá nhân gồm ông Vi Văn Thoòng và bà Chu Thị Mến.',
    [['tập thể', 3, []], ['cá nhân', 2, ['Vi Văn Thoòng', 'Chu Thị Mến']]]],
  ['an item that counts what the one it names did is still one of the list',
    'Bà Chu Thị Mến trao Giấy khen của Chủ tịch UBND quận cho các cá nhân sau:\n1. Ông Vi Văn Thoòng, Tổ trưởng tổ tự quản khu vực 4, đã cùng tổ vận động 46 hộ hiến đất làm hẻm;\n2. Em Lầu A Giống, học sinh lớp 9A, đã cứu một bạn bị đuối nước.',
    [['cá nhân', 2, ['Vi Văn Thoòng', 'Lầu A Giống']]]],
  ['a body\'s name runs to the end of its list item when only plain words follow its head',
    'Tại buổi tổng kết, UBND phường tặng Giấy khen cho:\n- Tổ tự quản khu hàng khô;\n- Đội phòng cháy chữa cháy cơ sở chợ Khe Vạc;\n- 12 hộ kinh doanh thực hiện tốt cam kết.',
    [['tập thể', 2, ['Tổ tự quản khu hàng khô', 'Đội phòng cháy chữa cháy cơ sở chợ Khe Vạc']], ['gia đình', 12, []]]],
  ['a body of a lowercase kind with its name in quotes',
    'Ban Thường vụ Thành đoàn tặng Giấy khen cho 15 tập thể và 32 cá nhân, trong đó có Đoàn phường Pa Lìn, đội hình “Phố biển không rác” và em Chu Thị Mến.',
    [['tập thể', 15, ['Đoàn phường Pa Lìn', 'đội hình “Phố biển không rác”']], ['cá nhân', 32, ['Chu Thị Mến']]]],
  ['a village\'s head by the title before the name is a person, not the village',
    'Tại hội nghị, Ban Thường vụ Thành ủy tặng Giấy khen cho 1 tập thể là buôn Khe Vạc và 2 cá nhân là Già làng Y Khê Mlô và Trưởng buôn Y Nhơ Byă.',
    [['tập thể', 1, ['buôn Khe Vạc']], ['cá nhân', 2, ['Y Khê Mlô', 'Y Nhơ Byă']]]],
  ['persons by their calling after "là", past where they are from',
    'Dịp này, bà Chu Thị Mến trao Bằng khen của Chủ tịch UBND tỉnh cho 2 cá nhân của Pa Lìn là điều dưỡng Vi Thị Thoòng và anh Lầu A Giống.',
    [['cá nhân', 2, ['Vi Thị Thoòng', 'Lầu A Giống']]]],
  ['the ones named taking the honour of a group counted before are of that group',
    'Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể và 5 cá nhân. Tổ tự quản Khe Vạc và ông Lê Văn Tám cùng nhận Bằng khen của Chủ tịch UBND tỉnh.',
    [['tập thể', 3, ['Tổ tự quản Khe Vạc']], ['cá nhân', 5, ['Lê Văn Tám']]]],
  ['… but one given an honour by a giver named as the agent, told as an addition, is an honour of its own',
    'Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 3 tập thể và 5 cá nhân. Cũng dịp này, thôn Khe Vạc được Chủ tịch UBND huyện tặng Giấy khen.',
    [['tập thể', 3, []], ['cá nhân', 5, []], ['tập thể', 1, ['thôn Khe Vạc']]]],
  ['a given name that is also a word of places ends the name before a lowercase word',
    'Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 cá nhân. Ông Trần Văn Phố và bà Chu Thị Mến cùng nhận Bằng khen của Chủ tịch UBND tỉnh.',
    [['cá nhân', 5, ['Trần Văn Phố', 'Chu Thị Mến']]]],
  ['a table with a column of households\' heads: its rows are households, each to the count its honour gives',
    '3 gia đình tiêu biểu được khen thưởng, gồm 2 gia đình nhận Giấy khen của Chủ tịch UBND huyện và 1 gia đình nhận Giấy khen của Chủ tịch UBND xã. Danh sách cụ thể như sau:\n| TT | Chủ hộ | Thôn | Hình thức khen thưởng |\n| 1 | Vi Văn Thoòng | Khe Vạc | Giấy khen của Chủ tịch UBND huyện |\n| 2 | Chu Thị Mến | Pa Lìn | Giấy khen của Chủ tịch UBND huyện |\n| 3 | Lầu A Giống | Sùng Chảo | Giấy khen của Chủ tịch UBND xã |\n',
    [['gia đình', 2, ['Vi Văn Thoòng', 'Chu Thị Mến']], ['gia đình', 1, ['Lầu A Giống']]]],
  ['one named, then the others counted: "A cùng 8 tập thể khác" is nine, A among them',
    'Tại hội nghị, Chi hội Phụ nữ xóm Khe Vạc cùng 8 tập thể khác và bà Chu Thị Mến cùng 14 cá nhân khác được Ban Thường vụ Huyện ủy tặng Giấy khen.',
    [['tập thể', 9, ['Chi hội Phụ nữ xóm Khe Vạc']], ['cá nhân', 15, ['Chu Thị Mến']]]],
  ['a second word for the ones counted after a comma, then a colon and their names',
    'Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 già làng, người có uy tín: A Khe (làng Khe Vạc), A Pa Lìn (làng Sùng Chảo) và bà Y Mến (làng Khe Vạc).',
    [['cá nhân', 3, ['A Khe', 'A Pa Lìn', 'Y Mến']]]],
  ['the word of the kind before a unit written lowercase is no part of its name',
    'Thừa ủy quyền của Chủ tịch UBND quận, đồng chí Vi Văn Thoòng trao Giấy khen của Chủ tịch UBND quận Khe Vạc cho tập thể tổ dân phố số 7 vì đã có thành tích xuất sắc.',
    [['tập thể', 1, ['tổ dân phố số 7']]]],
  ['a list opened right after the count is the count\'s, whatever a clause further on names',
    'Chủ tịch UBND huyện tặng Giấy khen cho 2 tập thể là Ban Hộ tự chùa Khe Vạc, Hội đồng Mục vụ Giáo xứ Pa Lìn và 5 cá nhân, trong đó có Đại đức Thích Nguyên Sùng và ông Vi Văn Thoòng.',
    [['tập thể', 2, ['Ban Hộ tự chùa Khe Vạc', 'Hội đồng Mục vụ Giáo xứ Pa Lìn']], ['cá nhân', 5, ['Thích Nguyên Sùng', 'Vi Văn Thoòng']]]],
  ['clans after "là", each with where it is after "ở"',
    'Hội Khuyến học tỉnh tặng Bằng khen cho 3 dòng họ học tập tiêu biểu là dòng họ Pa Lìn và dòng họ Sùng ở thôn Khe Vạc, dòng họ Lê Văn ở thị trấn Nghĩa Phước.',
    [['tập thể', 3, ['dòng họ Pa Lìn', 'dòng họ Sùng', 'dòng họ Lê Văn']]]],
  ['households by their heads in parentheses after the count',
    '- Bằng khen của Ban Chấp hành Trung ương Hội Nông dân Việt Nam: 02 hộ (hộ anh Lầu A Giống, thôn Khe Vạc; hộ chị Chu Thị Mến, thôn Pa Lìn).',
    [['gia đình', 2, ['Lầu A Giống', 'Chu Thị Mến']]]],
  ['villages of the highlands named by their lowercase word ("làng", "buôn") after a count and "là"',
    'Ban Thường vụ Huyện ủy tặng Giấy khen cho 2 làng tiêu biểu là làng Khe Vạc và làng Pa Lìn; UBND huyện tặng Giấy khen cho 2 tập thể là buôn Sùng Chảo và Chi hội Phụ nữ buôn Nghĩa Phước.',
    [['tập thể', 2, ['làng Khe Vạc', 'làng Pa Lìn']], ['tập thể', 2, ['buôn Sùng Chảo', 'Chi hội Phụ nữ buôn Nghĩa Phước']]]],
  ['a unit named by its place after its lowercase word is no self-reference',
    'Dịp này, Bệnh viện quận Khe Vạc vinh dự đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.',
    [['tập thể', 1, ['Bệnh viện quận Khe Vạc']]]],
  ['a fishers\' union and a team named with a number, honoured by a giver',
    'Dịp này, Nghiệp đoàn nghề cá ấp Khe Vạc và Tổ đoàn kết tàu thuyền số 3 được Chỉ huy trưởng BĐBP tỉnh tặng Bằng khen.',
    [['tập thể', 2, ['Nghiệp đoàn nghề cá ấp Khe Vạc', 'Tổ đoàn kết tàu thuyền số 3']]]],
  ['a comma inside a phrase of a body\'s name',
    'Chủ tịch UBND huyện tặng Giấy khen cho Tổ bảo vệ an ninh, trật tự ấp Khe Vạc và 6 cá nhân có thành tích trong phong trào.',
    [['tập thể', 1, ['Tổ bảo vệ an ninh, trật tự ấp Khe Vạc']], ['cá nhân', 6, []]]],
  ['lines that name their kind first, under a lead that counted none: each kind\'s names are its count (a place in parentheses is no part of a name)',
    'Hội Khuyến học tỉnh tặng Bằng khen cho các tập thể, cá nhân sau:\nTập thể: Chi hội Khuyến học thôn Khe Vạc (xã Pa Lìn); Hội Khuyến học xã Sùng Chảo.\nCá nhân: ông Vi Văn Thoòng (thôn Khe Vạc); bà Chu Thị Mến, giáo viên Trường Tiểu học Pa Lìn; ông Lầu A Giống.\n',
    [['tập thể', 2, ['Chi hội Khuyến học thôn Khe Vạc', 'Hội Khuyến học xã Sùng Chảo']], ['cá nhân', 3, ['Vi Văn Thoòng', 'Chu Thị Mến', 'Lầu A Giống']]]],
  ['lines that name their kind first and count, under a lead with the honour',
    'Chủ tịch UBND huyện tặng Giấy khen:\nTập thể: 06 chi hội khuyến học thôn, bản.\nCá nhân: 11 hội viên.\nGia đình: 08 gia đình hiếu học.\n',
    [['tập thể', 6, []], ['cá nhân', 11, []], ['gia đình', 8, []]]],
  ['a body that gives an honour after ";" is the next clause\'s subject, no item of the list',
    'UBND huyện tặng Giấy khen cho 12 dòng họ học tập tiêu biểu, trong đó có dòng họ Lầu thôn Khe Vạc; Hội Khuyến học huyện tặng Giấy khen cho 9 chi hội.',
    [['tập thể', 12, ['dòng họ Lầu thôn Khe Vạc']], ['tập thể', 9, []]]],
  ['a count of both kinds naming a body among them; the body handed its honour in a caption is one of them',
    'Hội Khuyến học tỉnh tặng Bằng khen cho 7 tập thể và cá nhân, trong đó có dòng họ Lâm ở xã Khe Vạc.\n\nBà Chu Thị Mến trao Bằng khen của Hội Khuyến học tỉnh cho dòng họ Lâm, xã Khe Vạc',
    [['tập thể, cá nhân', 7, ['dòng họ Lâm']]]],
  ['a person named after the households\' count, not as a household: one of the persons',
    'Cũng tại buổi lễ, UBND huyện tặng Giấy khen cho 3 tập thể, 8 cá nhân và 5 hộ gia đình tiêu biểu, trong đó có bà Chu Thị Mến, Chi hội trưởng Chi hội Phụ nữ bản Pa Lìn.',
    [['tập thể', 3, []], ['cá nhân', 8, ['Chu Thị Mến']], ['gia đình', 5, []]]],
  ['… but one named as a household is one of the households',
    'Cũng tại buổi lễ, UBND huyện tặng Giấy khen cho 8 cá nhân và 5 hộ gia đình tiêu biểu, trong đó có hộ bà Chu Thị Mến ở bản Pa Lìn.',
    [['cá nhân', 8, []], ['gia đình', 5, ['Chu Thị Mến']]]],
  ['a place honoured at the start of a sentence: its word as the article writes it elsewhere',
    'Hội nghị biểu dương cách làm hay ở ấp Khe Vạc. Ấp Khe Vạc nhận Giấy khen của Chủ tịch UBND huyện vì dẫn đầu phong trào.',
    [['tập thể', 1, ['ấp Khe Vạc']]]],
  ['… as written when the article writes it no other way',
    'Ấp Khe Vạc nhận Giấy khen của Chủ tịch UBND huyện vì dẫn đầu phong trào.',
    [['tập thể', 1, ['Ấp Khe Vạc']]]],
  ['a person called by the given name alone after being named in full: the full name',
    'Chi hội Cựu chiến binh thôn 4 do ông Vi Văn Thoòng, Chi hội trưởng, phụ trách. Ông Thoòng cũng vừa được Đảng ủy xã tặng giấy khen.',
    [['cá nhân', 1, ['Vi Văn Thoòng']]]],
  ['… not when two named before end with that name',
    'Dự có ông Vi Văn Thoòng, Chi hội trưởng, và ông Lầu Văn Thoòng, Trưởng thôn. Ông Thoòng cũng vừa được Đảng ủy xã tặng giấy khen.',
    [['cá nhân', 1, ['Thoòng']]]],
  ['a caption handing the honour to one place of a group that names it bare: one entry',
    'Ông Lê Văn Tư trao Bằng công nhận đạt chuẩn nông thôn mới cho xã Xuân Tân Đông.\n\nTại hội nghị, Chủ tịch UBND tỉnh trao Bằng công nhận xã đạt chuẩn nông thôn mới cho 2 xã: Phước Lộc Hạ và Xuân Tân Đông.',
    [['tập thể', 2, ['Phước Lộc Hạ', 'Xuân Tân Đông']]]],
  ['places counted by their word and named bare after a colon',
    'Tại hội nghị, ông Lê Văn Tư thừa ủy quyền Chủ tịch UBND tỉnh trao Bằng công nhận xã đạt chuẩn nông thôn mới cho 3 xã: Phước Lộc Hạ, Hòa Mỹ Thượng và Xuân Tân Đông.',
    [['tập thể', 3, ['Phước Lộc Hạ', 'Hòa Mỹ Thượng', 'Xuân Tân Đông']]]],
  ['"có" alone right after the count, before persons addressed',
    'Có 45 tập thể, cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen, trong đó 17 tập thể và 28 cá nhân, có anh Vi Văn Thoòng và chị Chu Thị Mến.',
    [['tập thể', 17, []], ['cá nhân', 28, ['Vi Văn Thoòng', 'Chu Thị Mến']]]],
  ['a clan named by its surname is a collective, not a person',
    'Tại hội nghị, Trung ương Hội Khuyến học Việt Nam tặng Bằng khen cho dòng họ Lê Đình (thôn Bến Đình Hạ).',
    [['tập thể', 1, ['dòng họ Lê Đình']]]],
  ['clans listed after "là"',
    'Dịp này, Hội Khuyến học tỉnh tặng Giấy khen cho 2 dòng họ là dòng họ Phan Văn và dòng họ Đỗ.',
    [['tập thể', 2, ['dòng họ Phan Văn', 'dòng họ Đỗ']]]],
  ['one list after the last count, a body first, then persons',
    'Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho 1 tập thể và 2 cá nhân là Công an phường Hòa Khê Tây, Thiếu tá Lý Thị Ánh Hồng và Trung úy Đào Văn Khiêm.',
    [['tập thể', 1, ['Công an phường Hòa Khê Tây']], ['cá nhân', 2, ['Lý Thị Ánh Hồng', 'Đào Văn Khiêm']]]],
  ['households addressed after "là", past a description with a comma',
    'Dịp này, UBND tỉnh tặng Bằng khen cho 2 hộ gia đình có thành tích trong sản xuất, giúp đỡ cộng đồng là hộ ông Đinh Văn Sự và hộ bà Ksor Thị Blưm.',
    [['gia đình', 2, ['Đinh Văn Sự', 'Ksor Thị Blưm']]]],
  ['persons counted by their classifier alone, then named after "trong đó có"',
    'Nhân dịp này, Ủy ban Dân tộc tặng Kỷ niệm chương cho 6 vị, trong đó có Hòa thượng Lâm Phước Hậu và ông Hồ Vĩnh Khang.',
    [['cá nhân', 6, ['Lâm Phước Hậu', 'Hồ Vĩnh Khang']]]],
  ['a commune written lowercase, then a body, after "là"',
    'Dịp này, UBND tỉnh tặng Cờ thi đua cho 2 tập thể dẫn đầu phong trào là xã Tân Khánh Đông và Công an huyện Phú Giáo.',
    [['tập thể', 2, ['xã Tân Khánh Đông', 'Công an huyện Phú Giáo']]]],
  ['bodies and a person pointed to by "đó là:" after a description of the counts',
    'Dịp này, UBND tỉnh tặng Bằng khen cho hai tập thể và một cá nhân có thành tích xuất sắc, đó là: Hội Cựu chiến binh xã Quỳnh Lâm, Đoàn Thanh niên xã Quỳnh Lâm và ông Hồ Sĩ Bảy, Trưởng thôn Yên Lãng Hạ.',
    [['tập thể', 2, ['Hội Cựu chiến binh xã Quỳnh Lâm', 'Đoàn Thanh niên xã Quỳnh Lâm']], ['cá nhân', 1, ['Hồ Sĩ Bảy']]]],
  ['a place of worship and a school written lowercase in a list of bodies',
    'Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 3 tập thể tôn giáo: Ban Trị sự Phật giáo huyện Tri Phương, thánh thất Tân Quới và chùa Vĩnh Phúc.',
    [['tập thể', 3, ['Ban Trị sự Phật giáo huyện Tri Phương', 'thánh thất Tân Quới', 'chùa Vĩnh Phúc']]]],
  ['a person named after a subset counted with "trong đó có"',
    'Dịp này, UBND huyện tặng Giấy khen cho 19 cá nhân, trong đó có 12 công an viên và ông Vi Văn Khởi, Trưởng bản Nà Lừa.',
    [['cá nhân', 19, ['Vi Văn Khởi']]]],
  ['households addressed after "là hộ", past a long description',
    'Dịp này, UBND tỉnh tặng bằng khen cho 2 hộ gia đình có thành tích xuất sắc trong phát triển kinh tế là hộ ông Hà Văn Lự và hộ bà Lương Thị Bẩy.',
    [['gia đình', 2, ['Hà Văn Lự', 'Lương Thị Bẩy']]]],
  ['persons after "là các ông, bà:" past the quoted name of the honour',
    'Dịp này, 3 cá nhân vinh dự được tặng Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc” là các ông, bà: Lý Văn Cường, Tạ Thị Hồng và Vương Gia Hòa.',
    [['cá nhân', 3, ['Lý Văn Cường', 'Tạ Thị Hồng', 'Vương Gia Hòa']]]],
  ['teachers addressed after "là", past a description of over 90 characters',
    'Dịp này, ba giáo viên nhận Giấy khen của Chủ tịch UBND huyện vì có thành tích trong công tác bồi dưỡng học sinh giỏi cấp tỉnh là cô Hà Thị Quyên, cô Xa Thị Lành và thầy Mạc Văn Định.',
    [['cá nhân', 3, ['Hà Thị Quyên', 'Xa Thị Lành', 'Mạc Văn Định']]]],
  ['bodies in a parenthesis right after their count',
    'Dịp này, Hội LHPN tỉnh tặng Bằng khen cho 2 tập thể (Hội LHPN xã Nghĩa Trụ, Chi hội Phụ nữ thôn Đào Xá) và 4 cá nhân.',
    [['tập thể', 2, ['Hội LHPN xã Nghĩa Trụ', 'Chi hội Phụ nữ thôn Đào Xá']], ['cá nhân', 4, []]]],
  ['persons in a parenthesis right after their count',
    'Dịp này, UBND huyện tặng Giấy khen cho 2 cá nhân (ông Mai Văn Lợi, bà Đào Thị Khuyên) và 3 tập thể.',
    [['cá nhân', 2, ['Mai Văn Lợi', 'Đào Thị Khuyên']], ['tập thể', 3, []]]],
  ['"là" and the names after a description of the count',
    'Dịp này, Công ty tặng cờ thi đua cho 2 đơn vị dẫn đầu phong trào thi đua là Phân xưởng Sàng tuyển 2 và Bệnh viện Điều dưỡng COVID-19 Cẩm Thạch.',
    [['tập thể', 2, ['Phân xưởng Sàng tuyển 2', 'Bệnh viện Điều dưỡng COVID-19 Cẩm Thạch']]]],
  ['"là" and persons after a description of the count',
    'Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 2 cá nhân có thành tích xuất sắc là ông Hà Văn Thỉnh và bà Lục Thị Dần.',
    [['cá nhân', 2, ['Hà Văn Thỉnh', 'Lục Thị Dần']]]],
  ['a list after ":" in a sentence that names the giver first; a second count in the same sentence gets the names after it',
    'Dịp này, ông Nguyễn Văn Hùng, Chủ tịch UBND huyện tặng Giấy khen cho 2 cá nhân: ông Lê Văn Tám và bà Trần Thị Hoa; tặng Giấy khen cho 3 tập thể và 1 cá nhân là ông Phạm Văn Đức, Trưởng ấp Tân Lợi.',
    [['cá nhân', 2, ['Lê Văn Tám', 'Trần Thị Hoa']], ['tập thể', 3, []], ['cá nhân', 1, ['Phạm Văn Đức']]]],
  ['the person who hands over the award after the list is not a recipient',
    'Dịp này, Huyện ủy tặng Giấy khen cho 2 cá nhân: ông Lê Văn Tám, Trưởng ấp Long Hòa và bà Trần Thị Hoa, Tổ trưởng Tổ dân vận ấp 3 do ông Phạm Văn Đức, Phó Bí thư Thường trực Huyện ủy trao.',
    [['cá nhân', 2, ['Lê Văn Tám', 'Trần Thị Hoa']]]],
  ['a list after "gồm"',
    'Dịp này, Ban Thường vụ Huyện ủy tuyên dương 3 cá nhân gồm ông Lê Văn Tám, bà Trần Thị Hoa và ông Phạm Văn Đức.',
    [['cá nhân', 3, ['Lê Văn Tám', 'Trần Thị Hoa', 'Phạm Văn Đức']]]],
  ['a list after what the recipients are honoured as, and ";" between them',
    'Dịp này, Ban Thường vụ Huyện ủy tuyên dương 3 cá nhân điển hình “Dân vận khéo” gồm: ông Lê Văn Tám, Trưởng ấp Long Hòa; bà Trần Thị Hoa, Chi hội trưởng Phụ nữ ấp 3 và ông Phạm Văn Đức.',
    [['cá nhân', 3, ['Lê Văn Tám', 'Trần Thị Hoa', 'Phạm Văn Đức']]]],
  ['a body and a family named without a number, after the giver is named',
    'Dịp này, ông Nguyễn Văn Hùng, Bí thư Huyện ủy trao Giấy khen cho tập thể Ban Dân vận xã Tân Hòa và gia đình bà Trần Thị Hoa - Tổ trưởng Tổ dân vận ấp 3.',
    [['tập thể', 1, ['Ban Dân vận xã Tân Hòa']], ['gia đình', 1, ['Trần Thị Hoa']]]],
  ['a family named by its head: the name, not the title after it',
    'Dịp này, Huyện ủy tuyên dương tập thể Ủy ban MTTQ Việt Nam xã Tân Hòa và gia đình ông Lê Văn Tám - Trưởng ấp Long Hòa là điển hình “Dân vận khéo” cấp huyện.',
    [['tập thể', 1, ['Ủy ban MTTQ Việt Nam xã Tân Hòa']], ['gia đình', 1, ['Lê Văn Tám']]]],
  ['names right after the count, with no colon',
    'Chủ tịch UBND tỉnh trao Bằng khen cho hai ngư dân Đặng Văn Lợi và Hồ Văn Nhơn, những người đã cứu 9 thuyền viên gặp nạn.',
    [['cá nhân', 2, ['Đặng Văn Lợi', 'Hồ Văn Nhơn']]]],
  ['bodies listed after the count of collectives, up to the next count',
    'Dịp này, Huyện ủy tặng Giấy khen cho hai tập thể là Chi bộ ấp Tân Lợi, Đoàn Thanh niên xã Tân Hòa và bốn cá nhân có thành tích xuất sắc.',
    [['tập thể', 2, ['Chi bộ ấp Tân Lợi', 'Đoàn Thanh niên xã Tân Hòa']], ['cá nhân', 4, []]]],
  ['a name read through "và" is two when the count asks for one more',
    'Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 2 tập thể gồm Ban Từ thiện Phật giáo tỉnh và Đạo tràng chùa Phước Hưng.',
    [['tập thể', 2, ['Ban Từ thiện Phật giáo tỉnh', 'Đạo tràng chùa Phước Hưng']]]],
  ['a body whose name holds "và" stays one when the count is met',
    'Dịp này, UBND tỉnh tặng Bằng khen cho 2 tập thể là Sở Tài nguyên và Môi trường, Hội Nông dân huyện Tân Phú.',
    [['tập thể', 2, ['Sở Tài nguyên và Môi trường', 'Hội Nông dân huyện Tân Phú']]]],
  ['some of a count named after its description and "trong đó có"',
    'Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 4 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số, trong đó có già làng Y Blô Niê và bà H\'Lan Êban, Chi hội trưởng Phụ nữ buôn Ea Kar.',
    [['cá nhân', 4, ['Y Blô Niê', 'H\'Lan Êban']]]],
  ['bodies named after a description, its comma and "gồm"',
    'Dịp này, Thành Đoàn tặng Bằng khen cho 3 tập thể có thành tích xuất sắc trong công tác Đoàn và phong trào thanh niên, gồm Liên chi đoàn khoa Hóa, Chi đoàn Văn phòng và Câu lạc bộ Tình nguyện Hòa Bình.',
    [['tập thể', 3, ['Liên chi đoàn khoa Hóa', 'Chi đoàn Văn phòng', 'Câu lạc bộ Tình nguyện Hòa Bình']]]],
  ['a commune whose name opens with a family name, receiving',
    'Tại hội nghị, xã Hà Pa Lìn vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh.',
    [['tập thể', 1, ['xã Hà Pa Lìn']]]],
  ['an item naming the badge of its class, then the ones it goes to',
    'Đồng chí Vi Văn Thoòng trao Huy hiệu Đảng cho các đảng viên:\n- Huy hiệu 65 năm tuổi Đảng: đồng chí Lê Văn Tám và đồng chí Chu Thị Mến;\n- Huy hiệu 40 năm tuổi Đảng: 9 đồng chí.',
    [['cá nhân', 2, ['Lê Văn Tám', 'Chu Thị Mến']], ['cá nhân', 9, []]]],
  ['a body pointed to after a combined count of both kinds is one of it',
    'Dịp này, UBND huyện tặng Giấy khen cho 12 tập thể và cá nhân có thành tích xuất sắc. Trong số này có Tổ hòa giải thôn Khe Vạc với 9 thành viên.',
    [['tập thể, cá nhân', 12, ['Tổ hòa giải thôn Khe Vạc']]]],
  ['bodies in parentheses after their count, a pagoda written lowercase first',
    'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam: 3 tập thể (chùa Hà Phong, Giáo xứ Khe Vạc, Chi hội Tin Lành Pa Lìn) và 2 cá nhân.',
    [['tập thể', 3, ['chùa Hà Phong', 'Giáo xứ Khe Vạc', 'Chi hội Tin Lành Pa Lìn']], ['cá nhân', 2, []]]],
  ['a Cao Đài district parish ("Tộc đạo") heads a body of a list',
    'Chủ tịch UBND huyện tặng Giấy khen cho 2 tập thể: Tộc đạo Pa Lìn, Nhà thờ Khe Vạc.',
    [['tập thể', 2, ['Tộc đạo Pa Lìn', 'Nhà thờ Khe Vạc']]]],
  ['branches named by their place alone, in lowercase, after "là"',
    'UBND huyện tặng giấy khen cho hai chi hội CCB là chi hội bản Pa Lìn (xã Hà Phong) và chi hội bản Khe Vạc (xã Hà Phong).',
    [['tập thể', 2, ['chi hội bản Pa Lìn', 'chi hội bản Khe Vạc']]]],
  ['a branch by its place alone after "trong đó có", past the counts of persons and households',
    'Hội LHPN huyện khen thưởng 14 chi hội, 27 hội viên và 6 hộ gia đình có thành tích xuất sắc, trong đó có chi hội ấp Khe Vạc và bà Chu Thị Mến.',
    [['tập thể', 14, ['chi hội ấp Khe Vạc']], ['cá nhân', 27, ['Chu Thị Mến']], ['gia đình', 6, []]]],
  ['students from abroad counted, their names transliterated from Lao with hyphens, bare after a colon',
    'Giám đốc Sở Ngoại vụ tặng Giấy khen cho 3 lưu học sinh tiêu biểu: Khăm-xỉ Vông-phết, Xổm-phon In-ta-vông và Bun-mi Xay-xa-na.',
    [['cá nhân', 3, ['Khăm-xỉ Vông-phết', 'Xổm-phon In-ta-vông', 'Bun-mi Xay-xa-na']]]],
  ['the Vietnamese abroad counted as persons ("kiều bào"), named after "Trong số"',
    'Dịp này, 14 kiều bào được UBND Thành phố tặng Bằng khen. Trong số 14 kiều bào nhận Bằng khen có bà Chu Thị Mến, doanh nhân tại Pháp.',
    [['cá nhân', 14, ['Chu Thị Mến']]]],
  ['classes honoured as collectives, in lowercase after "là"',
    'Hiệu trưởng tặng Giấy khen cho 2 tập thể lớp là lớp Điện dân dụng K8 và lớp Dược K9.',
    [['tập thể', 2, ['lớp Điện dân dụng K8', 'lớp Dược K9']]]],
  ['the ones of a subset named after "là" are the count\'s, and the place after "tại" is no person',
    'Bà Chu Thị Mến trao Kỷ niệm chương cho 9 cá nhân, trong đó có 2 hội viên người Lào đang sinh sống tại Hà Phong là bà Khăm-la Vông-xay và ông Vi Văn Thoòng.',
    [['cá nhân', 9, ['Khăm-la Vông-xay', 'Vi Văn Thoòng']]]],
  ['Khmer hamlets ("phum") honoured as collectives in a list',
    'Ông Lê Văn Tám trao Bằng khen của UBND tỉnh cho 3 tập thể của huyện bạn gồm Công an huyện Pa Lìn, phum Khe Vạc và phum Hà Phong.',
    [['tập thể', 3, ['Công an huyện Pa Lìn', 'phum Khe Vạc', 'phum Hà Phong']]]],
  ['households listed after "gồm:" by "gia đình ông A" are the count\'s members, no honours of their own',
    'Dịp này, bà Chu Thị Mến trao Bằng khen của Chủ tịch UBND tỉnh cho 3 gia đình tiêu biểu, gồm: gia đình ông Lầu A Giống, Trưởng bản Pa Lìn; gia đình bà Vi Thị Hoa, bản Khe Vạc và gia đình ông Lê Văn Tám, tiểu khu 2.',
    [['gia đình', 3, ['Lầu A Giống', 'Vi Thị Hoa', 'Lê Văn Tám']]]],
  ['a household named by its head\'s rank ("gia đình Thượng tá A"), in a caption: one of the count, no person\'s honour',
    'Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 2 gia đình là gia đình Thượng tá Lê Văn Tám và gia đình bà Chu Thị Mến.\nẢnh: Đại tá Vi Văn Thoòng trao Bằng khen của Chủ tịch UBND tỉnh cho gia đình Thượng tá Lê Văn Tám.',
    [['gia đình', 2, ['Lê Văn Tám', 'Chu Thị Mến']]]],
  ['a household named by a couple is one, its first name (households named under one word are each one)',
    'Bà Chu Thị Mến trao Bằng khen cho 2 gia đình tiêu biểu: gia đình anh Lầu A Giống và chị Vi Thị Hoa (xã Pa Lìn) và gia đình ông Lê Văn Tám (xã Khe Vạc). Tại hội nghị, 03 hộ được nhận Giấy khen là gia đình các ông Hà Văn Phong, Lò Văn Pánh và bà Đinh Thị Mơ.',
    [['gia đình', 2, ['Lầu A Giống', 'Lê Văn Tám']], ['gia đình', 3, ['Hà Văn Phong', 'Lò Văn Pánh', 'Đinh Thị Mơ']]]],
  ['a people named after "dân tộc" is no person of the list',
    'Dịp này, UBND tỉnh tặng Bằng khen cho 2 hộ là hộ ông Lầu A Giống (dân tộc Hà Nhì) và hộ bà Vi Thị Mến (dân tộc Thái).',
    [['gia đình', 2, ['Lầu A Giống', 'Vi Thị Mến']]]],
];

const NO_NAMES: Array<[string, string, Entry[]]> = [
  ['"có" after the count before no one addressed: what the recipients have, not who they are',
    'Dịp này, UBND huyện tặng Giấy khen cho 28 cá nhân, có Chủ tịch UBND xã Vi Văn Thoòng đến dự.',
    [['cá nhân', 28, []]]],
  ['members opening a paragraph are no body: what they made is recognized, not they',
    'Đoàn viên, người lao động đã có 412 sáng kiến, giải pháp được công nhận, làm lợi hơn 7 tỷ đồng.',
    []],
  ['one member singled out after "người … là"',
    'Dịp này, Ban Chỉ đạo quận tôn vinh 96 người hiến máu tiêu biểu, trong đó có 9 người hiến từ 20 lần trở lên, người nhiều nhất là ông Lê Hữu Quyến với 38 lần.',
    [['cá nhân', 96, []]]],
  ['"là" after a description, not before a name',
    'Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 2 cá nhân có thành tích xuất sắc là những người đã hiến đất, trong đó ông Hà Văn Thỉnh hiến 500 m2.',
    [['cá nhân', 2, []]]],
  ['the official who gives the award, named after the count',
    'Dịp này, 5 tập thể được ông Lê Văn Tám, Phó Chủ tịch UBND huyện trao Giấy khen.',
    [['tập thể', 5, []]]],
  ['a subset counted after "trong đó có", and the person told of after it',
    'Dịp này, Hội Chữ thập đỏ quận tuyên dương 108 người hiến máu tiêu biểu, trong đó có 14 người đã hiến từ 20 lần trở lên, người nhiều nhất là ông Lê Văn Tám với 41 lần.',
    [['cá nhân', 108, []]]],
  ['a place named in a body after "trong đó có" is no person',
    'Dịp này, Đảng ủy xã tặng Giấy khen cho 5 cá nhân, trong đó có bà Đỗ Thị Lan, Bí thư Chi bộ thôn Đồng Tâm.',
    [['cá nhân', 5, ['Đỗ Thị Lan']]]],
  ['the official who gives the award, named before the count',
    'Dịp này, ông Lê Văn Tám, Phó Chủ tịch UBND huyện trao Giấy khen cho 5 tập thể.',
    [['tập thể', 5, []]]],
];

describe('recipients: names given for an entry', () => {
  it.each(NAMED_LISTS)('%s', (_why, sentence, expected) => expect(entries(HEAD + sentence)).toEqual(expected));
});

describe('recipients: names that are not the recipients\'', () => {
  it.each(NO_NAMES)('%s', (_why, sentence, expected) => expect(entries(HEAD + sentence)).toEqual(expected));
});

describe('recipients: a list ends at the next count', () => {
  it('the people listed for the second count are not the first count\'s', () => {
    const awards = extract(HEAD + 'Dịp này, Huyện ủy tặng Giấy khen cho 2 tập thể gồm Ban Dân vận xã Tân Hòa, Hội Nông dân xã Tân Lợi và 2 cá nhân gồm ông Lê Văn Tám, bà Trần Thị Hoa.', { file: 't.txt' }).awards;
    expect(awards.map((a) => [a.recipient_type, a.count])).toEqual([['tập thể', 2], ['cá nhân', 2]]);
    expect(awards[0]!.recipients).not.toContain('Lê Văn Tám');
    expect(awards[0]!.recipients).not.toContain('Trần Thị Hoa');
    expect(awards[1]!.recipients).toEqual(['Lê Văn Tám', 'Trần Thị Hoa']);
  });
});

describe('recipients: the helper', () => {
  const raw = (over: Partial<RawAward>): RawAward => ({
    type: 'tập thể', count: 1, level: null, levelRule: null, award: null, year: null, start: 0, end: 0, named: null, rule: 'award.named', ...over,
  });

  it('a named recipient whose name cannot be read gives no name', () => {
    const doc = makeDoc('Tin tức.\nDịp này, tập thể ban dân vận xã được tuyên dương.');
    const s = doc.sentences[1]!;
    const at = s.text.indexOf('ban');
    expect(recipientsOf(doc, s, raw({ start: at - 8, end: at, named: { start: at } }), s.text.length, findPeople(doc))).toEqual([]);
  });

  it('a named body gets its name as written in the source', () => {
    const doc = makeDoc('Tin tức.\nDịp này, tập thể Hội Nông dân xã Tân Hòa được tuyên dương.');
    const s = doc.sentences[1]!;
    const at = s.text.indexOf('Hội');
    expect(recipientsOf(doc, s, raw({ start: at - 8, end: at, named: { start: at } }), s.text.length, findPeople(doc))).toEqual(['Hội Nông dân xã Tân Hòa']);
  });
});


describe('recipients: the person an honour is named for', () => {
  it('a headline naming the prize gives no recipient, and tells the same award as the body', () => {
    const text = 'Hai cán bộ Đoàn nhận Giải thưởng Lê Văn Tám\nNgày 26/3, Trung ương Đoàn trao Giải thưởng Lê Văn Tám năm 2016 cho 2 cán bộ Đoàn: anh Vi Văn Thoòng, Bí thư Huyện đoàn Khe Vạc, và chị Chu Thị Mến, Phó Bí thư Đoàn xã Pa Lìn.';
    expect(entries(text)).toEqual([['cá nhân', 2, ['Vi Văn Thoòng', 'Chu Thị Mến']]]);
  });
});

describe('recipients: a body a presenter hands another giver\'s honour to', () => {
  it('is no member of a group a giver of its own counted, of the same form and tier', () => {
    const text = 'Đại hội Ủy ban Đoàn kết Công giáo huyện Khe Vạc\nÔng Lê Văn Tám trao Bằng khen của Ủy ban Trung ương MTTQ Việt Nam cho Ủy ban Đoàn kết Công giáo huyện.\nNgày 9/3/2016, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho Ủy ban Đoàn kết Công giáo huyện Khe Vạc và 2 cá nhân. Ủy ban Đoàn kết Công giáo Việt Nam tặng Bằng khen cho 04 tập thể và 06 cá nhân.';
    expect(entries(text)).toEqual([
      ['tập thể', 1, ['Ủy ban Đoàn kết Công giáo huyện Khe Vạc']],
      ['cá nhân', 2, []],
      ['tập thể', 4, []],
      ['cá nhân', 6, []],
    ]);
  });
});

describe('recipients: a posthumous title', () => {
  it('goes to the dead named after "truy tặng", not to the kin who takes it up for him', () => {
    const text = 'Truy tặng danh hiệu Anh hùng cho liệt sĩ\nNgày 9/11/2016, thừa ủy quyền của Chủ tịch nước, ông Lê Văn Tám trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân truy tặng liệt sĩ Vi Văn Thoòng, nguyên Đội trưởng đội biệt động huyện, hy sinh năm 1968.\nÔng Vi Văn Sáu (bên phải) nhận danh hiệu thay cho anh trai.';
    expect(entries(text)).toEqual([['cá nhân', 1, ['Vi Văn Thoòng']]]);
  });
});
