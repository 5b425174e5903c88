// Words that name who is honoured, mapped to the recipient type of the annotation guide.
// Longest forms first is handled by the pattern builder.
import type { RecipientTypeValue } from '../schema.js';

export const RECIPIENT_WORDS: Record<string, RecipientTypeValue> = {
  // collectives
  'tập thể': 'tập thể',
  'đơn vị': 'tập thể',
  'tổ chức': 'tập thể',
  'chi bộ': 'tập thể',
  'đảng bộ': 'tập thể',
  'cơ quan': 'tập thể',
  'tổ dân vận': 'tập thể',
  'tổ dân phố': 'tập thể',
  'doanh nghiệp': 'tập thể',
  'trường': 'tập thể',
  'chi hội': 'tập thể',
  'tổ': 'tập thể',
  // a volunteers' formation: "3 đội hình tình nguyện"
  'đội hình': 'tập thể',
  // a fishing boat honoured with its crew: "tặng Giấy khen cho 5 tàu cá và 23 ngư dân"
  'tàu cá': 'tập thể',
  // the people's committees of communes, counted: "cho 5 UBND xã và 6 tổ chức dịch vụ thu"
  'ubnd xã': 'tập thể',
  'ubnd phường': 'tập thể',
  'ubnd thị trấn': 'tập thể',
  // libraries and teams of a cultural movement: "5 thư viện xã", "bốn đội chiêng", "6 đội văn nghệ"
  // (not a reading corner, a thing given as often: "tặng 37 tủ sách pháp luật cho các dòng họ")
  'thư viện': 'tập thể',
  'đội chiêng': 'tập thể',
  'đội văn nghệ': 'tập thể',
  // a mass organisation, a grassroots youth union: "tặng Giấy khen cho 9 chi bộ, 4 đoàn thể và
  // 17 đảng viên", "cho 4 đoàn cơ sở và 9 chi đoàn"
  'đoàn thể': 'tập thể',
  'đoàn cơ sở': 'tập thể',
  // any team, whatever it does: "khen thưởng 4 đội và 11 cán bộ, chiến sĩ", "tặng Giấy khen cho 9
  // đội cồng chiêng", "4 đội thuế" (a contest's teams are no recipients: "18 đội dự thi", "9 đội
  // thi", CONTEST_WORDS and NOT_HONOUR_AFTER; the Pioneers' "đội viên" are persons)
  'đội': 'tập thể',
  'đội viên': 'cá nhân',
  // a village's community given a forest to keep, a group of households on contract: "tặng Giấy
  // khen cho 4 cộng đồng thôn", "4 nhóm hộ nhận khoán"
  'cộng đồng': 'tập thể',
  'cộng đồng dân cư': 'tập thể',
  'nhóm hộ': 'tập thể',
  // a plantation's or a co-operative's production teams: "tặng Giấy khen cho 8 đội sản xuất"
  'đội sản xuất': 'tập thể',
  // a factory's workshops: "trao Giấy khen cho 4 phân xưởng và 58 người lao động"
  'phân xưởng': 'tập thể',
  // a school's classes: "tặng Giấy khen cho 5 lớp và 47 học sinh"
  'lớp': 'tập thể',
  // the Pioneers' units of a school and of a class: "8 liên đội vững mạnh xuất sắc", "12 chi đội"
  'liên đội': 'tập thể',
  'chi đội': 'tập thể',
  // units of the army, the militia and the border guard: "khen thưởng 2 trung đội dân quân thường
  // trực", "3 đồn biên phòng"
  'tiểu đội': 'tập thể',
  'trung đội': 'tập thể',
  'đại đội': 'tập thể',
  'tiểu đoàn': 'tập thể',
  'trung đoàn': 'tập thể',
  'hải đội': 'tập thể',
  'đồn biên phòng': 'tập thể',
  'tổ chuyên môn': 'tập thể',
  'tổ tự quản': 'tập thể',
  'giáo xứ': 'tập thể',
  'hợp tác xã': 'tập thể',
  // co-operatives by their abbreviation: "cho 6 HTX có thành tích xuất sắc"
  'htx': 'tập thể',
  'tổ chức cơ sở đảng': 'tập thể',
  // (and as party bulletins write it: "cho 12 TCCS đảng TSVM tiêu biểu")
  'tccs đảng': 'tập thể',
  'khu dân cư': 'tập thể',
  // places of worship as units: "2 cơ sở tôn giáo", "4 cơ sở tự viện"
  'cơ sở tôn giáo': 'tập thể',
  'cơ sở tự viện': 'tập thể',
  // and by their kind: "5 chùa", "4 đạo tràng", "3 tịnh xá", "2 họ đạo", "6 hội thánh"
  'chùa': 'tập thể',
  'nhà chùa': 'tập thể',
  'đạo tràng': 'tập thể',
  'tịnh xá': 'tập thể',
  'tự viện': 'tập thể',
  'họ đạo': 'tập thể',
  // and the sub-parishes of a Catholic parish: "7 giáo họ"
  'giáo họ': 'tập thể',
  'hội thánh': 'tập thể',
  'thánh thất': 'tập thể',
  'nhà thờ': 'tập thể',
  'câu lạc bộ': 'tập thể',
  'công đoàn cơ sở': 'tập thể',
  // a union's units and a youth union's branches: "4 công đoàn bộ phận", "15 chi đoàn"
  // (a union's member is a person: "20 công đoàn viên")
  'công đoàn bộ phận': 'tập thể',
  'công đoàn': 'tập thể',
  'công đoàn viên': 'cá nhân',
  'chi đoàn': 'tập thể',
  // grassroots units of an association: "21 cơ sở Hội"
  'cơ sở hội': 'tập thể',
  // and of the youth union: "hai cơ sở Đoàn"
  'cơ sở đoàn': 'tập thể',
  // the military command of a commune or district: "03 Ban CHQS xã, thị trấn"
  'ban chqs': 'tập thể',
  'ban chỉ huy quân sự': 'tập thể',
  // hospital departments: "16 khoa, phòng"
  'khoa': 'tập thể',
  'khoa, phòng': 'tập thể',
  // clans honoured for learning: "3 dòng họ khuyến học"
  'dòng họ': 'tập thể',
  // and the village communities the movement recognises: "18 “Cộng đồng học tập”"
  'cộng đồng học tập': 'tập thể',
  // the Front's committee of a hamlet or quarter: "12 Ban công tác Mặt trận khu dân cư"
  'ban công tác mặt trận': 'tập thể',
  // the boards that run pagodas and churches: "2 ban quản trị chùa"; a religion's executive
  // boards: "7 Ban Trị sự xã, thị trấn"; the boards that run a quarter or represent a body:
  // "12 ban điều hành khu phố", "5 ban đại diện Hội Người cao tuổi"
  'ban quản trị': 'tập thể',
  // a Buddhist youth group, no family: "3 Gia đình Phật tử"
  'gia đình phật tử': 'tập thể',
  // the boards that run a market, a forest or a project: "Bốn Ban quản lý chợ nhận Giấy khen"
  'ban quản lý': 'tập thể',
  'ban trị sự': 'tập thể',
  // a parish's lay board: "5 Ban Hành giáo"
  'ban hành giáo': 'tập thể',
  'ban điều hành': 'tập thể',
  'ban đại diện': 'tập thể',
  // a congregation's youth board: "9 ban thanh niên chi hội"
  'ban thanh niên': 'tập thể',
  // the bodies that run an election, and the standing boards of the Front: "9 Ban bầu cử", "2 Ủy
  // ban bầu cử xã", "bảy Ban Thường trực Ủy ban MTTQ huyện"
  'ban bầu cử': 'tập thể',
  'ủy ban bầu cử': 'tập thể',
  'ban thường trực': 'tập thể',
  // a department's rooms and units: "6 phòng, ban, đơn vị"
  'phòng, ban': 'tập thể',
  'phòng, ban, đơn vị': 'tập thể',
  // branches of a national agency or a bank: "công nhận … cho 6 chi cục", "4 chi nhánh"
  'chi cục': 'tập thể',
  'chi nhánh': 'tập thể',
  // health units: "khen thưởng 7 trạm y tế xã", "2 bệnh viện", "3 trung tâm y tế"
  'trạm y tế': 'tập thể',
  'trạm': 'tập thể',
  'bệnh viện': 'tập thể',
  'trung tâm y tế': 'tập thể',
  // a bank's district offices: "4 phòng giao dịch"; the post offices that collect for the social
  // insurance: "cho 9 bưu điện văn hóa xã"
  'phòng giao dịch': 'tập thể',
  'bưu điện': 'tập thể',
  // workshops and businesses of a craft village or a market: "3 cơ sở sản xuất nón", "4 cơ sở kinh doanh"
  'cơ sở sản xuất': 'tập thể',
  'cơ sở kinh doanh': 'tập thể',
  // individuals, also people counted by their role
  'cá nhân': 'cá nhân',
  'cán bộ': 'cá nhân',
  'đảng viên': 'cá nhân',
  // party members as party bulletins write them: "tặng GK cho 17 TCCS đảng … và 31 ĐV hoàn thành xuất sắc nhiệm vụ"
  'đv': 'cá nhân',
  'hội viên': 'cá nhân',
  // members of a co-operative, a club or a team: "khen thưởng 9 thành viên sản xuất giỏi"
  'thành viên': 'cá nhân',
  // the old word for a co-operative's member (not a commune, "xã"): "tặng giấy khen cho 25 xã viên"
  'xã viên': 'cá nhân',
  'đoàn viên': 'cá nhân',
  'chiến sĩ': 'cá nhân',
  'chiến sỹ': 'cá nhân',
  'cán bộ, chiến sĩ': 'cá nhân',
  // the traders of a market and the owners of boarding houses: "tặng Giấy khen cho 24 tiểu thương",
  // "khen thưởng 12 chủ nhà trọ"
  'tiểu thương': 'cá nhân',
  'chủ nhà trọ': 'cá nhân',
  // the courts' and procuracies' people: "công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 14 thẩm
  // phán, thư ký", "12 kiểm sát viên"
  'thẩm phán': 'cá nhân',
  'kiểm sát viên': 'cá nhân',
  'hội thẩm': 'cá nhân',
  // the officers of a commune's police: "khen thưởng 5 công an viên"
  'công an viên': 'cá nhân',
  // (and the police of communes, as units: "tặng Giấy khen cho 5 Công an xã")
  'công an xã': 'tập thể',
  'công an phường': 'tập thể',
  'công an thị trấn': 'tập thể',
  // servicemen of an army unit: "35 quân nhân", "12 sĩ quan", "hạ sĩ quan, binh sĩ"
  'quân nhân': 'cá nhân',
  'sĩ quan': 'cá nhân',
  'binh sĩ': 'cá nhân',
  'công chức': 'cá nhân',
  'viên chức': 'cá nhân',
  'giáo viên': 'cá nhân',
  // a university's teachers and staff: "9 giảng viên", "12 cán bộ, giảng viên"
  'giảng viên': 'cá nhân',
  'cán bộ, giảng viên': 'cá nhân',
  'cán bộ, giáo viên': 'cá nhân',
  'học sinh': 'cá nhân',
  'sinh viên': 'cá nhân',
  // students from abroad: "16 lưu học sinh Lào"; the Vietnamese abroad: "14 kiều bào"
  'lưu học sinh': 'cá nhân',
  'kiều bào': 'cá nhân',
  // the Pioneers' leaders of a school: "12 Tổng phụ trách Đội giỏi"
  'tổng phụ trách': 'cá nhân',
  // the secretaries of the grassroots cells and the Pioneers' leaders, counted by the title they
  // hold or are honoured with: "tuyên dương 9 Bí thư chi đoàn giỏi", "14 bí thư chi bộ tiêu biểu",
  // "27 Chỉ huy Đội giỏi"
  'bí thư chi đoàn': 'cá nhân',
  'bí thư chi bộ': 'cá nhân',
  'chỉ huy đội': 'cá nhân',
  // the young counted by the title they are honoured with: "tuyên dương 120 “Cháu ngoan Bác Hồ”",
  // "40 “Sinh viên 5 tốt”", "25 “Học sinh 3 tốt”"
  'cháu ngoan bác hồ': 'cá nhân',
  'sinh viên 5 tốt': 'cá nhân',
  'học sinh 3 tốt': 'cá nhân',
  // the year's new students, and a clan's young: "37 tân sinh viên", "khen thưởng 21 con cháu"
  'tân sinh viên': 'cá nhân',
  'con cháu': 'cá nhân',
  'học viên': 'cá nhân',
  'nhà giáo': 'cá nhân',
  'thầy giáo': 'cá nhân',
  'cô giáo': 'cá nhân',
  'bác sĩ': 'cá nhân',
  // the other people of health care: "9 cộng tác viên dân số", "12 điều dưỡng", "5 kỹ thuật viên"
  'cộng tác viên': 'cá nhân',
  'điều dưỡng': 'cá nhân',
  'y tá': 'cá nhân',
  'hộ lý': 'cá nhân',
  'dược sĩ': 'cá nhân',
  'kỹ thuật viên': 'cá nhân',
  'y bác sĩ': 'cá nhân',
  // healers by the word of their day and their state titles: "9 thầy thuốc"
  'thầy thuốc': 'cá nhân',
  // the people of a census and of an inquiry: "1.500 điều tra viên", "40 giám sát viên"
  'điều tra viên': 'cá nhân',
  'giám sát viên': 'cá nhân',
  // people of a calling the press counts when it honours them: "4 nhà khoa học", "11 nhà báo",
  // "6 phóng viên", "14 vận động viên", "3 huấn luyện viên", "5 tác giả", "2 diễn viên"
  'nhà khoa học': 'cá nhân',
  'nhà báo': 'cá nhân',
  'phóng viên': 'cá nhân',
  'vận động viên': 'cá nhân',
  'huấn luyện viên': 'cá nhân',
  'tác giả': 'cá nhân',
  'diễn viên': 'cá nhân',
  // officers of justice and mediation: "7 chấp hành viên", "16 hòa giải viên"
  'chấp hành viên': 'cá nhân',
  'hòa giải viên': 'cá nhân',
  // the militia and the elderly: "18 dân quân", "8 người cao tuổi tiêu biểu"
  'dân quân': 'cá nhân',
  'người cao tuổi': 'cá nhân',
  'y, bác sĩ': 'cá nhân',
  // pupils by the word of address teachers use: "sáu em đỗ thủ khoa"
  'em': 'cá nhân',
  // women by the word of address: "6 chị được LĐLĐ tỉnh tặng Bằng khen" ("hai chị em" are kin)
  'chị': 'cá nhân',
  // workers by their standing ("hai mươi mốt lao động giỏi"; "việc làm cho 8 lao động" is no honour)
  // (and bare, where an honour is theirs: "trao Giấy khen … cho 1.350 lao động đạt danh hiệu …")
  'lao động': 'cá nhân',
  'lao động giỏi': 'cá nhân',
  'lao động tiêu biểu': 'cá nhân',
  'lao động xuất sắc': 'cá nhân',
  'nhân viên': 'cá nhân',
  'người lao động': 'cá nhân',
  'tình nguyện viên': 'cá nhân',
  'người có uy tín': 'cá nhân',
  'già làng': 'cá nhân',
  'chức sắc': 'cá nhân',
  // the lay officers of a religious community, with its dignitaries or alone: "2 chức sắc, chức việc"
  'chức việc': 'cá nhân',
  'chức sắc, chức việc': 'cá nhân',
  'đồng chí': 'cá nhân',
  'nông dân': 'cá nhân',
  // fishermen, boat masters, crews and owners honoured by a border post: "11 ngư dân", "6 thuyền
  // trưởng", "6 thuyền viên", "4 chủ tàu"
  // deputies of a people's council: "19 đại biểu HĐND huyện, xã"
  'đại biểu hđnd': 'cá nhân',
  'ngư dân': 'cá nhân',
  'thuyền trưởng': 'cá nhân',
  'thuyền viên': 'cá nhân',
  'chủ tàu': 'cá nhân',
  'công nhân': 'cá nhân',
  // the union's members by their abbreviations: "24 nữ CNVCLĐ", "12 CNLĐ", "45 CNVC"
  'cnvclđ': 'cá nhân',
  'cnvc-lđ': 'cá nhân',
  'cnvc': 'cá nhân',
  'cnlđ': 'cá nhân',
  'đvcđ': 'cá nhân',
  'thanh niên': 'cá nhân',
  'phụ nữ': 'cá nhân',
  'cựu chiến binh': 'cá nhân',
  // the former youth volunteers of the wars: "9 cựu TNXP", "17 cựu thanh niên xung phong"
  'cựu tnxp': 'cá nhân',
  'cựu thanh niên xung phong': 'cá nhân',
  // a married couple is a family: "tặng Giấy khen cho 8 cặp vợ chồng tiêu biểu"
  'cặp vợ chồng': 'gia đình',
  // people of the community, as against officials: "19 quần chúng tiêu biểu"
  'quần chúng': 'cá nhân',
  // entrepreneurs and teachers by their calling: "19 doanh nhân", "11 thầy cô"
  'doanh nhân': 'cá nhân',
  // donors, persons (listed with businesses, a count of both kinds): "64 doanh nghiệp, nhà hảo tâm"
  'nhà hảo tâm': 'cá nhân',
  'mạnh thường quân': 'cá nhân',
  // craftsmen and artists by their calling: "2 nghệ nhân", "5 thợ giỏi", "3 nghệ sĩ"
  'nghệ nhân': 'cá nhân',
  'thợ': 'cá nhân',
  'thợ giỏi': 'cá nhân',
  'nghệ sĩ': 'cá nhân',
  // owners are persons, their businesses collectives: "12 chủ doanh nghiệp", "5 chủ trang trại"
  'chủ doanh nghiệp': 'cá nhân',
  'chủ trang trại': 'cá nhân',
  'chủ cơ sở': 'cá nhân',
  'thầy cô': 'cá nhân',
  'thầy cô giáo': 'cá nhân',
  // monks and nuns: "02 vị sư sãi", "12 tăng ni", "7 vị chư tăng", "15 tu sĩ"
  'sư sãi': 'cá nhân',
  'tăng ni': 'cá nhân',
  'chư tăng': 'cá nhân',
  'chư tăng ni': 'cá nhân',
  'tu sĩ': 'cá nhân',
  // the venerable monks and nuns, addressed together: "03 chư tôn đức tăng ni", "5 chư tôn đức"
  'chư tôn đức': 'cá nhân',
  'chư tôn đức tăng ni': 'cá nhân',
  // "4 vị sư": monks by their classifier
  'vị sư': 'cá nhân',
  // the clergy by their rank: "4 linh mục", "5 mục sư", "6 nữ tu", "9 nhà sư"
  'linh mục': 'cá nhân',
  'mục sư': 'cá nhân',
  'nữ tu': 'cá nhân',
  'nhà sư': 'cá nhân',
  // the lay masters of ceremonies of Khmer pagodas: "cho 3 Achar có nhiều đóng góp"
  'achar': 'cá nhân',
  // believers of a religious community: "32 phật tử", "15 giáo dân", "20 tín đồ"
  'phật tử': 'cá nhân',
  'giáo dân': 'cá nhân',
  'tín đồ': 'cá nhân',
  // the leader of a unit is a person, not the unit: "14 tổ trưởng", "9 chi hội trưởng"
  'tổ trưởng': 'cá nhân',
  'tổ phó': 'cá nhân',
  'chi hội trưởng': 'cá nhân',
  'đội trưởng': 'cá nhân',
  'trưởng thôn': 'cá nhân',
  'trưởng bản': 'cá nhân',
  'trưởng ấp': 'cá nhân',
  'người': 'cá nhân',
  // citizens honoured for what they did: "trao giấy khen cho 03 công dân có hành động dũng cảm"
  'công dân': 'cá nhân',
  // the mothers honoured with the state's title: "truy tặng danh hiệu … “Bà mẹ Việt Nam anh hùng” cho 3 mẹ"
  'mẹ': 'cá nhân',
  'bà mẹ': 'cá nhân',
  // families; a household is a family
  'gia đình': 'gia đình',
  'hộ gia đình': 'gia đình',
  'hộ': 'gia đình',
};

// Callings written before a person's name, in lowercase: "bác sĩ Lưu Minh Trí", "kỹ thuật viên Đào Thị Nụ"
export const CALLINGS = ['bác sĩ', 'y sĩ', 'dược sĩ', 'điều dưỡng', 'nữ hộ sinh', 'hộ sinh', 'kỹ thuật viên', 'kỹ sư', 'giáo viên', 'cô giáo', 'thầy giáo', 'nhân viên', 'công nhân', 'chiến sĩ', 'học sinh', 'sinh viên', 'nông dân', 'ngư dân', 'tình nguyện viên', 'nghệ nhân', 'già làng', 'nghệ sĩ', 'vận động viên', 'huấn luyện viên'];

// "16 cá nhân, tập thể", "88 tập thể và cá nhân": one combined count whose parts are unknown
// (households too, by their word: "khen thưởng 24 tập thể và hộ nông dân sản xuất giỏi")
export const COMBINED_PARTS = ['tập thể', 'cá nhân', 'gia đình', 'hộ gia đình', 'hộ nông dân'] as const;

// A count of "điển hình"/"gương" with no recipient type ("tuyên dương 50 điển hình")
export const UNTYPED_RECIPIENT_WORDS = ['gương điển hình', 'điển hình', 'gương'];

// Words after a household count that make it people helped, not honoured ("120 hộ nghèo")
export const NEEDY_QUALIFIERS = ['nghèo', 'cận nghèo', 'khó khăn', 'chính sách', 'bị ảnh hưởng', 'thoát nghèo', 'di dời', 'tái định cư'];

// the people of a place named with it, the place honoured as a whole: "Đảng bộ, chính quyền và
// nhân dân xã …", "Quân và dân huyện …"
export const WHOLE_PLACE = /^(?:Đảng bộ,\s[Cc]hính quyền và [Nn]hân dân|[Cc]hính quyền và [Nn]hân dân|[Qq]uân và dân|[Nn]hân dân và cán bộ)\s/u;

/**
 * A unit in its own news, called by its common noun, and the head its full name begins with:
 * "nhà trường vinh dự đón nhận …" in a report on "Trường THCS A", "công ty …" in one on "Công ty
 * CP B" (read in extract/award/named.ts and the-unit.ts).
 */
export const UNIT_NOUNS: ReadonlyArray<readonly [noun: string, head: string]> = [
  ['nhà trường', 'Trường'],
  ['công ty', 'Công ty'],
  ['tổng công ty', 'Tổng công ty'],
  ['bệnh viện', 'Bệnh viện'],
  ['nhà máy', 'Nhà máy'],
  // a branch office and a centre, by their head word alone: "Chi cục vinh dự đón nhận Bằng khen"
  // in a report on "Chi cục Hải quan cửa khẩu A", "Trung tâm" in one on "Trung tâm Y tế huyện B"
  ['chi cục', 'Chi cục'],
  ['trung tâm', 'Trung tâm'],
];
