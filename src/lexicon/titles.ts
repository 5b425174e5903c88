import { HONORIFICS, LAY_MASTERS } from './honorifics.js';
// Position words that start a title ("Phó Bí thư Thường trực Quận ủy Quận 1" starts with
// "Phó Bí thư"). Matched case-insensitively, longest first, so "Phó Chủ tịch" wins over
// "Chủ tịch". The body after the head (the organisation) is read by the title rule.
const BASE_HEADS = [
  'bí thư', 'chủ tịch', 'trưởng ban', 'trưởng phòng', 'giám đốc', 'tổng giám đốc', 'chủ nhiệm',
  'chánh văn phòng', 'chánh thanh tra', 'chánh án', 'chánh tòa', 'chánh toà', 'viện trưởng', 'hiệu trưởng', 'trưởng khoa',
  'trưởng thôn', 'trưởng ấp', 'trưởng bản', 'trưởng khu phố', 'trưởng khu', 'tổ trưởng', 'trưởng công an',
  'chỉ huy trưởng', 'chính ủy', 'chính trị viên', 'tư lệnh', 'đồn trưởng', 'chủ nhiệm chính trị',
  // the head of a forest rangers' or a dyke station: "Hạt trưởng Hạt Kiểm lâm huyện"
  'hạt trưởng', 'hạt phó',
  'tham mưu trưởng', 'cục trưởng', 'vụ trưởng', 'bộ trưởng', 'thứ trưởng', 'chi cục trưởng',
  'trưởng đoàn', 'trưởng đài', 'tổng biên tập', 'hội trưởng', 'chi hội trưởng', 'tổ trưởng tổ dân vận',
  'trưởng ban trị sự', 'trưởng ban đại diện', 'trưởng ban công tác mặt trận', 'trưởng ban nhân dân',
  'trưởng ban dân vận', 'trưởng ban tuyên giáo', 'trưởng ban tổ chức', 'trưởng ban nội chính',
  'trụ trì', 'sư cả chùa', 'chánh xứ', 'quản xứ', 'phó xứ', 'quản nhiệm',
  // a diocese's vicar general, the heads of a Cao Đài parish and congregation: "Tổng Đại diện Giáo
  // phận A", "Đầu Tộc đạo B", "Đầu Họ đạo C"
  'tổng đại diện', 'đầu tộc đạo', 'đầu họ đạo', 'giáo sư', 'chủ tịch hội đồng quản trị', 'kế toán trưởng',
  'thư ký', 'trưởng', 'bí thư chi bộ', 'bí thư đảng ủy', 'bí thư đoàn', 'ủy viên thường trực',
  'đại biểu quốc hội', 'đại biểu hđnd', 'trưởng đoàn đại biểu quốc hội', 'chánh thanh tra',
  'chủ tịch ubnd', 'chủ tịch hđnd', 'trưởng ban thường trực', 'chánh thư ký', 'điều dưỡng trưởng',
  // (and their deputies by the unit's word first: "Tổ phó Tổ công tác triển khai Đề án 06 tỉnh", "Đội phó")
  'tổ phó', 'đội phó',
  'đội trưởng', 'trưởng làng', 'đoàn trưởng', 'trưởng đồn', 'trưởng ban quản trị', 'trưởng ban hành giáo',
  'chánh trị sự', 'trưởng trạm', 'trạm trưởng', 'trưởng trại', 'giám thị', 'thủ trưởng', 'trưởng bộ phận',
  'quản đốc', 'xưởng trưởng', 'trưởng ca',
  // diplomats, before the country or city they serve in: "Đại sứ Việt Nam tại Cộng hòa Séc A",
  // "Tổng Lãnh sự Việt Nam tại Khon Kaen B", "Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản C"
  'đại sứ', 'tổng lãnh sự', 'lãnh sự', 'tham tán', 'tham tán công sứ',
  // commanders of army units by the unit's name: "Đại tá A, Lữ đoàn trưởng", "Trung đoàn trưởng …"
  'lữ đoàn trưởng', 'trung đoàn trưởng', 'sư đoàn trưởng', 'tiểu đoàn trưởng', 'đại đội trưởng', 'hải đội trưởng', 'hải đoàn trưởng',
  // and of militia units: "Trung đội trưởng dân quân xã …", "Tiểu đội trưởng …"
  'trung đội trưởng', 'tiểu đội trưởng',
  // and of a commune's or district's military command: "Xã đội phó xã Sủng Chà", "Chỉ huy phó Ban
  // CHQS xã", "Thôn đội trưởng thôn 3"
  'xã đội trưởng', 'xã đội phó', 'huyện đội trưởng', 'huyện đội phó', 'thôn đội trưởng', 'chỉ huy phó',
  // a commune's police officer: "Công an viên xã Tân Mỹ"; a ward's area officer: "Trung úy A,
  // Cảnh sát khu vực Công an phường B"
  'công an viên', 'cảnh sát khu vực',
  'tổng thư ký', 'trưởng ban chỉ đạo', 'chủ tịch công đoàn', 'trưởng ban nữ công', 'ủy viên ban chấp hành',
  'trưởng ban mặt trận', 'trưởng ban công tác mặt trận', 'trưởng khu dân cư', 'trưởng tộc', 'chủ tọa',
  // a school's leader of the Pioneers: "cô Chu Thị Mến, Tổng phụ trách Đội Trường Tiểu học Pa Lìn"
  'tổng phụ trách', 'tổng phụ trách đội',
  'trợ lý', 'chuyên viên', 'thư ký', 'trưởng buôn', 'trưởng xóm', 'trưởng khóm', 'trưởng phum', 'trưởng sóc', 'trưởng plei',
  // the same heads of a village with the word after: "ông Y Khăp Niê, Buôn trưởng buôn Ea Sar", "Thôn trưởng thôn 9"
  'buôn trưởng', 'thôn trưởng', 'xóm trưởng', 'ấp trưởng', 'bản trưởng', 'khóm trưởng', 'làng trưởng',
  // offices of a Cham Muslim community, not forms of address: "ông Ha Sanh, Hakim Thánh đường
  // Nurul Islam", "Imam thánh đường …"
  'hakim', 'imam', 'khatib',
  // the lay elder who leads a Khmer pagoda's community: "ông A, Achar chùa Prêk Chóp" (and a Cham
  // Bà Ni one: "Acar thánh đường …")
  ...LAY_MASTERS,
  // the elders who preside over a Buddhist Sangha's board: "Hòa thượng A, Chứng minh Ban Trị sự
  // GHPGVN thị xã", "Phó Chứng minh …"
  'chứng minh',
  // the heads of a Cao Đài community: "Giáo hữu A, Đầu tộc Đạo thị xã B", "ông C, Đầu Họ đạo D"
  'đầu tộc', 'đầu họ đạo', 'đầu tộc đạo',
  // the heads of the tiers of Laos, Cambodia and China, as the press writes them: "Phó Tỉnh trưởng
  // tỉnh A", "Huyện trưởng huyện B", "Xã trưởng xã C", "Phó Trấn trưởng trấn D"
  'tỉnh trưởng', 'huyện trưởng', 'xã trưởng', 'trấn trưởng', 'thị trưởng',
  // the offices of courts, procuracies and judgment enforcement, with their grade: "bà A, Thẩm
  // phán TAND thị xã B", "ông C, Thẩm tra viên Phòng Giám đốc kiểm tra", "Chấp hành viên trung
  // cấp" (not "điều tra viên", a census's enumerator as often as an investigator)
  ...['thẩm phán', 'thẩm tra viên', 'kiểm sát viên', 'chấp hành viên', 'thanh tra viên'].flatMap((h) => [h, ...['sơ cấp', 'trung cấp', 'cao cấp'].map((g) => `${h} ${g}`)]),
  'hội thẩm',
];

// Military and police ranks: a rank is a whole title, and a name follows it ("Thiếu tá Danh Phol")
export const RANKS = new Set([
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá',
  'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy',
  // the non-commissioned ranks: "Thượng sĩ Trương Văn A", "Trung sĩ B"
  'thượng sĩ', 'trung sĩ', 'hạ sĩ',
]);

// Forms of address and ranks, the words before a person's name: "ông", "Thượng tọa", "Thiếu tá"
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([...HONORIFICS, ...RANKS]);

// Units whose name goes on in lowercase after a leader's title: "Tổ trưởng tổ sản xuất số 2",
// "Tổ trưởng Tổ đoàn kết khai thác hải sản xa bờ số 3", "Trưởng ban … tổ tự quản khu phố"
export const UNIT_WORDS = new Set(['tổ', 'đội', 'nhóm', 'khu', 'ấp', 'thôn', 'buôn', 'bản', 'làng', 'xóm', 'khóm', 'chi', 'câu', 'hợp', 'nông', 'phum', 'sóc', 'plei']);
const DEPUTY = ['phó', 'phó trưởng', 'q.', 'quyền', 'nguyên', 'phó tổng'];

// Titles that are ranks or memberships, written as one word group
export const FIXED_HEADS = [
  // military and police ranks are titles
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá',
  'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'thượng sĩ', 'trung sĩ', 'hạ sĩ',
  // memberships of party committees
  'ủy viên', 'ủy viên ban thường vụ', 'ủy viên bch', 'ủy viên ban chấp hành', 'ủy viên trung ương đảng',
  'tỉnh ủy viên', 'thành ủy viên', 'huyện ủy viên', 'quận ủy viên', 'thị ủy viên', 'đảng ủy viên',
  'ủy viên dự khuyết', 'chi ủy viên', 'ủy viên ủy ban',
  // abbreviations: Ủy viên Ban Thường vụ, Tỉnh/Thành ủy viên, Huyện ủy viên …
  'uvbtv', 'uv btv', 'uvtv', 'btv', 'tuv', 'huv', 'quv', 'uvbch', 'uvtw', 'đbqh', 'uv', 'ubtv',
  'phó ct', 'ct', 'pct', 'pbt', 'bt', 'ct ubnd', 'pct ubnd', 'q. chủ tịch', 'q.chủ tịch',
  'thường trực', 'phó thường trực',
];

function withDeputies(heads: string[]): string[] {
  const out = new Set<string>();
  for (const h of heads) {
    out.add(h);
    for (const d of DEPUTY) {
      // "phó trưởng" + "ban …": Phó Trưởng ban, not "phó trưởng trưởng ban"
      if (d === 'phó trưởng' && h.startsWith('trưởng ')) out.add('phó ' + h);
      else if (d === 'phó trưởng') continue;
      else if (d === 'phó tổng' && h.startsWith('tổng ')) continue;
      else out.add(`${d} ${h}`);
    }
  }
  return [...out];
}

// ("Phó ban", short for "Phó Trưởng ban": "Phó ban Dân vận Huyện ủy", "Phó Ban Quản trị chùa …")
export const TITLE_HEADS: string[] = [...new Set([...withDeputies(BASE_HEADS), ...FIXED_HEADS, 'phó trưởng', 'phó tổng giám đốc', 'phó giám đốc', 'phó ban'])];

// Lowercase words that may continue a title's body after its head
// ("Trưởng ban Công tác Mặt trận Khu phố 7", "Phó Bí thư Thường trực Quận ủy").
export const TITLE_BODY_WORDS = new Set([
  // ("thưởng": "Hội đồng Thi đua - Khen thưởng huyện"; the verb "khen thưởng" stops at "khen";
  // "cao tuổi": "Hội Người cao tuổi phường")
  'thưởng', 'cao', 'tuổi',
  'ủy', 'uỷ', 'viên', 'ban', 'thường', 'vụ', 'trực', 'chấp', 'hành', 'dân', 'vận', 'mặt', 'trận',
  'tổ', 'quốc', 'việt', 'nam', 'nhân', 'phường', 'quận', 'huyện', 'xã', 'tỉnh', 'thành', 'phố',
  // ("đặc khu", the special zone of 2025, a commune's tier: "Bí thư Đảng ủy đặc khu"; an island
  // district: "Chủ tịch UBND huyện đảo")
  'đặc', 'đảo', 'thị', 'trấn', 'khu', 'ấp', 'thôn', 'bản', 'khối', 'đảng', 'bộ', 'chi', 'hội', 'công', 'tác',
  'chính', 'trị', 'liên', 'hiệp', 'phụ', 'nữ', 'cựu', 'chiến', 'binh', 'nông', 'thanh', 'niên',
  'đoàn', 'cộng', 'sản', 'sự', 'giáo', 'phật', 'văn', 'phòng', 'nội', 'kiểm', 'tra', 'tuyên',
  'chức', 'quân', 'biên', 'an', 'sở', 'ngành', 'cơ', 'quan', 'doanh', 'nghiệp', 'thuế', 'bảo',
  'hiểm', 'y', 'tế', 'dục', 'đào', 'tạo', 'trường', 'bệnh', 'viện', 'khuyến', 'học', 'lao', 'động',
  'thương', 'tộc', 'tôn', 'mttq', 'ubnd', 'hđnd', 'số', 'đại', 'diện', 'trung', 'ương', 'tw',
  'tịch', 'thư', 'trưởng', 'lý', 'quản', 'thu', 'nghệ', 'thông', 'tin', 'kinh', 'tế', 'xây',
  'dựng', 'tài', 'nguyên', 'môi', 'pháp', 'tư', 'nông', 'lâm', 'ngư', 'truyền', 'hình',
  'thanh', 'báo', 'cục', 'chỉ', 'huy', 'đồn', 'sư', 'đoàn', 'lữ', 'trung', 'tiểu', 'đội',
  'bch', 'ctv', 'mặt trận', 'tổng', 'hợp', 'đối', 'ngoại', 'vũ', 'trang', 'gia', 'đình', 'và',
  'trú', 'kế', 'hoạch', 'đầu', 'tư', 'lực', 'lượng', 'hành', 'chính', 'đa', 'khoa', 'tiểu', 'mầm', 'non',
  'nhà', 'văn', 'hóa', 'tham', 'mưu', 'sinh', 'viên', 'hợp', 'tác', 'tín', 'dụng', 'ty', 'xứ',
  'thánh', 'chùa', 'làng', 'học', 'vực', 'đạo', 'hành', 'quản', 'trị', 'nghĩa', 'vệ', 'chữ', 'thập', 'đỏ',
  // "Hội đồng thành viên", "Sở Nông nghiệp và Phát triển nông thôn", "Đội vận động quần
  // chúng", "Ban Tổ chức hội thi", "Văn phòng Điều phối nông thôn mới", "sư sãi yêu nước"
  'đồng', 'phát', 'triển', 'thôn', 'mới', 'kinh', 'quốc', 'quần', 'chúng', 'kết', 'quả', 'chức', 'sắc',
  'thi', 'điều', 'phối', 'sư', 'sãi', 'yêu', 'nước', 'tiếp', 'đối', 'ngoại', 'vận', 'tải', 'điện', 'lực',
  // "Bệnh viện dã chiến số 3", "Ban đại diện cha mẹ học sinh"
  'dã', 'cha', 'mẹ',
  // "Trưởng ban tổ chức hội thao", "Trưởng Ban chuyên án", "Phòng Cảnh sát điều tra tội phạm về ma túy"
  'thao', 'chuyên', 'án', 'ma', 'túy', 'tuý',
  // "Trưởng ban giám khảo", "Giám đốc Khối Khách hàng cá nhân"
  'giám', 'khảo', 'khách', 'hàng', 'cá',
  // the border a unit guards: "Đại đội trưởng Đại đội bảo vệ biên giới 217"
  'giới',
]);

// Lowercase word pairs that are the verb of the sentence, not part of a body's name:
// "Bí thư Huyện ủy báo cáo …", "Chủ tịch UBND xã thông tin …", "… xây dựng …"
export const VERB_PAIRS = new Set([
  'báo cáo', 'phát biểu', 'xây dựng', 'kiểm tra', 'tuyên dương', 'tuyên truyền', 'chủ trì', 'tham dự',
  'tham gia', 'đánh giá', 'trao tặng', 'hướng dẫn', 'chỉ đạo', 'động viên',
  'công nhận', 'tổ chức', 'vận động', 'thăm hỏi', 'giao lưu', 'tham luận', 'ghi nhận',
  'nhấn mạnh', 'khẳng định', 'cho biết', 'chia sẻ', 'biểu dương', 'đề nghị', 'yêu cầu', 'kêu gọi',
  'hoan nghênh', 'phụ trách', 'thường xuyên', 'trực tiếp', 'thay mặt', 'tặng hoa', 'dân vận khéo',
  'vinh dự', 'đón nhận', 'truyền đạt', 'truyền thụ', 'giới thiệu', 'quán triệt',

  // reading out a decision: "bà A, Phó Trưởng phòng Nội vụ thị xã công bố quyết định …"; a notice
  // given: "Ban Dân vận Huyện ủy A thông báo tổ chức …"
  'công bố', 'tuyên đọc', 'thông báo',
  // presenting a report: "… Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh trình bày cho biết …"
  // and taking in what was said: "…, Chính ủy Bộ CHQS tỉnh tiếp thu các ý kiến …"
  'trình bày', 'tiếp thu',
  // launching a campaign: "bà A, Phó Hiệu trưởng nhà trường phát động đợt thi đua …"
  'phát động',
  // reviewing a year or a term: "Công ty CP A tổng kết năm sản xuất", "… sơ kết 5 năm …"
  'tổng kết', 'sơ kết',
  // chairing together: "…, Chính ủy Bộ CHQS tỉnh đồng chủ trì hội nghị"
  'đồng chủ',
  // surveying, overseeing: "…, Trưởng Ban Dân vận Huyện ủy khảo sát …", "… giám sát việc …"
  'khảo sát', 'giám sát',
  // (not a verb, but no body's name goes on with it: "…, Chủ tịch UBND xã hàng năm đều …")
  'hàng năm', 'hàng tháng', 'hàng tuần', 'hàng ngày', 'hàng quý',
]);

// Two lowercase words that name a field inside a body, whatever each means alone: "Ban An
// toàn giao thông tỉnh" ("giao" alone is a verb: "… tỉnh giao nhiệm vụ")
// ("Cục Y tế dự phòng": "dự" alone is "attend"; "Vùng Cảnh sát biển 2": the coast guard;
// "Ban liên lạc người Hoa": a liaison board)
// Associations whose names run on in lowercase words after the capitalized first one, from that
// word on (a slash is a token of its own): "Hội Nạn nhân chất độc da cam/dioxin tỉnh", "Hội Bảo
// trợ người khuyết tật và trẻ mồ côi huyện", "Hội Cựu thanh niên xung phong xã"
// The remits of committees, in lowercase words after "Ủy ban": "Ủy ban Nhà nước về người Việt Nam
// ở nước ngoài", "Ủy ban về người Việt Nam ở nước ngoài TP" (compared lowercase)
export const COMMITTEE_REMITS = ['về người việt nam ở nước ngoài'];

export const ASSOCIATION_NAMES = [
  'nạn nhân chất độc da cam / dioxin', 'nạn nhân chất độc da cam', 'bảo trợ người khuyết tật và trẻ mồ côi',
  'bảo trợ người khuyết tật', 'bảo trợ bệnh nhân nghèo', 'bảo trợ trẻ em', 'người khuyết tật', 'người mù',
  'cựu thanh niên xung phong', 'cựu tù chính trị và tù binh', 'cựu tù chính trị', 'cựu giáo chức',
  'sinh vật cảnh', 'làm vườn', 'luật gia', 'đông y', 'y học cổ truyền', 'văn học nghệ thuật',
  'doanh nhân trẻ', 'nữ doanh nhân', 'doanh nghiệp nhỏ và vừa', 'hỗ trợ gia đình liệt sĩ',
];

// The fields of departments and funds, a capitalized word then lowercase ones (compared lowercase):
// "Phòng Người có công", "Cục Người có công", "Quỹ Đền ơn đáp nghĩa huyện", "Phòng Giáo dục thường
// xuyên, Sở GD&ĐT"
export const FIELD_NAMES = ['người có công', 'đền ơn đáp nghĩa', 'giáo dục thường xuyên', 'giáo dục nghề nghiệp'];

// Pairs whose second syllable, lowercase after a capitalized first, goes on with a body's name:
// "Ban An toàn giao thông", "Trợ lý Hậu cần", "Ngân hàng Chính sách xã hội", "Xí nghiệp Chế biến số 2"
export const BODY_PAIRS = new Set(['toàn giao', 'giao thông', 'an toàn', 'dự phòng', 'sát biển', 'liên lạc', 'hậu cần', 'hàng không', 'chính sách', 'chế biến']);

// Nouns of bodies' names whose first or second word is a stop word elsewhere: "khu dân cư số 3", "dân tộc thiểu số"
// ("Tổ COVID cộng đồng ấp A", "Chi hội Phụ nữ tổ dân phố 8", "Trung đội dân quân cơ động xã A",
// "Tổ tuần tra nhân dân thôn A")
// ("Tổ cứu hộ thuyền viên thôn A", "Tiểu đội dân quân thường trực xã A", "Trung tâm Y tế dự phòng tỉnh", "Tổ thu gom rác dân lập khu phố 5",
// "Cục Thi hành án dân sự tỉnh", "Doanh nghiệp tư nhân Gạch ngói Khe Vạc", "Tổ công tác chốt
// kiểm soát dịch bản A", an association of people: "Hội người Việt Nam tại A", "Hội người cao tuổi",
// "Câu lạc bộ doanh nhân kiều bào A")
export const NOUN_PAIRS: ReadonlySet<string> = new Set(['tư nhân', 'kiểm soát', 'hội người', 'doanh nhân', 'nhân dân', 'dân cư', 'dân tộc', 'dân quân', 'dân số', 'dân phố', 'cộng đồng', 'cơ động', 'thuyền viên', 'sinh viên', 'thường trực', 'dự phòng', 'dân sự', 'dân lập']);

// Words that end a title body even before a capitalized word: verbs and prepositions of the
// sentence the title stands in ("Chủ tịch UBND huyện trao Giấy khen", "… phát biểu tại Hội nghị")
export const TITLE_STOP_WORDS = new Set([
  'trao', 'tặng', 'cho', 'phát', 'nhấn', 'khẳng', 'đề', 'chia', 'ghi', 'đánh', 'yêu', 'chúc', 'tham',
  'chủ', 'đã', 'đang', 'sẽ', 'được', 'là', 'có', 'với', 'tại', 'trong', 'về', 'của', 'đến', 'từ',
  'thay', 'gặp', 'thăm', 'nói', 'nêu', 'trình', 'báo', 'cùng', 'các', 'những', 'ở', 'khi', 'để', 'vì',
  'do', 'khen', 'biểu', 'tuyên', 'nhận', 'kiểm', 'lắng', 'mong', 'bày', 'gửi', 'dự', 'làm', 'vừa',
  'cũng', 'luôn', 'rất', 'đồng', 'thời', 'thiệu', 'mời', 'hướng', 'kêu', 'gọi', 'động', 'viên',
  'ân', 'cần', 'hỏi', 'thăm', 'trực', 'tiếp', 'chỉ', 'đạo', 'triệt', 'cảm', 'ơn', 'kể', 'vui',
  // ("giới thiệu", "quán triệt" are verb pairs: alone, "giới" and "quán" name things — "Ban Ni
  // giới", "Hội quán Ôn Lăng")
  'bà', 'ông', 'anh', 'chị', 'đồng chí', 'người', 'nhân', 'dân', 'năm', 'ngày', 'tháng', 'sau', 'trước',
  'thì', 'mà', 'nên', 'nhưng', 'rồi', 'đều', 'vẫn', 'hay', 'hoặc', 'lại', 'không', 'chưa', 'cần', 'phải', 'sẽ',
  // verbs of speech and memory: "… Thành ủy Nha Trang nhắc lại", "… bộc bạch"
  'nhắc', 'nhớ', 'bộc', 'trăn',
  // "kiêm" joins two positions, never two words of one body: "Trưởng Phòng Nội vụ kiêm Phó Chủ tịch …"
  'kiêm',
]);
