// Person mentions (src/extract/official/mentions.ts), Duckling style, beyond the basic forms
// of mentions.test.ts: honorifics between a title and a name, titles someone acts for, one
// title shared by a list of names, photo notes, and evidence offsets. Each sentence → every
// mention in it: [name, titles, rule].
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/official/mentions.js';

type M = [string, string[], string];
const mentionsOf = (sentence: string): M[] =>
  findMentions(sentence).map((m): M => [sentence.slice(m.name.start, m.name.end), m.titles.map((t) => sentence.slice(t.start, t.end)), m.rule]);

const FORMS: Array<[string, M[]]> = [
  // "Vận" ends a name, but not the mobilisation's "Dân Vận" nor "Vận động"
  ['Dự có ông Lý Quang Vận, Phó Bí thư Thường trực Huyện ủy; ông Vi Văn Thoòng, Trưởng ban Dân Vận Huyện ủy.', [
    ['Lý Quang Vận', ['Phó Bí thư Thường trực Huyện ủy'], 'official.honorific-name-title'],
    ['Vi Văn Thoòng', ['Trưởng ban Dân Vận Huyện ủy'], 'official.honorific-name-title'],
  ]],
  // a Vietnamese body abroad keeps the country or city it is in; a name's last lowercase word before "và" and another person
  ['Dự có ông Vi Văn Thoòng, Chủ tịch Hội người Việt Nam tại Séc; bà Chu Thị Mến, Chủ nhiệm Câu lạc bộ Thanh niên Việt Nam tại thành phố Lyon; đồng chí Lê Văn Tám, Thứ trưởng Bộ Ngoại giao và đồng chí Lầu A Giống, Bí thư thứ nhất Tổng Lãnh sự quán Việt Nam tại Osaka.', [
    ['Vi Văn Thoòng', ['Chủ tịch Hội người Việt Nam tại Séc'], 'official.honorific-name-title'],
    ['Chu Thị Mến', ['Chủ nhiệm Câu lạc bộ Thanh niên Việt Nam tại thành phố Lyon'], 'official.honorific-name-title'],
    ['Lê Văn Tám', ['Thứ trưởng Bộ Ngoại giao'], 'official.honorific-name-title'],
    ['Lầu A Giống', ['Bí thư thứ nhất Tổng Lãnh sự quán Việt Nam tại Osaka'], 'official.honorific-name-title'],
  ]],
  // diplomats before the name, the place they serve in closing the title where a person's name begins;
  // a mission ("Đại sứ quán") is a body, no head of a second title
  ['Tới dự có Đại sứ Việt Nam tại Cộng hòa Séc Lê Văn Tám; Tổng Lãnh sự Việt Nam tại Luông Pha Băng Vi Văn Thoòng; ông Lầu A Giống, Bí thư thứ nhất Đại sứ quán Lào tại Việt Nam.', [
    ['Lê Văn Tám', ['Đại sứ Việt Nam tại Cộng hòa Séc'], 'official.title-name'],
    ['Vi Văn Thoòng', ['Tổng Lãnh sự Việt Nam tại Luông Pha Băng'], 'official.title-name'],
    ['Lầu A Giống', ['Bí thư thứ nhất Đại sứ quán Lào tại Việt Nam'], 'official.honorific-name-title'],
  ]],
  // the body a committee or a board belongs to closes the title; the National Assembly's committee, its commas inside
  ['Đến dự có bà Chu Thị Mến, Ủy viên Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội; bà Lê Thị Tám, Trưởng ban Thanh niên của hội.', [
    ['Chu Thị Mến', ['Ủy viên Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội'], 'official.honorific-name-title'],
    ['Lê Thị Tám', ['Trưởng ban Thanh niên của hội'], 'official.honorific-name-title'],
  ]],
  // a unit's deputy by the unit's word first is a title of its own
  ['Dự có Đại tá Lê Văn Tám, Phó Giám đốc Công an tỉnh, Tổ phó Tổ công tác triển khai Đề án 06 tỉnh; Trung tá Chu Thị Mến, Đội phó Đội Cảnh sát giao thông, Công an huyện Pa Lìn.', [
    ['Lê Văn Tám', ['Đại tá', 'Phó Giám đốc Công an tỉnh', 'Tổ phó Tổ công tác triển khai Đề án 06 tỉnh'], 'official.title-name'],
    ['Chu Thị Mến', ['Trung tá', 'Đội phó Đội Cảnh sát giao thông, Công an huyện Pa Lìn'], 'official.title-name'],
  ]],
  // a diocese's vicar general and a Cao Đài parish's head are posts
  ['Dự lễ có Linh mục Phêrô Lê Văn Tám, Tổng Đại diện Giáo phận Pa Lìn; ông Vi Văn Thoòng, Đầu Tộc đạo Khe Vạc.', [
    ['Phêrô Lê Văn Tám', ['Tổng Đại diện Giáo phận Pa Lìn'], 'official.honorific-name-title'],
    ['Vi Văn Thoòng', ['Đầu Tộc đạo Khe Vạc'], 'official.honorific-name-title'],
  ]],
  // a pair's second syllable, lowercase after a capitalized first, goes on with the body's name
  ['Dự có ông Lê Văn Tám, Phó Tổng Giám đốc Ngân hàng Chính sách xã hội; bà Chu Thị Mến, Tổ trưởng tổ lột tôm số 5, Xí nghiệp Chế biến số 2.', [
    ['Lê Văn Tám', ['Phó Tổng Giám đốc Ngân hàng Chính sách xã hội'], 'official.honorific-name-title'],
    ['Chu Thị Mến', ['Tổ trưởng tổ lột tôm số 5, Xí nghiệp Chế biến số 2'], 'official.honorific-name-title'],
  ]],
  // an Ê Đê name's first word with a space after its apostrophe
  ['Dự có bà H’ Lim Byă, Phó Chủ tịch UBND tỉnh; Trung tá K’ Brơi, Đồn trưởng Đồn Biên phòng Pa Lìn.', [
    ['H’ Lim Byă', ['Phó Chủ tịch UBND tỉnh'], 'official.honorific-name-title'],
    ['K’ Brơi', ['Trung tá', 'Đồn trưởng Đồn Biên phòng Pa Lìn'], 'official.title-name'],
  ]],
  // "Trong" ends a Bahnar name, the preposition opens a clause; a village's head after its name
  ['Ông Lò Văn Trong, Buôn trưởng buôn Khe Vạc, cho biết trong năm qua buôn có 9 hộ thoát nghèo.', [['Lò Văn Trong', ['Buôn trưởng buôn Khe Vạc'], 'official.honorific-name-title']]],
  // a province's name after a title is no person (its first word a family name)
  ['Giám đốc Sở GD&ĐT Ninh Bình tặng Giấy khen cho 3 tập thể; ông Ninh Văn Tám, Chủ tịch UBND xã, dự.', [['Ninh Văn Tám', ['Chủ tịch UBND xã'], 'official.honorific-name-title']]],
  // a place after a title ending in a word of position, no person; a person's middle name keeps one
  ['Chủ tịch UBND huyện Hà Phong Thượng tặng Giấy khen; Xã đội trưởng xã Vi Lìn Hạ, ông Lê Văn Tám, dự; Chủ tịch UBND xã Lò Văn Hạ phát biểu.', [
    ['Lê Văn Tám', ['Xã đội trưởng xã Vi Lìn Hạ'], 'official.title-dash-name'],
    ['Lò Văn Hạ', ['Chủ tịch UBND xã'], 'official.title-name'],
  ]],
  // the Bahnar's elder man and woman before their names
  ['Bok Hmưh, Trưởng ban Hành giáo làng Khe Vạc, và Yă Blir, Chi hội trưởng Chi hội Phụ nữ làng, cùng dự.', [
    ['Hmưh', ['Trưởng ban Hành giáo làng Khe Vạc'], 'official.honorific-name-title'],
    ['Blir', ['Chi hội trưởng Chi hội Phụ nữ làng'], 'official.honorific-name-title'],
  ]],
  // a board's "Phòng chống" (prevention) capitalized in its name; a H'Mông family name; a school's Pioneer leader
  ['Dự có ông Lê Văn Tám, Trưởng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện; đồng chí Sồng A Lử, Bí thư Chi bộ bản Pa Lìn; cô Chu Thị Mến, Tổng phụ trách Đội Trường Tiểu học Khe Vạc.', [
    ['Lê Văn Tám', ['Trưởng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện'], 'official.honorific-name-title'],
    ['Sồng A Lử', ['Bí thư Chi bộ bản Pa Lìn'], 'official.honorific-name-title'],
    ['Chu Thị Mến', ['Tổng phụ trách Đội Trường Tiểu học Khe Vạc'], 'official.honorific-name-title'],
  ]],
  // a board that manages capitalized units after "các", the name after its tier; a nurse's degree
  // before an Ê Đê name spaced after its apostrophe; a Raglai family name after a place in Thượng
  ['Dự có Phó Trưởng ban Quản lý các KCN tỉnh Lê Văn Tám; ĐDCKI H’ Lim Byă, Điều dưỡng trưởng Trung tâm Y tế huyện; Phó Chủ tịch UBND huyện Khe Vạc Thượng Bo Bo Mến.', [
    ['Lê Văn Tám', ['Phó Trưởng ban Quản lý các KCN tỉnh'], 'official.title-name'],
    ['H’ Lim Byă', ['Điều dưỡng trưởng Trung tâm Y tế huyện'], 'official.honorific-name-title'],
    ['Bo Bo Mến', ['Phó Chủ tịch UBND huyện Khe Vạc Thượng'], 'official.title-name'],
  ]],
  // the middle name "Tá", the Thái family name "Cà", a village head's name right after the title,
  // and a highland place after a park, no person
  ['Dự có ông Võ Tá Lám, Phó Chi cục trưởng Chi cục Kiểm lâm; Chủ tịch UBND huyện Cà Văn Tám; Trưởng thôn A Thoòng; Giám đốc Vườn quốc gia Đăk Rơ Mến.', [
    ['Võ Tá Lám', ['Phó Chi cục trưởng Chi cục Kiểm lâm'], 'official.honorific-name-title'],
    ['Cà Văn Tám', ['Chủ tịch UBND huyện'], 'official.title-name'],
    ['A Thoòng', ['Trưởng thôn'], 'official.title-name'],
  ]],
  // a lay elder's office before a name opens the next person of a list, before a pagoda it is a title
  ['Dự có Đại đức Thạch Sa Rươl, Achar Lâm Sô Phanh (chùa Khe Vạc) và ông Danh Sóc, Achar chùa Hà Phong.', [
    ['Thạch Sa Rươl', [], 'official.honorific-name'],
    ['Lâm Sô Phanh', [], 'official.honorific-name'],
    ['Danh Sóc', ['Achar chùa Hà Phong'], 'official.honorific-name-title'],
  ]],
  // a comma inside a board's field: the border and its markers, the moving of people and their resettlement
  ['Dự có ông Lê Văn Tám, Tổ trưởng Tổ tự quản đường biên, mốc giới bản Pa Lìn; bà Chu Thị Mến, Phó Trưởng ban Chỉ đạo di dân, tái định cư tỉnh.', [
    ['Lê Văn Tám', ['Tổ trưởng Tổ tự quản đường biên, mốc giới bản Pa Lìn'], 'official.honorific-name-title'],
    ['Chu Thị Mến', ['Phó Trưởng ban Chỉ đạo di dân, tái định cư tỉnh'], 'official.honorific-name-title'],
  ]],
  // a pharmacist's degree before the name
  ['Dự có DSCKI Chu Thị Mến, Phó Giám đốc Sở Y tế.', [['Chu Thị Mến', ['Phó Giám đốc Sở Y tế'], 'official.honorific-name-title']]],
  // the offices of courts and judgment enforcement, with a grade
  ['Bằng khen được trao cho bà Chu Thị Mến, Thẩm phán TAND thị xã Pa Lìn; ông Lê Văn Tám, Chấp hành viên trung cấp.', [
    ['Chu Thị Mến', ['Thẩm phán TAND thị xã Pa Lìn'], 'official.honorific-name-title'],
    ['Lê Văn Tám', ['Chấp hành viên trung cấp'], 'official.honorific-name-title'],
  ]],
  // the field of a department or a fund, lowercase words after its capitalized first one
  ['Dự có ông Lê Văn Tám, Phó Cục trưởng Cục Người có công, Bộ LĐ-TB&XH; bà Chu Thị Mến, Trưởng ban Quỹ Đền ơn đáp nghĩa huyện.', [
    ['Lê Văn Tám', ['Phó Cục trưởng Cục Người có công, Bộ LĐ-TB&XH'], 'official.honorific-name-title'],
    ['Chu Thị Mến', ['Trưởng ban Quỹ Đền ơn đáp nghĩa huyện'], 'official.honorific-name-title'],
  ]],
  // a Protestant preacher's form of address; a title ends before "thông tin:" and what is told
  ['Dự có Truyền đạo Siu Thoòng, Trưởng Ban Đại diện Tin Lành huyện; Hòa thượng Danh Sóc, Sư cả chùa Khe Vạc thông tin: toàn tỉnh có 9 chùa.', [
    ['Siu Thoòng', ['Trưởng Ban Đại diện Tin Lành huyện'], 'official.honorific-name-title'],
    ['Danh Sóc', ['Sư cả chùa Khe Vạc'], 'official.honorific-name-title'],
  ]],
  // an airport's name, "hàng không" no negation inside it
  ['Dự có ông Lê Văn Tám, Giám đốc Cảng hàng không quốc tế Pa Lìn.', [['Lê Văn Tám', ['Giám đốc Cảng hàng không quốc tế Pa Lìn'], 'official.honorific-name-title']]],
  // a project board by what it builds, in lowercase words to its tier, or capitalized
  ['Dự có ông Lê Văn Tám, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh; ông Vi Văn Thoòng, Giám đốc Ban Quản lý dự án Giao thông tỉnh Pa Lìn.', [
    ['Lê Văn Tám', ['Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh'], 'official.honorific-name-title'],
    ['Vi Văn Thoòng', ['Giám đốc Ban Quản lý dự án Giao thông tỉnh Pa Lìn'], 'official.honorific-name-title'],
  ]],
  // a form of address after a plural one and its colon: the name after the second
  ['Trao danh hiệu cho 2 mẹ: Mẹ Chu Thị Mến (xã Khe Vạc), Mẹ Lê Thị Sẻ (xã Pa Lìn).', [
    ['Chu Thị Mến', [], 'official.honorific-name'],
    ['Lê Thị Sẻ', [], 'official.honorific-name'],
  ]],
  // the heads of Lao and Cambodian tiers, their names transliterated with hyphens
  ['Dự có ông Khăm-xỉ Vông-phết, Phó Tỉnh trưởng tỉnh Pa Lìn (Lào); ông Vi Văn Thoòng, Xã trưởng xã Khe Vạc.', [
    ['Khăm-xỉ Vông-phết', ['Phó Tỉnh trưởng tỉnh Pa Lìn'], 'official.honorific-name-title'],
    ['Vi Văn Thoòng', ['Xã trưởng xã Khe Vạc'], 'official.honorific-name-title'],
  ]],
  // lowercase words after "các" closed by the body's tier; a body abroad by the country it is in;
  // a committee's remit; the border a unit guards
  ['Dự có ông Vi Văn Thoòng, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh; bà Chu Thị Mến, Bí thư thứ nhất Đại sứ quán Lào tại Việt Nam; ông Lê Văn Tám, Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài; Thiếu tá Lầu A Giống, Đại đội trưởng Đại đội bảo vệ biên giới 217.', [
    ['Vi Văn Thoòng', ['Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh'], 'official.honorific-name-title'],
    ['Chu Thị Mến', ['Bí thư thứ nhất Đại sứ quán Lào tại Việt Nam'], 'official.honorific-name-title'],
    ['Lê Văn Tám', ['Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài'], 'official.honorific-name-title'],
    ['Lầu A Giống', ['Thiếu tá', 'Đại đội trưởng Đại đội bảo vệ biên giới 217'], 'official.title-name'],
  ]],
  // a Khmer woman's name, "Neang" written without its tone mark too
  ['Neang Sô Phia, Tổ trưởng Tổ hợp tác ấp Khe Vạc, chia sẻ.', [['Neang Sô Phia', ['Tổ trưởng Tổ hợp tác ấp Khe Vạc'], 'official.name-title']]],
  // a movement's name in quotes inside a board's title, the tier after it
  ['Dự có ông Lê Văn Tám, Trưởng Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện; bà Chu Thị Mến.', [
    ['Lê Văn Tám', ['Trưởng Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện'], 'official.honorific-name-title'],
    ['Chu Thị Mến', [], 'official.honorific-name'],
  ]],
  // a place after a Protestant branch, named like a person, is the branch's
  ['Dự có Mục sư Lê Văn Tám, Quản nhiệm Chi hội Tin Lành Vĩnh Hà Phong cùng các chức sắc.', [['Lê Văn Tám', ['Quản nhiệm Chi hội Tin Lành Vĩnh Hà Phong'], 'official.honorific-name-title']]],
  // "Niên" ends a name, but not the youth's "Thanh Niên"
  ['Dự có đồng chí Lê Văn Niên, Phó Bí thư Thường trực Huyện ủy; đồng chí Vi Văn Thoòng, Bí thư Đoàn Thanh Niên xã.', [
    ['Lê Văn Niên', ['Phó Bí thư Thường trực Huyện ủy'], 'official.honorific-name-title'],
    ['Vi Văn Thoòng', ['Bí thư Đoàn Thanh Niên xã'], 'official.honorific-name-title'],
  ]],
  // (not a place at home whose name opens with a country's: "tại Lào Cai")
  ['Dự có ông Lê Văn Tám, Giám đốc Chi nhánh Ngân hàng A tại Lào Cai; bà Chu Thị Mến, Chủ tịch Hội Phụ nữ xã tại Lào Cai.', [
    ['Lê Văn Tám', ['Giám đốc Chi nhánh Ngân hàng A tại Lào Cai'], 'official.honorific-name-title'],
    ['Chu Thị Mến', ['Chủ tịch Hội Phụ nữ xã'], 'official.honorific-name-title'],
  ]],
  // a nun's dharma name runs to five words
  ['Dự có Ni sư Thích Nữ Diệu Thanh Hà, Trụ trì chùa Hà Phong.', [['Thích Nữ Diệu Thanh Hà', ['Trụ trì chùa Hà Phong'], 'official.honorific-name-title']]],
  // "Name, Title và Name, Title": the name after "và" is the next person's, not the end of the title
  ['Kỷ niệm chương được trao cho Đỗ Thị Lành, nguyên Chủ tịch Hội Nông dân huyện Yên Hạ và Mai Văn Khuê, Trưởng thôn Đồng Lạc Thượng.', [
    ['Đỗ Thị Lành', ['nguyên Chủ tịch Hội Nông dân huyện Yên Hạ'], 'official.name-title'],
    ['Mai Văn Khuê', ['Trưởng thôn Đồng Lạc Thượng'], 'official.name-title'],
  ]],
  // a dash right after a head that names its body goes on to the body above it
  ['Dự có Thiếu tá Lò Thị Quyến, Trưởng ban Dân vận - Phòng Chính trị Bộ CHQS tỉnh.', [
    ['Lò Thị Quyến', ['Thiếu tá', 'Trưởng ban Dân vận - Phòng Chính trị Bộ CHQS tỉnh'], 'official.title-name'],
  ]],
  // a rank right after the colon of "các đồng chí:" is read with its name
  ['Dự có các đồng chí: Đại tá Vũ Đình Khuê – Phó Chủ tịch Hội CCB tỉnh; Lưu Văn Ngà – Bí thư Huyện ủy.', [
    ['Vũ Đình Khuê', ['Đại tá', 'Phó Chủ tịch Hội CCB tỉnh'], 'official.title-name'],
    ['Lưu Văn Ngà', ['Bí thư Huyện ủy'], 'official.listed-name-title'],
  ]],
  // a presidium acted for is a body, its "Chủ tịch" no title of the one who hands over
  ['Thừa ủy quyền của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, bà H Blin Niê trao Bằng khen.', [['H Blin Niê', [], 'official.honorific-name']]],
  // a ward's area police officer is a post
  ['Dự có Trung úy Phan Văn Cừ, Cảnh sát khu vực Công an phường Hòa Khê Tây.', [
    ['Phan Văn Cừ', ['Trung úy', 'Cảnh sát khu vực Công an phường Hòa Khê Tây'], 'official.title-name'],
  ]],
  // a company's battalion after a comma stays with the title
  ['Dự có Đại úy Hoàng Văn Siềng, Chính trị viên Đại đội 7, Tiểu đoàn Bộ binh 3.', [
    ['Hoàng Văn Siềng', ['Đại úy', 'Chính trị viên Đại đội 7, Tiểu đoàn Bộ binh 3'], 'official.title-name'],
  ]],
  // "và" then a calling and a name ends a unit's name
  ['Tiêu biểu có chị Y Thoa Niê, Đội trưởng Đội 4 - Nông trường Ea Sup Hạ và công nhân Rơ Châm Hlim.', [
    ['Y Thoa Niê', ['Đội trưởng Đội 4 - Nông trường Ea Sup Hạ'], 'official.honorific-name-title'],
    ['Rơ Châm Hlim', [], 'official.bare-name'],
  ]],
  // a run of "Title Name, Title Name": each title's holder is named at its end, a place before
  // the name or not
  ['Về dự có Phó Chủ tịch Hội CCB tỉnh Đào Văn Thiết, Bí thư Huyện ủy Tây Sơn Nay Y Blơ, Trưởng ban Dân vận Huyện ủy Lê Thị Bích Ngần cùng nhiều hội viên.', [
    ['Đào Văn Thiết', ['Phó Chủ tịch Hội CCB tỉnh'], 'official.title-name'],
    ['Nay Y Blơ', ['Bí thư Huyện ủy Tây Sơn'], 'official.title-name'],
    ['Lê Thị Bích Ngần', ['Trưởng ban Dân vận Huyện ủy'], 'official.title-name'],
  ]],
  // (after a rank alone, a place that opens with a family name stays the place)
  ['Dự có Thượng tá Bàn Văn Chu, Đồn trưởng Đồn Biên phòng Mã Pì Lèng.', [['Bàn Văn Chu', ['Thượng tá', 'Đồn trưởng Đồn Biên phòng Mã Pì Lèng'], 'official.title-name']]],
  // a title after "của" is the holder's when the name follows it at once; not one acted for
  ['Báo cáo của Chủ tịch Hội CCB huyện Võ Văn Thạch cho thấy hội đã giúp nhiều hội viên.', [['Võ Văn Thạch', ['Chủ tịch Hội CCB huyện'], 'official.title-name']]],
  ['Thừa ủy quyền của Chủ tịch nước, Đại tá Triệu Văn Sáu trao Huân chương.', [['Triệu Văn Sáu', ['Đại tá'], 'official.title-name']]],
  // a religious rank after a common form of address is no part of the name
  ['Dự có ông Haji Mu Sa Lim, Phó Trưởng ban Đại diện Cộng đồng Hồi giáo tỉnh.', [['Mu Sa Lim', ['Phó Trưởng ban Đại diện Cộng đồng Hồi giáo tỉnh'], 'official.honorific-name-title']]],
  // a given name that opens a department's name elsewhere ("Phòng Giáo dục")
  ['Dự có ông Vi Văn Phòng, Trưởng bản Huồi Tát và ông Lê Văn Tám, Trưởng Phòng Giáo dục huyện.', [['Vi Văn Phòng', ['Trưởng bản Huồi Tát'], 'official.honorific-name-title'], ['Lê Văn Tám', ['Trưởng Phòng Giáo dục huyện'], 'official.honorific-name-title']]],
  // "và" then a degree and a name: another person, not the rest of the title
  ['Báo cáo viên là ThS. Lê Thị Hạnh, Phó Giám đốc Trung tâm Chính trị huyện và TS. Trần Văn Bình, giảng viên Trường Chính trị tỉnh.', [
    ['Lê Thị Hạnh', ['Phó Giám đốc Trung tâm Chính trị huyện'], 'official.name-title'],
    ['Trần Văn Bình', [], 'official.honorific-name'],
  ]],
  // (a degree in mixed case before the second name: "ThS.")
  ['Báo cáo viên là TS. Lê Văn Hạnh, Phó Giám đốc Trung tâm Chính trị huyện và ThS. Nông Thị Bình, giảng viên Trường Chính trị tỉnh.', [
    ['Lê Văn Hạnh', ['Phó Giám đốc Trung tâm Chính trị huyện'], 'official.honorific-name-title'],
    ['Nông Thị Bình', [], 'official.bare-name'],
  ]],
  // a title, an honorific, a given name: "Trưởng ấp Tân Lập ông Tư"
  ['Trưởng ấp Tân Lập ông Tư trao quà cho các hộ nghèo.', [['Tư', ['Trưởng ấp Tân Lập'], 'official.title-dash-name']]],
  ['Chủ tịch UBND huyện, ông Tuấn trao Giấy khen cho các tập thể.', [['Tuấn', ['Chủ tịch UBND huyện'], 'official.title-dash-name']]],
  ['Chủ tịch UBND huyện - bà Lê Thị Hoa trao Giấy khen.', [['Lê Thị Hoa', ['Chủ tịch UBND huyện'], 'official.title-dash-name']]],
  // the title of someone the speaker acts for is not the speaker's
  ['Thừa ủy quyền của Chủ tịch UBND tỉnh, ông Lê Văn An, Phó Chủ tịch UBND tỉnh trao Bằng khen.', [['Lê Văn An', ['Phó Chủ tịch UBND tỉnh'], 'official.honorific-name-title']]],
  ['Thay mặt Bí thư Huyện ủy, bà Lê Thị Hoa trao hoa chúc mừng.', [['Lê Thị Hoa', [], 'official.honorific-name']]],
  // a colon between a name and a title
  ['Ông Lê Văn Tám: Trưởng ấp Tân Lập.', [['Lê Văn Tám', ['Trưởng ấp Tân Lập'], 'official.honorific-name-title']]],
  // a photo note that is never closed, at the end of a caption
  ['Ông Lê Văn Tám (bìa trái', [['Lê Văn Tám', [], 'official.honorific-name']]],
  ['Bà Lê Thị Hoa (giữa), Chủ tịch Hội Nông dân xã.', [['Lê Thị Hoa', ['Chủ tịch Hội Nông dân xã'], 'official.honorific-name-title']]],
  // after a name, a title that runs into another person's name is that person's
  ['Đến dự có ông Lê Văn Tám, Đại tá Trần Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.', [
    ['Lê Văn Tám', [], 'official.honorific-name'],
    ['Trần Văn Hùng', ['Đại tá', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'], 'official.title-name'],
  ]],
];

// One title, several names: shared with "các …" or a colon, not otherwise.
const SHARED: Array<[string, M[]]> = [
  // each name of the list with its own rank
  ['Dự có các Phó Chỉ huy trưởng Bộ CHQS tỉnh: Đại tá Lê Văn An, Thượng tá Trần Văn Hùng; ông Phạm Văn Tư.', [
    ['Lê Văn An', ['Đại tá', 'Phó Chỉ huy trưởng Bộ CHQS tỉnh'], 'official.shared-title'],
    ['Trần Văn Hùng', ['Thượng tá', 'Phó Chỉ huy trưởng Bộ CHQS tỉnh'], 'official.shared-title'],
    ['Phạm Văn Tư', [], 'official.honorific-name'],
  ]],
  ['Tham dự có các Phó Bí thư Huyện ủy Lê Văn An, Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  // a count of two or more before the title makes it plural too
  ['Dự lễ có hai Phó Chủ tịch UBND tỉnh Lê Văn An và Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Chủ tịch UBND tỉnh'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Chủ tịch UBND tỉnh'], 'official.shared-title'],
  ]],
  ['Dự lễ có 3 Phó Bí thư Huyện ủy Lê Văn An, Trần Văn Hùng và Phạm Thị Hoa.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
    ['Phạm Thị Hoa', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  // … but one title and one name are not a list: the name after "và" is someone else's
  ['Dự lễ có Phó Chủ tịch UBND tỉnh Lê Văn An và Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Chủ tịch UBND tỉnh'], 'official.title-name'],
    ['Trần Văn Hùng', [], 'official.bare-name'],
  ]],
  // a position in parentheses after the first name is that person's only
  ['Tham dự có các Phó Bí thư Huyện ủy Lê Văn An (Chủ tịch HĐND huyện), Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  // an honorific in the plural before the title: the title is read whole ("Phó" is a family
  // name too) and the list shares it
  ['Dự có các đồng chí Phó Bí thư Đảng ủy phường Lê Văn An, Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Bí thư Đảng ủy phường'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Đảng ủy phường'], 'official.shared-title'],
  ]],
  // a rank after an honorific is a title too
  ['Có đồng chí Đại tá Lê Văn An phát biểu.', [['Lê Văn An', ['Đại tá'], 'official.title-name']]],
  // … while a family name "Phó" after an honorific stays a name
  ['Dự có đồng chí Phó Văn Hùng, Bí thư Chi bộ.', [['Phó Văn Hùng', ['Bí thư Chi bộ'], 'official.honorific-name-title']]],
  // … and one after a later name is that one's, beside the shared title
  ['Dự có các Phó Bí thư Huyện ủy Lê Văn An (Chủ tịch HĐND huyện) và Trần Văn Hùng (Chủ tịch UBND huyện).', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'], 'official.shared-title'],
  ]],
  // a parenthesis about the photo is no position
  ['Các Phó Bí thư Huyện ủy Lê Văn An, Trần Văn Hùng (thứ hai từ trái) trao Giấy khen.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  ['Tham dự có các Phó Bí thư Huyện ủy Lê Văn An, Chủ tịch HĐND huyện, Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'], 'official.title-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  ['Phó Bí thư Huyện ủy: Lê Văn An, Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy'], 'official.title-dash-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  ['Tham dự có các Phó Chủ tịch UBND huyện, ông Lê Văn An và Trần Văn Hùng.', [
    ['Lê Văn An', ['Phó Chủ tịch UBND huyện'], 'official.title-dash-name'],
    ['Trần Văn Hùng', ['Phó Chủ tịch UBND huyện'], 'official.shared-title'],
  ]],
  ['Tham dự có các Phó Bí thư Huyện ủy: Lê Văn An, Trần Văn Hùng, Phạm Thị Hoa và Đỗ Văn Sáu.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy'], 'official.title-dash-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
    ['Phạm Thị Hoa', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
    ['Đỗ Văn Sáu', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  ['Tham dự có các Phó Bí thư Huyện ủy: Lê Văn An, Trần Văn Hùng và Phạm Thị Hoa, cùng nhiều đại biểu.', [
    ['Lê Văn An', ['Phó Bí thư Huyện ủy'], 'official.title-dash-name'],
    ['Trần Văn Hùng', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
    ['Phạm Thị Hoa', ['Phó Bí thư Huyện ủy'], 'official.shared-title'],
  ]],
  // the list ends where the separators end: "cùng …" is someone else
  ['Tham dự có các Phó Chủ tịch UBND huyện: Lê Văn An, Trần Văn Hùng cùng Phạm Văn Bình.', [
    ['Lê Văn An', ['Phó Chủ tịch UBND huyện'], 'official.title-dash-name'],
    ['Trần Văn Hùng', ['Phó Chủ tịch UBND huyện'], 'official.shared-title'],
    ['Phạm Văn Bình', [], 'official.bare-name'],
  ]],
  // a name with its own titles is another person's entry
  ['Tham dự có các Phó Chủ tịch UBND huyện: Lê Văn An, Trần Văn Hùng, Trưởng Công an huyện.', [
    ['Lê Văn An', ['Phó Chủ tịch UBND huyện'], 'official.title-dash-name'],
    ['Trần Văn Hùng', ['Trưởng Công an huyện'], 'official.name-title'],
  ]],
  // a one-holder title ("Bí thư …") before one name is not shared with the next name
  ['Bí thư Tỉnh ủy Lê Văn An và Trần Văn Hùng trao hoa chúc mừng.', [
    ['Lê Văn An', ['Bí thư Tỉnh ủy'], 'official.title-name'],
    ['Trần Văn Hùng', [], 'official.bare-name'],
  ]],
  ['Bí thư Đảng ủy xã, ông Lê Văn Tám và Trần Văn Hùng trao hoa chúc mừng.', [
    ['Lê Văn Tám', ['Bí thư Đảng ủy xã'], 'official.title-dash-name'],
    ['Trần Văn Hùng', [], 'official.bare-name'],
  ]],
];

// No person at all: a title alone, a place or school named after a person.
const NONE = [
  'Bí thư Huyện ủy',
  'Bí thư Đảng ủy phường Lý Thái Tổ phát biểu.',
  'Tại Trường THCS Lê Quý Đôn, học sinh tham gia trồng cây.',
  'Chủ tịch UBND huyện: Năm nay huyện có 12 xã đạt chuẩn.',
  // the class of an honour: a family name ("Hạng") and an ordinal
  '| Hạng Nhì | 14 |',
  'Huân chương Chiến công Hạng Ba được trao cho ông.',
];

describe('person mentions: more forms', () => {
  it.each(FORMS)('%s', (sentence, expected) => expect(mentionsOf(sentence)).toEqual(expected));
});

describe('person mentions: a title shared by a list', () => {
  it.each(SHARED)('%s', (sentence, expected) => expect(mentionsOf(sentence)).toEqual(expected));
});


describe('person mentions: none', () => {
  it.each(NONE)('%s', (sentence) => expect(mentionsOf(sentence)).toEqual([]));
});

describe('person mentions: offsets', () => {
  it('name and title offsets point into the sentence', () => {
    const s = 'Phát biểu tại hội nghị, bà Lê Thị Hoa, Phó Chủ tịch UBND huyện (bìa phải) nhấn mạnh.';
    const name = s.indexOf('Lê Thị Hoa');
    const title = s.indexOf('Phó Chủ tịch');
    expect(findMentions(s)).toEqual([{
      name: { start: name, end: name + 'Lê Thị Hoa'.length },
      titles: [{ start: title, end: title + 'Phó Chủ tịch UBND huyện'.length }],
      rule: 'official.honorific-name-title',
    }]);
  });
});
