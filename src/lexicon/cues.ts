// Words that make a count an honour, and words that make it something else.

// Verbs and nouns of honouring: a count needs one of these in its clause.
export const HONOUR_CUES = [
  // "đạt" alone is any achievement ("quỹ đạt 1,2 tỷ"); only "đạt điển hình/danh hiệu" honours
  'tuyên dương', 'khen thưởng', 'khen', 'công nhận', 'trao', 'tặng', 'nhận', 'đạt điển hình', 'đạt danh hiệu', 'vinh danh',
  'biểu dương', 'thưởng', 'bằng khen', 'giấy khen', 'kỷ niệm chương', 'kỉ niệm chương',
  'huân chương', 'huy chương', 'cờ thi đua', 'điển hình', 'được khen', 'suy tôn', 'tôn vinh',
];

// Verbs that make a count something other than an honour when they govern it
// ("1.019 tập thể đăng ký", "đề nghị tặng 5 tập thể", "hỗ trợ 120 hộ").
export const NOT_HONOUR_CUES = [
  'đăng ký', 'đăng kí', 'tham gia', 'tham dự', 'dự thi', 'thi đấu', 'dự', 'đề nghị', 'đề xuất', 'kiến nghị',
  'giới thiệu', 'xét chọn', 'bình chọn', 'bình xét', 'hỗ trợ', 'giúp đỡ', 'giúp', 'thăm', 'thăm hỏi',
  // (and people mobilized for a task: "huy động 150 người và 4 xe chữa cháy"; and the entrants
  // a contest drew: "cuộc thi thu hút 17 đội và hơn 9.000 lượt thí sinh")
  'huy động', 'thu hút',
  'tiếp cận', 'vận động', 'phát động', 'hướng dẫn', 'tập huấn', 'bồi dưỡng', 'cấp phát', 'cho vay',
  'xây dựng', 'sửa chữa', 'bàn giao', 'trao tặng quà', 'tặng quà', 'trao quà', 'học bổng', 'suất quà',
  'sổ tiết kiệm', 'phần quà', 'ghi nhận', 'ủng hộ', 'đóng góp', 'hiến', 'chăm lo', 'thoát nghèo',
  'dự kiến', 'sẽ', 'chuẩn bị', 'đang', 'lựa chọn', 'chọn', 'đón', 'có mặt', 'có hơn', 'với hơn', 'với sự',
  // sponsoring children or households is help, not an honour ("nhận đỡ đầu 87 học sinh")
  'nhận đỡ đầu', 'đỡ đầu', 'nhận nuôi', 'nhận hỗ trợ', 'nhận quà', 'nhận học bổng',
  // members admitted, staff appointed: "trao quyết định kết nạp cho 12 doanh nghiệp hội viên mới",
  // a group founded with its members: "thành lập tổ hợp tác chăn nuôi với 27 thành viên"
  'kết nạp', 'bổ nhiệm', 'thành lập',
  // and the other decisions on staff, handed over as such: "trao quyết định nghỉ hưu cho 3 đồng chí",
  // "điều động", "luân chuyển", "chuẩn y", members made full: "công nhận đảng viên chính thức cho 95
  // đồng chí"
  'nghỉ hưu', 'điều động', 'luân chuyển', 'chuẩn y', 'đảng viên chính thức',
  // the people rescued are no recipients: "khen thưởng các tập thể đã dũng cảm cứu nạn 9 ngư dân"
  'cứu nạn', 'cứu sống', 'cứu vớt', 'giải cứu', 'cứu',
  // pledges to reach a title are no title reached: "52 hộ hội viên đã ký cam kết phấn đấu đạt danh hiệu …"
  'cam kết',
  // an honour dedicated, in thanks, to those behind the recipient: "Phần thưởng này dành cho
  // hơn 300 nhân viên y tế …"
  'dành cho',
  // what is given back is no honour: "trao trả tài sản cho 11 người bị hại", "hoàn trả cho 5 hộ"
  'trao trả', 'hoàn trả', 'trả lại',
  // houses built for people in need are help: "trao 2 “Mái ấm Công đoàn” cho 2 đoàn viên", "bàn
  // giao nhà tình nghĩa cho 3 hộ"
  'mái ấm', 'nhà tình nghĩa', 'nhà đại đoàn kết', 'nhà tình thương', 'nhà nhân ái',
  // files and people received by an office: "39 cơ quan thực hiện cơ chế một cửa, tiếp nhận và giải
  // quyết 71.400 hồ sơ"
  'tiếp nhận',
  // jobs made are a result, not an honour: "giải quyết việc làm cho 8 lao động"
  'việc làm',
  // a bonus is pay, not an honour: "thông báo mức thưởng Tết bình quân 1,2 tháng lương cho 1.236
  // công nhân"
  'mức thưởng', 'thưởng tết',
  // flowers of thanks to donors: "tặng hoa cảm ơn 7 doanh nghiệp, nhà hảo tâm đã hỗ trợ …"
  'tặng hoa cảm ơn', 'tặng hoa tri ân',
  // the flag that sends teams off, or marks them, is no honour: "trao cờ ra quân cho 28 đội hình
  // tình nguyện", "14 đội hình … ra mắt và nhận cờ hiệu"
  'cờ ra quân', 'cờ hiệu', 'cờ lệnh', 'nhận cờ hiệu', 'nhận cờ ra quân', 'ra quân', 'ra mắt',
  // cards of a membership or a service, diplomas and a souvenir flag of taking part are no honour:
  // "trao thẻ hội viên cho 9 hội viên mới", "cấp thẻ BHYT cho 17 hộ", "trao chứng chỉ cho 21 học
  // viên", "tặng cờ lưu niệm cho 18 đội" (certificates: see
  // CERTIFIES_NO_HONOUR, award/context.ts)
  'chứng chỉ', 'cờ lưu niệm', 'thẻ hội viên', 'thẻ đảng viên', 'thẻ đoàn viên', 'thẻ bảo hiểm', 'thẻ bhyt', 'thẻ căn cước',
];

// Results of a contest or an exam told of a count, no honour by themselves: "toàn huyện có 43 học
// sinh đạt giải học sinh giỏi cấp tỉnh", "9 em thi đỗ", "4 trường đạt chuẩn quốc gia" (but an honour
// given them is one: "tặng Giấy khen cho 21 học sinh đạt giải …", see placedOnly in sentence.ts)
export const PLACING = ['đạt giải', 'đoạt giải', 'giành giải', 'đạt huy chương', 'giành huy chương', 'thi đỗ', 'đỗ', 'đậu', 'trúng tuyển', 'đạt chuẩn'];

// Words right after a recipient word that make the count not an honour ("tập thể đăng ký")
export const NOT_HONOUR_AFTER = [
  'đăng ký', 'đăng kí', 'tham gia', 'tham dự', 'dự thi', 'được hỗ trợ', 'được giúp', 'được thăm',
  'nghèo', 'cận nghèo', 'khó khăn', 'chính sách', 'được đề nghị', 'được đề xuất', 'đề nghị', 'đề xuất',
  'được giới thiệu', 'được xét', 'được chọn', 'được lựa chọn', 'có hoàn cảnh', 'vi phạm', 'được tập huấn',
  'được vay', 'được nhận quà', 'nhận quà', 'được tặng quà', 'nhận học bổng', 'được nhận học bổng',
  'ký cam kết', 'cam kết',
  // victims of a case: "11 người bị hại"
  'bị hại',
  // the units that held an event of their own: "46 cơ quan, trường học đã tổ chức hội nghị …"
  'đã tổ chức',
  // a contest's teams and candidates: "9 đội thi", "17 đội và hơn 9.000 lượt thí sinh"
  'thi', 'thí sinh',
];

// Contest results are not recipient counts ("giải nhất", "3 giải nhì", "18 đội dự thi")
// and the flags that rank a sports meet's delegations ("trao Cờ nhất, nhì, ba toàn đoàn cho ba đơn vị")
export const CONTEST_WORDS = ['giải nhất', 'giải nhì', 'giải ba', 'giải khuyến khích', 'giải đặc biệt', 'đội dự thi', 'đội thi', 'cờ nhất', 'cờ nhì', 'cờ ba'];

// Things handed over that are gifts, not honours: "tặng quà", "tặng máy bơm nước", "trao 2 con bò
// giống", "tặng tiền mặt" (not "tiền thưởng", a reward), "trao 120 suất học bổng"
export const GIFT_THINGS = [
  'quà', 'phần quà', 'tiền mặt', 'hiện vật', 'sổ tiết kiệm', 'xe đạp', 'xe lăn', 'nhà', 'máy', 'bò', 'heo', 'lợn', 'dê', 'gà',
  'con giống', 'cây giống', 'giống', 'phân bón', 'học bổng', 'gạo', 'sách', 'vở', 'áo', 'chăn', 'mền', 'điện thoại', 'máy tính',
  'ti vi', 'tivi', 'bàn ghế', 'thiết bị', 'vật tư', 'nhu yếu phẩm', 'khẩu trang', 'nước sạch', 'lương thực', 'thực phẩm',
  // flowers, of thanks or farewell: "Đại hội tặng hoa chia tay 4 đồng chí …"; a souvenir of taking
  // part: "Tất cả 17 đội đều được tặng cờ lưu niệm"
  'hoa', 'cờ lưu niệm', 'quà lưu niệm',
];
