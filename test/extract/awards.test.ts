// Awards, Duckling style: every way of writing an honoured count → the award entries, and
// counts that are not honours → none. Snippets are short invented reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

interface Entry { recipient_type: string | null; count: number; level: string | null; award: string | null }

const awardsOf = (text: string): Entry[] =>
  extract(text, { file: 't.txt' }).awards.map(({ recipient_type, count, level, award }) => ({ recipient_type, count, level, award }));

const HEAD = 'Tôn vinh điển hình “Dân vận khéo” năm 2023\n\n';
const LEAD = 'Ngày 12/10/2023, Huyện ủy tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo”. ';

const e = (recipient_type: string | null, count: number, level: string | null, award: string | null): Entry => ({ recipient_type, count, level, award });

const FORMS: Array<[string, Entry[]]> = [
  // some of a group told before, named by what it received: no fact of its own
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 4 cá nhân; Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 25 cá nhân. Trong số cá nhân nhận Bằng khen có ông Lê Văn Tám; trong số nhận Giấy khen có 17 ngư dân.', [e('cá nhân', 4, 'tỉnh', 'bằng khen'), e('cá nhân', 25, 'tỉnh', 'giấy khen')]],
  // a list's last line joined by "và" to its numbered items takes the lead's honour
  ['Chủ tịch UBND thị xã tặng Giấy khen cho các tập thể, cá nhân:\n1. Ban CHQS xã Pa Lìn;\n2. Trung đội dân quân cơ động thị xã;\nvà 5 chiến sĩ, trong đó có Trung sĩ Lê Văn Tám, tiểu đội trưởng dân quân thường trực.', [e('tập thể', 2, 'thị xã', 'giấy khen'), e('cá nhân', 5, 'thị xã', 'giấy khen')]],
  // a combined count that names one member after "trong đó" announces no parts: not the sum of
  // another giver's counts told before
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể và 5 cá nhân. UBND huyện tặng Giấy khen cho 9 tập thể và cá nhân có nhiều đóng góp, trong đó ông Lê Văn Tám được khen lần thứ ba.', [e('tập thể', 4, 'tỉnh', 'bằng khen'), e('cá nhân', 5, 'tỉnh', 'bằng khen'), e('tập thể, cá nhân', 9, 'huyện', 'giấy khen')]],
  // a team, a mass organisation counted by their words
  ['Dịp này, Trưởng Công an huyện khen thưởng 4 đội và 11 cán bộ, chiến sĩ.', [e('tập thể', 4, 'huyện', 'khen thưởng'), e('cá nhân', 11, 'huyện', 'khen thưởng')]],
  ['Đảng ủy xã tặng Giấy khen cho 7 chi bộ, 3 đoàn thể và 12 đảng viên tiêu biểu.', [e('tập thể', 7, 'xã', 'giấy khen'), e('tập thể', 3, 'xã', 'giấy khen'), e('cá nhân', 12, 'xã', 'giấy khen')]],
  ['UBND quận tặng Giấy khen cho 3 đoàn cơ sở và 5 chi đoàn có thành tích trong chiến dịch.', [e('tập thể', 3, 'quận', 'giấy khen'), e('tập thể', 5, 'quận', 'giấy khen')]],
  // a second giver after "và" and the first one's count: its own tier
  ['Dịp này, Hội LHPN tỉnh tặng Bằng khen cho 15 cá nhân và UBND huyện tặng Giấy khen cho 21 tập thể.', [e('cá nhân', 15, 'tỉnh', 'bằng khen'), e('tập thể', 21, 'huyện', 'giấy khen')]],
  // a list opened right after the last of several givers' counts is that count's, its form and tier
  ['Dịp này, Hội LHPN tỉnh tặng Bằng khen cho 15 cá nhân và UBND huyện tặng Giấy khen cho 21 tập thể, cá nhân, gồm:\n+ 03 tập thể: Hội LHPN xã Pa Lìn, Chi hội phụ nữ ấp Khe Vạc và Câu lạc bộ Phụ nữ Hà Phong;\n+ 18 cá nhân là phụ nữ tiêu biểu.', [e('cá nhân', 15, 'tỉnh', 'bằng khen'), e('tập thể', 3, 'huyện', 'giấy khen'), e('cá nhân', 18, 'huyện', 'giấy khen')]],
  // the giver of a review it held and then an honour; a branch's name with lowercase words and the
  // agency's abbreviation before its tier
  ['Trước đó, Hội LHPN phường Pa Lìn cũng đã tổng kết và tặng Giấy khen cho 17 hội viên tiêu biểu.', [e('cá nhân', 17, 'phường', 'giấy khen')]],
  ['Dịp này, 9 tổ trưởng nhận Giấy khen của Giám đốc Phòng giao dịch NHCSXH quận.', [e('cá nhân', 9, 'quận', 'giấy khen')]],
  // list items that receive their own honour with a verb, after the lead
  ['Các tập thể được khen thưởng gồm:\n- Hội LHPN phường Pa Lìn nhận Bằng khen của Hội LHPN thành phố.\n- Chi hội Phụ nữ khu vực 9 nhận Giấy khen của Chủ tịch UBND quận.', [e('tập thể', 1, 'thành phố', 'bằng khen'), e('tập thể', 1, 'quận', 'giấy khen')]],
  // a count that honours a count of its own is the giver, whatever an honour named before it
  ['Cũng trong đợt biểu dương này, 17 công đoàn cơ sở trong tỉnh đã khen thưởng 640 đoàn viên có đóng góp trong phòng chống dịch.', [e('cá nhân', 640, 'tỉnh', 'khen thưởng')]],
  // the former youth volunteers and couples by their words; one more member counted in words at
  // a list's end is one of the count, no fact of its own
  ['Dịp này, 3 cựu TNXP, trong đó có ông Lê Văn Tám và bà Chu Thị Mến, vinh dự được nhận Kỷ niệm chương “Vì thế hệ trẻ” của Ban Chấp hành Trung ương Đoàn.', [e('cá nhân', 3, 'trung ương', 'kỷ niệm chương')]],
  ['Chủ tịch UBND quận tặng Giấy khen cho 8 cặp vợ chồng tiêu biểu trong xây dựng gia đình hạnh phúc.', [e('gia đình', 8, 'quận', 'giấy khen')]],
  ['Ban Thường vụ Quận ủy công nhận 3 cá nhân là điển hình “Dân vận khéo” của quận, gồm bà Chu Thị Mến, ông Lê Văn Tám và một hội viên ở phường 9.', [e('cá nhân', 3, 'quận', 'điển hình')]],
  ['Ủy ban MTTQ thị trấn tặng Giấy khen cho năm hộ gia đình có cách làm hay trong hòa giải mâu thuẫn ở khu dân cư, gồm hộ ông Lê Văn Tám, hộ bà Chu Thị Mến (khu Pa Lìn) và ba hộ ở khu Khe Vạc.', [e('gia đình', 5, 'thị trấn', 'giấy khen')]],
  // a village's community and a group of households on contract are collectives
  ['Chủ tịch UBND huyện tặng Giấy khen cho 4 cộng đồng thôn và 9 nhóm hộ nhận khoán bảo vệ rừng.', [e('tập thể', 4, 'huyện', 'giấy khen'), e('tập thể', 9, 'huyện', 'giấy khen')]],
  // the forest rangers' three tiers, and a national park giving in its own name
  ['Cục trưởng Cục Kiểm lâm tặng Giấy khen cho 4 tập thể; Chi cục trưởng Chi cục Kiểm lâm tặng Giấy khen cho 9 cá nhân; Hạt trưởng Hạt Kiểm lâm Pa Lìn tặng Giấy khen cho 6 hộ; Giám đốc Vườn quốc gia Khe Vạc tặng Giấy khen cho 17 cá nhân.', [e('tập thể', 4, 'trung ương', 'giấy khen'), e('cá nhân', 9, 'tỉnh', 'giấy khen'), e('gia đình', 6, 'huyện', 'giấy khen'), e('cá nhân', 17, 'cơ sở', 'giấy khen')]],
  // a count joined by "và" after the activity that describes the one before, its object told: honoured too
  ['Chủ tịch UBND huyện tặng Giấy khen cho 9 hộ gia đình đã hiến đất và hai tập thể là Chi bộ thôn Khe Vạc, Đoàn Thanh niên xã Pa Lìn.', [e('gia đình', 9, 'huyện', 'giấy khen'), e('tập thể', 2, 'huyện', 'giấy khen')]],
  // teams by what they do are collectives; a count taking part after another listed first is honoured
  ['UBND thị xã tặng Giấy khen cho 9 đội cồng chiêng và 17 nghệ nhân tham gia liên hoan.', [e('tập thể', 9, 'thị xã', 'giấy khen'), e('cá nhân', 17, 'thị xã', 'giấy khen')]],
  // results of exams told of a count are no honour: the passive after a later count is that
  // count's own, and a count after a passive honour, with its own result, is no more than that
  ['Năm học vừa qua, toàn huyện có 43 học sinh đạt giải học sinh giỏi cấp tỉnh, 9 giáo viên được Chủ tịch UBND huyện tặng Giấy khen.', [e('cá nhân', 9, 'huyện', 'giấy khen')]],
  ['Năm học vừa qua, 9 giáo viên được Chủ tịch UBND huyện tặng Giấy khen; thêm 4 trường đạt chuẩn quốc gia.', [e('cá nhân', 9, 'huyện', 'giấy khen')]],
  // a count told with its result in an exam is honoured by a verb before it, or received right after it
  ['Hội Khuyến học xã khen thưởng 43 học sinh đạt giải học sinh giỏi cấp huyện và 9 em đỗ thủ khoa.', [e('cá nhân', 43, 'xã', 'khen thưởng'), e('cá nhân', 9, 'xã', 'khen thưởng')]],
  ['Hai em đạt giải nhất cấp tỉnh được Sở GD&ĐT tặng Giấy khen.', [e('cá nhân', 2, 'tỉnh', 'giấy khen')]],
  // the rest of a total of both kinds, told as of one kind: an entry of that kind, the total spent
  ['Ngày 9/11, Chủ tịch UBND huyện tặng Giấy khen cho 64 tập thể, cá nhân có thành tích tiêu biểu; trong đó có 21 tập thể, số còn lại là cá nhân.', [e('tập thể', 21, 'huyện', 'giấy khen'), e('cá nhân', 43, 'huyện', 'giấy khen')]],
  // the clergy counted by their rank
  ['Dịp này, 4 linh mục được trao tặng Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc” của Ủy ban Trung ương MTTQ Việt Nam.', [e('cá nhân', 4, 'trung ương', 'kỷ niệm chương')]],
  // a parish's lay boards counted by their capitalized name
  ['Ngày 9/11, Ủy ban MTTQ huyện Khe Vạc trao Giấy khen cho 3 Ban Hành giáo tiêu biểu trong năm.', [e('tập thể', 3, 'huyện', 'giấy khen')]],
  // a prize named for a person, or by its own name in quotes, is its form
  ['Ngày 26/3, Trung ương Đoàn trao Giải thưởng Lê Văn Tám năm 2016 cho 3 cán bộ Đoàn của tỉnh.', [e('cá nhân', 3, 'trung ương', 'giải thưởng')]],
  ['Ngày 9/1, Trung ương Hội Sinh viên trao Giải thưởng “Sao Tháng Giêng” cho 5 cán bộ Hội.', [e('cá nhân', 5, 'trung ương', 'giải thưởng')]],
  // counts given an honour by a passive of their own after a comma: each clause its own tier and
  // form (but a pair of counts before one passive is one clause: see the next)
  ['Dịp này, 2 tập thể được công nhận là điển hình “Dân vận khéo” cấp Trung ương, 14 tập thể và 19 cá nhân được Ban Thường vụ Thành ủy tặng Bằng khen.', [e('tập thể', 2, 'trung ương', 'điển hình'), e('tập thể', 14, 'thành phố', 'bằng khen'), e('cá nhân', 19, 'thành phố', 'bằng khen')]],
  ['Tổng cộng có 43 tập thể, cá nhân được khen thưởng, trong đó: 6 tập thể, 9 cá nhân được Bộ trưởng Bộ Công an tặng Bằng khen; 11 tập thể, 17 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.', [e('tập thể', 6, 'trung ương', 'bằng khen'), e('cá nhân', 9, 'trung ương', 'bằng khen'), e('tập thể', 11, 'tỉnh', 'bằng khen'), e('cá nhân', 17, 'tỉnh', 'bằng khen')]],
  // a total that announces its parts, its rest a combined count: the parts are the entries
  ['Cũng tại hội nghị, 36 tập thể và cá nhân được khen thưởng, trong đó 6 tập thể được UBND tỉnh tặng Bằng khen, 9 cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen, còn lại 21 tập thể, cá nhân nhận Giấy khen của Ban Dân vận Huyện ủy.', [e('tập thể', 6, 'tỉnh', 'bằng khen'), e('cá nhân', 9, 'huyện', 'giấy khen'), e('tập thể, cá nhân', 21, 'huyện', 'giấy khen')]],
  // a certificate of recognition on paper names itself
  ['Hội Khuyến học tỉnh trao Giấy công nhận “Dòng họ hiếu học” cấp tỉnh cho 6 dòng họ.', [e('tập thể', 6, 'tỉnh', 'giấy công nhận')]],
  // a tally of the whole place is an honour when its giver is named, or it counts the movement's
  // examples recognized at a tier
  ['Cũng dịp này, toàn xã có 96 hộ được UBND xã Pa Lìn công nhận đạt danh hiệu “Gia đình văn hóa”.', [e('gia đình', 96, 'xã', 'danh hiệu')]],
  ['Qua phong trào, toàn tỉnh có 14 tập thể được công nhận điển hình “Dân vận khéo” cấp tỉnh.', [e('tập thể', 14, 'tỉnh', 'điển hình')]],
  // the giver named with the form the count is given, past a body named in what describes the count
  ['Dịp này, 3 đồng chí nguyên là trưởng, phó ban tổ chức của huyện được tặng Kỷ niệm chương “Vì sự nghiệp Tổ chức xây dựng Đảng” của Ban Tổ chức Trung ương.', [e('cá nhân', 3, 'trung ương', 'kỷ niệm chương')]],
  // what a body named right before its parentheses is made of is no count (the parts of a count in
  // its parentheses still are: see the breakdowns)
  ['Chủ tịch UBND thị xã tặng Giấy khen cho Tổ đoàn kết khai thác hải sản Khe Vạc 7 (gồm 6 tàu với 58 lao động) và 4 ngư dân đã tham gia tìm kiếm.', [e('tập thể', 1, 'thị xã', 'giấy khen'), e('cá nhân', 4, 'thị xã', 'giấy khen')]],
  ['Ban Dân vận Tỉnh ủy tặng giấy khen cho 28 tập thể, cá nhân (gồm 11 tập thể, 17 cá nhân) điển hình “Dân vận khéo” năm 2022.', [e('tập thể', 11, 'tỉnh', 'giấy khen'), e('cá nhân', 17, 'tỉnh', 'giấy khen')]],
  // health units counted
  ['UBND xã tặng Giấy khen cấp xã cho 4 ấp và 9 cộng tác viên dân số; Giám đốc bệnh viện khen thưởng 12 điều dưỡng và 3 kỹ thuật viên.', [e('tập thể', 4, 'xã', 'giấy khen'), e('cá nhân', 9, 'xã', 'giấy khen'), e('cá nhân', 12, 'cơ sở', 'khen thưởng'), e('cá nhân', 3, 'cơ sở', 'khen thưởng')]],
  ['Giám đốc Trung tâm Y tế huyện khen thưởng 7 trạm y tế xã và 31 cá nhân.', [e('tập thể', 7, 'cơ sở', 'khen thưởng'), e('cá nhân', 31, 'cơ sở', 'khen thưởng')]],
  // the exemplary of those helped are honoured; heroic mothers counted by the word for them
  ['UBND huyện tặng Giấy khen cấp huyện cho mười một tập thể, mười lăm cá nhân và 4 gia đình chính sách tiêu biểu vượt khó vươn lên.', [e('tập thể', 11, 'huyện', 'giấy khen'), e('cá nhân', 15, 'huyện', 'giấy khen'), e('gia đình', 4, 'huyện', 'giấy khen')]],
  ['Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Tám trao danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 3 mẹ.', [e('cá nhân', 3, 'trung ương', 'bà mẹ việt nam anh hùng')]],
  // ministries by their abbreviations; a district's office of education, with no place named
  ['Dịp này, 3 cá nhân nhận Bằng khen của Bộ LĐ-TB&XH; Kỷ niệm chương “Vì sự nghiệp giáo dục” của Bộ GD&ĐT được trao cho 4 nhà giáo.', [e('cá nhân', 3, 'trung ương', 'bằng khen'), e('cá nhân', 4, 'trung ương', 'kỷ niệm chương')]],
  ['Trưởng phòng GD&ĐT tặng Giấy khen cho 120 học sinh giỏi; Trưởng Phòng GD&ĐT thành phố Khe Vạc tặng Giấy khen cho 12 giáo viên.', [e('cá nhân', 120, 'huyện', 'giấy khen'), e('cá nhân', 12, 'thành phố', 'giấy khen')]],
  // a prize describes the count before it; the count joined after it still takes the honour
  ['Giám đốc Sở GD&ĐT tặng Giấy khen cho 18 học sinh đạt giải khuyến khích và 26 giáo viên có công bồi dưỡng đội tuyển.', [e('cá nhân', 18, 'tỉnh', 'giấy khen'), e('cá nhân', 26, 'tỉnh', 'giấy khen')]],
  ['Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho liên đội Trường THCS Pa Lìn đạt giải nhất Liên hoan và 15 em có thành tích xuất sắc.', [e('tập thể', 1, 'tỉnh', 'bằng khen'), e('cá nhân', 15, 'tỉnh', 'bằng khen')]],
  // a whole counted, then the part of it honoured: only the part
  ['Lớp 9A có 34 học sinh thì 11 em được nhận Giấy khen của Hiệu trưởng.', [e('cá nhân', 11, 'cơ sở', 'giấy khen')]],
  ['Lớp 6B có 32 học sinh nhưng chỉ 2 em được Hiệu trưởng tặng Giấy khen.', [e('cá nhân', 2, 'cơ sở', 'giấy khen')]],
  // craftsmen and the workshops of a craft village; a state title conferred is trung ương, whoever hands it
  ['Cũng tại buổi lễ, UBND tỉnh tặng Bằng khen cho 3 cơ sở sản xuất nón và 5 thợ giỏi; UBND huyện tặng Giấy khen cho 12 hộ làm nghề.', [e('tập thể', 3, 'tỉnh', 'bằng khen'), e('cá nhân', 5, 'tỉnh', 'bằng khen'), e('gia đình', 12, 'huyện', 'giấy khen')]],
  ['UBND huyện Khe Vạc tổ chức lễ trao danh hiệu Nghệ nhân Ưu tú cho 2 nghệ nhân của làng nón Pa Lìn.', [e('cá nhân', 2, 'trung ương', 'nghệ nhân ưu tú')]],
  // an association named by its head word alone, with its committee, after its whole name with a tier
  ['Dự có ông Lê Văn Tám, Chủ tịch Hiệp hội Du lịch tỉnh. Dịp này, Ban Chấp hành Hiệp hội tặng Giấy khen cho 11 doanh nghiệp hội viên.', [e('tập thể', 11, 'tỉnh', 'giấy khen')]],
  // an enterprise's own tiers are the grassroots one; so is the collectives' title of the year
  ['Tổng Giám đốc Lê Văn Tám trao danh hiệu “Chiến sĩ thi đua cấp Tổng công ty” cho 9 cá nhân; trao Giấy khen cấp công ty thành viên cho 14 tập thể.', [e('cá nhân', 9, 'cơ sở', 'chiến sĩ thi đua'), e('tập thể', 14, 'cơ sở', 'giấy khen')]],
  ['Kết quả khen thưởng năm 2020 của Cục như sau:\n\n| Hình thức | Tập thể | Cá nhân |\n| Tập thể lao động tiên tiến | 9 | – |\n| Lao động tiên tiến | – | 163 |\n', [e('tập thể', 9, 'cơ sở', 'tập thể lao động tiên tiến'), e('cá nhân', 163, 'cơ sở', 'lao động tiên tiến')]],
  // an island district's chairman; boats honoured; a count joined to the list after what the ones before it did
  ['Chủ tịch UBND huyện đảo tặng Giấy khen cho 5 tàu cá và 23 ngư dân đã tham gia cứu hộ tàu bạn, cùng 4 tập thể có thành tích giúp dân khắc phục hậu quả bão.', [e('tập thể', 5, 'huyện', 'giấy khen'), e('cá nhân', 23, 'huyện', 'giấy khen'), e('tập thể', 4, 'huyện', 'giấy khen')]],
  // the young counted by their title, the Pioneers' units and their leaders
  ['Hội đồng Đội thành phố tuyên dương 120 “Cháu ngoan Bác Hồ” tiêu biểu cấp thành phố; đồng thời tặng Giấy khen cho 8 liên đội vững mạnh xuất sắc và 12 Tổng phụ trách Đội giỏi.', [e('cá nhân', 120, 'thành phố', 'cháu ngoan bác hồ'), e('tập thể', 8, 'thành phố', 'giấy khen'), e('cá nhân', 12, 'thành phố', 'giấy khen')]],
  // "tặng thưởng" is the verb that hands the form named after it
  ['Tại hội nghị, ba cá nhân được tặng thưởng Kỷ niệm chương “Vì sự nghiệp khuyến học” của Trung ương Hội Khuyến học Việt Nam.', [e('cá nhân', 3, 'trung ương', 'kỷ niệm chương')]],
  // a province's sector union is the province's
  ['Dịp này, 5 nữ đoàn viên được Công đoàn ngành Giáo dục tặng Giấy khen.', [e('cá nhân', 5, 'tỉnh', 'giấy khen')]],
  // every part of a subset listed after "trong đó có" is some of them, not a fact of its own
  ['Ông Lê Văn Tám trao danh hiệu “Nghệ nhân ưu tú” cho 9 nghệ nhân, trong đó có 5 nghệ nhân quan họ, 3 nghệ nhân ca trù và 1 nghệ nhân làm tranh.', [e('cá nhân', 9, 'trung ương', 'nghệ nhân ưu tú')]],
  // "Một thành viên" names the kind of a limited company, no one counted: one body named
  ['Đảng bộ Công ty TNHH Một thành viên Cao su Khe Vạc nhận Bằng khen của Ban Thường vụ Tỉnh ủy.', [e('tập thể', 1, 'tỉnh', 'bằng khen')]],
  // a combined count of times, what it was given for, then its parts and the rest
  ['UBND thành phố khen thưởng 85 lượt tập thể, cá nhân có thành tích trong công tác bồi thường, giải phóng mặt bằng, trong đó 30 lượt tập thể, còn lại là cá nhân.', [e('tập thể', 30, 'thành phố', 'khen thưởng'), e('cá nhân', 55, 'thành phố', 'khen thưởng')]],
  // (a long description, with an activity in it, between the total and its parts)
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 85 lượt tập thể, cá nhân có thành tích xuất sắc trong hoạt động Hội và tham gia phòng, chống dịch COVID-19, trong đó 30 tập thể, còn lại là cá nhân.', [e('tập thể', 30, 'tỉnh', 'bằng khen'), e('cá nhân', 55, 'tỉnh', 'bằng khen')]],
  // a province's share of a national honour, by kind: no entries of its own
  ['Thủ tướng Chính phủ đã tặng Bằng khen cho 1.160 điển hình, gồm 486 tập thể và 674 cá nhân; trong đó, tỉnh Khe Vạc có 3 tập thể và 5 cá nhân.', [e('tập thể', 486, 'trung ương', 'bằng khen'), e('cá nhân', 674, 'trung ương', 'bằng khen')]],
  // a plantation's production teams are collectives
  ['Giám đốc Công ty tặng Giấy khen cho 5 đội sản xuất cùng 21 công nhân.', [e('tập thể', 5, 'cơ sở', 'giấy khen'), e('cá nhân', 21, 'cơ sở', 'giấy khen')]],
  // the tier people work at is no level of their honour: the giver's is
  ['Giám đốc Sở Nội vụ tặng Giấy khen cho 4 tập thể và 11 cá nhân là công chức làm công tác tôn giáo ở cấp huyện, cấp xã.', [e('tập thể', 4, 'tỉnh', 'giấy khen'), e('cá nhân', 11, 'tỉnh', 'giấy khen')]],
  // the unions' honour for an innovation is a form of its own; the movement's name is none
  ['Tổng LĐLĐ Việt Nam tặng Bằng Lao động sáng tạo cho 7 đoàn viên có sáng kiến trong phong trào “Lao động giỏi, lao động sáng tạo”.', [e('cá nhân', 7, 'trung ương', 'bằng lao động sáng tạo')]],
  // people counted by the title they are honoured with, by a verb that names no form: the title is the form
  ['Tại buổi lễ, Ban Thường vụ Huyện đoàn tuyên dương 9 Bí thư chi đoàn giỏi và tặng Giấy khen cho 17 đoàn viên tiêu biểu.', [e('cá nhân', 9, 'huyện', 'bí thư chi đoàn giỏi'), e('cá nhân', 17, 'huyện', 'giấy khen')]],
  ['Hội đồng Đội thành phố tuyên dương 27 Chỉ huy Đội giỏi năm học 2022 – 2023.', [e('cá nhân', 27, 'thành phố', 'chỉ huy đội giỏi')]],
  ['Hiệp hội Doanh nghiệp tỉnh tôn vinh 14 “Doanh nhân tiêu biểu” và 8 “Doanh nghiệp tiêu biểu” năm 2019.', [e('cá nhân', 14, 'tỉnh', 'doanh nhân tiêu biểu'), e('tập thể', 8, 'tỉnh', 'doanh nghiệp tiêu biểu')]],
  // (the kinds of the guide are no title, and a form named keeps its place)
  ['UBND huyện tuyên dương 11 Cá nhân tiêu biểu trong phong trào.', [e('cá nhân', 11, 'huyện', 'điển hình')]],
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 6 Bí thư chi bộ tiêu biểu.', [e('cá nhân', 6, 'tỉnh', 'bằng khen')]],
  // the Buddhist Sangha's national council
  ['Dịp này, Hội đồng Trị sự GHPGVN tặng Bằng khen cho Ban Trị sự GHPGVN huyện Khe Vạc và 3 chư Tăng, Ni có nhiều đóng góp cho Phật sự.', [e('tập thể', 1, 'trung ương', 'bằng khen'), e('cá nhân', 3, 'trung ương', 'bằng khen')]],
  // a steering board ("Ban Chỉ đạo") is a giver, its purpose in lowercase words running on to its tier
  ['Dịp này, 84 người nhận Giấy khen của Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh.', [e('cá nhân', 84, 'tỉnh', 'giấy khen')]],
  // no giver named: the tier of the post of the one who hands the honour over, named with it elsewhere
  ['Tới dự có chị Chu Thị Mến, Phó Bí thư Tỉnh đoàn Khe Vạc. Nhân dịp này, chị Chu Thị Mến trao Bằng khen cho 2 tập thể và 5 cá nhân có thành tích xuất sắc.', [e('tập thể', 2, 'tỉnh', 'bằng khen'), e('cá nhân', 5, 'tỉnh', 'bằng khen')]],
  // (a giver named with no tier of the list is the giver)
  ['Dự có Thiếu tướng Vi Văn Thoòng, Phó Tư lệnh Quân khu 2, và ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh. Thiếu tướng Vi Văn Thoòng trao Bằng khen của Bộ Tư lệnh Quân khu 2 cho 04 tập thể.', [e('tập thể', 4, null, 'bằng khen')]],
  // thousands set off by a space, in a sentence and in a table's cell
  ['UBND huyện tặng Giấy khen cho 1 200 cá nhân có thành tích trong phong trào.', [e('cá nhân', 1200, 'huyện', 'giấy khen')]],
  ['Kết quả khen thưởng năm 2016:\nHình thức khen thưởng | Tập thể | Cá nhân\nChiến sĩ thi đua cơ sở | – | 46\nLao động tiên tiến | – | 1 200', [e('cá nhân', 46, 'cơ sở', 'chiến sĩ thi đua'), e('cá nhân', 1200, 'cơ sở', 'lao động tiên tiến')]],
  // the ones rescued are no recipients, the rescuers are ("cấp cứu", emergency care, rescues no one)
  ['Hai công nhân là anh Lầu A Giống và anh Vi Văn Thoòng được Chủ tịch UBND tỉnh tặng Bằng khen vì đã dũng cảm cứu 4 người dân bị lũ cuốn.', [e('cá nhân', 2, 'tỉnh', 'bằng khen')]],
  ['Bộ trưởng Bộ Y tế tặng Bằng khen cho Khoa Hồi sức cấp cứu và 2 cá nhân.', [e('tập thể', 1, 'trung ương', 'bằng khen'), e('cá nhân', 2, 'trung ương', 'bằng khen')]],
  // a total of times of both kinds, its part of one kind in times too, the rest of the other
  ['Ông Vi Văn Thoòng trao Giấy khen của Chủ tịch UBND huyện cho 85 lượt tập thể, cá nhân, trong đó 30 lượt tập thể, còn lại là cá nhân có thành tích trong phong trào thi đua yêu nước.', [e('tập thể', 30, 'huyện', 'giấy khen'), e('cá nhân', 55, 'huyện', 'giấy khen')]],
  // "thi đua, khen thưởng" then the ones honoured: the verb, not the field of work
  ['Trước đó, Hội CCB thị trấn Khe Vạc đã tổ chức đại hội thi đua, khen thưởng 8 hội viên tiêu biểu.', [e('cá nhân', 8, 'thị trấn', 'khen thưởng')]],
  // a market's traders, honoured by the board that runs it; owners of boarding houses counted
  ['Ban Quản lý chợ tặng Giấy khen cho 24 tiểu thương, trong đó 9 người bán ở khu thực phẩm tươi sống. UBND phường Khe Vạc khen thưởng 12 chủ nhà trọ và 2 sinh viên.',
    [e('cá nhân', 24, 'cơ sở', 'giấy khen'), e('cá nhân', 12, 'phường', 'khen thưởng'), e('cá nhân', 2, 'phường', 'khen thưởng')]],
  // the members of a group counted before, by their role and the rest: no counts of their own
  ['Dịp này, Đảng ủy phường tặng Giấy khen cho 5 tập thể và 14 cá nhân. Trong 14 cá nhân được khen có 6 đồng chí là tổ trưởng tổ dân phố, còn lại là đảng viên ở các chi bộ.',
    [e('tập thể', 5, 'phường', 'giấy khen'), e('cá nhân', 14, 'phường', 'giấy khen')]],
  // a district court receiving an honour; judges counted
  ['Tại hội nghị, TAND huyện Khe Vạc vinh dự đón nhận Cờ thi đua của Chánh án TAND tối cao. Chánh án TAND tỉnh công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 14 thẩm phán, thư ký.',
    [e('tập thể', 1, 'trung ương', 'cờ thi đua'), e('cá nhân', 14, 'cơ sở', 'chiến sĩ thi đua')]],
  // a ministry's general department and the supreme court are national
  ['Dịp này, hai tập thể và 03 cá nhân của Chi cục được nhận Bằng khen của Tổng cục trưởng Tổng cục Hải quan. Một tập thể và bốn cá nhân được tặng Bằng khen của Chánh án TAND tối cao.',
    [e('tập thể', 2, 'trung ương', 'bằng khen'), e('cá nhân', 3, 'trung ương', 'bằng khen'), e('tập thể', 1, 'trung ương', 'bằng khen'), e('cá nhân', 4, 'trung ương', 'bằng khen')]],
  // a party bulletin's abbreviations: party base organisations counted, the province's and the bloc's standing committees
  ['KHEN THƯỞNG: Tại HN, đ/c Bí thư ĐUK trao Bằng khen (BK) của BTV TU cho 03 TCCS đảng đạt TSVM tiêu biểu 5 năm liền. BTV ĐUK tặng Giấy khen (GK) cho 12 TCCS đảng TSVM tiêu biểu năm 2013.',
    [e('tập thể', 3, 'tỉnh', 'bằng khen'), e('tập thể', 12, 'khối', 'giấy khen')]],
  // counts of times after a form and "cho" in a list of parts, and the one joined to it by "và"
  ['Tại hội nghị, 85 lượt tập thể, cá nhân được khen thưởng. Cụ thể: Bằng khen của Chủ tịch UBND tỉnh cho 3 tập thể và 5 cá nhân; Giấy khen của LĐLĐ thành phố cho 12 lượt tập thể và 30 lượt cá nhân.',
    [e('tập thể', 3, 'tỉnh', 'bằng khen'), e('cá nhân', 5, 'tỉnh', 'bằng khen'), e('tập thể', 12, 'thành phố', 'giấy khen'), e('cá nhân', 30, 'thành phố', 'giấy khen')]],
  // a school's head honours at the school's tier
  ['Hiệu trưởng Vi Văn Thoòng tặng Giấy khen cho 4 tập thể lớp và 38 học sinh đạt danh hiệu học sinh giỏi.', [e('tập thể', 4, 'cơ sở', 'giấy khen'), e('cá nhân', 38, 'cơ sở', 'giấy khen')]],
  // "của" inside a member named after "trong đó có" tells whose it is, no giver
  ['Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho 14 tổ từ thiện, trong đó có tổ đưa rước bệnh nhân của xã Khe Vạc, và 23 cá nhân, trong đó có ông Vi Văn Thoòng.',
    [e('tập thể', 14, 'huyện', 'giấy khen'), e('cá nhân', 23, 'huyện', 'giấy khen')]],
  // the tier of a form named before its counts covers them, up to the next form's
  ['Giấy khen cấp huyện được trao cho 16 tập thể và 38 cá nhân, Giấy khen cấp xã cho 7 chi hội và 19 hội viên của xã sở tại.',
    [e('tập thể', 16, 'huyện', 'giấy khen'), e('cá nhân', 38, 'huyện', 'giấy khen'), e('tập thể', 7, 'xã', 'giấy khen'), e('cá nhân', 19, 'xã', 'giấy khen')]],
  // "một <who>" after a name and its comma says who the one named is: no count of its own
  ['Tại hội nghị, ông Vi Văn Thoòng đã trao tặng Kỷ niệm chương “Vì sự nghiệp khuyến học” của Trung ương Hội Khuyến học Việt Nam cho 03 cá nhân: ông Lầu A Giống; bà Chu Thị Mến; và ông Lê Văn Tám, một nhà giáo về hưu nhiều năm đứng lớp tình thương.',
    [e('cá nhân', 3, 'trung ương', 'kỷ niệm chương')]],
  // the collectives' highest title of the year is a form of its own; a second honour handed by the
  // same verb after the first one's recipient
  ['Tại buổi lễ, thừa ủy quyền của Chủ tịch UBND tỉnh, ông Vi Văn Thoòng trao danh hiệu Tập thể lao động xuất sắc cho Trường THCS Khe Vạc và Bằng khen của Chủ tịch UBND tỉnh cho cô Chu Thị Mến, giáo viên Ngữ văn.',
    [e('tập thể', 1, 'tỉnh', 'tập thể lao động xuất sắc'), e('cá nhân', 1, 'tỉnh', 'bằng khen')]],
  // (but the title after a count's own word describes the ones counted)
  ['Tổng Giám đốc công ty tặng Giấy khen cho 45 tập thể, cá nhân, trong đó 12 tập thể lao động xuất sắc và 33 cá nhân có nhiều đóng góp.',
    [e('tập thể', 12, 'cơ sở', 'giấy khen'), e('cá nhân', 33, 'cơ sở', 'giấy khen')]],
  // a total followed by one member named ("trong đó có chị A") announces no parts: it sums no
  // counts of other levels
  ['Dịp này, Ban Chấp hành Trung ương Hội LHPN Việt Nam tặng Kỷ niệm chương cho 6 cán bộ hội. Hội LHPN Thành phố tặng Bằng khen cho 2 cơ sở hội và 4 cán bộ, hội viên. Hội LHPN quận biểu dương 10 gương điển hình “Giỏi việc nước, đảm việc nhà”, trong đó có chị Chu Thị Mến.',
    [e('cá nhân', 6, 'trung ương', 'kỷ niệm chương'), e('tập thể', 2, 'thành phố', 'bằng khen'), e('cá nhân', 4, 'thành phố', 'bằng khen'), e(null, 10, 'quận', 'điển hình')]],
  // units of the militia counted; the giver itself singled out as a recipient after ";"
  ['Ban CHQS huyện khen thưởng 2 trung đội dân quân thường trực; bản thân Ban CHQS huyện Khe Vạc cũng được Bộ Tư lệnh Quân khu 3 tặng Bằng khen.',
    [e('tập thể', 2, 'huyện', 'khen thưởng'), e('tập thể', 1, null, 'bằng khen')]],
  // the classifier of respected persons before their names; monastic establishments counted
  ['Dịp này, Hội đồng Trị sự Trung ương GHPGVN tặng Bằng khen cho 2 vị là Đại đức Thích Chúc Pa và Ni sư Thích Đàm Lìn. Chủ tịch UBND huyện tặng Giấy khen cho 4 cơ sở tự viện và 6 cá nhân.',
    [e('cá nhân', 2, 'trung ương', 'bằng khen'), e('tập thể', 4, 'huyện', 'giấy khen'), e('cá nhân', 6, 'huyện', 'giấy khen')]],
  // the officers of a commune's police are persons; the police of communes counted are units
  ['Chủ tịch UBND huyện tặng Giấy khen cho 5 Công an xã và 3 người có uy tín tiêu biểu.', [e('tập thể', 5, 'huyện', 'giấy khen'), e('cá nhân', 3, 'huyện', 'giấy khen')]],
  ['UBND huyện tặng Giấy khen cho 03 tập thể và 08 cá nhân; Trưởng Công an huyện khen thưởng 5 công an viên đã tham gia truy bắt đối tượng trộm trâu.',
    [e('tập thể', 3, 'huyện', 'giấy khen'), e('cá nhân', 8, 'huyện', 'giấy khen'), e('cá nhân', 5, 'huyện', 'khen thưởng')]],
  // one count after a total of no kind, before the next verb: some of them described, no honour of its own
  ['Ban Thường vụ Huyện đoàn tuyên dương 15 gương "Thanh niên tiên tiến làm theo lời Bác" cấp huyện năm 2019, trong đó có 4 đoàn viên người Dao, và tặng Giấy khen cho 8 chi đoàn, 21 đoàn viên.',
    [e(null, 15, 'huyện', 'điển hình'), e('tập thể', 8, 'huyện', 'giấy khen'), e('cá nhân', 21, 'huyện', 'giấy khen')]],
  // volunteers' formations counted; a giver with a verb after "trong đó có …, còn" honours on its own
  ['Ban Thường vụ Huyện đoàn tặng Giấy khen cho mười bảy tập thể và ba mươi tám cá nhân, trong đó có chị Chu Thị Mến, còn UBND huyện khen thưởng 3 đội hình tình nguyện là Đội hình Khe Vạc, Đội hình Pa Lìn và Đội hình Sùng Chảo.',
    [e('tập thể', 17, 'huyện', 'giấy khen'), e('cá nhân', 38, 'huyện', 'giấy khen'), e('tập thể', 3, 'huyện', 'khen thưởng')]],
  // a religion's executive boards counted; a body's name written after a comma opens the next clause
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể và 4 cá nhân, Ban Trị sự GHPGVN tỉnh tặng Giấy khen cho 12 tập thể. Chủ tịch UBND huyện tặng Giấy khen cho 7 Ban Trị sự xã, thị trấn và 11 cá nhân.',
    [e('tập thể', 3, 'tỉnh', 'bằng khen'), e('cá nhân', 4, 'tỉnh', 'bằng khen'), e('tập thể', 12, 'tỉnh', 'giấy khen'), e('tập thể', 7, 'huyện', 'giấy khen'), e('cá nhân', 11, 'huyện', 'giấy khen')]],
  // the army's title of a unit's year is its own form, beside the honours handed after it
  ['Dịp này, Ban CHQS huyện Khe Vạc vinh dự được công nhận danh hiệu Đơn vị quyết thắng năm 2024. Bộ Tư lệnh Quân khu 9 tặng Bằng khen cho 1 tập thể và 2 cá nhân.', [e('tập thể', 1, null, 'đơn vị quyết thắng'), e('tập thể', 1, null, 'bằng khen'), e('cá nhân', 2, null, 'bằng khen')]],
  // the titles of the year a unit's head confers on its own people, with no giver of a tier: the unit's
  ['Hiệu trưởng Vi Văn Thoòng công nhận danh hiệu Lao động tiên tiến cho 21 cán bộ, giáo viên, nhân viên.', [e('cá nhân', 21, 'cơ sở', 'lao động tiên tiến')]],
  ['Nhà trường công bố quyết định công nhận danh hiệu “Chiến sĩ tiên tiến” cho 14 quân nhân.', [e('cá nhân', 14, 'cơ sở', 'chiến sĩ tiên tiến')]],
  // (also when the head of a district's body confers them; its other honours are of its tier)
  ['Thượng tá Vi Văn Thoòng, Chỉ huy trưởng Ban CHQS huyện, quyết định công nhận danh hiệu “Chiến sĩ tiên tiến” cho 21 quân nhân; tặng Giấy khen cho mười tập thể và mười tám cá nhân.', [e('cá nhân', 21, 'cơ sở', 'chiến sĩ tiên tiến'), e('tập thể', 10, 'huyện', 'giấy khen'), e('cá nhân', 18, 'huyện', 'giấy khen')]],
  // a certificate handed over keeps its document word as the form
  ['Dịp này, UBND huyện trao Bằng công nhận đạt chuẩn nông thôn mới cho 2 xã.', [e('tập thể', 2, 'huyện', 'bằng công nhận')]],
  // times counted after "cho" ending what one giver hands over are recipients; a department
  // named with its centrally-run city is the city's
  ['Giám đốc Sở Xây dựng Đà Nẵng tặng Giấy khen cho 37 lượt cá nhân có thành tích xuất sắc.', [e('cá nhân', 37, 'thành phố', 'giấy khen')]],
  // the classifier of respected persons alone is a count of persons; a ministry-level committee is national
  ['Nhân dịp này, Ủy ban Dân tộc tặng Kỷ niệm chương cho 6 vị, trong đó có Hòa thượng Lâm Phước Hậu và ông Hồ Vĩnh Khang.',
    [e('cá nhân', 6, 'trung ương', 'kỷ niệm chương')]],
  // a count in a clause that adds to the counts before it is no total of them
  ['Dịp này, 3 cá nhân được trao Kỷ niệm chương “Vì sự nghiệp Dân vận”. Ban Thường vụ Huyện ủy tặng Giấy khen cho 06 tập thể, 8 cá nhân; đồng thời tuyên dương 11 điển hình “Dân vận khéo” cấp huyện.',
    [e('cá nhân', 3, null, 'kỷ niệm chương'), e('tập thể', 6, 'huyện', 'giấy khen'), e('cá nhân', 8, 'huyện', 'giấy khen'), e(null, 11, 'huyện', 'điển hình')]],
  // the parts of a count a form was handed to get that form, not the count's noun
  ['Đồng chí Tạ Văn Khiêm trao Bằng khen của Chủ tịch UBND tỉnh cho 38 điển hình “Dân vận khéo”, trong đó có 15 tập thể, 20 cá nhân và 3 hộ gia đình.',
    [e('tập thể', 15, 'tỉnh', 'bằng khen'), e('cá nhân', 20, 'tỉnh', 'bằng khen'), e('gia đình', 3, 'tỉnh', 'bằng khen')]],
  // the poor who overcame hardship, honoured for it, are no count of the poor helped
  ['Dịp này, Hội Khuyến học tỉnh khen thưởng 1.020 học sinh nghèo vượt khó, học giỏi.', [e('cá nhân', 1020, 'tỉnh', 'khen thưởng')]],
  // a form handed "của" a giver with no tier, then "cho" the counts: no tier, nor one carried from before
  ['Đại tá Lê Văn Hùng và ông Trần Minh lần lượt trao Bằng khen của Bộ Tư lệnh Quân khu cho 3 tập thể, 5 cá nhân và Giấy khen của Bộ CHQS tỉnh cho 8 tập thể, 12 cá nhân.',
    [e('tập thể', 3, null, 'bằng khen'), e('cá nhân', 5, null, 'bằng khen'), e('tập thể', 8, 'tỉnh', 'giấy khen'), e('cá nhân', 12, 'tỉnh', 'giấy khen')]],
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể. Đại tá Lê Văn Hùng trao Bằng khen của Bộ Tư lệnh Quân khu cho 6 tập thể.',
    [e('tập thể', 4, 'tỉnh', 'bằng khen'), e('tập thể', 6, null, 'bằng khen')]],
  // (a body named whole before with its tier, then short, keeps that tier)
  ['Bà Lò Thị Hoa, Chủ tịch Công đoàn Ngành Giáo dục tỉnh trao Giấy khen của Công đoàn Ngành cho 4 công đoàn bộ phận.', [e('tập thể', 4, 'tỉnh', 'giấy khen')]],
  // the meeting that honours does it in the name of the body that held it (the lead's Huyện ủy)
  ['Hội nghị cũng biểu dương 18 hộ gia đình tiêu biểu trong phong trào.', [e('gia đình', 18, 'huyện', 'điển hình')]],
  // a tier named inside one title covers its count, not a count after it given a title of its own
  ['Giám đốc Sở Y tế công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 40 cá nhân và Lao động tiên tiến cho 300 cá nhân.',
    [e('cá nhân', 40, 'cơ sở', 'chiến sĩ thi đua'), e('cá nhân', 300, 'cơ sở', 'lao động tiên tiến')]],
  // each count of a list its own title, attained right after it
  ['Theo đó, 6 đơn vị đạt danh hiệu Lao động tiên tiến, 11 cá nhân đạt danh hiệu Chiến sĩ thi đua và 240 người lao động đạt danh hiệu Lao động tiên tiến.',
    [e('tập thể', 6, 'cơ sở', 'lao động tiên tiến'), e('cá nhân', 11, null, 'chiến sĩ thi đua'), e('cá nhân', 240, 'cơ sở', 'lao động tiên tiến')]],
  // an item of a list opened by a giver of no tier: the tier the lead names is not its
  ['Dịp này, lực lượng vũ trang tỉnh được khen thưởng 41 lượt tập thể, cá nhân, gồm: Bộ Tư lệnh Quân khu 2 tặng Bằng khen cho 2 tập thể, 4 cá nhân; Bộ CHQS tỉnh tặng Giấy khen cho 35 tập thể.',
    [e('tập thể', 2, null, 'bằng khen'), e('cá nhân', 4, null, 'bằng khen'), e('tập thể', 35, 'tỉnh', 'giấy khen')]],
  // a body named and persons counted, joined as the subject of one honour: each its own entry
  ['Tại hội nghị, Hội Khuyến học xã Yên Bình và 2 cá nhân vinh dự đón nhận Bằng khen của Trung ương Hội Khuyến học Việt Nam.',
    [e('tập thể', 1, 'trung ương', 'bằng khen'), e('cá nhân', 2, 'trung ương', 'bằng khen')]],
  ['Dịp này, Đoàn Thanh niên xã Nậm Cang cùng ba đoàn viên được Tỉnh đoàn tặng Bằng khen.',
    [e('tập thể', 1, 'tỉnh', 'bằng khen'), e('cá nhân', 3, 'tỉnh', 'bằng khen')]],
  // … the collectives' title a form of its own, and a title with its tier before the next count
  ['Theo đó, 7 đơn vị đạt danh hiệu Tập thể lao động tiên tiến, 15 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở và 310 người lao động đạt danh hiệu Lao động tiên tiến.',
    [e('tập thể', 7, 'cơ sở', 'tập thể lao động tiên tiến'), e('cá nhân', 15, 'cơ sở', 'chiến sĩ thi đua'), e('cá nhân', 310, 'cơ sở', 'lao động tiên tiến')]],
  // the word "danh hiệu" opening the sentence hands nothing; a count named twice ("viên chức,
  // người lao động") still attains the title right after it
  ['Về danh hiệu thi đua năm 2021, 12 cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”, 140 viên chức, người lao động đạt danh hiệu “Lao động tiên tiến”.',
    [e('cá nhân', 12, 'cơ sở', 'chiến sĩ thi đua'), e('cá nhân', 140, 'cơ sở', 'lao động tiên tiến')]],
  // an activity word inside a capitalized name is no activity: the count after it is honoured
  ['Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 2 tập thể là Đội Vận động quần chúng và Tổ công tác biên phòng xã Khe Vạc, cùng 5 cá nhân.',
    [e('tập thể', 2, 'tỉnh', 'giấy khen'), e('cá nhân', 5, 'tỉnh', 'giấy khen')]],
  // a count that receives "danh hiệu" and the title it names: the title is the form
  ['Dịp này, 5 cá nhân được trao danh hiệu Chiến sĩ thi đua cấp tỉnh.', [e('cá nhân', 5, 'tỉnh', 'chiến sĩ thi đua')]],
  // a certificate of an honour: the document is the form, the title it certifies is not
  ['Đảng ủy xã trao Giấy chứng nhận danh hiệu điển hình “Dân vận khéo” cấp xã cho 4 tập thể, 7 cá nhân.',
    [e('tập thể', 4, 'xã', 'giấy chứng nhận'), e('cá nhân', 7, 'xã', 'giấy chứng nhận')]],
  ['Ông Lê Văn Tám trao Giấy chứng nhận điển hình cấp huyện cho bà Chu Thị Mến và tập thể Chi bộ thôn Khe Vạc.',
    [e('cá nhân', 1, 'huyện', 'giấy chứng nhận'), e('tập thể', 1, 'huyện', 'giấy chứng nhận')]],
  // a difference between two years' tallies is no count of recipients
  ['Có 9 cá nhân được Chủ tịch UBND xã tặng giấy khen, giảm 2 cá nhân so với năm trước.', [e('cá nhân', 9, 'xã', 'giấy khen')]],
  ['Dịp này, 27 hội viên được Hội Nông dân huyện tặng giấy khen, tăng thêm 5 hội viên so với năm 2021.', [e('cá nhân', 27, 'huyện', 'giấy khen')]],
  // givers in turn, a group of counts each (a group ends where a kind comes again)
  ['Dịp này, Ban Dân vận Tỉnh ủy và Ban Thường vụ Huyện ủy lần lượt tặng Giấy khen cho 04 tập thể, 03 cá nhân và 12 tập thể, 21 cá nhân có thành tích xuất sắc.',
    [e('tập thể', 4, 'tỉnh', 'giấy khen'), e('cá nhân', 3, 'tỉnh', 'giấy khen'), e('tập thể', 12, 'huyện', 'giấy khen'), e('cá nhân', 21, 'huyện', 'giấy khen')]],
  // the boards that run markets, counted in words at the sentence's start
  ['Chín Ban quản lý chợ nhận Giấy khen của Giám đốc Sở Công Thương.', [e('tập thể', 9, 'tỉnh', 'giấy khen')]],
  // a part told as "N là <kind>", the rest named by the roles of its persons after "các"
  ['Chủ tịch UBND huyện tặng Giấy khen cho 43 tập thể, cá nhân, trong đó 09 là tập thể, còn lại là các chủ tàu, ngư dân tiêu biểu.', [e('tập thể', 9, 'huyện', 'giấy khen'), e('cá nhân', 34, 'huyện', 'giấy khen')]],
  // a count that names one told alone before it, in a caption, is the fact
  ['Ông Lê Văn Tám (thứ hai từ trái sang) trao Bằng khen cho ngư dân Vi Văn Thoòng. Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể là Tổ đoàn kết Pa Lìn và 2 ngư dân có thành tích xuất sắc, trong đó có ông Vi Văn Thoòng.', [e('tập thể', 1, 'tỉnh', 'bằng khen'), e('cá nhân', 2, 'tỉnh', 'bằng khen')]],
  // persons counted by the clergy's address after "vị"; a congregation's youth boards
  ['Hội đồng chức sắc tỉnh tặng Giấy khen cho 17 vị Acar và 9 ban thanh niên chi hội.', [e('cá nhân', 17, 'tỉnh', 'giấy khen'), e('tập thể', 9, 'tỉnh', 'giấy khen')]],
  // an addressed priest joined by "và" to the counts is a recipient of his own
  ['Ban Dân vận Tỉnh ủy tặng Giấy khen cho 2 tập thể và Linh mục Giuse Lê Văn Tám.', [e('cá nhân', 1, 'tỉnh', 'giấy khen'), e('tập thể', 2, 'tỉnh', 'giấy khen')]],
  // a unit's own number before a place's word is no count of places: the unit named
  ['Năm nay, Tổ bầu cử số 17 ấp Pa Lìn được Chủ tịch UBND huyện tặng Giấy khen.', [e('tập thể', 1, 'huyện', 'giấy khen')]],
  // households are no part of a total of collectives and persons that does not name them
  ['Đảng ủy xã Pa Lìn tặng Giấy khen cho 9 chi bộ và 17 đảng viên. UBND xã khen thưởng 43 tập thể, cá nhân có thành tích. Hội Nông dân xã tặng Giấy khen cho 17 hộ.',
    [e('tập thể', 9, 'xã', 'giấy khen'), e('cá nhân', 17, 'xã', 'giấy khen'), e('tập thể, cá nhân', 43, 'xã', 'khen thưởng'), e('gia đình', 17, 'xã', 'giấy khen')]],
  // the others of a list that names some of a count are no count of their own
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 9 già làng, người có uy tín tiêu biểu, gồm các ông: Vi Văn Thoòng (bản Pa Lìn), Lầu A Giống (bản Khe Vạc) và 7 người khác.', [e('cá nhân', 9, 'tỉnh', 'bằng khen')]],
  // a tier's heading in roman numerals, printed in capitals, leads the items under it
  ['Danh sách như sau:\nII. GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN\n1. Tập thể (02):\na) Hội Nông dân xã Pa Lìn;\nb) Đoàn Thanh niên xã Khe Vạc.\n2. Cá nhân (17): ông Lê Văn Tám, bà Chu Thị Mến.',
    [e('tập thể', 2, 'huyện', 'giấy khen'), e('cá nhân', 17, 'huyện', 'giấy khen')]],
  // a Buddhist youth group is no family
  ['Ban Trị sự Phật giáo quận tặng Giấy khen cho 9 Gia đình Phật tử.', [e('tập thể', 9, 'quận', 'giấy khen')]],
  // "cho" after an adverb of time is a verb of its own, what a recipient named before it gave or let
  ['UBND quận tặng Giấy khen cho 9 hộ gia đình, trong đó có gia đình bà Chu Thị Mến, đã cho 43 người dân ở nhờ.', [e('gia đình', 9, 'quận', 'giấy khen')]],
  // collectives and households only are no parts of a total of collectives and persons
  ['Ban Thường vụ Quận ủy tặng Giấy khen cho 21 tập thể, cá nhân. Ban Trị sự Phật giáo quận tặng Giấy khen cho 9 chùa. UBND quận tặng Giấy khen cho 12 hộ gia đình.',
    [e('tập thể, cá nhân', 21, 'quận', 'giấy khen'), e('tập thể', 9, 'quận', 'giấy khen'), e('gia đình', 12, 'quận', 'giấy khen')]],
  // a national body's branch gives the tier of the place it is in
  ['Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh tặng Giấy khen cho 9 tập thể và 17 cá nhân.', [e('tập thể', 9, 'tỉnh', 'giấy khen'), e('cá nhân', 17, 'tỉnh', 'giấy khen')]],
  // the bodies of an election, the Front's standing boards, a department's rooms, the deputies of a council
  ['Chủ tịch UBND huyện khen thưởng 9 Ban bầu cử, 17 Tổ bầu cử và 21 cá nhân bằng hình thức Giấy khen.',
    [e('tập thể', 9, 'huyện', 'giấy khen'), e('tập thể', 17, 'huyện', 'giấy khen'), e('cá nhân', 21, 'huyện', 'giấy khen')]],
  ['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho chín Ban Thường trực Ủy ban MTTQ huyện, thành phố.', [e('tập thể', 9, 'tỉnh', 'bằng khen')]],
  ['Giám đốc Sở Nội vụ tặng Giấy khen cho 17 phòng, ban, đơn vị và 43 công chức, viên chức.', [e('tập thể', 17, 'tỉnh', 'giấy khen'), e('cá nhân', 43, 'tỉnh', 'giấy khen')]],
  ['Chủ tịch UBND huyện tặng Giấy khen cho 9 tập thể và 21 đại biểu HĐND huyện, xã có thành tích.', [e('tập thể', 9, 'huyện', 'giấy khen'), e('cá nhân', 21, 'huyện', 'giấy khen')]],
  // (a "và" inside a giver's name joins its own words: "Sở Nông nghiệp và Phát triển nông thôn")
  ['Dịp này, Chủ tịch UBND huyện và Giám đốc Sở Nông nghiệp và Phát triển nông thôn lần lượt tặng Giấy khen, Bằng khen cho 9 và 17 tập thể có thành tích.',
    [e('tập thể', 9, 'huyện', 'giấy khen'), e('tập thể', 17, 'tỉnh', 'bằng khen')]],
  // (and "lần lượt" after the verb and its form)
  ['Dịp này, Bộ trưởng Bộ Tài chính và Chủ tịch UBND tỉnh đã tặng Bằng khen lần lượt cho 3 và 5 tập thể có thành tích xuất sắc.',
    [e('tập thể', 3, 'trung ương', 'bằng khen'), e('tập thể', 5, 'tỉnh', 'bằng khen')]],
  // counts in parentheses right after a form and its giver are that form's, with that giver's tier
  ['Tại đại hội, các tập thể, cá nhân lần lượt nhận bằng khen của Trung ương Hội Nông dân Việt Nam (1 tập thể, 3 cá nhân), bằng khen của Chủ tịch UBND tỉnh (2 tập thể, 5 cá nhân) và giấy khen của Hội Nông dân tỉnh (8 tập thể, 19 cá nhân).',
    [e('tập thể', 1, 'trung ương', 'bằng khen'), e('cá nhân', 3, 'trung ương', 'bằng khen'), e('tập thể', 2, 'tỉnh', 'bằng khen'), e('cá nhân', 5, 'tỉnh', 'bằng khen'), e('tập thể', 8, 'tỉnh', 'giấy khen'), e('cá nhân', 19, 'tỉnh', 'giấy khen')]],
  // counts of types, one "cấp …" for the clause
  ['Quận ủy Quận 3 tuyên dương 24 tập thể, 23 cá nhân điển hình “Dân vận khéo” cấp quận.', [e('tập thể', 24, 'quận', 'điển hình'), e('cá nhân', 23, 'quận', 'điển hình')]],
  ['Hội nghị tuyên dương 24 tập thể và 23 cá nhân điển hình “Dân vận khéo” cấp quận.', [e('tập thể', 24, 'quận', 'điển hình'), e('cá nhân', 23, 'quận', 'điển hình')]],
  ['Dịp này, có 24 tập thể, 23 cá nhân được tuyên dương là điển hình “Dân vận khéo” cấp quận.', [e('tập thể', 24, 'quận', 'điển hình'), e('cá nhân', 23, 'quận', 'điển hình')]],
  // servicemen
  ['Dịp này, Bộ CHQS tỉnh tặng Giấy khen cho 9 tập thể và 35 quân nhân có thành tích xuất sắc.', [e('tập thể', 9, 'tỉnh', 'giấy khen'), e('cá nhân', 35, 'tỉnh', 'giấy khen')]],
  // pagodas counted with their classifier
  ['Dịp này, UBND huyện tặng Giấy khen cho 3 ngôi chùa có nhiều đóng góp cho công tác từ thiện.', [e('tập thể', 3, 'huyện', 'giấy khen')]],
  // the sub-parishes of a parish are bodies: "5 giáo họ"
  ['Ủy ban MTTQ huyện tặng Giấy khen cho 5 giáo họ và 12 hộ gia đình tiêu biểu.', [e('tập thể', 5, 'huyện', 'giấy khen'), e('gia đình', 12, 'huyện', 'giấy khen')]],
  // numbers: leading zero, thousands dot, words
  ['Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 03 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('cá nhân', 3, 'huyện', 'giấy khen')]],
  ['Dịp này, Chủ tịch UBND tỉnh khen thưởng 1.200 hội viên có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('cá nhân', 1200, 'tỉnh', 'khen thưởng')]],
  // the honouring told as a noun, done
  ['Việc khen thưởng 15 chi hội phụ nữ tiêu biểu đã được thực hiện ngay tại hội nghị.', [e('tập thể', 15, null, 'khen thưởng')]],
  // the form named first, given in the passive
  ['Tại buổi lễ, Kỷ niệm chương “Vì sự nghiệp Nông nghiệp” được trao cho 06 cá nhân.', [e('cá nhân', 6, null, 'kỷ niệm chương')]],
  // a unit's head named with the person's name still is the unit's own; a school's classes and
  // communes' committees counted; an order carried out for a body ("Thừa lệnh") gives its tier
  ['Tổng Giám đốc Lê Văn Tám tặng Giấy khen cho 14 tập thể tổ sản xuất và 128 cá nhân tiêu biểu.', [e('tập thể', 14, 'cơ sở', 'giấy khen'), e('cá nhân', 128, 'cơ sở', 'giấy khen')]],
  ['Hiệu trưởng tặng Giấy khen cho 6 lớp và 52 học sinh tiêu biểu.', [e('tập thể', 6, 'cơ sở', 'giấy khen'), e('cá nhân', 52, 'cơ sở', 'giấy khen')]],
  ['Bà Chu Thị Mến trao Giấy khen của UBND huyện cho 8 UBND xã và 4 tổ chức dịch vụ thu.', [e('tập thể', 8, 'huyện', 'giấy khen'), e('tập thể', 4, 'huyện', 'giấy khen')]],
  ['Thừa lệnh Chỉ huy trưởng BĐBP tỉnh, đồng chí Vi Văn Thoòng trao Giấy khen cho bốn tập thể và sáu cá nhân.', [e('tập thể', 4, 'tỉnh', 'giấy khen'), e('cá nhân', 6, 'tỉnh', 'giấy khen')]],
  // a ministry or department named with the comma of its own name ("Văn hóa, Thể thao và Du lịch")
  ['Nhân dịp này, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen cho 3 tập thể và 2 cá nhân; Giám đốc Sở Văn hóa, Thể thao và Du lịch tặng Giấy khen cho 19 tập thể.', [e('tập thể', 3, 'trung ương', 'bằng khen'), e('cá nhân', 2, 'trung ương', 'bằng khen'), e('tập thể', 19, 'tỉnh', 'giấy khen')]],
  // a giver whose name holds a noun pair ("Hội Sinh viên") keeps its tier word
  ['Ban Thư ký Hội Sinh viên thành phố tặng Giấy khen cho 7 tập thể và 16 sinh viên.', [e('tập thể', 7, 'thành phố', 'giấy khen'), e('cá nhân', 16, 'thành phố', 'giấy khen')]],
  // libraries and cultural teams counted
  ['Chủ tịch UBND huyện tặng Giấy khen cho bốn đội chiêng, 6 thư viện xã và mười hai nghệ nhân tiêu biểu.', [e('tập thể', 4, 'huyện', 'giấy khen'), e('tập thể', 6, 'huyện', 'giấy khen'), e('cá nhân', 12, 'huyện', 'giấy khen')]],
  // a table's column of tiers gives each row's level
  ['Dịp này, các tập thể sau được khen thưởng:\n\n| TT | Đơn vị được khen | Hình thức | Cấp khen |\n| --- | --- | --- | --- |\n| 1 | UBND xã Pa Lìn | Bằng khen | Trung ương |\n| 2 | Tổ dân phố Khe Vạc | Bằng khen | Tỉnh |\n| 3 | Hội Nông dân xã Mến | Bằng khen | Cấp tỉnh |\n', [e('tập thể', 1, 'trung ương', 'bằng khen'), e('tập thể', 2, 'tỉnh', 'bằng khen')]],
  // the state's honorary titles and the pupils' movement titles are forms by their names (a state
  // title is conferred by the President: trung ương, whoever hands it)
  ['Phó Chủ tịch UBND tỉnh trao danh hiệu Nhà giáo Ưu tú cho 6 nhà giáo.', [e('cá nhân', 6, 'trung ương', 'nhà giáo ưu tú')]],
  ['Hội đồng Đội huyện tuyên dương 13 em đạt danh hiệu “Cháu ngoan Bác Hồ” cấp huyện.', [e('cá nhân', 13, 'huyện', 'cháu ngoan bác hồ')]],
  // (a certificate of the title is the form: the document handed)
  ['Bí thư Đoàn trường trao Giấy chứng nhận “Học sinh 3 tốt” cho 27 học sinh.', [e('cá nhân', 27, 'cơ sở', 'giấy chứng nhận')]],
  // a count joined to one given in the passive takes that giving's form, not the one before; a count
  // listed after "cho" with number words keeps the form before it, not the next giving's
  ['Dịp này, 4 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen, 8 tập thể và 13 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.', [e('tập thể', 4, 'tỉnh', 'bằng khen'), e('tập thể', 8, 'huyện', 'giấy khen'), e('cá nhân', 13, 'huyện', 'giấy khen')]],
  ['Trung ương Hội Chữ thập đỏ Việt Nam tặng Bằng khen cho ba tập thể, năm cá nhân và Kỷ niệm chương “Vì sự nghiệp Chữ thập đỏ Việt Nam” cho 16 cá nhân.', [e('tập thể', 3, 'trung ương', 'bằng khen'), e('cá nhân', 5, 'trung ương', 'bằng khen'), e('cá nhân', 16, 'trung ương', 'kỷ niệm chương')]],
  // a factory's workshops; party members as bulletins write them; a worker's grade is no count
  ['Bà Chu Thị Mến, Tổng Giám đốc công ty, trao Giấy khen cho 4 phân xưởng và 58 người lao động.', [e('tập thể', 4, 'cơ sở', 'giấy khen'), e('cá nhân', 58, 'cơ sở', 'giấy khen')]],
  // post offices that collect for the social insurance, counted as units
  ['Ông Vi Văn Thoòng, Giám đốc Bưu điện tỉnh, trao Giấy khen cho 9 bưu điện văn hóa xã và 14 nhân viên thu.', [e('tập thể', 9, 'cơ sở', 'giấy khen'), e('cá nhân', 14, 'cơ sở', 'giấy khen')]],
  ['BTV ĐUK tặng Giấy khen (GK) cho 17 TCCS đảng TSVM tiêu biểu và 31 ĐV HTXSNV tiêu biểu.', [e('tập thể', 17, 'khối', 'giấy khen'), e('cá nhân', 31, 'khối', 'giấy khen')]],
  ['Công đoàn Than – Khoáng sản Việt Nam tặng Bằng khen cho anh Sùng Chảo, thợ lò bậc 5 Phân xưởng Đào lò 2.', [e('cá nhân', 1, 'trung ương', 'bằng khen')]],
  // places listed after the first, each with its count; an agency's branches counted
  ['Chủ tịch UBND huyện tặng Giấy khen cấp huyện cho 6 xã, 2 thị trấn và 17 cán bộ, công chức.', [e('tập thể', 6, 'huyện', 'giấy khen'), e('tập thể', 2, 'huyện', 'giấy khen'), e('cá nhân', 17, 'huyện', 'giấy khen')]],
  ['Bộ trưởng Bộ Tài chính tặng Bằng khen cho 7 chi cục và 4 chi nhánh Kho bạc.', [e('tập thể', 7, 'trung ương', 'bằng khen'), e('tập thể', 4, 'trung ương', 'bằng khen')]],
  // a national agency's department of a province is the province's, a district's branch of it no tier
  ['Cục trưởng Cục Thuế tặng Giấy khen cho 47 doanh nghiệp; Chi cục trưởng Chi cục Thuế tặng Giấy khen cho 8 hộ kinh doanh.', [e('tập thể', 47, 'tỉnh', 'giấy khen'), e('gia đình', 8, null, 'giấy khen')]],
  ['Tổng cục trưởng Tổng cục Hải quan tặng Bằng khen cho 5 tập thể; Cục trưởng Cục Hải quan tặng Giấy khen cho 16 cá nhân.', [e('tập thể', 5, 'trung ương', 'bằng khen'), e('cá nhân', 16, 'tỉnh', 'giấy khen')]],
  // the passive of a two-word verb ("được trao tặng", "được khen tặng"), the form's name in quotes or not
  ['Kỷ niệm chương “Vì sự nghiệp khuyến học” được trao tặng cho bốn hội viên gắn bó lâu năm.', [e('cá nhân', 4, null, 'kỷ niệm chương')]],
  ['Kỷ niệm chương Vì sự nghiệp nông dân Việt Nam được trao tặng cho năm hội viên.', [e('cá nhân', 5, 'trung ương', 'kỷ niệm chương')]],
  ['Bằng khen của UBND tỉnh được trao tặng cho 9 tập thể.', [e('tập thể', 9, 'tỉnh', 'bằng khen')]],
  ['Bằng khen của Tỉnh đoàn được trao cho hai chi đoàn.', [e('tập thể', 2, 'tỉnh', 'bằng khen')]],
  // a group whose parts the sentence gives: the parts are the facts, the group is their total
  ['Trong số 30 tập thể, cá nhân được khen thưởng đợt này có 12 tập thể và 18 cá nhân.', [e('tập thể', 12, null, 'khen thưởng'), e('cá nhân', 18, null, 'khen thưởng')]],
  ['Trong số 25 đoàn viên được khen thưởng đợt này, 4 đoàn viên nhận Bằng khen của Tỉnh đoàn, số còn lại nhận Giấy khen của Huyện đoàn.', [e('cá nhân', 4, 'tỉnh', 'bằng khen'), e('cá nhân', 21, 'huyện', 'giấy khen')]],
  // members named in a group that was counted, and counted again: no new fact
  ['Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 6 cá nhân. Trong số 6 cá nhân được tặng Giấy khen có ông Lò Văn Panh và ông Cà Văn Thiêm, hai người đã vận động bà con hiến đất làm đường.', [e('cá nhân', 6, 'huyện', 'giấy khen')]],
  // a form after the count that has a recipient of its own is not the count's
  ['Dịp này, ông Thạch Sa Rum và ông Kim Hùng lần lượt trao Bằng khen của UBND tỉnh cho hai vị sư và Giấy khen của UBND huyện cho 5 chùa.', [e('cá nhân', 2, 'tỉnh', 'bằng khen'), e('tập thể', 5, 'huyện', 'giấy khen')]],
  ['Thủ tướng Chính phủ tặng Cờ thi đua cho 3 tập thể và Bằng khen cho 8 tập thể.', [e('tập thể', 3, 'trung ương', 'cờ thi đua'), e('tập thể', 8, 'trung ương', 'bằng khen')]],
  // a count told after an honour, given a gift
  ['Dịp này, Đảng ủy xã tặng Giấy khen cho 4 tập thể và 7 cá nhân; 15 cán bộ thôn được tặng quà, mỗi suất 500.000 đồng.', [e('tập thể', 4, 'xã', 'giấy khen'), e('cá nhân', 7, 'xã', 'giấy khen')]],
  // parts with their levels after them, the rest named by its kind
  ['Hội nghị đã khen thưởng 36 hộ nông dân giỏi các cấp, trong đó có 2 hộ cấp tỉnh, 10 hộ cấp huyện và 24 hộ cấp xã.', [e('gia đình', 2, 'tỉnh', 'khen thưởng'), e('gia đình', 10, 'huyện', 'khen thưởng'), e('gia đình', 24, 'xã', 'khen thưởng')]],
  ['Hội nghị đã khen thưởng 36 hộ nông dân giỏi các cấp, trong đó có 2 hộ cấp tỉnh, 10 hộ cấp huyện, còn lại là hộ cấp xã.', [e('gia đình', 2, 'tỉnh', 'khen thưởng'), e('gia đình', 10, 'huyện', 'khen thưởng'), e('gia đình', 24, 'xã', 'khen thưởng')]],
  ['Dịp này, Hội CCB huyện tuyên dương 25 điển hình tiên tiến, trong đó có 9 tập thể, còn lại là cá nhân.', [e('tập thể', 9, 'huyện', 'điển hình'), e('cá nhân', 16, 'huyện', 'điển hình')]],
  // a title named first, then given in the passive: its name in quotes and its year before "được"
  ['Danh hiệu “Lao động tiên tiến” năm 2021 được công nhận cho 1.126 người lao động của Công ty.', [e('cá nhân', 1126, 'cơ sở', 'lao động tiên tiến')]],
  // the venerable monks and nuns counted together
  ['Ông Lê Văn Tám trao Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể và 03 chư tôn đức tăng ni có nhiều đóng góp.', [e('tập thể', 2, 'tỉnh', 'bằng khen'), e('cá nhân', 3, 'tỉnh', 'bằng khen')]],
  // places counted right after a verb of honour
  ['Đảng ủy thị trấn Khe Vạc khen thưởng 3 khóm thực hiện tốt phong trào.', [e('tập thể', 3, 'thị trấn', 'khen thưởng')]],
  // a number inside a body's name counts nothing, though a count follows it after "và"
  ['Dịp này, Công đoàn Phân xưởng Khai thác 3 và 2 đoàn viên được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen.', [e('tập thể', 1, 'trung ương', 'bằng khen'), e('cá nhân', 2, 'trung ương', 'bằng khen')]],
  // a centre serving a district honours its own staff: cơ sở, its place word naming where it serves
  ['Dịp này, Giám đốc Trung tâm Y tế huyện tặng Giấy khen cho 4 tập thể và 37 cá nhân.', [e('tập thể', 4, 'cơ sở', 'giấy khen'), e('cá nhân', 37, 'cơ sở', 'giấy khen')]],
  // the rest named by any word for who is counted, the total split into parts of other kinds spent
  ['Dịp này, HTX khen thưởng 12 tập thể, cá nhân có thành tích xuất sắc, trong đó 3 tổ hợp tác, còn lại là thành viên.', [e('tập thể', 3, 'cơ sở', 'khen thưởng'), e('cá nhân', 9, 'cơ sở', 'khen thưởng')]],
  ['Hội đồng quản trị HTX cũng tặng Giấy khen cho 20 thành viên tiêu biểu, trong đó 12 hộ thành viên sản xuất giỏi, còn lại là cán bộ quản lý, nhân viên của HTX.', [e('gia đình', 12, 'cơ sở', 'giấy khen'), e('cá nhân', 8, 'cơ sở', 'giấy khen')]],
  // givers in turn, the first one's recipient named, not counted
  ['Dịp này, Giám đốc Sở Y tế, Chủ tịch UBND huyện và Chủ tịch UBND xã lần lượt tặng Bằng khen cho Trạm Y tế xã Ea Tu; Giấy khen cho 2 tập thể, 4 cá nhân và Giấy khen cho 6 tập thể, 9 cá nhân.', [
    e('tập thể', 1, 'tỉnh', 'bằng khen'), e('tập thể', 2, 'huyện', 'giấy khen'), e('cá nhân', 4, 'huyện', 'giấy khen'), e('tập thể', 6, 'xã', 'giấy khen'), e('cá nhân', 9, 'xã', 'giấy khen'),
  ]],
  // a family's children, counted in what describes it, are no recipients
  ['Hội Khuyến học huyện tặng Giấy khen cho 6 gia đình hiếu học, trong đó có gia đình ông Hà Văn Lợi ở bản Na Hẻ, có 4 người con đều tốt nghiệp đại học.', [e('gia đình', 6, 'huyện', 'giấy khen')]],
  // members of a co-operative
  ['Ban Quản trị HTX Nông nghiệp Tân Phú khen thưởng 14 thành viên sản xuất giỏi.', [e('cá nhân', 14, 'cơ sở', 'khen thưởng')]],
  ['Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho hai tập thể có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('tập thể', 2, 'huyện', 'giấy khen')]],
  ['Hội nghị đã tuyên dương mười lăm cá nhân điển hình “Dân vận khéo” cấp xã.', [e('cá nhân', 15, 'xã', 'điển hình')]],
  // recipient types: households are families, roles are persons, units are collectives
  ['Xã Tân Hòa công nhận 5 hộ gia đình điển hình “Dân vận khéo” cấp xã.', [e('gia đình', 5, 'xã', 'điển hình')]],
  ['Xã Tân Hòa tuyên dương 5 hộ điển hình “Dân vận khéo” cấp xã.', [e('gia đình', 5, 'xã', 'điển hình')]],
  ['Hội nghị tuyên dương 7 đảng viên điển hình “Dân vận khéo” cấp xã.', [e('cá nhân', 7, 'xã', 'điển hình')]],
  ['Hội nghị tuyên dương 4 chi bộ điển hình “Dân vận khéo” cấp xã.', [e('tập thể', 4, 'xã', 'điển hình')]],
  // a combined count whose parts are never given
  ['Nhân dịp này, Quận ủy tuyên dương 16 cá nhân, tập thể điển hình “Dân vận khéo” cấp quận.', [e('tập thể, cá nhân', 16, 'quận', 'điển hình')]],
  ['Nhân dịp này, Quận ủy tuyên dương 88 tập thể và cá nhân điển hình “Dân vận khéo” cấp quận.', [e('tập thể, cá nhân', 88, 'quận', 'điển hình')]],
  // the issuer gives the level
  ['Tại hội nghị, Ban tổ chức trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 12 tập thể có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('tập thể', 12, 'tỉnh', 'bằng khen')]],
  ['Dịp này, 12 tập thể được tặng Bằng khen của Ban Thường vụ Tỉnh ủy vì có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('tập thể', 12, 'tỉnh', 'bằng khen')]],
  ['Dịp này, 8 cá nhân được nhận Giấy khen của Chủ tịch UBND huyện vì có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('cá nhân', 8, 'huyện', 'giấy khen')]],
  ['Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể, 9 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('tập thể', 6, 'tỉnh', 'bằng khen'), e('cá nhân', 9, 'tỉnh', 'bằng khen')]],
  ['Ban Thường vụ Thành ủy tặng Bằng khen cho 15 tập thể có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('tập thể', 15, 'thành phố', 'bằng khen')]],
  ['Dịp này, Đảng ủy phường tặng Giấy khen cho 10 tập thể, 3 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.', [e('tập thể', 10, 'phường', 'giấy khen'), e('cá nhân', 3, 'phường', 'giấy khen')]],
  // tiers stated with "cấp", before or after the counts of the clause
  ['Có 187 tập thể, 583 cá nhân được công nhận điển hình “Dân vận khéo” cấp cơ sở.', [e('tập thể', 187, 'cơ sở', 'điển hình'), e('cá nhân', 583, 'cơ sở', 'điển hình')]],
  ['Ở cấp huyện, Huyện ủy tuyên dương 12 tập thể, 20 cá nhân điển hình “Dân vận khéo”.', [e('tập thể', 12, 'huyện', 'điển hình'), e('cá nhân', 20, 'huyện', 'điển hình')]],
  ['Đảng ủy Khối tuyên dương 46 tập thể, 72 cá nhân điển hình “Dân vận khéo” cấp Khối.', [e('tập thể', 46, 'khối', 'điển hình'), e('cá nhân', 72, 'khối', 'điển hình')]],
  ['Hội nghị tuyên dương 2 cá nhân điển hình “Dân vận khéo” cấp Thành phố.', [e('cá nhân', 2, 'thành phố', 'điển hình')]],
  // a recipient named without a number counts 1
  ['Dịp này, tập thể Ủy ban MTTQ Việt Nam xã Tân Hòa được tuyên dương điển hình “Dân vận khéo” cấp huyện.', [e('tập thể', 1, 'huyện', 'điển hình')]],
  // a combined total is no entry of its own when its parts are given
  ['Quận ủy tuyên dương 117 tập thể, cá nhân điển hình “Dân vận khéo”, gồm 34 tập thể và 83 cá nhân điển hình cấp quận.', [e('tập thể', 34, 'quận', 'điển hình'), e('cá nhân', 83, 'quận', 'điển hình')]],
  // Kỷ niệm chương, with no issuer: level open
  ['Dịp này, 2 cá nhân được nhận Kỷ niệm chương “Vì sự nghiệp Dân vận”.', [e('cá nhân', 2, null, 'kỷ niệm chương')]],
  // the badge by its abbreviation
  ['Dịp này, 3 cá nhân được trao KNC “Vì sự nghiệp Dân vận”.', [e('cá nhân', 3, null, 'kỷ niệm chương')]],
  // a count of điển hình with no type
  ['Hội nghị tuyên dương 20 điển hình “Dân vận khéo” cấp huyện.', [e(null, 20, 'huyện', 'điển hình')]],
  ['Ủy ban MTTQ Việt Nam huyện vinh danh 30 gương điển hình “Dân vận khéo” cấp huyện.', [e(null, 30, 'huyện', 'điển hình')]],
  // an evaluation done ("qua bình xét"), a total broken down by level: the parts, each its level
  ['Qua bình xét có 40 hộ đạt danh hiệu nông dân giỏi các cấp, trong đó cấp tỉnh 3 hộ, cấp huyện 12 hộ và cấp xã 25 hộ.', [e('gia đình', 3, 'tỉnh', 'danh hiệu'), e('gia đình', 12, 'huyện', 'danh hiệu'), e('gia đình', 25, 'xã', 'danh hiệu')]],
  ['Cuối năm có 500 hộ đạt danh hiệu sản xuất giỏi các cấp, trong đó 40 hộ đạt cấp tỉnh, 160 hộ đạt cấp huyện, còn lại đạt cấp cơ sở.', [e('gia đình', 40, 'tỉnh', 'danh hiệu'), e('gia đình', 160, 'huyện', 'danh hiệu'), e('gia đình', 300, 'cơ sở', 'danh hiệu')]],
  // the year's new students, a clan's young
  ['Hội Khuyến học xã tặng Giấy khen cho 29 tân sinh viên và khen thưởng 15 con cháu học giỏi.', [e('cá nhân', 29, 'xã', 'giấy khen'), e('cá nhân', 15, 'xã', 'khen thưởng')]],
  // the members of a co-operative by their old name are persons, not communes
  ['Ban quản trị HTX Tân Lợi tặng giấy khen cho 18 xã viên sản xuất giỏi.', [e('cá nhân', 18, 'cơ sở', 'giấy khen')]],
  // citizens honoured for what they did; the lay masters of Khmer pagodas; the communities of the learning movement
  ['Công an phường trao giấy khen của Chủ tịch UBND phường cho 03 công dân có hành động dũng cảm.', [e('cá nhân', 3, 'phường', 'giấy khen')]],
  ['Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 5 chức việc tiêu biểu.', [e('cá nhân', 5, 'huyện', 'giấy khen')]],
  ['Ban Trị sự GHPGVN huyện trao bằng tuyên dương công đức cho 3 Achar có nhiều đóng góp.', [e('cá nhân', 3, 'huyện', 'bằng tuyên dương công đức')]],
  ['UBND huyện công nhận danh hiệu cấp huyện cho 96 “Dòng họ học tập” và 18 “Cộng đồng học tập”.', [e('tập thể', 96, 'huyện', 'danh hiệu'), e('tập thể', 18, 'huyện', 'danh hiệu')]],
  // a Sangha's honour, written with the older word for praise
  ['Ban Trị sự GHPGVN huyện trao Bằng Tán dương công đức cho 4 tự viện và 21 Phật tử.', [e('tập thể', 4, 'huyện', 'bằng tán dương công đức'), e('cá nhân', 21, 'huyện', 'bằng tán dương công đức')]],
  // two forms given in turn, each "của" its giver "cho" its list of counts: every count of a list has its form's giver
  ['Đại tá Lê Văn Hùng và Thượng tá Mai Văn Tiến lần lượt trao bằng khen của Bộ Tư lệnh BĐBP cho 2 tập thể, 3 cá nhân và giấy khen của Bộ Chỉ huy BĐBP tỉnh cho 6 tập thể, 11 cá nhân.',
    [e('tập thể', 2, 'trung ương', 'bằng khen'), e('cá nhân', 3, 'trung ương', 'bằng khen'), e('tập thể', 6, 'tỉnh', 'giấy khen'), e('cá nhân', 11, 'tỉnh', 'giấy khen')]],
  // one form "của" each giver in turn, then the groups of counts in the same order (a group ends where a kind comes again)
  ['Lãnh đạo Sở Y tế và Giám đốc Bệnh viện lần lượt trao Giấy khen của Giám đốc Sở Y tế và của Bệnh viện cho 4 tập thể, 9 cá nhân và 6 tập thể, 25 cá nhân.',
    [e('tập thể', 4, 'tỉnh', 'giấy khen'), e('cá nhân', 9, 'tỉnh', 'giấy khen'), e('tập thể', 6, 'cơ sở', 'giấy khen'), e('cá nhân', 25, 'cơ sở', 'giấy khen')]],
  // honours counted before their recipients are no gift
  ['Dịp này, UBND huyện trao 15 Bằng khen cho 15 tập thể có thành tích xuất sắc.', [e('tập thể', 15, 'huyện', 'bằng khen')]],
  // a reward joined to the form is the same giving; prize money is no form
  ['Hiệu trưởng nhà trường tặng giấy khen và phần thưởng cho 31 học sinh đạt giải.', [e('cá nhân', 31, 'cơ sở', 'giấy khen')]],
  ['Hội Khuyến học huyện tặng giấy khen cho 40 tập thể, cá nhân, trong đó có 12 tập thể; còn lại là cá nhân, mỗi suất kèm 300.000 đồng tiền thưởng.', [e('tập thể', 12, 'huyện', 'giấy khen'), e('cá nhân', 28, 'huyện', 'giấy khen')]],
  // the parts after "; trong đó", the rest by its giver
  ['Hội nghị biểu dương 120 hộ nông dân giỏi; trong đó 10 hộ được Trung ương Hội Nông dân Việt Nam tặng Bằng khen, 30 hộ được Chủ tịch UBND tỉnh tặng Bằng khen, số còn lại được Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen.',
    [e('gia đình', 10, 'trung ương', 'bằng khen'), e('gia đình', 30, 'tỉnh', 'bằng khen'), e('gia đình', 80, 'tỉnh', 'giấy khen')]],
  // the results of an evaluation told ("Kết quả bình xét, …"), the rest told by its level only
  ['Kết quả bình xét, 70 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó cấp tỉnh 5 hộ, cấp huyện 20 hộ, còn lại là cấp cơ sở.', [e('gia đình', 5, 'tỉnh', 'danh hiệu'), e('gia đình', 20, 'huyện', 'danh hiệu'), e('gia đình', 45, 'cơ sở', 'danh hiệu')]],
  ['Sau bình xét, có 33 hộ được công nhận danh hiệu, trong đó 4 hộ cấp tỉnh, 9 hộ cấp huyện, còn lại cấp xã.', [e('gia đình', 4, 'tỉnh', 'danh hiệu'), e('gia đình', 9, 'huyện', 'danh hiệu'), e('gia đình', 20, 'xã', 'danh hiệu')]],
  // households named by their heads, each with a place in parentheses
  ['Dịp này, hộ ông Lê Văn Tư (ấp 3) và hộ bà Trần Thị Út (ấp 5) được Hội Nông dân tỉnh tặng Bằng khen.', [e('gia đình', 2, 'tỉnh', 'bằng khen')]],
  // list items that only name their recipients, under a lead that gives the honour: one
  // entry per kind
  ['UBND huyện tặng Giấy khen cho các tập thể, cá nhân sau:\n- Chi hội Nông dân thôn 3;\n- Chi hội Nông dân thôn 7;\n- Ông Lò Văn Sinh, Trưởng bản Hua Pe.', [e('tập thể', 2, 'huyện', 'giấy khen'), e('cá nhân', 1, 'huyện', 'giấy khen')]],
  // (not without such a lead)
  ['Các đơn vị tham dự gồm:\n- Chi hội Nông dân thôn 3;\n- Chi hội Nông dân thôn 7.', []],
  // the same honour in the next sentence, with no giver of its own, is the same giver's
  ['Thay mặt Ban Thường vụ Huyện ủy, đồng chí Sùng A Lử trao Giấy khen cho 6 tập thể. Cũng tại hội nghị, 14 cá nhân được nhận giấy khen.', [e('tập thể', 6, 'huyện', 'giấy khen'), e('cá nhân', 14, 'huyện', 'giấy khen')]],
  // a level phrase that tells where a prize was won is not the honour's: the giver's is
  ['Hội Khuyến học xã Tân Hòa khen thưởng 25 học sinh đạt giải học sinh giỏi cấp tỉnh, cấp huyện và ba em đỗ thủ khoa.', [e('cá nhân', 25, 'xã', 'khen thưởng'), e('cá nhân', 3, 'xã', 'khen thưởng')]],
  // the tier a title names does not reach a second honour given after it
  ['Chủ tịch UBND huyện công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 40 cá nhân và tặng Giấy khen cho 65 tập thể.', [e('cá nhân', 40, 'cơ sở', 'chiến sĩ thi đua'), e('tập thể', 65, 'huyện', 'giấy khen')]],
  // a certificate named "Giấy chứng nhận" is given; one of a course done is not an honour
  ['Bí thư Huyện đoàn trao Giấy chứng nhận “Thanh niên tiên tiến làm theo lời Bác” cho 14 đoàn viên.', [e('cá nhân', 14, 'huyện', 'giấy chứng nhận')]],
  // a count's own giver after the form it receives decides (a school's own honours are the grassroots')
  ['UBND huyện tặng Giấy khen cho 4 tập thể, còn 12 học sinh nhận Giấy khen của Nhà trường.', [e('tập thể', 4, 'huyện', 'giấy khen'), e('cá nhân', 12, 'cơ sở', 'giấy khen')]],
  // a body named again by its head word alone is the one the sentence before named
  ['Hội Nông dân tỉnh tặng Bằng khen cho 6 tập thể. Hội cũng biểu dương 20 hội viên.', [e('tập thể', 6, 'tỉnh', 'bằng khen'), e('cá nhân', 20, 'tỉnh', 'điển hình')]],
  ['UBND xã tặng Giấy khen cho 6 tập thể. Hội cũng biểu dương 20 hội viên.', [e('tập thể', 6, 'xã', 'giấy khen'), e('cá nhân', 20, null, 'điển hình')]],
  // a list in sections, each headed by its form and giver; a level inside a count's members is theirs
  ['Danh sách khen thưởng:\nI. Bằng khen của Bộ trưởng Bộ Y tế\n1. Trung tâm Y tế huyện Tân Lộc\nII. Giấy khen của Giám đốc Sở Y tế\n1. 14 tập thể: các trạm y tế cấp xã\n2. 30 cá nhân',
    [e('tập thể', 1, 'trung ương', 'bằng khen'), e('tập thể', 14, 'tỉnh', 'giấy khen'), e('cá nhân', 30, 'tỉnh', 'giấy khen')]],
  // list items naming their recipient, then a dash and the honour each gets
  ['Các tập thể, cá nhân sau được khen thưởng:\n1. Xã Thạch Bàn – Giấy khen của UBND huyện\n2. Chi đoàn thôn Hạ – Giấy khen của UBND huyện\n3. Ông Lò Văn Pắn, Trưởng bản Nà Sài – Bằng khen của UBND tỉnh',
    [e('tập thể', 2, 'huyện', 'giấy khen'), e('cá nhân', 1, 'tỉnh', 'bằng khen')]],
  // a giver named with no tier keeps the giver of the sentence before from reaching its counts
  ['Bộ trưởng Bộ Công an tặng Bằng khen cho 2 tập thể. Bộ Tư lệnh Cảnh sát cơ động tặng Bằng khen cho 4 tập thể.', [e('tập thể', 2, 'trung ương', 'bằng khen'), e('tập thể', 4, null, 'bằng khen')]],
  // one of a group counted elsewhere is no recipient of its own
  ['UBND tỉnh tặng Bằng khen cho 6 cá nhân. Anh Hà Văn Sinh, người đã cứu hai em nhỏ, là một trong những cá nhân được UBND tỉnh tặng Bằng khen.', [e('cá nhân', 6, 'tỉnh', 'bằng khen')]],
  // the group one person belongs to is the fact when a verb of honour gives it and nothing else tells it
  ['Năm nay, bà Lò Thị Vân là một trong 45 hội viên được Trung ương Hội Nông dân Việt Nam tôn vinh.', [e('cá nhân', 45, 'trung ương', 'điển hình')]],
  // (of the article's own year, written at the sentence's start)
  ['Năm 2023, bà Lò Thị Vân là một trong 45 hội viên được Trung ương Hội Nông dân Việt Nam tôn vinh.', [e('cá nhân', 45, 'trung ương', 'điển hình')]],
  // "trong N tập thể có …": the group told already, then its members
  ['Ban Thường vụ Huyện ủy tặng Giấy khen cho 12 tập thể và 20 cá nhân; trong 12 tập thể có ba giáo xứ và hai đơn vị lực lượng vũ trang.', [e('tập thể', 12, 'huyện', 'giấy khen'), e('cá nhân', 20, 'huyện', 'giấy khen')]],
  ['Ban Thường vụ Huyện ủy tặng Giấy khen cho 12 tập thể. Trong số 12 tập thể có 3 giáo xứ.', [e('tập thể', 12, 'huyện', 'giấy khen')]],
  // "vinh dự" is no attending
  ['Vinh dự nhất là 12 đoàn viên được Tỉnh đoàn tặng Bằng khen.', [e('cá nhân', 12, 'tỉnh', 'bằng khen')]],
  // a letter of commendation is a form
  ['Chủ tịch UBND tỉnh gửi Thư khen cho 3 tập thể có thành tích cứu hộ.', [e('tập thể', 3, 'tỉnh', 'thư khen')]],
  // not another honour, nor one told after a sentence about something else
  ['UBND huyện tặng Giấy khen cho 6 tập thể. Cũng tại hội nghị, 14 cá nhân được nhận bằng khen.', [e('tập thể', 6, 'huyện', 'giấy khen'), e('cá nhân', 14, null, 'bằng khen')]],
  ['UBND huyện tặng Giấy khen cho 6 tập thể. Hội nghị diễn ra trang trọng. 14 cá nhân cũng được nhận giấy khen.', [e('tập thể', 6, 'huyện', 'giấy khen'), e('cá nhân', 14, null, 'giấy khen')]],
  // a clause that opens with its verb after a clause told as given is given too
  ['UBND huyện tặng giấy khen cho 30 tập thể; đồng thời tặng giấy khen cho 12 cá nhân.', [e('tập thể', 30, 'huyện', 'giấy khen'), e('cá nhân', 12, 'huyện', 'giấy khen')]],
  // counts that receive honours in turn: the k-th count the k-th form, with its giver's tier
  ['Dịp này, 6 và 19 cá nhân lần lượt nhận Bằng khen của Chủ tịch UBND tỉnh và Giấy khen của Chủ tịch UBND huyện.', [e('cá nhân', 6, 'tỉnh', 'bằng khen'), e('cá nhân', 19, 'huyện', 'giấy khen')]],
  // givers listed with commas before "lần lượt"; the forms listed before the counts pair with them too
  ['Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ lần lượt tặng bằng khen, giấy khen cho 8 và 19 tập thể, cá nhân.', [e('tập thể, cá nhân', 8, 'tỉnh', 'bằng khen'), e('tập thể, cá nhân', 19, 'tỉnh', 'giấy khen')]],
  // three givers in turn, one form each across clauses: each count gets the form before it and its giver's tier
  ['Dịp này, Trung ương Hội Nông dân Việt Nam, Ban Thường vụ Hội Nông dân tỉnh và UBND huyện đã lần lượt tặng bằng khen cho 2 hộ; bằng khen cho 4 tập thể, 6 hộ và giấy khen cho 11 tập thể, 30 hộ.',
    [e('gia đình', 2, 'trung ương', 'bằng khen'), e('tập thể', 4, 'tỉnh', 'bằng khen'), e('gia đình', 6, 'tỉnh', 'bằng khen'), e('tập thể', 11, 'huyện', 'giấy khen'), e('gia đình', 30, 'huyện', 'giấy khen')]],
  // "tham gia" after recipients a handed honour is given to describes them
  ['Giám đốc Sở Y tế tặng Giấy chứng nhận cho 1.200 tình nguyện viên tham gia chống dịch.', [e('cá nhân', 1200, 'tỉnh', 'giấy chứng nhận')]],
  ['Huyện đoàn trao Giấy khen cho 25 đoàn viên tham gia chiến dịch Mùa hè xanh.', [e('cá nhân', 25, 'huyện', 'giấy khen')]],
  // a count in a clause of its own after an honour, with a passive of its own that is no honour
  ['Cũng tại hội nghị, 3 tổ đội chữa cháy rừng xuất sắc nhận Giấy khen của UBND huyện; 95 hộ dân nhận khoán bảo vệ rừng được ký lại hợp đồng giai đoạn mới.', [e('tập thể', 3, 'huyện', 'giấy khen')]],
  // what a body named by its number, and whose it is, is made of (in parentheses) is no count
  ['Ông Lê Văn Tám trao Bằng khen của Chủ tịch UBND tỉnh cho Tổ công tác số 5 của huyện (gồm 9 thành viên do ông Vi Văn Thoòng làm tổ trưởng) cùng 6 cá nhân.', [e('tập thể', 1, 'tỉnh', 'bằng khen'), e('cá nhân', 6, 'tỉnh', 'bằng khen')]],
  // the ones who go up for a larger count honoured before are no count of their own; with no such
  // count before, the representatives stand for the ones honoured
  ['Hội LHPN tỉnh tặng Giấy khen cho 1.140 hội viên nghèo vượt khó. Đại diện 16 hội viên đã lên nhận Giấy khen tại hội nghị.', [e('cá nhân', 1140, 'tỉnh', 'giấy khen')]],
  ['Đại diện 16 tập thể lên nhận Bằng khen của Chủ tịch UBND tỉnh.', [e('tập thể', 16, 'tỉnh', 'bằng khen')]],
  // a count of times joined to a plain count before it, and the parts of a count of times after "trong đó có"
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể và 41 lượt cá nhân tiêu biểu; Ban Chỉ đạo tỉnh tặng Giấy khen cho 96 lượt tập thể, cá nhân, trong đó có 27 lượt tập thể và 69 lượt cá nhân.', [e('tập thể', 3, 'tỉnh', 'bằng khen'), e('cá nhân', 41, 'tỉnh', 'bằng khen'), e('tập thể', 27, 'tỉnh', 'giấy khen'), e('cá nhân', 69, 'tỉnh', 'giấy khen')]],
  // a letter of thanks is its own form; donors are persons, listed with businesses a count of both kinds
  ['Dịp này, Ủy ban MTTQ Việt Nam huyện trao Thư cảm ơn cho 27 doanh nghiệp, nhà hảo tâm đã ủng hộ Quỹ “Vì người nghèo”.', [e('tập thể, cá nhân', 27, 'huyện', 'thư cảm ơn')]],
  // counts listed in a clause of their own after the honour, and a passive of what they have
  ['Chủ tịch UBND huyện tặng Giấy khen cho 3 tập thể; 12 cá nhân và 5 hộ gia đình.', [e('tập thể', 3, 'huyện', 'giấy khen'), e('cá nhân', 12, 'huyện', 'giấy khen'), e('gia đình', 5, 'huyện', 'giấy khen')]],
  ['Giám đốc công ty tặng Giấy khen cho 8 tập thể; 41 công nhân có sáng kiến được áp dụng.', [e('tập thể', 8, 'cơ sở', 'giấy khen'), e('cá nhân', 41, 'cơ sở', 'giấy khen')]],
  // (also after whose they are and how they took part)
  ['Phó Chủ tịch UBND huyện trao Giấy khen cho 9 tàu cá của xã Khe Vạc đã tích cực tham gia ứng cứu tàu bạn, mỗi tàu kèm 2 triệu đồng.', [e('tập thể', 9, 'huyện', 'giấy khen')]],
  // (also right after a verb of honour, and for the count listed before the one "tham gia" follows)
  // workers counted bare, honoured
  ['Ông Choi Min-jae trao Giấy khen của Tổng Giám đốc công ty cho 1.350 lao động đạt danh hiệu “Lao động giỏi”.', [e('cá nhân', 1350, 'cơ sở', 'giấy khen')]],
  ['UBND xã khen thưởng 9 tập thể và 17 cá nhân tham gia tích cực phong trào hiến đất làm đường.', [e('tập thể', 9, 'xã', 'khen thưởng'), e('cá nhân', 17, 'xã', 'khen thưởng')]],
  // a form handed to a recipient of its own is not the next verb's; a reward joined to a form is that form
  ['UBND huyện tặng Cờ thi đua cho xã Tân Phú và tuyên dương 14 cá nhân điển hình.', [e('tập thể', 1, 'huyện', 'cờ thi đua'), e('cá nhân', 14, 'huyện', 'điển hình')]],
  ['UBND huyện tặng Cờ thi đua cho xã Tân Phú, tuyên dương 14 cá nhân điển hình.', [e('tập thể', 1, 'huyện', 'cờ thi đua'), e('cá nhân', 14, 'huyện', 'điển hình')]],
  // the recipients counted, then named by "là", are no giver of the verb after them
  ['Chủ tịch UBND tỉnh tặng Cờ thi đua cho 2 xã là xã Tân Phú và xã Hòa Lạc, tặng Bằng khen cho 8 tập thể, 11 cá nhân.', [e('tập thể', 2, 'tỉnh', 'cờ thi đua'), e('tập thể', 8, 'tỉnh', 'bằng khen'), e('cá nhân', 11, 'tỉnh', 'bằng khen')]],
  ['Chủ tịch UBND huyện tặng Giấy khen và thưởng nóng cho 12 công nhân, mỗi người 2 triệu đồng.', [e('cá nhân', 12, 'huyện', 'giấy khen')]],
  // a clause with a giver and a verb of its own does not borrow another clause's form
  ['Đảng ủy xã tặng Giấy khen cho 7 chi bộ; UBND xã khen thưởng 31 hộ gia đình.', [e('tập thể', 7, 'xã', 'giấy khen'), e('gia đình', 31, 'xã', 'khen thưởng')]],
  ['UBND huyện tặng Giấy khen cho 12 gia đình; Hội Khuyến học huyện trao Giấy khen tuyên dương 45 học sinh.', [e('gia đình', 12, 'huyện', 'giấy khen'), e('cá nhân', 45, 'huyện', 'giấy khen')]],
  // a clause that opens with the event's own year, and a year of the achievement, are the event's
  ['Năm 2023, Chủ tịch UBND huyện tặng Giấy khen cho 4 tập thể có thành tích xuất sắc.', [e('tập thể', 4, 'huyện', 'giấy khen')]],
  ['Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể có thành tích năm 2022.', [e('tập thể', 6, 'huyện', 'giấy khen')]],
  // the giver told first with no count, the counts next with no giver
  ['UBND huyện cũng khen thưởng các tập thể, cá nhân có thành tích. Theo đó, 14 tập thể và 9 gia đình được tặng Giấy khen.', [e('tập thể', 14, 'huyện', 'giấy khen'), e('gia đình', 9, 'huyện', 'giấy khen')]],
  // … the form told first is theirs too, when the count is only "được khen"
  ['Các hợp tác xã, xã viên nhận Giấy khen của Liên minh Hợp tác xã tỉnh. Năm nay có 9 hợp tác xã được khen.', [e('tập thể', 9, 'tỉnh', 'giấy khen')]],
  // (not over a sentence between, nor onto counts with a giver of their own)
  ['UBND huyện cũng khen thưởng các tập thể có thành tích. Hội nghị diễn ra trang trọng. 14 tập thể được tặng Giấy khen.', [e('tập thể', 14, null, 'giấy khen')]],
  ['UBND huyện cũng khen thưởng các tập thể có thành tích. 14 tập thể được Hội Nông dân tỉnh tặng Giấy khen.', [e('tập thể', 14, 'tỉnh', 'giấy khen')]],
  // a body named by its head word alone is the one named whole before
  ['Hội Khuyến học huyện tổ chức lễ tổng kết năm học. Bà Lò Thị Dung, Chủ tịch Hội cho biết, Hội đã khen thưởng 640 học sinh giỏi.', [e('cá nhân', 640, 'huyện', 'khen thưởng')]],
  // … or by its head and the first words of its name, short of the tier
  ['Ban Trị sự Phật giáo tỉnh tổ chức tổng kết Phật sự. Hòa thượng Thích Minh Tâm báo cáo kết quả. Ban Trị sự cũng trao Bằng tuyên dương công đức cho 17 tập thể.', [e('tập thể', 17, 'tỉnh', 'bằng tuyên dương công đức')]],
  // the recipients pointed back at, their honour told in the next sentence
  ['Năm nay có 8 tập thể và 15 cá nhân được khen thưởng. Các tập thể, cá nhân này được Ban Thường vụ Huyện ủy tặng Giấy khen.', [e('tập thể', 8, 'huyện', 'giấy khen'), e('cá nhân', 15, 'huyện', 'giấy khen')]],
  ['Hội nghị tuyên dương 11 hộ. Những hộ trên cũng được UBND xã tặng Giấy khen.', [e('gia đình', 11, 'xã', 'giấy khen')]],
  // (three kinds pointed back at, "nêu trên")
  ['Năm nay có 51 tập thể, cá nhân và gia đình được tuyên dương, gồm 9 tập thể, 16 cá nhân và 26 gia đình. Các tập thể, cá nhân và gia đình nêu trên đều được nhận Giấy khen của Chủ tịch UBND xã.', [e('tập thể', 9, 'xã', 'giấy khen'), e('cá nhân', 16, 'xã', 'giấy khen'), e('gia đình', 26, 'xã', 'giấy khen')]],
  // (pointed back at by any word for them, or pupils by "các em"; a gift beside the honour)
  ['Hội Nông dân huyện biểu dương 9 chi hội và 27 hội viên. Các chi hội, hội viên này được tặng Giấy khen của Hội Nông dân huyện.', [e('tập thể', 9, 'huyện', 'giấy khen'), e('cá nhân', 27, 'huyện', 'giấy khen')]],
  ['Nhà trường khen thưởng 36 học sinh giỏi. Các em được nhận Giấy khen và phần thưởng là sách vở.', [e('cá nhân', 36, 'cơ sở', 'giấy khen')]],
  // (not when the sentence tells two honours, nor the form of counts that have one)
  ['Năm nay có 8 tập thể được khen thưởng. Các tập thể này được tặng Giấy khen và Bằng khen.', [e('tập thể', 8, null, 'khen thưởng')]],
  ['UBND huyện tặng Bằng khen cho 8 tập thể. Các tập thể này được tặng Giấy khen.', [e('tập thể', 8, 'huyện', 'bằng khen')]],
  // (nor when the giver's decision is what the first sentence tells)
  ['UBND thị xã đã ban hành quyết định khen thưởng các tập thể, cá nhân tiêu biểu. Theo đó, 21 tập thể, cá nhân được tặng Giấy khen.', [e('tập thể, cá nhân', 21, 'thị xã', 'giấy khen')]],
  // the recipient word first, its number after a colon or in parentheses
  ['- Giấy khen của Chủ tịch UBND huyện: tập thể: 2 (Trường Tiểu học Đông Sơn); cá nhân: 6.', [e('tập thể', 2, 'huyện', 'giấy khen'), e('cá nhân', 6, 'huyện', 'giấy khen')]],
  ['Dịp này, Chỉ huy trưởng Bộ CHQS tỉnh khen thưởng: tập thể (3), cá nhân (12).', [e('tập thể', 3, 'tỉnh', 'khen thưởng'), e('cá nhân', 12, 'tỉnh', 'khen thưởng')]],
  // a university's teachers
  ['Hiệu trưởng công nhận danh hiệu “Giảng viên tiêu biểu” cho 9 giảng viên.', [e('cá nhân', 9, 'cơ sở', 'danh hiệu')]],
  // people of the sea, grassroots units of the youth union, a commune's military command
  ['Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 8 ngư dân và 2 thuyền trưởng có thành tích cứu nạn trên biển.', [e('cá nhân', 8, 'tỉnh', 'giấy khen'), e('cá nhân', 2, 'tỉnh', 'giấy khen')]],
  ['Dịp này, ba cơ sở Đoàn được Ban Thường vụ Tỉnh đoàn tặng Bằng khen.', [e('tập thể', 3, 'tỉnh', 'bằng khen')]],
  // the Front's committees of hamlets, counted by their name in capitals
  ['Ủy ban MTTQ huyện tặng giấy khen cho 9 Ban công tác Mặt trận và 14 cá nhân.', [e('tập thể', 9, 'huyện', 'giấy khen'), e('cá nhân', 14, 'huyện', 'giấy khen')]],
  ['Chủ tịch UBND huyện tặng Giấy khen cho 04 Ban CHQS xã có thành tích trong huấn luyện dân quân.', [e('tập thể', 4, 'huyện', 'giấy khen')]],
  // a general director is no national head: alone he is the head of the article's unit, whose honours are the grassroots'
  ['Tổng Giám đốc tặng Giấy khen cho 12 tập thể và 30 cá nhân tiêu biểu.', [e('tập thể', 12, 'cơ sở', 'giấy khen'), e('cá nhân', 30, 'cơ sở', 'giấy khen')]],
  ['Tổng Giám đốc Công ty tặng Giấy khen cho 12 tập thể và 30 cá nhân tiêu biểu.', [e('tập thể', 12, 'cơ sở', 'giấy khen'), e('cá nhân', 30, 'cơ sở', 'giấy khen')]],
  // a department of a centrally-run city is the city's, where no province is named
  ['Sáng 5/3, Bệnh viện quận Sơn Trà (TP Đà Nẵng) tổng kết công tác năm. Giám đốc Sở Y tế tặng Giấy khen cho 9 tập thể.', [e('tập thể', 9, 'thành phố', 'giấy khen')]],
  ['Sáng 5/3, Bệnh viện huyện Đại Lộc (tỉnh Quảng Nam) tổng kết công tác năm, có đại diện Bệnh viện Đà Nẵng. Giám đốc Sở Y tế tặng Giấy khen cho 9 tập thể.', [e('tập thể', 9, 'tỉnh', 'giấy khen')]],
  // the dot of "TP." does not cut the giver's name
  ['Dịp này, Chủ tịch UBND TP. Hồ Chí Minh tặng Bằng khen cho 41 tập thể.', [e('tập thể', 41, 'thành phố', 'bằng khen')]],
  // places given an honour as wholes, counted after "cho"
  ['Dịp này, UBND tỉnh tặng Cờ thi đua cho hai xã dẫn đầu phong trào xây dựng nông thôn mới.', [e('tập thể', 2, 'tỉnh', 'cờ thi đua')]],
  ['Cờ thi đua của UBND phường được trao cho 2 khu vực dẫn đầu cụm thi đua.', [e('tập thể', 2, 'phường', 'cờ thi đua')]],
  ['Chủ tịch UBND huyện trao Giấy khen cho 4 thôn và 12 hộ gia đình.', [e('tập thể', 4, 'huyện', 'giấy khen'), e('gia đình', 12, 'huyện', 'giấy khen')]],
  // a title recognised is named by its kind; a count rewarded for a title is rewarded
  ['UBND xã công nhận 58 hộ đạt danh hiệu “Gia đình văn hóa” năm 2023.', [e('gia đình', 58, 'xã', 'danh hiệu')]],
  ['Hội Khuyến học xã khen thưởng 40 học sinh đạt danh hiệu học sinh giỏi.', [e('cá nhân', 40, 'xã', 'khen thưởng')]],
  ['Danh hiệu “Lao động tiêu biểu năm 2023”: 37 công nhân.', [e('cá nhân', 37, null, 'danh hiệu')]],
  // (and a part of the count told after "trong đó" has its own honour)
  ['UBND phường công nhận 210 hộ đạt danh hiệu “Gia đình văn hóa”, trong đó 20 hộ tiêu biểu được tặng Giấy khen.', [e('gia đình', 210, 'phường', 'danh hiệu'), e('gia đình', 20, 'phường', 'giấy khen')]],
  // an association's grassroots units honour at their own tier
  ['Trong năm, các cơ sở Hội đã khen thưởng 76 tập thể, cá nhân có thành tích trong phong trào.', [e('tập thể, cá nhân', 76, 'cơ sở', 'khen thưởng')]],
  // a table whose cells are separated by tabs, names only, under a lead that gives the honour
  ['Ủy ban MTTQ xã tặng Giấy khen cho các tập thể:\nSTT\tTập thể\tMô hình\n1\tChi hội Phụ nữ thôn Đông\tTiết kiệm xanh\n2\tChi đoàn thôn Tây\tĐường hoa', [e('tập thể', 2, 'xã', 'giấy khen')]],
  // households listed by the names of their heads
  ['UBND huyện tặng Giấy khen cho các hộ nông dân sau:\n1 | Lò Văn Hùng | bản Nà Tăm\n2 | Quàng Thị Xuân | bản Co Phay', [e('gia đình', 2, 'huyện', 'giấy khen')]],
  // a part of the group honoured, said to be what it is: no honour of its own
  ['Ban Thường vụ Đảng ủy xã tặng Giấy khen cho 20 cá nhân. Trong 20 cá nhân được khen, 7 người là trưởng thôn.', [e('cá nhân', 20, 'xã', 'giấy khen')]],
  // a clause after ";" with a time of its own is not the earlier year's
  ['Năm 2020, xã được tặng Bằng khen; tại hội nghị, UBND huyện tặng Giấy khen cho 12 tập thể.', [e('tập thể', 12, 'huyện', 'giấy khen')]],
  // a period named after the count is what was achieved, not when it was told
  ['Dịp này, UBND huyện tặng Giấy khen cho 12 tập thể có thành tích giai đoạn 2018 – 2022.', [e('tập thể', 12, 'huyện', 'giấy khen')]],
  // a list opened by "Cụ thể:" after a total no fact was taken from: the items have its form
  ['Năm qua, toàn huyện có 480 lượt hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp. Cụ thể:\n- Cấp tỉnh: 30 hộ;\n- Cấp huyện: 450 hộ.', [e('gia đình', 30, 'tỉnh', 'danh hiệu'), e('gia đình', 450, 'huyện', 'danh hiệu')]],
  // a count that reaches a title of its own after a contest and an activity told of another count
  ['Nhà trường tặng Giấy khen cho 18 học sinh đạt giải trong kỳ thi chọn học sinh giỏi của tỉnh, trong đó có em Lê Thu Hà đạt giải Nhì môn Ngữ văn, và 46 học sinh đạt danh hiệu học sinh giỏi toàn diện.', [e('cá nhân', 18, 'cơ sở', 'giấy khen'), e('cá nhân', 46, 'cơ sở', 'giấy khen')]],
  // givers in turn whose groups of counts run on past the clause of the verb, one group a clause
  ['Nhân dịp này, Chỉ huy trưởng BĐBP tỉnh, Chủ tịch UBND huyện Tân Sơn và Đồn trưởng Đồn Biên phòng Bản Lải lần lượt trao Giấy khen cho 2 tập thể, 3 cá nhân; 3 tập thể, 4 cá nhân và 14 cá nhân có thành tích xuất sắc.',
    [e('tập thể', 2, 'tỉnh', 'giấy khen'), e('cá nhân', 3, 'tỉnh', 'giấy khen'), e('tập thể', 3, 'huyện', 'giấy khen'), e('cá nhân', 4, 'huyện', 'giấy khen'), e('cá nhân', 14, 'cơ sở', 'giấy khen')]],
  // a member of a group named after "Trong số N … nhận …": no honour of its own
  ['Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 12 hộ. Trong số 12 hộ nhận Bằng khen của Trung ương Hội có gia đình ông Vũ Văn Mạnh.', [e('gia đình', 12, 'trung ương', 'bằng khen')]],
  // a selection done, then the honour given, joined by a comma (by branches of an association: "cơ sở")
  ['Năm qua, các chi hội đã bình xét, công nhận 96 gia đình đạt danh hiệu “Gia đình hiếu học”.', [e('gia đình', 96, 'cơ sở', 'danh hiệu')]],
  // givers in turn, the first one's recipient named and the groups of counts after ";": the counts go on with the honour given "cho", the nearest form theirs
  // (the named one's tier is not paired: two forms for three givers)
  ['Dịp này, Bộ trưởng Bộ Công an, Giám đốc Công an tỉnh và Chủ tịch UBND huyện lần lượt tặng Bằng khen, giấy khen cho Công an xã Phước Hòa; 6 tập thể, 11 cá nhân và 9 tập thể, 14 cá nhân có thành tích xuất sắc.',
    [e('tập thể', 1, null, 'bằng khen'), e('tập thể', 6, 'tỉnh', 'giấy khen'), e('cá nhân', 11, 'tỉnh', 'giấy khen'), e('tập thể', 9, 'huyện', 'giấy khen'), e('cá nhân', 14, 'huyện', 'giấy khen')]],
  // the tier of a teachers' contest is not the honour's: the school's own Giấy khen
  ['Dịp này, Hiệu trưởng nhà trường tặng Giấy khen cho 11 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện.', [e('cá nhân', 11, 'cơ sở', 'giấy khen')]],
  // a clause that opens with its verb has the giver of the clause before, whatever other givers the sentence names
  ['Dịp này, Hội Khuyến học tỉnh tặng Bằng khen cho 2 tập thể; Hội Khuyến học huyện tặng Giấy khen cho 12 gia đình hiếu học; khen thưởng 40 học sinh đạt giải học sinh giỏi cấp tỉnh.',
    [e('tập thể', 2, 'tỉnh', 'bằng khen'), e('gia đình', 12, 'huyện', 'giấy khen'), e('cá nhân', 40, 'huyện', 'khen thưởng')]],
  // a count honoured, then a form handed to the same people named again by their kind or a pronoun
  ['Chiều cùng ngày, Hội Nông dân huyện tổ chức hội nghị, tuyên dương 21 hội viên sản xuất giỏi và tặng Giấy khen cho các hội viên.', [e('cá nhân', 21, 'huyện', 'giấy khen')]],
  ['Dịp này, Huyện đoàn tuyên dương 25 đoàn viên xuất sắc và trao Giấy chứng nhận cho họ.', [e('cá nhân', 25, 'huyện', 'giấy chứng nhận')]],
  // the parts told after a total, "Trong đó, …", with no giver of their own: the total's giver's
  ['Tại buổi lễ, Giám đốc công ty đã khen thưởng 47 tập thể, cá nhân. Trong đó, 9 tập thể và 38 cá nhân được tặng giấy khen kèm tiền thưởng.',
    [e('tập thể', 9, 'cơ sở', 'giấy khen'), e('cá nhân', 38, 'cơ sở', 'giấy khen')]],
  // a title the recipients attained ("đạt danh hiệu …") is no form handed to them when a form or
  // verb of honour before the count gives them one — also for the count after it and for parts
  ['Nhà trường khen thưởng 51 học sinh đạt danh hiệu học sinh giỏi và 207 học sinh đạt danh hiệu học sinh tiên tiến.',
    [e('cá nhân', 51, 'cơ sở', 'khen thưởng'), e('cá nhân', 207, 'cơ sở', 'khen thưởng')]],
  ['Giám đốc Xí nghiệp tặng Giấy khen cho 4 tập thể và 33 cá nhân đạt danh hiệu lao động tiên tiến năm 2022.',
    [e('tập thể', 4, 'cơ sở', 'giấy khen'), e('cá nhân', 33, 'cơ sở', 'giấy khen')]],
  ['Các cấp Hội đã khen thưởng 900 hộ đạt danh hiệu “Nông dân sản xuất giỏi”, trong đó cấp tỉnh 75 hộ, cấp huyện 210 hộ, còn lại là cấp xã.',
    [e('gia đình', 75, 'tỉnh', 'khen thưởng'), e('gia đình', 210, 'huyện', 'khen thưởng'), e('gia đình', 615, 'xã', 'khen thưởng')]],
  // … but recognizing is too weak a form: the title is what is recognized
  ['UBND xã công nhận 42 gia đình đạt danh hiệu “Gia đình văn hóa”.', [e('gia đình', 42, 'xã', 'danh hiệu')]],
  // an aside between dashes after the giver, before its verb
  ['UBND xã Tân Hòa - địa phương đầu tiên về đích nông thôn mới - cũng tổ chức tổng kết, khen thưởng 9 tập thể và 14 cá nhân.',
    [e('tập thể', 9, 'xã', 'khen thưởng'), e('cá nhân', 14, 'xã', 'khen thưởng')]],
  // two counts joined by "và", then the agent of "được": the honour both hold is that agent's
  ['Huyện ủy cũng biểu dương 3 tập thể và 2 cá nhân đã được Tỉnh ủy công nhận là điển hình “Dân vận khéo” của tỉnh.',
    [e('tập thể', 3, 'tỉnh', 'điển hình'), e('cá nhân', 2, 'tỉnh', 'điển hình')]],
  // an honour announced to uncounted recipients, then counted as received with nothing named after "nhận"
  ['Dịp này, Hội Cựu chiến binh tỉnh trao Giấy khen cho các tập thể, cá nhân có thành tích. Đợt này có 3 chi hội và 8 hội viên được nhận.',
    [e('tập thể', 3, 'tỉnh', 'giấy khen'), e('cá nhân', 8, 'tỉnh', 'giấy khen')]],
  // an honour told as another giver's, one of no tier, takes no tier from the one announced before
  ['Thiếu tướng Lê Văn Tám trao Bằng khen của Bộ trưởng Bộ Quốc phòng cho các tập thể, cá nhân. Thiếu tướng Lê Văn Tám trao Bằng khen của Tư lệnh Quân khu 9 cho 5 tập thể, 8 cá nhân.', [e('tập thể', 5, null, 'bằng khen'), e('cá nhân', 8, null, 'bằng khen')]],
  // a central body named with lowercase words after its capitalized one, or a national council
  ['Tổng cục trưởng Tổng cục Thi hành án dân sự tặng Giấy khen cho 9 tập thể.', [e('tập thể', 9, 'trung ương', 'giấy khen')]],
  ['Chủ tịch Hội đồng Bầu cử quốc gia tặng Bằng khen cho 4 tập thể; Chủ tịch Ủy ban An toàn giao thông Quốc gia tặng Bằng khen cho 8 cá nhân.', [e('tập thể', 4, 'trung ương', 'bằng khen'), e('cá nhân', 8, 'trung ương', 'bằng khen')]],
  // (a count and lowercase words before "của" and a body are no giver's name)
  ['Nhân dịp này, 3 bác sĩ của Bệnh viện được trao Kỷ niệm chương “Vì sức khỏe nhân dân”.', [e('cá nhân', 3, null, 'kỷ niệm chương')]],
  // a second giver with its verb after a comma opens a clause of its own, its tier not the first's
  ['Bộ Tư lệnh Quân khu 9 tặng Bằng khen cho 4 tập thể, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 cá nhân.', [e('tập thể', 4, null, 'bằng khen'), e('cá nhân', 5, 'tỉnh', 'bằng khen')]],
  // an enterprise gives its own tier, wherever it is
  ['Giám đốc Công ty Điện lực tỉnh tặng Giấy khen cho 08 tổ, đội và 19 công nhân.', [e('tập thể', 8, 'cơ sở', 'giấy khen'), e('cá nhân', 19, 'cơ sở', 'giấy khen')]],
  // a list of rows written "N – unit – honour", under headings of its kind and columns
  ['Dịp này, 3 tập thể và 2 cá nhân được khen thưởng, cụ thể như sau:\nTập thể:\nSTT – Đơn vị – Hình thức\n1 – Ban CHQS xã Khe Vạc – Bằng khen của Chủ tịch UBND tỉnh\n2 – Trung đội dân quân cơ động xã Pa Lìn – Giấy khen của Chủ tịch UBND huyện\n3 – Ban CHQS xã Sùng Chảo – Giấy khen của Chủ tịch UBND huyện\nCá nhân:\nSTT – Họ tên, chức vụ – Hình thức\n1 – Lê Văn Tám, Chỉ huy trưởng Ban CHQS xã Khe Vạc – Bằng khen của Chủ tịch UBND tỉnh\n2 – Chu Thị Mến, dân quân xã Pa Lìn – Giấy khen của Chủ tịch UBND huyện',
    [e('tập thể', 1, 'tỉnh', 'bằng khen'), e('tập thể', 2, 'huyện', 'giấy khen'), e('cá nhân', 1, 'tỉnh', 'bằng khen'), e('cá nhân', 1, 'huyện', 'giấy khen')]],
  // a table whose giver has a column of its own
  ['Dịp này, các tập thể, cá nhân được khen thưởng theo các quyết định sau:\n| TT | Cấp khen | Hình thức | Tập thể | Cá nhân |\n| 1 | Chủ tịch UBND tỉnh | Bằng khen | 4 | 9 |\n| 2 | Chủ tịch UBND huyện | Giấy khen | 16 | 38 |',
    [e('tập thể', 4, 'tỉnh', 'bằng khen'), e('cá nhân', 9, 'tỉnh', 'bằng khen'), e('tập thể', 16, 'huyện', 'giấy khen'), e('cá nhân', 38, 'huyện', 'giấy khen')]],
  // places counted as those who receive, in the passive; a target met is no target set
  ['04 thôn hoàn thành xuất sắc chỉ tiêu giảm nghèo năm qua cũng được nhận giấy khen cấp xã.', [e('tập thể', 4, 'xã', 'giấy khen')]],
  ['Hai xã được tặng Cờ thi đua của UBND tỉnh.', [e('tập thể', 2, 'tỉnh', 'cờ thi đua')]],
  // people counted by callings of health, the press, sport, justice, the militia and old age
  ['Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Tám trao danh hiệu Thầy thuốc Ưu tú cho 11 thầy thuốc.', [e('cá nhân', 11, 'trung ương', 'thầy thuốc ưu tú')]],
  ['Chánh án TAND tỉnh tặng Giấy khen cho 8 hòa giải viên và 4 chấp hành viên.', [e('cá nhân', 8, 'tỉnh', 'giấy khen'), e('cá nhân', 4, 'tỉnh', 'giấy khen')]],
  ['Dịp này, UBND huyện tặng Giấy khen cho 9 nhà báo, 5 vận động viên, 14 dân quân và 16 người cao tuổi tiêu biểu.', [e('cá nhân', 9, 'huyện', 'giấy khen'), e('cá nhân', 5, 'huyện', 'giấy khen'), e('cá nhân', 14, 'huyện', 'giấy khen'), e('cá nhân', 16, 'huyện', 'giấy khen')]],
  // a list under a lead that names its giver by whom the presenters act for; its items, counted or
  // named, are that giver's
  ['Thừa ủy quyền của Ban Thường vụ Tỉnh ủy, đồng chí Vi Văn Thoòng và đồng chí Sùng Chảo trao Huy hiệu Đảng cho các đảng viên:\n- Huy hiệu 65 năm tuổi Đảng: đồng chí Lê Văn Tám và đồng chí Chu Thị Mến;\n- Huy hiệu 40 năm tuổi Đảng: 9 đồng chí.',
    [e('cá nhân', 2, 'tỉnh', 'huy hiệu'), e('cá nhân', 9, 'tỉnh', 'huy hiệu')]],
];

const NEGATIVE: string[] = [
  // a souvenir flag of taking part, a contest's entrants, a year before a unit's name
  'Tất cả 18 đội đều được tặng cờ lưu niệm; 9 đội khác được nhận cờ lưu niệm của Ban Tổ chức.',
  'Cuộc thi trực tuyến thu hút 12 đội và hơn 9.000 lượt thí sinh.',
  'Trong hai năm 2020, 2021 Đội Vận động quần chúng của Đồn được Bộ Tư lệnh tặng Bằng khen.',
  // a certificate of membership given
  'Dịp này, Ban tổ chức trao Giấy chứng nhận thành viên cho 30 người tham gia câu lạc bộ.',
  // registrations of the communities too, after another count listed with them
  'Trong năm, có 64 dòng họ và 117 cộng đồng dân cư đăng ký các danh hiệu học tập.',
  // a festival's medal tally under a lead with a colon: the medals are a contest's, the rows no recipients
  'Bảng tổng sắp huy chương:\n| Đoàn | Vàng | Bạc | Đồng |\n| Xã Pa Lìn | 6 | 3 | 4 |\n| Xã Khe Vạc | 4 | 5 | 2 |',
  // a certificate of a right, or of a volunteer's service, given (active or passive), and a
  // membership card: papers, no honour
  'Cùng với chìa khóa nhà, hai hộ còn được huyện trao Giấy chứng nhận quyền sử dụng đất.',
  'Dịp này, Tỉnh đoàn trao Giấy chứng nhận tình nguyện viên cho 170 đoàn viên tham gia chiến dịch.',
  'Kết thúc diễn đàn, Hội Nhà báo tỉnh trao thẻ hội viên cho 9 hội viên mới.',
  // the whole place's stock of title holders, over the items of its list
  'Toàn tỉnh hiện có 17 Anh hùng Lao động và 3 Chiến sĩ thi đua toàn quốc còn đang công tác.',
  'Toàn xã có 9 mẹ được phong tặng danh hiệu Bà mẹ Việt Nam Anh hùng, 146 liệt sĩ và 60 thương binh.',
  'Toàn huyện hiện có 41 tập thể và 56 cá nhân được phong tặng, truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân qua các thời kỳ.',
  // people mobilized for a drill after the ceremony
  'Ngay sau lễ khen thưởng, công ty tổ chức diễn tập chữa cháy tại xưởng may số 5, huy động 120 người và 3 xe chữa cháy.',
  // a contest's results opening a table of medals: no list of honours
  'Kết quả toàn đoàn của 3 đơn vị dẫn đầu:\n| Đơn vị | HCV | HCB | Tổng |\n| --- | --- | --- | --- |\n| Thị trấn Pa Lìn | 12 | 8 | 20 |\n| Xã Khe Vạc | 9 | 7 | 16 |\n| Trường THPT Pa Lìn | 5 | 6 | 11 |',
  // a clause that goes on with the ones a certificate of a course was given to, after them
  'Kết thúc lớp học, Ban tổ chức trao Giấy chứng nhận hoàn thành lớp tập huấn cho 95 học viên; 6 học viên vắng quá thời gian quy định sẽ học bù ở lớp sau.',
  // a bonus paid at a rate for each household is a payment, no honour
  'Theo phương án bồi thường, 496 hộ bàn giao mặt bằng trước thời hạn được thưởng tiến độ với mức 5 triệu đồng/hộ.',
  // the State recognizing religious bodies gives them a legal standing, no honour
  'Trong 5 năm, tỉnh đã cấp 96 giấy chứng nhận đăng ký sinh hoạt tôn giáo tập trung, công nhận 14 tổ chức tôn giáo trực thuộc.',
  // a contest's prize handed to a named unit is a contest result, no honour
  'Ban tổ chức trao cờ và cúp giải Nhất toàn đoàn cho thị trấn Khe Vạc, giải Nhì cho xã Pa Lìn.',
  'Trưởng phòng GD&ĐT Chu Thị Mến trao cờ, cúp giải Nhất toàn đoàn cho Trường THCS Pa Lìn.',
  // a count with its share of the whole is a tally of a status
  'Đến nay toàn tỉnh có 18.460 hộ, đạt 89,2%, giữ vững danh hiệu gia đình văn hóa; 61 xã đạt chuẩn văn hóa nông thôn mới.',
  // a state title held, before the holder's name, is how the holder is addressed, no honour given
  'Tại Đại hội, Nhà giáo Ưu tú Lê Văn Tám, Hiệu trưởng Trường THCS Pa Lìn, chia sẻ kinh nghiệm đưa một ngôi trường vùng cao trở thành trường đạt chuẩn quốc gia.',
  // a certificate of training done is no honour
  'Kết thúc buổi diễn tập, Ban tổ chức trao Giấy chứng nhận huấn luyện nghiệp vụ PCCC cho 48 thành viên đội PCCC cơ sở.',
  'Trung tâm trao giấy chứng nhận tập huấn cho 65 tuyên truyền viên và giấy chứng nhận đào tạo nghề cho 27 lao động nông thôn.',
  // places recognized for a standard met, or where something is
  'Năm qua, thêm 4 xã được công nhận đạt chuẩn nông thôn mới.',
  'Hội đã trao quà tại 5 xã được tặng nhà đại đoàn kết.',
  // the rest of a body's members, listed after "gồm"
  'Trong số tổ hòa giải được khen có Tổ hòa giải làng Khe Vạc, gồm già làng Lầu A Giống, Mục sư Sùng Chảo và bốn thành viên khác.',
  // people of a calling counted as they take part or are helped, not honoured
  'Giải đấu có 140 vận động viên của 9 xã tham gia tranh tài.',
  'Dịp này, UBND xã tặng quà mừng thọ cho 85 người cao tuổi.',
  'Hội nghị có 60 nhà báo, phóng viên đến đưa tin.',
  // files received by an office are no honour received
  'Năm 2012, 39 cơ quan thực hiện cơ chế một cửa, tiếp nhận và giải quyết 71.400 hồ sơ, trong đó 98,2% đúng hạn.',
  // decisions on staff, members made full, flowers of farewell: no honours
  'Ban Thường vụ Huyện ủy đã xét, công nhận đảng viên chính thức cho 95 đồng chí.',
  'Cũng tại hội nghị, Ban Thường vụ Quận ủy trao quyết định nghỉ hưu cho 3 đồng chí.',
  'Đại hội tặng hoa chia tay 4 đồng chí không tham gia Ban Chấp hành khóa mới.',
  // a number joined to a name by a hyphen is no count
  'Tags: COVID-19  bệnh viện hồi sức  khen thưởng',
  // a certificate issued is a document, no honour
  'Trong năm qua có 1.215 người được cấp Giấy chứng nhận hiến máu tình nguyện lần thứ năm trở lên.',
  'Kết thúc lớp học, Ban tổ chức cấp giấy chứng nhận cho 68 học viên.',
  // pupils recognized as leavers: a status, not an honour
  'Khối 9 có 4 lớp với 118 em, tất cả đều đủ điều kiện xét công nhận tốt nghiệp THCS.',
  // a count in what describes a place named before it, even after an honour of the place's past
  'Lớp học tham quan HTX Nông nghiệp Pa Lìn, đơn vị đã được UBND tỉnh tặng Cờ thi đua năm 2010, nơi 145 thành viên liên kết sản xuất 210 ha lúa.',
  // counts told after a status recognized, a report of results going on
  'Năm học vừa qua, huyện có 3 xã được công nhận đạt chuẩn phổ cập giáo dục mức độ 3, thêm 4 trường đạt chuẩn quốc gia; 1.046 học sinh trúng tuyển đại học, cao đẳng.',
  'Toàn tỉnh hiện có 6 tôn giáo được Nhà nước công nhận với khoảng 372.000 tín đồ, 1.240 chức sắc.',
  // households of farmers registering for a title
  'Ngay tại buổi lễ, 1.240 hộ nông dân đăng ký danh hiệu sản xuất, kinh doanh giỏi năm 2024.',
  // "năm" as the year, not five
  'Năm 2025 là năm tổ chức đại hội đảng bộ các cấp, khối lượng hồ sơ khen thưởng sẽ tăng mạnh.',
  // the field of work named, a training in it
  'Sở Nội vụ mở lớp tập huấn nghiệp vụ thi đua, khen thưởng cho 230 cán bộ cơ sở.',
  'Trong một ngày, 230 học viên được nghe chuyên viên Ban Thi đua – Khen thưởng tỉnh giới thiệu Luật Thi đua, khen thưởng.',
  // things given, no honour, and the counts listed after them
  'Dịp này, 12 hộ nghèo vươn lên được các doanh nghiệp tặng máy bơm nước và 2 tấn phân bón.',
  'Mặt trận Tổ quốc và các đoàn thể trao 2.100 phần quà cho người lao động mất việc; 14 doanh nghiệp trên địa bàn duy trì sản xuất, bảo đảm an toàn cho 9.600 công nhân.',
  // the honoured ones someone speaks for give no honour to what the sentence counts
  'Thay mặt những người được khen thưởng, ông Vi Văn Thoòng chia sẻ, từ một hộ trồng mì thu nhập bấp bênh, nay ông liên kết cùng 23 hộ trong ấp tiêu thụ sản phẩm.',
  // a number set off by a space after a date is no count of thousands
  'Hội nghị diễn ra ngày 15/3 200 hộ tham gia.',
  // an example one is likened to is no honour
  'Tổ đoàn kết số 3, gồm 11 tàu cá với 84 ngư dân, được nhắc đến như một điển hình.',
  // the people rescued are no recipients
  'UBND huyện biểu dương, khen thưởng các tập thể, cá nhân đã dũng cảm cứu nạn 12 ngư dân của tàu cá bị chìm.',
  // cases, no schools
  'Xã có 3 trường hợp cứu người trong mùa mưa bão nhưng lúng túng về thủ tục khen đột xuất.',
  // honours of every tier over the years, told of a body: a tally, no honour of the event
  'Trong 5 năm qua, Hội Người cao tuổi xã Khe Vạc được các cấp khen thưởng nhiều lần.',
  // a list of newer or older articles under the page is debris
  'Ban Thường vụ Huyện đoàn tổ chức hội nghị.\n\nTin mới hơn:\n• Xã Khe Vạc: Khánh thành 3 công trình thanh niên (04/03/2017)\n• Tuyên dương 36 “Thanh niên tiên tiến làm theo lời Bác” (28/02/2017)\n',
  'Ban Thường vụ Huyện đoàn tổ chức hội nghị.\n\nCác tin cũ hơn\n- Tuyên dương 36 “Thanh niên tiên tiến làm theo lời Bác” (28/02/2017)\n',
  // a count inside what describes the one named (a relative clause with a time adverb)
  'Trong số những người nhận Giấy khen của Chủ tịch UBND huyện có bà Chu Thị Mến, người hơn 10 năm nay duy trì lớp học tình thương cho 40 em nhỏ con nhà ngư dân nghèo.',
  // the classifier of respected persons before what they are, inside a group counted: no count of its own
  'Trong số 15 vị được khen có 9 vị là sư sãi.',
  // the flag that sends volunteer formations off, or marks them, is no honour
  'Các đại biểu trao cờ ra quân cho 28 đội hình tình nguyện.',
  'Tại buổi lễ, 14 đội hình thanh niên tình nguyện ra mắt và nhận cờ hiệu.',
  // flowers of thanks to donors
  'Hội nghị tặng hoa cảm ơn 7 doanh nghiệp, nhà hảo tâm đã hỗ trợ máy thở, bình oxy và xe cứu thương cho quận.',
  // "điển hình là/như" opens an example: no honour, no form
  'Điển hình là hộ ông Vi Văn Thoòng ở xã Khe Vạc, một nông dân Khmer từng thuộc diện hộ nghèo.',
  'Nhiều mô hình hay được nhân rộng; điển hình như ông Lầu A Giống, một hội viên ở bản Pa Lìn.',
  // money handed to each one counted is a gift
  'Dịp này, UBND huyện trao 450 phần quà Tết cho các hộ khó khăn, và tặng 23 chùa mỗi chùa 2 triệu đồng để tổ chức Tết.',
  'Hội Chữ thập đỏ huyện tặng 15 hộ, mỗi hộ 5.000.000 đồng để sửa nhà.',
  // a bonus is pay, not an honour
  'Dịp này, công ty cũng thông báo mức thưởng Tết bình quân 1,2 tháng lương cho toàn bộ 1.236 công nhân.',
  'Công ty chi thưởng Tết cho 850 công nhân, bình quân 6 triệu đồng mỗi người.',
  // "năm" after a plural word is years, not five: no count of units
  'Ông Lê Văn Thục, người từng được tặng Huân chương Chiến công, nhắc lại những năm đơn vị đóng quân ở vùng biên.',
  // a tally of every tier's honours over the years, counted in times, is no award of the event
  'Giai đoạn 2019 - 2024, các cấp đã tặng giấy khen cho 1.470 lượt cá nhân.',
  // positions are not persons
  'Ngày hội việc làm giới thiệu 400 vị trí, tặng quà cho 25 học sinh.',
  // scholarships for the poor who overcome hardship are support, not honours
  'Dịp này, Hội Khuyến học huyện trao 40 suất học bổng cho 40 học sinh nghèo vượt khó, mỗi suất 500.000 đồng.',
  // jobs made for workers are no honour
  'Năm qua, mô hình nuôi cá lồng của anh cho lãi hơn 500 triệu đồng, giải quyết việc làm cho 9 lao động.',
  // a certificate of a course done is no honour
  'Kết thúc lớp học, 96 học viên được cấp Giấy chứng nhận hoàn thành chương trình bồi dưỡng nghiệp vụ.',
  // a certificate of a standard met or of a registration is no honour either
  'Hiện trong huyện đã có 14 hộ được cấp Giấy chứng nhận sản xuất theo tiêu chuẩn VietGAP.',
  'Năm qua, 23 hộ kinh doanh được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm.',
  // a registration told after two counts is of both: "45 tập thể" is no honour
  'Bên cạnh đó, có 38 tập thể, 27 cá nhân đăng ký xây dựng điển hình “Dân vận khéo” trong năm.',
  'Hội nghị ghi nhận 18 tập thể và 40 cá nhân tham gia cuộc thi tìm hiểu về công tác dân vận.',
  // the ones a congress's delegates stand for are not honoured there
  'Về dự có bà Lò Thị Mai, Trưởng ban Thi đua - Khen thưởng tỉnh cùng 320 đại biểu chính thức, đại diện cho hơn 4.500 tập thể, cá nhân điển hình tiên tiến của toàn tỉnh.',
  'Dự đại hội có ông Hà Văn Tuấn, Phó Trưởng ban Thi đua - Khen thưởng tỉnh cùng 180 đại biểu thay mặt cho 2.600 hội viên tiêu biểu.',
  // years counted with a number word after digits ("8 năm" is no "năm tổ chức", five bodies)
  'Trong 8 năm tổ chức hội thi, xã đã khen thưởng nhiều tập thể điển hình.',
  // a standard met, recognized: a status, not an honour
  'Năm nay, toàn ngành có 64 trường được công nhận đạt chuẩn quốc gia.',
  'Năm nay, thôn Đông Hà được công nhận đạt chuẩn văn hóa lần thứ hai liên tiếp.',
  // counts of an earlier meeting or school year, told as background
  'Tại hội nghị năm 2019, huyện đã tuyên dương 31 điển hình.',
  'Đại hội thi đua lần thứ IV, tổ chức năm 2015, đã biểu dương 52 tập thể, cá nhân.',
  'Tại hội nghị sơ kết lần trước, tổ chức vào tháng 10/2021, Huyện ủy đã khen thưởng 40 tập thể, cá nhân.',
  'Năm học 2021 - 2022, ngành có 960 cá nhân đạt danh hiệu Lao động tiên tiến.',
  // the bodies a giver works with: partners, not recipients
  'Năm qua, Hội Phụ nữ phường phối hợp với 5 hội quán, 8 cơ sở tôn giáo vận động được 900 triệu đồng, trao 600 phần quà cho hộ nghèo.',
  // received with nothing named after it, with no honour announced before: support, gifts
  'Xã hỗ trợ heo giống cho các hộ nghèo. Đợt này có 12 hộ được nhận.',
  'Đợt này có 12 hộ được nhận.',
  // counts put first as a topic, the main clause telling what is to come or be proposed
  'Đối với giấy khen của Giám đốc trung tâm cho 7 tổ và 31 cá nhân, Hội đồng thống nhất sẽ trao tại lễ tổng kết.',
  'Riêng Bằng khen cho 3 tập thể, nhà trường đề nghị Sở GD&ĐT xem xét.',
  // recognized with no title named: a status, not an honour
  'Toàn huyện có 215 người có uy tín được công nhận theo quy định.',
  'Năm nay, huyện có 96 người có uy tín trong đồng bào dân tộc thiểu số được công nhận.',
  // recognized as a status: prestigious persons, households out of poverty
  'Năm nay, toàn huyện có 97 người được công nhận là người có uy tín và 230 hộ được công nhận thoát nghèo.',
  'Trong năm, tỉnh công nhận 152 người có uy tín ở các bản.',
  'Trong năm, 310 hộ đồng bào được công nhận thoát nghèo.',
  'Năm qua, toàn huyện có 88 đảng viên mới được kết nạp, 204 hộ được công nhận thoát nghèo và 2 xã được công nhận đạt chuẩn nông thôn mới.',
  // a group founded with its members, after cows handed over
  'Ngoài trao bò giống, Hội Nông dân xã còn thành lập tổ hợp tác chăn nuôi với 27 thành viên.',
  // a running total raised by this year's honours, a statistic
  'Năm 2019, thị xã xây mới 2 điểm trường, nâng tổng số trường được UBND tỉnh công nhận đạt chuẩn lên 37 trường.',
  'Năm nay xã đưa số hộ được công nhận danh hiệu gia đình văn hóa lên 1.460 hộ.',
  // the places where a model is run, in a sentence of honours
  'Trong số 4 cá nhân nhận bằng khen của Tỉnh đoàn có chị Lâm Thị Sa Rết – người khởi xướng mô hình “Tủ sách nhà chùa” tại 9 ngôi chùa trong xã.',
  // the honouring told as a noun, to be done later
  'Việc khen thưởng 15 chi hội phụ nữ tiêu biểu sẽ được thực hiện tại hội nghị sơ kết giữa năm.',
  // members of a body, not honoured
  'Ban Chỉ đạo phong trào “Dân vận khéo” của huyện gồm 15 thành viên, do Phó Bí thư Huyện ủy làm trưởng ban.',
  // a proposal before a rounded count; an honour dedicated to those behind the recipient
  'Các đơn vị đang hoàn thiện hồ sơ đề nghị khen thưởng đợt 2 cho khoảng 500 tập thể, cá nhân.',
  '“Phần thưởng này dành cho hơn 200 cán bộ, nhân viên của bệnh viện”, ông nói.',
  // places counted as where something happens, or given gifts
  'UBND huyện trao 200 suất quà cho 3 xã bị ảnh hưởng bởi lũ.',
  'Đến nay, 11/13 xã đạt chuẩn nông thôn mới; phong trào được phát động tại 5 xã.',
  // what is given back to victims is no honour
  'Cơ quan điều tra đã trao trả tài sản cho 7 người bị hại.',
  // a clause that opens with its verb shares the future of the clause before
  'Tại hội nghị tổng kết, UBND huyện sẽ tặng giấy khen cho 30 tập thể; công nhận 41 tập thể đạt danh hiệu “Tập thể lao động tiên tiến”.',
  'Hội đồng thi đua đề nghị tặng Bằng khen cho 4 tập thể; đồng thời tặng Giấy khen cho 9 cá nhân.',
  // units that held a conference of honours of their own are not honoured by it
  'Từ tháng 3 đến tháng 5, 27 xã và 38 cơ quan, trường học đã tổ chức hội nghị điển hình tiên tiến ở cơ sở.',
  'Trước đại hội, 12 hợp tác xã đã tổ chức hội nghị biểu dương xã viên.',
  // houses built for people in need are help
  'Nhân dịp này, Công đoàn trao 3 “Mái ấm Công đoàn” cho 3 đoàn viên, mỗi căn trị giá 50 triệu đồng.',
  'UBND huyện trao 5 nhà đại đoàn kết cho 5 hộ nghèo.',
  'Công an huyện đã hoàn trả 3 xe máy cho 3 hộ gia đình.',
  // the recipient word first, but what is counted is a registration or a membership
  'Kết quả đăng ký thi đua năm 2024: tập thể: 45; cá nhân: 130.',
  'Chi hội có 3 tổ, số hội viên (62) tăng so với năm trước.',
  // registrations, models, works, people helped
  'Năm 2023, toàn tỉnh có 1.019 tập thể đăng ký thực hiện mô hình “Dân vận khéo”.',
  'Qua phong trào, các địa phương đã xây dựng 92 mô hình, 231 giải pháp “Dân vận khéo” hiệu quả.',
  'Phong trào đã huy động nguồn lực hỗ trợ 120 hộ nghèo sửa chữa nhà ở.',
  'Từ nguồn vận động, xã đã giúp đỡ 2.000 trường hợp có hoàn cảnh khó khăn.',
  // proposals: not yet honoured
  'Ban Dân vận Tỉnh ủy đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích xuất sắc.',
  'Hội nghị thống nhất đề xuất 4 cá nhân để Thành ủy xem xét tuyên dương.',
  // contest results: prizes and teams are not recipient counts
  'Ban tổ chức trao 3 giải nhì cho các đội thi có phần trình bày ấn tượng.',
  'Hội thi “Dân vận khéo” thu hút 18 đội dự thi đến từ các xã, thị trấn.',
  'Ban tổ chức trao 1 giải nhất, 2 giải nhì và 3 giải ba cho các đội thi.',
  // the flags that rank the delegations of a sports meet
  'Ban Tổ chức trao Cờ nhất, nhì, ba toàn đoàn cho ba đơn vị dẫn đầu Hội khỏe Phù Đổng.',
  'Cuối khóa, Ban tổ chức trao giấy chứng nhận hoàn thành lớp bồi dưỡng cho 62 học viên.',
  // numbers that are not counts
  'Hội nghị được tổ chức nhân kỷ niệm 91 năm Ngày truyền thống công tác dân vận của Đảng.',
  'Quận 1 tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2020.',
  // the ratings of the Party's yearly review, recognized: statuses, no honours
  'Kết quả đánh giá, phân loại năm 2020, Đảng ủy Khối công nhận 27 tổ chức cơ sở đảng đạt trong sạch, vững mạnh; 305 đảng viên hoàn thành xuất sắc nhiệm vụ.',
  // a tally of the title the whole place holds, recognized with no giver named
  'Nhiệm kỳ qua, toàn huyện có 1.180 gia đình được công nhận “Gia đình hiếu học”.',
  'Năm 2020, toàn tỉnh hiện có 18.600 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi.',
  // "phát huy hiệu quả" (to work well) runs "huy hiệu" (a badge) together: no form
  'Nhiều tổ hòa giải cũng phát huy hiệu quả, trong đó Tổ hòa giải bản Pa Lìn với 7 thành viên đã hòa giải thành 23 vụ.',
  // the papers to honour those counted, no honour yet (a proposal)
  'Sở Nội vụ hoàn thiện hồ sơ khen thưởng 9 tập thể, 14 cá nhân của tỉnh bạn.',
  // a reference to a count never told as an honour of its own
  'Ông Nguyễn Văn Tư là một trong 3 cá nhân điển hình của huyện.',
  // the group one recipient belonged to in an earlier year: background
  'Năm 2021, Hội Nông dân xã là một trong 8 đơn vị được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.',
  // honours of earlier years, told as background (the event is of 2023)
  'Năm 2019, ông Lò Văn Thắng được Chủ tịch UBND tỉnh tặng Bằng khen vì có nhiều đóng góp.',
  'Ông nhiều lần được ghi nhận: năm 2020, ông được UBND huyện tặng Giấy khen; năm 2021, 12 cá nhân của xã được Huyện ủy tuyên dương.',
  'Anh Hà Minh Quân cho biết năm 2021, Huyện đoàn đã được Trung ương Đoàn tặng Bằng khen vì thành tích xuất sắc.',
  // …and of a period that ended before it, the clauses after ";" included
  'Phát biểu tại buổi lễ, đồng chí Lê Văn Hòa nhắc lại, giai đoạn 2016 – 2020, 36 tập thể, 58 cá nhân được các cấp khen thưởng.',
  'Nhiệm kỳ 2017 - 2022, Hội được tỉnh tặng Cờ thi đua; 14 tập thể, 20 cá nhân được Hội Nông dân tỉnh tặng Bằng khen.',
  'Từ năm 2018 đến năm 2021, Ban Thường vụ Huyện ủy đã tuyên dương 45 tập thể điển hình.',
  'Ôn lại chặng đường đã qua, ông Phạm Văn Lợi nhắc tới 3 năm 2019 – 2021, Hội đã khen thưởng 36 hội viên có thành tích.',
  // a selection followed by a proposal, not by an honour given
  'Hội đã bình xét và đề nghị tặng Giấy khen cho 12 gia đình.',
  // a list opened by "Cụ thể:" after people helped: no honour
  'Năm qua, hội đã giúp 300 hộ vay vốn. Cụ thể:\n- Xã A: 120 hộ;\n- Xã B: 180 hộ.',
  // things counted and handed over: a gift to the count after "cho"
  'Ban tổ chức trao 2 con bò giống cho hai hộ đặc biệt khó khăn ở thôn Lũng Tá.',
  // a statistic whose part is honoured: the total is no honour
  'Kết thúc năm học, toàn trường có 612 học sinh, trong đó 96% xếp loại hạnh kiểm tốt, 38 em đạt danh hiệu học sinh giỏi.',
  // units that hand rewards to others every year: the givers, not the honoured
  'Mười một chi hội khuyến học ở các xóm đều có quỹ riêng, năm nào cũng tổ chức phát thưởng cho con cháu vào cuối năm học.',
  // (an earlier congress told with its full date, its count right before a ";")
  'Trước đó, ngày 19/9/2018, Đại hội Thi đua yêu nước huyện lần thứ V đã biểu dương 268 tập thể, cá nhân; năm 2000, huyện được tuyên dương Anh hùng.',
  // members admitted, staff appointed
  'Tại hội nghị, Ban Chấp hành Hội đã trao quyết định kết nạp cho 15 hội viên mới.',
  'Dịp này, UBND huyện trao quyết định bổ nhiệm cho 4 cán bộ lãnh đạo các phòng.',
];

// The same fact told twice (headline and body, lead and caption) is one entry.
const TOLD_TWICE: Array<[string, string, Entry[]]> = [
  ['the ones named taking an honour two groups were counted for, of the one their giver gave', `${HEAD}${LEAD}Ban Thường vụ Huyện ủy tặng Giấy khen cho 12 tổ chức cơ sở đảng và 20 đảng viên; Chủ tịch UBND huyện tặng Giấy khen cho 03 tập thể và 07 cá nhân có thành tích đột xuất.\n\nThượng úy Vi Văn Thoòng và bác sĩ Chu Thị Mến nhận Giấy khen của Chủ tịch UBND huyện.`,
    [e('tập thể', 12, 'huyện', 'giấy khen'), e('cá nhân', 20, 'huyện', 'giấy khen'), e('tập thể', 3, 'huyện', 'giấy khen'), e('cá nhân', 7, 'huyện', 'giấy khen')]],
  ['a total told alone with what they did, numbers and all, then its parts', `Khe Vạc: Tôn vinh 86 người hiến máu từ 10 lần trở lên\n\nSáng 6/4, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức lễ tôn vinh những người hiến máu tiêu biểu.\n\nTại buổi lễ, 86 người hiến máu từ 10 lần trở lên được tôn vinh. Trong đó, 4 người hiến từ 30 lần trở lên nhận Bằng khen của Bộ trưởng Bộ Y tế; 19 người nhận Bằng khen của Trung ương Hội Chữ thập đỏ Việt Nam; 63 người còn lại được Chủ tịch UBND tỉnh tặng Bằng khen.`,
    [e('cá nhân', 4, 'trung ương', 'bằng khen'), e('cá nhân', 19, 'trung ương', 'bằng khen'), e('cá nhân', 63, 'tỉnh', 'bằng khen')]],
  ['a count told untyped "among" the honoured, the typed count of the body told elsewhere', `${HEAD}Hội đồng xét chọn thống nhất chọn 45 thanh niên tiêu biểu. Trong số 45 gương được tuyên dương, 17 người là đồng bào Jrai. Tại buổi lễ, Ban Thường vụ Tỉnh đoàn tuyên dương 45 thanh niên tiêu biểu cấp tỉnh.`,
    [e('cá nhân', 45, 'tỉnh', 'điển hình')]],
  ['a total told alone, "tôn vinh", then its parts', 'Khe Vạc tôn vinh 100 người hiến máu tình nguyện tiêu biểu\n\nSáng 10/6/2017, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức lễ tôn vinh. Dịp này, 100 người hiến máu tiêu biểu được tôn vinh. Trong đó, 2 người được Bộ trưởng Bộ Y tế tặng Bằng khen; 14 người được Chủ tịch UBND tỉnh tặng Bằng khen; 84 người nhận Giấy khen của Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh.',
    [e('cá nhân', 2, 'trung ương', 'bằng khen'), e('cá nhân', 14, 'tỉnh', 'bằng khen'), e('cá nhân', 84, 'tỉnh', 'giấy khen')]],
  // of two groups of one honour, the one named handed it is of the group counted by its word
  ['one named handed an honour two groups were counted for, by the word of one of them', `${HEAD}${LEAD}Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 2 tổ đoàn kết và 4 ngư dân; Chủ tịch UBND đặc khu tặng Giấy khen cho 5 tập thể và 13 cá nhân. Thượng tá Vi Văn Thoòng trao Giấy khen cho Tổ đoàn kết số 3.`,
    [e('tập thể', 2, 'tỉnh', 'giấy khen'), e('cá nhân', 4, 'tỉnh', 'giấy khen'), e('tập thể', 5, 'xã', 'giấy khen'), e('cá nhân', 13, 'xã', 'giấy khen')]],
  // the one a photo shows taking up a body's honour takes it up for the body
  ['a caption of the one who takes up a body\'s honour', `${HEAD}${LEAD}Ban Thường vụ Huyện ủy tặng Giấy khen cho Đảng bộ xã Khe Vạc vì đạt trong sạch, vững mạnh tiêu biểu 5 năm liền.\n\nBí thư Đảng ủy xã Chu Thị Mến (thứ hai từ trái sang) nhận Giấy khen của Ban Thường vụ Huyện ủy.`, [e('tập thể', 1, 'huyện', 'giấy khen')]],
  // a count of one kind told alone, what they are before the verb, then its parts
  ['a total of one kind told alone, then its parts', 'Khe Vạc khen thưởng người có uy tín\n\nNgày 26/8/2022, UBND huyện Khe Vạc tổ chức hội nghị. Dịp này, 17 người có uy tín được khen thưởng. Ông Vi Văn Thoòng trao Kỷ niệm chương của Ủy ban Dân tộc cho 02 cá nhân. Chủ tịch UBND tỉnh tặng Bằng khen cho 04 người; Chủ tịch UBND huyện tặng Giấy khen cho mười một người có uy tín.',
    [e('cá nhân', 2, 'trung ương', 'kỷ niệm chương'), e('cá nhân', 4, 'tỉnh', 'bằng khen'), e('cá nhân', 11, 'huyện', 'giấy khen')]],
  // a headline's count of collectives and households together, no one kind: the sum of the body's
  ['a headline\'s count of collectives and households', 'Khe Vạc: 40 tập thể, hộ nông dân được khen thưởng\n\nNgày 15/12/2020, Hội Nông dân huyện Khe Vạc tổng kết năm. UBND huyện tặng Giấy khen cho 12 tập thể và 28 hộ nông dân sản xuất, kinh doanh giỏi.',
    [e('tập thể', 12, 'huyện', 'giấy khen'), e('gia đình', 28, 'huyện', 'giấy khen')]],
  ['… joined by "và"', 'Khe Vạc: khen thưởng 40 tập thể và hộ nông dân sản xuất giỏi\n\nNgày 15/12/2020, Hội Nông dân huyện Khe Vạc tổng kết năm. UBND huyện tặng Giấy khen cho 12 tập thể và 28 hộ nông dân sản xuất, kinh doanh giỏi.',
    [e('tập thể', 12, 'huyện', 'giấy khen'), e('gia đình', 28, 'huyện', 'giấy khen')]],
  ['a presenter handing the honour of a counted group to one of it, named', `${HEAD}${LEAD}Dịp này, Hội LHPN huyện tặng Giấy khen cho 4 chi hội và 9 hội viên có thành tích xuất sắc.\n\nBà Hồ Thị Nguyệt trao Giấy khen cho chị Đoàn Thị Mơ, hội viên Chi hội thôn 2.`, [e('tập thể', 4, 'huyện', 'giấy khen'), e('cá nhân', 9, 'huyện', 'giấy khen')]],
  ['a state order handed to a place as a whole, its caption naming the place alone', `${HEAD}${LEAD}Thừa ủy nhiệm của Chủ tịch nước, ông Đinh Văn Hội trao Huân chương Lao động hạng Ba cho Đảng bộ, chính quyền và nhân dân xã Đăk Rơ Wa vì thành tích xuất sắc.\n\nÔng Đinh Văn Hội trao Huân chương Lao động hạng Ba cho xã Đăk Rơ Wa.`, [e('tập thể', 1, 'trung ương', 'huân chương')]],
  ['a place\'s people\'s committee handed an honour, its caption naming the place alone', `${HEAD}${LEAD}Tại hội nghị, ông Đinh Văn Hội trao Cờ thi đua của UBND tỉnh cho UBND xã Nghĩa Phước, đơn vị dẫn đầu khối xã.\n\nÔng Đinh Văn Hội trao Cờ thi đua của UBND tỉnh cho xã Nghĩa Phước.`, [e('tập thể', 1, 'tỉnh', 'cờ thi đua')]],
  ['a count told first as background, with no form, takes the form its honour gives', `${HEAD}${LEAD}Các tổ chức tôn giáo đã xây 14 căn nhà tình thương, trao 1.050 phần quà cho người nghèo; 3 hộ gia đình ở ấp Gò Sậy tự nguyện hiến đất làm đường.\n\nUBND huyện khen thưởng 3 hộ gia đình đã hiến đất làm đường.`, [e('gia đình', 3, 'huyện', 'khen thưởng')]],
  ['a body named with an abbreviation in a caption and spelled out in the text', `${HEAD}${LEAD}Dịp này, Ban Chỉ huy Quân sự huyện Khe Vạc được Bộ Tư lệnh Quân khu 2 tặng Bằng khen vì thành tích xuất sắc.\n\nĐại tá Lê Văn Tám trao Bằng khen của Bộ Tư lệnh Quân khu 2 cho Ban CHQS huyện Khe Vạc`, [e('tập thể', 1, null, 'bằng khen')]],
  ['a total of three kinds told alone, its parts after it at two levels', `Xã Khe Vạc biểu dương điển hình “Dân vận khéo”\n\nNgày 14-10, Đảng ủy xã Khe Vạc tổ chức hội nghị biểu dương các điển hình “Dân vận khéo” của năm 2022. Dịp này có 21 tập thể, cá nhân và hộ gia đình được khen thưởng.\n\nBà Chu Thị Mến trao Giấy khen của Ban Thường vụ Huyện ủy cho 1 tập thể và 2 cá nhân là điển hình cấp huyện. Đảng ủy xã tặng Giấy khen cho 5 tập thể, 9 cá nhân và 4 hộ gia đình là điển hình cấp xã.`,
    [e('tập thể', 1, 'huyện', 'giấy khen'), e('cá nhân', 2, 'huyện', 'giấy khen'), e('tập thể', 5, 'xã', 'giấy khen'), e('cá nhân', 9, 'xã', 'giấy khen'), e('gia đình', 4, 'xã', 'giấy khen')]],
  ['headline and body', 'Huyện Tân Phú tuyên dương 12 tập thể điển hình “Dân vận khéo”\n\nNgày 12/10/2023, Huyện ủy Tân Phú tuyên dương 12 tập thể điển hình “Dân vận khéo” cấp huyện.', [e('tập thể', 12, 'huyện', 'điển hình')]],
  // a headline's count of no kind that the body's counts at its level do not add up to: the body's are the entries
  ['a headline\'s miscounted sum of the body', 'Khe Vạc tuyên dương 60 điển hình “Dân vận khéo” cấp tỉnh\n\nNgày 15/10/2019, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 24 tập thể và 38 cá nhân là điển hình “Dân vận khéo” cấp tỉnh.', [e('tập thể', 24, 'tỉnh', 'bằng khen'), e('cá nhân', 38, 'tỉnh', 'bằng khen')]],
  // (but not one of another level: the body tells nothing of it)
  ['a headline\'s count of another level than the body\'s', 'Khe Vạc tuyên dương 60 điển hình “Dân vận khéo” cấp tỉnh\n\nNgày 15/10/2019, Huyện ủy tặng Giấy khen cho 4 tập thể và 8 cá nhân là điển hình cấp huyện.', [e(null, 60, 'tỉnh', 'điển hình'), e('tập thể', 4, 'huyện', 'giấy khen'), e('cá nhân', 8, 'huyện', 'giấy khen')]],
  ['lead and a caption', `${HEAD}${LEAD}Hội nghị tuyên dương 3 cá nhân điển hình “Dân vận khéo” cấp huyện.\n\nHội nghị tuyên dương 3 cá nhân điển hình “Dân vận khéo” cấp huyện.`, [e('cá nhân', 3, 'huyện', 'điển hình')]],
  ['a heading\'s rounded total of the parts the paragraph under it tells', `${HEAD}${LEAD}\n\nTôn vinh hơn 300 tập thể, cá nhân\n\nTại buổi lễ, UBND tỉnh tặng bằng khen cho 12 tập thể và 20 cá nhân. Chủ tịch UBND huyện tặng giấy khen cho 86 tập thể và 204 cá nhân.`,
    [e('tập thể', 12, 'tỉnh', 'bằng khen'), e('cá nhân', 20, 'tỉnh', 'bằng khen'), e('tập thể', 86, 'huyện', 'giấy khen'), e('cá nhân', 204, 'huyện', 'giấy khen')]],
  ['a headline\'s rounded total of the body\'s parts', 'Tỉnh khen thưởng hơn 600 tập thể, cá nhân chống dịch\n\nNgày 5/11/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho 623 tập thể, cá nhân (gồm 140 tập thể và 483 cá nhân).', [e('tập thể', 140, 'tỉnh', 'bằng khen'), e('cá nhân', 483, 'tỉnh', 'bằng khen')]],
  ['a total that announces its parts at several levels', `${HEAD}${LEAD}Dịp này, 96 tập thể, cá nhân được khen thưởng, trong đó: 3 tập thể, 5 cá nhân được Bộ trưởng Bộ Công an tặng Bằng khen; 10 tập thể, 18 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 20 tập thể, 40 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen.`,
    [e('tập thể', 3, 'trung ương', 'bằng khen'), e('cá nhân', 5, 'trung ương', 'bằng khen'), e('tập thể', 10, 'tỉnh', 'bằng khen'), e('cá nhân', 18, 'tỉnh', 'bằng khen'), e('tập thể', 20, 'tỉnh', 'giấy khen'), e('cá nhân', 40, 'tỉnh', 'giấy khen')]],
  ['a school named when it receives an honour, then called "nhà trường" when it is handed over', 'Trường Tiểu học Đông Xá đón nhận Bằng khen của Chủ tịch UBND tỉnh\n\nSáng 18-11-2016, Trường Tiểu học Đông Xá đón nhận Bằng khen của Chủ tịch UBND tỉnh vì thành tích xuất sắc trong năm học 2015 - 2016.\n\nBà Lưu Thị Nhàn trao Bằng khen của Chủ tịch UBND tỉnh cho nhà trường.', [e('tập thể', 1, 'tỉnh', 'bằng khen')]],
  ['a person named among a count, named again when handed the honour', `${HEAD}${LEAD}Dịp này, Hội Nông dân tỉnh tặng bằng khen cho 2 hội viên là ông Hà Văn Chiến và bà Lò Thị Pấng. Ông Tòng Văn Khiêm trao bằng khen của Hội Nông dân tỉnh cho bà Lò Thị Pấng.`, [e('cá nhân', 2, 'tỉnh', 'bằng khen')]],
  ['an untyped headline total of typed and combined body counts; a combined count given another honour is no total of the typed ones', 'Tỉnh tôn vinh 50 điển hình “Dân vận khéo”\n\nNgày 10/1/2024, Ban Dân vận Tỉnh ủy tổng kết công tác dân vận năm 2023. Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 10 tập thể và 15 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể, cá nhân tiêu biểu.',
    [e('tập thể', 10, 'tỉnh', 'bằng khen'), e('cá nhân', 15, 'tỉnh', 'bằng khen'), e('tập thể, cá nhân', 25, 'tỉnh', 'giấy khen')]],
  ['a caption of a form other than the one the sentence before announced, repeating a count', `${HEAD}${LEAD}Hội Khuyến học huyện tặng giấy khen cho 25 tập thể, 48 cá nhân. Bà Hà Thị Vân trao bằng khen của Trung ương Hội Khuyến học Việt Nam cho các tập thể, cá nhân. Ông Lê Văn Tám trao giấy khen cho 25 tập thể.`,
    [e('tập thể', 25, 'huyện', 'giấy khen'), e('cá nhân', 48, 'huyện', 'giấy khen')]],
  ['a headline\'s rounded count of the one body count it restates: the exact one kept', 'Hội Khuyến học tỉnh khen thưởng hơn 900 học sinh vượt khó\n\nSáng 6/9/2014, Hội Khuyến học tỉnh tổ chức lễ tuyên dương học sinh vượt khó học giỏi.\n\nHội Khuyến học tỉnh khen thưởng 935 học sinh nghèo vượt khó, học giỏi năm học 2013 – 2014.', [e('cá nhân', 935, 'tỉnh', 'khen thưởng')]],
  ['one body handed the honour in a caption, then counted and named beside another count of its kind: still its own entry',
    `${HEAD}${LEAD}\n\nĐại tá Đặng Văn Tiu trao Bằng khen của Chủ tịch UBND tỉnh cho Hội CCB xã Bến Đình Hạ.\n\nChủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể là Hội CCB xã Bến Đình Hạ và 2 hội viên là ông Đinh Văn Khuê và ông Phạm Văn Lượm. Ban Thường vụ Hội CCB tỉnh tặng Bằng khen cho 4 chi hội và 6 hội viên.`,
    [e('tập thể', 1, 'tỉnh', 'bằng khen'), e('cá nhân', 2, 'tỉnh', 'bằng khen'), e('tập thể', 4, 'tỉnh', 'bằng khen'), e('cá nhân', 6, 'tỉnh', 'bằng khen')]],
  ['a caption\'s presenter who hands the honour over ("trao") against the body that gives it ("tặng"): the giver\'s tier',
    `${HEAD}${LEAD}\n\nPhó Chủ tịch Hội Khuyến học tỉnh Đỗ Văn Tám trao Bằng khen cho dòng họ Lê Đình.\n\nTại hội nghị, Trung ương Hội Khuyến học Việt Nam tặng Bằng khen cho dòng họ Lê Đình.`,
    [e('tập thể', 1, 'trung ương', 'bằng khen')]],
  ['"một trong 3 cá nhân" refers back', `${HEAD}${LEAD}Hội nghị tuyên dương 3 cá nhân điển hình “Dân vận khéo” cấp huyện. Ông Nguyễn Văn Tư là một trong 3 cá nhân điển hình cấp huyện được tuyên dương.`, [e('cá nhân', 3, 'huyện', 'điển hình')]],
];

describe('awards: earlier honours of the article', () => {
  it('keeps one told with its full date in the year before the event, its run-up', () => {
    const text = 'Tổng kết công tác phòng chống thiên tai\n\nNgày 5/1/2024, UBND tỉnh tổng kết công tác phòng chống thiên tai năm 2023. Trước đó, ngày 20/12/2023, UBND tỉnh đã khen thưởng đột xuất 6 cá nhân dũng cảm cứu người trong lũ.';
    expect(awardsOf(text)).toEqual([e('cá nhân', 6, 'tỉnh', 'khen thưởng')]);
  });
  it('keeps an untyped count of another ceremony that sentences before it happen to sum', () => {
    const text = `${HEAD}${LEAD}UBND xã tặng Giấy khen cho 7 hộ gia đình văn hóa.\n\nChiều cùng ngày, thôn B tổ chức Ngày hội. Ủy ban MTTQ xã tặng Giấy khen cho 5 gia đình. Nhiều hộ đã hiến đất làm đường.\n\nTrước đó, ngày 4-10, Đảng ủy xã tổ chức hội nghị tuyên dương 12 điển hình “Dân vận khéo”.`;
    expect(awardsOf(text)).toEqual([e('gia đình', 7, 'xã', 'giấy khen'), e('gia đình', 5, 'xã', 'giấy khen'), e(null, 12, 'xã', 'điển hình')]);
  });
});

describe('awards: a fact told twice is one entry', () => {
  it.each(TOLD_TWICE)('%s', (_why, text, expected) => {
    expect(awardsOf(text)).toEqual(expected);
  });
});

describe('awards: forms', () => {
  it.each(FORMS)('%s', (sentence, expected) => {
    expect(awardsOf(`${HEAD}${LEAD}${sentence}`)).toEqual(expected);
  });
});

describe('awards: negative corpus', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(awardsOf(`${HEAD}${LEAD}${sentence}`)).toEqual([]);
  });
});
