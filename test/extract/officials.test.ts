// Officials, Duckling style: every way of writing a person with positions → { name, titles },
// and phrases that name no official → none. Snippets are short invented reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

interface Person { name: string; titles: string[] }

const officialsOf = (text: string): Person[] =>
  extract(text, { file: 't.txt' }).officials.map(({ name, titles }) => ({ name, titles }));

const HEAD = 'Huyện Tân Phú tuyên dương điển hình “Dân vận khéo”\n\n';
const LEAD = 'Ngày 12/10/2023, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương điển hình “Dân vận khéo” năm 2023. ';

const FORMS: Array<[string, Person[]]> = [
  // associations named in lowercase words after their first, a slash among them
  ['Dự có bà Chu Thị Mến, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh; ông Sùng Chảo, Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện.', [{ name: 'Chu Thị Mến', titles: ['Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh'] }, { name: 'Sùng Chảo', titles: ['Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện'] }]],
  // a board's purpose in lowercase right after its head's "ban", "và" inside it, to its tier
  ['Dự có ông Vi Văn Thoòng, Phó Trưởng Ban chỉ đạo chăm sóc và bảo vệ rừng huyện; bà Chu Thị Mến, Trưởng Ban vận động cứu trợ tỉnh.', [{ name: 'Vi Văn Thoòng', titles: ['Phó Trưởng Ban chỉ đạo chăm sóc và bảo vệ rừng huyện'] }, { name: 'Chu Thị Mến', titles: ['Trưởng Ban vận động cứu trợ tỉnh'] }]],
  // a title after "của" or "Theo", its holder addressed between commas right after it
  ['Báo cáo của Chủ tịch Hội Nông dân huyện, ông Lê Văn Tám, cho biết toàn huyện có 320 hội viên.', [{ name: 'Lê Văn Tám', titles: ['Chủ tịch Hội Nông dân huyện'] }]],
  ['Theo Trưởng Công an xã, ông Vi Văn Thoòng, năm qua xã không có điểm nóng.', [{ name: 'Vi Văn Thoòng', titles: ['Trưởng Công an xã'] }]],
  // "Kỷ" ends a given name unless the word it opens follows ("Kỷ niệm chương")
  ['Dự có Thượng úy Vi Văn Kỷ, Đội trưởng Đội vận động quần chúng, Đồn Biên phòng Pa Lìn.', [{ name: 'Vi Văn Kỷ', titles: ['Thượng úy', 'Đội trưởng Đội vận động quần chúng, Đồn Biên phòng Pa Lìn'] }]],
  // the head of a forest rangers' station
  ['Dự khai mạc có ông Lê Văn Tám, Hạt trưởng Hạt Kiểm lâm huyện; ông Vi Văn Thoòng, Hạt phó Hạt Quản lý đê Pa Lìn.', [{ name: 'Lê Văn Tám', titles: ['Hạt trưởng Hạt Kiểm lâm huyện'] }, { name: 'Vi Văn Thoòng', titles: ['Hạt phó Hạt Quản lý đê Pa Lìn'] }]],
  // a field's pair capitalized ("Hậu cần"); a comma inside a board's purpose; a central body or a
  // national agency after a comma
  ['Cùng nhóm có Thượng úy Vi Văn Thoòng, Trợ lý Hậu cần Ban CHQS huyện Pa Lìn, với 33 lần.', [{ name: 'Vi Văn Thoòng', titles: ['Thượng úy', 'Trợ lý Hậu cần Ban CHQS huyện Pa Lìn'] }]],
  ['Dự có ông Lê Văn Tám, Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh; ông Vi Văn Thoòng, Trưởng Ban Công tác xã hội, Trung ương Hội Chữ thập đỏ Việt Nam; bà Chu Thị Mến, Vụ trưởng Vụ Thi đua – Khen thưởng, BHXH Việt Nam.', [{ name: 'Lê Văn Tám', titles: ['Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh'] }, { name: 'Vi Văn Thoòng', titles: ['Trưởng Ban Công tác xã hội, Trung ương Hội Chữ thập đỏ Việt Nam'] }, { name: 'Chu Thị Mến', titles: ['Vụ trưởng Vụ Thi đua – Khen thưởng, BHXH Việt Nam'] }]],
  // the zones a board or a union serves, in lowercase up to its tier; a programme's capitalized
  // "Chương trình"; where a branch sits; a national body after a comma
  ['Tiếp đoàn có ông Vi Văn Thoòng, Trưởng Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh; bà Chu Thị Mến, Chủ tịch Công đoàn các khu công nghiệp tỉnh.', [{ name: 'Vi Văn Thoòng', titles: ['Trưởng Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh'] }, { name: 'Chu Thị Mến', titles: ['Chủ tịch Công đoàn các khu công nghiệp tỉnh'] }]],
  ['Dự có ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Chương trình OCOP tỉnh; bà Chu Thị Mến, Phó Giám đốc Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam tại Hải Phòng.', [{ name: 'Lê Văn Tám', titles: ['Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ đạo Chương trình OCOP tỉnh'] }, { name: 'Chu Thị Mến', titles: ['Phó Giám đốc Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam tại Hải Phòng'] }]],
  ['Dự hội nghị có bà Chu Thị Mến, Phó Trưởng ban Chính sách – Pháp luật, Liên minh HTX Việt Nam; lãnh đạo các sở, ngành.', [{ name: 'Chu Thị Mến', titles: ['Phó Trưởng ban Chính sách – Pháp luật, Liên minh HTX Việt Nam'] }]],
  // "các chương trình" goes on a steering board's lowercase purpose
  ['Dự có ông Vi Văn Thoòng, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện; bà Chu Thị Mến, Chủ tịch Hội LHPN huyện.', [{ name: 'Vi Văn Thoòng', titles: ['Phó Chủ tịch UBND huyện', 'Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện'] }, { name: 'Chu Thị Mến', titles: ['Chủ tịch Hội LHPN huyện'] }]],
  // the bodies of 2025: the party committee of the party's bodies, the special zone
  ['Dự có đồng chí Vi Thị Mến, Bí thư Đảng ủy các cơ quan Đảng tỉnh; ông Lê Văn Tám, Bí thư Đảng ủy đặc khu, Chủ tịch HĐND đặc khu.', [{ name: 'Vi Thị Mến', titles: ['Bí thư Đảng ủy các cơ quan Đảng tỉnh'] }, { name: 'Lê Văn Tám', titles: ['Bí thư Đảng ủy đặc khu', 'Chủ tịch HĐND đặc khu'] }]],
  // "Phố" ends a given name before a comma or a lowercase word (not in "Thành Phố Hồ Chí Minh")
  ['Dự có ông Trần Văn Phố, Phó Chủ tịch UBND phường Khe Vạc và bà Chu Thị Mến, Chủ tịch Hội LHPN Thành Phố Hồ Chí Minh.', [{ name: 'Trần Văn Phố', titles: ['Phó Chủ tịch UBND phường Khe Vạc'] }, { name: 'Chu Thị Mến', titles: ['Chủ tịch Hội LHPN Thành Phố Hồ Chí Minh'] }]],
  // "Trực" ends a given name
  ['Đại tá Vi Minh Trực, Phó Giám đốc Công an tỉnh Khe Vạc, dự và phát biểu.', [{ name: 'Vi Minh Trực', titles: ['Đại tá', 'Phó Giám đốc Công an tỉnh Khe Vạc'] }]],
  // a family name of the Cơ Tu starts the name a rank and a post stand around
  ['Thượng úy Hốih Lìn, Trợ lý Tuyên huấn Ban CHQS huyện, người Cơ Tu, cho biết anh và đồng đội thường ở lại nhà dân.', [{ name: 'Hốih Lìn', titles: ['Thượng úy', 'Trợ lý Tuyên huấn Ban CHQS huyện'] }]],
  // the body a department belongs to, after a comma, named by its tier word alone, stays with the title
  ['Dự có Trung tá Vi Văn Thoòng, Phó Trưởng phòng Tham mưu, Công an tỉnh; ông Lầu A Giống, Chủ tịch UBND xã Khe Vạc.', [{ name: 'Vi Văn Thoòng', titles: ['Trung tá', 'Phó Trưởng phòng Tham mưu, Công an tỉnh'] }, { name: 'Lầu A Giống', titles: ['Chủ tịch UBND xã Khe Vạc'] }]],
  // a title someone acts for by order ("Thừa lệnh") is not theirs
  ['Thừa lệnh Chủ tịch nước, Đại tá Vi Văn Thoòng trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Công an huyện.', [{ name: 'Vi Văn Thoòng', titles: ['Đại tá'] }]],
  // a title ends before "và" and a household by its head, and before "thông tin về" (telling)
  ['Trong số đó có hộ ông Vi Văn Thoòng, Tổ trưởng tổ dân phố số 7 và hộ bà Chu Thị Mến, người nhiều năm đi từng nhà vận động.', [{ name: 'Vi Văn Thoòng', titles: ['Tổ trưởng tổ dân phố số 7'] }]],
  ['Tại Hội thánh, đoàn được Mục sư Vi Văn Thoòng, Quản nhiệm Hội thánh Tin Lành Khe Vạc thông tin về hoạt động của hội thánh.', [{ name: 'Vi Văn Thoòng', titles: ['Quản nhiệm Hội thánh Tin Lành Khe Vạc'] }]],
  // "Sư cả chùa …" after a name is a post (before a name, "Sư cả" is a form of address)
  ['Dự có Hòa thượng Thạch Pa Lìn, Sư cả chùa Khe Vạc, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; Sư cả Thạch Sóc, Trụ trì chùa Sùng Chảo.', [{ name: 'Thạch Pa Lìn', titles: ['Sư cả chùa Khe Vạc', 'Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh'] }, { name: 'Thạch Sóc', titles: ['Trụ trì chùa Sùng Chảo'] }]],
  // "Trị" ends a name ("Ban Trị sự" is no name)
  ['Thiếu tá Vi Quốc Trị, Đồn trưởng Đồn Biên phòng Khe Vạc, cho biết năm 2017 đơn vị đã phối hợp với xã.', [{ name: 'Vi Quốc Trị', titles: ['Thiếu tá', 'Đồn trưởng Đồn Biên phòng Khe Vạc'] }]],
  // a comma inside a phrase of the body's name does not end the title
  ['Dự có ông Vi Văn Thoòng, Phó Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế); ông Lầu A Giống, Tổ trưởng Tổ bảo vệ an ninh, trật tự.', [{ name: 'Vi Văn Thoòng', titles: ['Phó Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế)'] }, { name: 'Lầu A Giống', titles: ['Tổ trưởng Tổ bảo vệ an ninh, trật tự'] }]],
  // "và" then a bare name with titles of its own after a comma: a second person
  ['Dự có bà Chu Thị Mến, Chủ tịch Hội LHPN quận và Vi Tấn Thoòng, Bí thư Đảng ủy phường Pa Lìn.', [{ name: 'Chu Thị Mến', titles: ['Chủ tịch Hội LHPN quận'] }, { name: 'Vi Tấn Thoòng', titles: ['Bí thư Đảng ủy phường Pa Lìn'] }]],
  // a lowercase post over a lowercase unit named by its work
  ['Đại úy Vi Văn Thoòng, đội trưởng đội vận động quần chúng, gần 8 năm bám ấp Khe Vạc.', [{ name: 'Vi Văn Thoòng', titles: ['Đại úy', 'đội trưởng đội vận động quần chúng'] }]],
  // a Jrai name that ends with "Ban" before a comma (elsewhere "Ban" opens a board's name)
  ['Về phía huyện có các đồng chí: Rah Lan Thoòng, Phó Bí thư Huyện ủy; Siu Ban, Phó Chủ tịch UBND huyện cùng đại diện Ban Dân vận Huyện ủy.', [{ name: 'Rah Lan Thoòng', titles: ['Phó Bí thư Huyện ủy'] }, { name: 'Siu Ban', titles: ['Phó Chủ tịch UBND huyện'] }]],
  // the position held, then the one the person is elected to after a comma: both are titles
  ['Ông Vi Văn Thoòng, Phó Trưởng phòng Giáo dục và Đào tạo huyện, được tín nhiệm bầu làm Chủ tịch Hội Khuyến học huyện Khe Vạc.', [{ name: 'Vi Văn Thoòng', titles: ['Phó Trưởng phòng Giáo dục và Đào tạo huyện', 'Chủ tịch Hội Khuyến học huyện Khe Vạc'] }]],
  // a body's purpose in lowercase runs to its tier, closed by "và" and the next guests in lowercase
  ['Cùng dự có ông Vi Văn Thoòng, Chủ tịch Hội Cựu thanh niên xung phong tỉnh và lãnh đạo Ban Dân vận các huyện.', [{ name: 'Vi Văn Thoòng', titles: ['Chủ tịch Hội Cựu thanh niên xung phong tỉnh'] }]],
  // a place that holds a family name, written with its word elsewhere, is no person after a title
  ['Đảng ủy xã Pa Lìn Lê Khánh tổ chức hội nghị. Dịp này, Đồn trưởng Đồn Biên phòng Pa Lìn Lê Khánh cũng khen thưởng 6 cán bộ, chiến sĩ.', []],
  // two addressed alike, then a comma and a position: the first, with no position of its own, shares it
  ['Đến dự có ông Vi Văn Thoòng và ông Lầu A Giống, Phó Chủ tịch Hội CCB tỉnh.', [{ name: 'Vi Văn Thoòng', titles: ['Phó Chủ tịch Hội CCB tỉnh'] }, { name: 'Lầu A Giống', titles: ['Phó Chủ tịch Hội CCB tỉnh'] }]],
  ['Đến dự có Trung tá Vi Văn Thoòng và Trung tá Lầu A Giống, Phó Trưởng Công an huyện.', [{ name: 'Vi Văn Thoòng', titles: ['Trung tá', 'Phó Trưởng Công an huyện'] }, { name: 'Lầu A Giống', titles: ['Trung tá', 'Phó Trưởng Công an huyện'] }]],
  // … not one the article gives a position of its own, nor one addressed otherwise
  ['Dự có ông Vi Văn Thoòng, Chủ tịch Hội CCB tỉnh. Ông Lê Văn Tám trao Kỷ niệm chương cho ông Vi Văn Thoòng và ông Lầu A Giống, nguyên Phó Chủ tịch Hội CCB tỉnh.', [{ name: 'Vi Văn Thoòng', titles: ['Chủ tịch Hội CCB tỉnh'] }, { name: 'Lầu A Giống', titles: ['nguyên Phó Chủ tịch Hội CCB tỉnh'] }]],
  ['Đến dự có bà Chu Thị Mến và ông Lầu A Giống, Trưởng khu phố 3.', [{ name: 'Lầu A Giống', titles: ['Trưởng khu phố 3'] }]],
  // official.name-title: titles after the name, split at commas
  ['Đến dự có Trần Văn Hùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.', [{ name: 'Trần Văn Hùng', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] }]],
  ['Tham dự hội nghị có đồng chí Trần Văn Hùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.', [{ name: 'Trần Văn Hùng', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] }]],
  ['Tham dự hội nghị có đồng chí Trần Văn Hùng - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.', [{ name: 'Trần Văn Hùng', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] }]],
  ['Tham dự hội nghị có đồng chí Trần Văn Hùng (Phó Bí thư Huyện ủy).', [{ name: 'Trần Văn Hùng', titles: ['Phó Bí thư Huyện ủy'] }]],
  // official.title-name: the title before the name
  ['Phó Bí thư Tỉnh ủy Lê Thị Mai phát biểu chỉ đạo hội nghị.', [{ name: 'Lê Thị Mai', titles: ['Phó Bí thư Tỉnh ủy'] }]],
  ['Phát biểu chỉ đạo hội nghị, Phó Bí thư Tỉnh ủy Lê Thị Mai đề nghị các cấp ủy tiếp tục phát huy phong trào.', [{ name: 'Lê Thị Mai', titles: ['Phó Bí thư Tỉnh ủy'] }]],
  ['Chủ tịch UBND huyện, ông Phạm Minh Tuấn trao Giấy khen cho các tập thể.', [{ name: 'Phạm Minh Tuấn', titles: ['Chủ tịch UBND huyện'] }]],
  // a name of the Central Highlands right after the place word that ends the title
  ["Phó Chủ tịch UBND tỉnh H'Nhi Ayun thăm gian trưng bày của các hợp tác xã.", [{ name: "H'Nhi Ayun", titles: ['Phó Chủ tịch UBND tỉnh'] }]],
  ["Chủ tịch UBND huyện K'Bơ Lan trao Giấy khen cho các tập thể.", [{ name: "K'Bơ Lan", titles: ['Chủ tịch UBND huyện'] }]],
  // a Chăm name of five words, its family name two and its middle name third
  ['Dự hội nghị có bà Báo Hiền Thị Thu Nga, Phó Trưởng ban Dân tộc tỉnh; ông Trượng Văn Sa, Chủ tịch UBND xã.', [{ name: 'Báo Hiền Thị Thu Nga', titles: ['Phó Trưởng ban Dân tộc tỉnh'] }, { name: 'Trượng Văn Sa', titles: ['Chủ tịch UBND xã'] }]],
  // the sentence's full stop on an abbreviation that ends the title is not the title's
  ['Đến dự có bà Lê Thị Thu, Phó Chủ tịch Hội Khuyến học TP.HCM.', [{ name: 'Lê Thị Thu', titles: ['Phó Chủ tịch Hội Khuyến học TP.HCM'] }]],
  // a title ends before a verb whose second syllable is a stop word ("ôn lại", "thừa nhận")
  ['Bà Lê Thị Gấm, Trưởng ban Công tác Mặt trận thôn Hạ Vũ ôn lại truyền thống của Mặt trận.', [{ name: 'Lê Thị Gấm', titles: ['Trưởng ban Công tác Mặt trận thôn Hạ Vũ'] }]],
  ['Chị Đặng Thu Hà, Phó Bí thư Tỉnh Đoàn thừa nhận còn nhiều khó khăn.', [{ name: 'Đặng Thu Hà', titles: ['Phó Bí thư Tỉnh Đoàn'] }]],
  ['Thầy Mạc Văn Tiến, Hiệu trưởng nhà trường phát động đợt thi đua mới.', [{ name: 'Mạc Văn Tiến', titles: ['Hiệu trưởng nhà trường'] }]],
  // boards named in lowercase words: a contest's organisers, a case's investigators, a police department
  ['Ông Lò Văn Pản, Trưởng ban tổ chức hội thao cho biết giải diễn ra trong ba ngày.', [{ name: 'Lò Văn Pản', titles: ['Trưởng ban tổ chức hội thao'] }]],
  ['Đại tá Hà Văn Lực, Phó Giám đốc Công an tỉnh kiêm Trưởng Ban chuyên án dự buổi lễ.', [{ name: 'Hà Văn Lực', titles: ['Đại tá', 'Phó Giám đốc Công an tỉnh', 'Trưởng Ban chuyên án'] }]],
  ['Thượng tá Vi Văn Toàn, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy cho biết thêm.', [{ name: 'Vi Văn Toàn', titles: ['Thượng tá', 'Trưởng phòng Cảnh sát điều tra tội phạm về ma túy'] }]],
  // the parents' board of a school, its name all lowercase words
  ['Đến dự có bà Đoàn Thị Lựu, Trưởng Ban đại diện cha mẹ học sinh trường.', [{ name: 'Đoàn Thị Lựu', titles: ['Trưởng Ban đại diện cha mẹ học sinh trường'] }]],
  // a military rank is a title, on either side of the name
  ['Đại tá Lê Quang Vinh, Phó Giám đốc Công an tỉnh, dự hội nghị.', [{ name: 'Lê Quang Vinh', titles: ['Đại tá', 'Phó Giám đốc Công an tỉnh'] }]],
  // honorifics are not part of the name
  ['Tham dự có ông Nguyễn Văn Bình, Bí thư Đảng ủy xã Tân Hòa.', [{ name: 'Nguyễn Văn Bình', titles: ['Bí thư Đảng ủy xã Tân Hòa'] }]],
  ['Tham dự có bà Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ huyện.', [{ name: 'Lê Thị Hoa', titles: ['Chủ tịch Hội Liên hiệp Phụ nữ huyện'] }]],
  ['Tham dự có đồng chí Phạm Văn Nam, Trưởng Ban Dân vận Huyện ủy.', [{ name: 'Phạm Văn Nam', titles: ['Trưởng Ban Dân vận Huyện ủy'] }]],
  ['Tham dự có đ/c Võ Thị Lan, Phó Chủ tịch UBND xã Tân Hòa.', [{ name: 'Võ Thị Lan', titles: ['Phó Chủ tịch UBND xã Tân Hòa'] }]],
  // a veteran named as such before the name: the tag is no part of the name nor a title
  ['Cá nhân được tặng Bằng khen là CCB Trịnh Văn Lực, Chi hội trưởng Chi hội CCB thôn Đông Hạ, xã Minh Tiến.', [{ name: 'Trịnh Văn Lực', titles: ['Chi hội trưởng Chi hội CCB thôn Đông Hạ, xã Minh Tiến'] }]],
  ['Phát biểu tại buổi lễ, cựu chiến binh Lò Văn Pấng, Bí thư Chi bộ bản Nà Lạn, cảm ơn sự quan tâm của huyện.', [{ name: 'Lò Văn Pấng', titles: ['Bí thư Chi bộ bản Nà Lạn'] }]],
  ['Tham dự có Thượng tọa Thích Minh Quang, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện.', [{ name: 'Thích Minh Quang', titles: ['Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện'] }]],
  ['Tham dự có Hòa thượng Thích Thiện Tâm, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.', [{ name: 'Thích Thiện Tâm', titles: ['Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh'] }]],
  // a body's purpose in lowercase words may hold a noun the press always capitalizes
  ['Dự có đồng chí Hà Minh Tuấn, Phó Trưởng ban Thường trực Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc huyện.', [{ name: 'Hà Minh Tuấn', titles: ['Phó Trưởng ban Thường trực Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc huyện'] }]],
  ['Dự có Thượng tá Vũ Đình Khang, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an.', [{ name: 'Vũ Đình Khang', titles: ['Thượng tá', 'Phó Cục trưởng Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an'] }]],
  // a police office after a comma qualifies the title; a lowercase "phòng" (preventing) does not
  ['Khen thưởng Trung tá Đỗ Văn Lừng, Đội trưởng Đội 3, Phòng PC02 Công an tỉnh.', [{ name: 'Đỗ Văn Lừng', titles: ['Trung tá', 'Đội trưởng Đội 3, Phòng PC02 Công an tỉnh'] }]],
  ['Ông Lê Văn Tâm, Giám đốc Trung tâm Y tế huyện, phòng chống COVID-19 hiệu quả.', [{ name: 'Lê Văn Tâm', titles: ['Giám đốc Trung tâm Y tế huyện'] }]],
  // a police unit named for two duties joined by a dash, the second in lowercase
  ['Dự có Thiếu tá Đinh Công Hậu, Đội trưởng Đội Cảnh sát giao thông - trật tự Công an huyện.', [{ name: 'Đinh Công Hậu', titles: ['Thiếu tá', 'Đội trưởng Đội Cảnh sát giao thông - trật tự Công an huyện'] }]],
  // abbreviations are kept as written
  ['Tham dự có đồng chí Nguyễn Văn Minh, UVBTV, Trưởng Ban Dân vận Tỉnh ủy.', [{ name: 'Nguyễn Văn Minh', titles: ['UVBTV', 'Trưởng Ban Dân vận Tỉnh ủy'] }]],
  ['Tham dự có đồng chí Trần Thị Hạnh, TUV, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.', [{ name: 'Trần Thị Hạnh', titles: ['TUV', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] }]],
  // a place that qualifies the title before it stays with it
  ['Tham dự có bà Nguyễn Thị Lụa, Trưởng ban Công tác Mặt trận ấp 3, xã Tân Phú.', [{ name: 'Nguyễn Thị Lụa', titles: ['Trưởng ban Công tác Mặt trận ấp 3, xã Tân Phú'] }]],
  // a commune whose name opens with a family name, after a person already named
  ['"Dân nói đúng thì mình sửa", ông Lò Văn Khiêm, Bí thư Đảng ủy xã Hà Quang Trung nói.', [{ name: 'Lò Văn Khiêm', titles: ['Bí thư Đảng ủy xã Hà Quang Trung'] }]],
  // … but a list of "Title Name, Title Name" keeps both people
  ['Dự có Bí thư Huyện ủy Mường Tè Giàng A Lử, Phó Chủ tịch UBND huyện Sùng Thị Mai.', [{ name: 'Giàng A Lử', titles: ['Bí thư Huyện ủy Mường Tè'] }, { name: 'Sùng Thị Mai', titles: ['Phó Chủ tịch UBND huyện'] }]],
  // a board named by the head, its purpose and its place after it
  ['Ông Đỗ Minh Hiếu, Trưởng Ban Chỉ đạo giải phóng mặt bằng huyện Gia Thạnh cho biết dự án đã xong.', [{ name: 'Đỗ Minh Hiếu', titles: ['Trưởng Ban Chỉ đạo giải phóng mặt bằng huyện Gia Thạnh'] }]],
  ['Trưởng ban Chỉ đạo giải phóng mặt bằng huyện Lê Quốc Bảo cho biết dự án đã xong.', [{ name: 'Lê Quốc Bảo', titles: ['Trưởng ban Chỉ đạo giải phóng mặt bằng huyện'] }]],
  // family names of the mountain peoples after a title shared by a list
  ['Dự có các Phó Bí thư Huyện ủy Lù Văn Inh, Hờ Thị Máy cùng lãnh đạo các ban.', [{ name: 'Lù Văn Inh', titles: ['Phó Bí thư Huyện ủy'] }, { name: 'Hờ Thị Máy', titles: ['Phó Bí thư Huyện ủy'] }]],
  // the elder presiding over a Sangha's board holds an office; the verb "chứng minh" is none
  ['Dự có Hòa thượng Thích Thiện Đức, Chứng minh Ban Trị sự GHPGVN huyện.', [{ name: 'Thích Thiện Đức', titles: ['Chứng minh Ban Trị sự GHPGVN huyện'] }]],
  ['Ông Lê Văn Tám, chứng minh rằng mô hình có hiệu quả.', []],
  // a commander named by his unit
  ['Thượng tá Hà Văn Tuân, Trung đoàn trưởng tặng Giấy khen cho các tập thể.', [{ name: 'Hà Văn Tuân', titles: ['Thượng tá', 'Trung đoàn trưởng'] }]],
  ['Chủ tịch Hội Nông dân tỉnh Vì Văn Pọm cho biết: "Bà con đã biết làm ăn".', [{ name: 'Vì Văn Pọm', titles: ['Chủ tịch Hội Nông dân tỉnh'] }]],
  // the office of a Cham Muslim community's head is a title
  ['Dự có ông Ly Sa Mát, Hakim thánh đường Al-Ehsan ấp Kênh Đào phát biểu.', [{ name: 'Ly Sa Mát', titles: ['Hakim thánh đường Al-Ehsan ấp Kênh Đào'] }]],
  // "kiêm" after an office named by its head and a capitalized field: two positions
  ['Bà Lò Thị Xuân, Trưởng Phòng Tư pháp kiêm Phó Trưởng ban Tiếp công dân huyện, phát biểu.', [{ name: 'Lò Thị Xuân', titles: ['Trưởng Phòng Tư pháp', 'Phó Trưởng ban Tiếp công dân huyện'] }]],
  // an office named by a capitalized field and lowercase words, a second field after "và", its ministry after a comma
  ['Dự có Đại tá Vương Văn Kiên, Cục trưởng Cục Cảnh sát giao thông, Bộ Công an.', [{ name: 'Vương Văn Kiên', titles: ['Đại tá', 'Cục trưởng Cục Cảnh sát giao thông, Bộ Công an'] }]],
  ['Dự có Thiếu tướng Mai Hữu Định, Phó Cục trưởng Cục Dân vận và công tác quần chúng, Tổng cục Chính trị.', [{ name: 'Mai Hữu Định', titles: ['Thiếu tướng', 'Phó Cục trưởng Cục Dân vận và công tác quần chúng, Tổng cục Chính trị'] }]],
  // a board named by its head, its purpose in lowercase up to the comma
  ['Ông Tòng Văn Pấng, Phó Trưởng ban Chỉ đạo diễn tập phòng thủ, kiểm tra công tác hậu cần.', [{ name: 'Tòng Văn Pấng', titles: ['Phó Trưởng ban Chỉ đạo diễn tập phòng thủ'] }]],
  // but the people present after "và" are no second field
  ['Dự có ông Tạ Văn Lâm, Trưởng ban Tổ chức tỉnh và nhiều đại biểu.', [{ name: 'Tạ Văn Lâm', titles: ['Trưởng ban Tổ chức tỉnh'] }]],
  // a former office before any head, a deputy's too, in lowercase after a present one
  ['Dự có Đại tá Lục Văn Sềnh, Chủ tịch Hội CCB tỉnh, nguyên Phó Chính ủy Bộ CHQS tỉnh.', [{ name: 'Lục Văn Sềnh', titles: ['Đại tá', 'Chủ tịch Hội CCB tỉnh', 'nguyên Phó Chính ủy Bộ CHQS tỉnh'] }]],
  // "đồng chủ trì" (chairing together) is the sentence's verb, no word of the body
  ['Đại tá Lò Văn Hặc, Chính ủy Bộ CHQS tỉnh đồng chủ trì hội nghị.', [{ name: 'Lò Văn Hặc', titles: ['Đại tá', 'Chính ủy Bộ CHQS tỉnh'] }]],
  // militia and commune police posts
  ['Anh Hà Văn Sủng, Công an viên xã Pà Cò, kể lại đêm truy bắt.', [{ name: 'Hà Văn Sủng', titles: ['Công an viên xã Pà Cò'] }]],
  ['Chị Lường Thị Xiêm, Trung đội trưởng dân quân xã Nà Ớt, phát biểu.', [{ name: 'Lường Thị Xiêm', titles: ['Trung đội trưởng dân quân xã Nà Ớt'] }]],
  // the holder after "là", addressed by a state honour
  ['Trưởng ban Giám khảo là Nghệ nhân Ưu tú Y Bhăm Ktla.', [{ name: 'Y Bhăm Ktla', titles: ['Trưởng ban Giám khảo'] }]],
  // the position someone is elected or appointed to
  ['Đại hội đã bầu ông Trịnh Công Lạng làm Chủ tịch Hội Cựu giáo chức huyện khóa IV.', [{ name: 'Trịnh Công Lạng', titles: ['Chủ tịch Hội Cựu giáo chức huyện khóa IV'] }]],
  ['UBND tỉnh bổ nhiệm bà Mai Thị Lựu giữ chức Phó Giám đốc Sở Tư pháp.', [{ name: 'Mai Thị Lựu', titles: ['Phó Giám đốc Sở Tư pháp'] }]],
  // the position told after the name with "là", or given in the passive
  ['Ông Y Klưm Niê là Chi hội trưởng Chi hội Khuyến học buôn Kô Sia.', [{ name: 'Y Klưm Niê', titles: ['Chi hội trưởng Chi hội Khuyến học buôn Kô Sia'] }]],
  ['Bà Đào Thị Lựu hiện là Trưởng ban Công tác Mặt trận khu dân cư số 4.', [{ name: 'Đào Thị Lựu', titles: ['Trưởng ban Công tác Mặt trận khu dân cư số 4'] }]],
  ['Ông Rơ Châm Hlinh được bầu làm Chủ tịch Hội Cựu chiến binh xã khóa V.', [{ name: 'Rơ Châm Hlinh', titles: ['Chủ tịch Hội Cựu chiến binh xã khóa V'] }]],
  ['Bà Tạ Thị Nhàn được bổ nhiệm giữ chức Phó Giám đốc Trung tâm Y tế huyện.', [{ name: 'Tạ Thị Nhàn', titles: ['Phó Giám đốc Trung tâm Y tế huyện'] }]],
  // the titles in the next sentence, after a bare form of address standing for the person
  ['Cùng dự còn có bà Hà Thị Mến. Bà hiện là Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Dân vận Huyện ủy.', [{ name: 'Hà Thị Mến', titles: ['Ủy viên Ban Thường vụ Huyện ủy', 'Trưởng ban Dân vận Huyện ủy'] }]],
  ['Điều hành buổi đối thoại là anh Khúc Văn Toản. Anh là Chủ tịch Công đoàn cơ sở nhà máy.', [{ name: 'Khúc Văn Toản', titles: ['Chủ tịch Công đoàn cơ sở nhà máy'] }]],
  // a family name not in the lexicon, in a list of "Name, Title; Name, Title"
  ['Dự có các đồng chí: Hồ Văn Lâm, Bí thư Huyện ủy; Bhling Mia, Phó Bí thư Thường trực Huyện ủy; Lê Văn Quý, Chủ tịch UBND huyện.', [
    { name: 'Hồ Văn Lâm', titles: ['Bí thư Huyện ủy'] },
    { name: 'Bhling Mia', titles: ['Phó Bí thư Thường trực Huyện ủy'] },
    { name: 'Lê Văn Quý', titles: ['Chủ tịch UBND huyện'] },
  ]],
  // the workplace named in lowercase after the body
  ['Anh Đỗ Văn Khiêm, Chủ tịch Công đoàn cơ sở nhà máy phát biểu tại hội nghị.', [{ name: 'Đỗ Văn Khiêm', titles: ['Chủ tịch Công đoàn cơ sở nhà máy'] }]],
  // a given name that opens words of bodies elsewhere ("Chính phủ")
  ['Thầy Hoàng Văn Phủ, Hiệu trưởng Trường Tiểu học Nậm Ty, cho biết nhiều em đã đi học lại.', [{ name: 'Hoàng Văn Phủ', titles: ['Hiệu trưởng Trường Tiểu học Nậm Ty'] }]],
  // the dignitaries of the Cham Muslims, their forms of address dropped
  ['Haji Ma Ri Dah, Trưởng Ban Đại diện Cộng đồng Hồi giáo huyện, chia sẻ: bà con tin cán bộ.', [{ name: 'Ma Ri Dah', titles: ['Trưởng Ban Đại diện Cộng đồng Hồi giáo huyện'] }]],
  ['Dự lễ có Hakim Sa Ly Man, Trưởng Ban quản trị thánh đường Phum Soài.', [{ name: 'Sa Ly Man', titles: ['Trưởng Ban quản trị thánh đường Phum Soài'] }]],
  // the lay elder of a Khmer pagoda
  ['Ông Thạch Sô Phen, Achar chùa Prêk Kon, chia sẻ về cách vận động bà con.', [{ name: 'Thạch Sô Phen', titles: ['Achar chùa Prêk Kon'] }]],
  // the Cham Bà Ni clergy's lay master is addressed so, before the name: dropped
  ['Dự có Acar Vi Văn Thoòng, Phó Trưởng Ban Quản trị thánh đường Bà-ni thôn Khe Vạc.', [{ name: 'Vi Văn Thoòng', titles: ['Phó Trưởng Ban Quản trị thánh đường Bà-ni thôn Khe Vạc'] }]],
  // the jury of a contest, a bank's division; adverbs and verbs of oversight end a body's name
  ['Chấm thi có ông Đinh Công Lý, Phó Chủ tịch UBND xã, Trưởng ban giám khảo.', [{ name: 'Đinh Công Lý', titles: ['Phó Chủ tịch UBND xã', 'Trưởng ban giám khảo'] }]],
  ['Dự lễ có bà Hà Thu Trang, Giám đốc Khối Khách hàng doanh nghiệp cùng 200 cán bộ.', [{ name: 'Hà Thu Trang', titles: ['Giám đốc Khối Khách hàng doanh nghiệp'] }]],
  ['Ông Lê Văn An, Chủ tịch UBND xã hàng năm đều đến thăm các gia đình.', [{ name: 'Lê Văn An', titles: ['Chủ tịch UBND xã'] }]],
  ['Ông Lò Văn Chung, Trưởng Ban Dân vận Huyện ủy giám sát việc thực hiện quy chế dân chủ.', [{ name: 'Lò Văn Chung', titles: ['Trưởng Ban Dân vận Huyện ủy'] }]],
  // the officers of a commune's militia
  ['Chị Hà Thị Lan, Xã đội phó xã Nậm Khòa, người Tày duy nhất trong trung đội, kể chuyện.', [{ name: 'Hà Thị Lan', titles: ['Xã đội phó xã Nậm Khòa'] }]],
  ['Anh Lò Văn Tư, Chỉ huy phó Ban CHQS xã, kể chuyện.', [{ name: 'Lò Văn Tư', titles: ['Chỉ huy phó Ban CHQS xã'] }]],
  // "Đoàn" closing the youth union's body is no family name of the name after it
  ['Bí thư Trung ương Đoàn Nguyễn Bảo Châu trao bằng khen cho các đoàn viên.', [{ name: 'Nguyễn Bảo Châu', titles: ['Bí thư Trung ương Đoàn'] }]],
  ['Phó Bí thư Tỉnh Đoàn Đoàn Văn Hùng phát biểu.', [{ name: 'Đoàn Văn Hùng', titles: ['Phó Bí thư Tỉnh Đoàn'] }]],
  // a body's purpose up to its tier, then the verb of presenting a report
  ['Báo cáo do ông Hà Văn Lũy, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh trình bày cho biết nhiều điều.', [{ name: 'Hà Văn Lũy', titles: ['Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh'] }]],
  // a Cao Đài dignitary's rank is his form of address; the head of a community his title
  ['Đến dự có Giáo hữu Ngọc Minh Thanh, Đầu tộc Đạo huyện Tân Phong cùng đông đảo chức việc.', [{ name: 'Ngọc Minh Thanh', titles: ['Đầu tộc Đạo huyện Tân Phong'] }]],
  // lowercase words inside a body's name: a field ("dự phòng"), the coast guard, a purpose up to
  // its tier before a one-word verb; a verb of taking in ends the title
  ['Dự có ông Tạ Quang Vinh, Phó Cục trưởng Cục Y tế dự phòng, Bộ Y tế.', [{ name: 'Tạ Quang Vinh', titles: ['Phó Cục trưởng Cục Y tế dự phòng, Bộ Y tế'] }]],
  ['Tham dự có Đại tá Lã Văn Thiện, Tham mưu trưởng Vùng Cảnh sát biển 3.', [{ name: 'Lã Văn Thiện', titles: ['Đại tá', 'Tham mưu trưởng Vùng Cảnh sát biển 3'] }]],
  ['Bác sĩ Vũ Thị Hải Hà, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh kể, phòng xét nghiệm chạy liên tục.', [{ name: 'Vũ Thị Hải Hà', titles: ['Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh'] }]],
  ['Đại tá Lê Văn Bảng, Chính ủy Bộ CHQS tỉnh tiếp thu các ý kiến chỉ đạo.', [{ name: 'Lê Văn Bảng', titles: ['Đại tá', 'Chính ủy Bộ CHQS tỉnh'] }]],
  // a Jrai name after a title chain ends with a place word: a word opening with "H'" after a
  // family name names no place — but "Ia H'Drai" after "huyện" is a district
  ["Phát biểu kết luận, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Siu H'Bia đề nghị các xã đối thoại với dân.", [{ name: "Siu H'Bia", titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] }]],
  ["Ông Trần Văn Quế, Chủ tịch UBND huyện Ia H'Drai phát biểu.", [{ name: 'Trần Văn Quế', titles: ["Chủ tịch UBND huyện Ia H'Drai"] }]],
  // rows of a table written with pipes: number, name, position
  ['Danh sách như sau:\nSTT | Họ và tên | Chức vụ\n1 | Lý Thị Kim Sa | Trưởng ấp Bình An\n2 | Đỗ Văn Đực | tổ trưởng tổ tự quản số 4', [
    { name: 'Lý Thị Kim Sa', titles: ['Trưởng ấp Bình An'] },
    { name: 'Đỗ Văn Đực', titles: ['tổ trưởng tổ tự quản số 4'] },
  ]],
  // a second position after ", kiêm"
  ['Dự lễ có bà Kha Ngọc Diệp, Giám đốc Công ty TNHH Cơ khí Sông Hậu, kiêm Chủ tịch Công đoàn công ty.', [{ name: 'Kha Ngọc Diệp', titles: ['Giám đốc Công ty TNHH Cơ khí Sông Hậu', 'Chủ tịch Công đoàn công ty'] }]],
  // a place of three words after "huyện" read as a name, which another person's title shows to be the place
  ['Dự có ông Kiều Văn Lộc, Phó Chủ tịch UBND huyện Tùng Lâm Hạ. Chủ tịch UBND huyện Tùng Lâm Hạ tặng giấy khen cho 12 tập thể.', [{ name: 'Kiều Văn Lộc', titles: ['Phó Chủ tịch UBND huyện Tùng Lâm Hạ'] }]],
  // a people a body serves, inside its name; a nurse's degree before the name
  ['Tham dự có ông Hứa Chấn Phong, Trưởng Ban liên lạc người Hoa thị trấn Long Phú cùng bà con các ấp.', [{ name: 'Hứa Chấn Phong', titles: ['Trưởng Ban liên lạc người Hoa thị trấn Long Phú'] }]],
  ['ĐD Lục Thị Mai, Điều dưỡng trưởng Khoa Nội, cho biết mỗi ca trực đều có người hướng dẫn.', [{ name: 'Lục Thị Mai', titles: ['Điều dưỡng trưởng Khoa Nội'] }]],
  // a typo with no space after the honorific
  ['Đồng chíNguyễn Văn Tư, Bí thư Xã ủy phát biểu tại hội nghị.', [{ name: 'Nguyễn Văn Tư', titles: ['Bí thư Xã ủy'] }]],
  ['Đồng chíNguyễn Văn Tư, Bí thư Xã ủy Tân An, phát biểu tại hội nghị.', [{ name: 'Nguyễn Văn Tư', titles: ['Bí thư Xã ủy Tân An'] }]],
  // the title ends where the verb begins
  ['Đồng chí Nguyễn Văn Tư, Bí thư Huyện ủy phát biểu tại hội nghị.', [{ name: 'Nguyễn Văn Tư', titles: ['Bí thư Huyện ủy'] }]],
  // a title before several names belongs to each
  ['Tham dự có các Phó Bí thư Huyện ủy: Nguyễn Văn An, Lê Thị Bích và Trần Quốc Cường.', [
    { name: 'Nguyễn Văn An', titles: ['Phó Bí thư Huyện ủy'] },
    { name: 'Lê Thị Bích', titles: ['Phó Bí thư Huyện ủy'] },
    { name: 'Trần Quốc Cường', titles: ['Phó Bí thư Huyện ủy'] },
  ]],
  // a parenthesis about a photo is not a title
  ['Đồng chí Trần Văn Hùng (thứ hai từ phải qua), Phó Bí thư Huyện ủy trao Giấy khen cho các tập thể.', [{ name: 'Trần Văn Hùng', titles: ['Phó Bí thư Huyện ủy'] }]],
  // a name whose last word reads as a word of the sentence ("Lễ trao …") is the name written whole elsewhere
  ['Tham dự có Thượng tá Phạm Quang Lễ, Chỉ huy trưởng Ban CHQS huyện. Thượng tá Phạm Quang Lễ trao giấy khen cho các cá nhân thuộc lực lượng vũ trang.', [{ name: 'Phạm Quang Lễ', titles: ['Thượng tá', 'Chỉ huy trưởng Ban CHQS huyện'] }]],
  // the titles a person gets anywhere are merged
  ['Tham dự có đồng chí Trần Văn Hùng, Phó Bí thư Huyện ủy. Phát biểu tại hội nghị, đồng chí Trần Văn Hùng, Chủ tịch UBND huyện đề nghị các xã tiếp tục nhân rộng mô hình.', [{ name: 'Trần Văn Hùng', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] }]],
];

const NEGATIVE: string[] = [
  // the office is what the sentence tells of, no one holds it here
  'Chủ tịch UBND xã là người rất gần dân.',
  // people named with no position
  'Gia đình bà Nguyễn Thị Hoa ở ấp 2 đã hiến 300 m² đất để mở rộng đường giao thông nông thôn.',
  'Ông Lê Văn Tám cho biết, nhờ sự vận động của cán bộ ấp, người dân đã đồng thuận hiến đất làm đường.',
  // Hồ Chí Minh quoted is not an official of the article
  'Thực hiện lời Chủ tịch Hồ Chí Minh đã dạy, cán bộ dân vận luôn gần dân, hiểu dân, học dân.',
  'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với phong trào “Dân vận khéo”.',
  // a title with no person
  'Chủ tịch UBND huyện đã ký quyết định khen thưởng các tập thể có thành tích xuất sắc.',
  // what a person is, but no position; elected into a body, not to a post
  'Ông Lê Văn Tám là người có uy tín trong ấp, luôn đi đầu trong các phong trào.',
  'Ông Lê Văn Tám được bầu vào Ban Chấp hành Hội Nông dân xã.',
  // a form of address with a position, but no one named in the sentence before
  'Hội nghị diễn ra trang trọng. Ông là Chủ tịch Hội Nông dân xã từ năm 2010.',
  // the title of the one acted for, not of the one who acts
  'Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Lê Văn Tám, trao Bằng khen cho 9 tập thể.',
];

describe('officials: forms', () => {
  it.each(FORMS)('%s', (sentence, expected) => {
    expect(officialsOf(`${HEAD}${LEAD}${sentence}`)).toEqual(expected);
  });
});

describe('officials: negative corpus', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(officialsOf(`${HEAD}${LEAD}${sentence}`)).toEqual([]);
  });
});
