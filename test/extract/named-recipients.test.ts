// Recipients named without a number (src/extract/award/named.ts), Duckling style: one sentence
// → the named facts, with people and counts found by the pipeline's own finders, as
// src/extract/award/index.ts hands them over. Each fact is [type, count, names, level, award,
// rule, the words from its start to its end].
import { describe, expect, it } from 'vitest';
import { findNamedAwards } from '../../src/extract/award/named.js';
import { nameSpans } from '../../src/extract/award/index.js';
import { findCounts } from '../../src/extract/award/counts.js';
import { findPeople } from '../../src/extract/official/index.js';
import { makeDoc } from '../../src/text/document.js';
import { extract } from '../../src/index.js';

type N = [string, number, string[], string | null, string | null, string, string];

function named(sentence: string): N[] {
  const doc = makeDoc(`Tin tức.\n${sentence}`);
  const s = doc.sentences[1]!;
  const people = nameSpans(findPeople(doc).filter((p) => p.sentence === s.index), s);
  const counts = findCounts(s.text).map((c) => c.start);
  return findNamedAwards(s.text, people, counts).map((a): N => [a.type, a.count, a.names, a.level, a.award, a.rule, s.text.slice(a.start, a.end)]);
}

const GIVEN = 'award.named-given';
const RECEIVED = 'award.named-received';

const FORMS: Array<[string, N[]]> = [
  // a list of parts opened by a colon, each a clause of its own: the subject opens its part
  ['Dịp này, 21 tập thể và cá nhân được khen thưởng, gồm: Giáo xứ Phú Thạnh nhận Bằng khen của Ủy ban MTTQ tỉnh; UBND xã tặng Giấy khen cho 20 cá nhân.',
    [['tập thể', 1, ['Giáo xứ Phú Thạnh'], 'tỉnh', 'bằng khen', RECEIVED, 'Giáo xứ Phú Thạnh nhận']]],
  // the kind and its honour, then the recipients named after a colon, with no count
  ['Các tập thể được UBND huyện tặng Giấy khen gồm: Trường Mầm non Hoa Sen, Trạm Y tế xã Tân Lập, Phòng Văn hóa - Thông tin.',
    [['tập thể', 3, ['Trường Mầm non Hoa Sen', 'Trạm Y tế xã Tân Lập', 'Phòng Văn hóa - Thông tin'], 'huyện', 'giấy khen', 'award.named-listed', 'Các tập thể được UBND huyện tặng Giấy khen gồm: Trường Mầm non Hoa Sen, Trạm Y tế xã Tân Lập, Phòng Văn hóa - Thông tin']]],
  // branches of state agencies named as bodies: "Chi cục …", "Kho bạc …", "Hạt Kiểm lâm …"
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho Chi cục Thuế khu vực Đông Sơn và 3 công chức.',
    [['tập thể', 1, ['Chi cục Thuế khu vực Đông Sơn'], 'tỉnh', 'bằng khen', GIVEN, 'tặng Bằng khen cho Chi cục Thuế khu vực Đông Sơn']]],
  ['Bộ trưởng Bộ Tài chính tặng Bằng khen cho Kho bạc Nhà nước huyện Mỹ Hòa.',
    [['tập thể', 1, ['Kho bạc Nhà nước huyện Mỹ Hòa'], 'trung ương', 'bằng khen', GIVEN, 'tặng Bằng khen cho Kho bạc Nhà nước huyện Mỹ Hòa']]],
  // after "cho", a comma before the "và" that brings in the last one, after an appositive title
  ['Ông Lê Minh trao Bằng khen của Chủ tịch UBND tỉnh cho thầy Hồ Văn Sang, Phó Hiệu trưởng, và cô Mai Thị Lựu, Tổ trưởng tổ Toán.',
    [['cá nhân', 2, ['Hồ Văn Sang', 'Mai Thị Lựu'], 'tỉnh', 'bằng khen', GIVEN, 'trao Bằng khen của Chủ tịch UBND tỉnh cho thầy Hồ Văn Sang, Phó Hiệu trưởng, và cô Mai Thị Lựu']]],
  // addressed persons, each with titles after the name, separated by ";"
  ['Dịp này, UBND tỉnh tặng Bằng khen cho Thượng tọa Thích Minh Tâm, Trụ trì chùa Long Vân; Linh mục Phạm Văn Hòa, Quản nhiệm giáo xứ Bến Đò và Mục sư Y Kim Byă, Quản nhiệm Hội thánh Buôn Ja.',
    [['cá nhân', 3, ['Thích Minh Tâm', 'Phạm Văn Hòa', 'Y Kim Byă'], 'tỉnh', 'bằng khen', GIVEN, 'tặng Bằng khen cho Thượng tọa Thích Minh Tâm, Trụ trì chùa Long Vân; Linh mục Phạm Văn Hòa, Quản nhiệm giáo xứ Bến Đò và Mục sư Y Kim Byă']]],
  // (not the subject of a clause of its own after ";")
  ['Chủ tịch UBND huyện tặng Giấy khen cho ông Lò Văn Hùng, Trưởng bản Nà Lốc; bà Quàng Thị Mai được tặng Kỷ niệm chương.',
    [['cá nhân', 1, ['Lò Văn Hùng'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lò Văn Hùng'], ['cá nhân', 1, ['Quàng Thị Mai'], null, 'kỷ niệm chương', RECEIVED, 'bà Quàng Thị Mai được tặng']]],
  // the kind of recipient opening the sentence before the form of address
  ['Gia đình ông Tòng Văn Pọm được UBND huyện tặng Giấy khen.',
    [['gia đình', 1, ['Tòng Văn Pọm'], 'huyện', 'giấy khen', RECEIVED, 'Gia đình ông Tòng Văn Pọm được UBND huyện tặng']]],
  ['Cá nhân bà Hà Thị Nhung được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.',
    [['cá nhân', 1, ['Hà Thị Nhung'], 'trung ương', 'bằng khen', RECEIVED, 'Cá nhân bà Hà Thị Nhung được Trung ương Hội Nông dân Việt Nam tặng']]],
  // a Cham dignitary first in a list after the kind and a colon, addressed by "Cả sư"
  ['UBND huyện tặng giấy khen cho các cá nhân: Cả sư Đạo Văn Hiền; ông Lưu Quang Phú, Trưởng thôn Mỹ Tường; bà Châu Thị Lan.',
    [['cá nhân', 3, ['Đạo Văn Hiền', 'Lưu Quang Phú', 'Châu Thị Lan'], 'huyện', 'giấy khen', GIVEN, 'tặng giấy khen cho các cá nhân: Cả sư Đạo Văn Hiền; ông Lưu Quang Phú, Trưởng thôn Mỹ Tường; bà Châu Thị Lan']]],
  // the kind in the speaker's words, then a colon and the names
  ['Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho các em: Lò Văn Hùng, Quàng Thị Mai và Vừ A Sềnh.',
    [['cá nhân', 3, ['Lò Văn Hùng', 'Quàng Thị Mai', 'Vừ A Sềnh'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho các em: Lò Văn Hùng, Quàng Thị Mai và Vừ A Sềnh']]],
  // a comma before the "và" that brings in the last one, after an appositive title
  ['Bà Đặng Thị Xuân, Tổ trưởng Tổ dân vận khối phố 4, và ông Lý Văn Quế, Trưởng thôn Hà Trung, còn được Ban Dân vận Tỉnh ủy tặng Giấy khen.',
    [['cá nhân', 2, ['Đặng Thị Xuân', 'Lý Văn Quế'], 'tỉnh', 'giấy khen', RECEIVED, 'Bà Đặng Thị Xuân, Tổ trưởng Tổ dân vận khối phố 4, và ông Lý Văn Quế, Trưởng thôn Hà Trung, còn được Ban Dân vận Tỉnh ủy tặng']]],
  // places opening the clause, honoured as a whole with a thing handed over
  ['Xã Đông Phong và xã Hải Yên được UBND tỉnh tặng Cờ thi đua.',
    [['tập thể', 2, ['Xã Đông Phong', 'xã Hải Yên'], 'tỉnh', 'cờ thi đua', RECEIVED, 'Xã Đông Phong và xã Hải Yên được UBND tỉnh tặng']]],
  // recipients honoured in turn: the k-th named gets the k-th form and its giver's tier ("lần lượt" is no part of a name)
  ['Đồn Biên phòng Tà Lùng và Công an xã Bản Vược lần lượt được nhận Bằng khen của Bộ Quốc phòng và Giấy khen của UBND huyện.',
    [['tập thể', 1, ['Đồn Biên phòng Tà Lùng'], 'trung ương', 'bằng khen', 'award.named-received-in-turn', 'Đồn Biên phòng Tà Lùng và Công an xã Bản Vược lần lượt được nhận'],
      ['tập thể', 1, ['Công an xã Bản Vược'], 'huyện', 'giấy khen', 'award.named-received-in-turn', 'Đồn Biên phòng Tà Lùng và Công an xã Bản Vược lần lượt được nhận']]],
  // given "cho" a list of persons: "và", an appositive title, commas, names without honorific
  ['Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám và bà Trần Thị Hoa.',
    [['cá nhân', 2, ['Lê Văn Tám', 'Trần Thị Hoa'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám và bà Trần Thị Hoa']]],
  ['Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám, Trưởng ấp Long Hòa và bà Trần Thị Hoa, Tổ trưởng Tổ dân vận ấp 3.',
    [['cá nhân', 2, ['Lê Văn Tám', 'Trần Thị Hoa'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám, Trưởng ấp Long Hòa và bà Trần Thị Hoa']]],
  ['Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám, bà Trần Thị Hoa và ông Phạm Văn Đức.',
    [['cá nhân', 3, ['Lê Văn Tám', 'Trần Thị Hoa', 'Phạm Văn Đức'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám, bà Trần Thị Hoa và ông Phạm Văn Đức']]],
  ['Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám, Trần Thị Hoa và Phạm Văn Đức.',
    [['cá nhân', 3, ['Lê Văn Tám', 'Trần Thị Hoa', 'Phạm Văn Đức'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám, Trần Thị Hoa và Phạm Văn Đức']]],
  // a person after a role word ("người có uy tín") is the recipient
  ['Chủ tịch UBND xã trao Giấy khen cho người có uy tín Lê Văn Tám.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', GIVEN, 'trao Giấy khen cho người có uy tín Lê Văn Tám']]],
  // the list ends where the sentence goes on about someone else
  ['Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám và cảm ơn ông Phạm Văn Đức đã hỗ trợ.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám']]],
  ['Dịp này, Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám, Trưởng ấp Long Hòa; ông Phạm Văn Đức, Bí thư Đảng ủy xã phát biểu chúc mừng.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám']]],
  // a gift is no honour, and a person who gets a gift is not joined to the honoured one
  ['Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám; tặng quà cho gia đình chính sách và ông Lê Văn Hai.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám']]],
  // the level: stated after the name, else the giver of the clause; a count before is no matter
  ['Dịp này, Ban Tổ chức trao Giấy khen cho ông Lê Văn Tám, điển hình “Dân vận khéo” cấp xã.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', GIVEN, 'trao Giấy khen cho ông Lê Văn Tám']]],
  ['Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám; Huyện ủy tuyên dương 5 tập thể điển hình cấp huyện.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám']]],
  ['UBND huyện tặng Giấy khen cho 5 tập thể; Ban Tổ chức trao thưởng cho ông Lê Văn Tám, Trưởng ấp Long Hòa.',
    [['cá nhân', 1, ['Lê Văn Tám'], null, 'khen thưởng', GIVEN, 'trao thưởng cho ông Lê Văn Tám']]],
  // the highest form given wins over a generic reward
  ['Chủ tịch UBND xã trao Bằng khen và phần thưởng cho ông Lê Văn Tám.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'bằng khen', GIVEN, 'trao Bằng khen và phần thưởng cho ông Lê Văn Tám']]],

  // received: a body after an earlier clause with a count
  ['Huyện ủy tuyên dương 12 tập thể; Hội Nông dân xã Tân Hòa vinh dự đón nhận Bằng khen của UBND tỉnh.',
    [['tập thể', 1, ['Hội Nông dân xã Tân Hòa'], 'tỉnh', 'bằng khen', RECEIVED, 'Hội Nông dân xã Tân Hòa vinh dự đón nhận']]],
  // a person after an introduction in the second clause
  ['Huyện ủy tuyên dương 12 tập thể; đồng thời, ông Lê Văn Tám được Chủ tịch UBND huyện tặng Giấy khen.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'giấy khen', RECEIVED, 'ông Lê Văn Tám được Chủ tịch UBND huyện tặng']]],
  // a name that opens the sentence, with its title
  ['Lê Văn Tám, Trưởng ấp Long Hòa, được Chủ tịch UBND huyện tặng Giấy khen.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'giấy khen', RECEIVED, 'Lê Văn Tám, Trưởng ấp Long Hòa, được Chủ tịch UBND huyện tặng']]],
  // the issuer named in the decision cited after the form
  ['Hội Nông dân xã Tân Hòa vinh dự được tặng Bằng khen theo Quyết định số 1.234/QĐ-UBND của Chủ tịch UBND tỉnh.',
    [['tập thể', 1, ['Hội Nông dân xã Tân Hòa'], 'tỉnh', 'bằng khen', RECEIVED, 'Hội Nông dân xã Tân Hòa vinh dự được tặng']]],
  // no form named: "biểu dương" is a standing as điển hình, a title given is named by its kind
  ['Hội Nông dân xã Tân Hòa được Huyện ủy biểu dương.',
    [['tập thể', 1, ['Hội Nông dân xã Tân Hòa'], 'huyện', 'điển hình', RECEIVED, 'Hội Nông dân xã Tân Hòa được Huyện ủy biểu dương']]],
  ['Ông Lê Văn Tám vinh dự được UBND tỉnh trao tặng danh hiệu “Công dân tiêu biểu”.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'tỉnh', 'danh hiệu', RECEIVED, 'Ông Lê Văn Tám vinh dự được UBND tỉnh trao tặng']]],
  ['Hội Nông dân xã Tân Hòa được tặng Bằng khen kèm phần thưởng.',
    [['tập thể', 1, ['Hội Nông dân xã Tân Hòa'], null, 'bằng khen', RECEIVED, 'Hội Nông dân xã Tân Hòa được tặng']]],
  // a body and a person honoured together: one fact per kind
  ['Hội Nông dân xã Tân Hòa và ông Lê Văn Tám được Huyện ủy tuyên dương.', [
    ['tập thể', 1, ['Hội Nông dân xã Tân Hòa'], 'huyện', 'điển hình', RECEIVED, 'Hội Nông dân xã Tân Hòa và ông Lê Văn Tám được Huyện ủy tuyên dương'],
    ['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'điển hình', RECEIVED, 'Hội Nông dân xã Tân Hòa và ông Lê Văn Tám được Huyện ủy tuyên dương'],
  ]],
  ['Đoàn xã và anh Lê Văn Tám được Huyện đoàn tuyên dương.', [
    ['tập thể', 1, ['Đoàn xã'], 'huyện', 'điển hình', RECEIVED, 'Đoàn xã và anh Lê Văn Tám được Huyện đoàn tuyên dương'],
    ['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'điển hình', RECEIVED, 'Đoàn xã và anh Lê Văn Tám được Huyện đoàn tuyên dương'],
  ]],
  ['Ông Lê Văn Tám, Trưởng ấp Long Hòa và Hội Nông dân xã Tân Hòa được Huyện ủy tuyên dương.', [
    ['tập thể', 1, ['Hội Nông dân xã Tân Hòa'], 'huyện', 'điển hình', RECEIVED, 'Ông Lê Văn Tám, Trưởng ấp Long Hòa và Hội Nông dân xã Tân Hòa được Huyện ủy tuyên dương'],
    ['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'điển hình', RECEIVED, 'Ông Lê Văn Tám, Trưởng ấp Long Hòa và Hội Nông dân xã Tân Hòa được Huyện ủy tuyên dương'],
  ]],
  // an appositive (a relative, a title that opens with a body's head word) is not a recipient
  ['Bà Trần Thị Hoa, vợ ông Lê Văn Tám, được Huyện ủy tuyên dương.',
    [['cá nhân', 1, ['Trần Thị Hoa'], 'huyện', 'điển hình', RECEIVED, 'Bà Trần Thị Hoa, vợ ông Lê Văn Tám, được Huyện ủy tuyên dương']]],
  ['Ông Lê Văn Tám, Đội trưởng Đội dân phòng ấp 3 được Huyện ủy tuyên dương.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'điển hình', RECEIVED, 'Ông Lê Văn Tám, Đội trưởng Đội dân phòng ấp 3 được Huyện ủy tuyên dương']]],
  ['Tại hội nghị tổng kết năm 2023, ông Lê Văn Tám, Đội trưởng Đội dân phòng ấp 3 được Huyện ủy tuyên dương.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'điển hình', RECEIVED, 'ông Lê Văn Tám, Đội trưởng Đội dân phòng ấp 3 được Huyện ủy tuyên dương']]],
  // a degree with its dot before the name ("ThS.") does not hide the name
  ['Dịp này, ThS. Lê Văn Tám, Trưởng khoa Nội Trung tâm Y tế huyện được Chủ tịch UBND huyện tặng Giấy khen.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'giấy khen', RECEIVED, 'ThS. Lê Văn Tám, Trưởng khoa Nội Trung tâm Y tế huyện được Chủ tịch UBND huyện tặng']]],
  // bodies listed with commas before the last "và", the first a pagoda written in lowercase
  ['Nhân dịp này, UBND tỉnh tặng Bằng khen cho chùa Long Hưng, Giáo xứ Cái Sơn và Thánh thất Cao Đài Phú Mỹ.',
    [['tập thể', 3, ['chùa Long Hưng', 'Giáo xứ Cái Sơn', 'Thánh thất Cao Đài Phú Mỹ'], 'tỉnh', 'bằng khen', GIVEN, 'tặng Bằng khen cho chùa Long Hưng, Giáo xứ Cái Sơn và Thánh thất Cao Đài Phú Mỹ']]],
  // a list after a colon may end with its sentence, with no "và" before its last body
  ['Hội Khuyến học huyện tặng Giấy khen cho các tập thể: Chi hội Khuyến học thôn Bình An, Chi hội Khuyến học Trường Tiểu học Hòa Lạc, Chi hội Khuyến học dòng họ Lê xã Hòa Tiến.',
    [['tập thể', 3, ['Chi hội Khuyến học thôn Bình An', 'Chi hội Khuyến học Trường Tiểu học Hòa Lạc', 'Chi hội Khuyến học dòng họ Lê xã Hòa Tiến'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho các tập thể: Chi hội Khuyến học thôn Bình An, Chi hội Khuyến học Trường Tiểu học Hòa Lạc, Chi hội Khuyến học dòng họ Lê xã Hòa Tiến']]],
  // the list closes with a count, counted by its own rule
  ['Chủ tịch UBND huyện tặng Giấy khen cho Giáo họ Đồng Mát, Giáo họ Bãi Sậy, Chùa Vân Thê và 6 cá nhân.',
    [['tập thể', 3, ['Giáo họ Đồng Mát', 'Giáo họ Bãi Sậy', 'Chùa Vân Thê'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho Giáo họ Đồng Mát, Giáo họ Bãi Sậy, Chùa Vân Thê']]],
  // a body honoured on the spot, with no "cho"; a person too
  ['Giám đốc Công an tỉnh đã khen thưởng đột xuất Đội Cảnh sát hình sự Công an huyện Lạc Dương vì phá nhanh vụ trộm.',
    [['tập thể', 1, ['Đội Cảnh sát hình sự Công an huyện Lạc Dương'], 'tỉnh', 'khen thưởng', 'award.named-object', 'khen thưởng đột xuất Đội Cảnh sát hình sự Công an huyện Lạc Dương']]],
  ['Chủ tịch UBND huyện khen thưởng đột xuất anh Hà Văn Thụy vì đã lao xuống sông cứu hai em nhỏ.',
    [['cá nhân', 1, ['Hà Văn Thụy'], 'huyện', 'khen thưởng', 'award.named-object', 'khen thưởng đột xuất anh Hà Văn Thụy']]],
  // (with no colon before the list, a ";" ends it: who comes after is another clause's)
  ['UBND xã tặng Giấy khen cho ông Lê Văn Tám; bà Trần Thị Hoa trao quà cho các hộ nghèo.',
    [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', GIVEN, 'tặng Giấy khen cho ông Lê Văn Tám']]],
  // persons honoured by name, two-word forms of address between them
  ['Hội biểu dương cụ Lê Văn Thuần, cụ bà Ngô Thị Quế và cụ bà Đào Thị Tạo.',
    [['cá nhân', 3, ['Lê Văn Thuần', 'Ngô Thị Quế', 'Đào Thị Tạo'], null, 'điển hình', 'award.named-object', 'biểu dương cụ Lê Văn Thuần, cụ bà Ngô Thị Quế và cụ bà Đào Thị Tạo']]],
  // listed after what they are honoured as and a colon, items ending with ";", one described
  ['Dịp này, Hội Người cao tuổi phường biểu dương các điển hình “Tuổi cao gương sáng” gồm: cụ Lê Văn Thuần (88 tuổi), nguyên Hiệu trưởng Trường THCS Bắc Hà, người mở lớp dạy chữ miễn phí; cụ bà Ngô Thị Quế (tổ dân phố số 5) và cụ Đào Đình Tạo.',
    [['cá nhân', 3, ['Lê Văn Thuần', 'Ngô Thị Quế', 'Đào Đình Tạo'], 'phường', 'điển hình', 'award.named-object', 'biểu dương các điển hình “Tuổi cao gương sáng” gồm: cụ Lê Văn Thuần (88 tuổi), nguyên Hiệu trưởng Trường THCS Bắc Hà, người mở lớp dạy chữ miễn phí; cụ bà Ngô Thị Quế (tổ dân phố số 5) và cụ Đào Đình Tạo']]],
  // the kind and a colon before the names, each name after its calling
  // a place honoured as a whole with its people
  ['Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Đảng bộ, chính quyền và nhân dân xã Đăk Rơ Wa vì thành tích xuất sắc.',
    [['tập thể', 1, ['Đảng bộ, chính quyền và nhân dân xã Đăk Rơ Wa'], 'trung ương', 'huân chương', GIVEN, 'tặng Huân chương Lao động hạng Ba cho Đảng bộ, chính quyền và nhân dân xã Đăk Rơ Wa']]],
  // persons named after their titles, and a degree written with two dots' parts ("BS.CKII")
  ['UBND huyện tặng giấy khen cho Trưởng Công an xã Lê Văn Hòa và Bí thư Đoàn xã Trần Thị Bé.',
    [['cá nhân', 2, ['Lê Văn Hòa', 'Trần Thị Bé'], 'huyện', 'giấy khen', GIVEN, 'tặng giấy khen cho Trưởng Công an xã Lê Văn Hòa và Bí thư Đoàn xã Trần Thị Bé']]],
  ['Bộ trưởng Bộ Y tế tặng Kỷ niệm chương cho BS.CKII Âu Minh Triết và Điều dưỡng trưởng bệnh viện Mã Thị Kiều.',
    [['cá nhân', 2, ['Âu Minh Triết', 'Mã Thị Kiều'], 'trung ương', 'kỷ niệm chương', GIVEN, 'tặng Kỷ niệm chương cho BS.CKII Âu Minh Triết và Điều dưỡng trưởng bệnh viện Mã Thị Kiều']]],
  ['Chủ tịch Hội Nông dân xã Lê Văn Hòa được UBND huyện tặng giấy khen.',
    [['cá nhân', 1, ['Lê Văn Hòa'], 'huyện', 'giấy khen', RECEIVED, 'Chủ tịch Hội Nông dân xã Lê Văn Hòa được UBND huyện tặng']]],
  // "các" before households named by their heads, and before persons addressed
  ['Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho các hộ ông Hà Văn Lành (thôn Nà Ngần), ông Vi Văn Sảng (thôn Bó Mu) và bà Lục Thị Then (thôn Khuổi Áng).',
    [['gia đình', 3, ['Hà Văn Lành', 'Vi Văn Sảng', 'Lục Thị Then'], 'trung ương', 'bằng khen', GIVEN, 'tặng Bằng khen cho các hộ ông Hà Văn Lành (thôn Nà Ngần), ông Vi Văn Sảng (thôn Bó Mu) và bà Lục Thị Then']]],
  ['Chủ tịch UBND huyện tặng Giấy khen cho các đồng chí Đinh Văn Pha, Lò Thị Lả và Quàng Văn Cương.',
    [['cá nhân', 3, ['Đinh Văn Pha', 'Lò Thị Lả', 'Quàng Văn Cương'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho các đồng chí Đinh Văn Pha, Lò Thị Lả và Quàng Văn Cương']]],
  ['Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân: bác sĩ Lưu Minh Trí, kỹ thuật viên Đào Thị Nụ và điều dưỡng Vi Văn Sơn.',
    [['cá nhân', 3, ['Lưu Minh Trí', 'Đào Thị Nụ', 'Vi Văn Sơn'], 'tỉnh', 'bằng khen', GIVEN, 'tặng Bằng khen cho các cá nhân: bác sĩ Lưu Minh Trí, kỹ thuật viên Đào Thị Nụ và điều dưỡng Vi Văn Sơn']]],
  // a comma alone opens the address of the body before it, not a list
  ['UBND huyện tặng Giấy khen cho Trạm Y tế xã Tân Lập, Trung tâm Y tế huyện Đông Sơn.',
    [['tập thể', 1, ['Trạm Y tế xã Tân Lập'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho Trạm Y tế xã Tân Lập']]],
];

// counted recipients are the count rule's, not named ones
const NOT_NAMED: string[] = [
  // one who receives an honour for others
  'Quận đoàn tặng Giấy khen cho 9 chi đoàn vững mạnh; chị Lê Ngọc Hân, Bí thư Đoàn trường, thay mặt các chi đoàn lên nhận giấy khen.',
  // (said after the honour, the officer's unit in the appositive no recipient either)
  'Đại úy Rơ Châm Khoa, Đội trưởng Đội Vận động quần chúng, Đồn Biên phòng Ia Puch, nhận Bằng khen thay mặt tập thể.',
  // an honour the subject once had, told as background
  'Hội Cựu chiến binh xã Đông Giang từng được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2004.',
  // the subject tells of the honours, given to others
  'Ông Lê Đình Quý, Trưởng ban khuyến học của dòng họ, cho biết năm nay dòng họ khen thưởng các cháu học giỏi, mỗi em được nhận một phần thưởng.',
  // the work of honours, a noun, before a body: no honour given
  'Hội nghị tổng kết công tác thi đua, khen thưởng Công an tỉnh năm 2023 diễn ra sáng nay.',
  'Chủ tịch UBND xã tặng Giấy khen cho hai đảng viên Lê Văn Tám và Trần Thị Hoa.',
  // a place given a status, not a thing handed over
  'Xã Đông Phong và xã Hải Yên được công nhận đạt chuẩn nông thôn mới nâng cao.',
];

describe('named recipients: forms', () => {
  it.each(FORMS)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('named recipients: negative corpus', () => {
  it.each(NOT_NAMED)('none in: %s', (sentence) => expect(named(sentence)).toEqual([]));
});

describe('named recipients: known gaps', () => {
  // where the subject is, in parentheses, does not part it from its verb
  it('"Ban Quản trị chùa Sóc Xoài (xã Lê Trì) được Ban Dân vận Tỉnh ủy tuyên dương điển hình cấp tỉnh."', () => {
    expect(named('Ban Quản trị chùa Sóc Xoài (xã Lê Trì) được Ban Dân vận Tỉnh ủy tuyên dương điển hình cấp tỉnh.')).toEqual([
      ['tập thể', 1, ['Ban Quản trị chùa Sóc Xoài'], 'tỉnh', 'điển hình', RECEIVED, 'Ban Quản trị chùa Sóc Xoài (xã Lê Trì) được Ban Dân vận Tỉnh ủy tuyên dương'],
    ]);
  });
  // fixed: a city written "TP." neither starts a clause nor ends an issuer
  it.each([
    ['Công an TP. Mỹ Tho vinh dự đón nhận Cờ thi đua của UBND tỉnh.',
      [['tập thể', 1, ['Công an TP. Mỹ Tho'], 'tỉnh', 'cờ thi đua', RECEIVED, 'Công an TP. Mỹ Tho vinh dự đón nhận']]],
    ['Hội Nông dân xã Tân Hòa được UBND TP. Cần Thơ tặng Bằng khen.',
      [['tập thể', 1, ['Hội Nông dân xã Tân Hòa'], 'thành phố', 'bằng khen', RECEIVED, 'Hội Nông dân xã Tân Hòa được UBND TP. Cần Thơ tặng']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
  // fixed: a gift is no honour, whichever comes first
  it.each([
    'Nhân dịp này, ông Lê Văn Tám được UBND xã tặng quà.',
    'Bà Trần Thị Hoa được Hội Chữ thập đỏ huyện trao 2 suất quà.',
  ])('none in: %s', (sentence) => expect(named(sentence)).toEqual([]));
  // a count inside the subject's description is no recipient of its own
  it.each([
    ['Ông Lê Văn Tám, người đã vận động 25 hộ dân hiến đất làm đường, được Huyện ủy tuyên dương.',
      [['cá nhân', 1, ['Lê Văn Tám'], 'huyện', 'điển hình', RECEIVED, 'Ông Lê Văn Tám, người đã vận động 25 hộ dân hiến đất làm đường, được Huyện ủy tuyên dương']]],
    // co-recipients counted after "và" share the honour: the one named is honoured too
    ['Ông Lê Văn Tám và 12 hộ dân trong ấp được UBND xã tặng Giấy khen.',
      [['cá nhân', 1, ['Lê Văn Tám'], 'xã', 'giấy khen', RECEIVED, 'Ông Lê Văn Tám và 12 hộ dân trong ấp được UBND xã tặng']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
  // … but counted recipients before the verb, not joined to the subject, are the recipients
  it.each([
    'Ông Lê Văn Tám đã vận động 12 hộ dân trong ấp được UBND xã tặng Giấy khen.',
  ])('none named in: %s', (sentence) => expect(named(sentence)).toEqual([]));
});

describe('named recipients in a proposal', () => {
  const awards = (body: string) =>
    extract(`Tin tức\n\n${body}`, { file: 'x.txt' }).awards.map((a) => [a.count, a.recipient_type, a.award, a.recipients]);
  it.each([
    // proposed, not given
    ['Ngày 10/5/2020, UBND xã đề nghị Chủ tịch UBND huyện tặng Giấy khen cho ông Lê Văn Tám.', []],
    // the proposal is another clause's
    ['Ngày 10/5/2020, Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám; đồng thời đề nghị UBND huyện khen thưởng 3 tập thể.',
      [[1, 'cá nhân', 'giấy khen', ['Lê Văn Tám']]]],
    // a proposal after the named recipient does not reach back
    ['Ngày 10/5/2020, Chủ tịch UBND xã tặng Giấy khen cho ông Lê Văn Tám, người được đề nghị nhiều lần.',
      [[1, 'cá nhân', 'giấy khen', ['Lê Văn Tám']]]],
  ] as Array<[string, unknown[]]>)('%s', (body, expected) => {
    expect(awards(body)).toEqual(expected);
  });
});

describe('a household named by its head', () => {
  it.each([
    ['Ông Lê Văn Hải trao Bằng khen của UBND tỉnh cho hộ ông Trần Văn Bảy.',
      [['gia đình', 1, ['Trần Văn Bảy'], 'tỉnh', 'bằng khen', GIVEN, 'trao Bằng khen của UBND tỉnh cho hộ ông Trần Văn Bảy']]],
    ['UBND huyện tặng Giấy khen cho gia đình cụ Lê Văn Thuận.',
      [['gia đình', 1, ['Lê Văn Thuận'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho gia đình cụ Lê Văn Thuận']]],
    ['Dịp này, hộ bà Lò Thị Mai được UBND huyện tặng Giấy khen.',
      [['gia đình', 1, ['Lò Thị Mai'], 'huyện', 'giấy khen', RECEIVED, 'hộ bà Lò Thị Mai được UBND huyện tặng']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('persons addressed as teachers', () => {
  it.each([
    ['Cô Lê Thị Mai, Tổ trưởng tổ Toán và thầy Trần Văn Hào, Tổ trưởng tổ Ngữ văn vinh dự nhận Kỷ niệm chương “Vì sự nghiệp giáo dục”.',
      [['cá nhân', 2, ['Lê Thị Mai', 'Trần Văn Hào'], null, 'kỷ niệm chương', RECEIVED, 'Cô Lê Thị Mai, Tổ trưởng tổ Toán và thầy Trần Văn Hào, Tổ trưởng tổ Ngữ văn vinh dự nhận']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('a place honoured as a whole', () => {
  it.each([
    ['Dịp này, Chủ tịch UBND tỉnh tặng Cờ thi đua cho xã Tân Lập, đơn vị dẫn đầu phong trào thi đua năm 2019.',
      [['tập thể', 1, ['xã Tân Lập'], 'tỉnh', 'cờ thi đua', GIVEN, 'tặng Cờ thi đua cho xã Tân Lập']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
  // a place after a person's title is an address, not a second recipient
  it('an address after a title is no recipient', () => {
    const got = named('Dịp này, ông Lê Văn Tám, Tổ trưởng Tổ dân phố 4, khu phố 2, Phường 7 được công nhận điển hình cấp quận.');
    expect(got.map((n) => n[2])).toEqual([['Lê Văn Tám']]);
  });
});

describe('named recipients: list items, religious bodies, orders', () => {
  it.each([
    // a list item with no verb: form, giver, "cho", recipient
    ['- Bằng khen của Tổng Liên đoàn Lao động Việt Nam cho Công đoàn Công ty và 3 cá nhân;',
      [['tập thể', 1, ['Công đoàn Công ty'], 'trung ương', 'bằng khen', GIVEN, '- Bằng khen của Tổng Liên đoàn Lao động Việt Nam cho Công đoàn Công ty']]],
    ['Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho Họ đạo Cao Đài Long Hòa.',
      [['tập thể', 1, ['Họ đạo Cao Đài Long Hòa'], 'tỉnh', 'bằng khen', GIVEN, 'tặng Bằng khen cho Họ đạo Cao Đài Long Hòa']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));

  it('an order (Huân chương) is trung ương whoever hands it over', () => {
    const record = extract('Tin tức.\nPhó Chủ tịch UBND tỉnh Lê Văn Tám trao Huân chương Lao động hạng Ba cho Công ty Cấp nước Tân Hòa.', { file: 'x.txt' });
    expect(record.awards.map((a) => [a.count, a.level, a.award, a.rule])).toEqual([[1, 'trung ương', 'huân chương', 'award.named-given+level.state-order']]);
  });
});

describe('a table of named recipients with a column of honours', () => {
  it('gives each row the honour of its own cell, after the unit\'s cell, and drops the total the rows make', () => {
    const text = [
      'Tin công đoàn', '',
      'Ngày 7/3/2019, 3 nữ đoàn viên được nhận Bằng khen của cấp trên:', '',
      '| STT | Họ và tên | Đơn vị | Hình thức khen thưởng |',
      '|-----|-----------|--------|-----------------------|',
      '| 1 | Lò Thị Én | Công đoàn Trường Tiểu học Nà Sản | Bằng khen của Tổng LĐLĐ Việt Nam |',
      '| 2 | Cầm Thị Hoa | Công đoàn Công ty Chè Mộc Lỵ | Bằng khen của LĐLĐ tỉnh Sơn La |',
      '| 3 | Vì Thị Nga | Công đoàn xã Chiềng Sinh | Bằng khen của LĐLĐ tỉnh Sơn La |', '',
    ].join('\n');
    expect(extract(text, { file: 'x.txt' }).awards.map((a) => [a.recipient_type, a.count, a.level, a.award, a.recipients])).toEqual([
      ['cá nhân', 1, 'trung ương', 'bằng khen', ['Lò Thị Én']],
      ['cá nhân', 2, 'tỉnh', 'bằng khen', ['Cầm Thị Hoa', 'Vì Thị Nga']],
    ]);
  });
});

describe('a body and a person given the same honour', () => {
  it.each([
    ['Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho Hội đồng Mục vụ giáo xứ Tân Lập và già làng A Hùng.',
      [['tập thể', 1, ['Hội đồng Mục vụ giáo xứ Tân Lập'], 'tỉnh', 'giấy khen', GIVEN, 'tặng Giấy khen cho Hội đồng Mục vụ giáo xứ Tân Lập'],
        ['cá nhân', 1, ['A Hùng'], 'tỉnh', 'giấy khen', GIVEN, 'tặng Giấy khen cho Hội đồng Mục vụ giáo xứ Tân Lập và già làng A Hùng']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('a recipient addressed by any form of address of the lexicon', () => {
  it.each([
    ['Riêng Ni sư Thích Nữ Diệu Thanh được Ủy ban MTTQ tỉnh tặng bằng khen vì nhiều đóng góp.',
      [['cá nhân', 1, ['Thích Nữ Diệu Thanh'], 'tỉnh', 'bằng khen', RECEIVED, 'Ni sư Thích Nữ Diệu Thanh được Ủy ban MTTQ tỉnh tặng']]],
    // (the next one too, after "và")
    ['Bà Lê Thị Hoa trao bằng khen cho Giáo hữu Ngọc Minh Thanh và Chánh trị sự Võ Văn Lành.',
      [['cá nhân', 2, ['Ngọc Minh Thanh', 'Võ Văn Lành'], null, 'bằng khen', GIVEN, 'trao bằng khen cho Giáo hữu Ngọc Minh Thanh và Chánh trị sự Võ Văn Lành']]],
    ['Sư cô Thích Nữ Huệ Tâm được UBND huyện tặng giấy khen.',
      [['cá nhân', 1, ['Thích Nữ Huệ Tâm'], 'huyện', 'giấy khen', RECEIVED, 'Sư cô Thích Nữ Huệ Tâm được UBND huyện tặng']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('a list whose items of one kind are parted by an item of another', () => {
  it('makes one entry of each kind', () => {
    const text = ['Đại hội thi đua', '', 'Sáng 5-6, huyện Tân Lạc tổ chức đại hội thi đua yêu nước.', '',
      'Đại hội cũng tuyên dương các điển hình tiên tiến của huyện:',
      '- Ông Hà Văn Khuê, Trưởng xóm Mỏ, xã Phú Lương;',
      '- Trường Tiểu học Suối Hoa;',
      '- Em Bùi Thị Lan, học sinh Trường THCS Phú Lương.', ''].join('\n');
    expect(extract(text, { file: 'x.txt' }).awards.map((a) => [a.recipient_type, a.count, a.recipients])).toEqual([
      ['cá nhân', 2, ['Hà Văn Khuê', 'Bùi Thị Lan']],
      ['tập thể', 1, ['Trường Tiểu học Suối Hoa']],
    ]);
  });
});

describe('units named in lowercase by their kind and their village', () => {
  it.each([
    ['Hội Khuyến học huyện tặng Giấy khen cho chi hội khuyến học xóm 2 và chi hội khuyến học xóm 9 vì có nhiều thành tích.',
      [['tập thể', 2, ['chi hội khuyến học xóm 2', 'chi hội khuyến học xóm 9'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho chi hội khuyến học xóm 2 và chi hội khuyến học xóm 9']]],
    ['Huyện đoàn tặng Giấy khen cho chi đoàn thanh niên thôn Đông Lâm.',
      [['tập thể', 1, ['chi đoàn thanh niên thôn Đông Lâm'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho chi đoàn thanh niên thôn Đông Lâm']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('a degree without dots before a recipient', () => {
  it.each([
    ['Dịp này, Bộ trưởng Bộ Y tế tặng Bằng khen cho BSCKII Lê Văn Hào, Trưởng khoa Nội.',
      [['cá nhân', 1, ['Lê Văn Hào'], 'trung ương', 'bằng khen', GIVEN, 'tặng Bằng khen cho BSCKII Lê Văn Hào']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('two bodies of the same kind joined by "và"', () => {
  it.each([
    ['Dịp này, Công đoàn ngành Giáo dục và Công đoàn các Khu công nghiệp tỉnh nhận Cờ thi đua của LĐLĐ tỉnh.',
      [['tập thể', 2, ['Công đoàn ngành Giáo dục', 'Công đoàn các Khu công nghiệp tỉnh'], 'tỉnh', 'cờ thi đua', RECEIVED, 'Công đoàn ngành Giáo dục và Công đoàn các Khu công nghiệp tỉnh nhận']]],
    // one body whose name has "và" inside stays one
    ['Dịp này, Sở Tài nguyên và Môi trường nhận Cờ thi đua của UBND tỉnh.',
      [['tập thể', 1, ['Sở Tài nguyên và Môi trường'], 'tỉnh', 'cờ thi đua', RECEIVED, 'Sở Tài nguyên và Môi trường nhận']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('a recipient addressed by profession', () => {
  it.each([
    ['Bác sĩ Lê Thị Thu, Trưởng khoa Nhi Trung tâm Y tế huyện, vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen.',
      [['cá nhân', 1, ['Lê Thị Thu'], 'tỉnh', 'bằng khen', RECEIVED, 'Bác sĩ Lê Thị Thu, Trưởng khoa Nhi Trung tâm Y tế huyện, vinh dự được Chủ tịch UBND tỉnh tặng']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('a unit whose standard name is lowercase', () => {
  it.each([
    ['Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho Bộ phận tiếp nhận và trả kết quả xã Tân Lập; Đảng ủy xã tặng Giấy khen cho 4 chi bộ.',
      [['tập thể', 1, ['Bộ phận tiếp nhận và trả kết quả xã Tân Lập'], 'huyện', 'giấy khen', GIVEN, 'tặng Giấy khen cho Bộ phận tiếp nhận và trả kết quả xã Tân Lập']]],
  ] as Array<[string, N[]]>)('%s', (sentence, expected) => expect(named(sentence)).toEqual(expected));
});

describe('a list of bare lines under a lead that ends with a colon', () => {
  const awards = (text: string) => extract(text, { file: 'x.txt' }).awards.map((a) => [a.recipient_type, a.count, a.level, a.award, a.recipients]);
  it('counts each line as one of the kind the lead opens with', () => {
    const text = ['Nhà máy tổng kết năm', '', 'Ngày 12-1, Nhà máy Gạch Tuynel Hòa An tổng kết năm 2022.', '',
      'Cá nhân được Giám đốc Nhà máy tặng giấy khen:', '', 'Lục Văn Sáng', 'Nông Thị Hiền', 'Đàm Quốc Việt', '', 'Hội nghị kết thúc lúc 11 giờ.', ''].join('\n');
    expect(awards(text)).toEqual([['cá nhân', 3, 'cơ sở', 'giấy khen', ['Lục Văn Sáng', 'Nông Thị Hiền', 'Đàm Quốc Việt']]]);
  });
  it('names the ones a counted lead told of, without counting them again', () => {
    const text = ['Nhà máy tổng kết năm', '', 'Ngày 12-1, Nhà máy Gạch Tuynel Hòa An tổng kết năm 2022.', '',
      'Giám đốc Nhà máy tặng giấy khen cho 3 tập thể:', '', 'Tổ Lò nung', 'Phân xưởng Tạo hình', 'Kho thành phẩm', '', 'Hội nghị kết thúc lúc 11 giờ.', ''].join('\n');
    expect(awards(text)).toEqual([['tập thể', 3, 'cơ sở', 'giấy khen', ['Tổ Lò nung', 'Phân xưởng Tạo hình', 'Kho thành phẩm']]]);
  });
  it('reads the units of a company by their head word when the lead names no kind', () => {
    const text = ['Mỏ than tổng kết năm', '', 'Ngày 15-1, Công ty Than Đèo Gió tổng kết năm 2012.', '',
      'Giám đốc công ty tặng danh hiệu “Tập thể lao động xuất sắc” cho:', '', 'Phân xưởng Sàng tuyển', 'Chi nhánh Cẩm Phả', 'Xưởng Sửa chữa ô tô', '', 'Hội nghị kết thúc lúc 11 giờ.', ''].join('\n');
    expect(awards(text)).toEqual([['tập thể', 3, 'cơ sở', 'tập thể lao động xuất sắc', ['Phân xưởng Sàng tuyển', 'Chi nhánh Cẩm Phả', 'Xưởng Sửa chữa ô tô']]]);
  });
  it('reads no title in capitals, table header or sentence as a line of the list', () => {
    const text = ['Nhà máy tổng kết năm', '', 'Ngày 12-1, Nhà máy Gạch Tuynel Hòa An tổng kết năm 2022.', '',
      'Giám đốc Nhà máy tặng giấy khen cho các tập thể như sau:', '', 'KẾT QUẢ KHEN THƯỞNG NĂM 2022', 'STT Tập thể Hình thức', '', 'Ông Lục Văn Sáng phát biểu bế mạc.', ''].join('\n');
    expect(awards(text)).toEqual([]);
  });
});
