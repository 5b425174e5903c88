// The tiers of an honour (annotation guide), and the words that name them.
import type { LevelValue } from '../schema.js';

// Words after "cấp" in a stated level: "cấp Thành phố", "cấp TP", "cấp cơ sở"
export const LEVEL_WORDS: Record<string, LevelValue> = {
  'trung ương': 'trung ương',
  'toàn quốc': 'trung ương',
  'quốc gia': 'trung ương',
  'bộ': 'trung ương',
  'tỉnh': 'tỉnh',
  'thành phố': 'thành phố',
  'tp': 'thành phố',
  'thành': 'thành phố',
  'quận': 'quận',
  'huyện': 'huyện',
  'thị xã': 'thị xã',
  'thị': 'thị xã',
  'phường': 'phường',
  'xã': 'xã',
  'thị trấn': 'thị trấn',
  'khối': 'khối',
  'cơ sở': 'cơ sở',
  'ngành': 'khối',
  // an enterprise's own tiers are all the grassroots one: "Chiến sĩ thi đua cấp Tổng công ty",
  // "Giấy khen cấp công ty thành viên", "cấp xí nghiệp", "cấp đơn vị"
  'tổng công ty': 'cơ sở',
  'công ty': 'cơ sở',
  'xí nghiệp': 'cơ sở',
  'đơn vị': 'cơ sở',
};

// The tier of an issuer, by the first tier word of its name: "Ban Thường vụ Thành ủy" →
// thành phố, "Chủ tịch UBND tỉnh" → tỉnh, "Hội Nông dân tỉnh" → tỉnh, "Đảng ủy Khối Các cơ
// quan tỉnh" → khối, "Chi bộ khu phố 4" → cơ sở. Matched case-insensitively, longest first.
export const ISSUER_TIER_WORDS: Record<string, LevelValue> = {
  'chủ tịch nước': 'trung ương',
  // the State Bank and its governor: "Thống đốc Ngân hàng Nhà nước Việt Nam tặng Bằng khen"
  'ngân hàng nhà nước': 'trung ương',
  'thống đốc': 'trung ương',
  'thủ tướng': 'trung ương',
  'chính phủ': 'trung ương',
  'ủy ban trung ương': 'trung ương',
  'trung ương': 'trung ương',
  'tw': 'trung ương',
  'bộ trưởng': 'trung ương',
  // a ministry's general departments and the supreme court and procuracy: "Tổng cục trưởng Tổng
  // cục Hải quan", "Chánh án TAND tối cao", "Viện trưởng VKSND tối cao"
  'tổng cục': 'trung ương',
  // the police's departments are the ministry's (a province's police has "Phòng Cảnh sát …"):
  // "Cục trưởng Cục Cảnh sát PCCC và CNCH", "Cục Cảnh sát giao thông"
  'cục cảnh sát': 'trung ương',
  'tối cao': 'trung ương',
  // national councils and committees: "Hội đồng Bầu cử quốc gia", "Ủy ban An toàn giao thông Quốc
  // gia" (a fallback, as "việt nam": a tier named in the phrase goes first)
  'quốc gia': 'trung ương',
  // national bodies: "Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam"
  'tổng liên đoàn': 'trung ương',
  'tổng lđlđ': 'trung ương',
  // ministries ("Bộ Chỉ huy Quân sự tỉnh" and "Đảng bộ" are not)
  'bộ công an': 'trung ương',
  'bộ quốc phòng': 'trung ương',
  'bộ nội vụ': 'trung ương',
  'bộ giáo dục và đào tạo': 'trung ương',
  'bộ y tế': 'trung ương',
  'bộ tư pháp': 'trung ương',
  'bộ văn hóa': 'trung ương',
  'bộ lao động': 'trung ương',
  'bộ tài chính': 'trung ương',
  'bộ nông nghiệp': 'trung ương',
  'bộ công thương': 'trung ương',
  'bộ xây dựng': 'trung ương',
  'bộ giao thông vận tải': 'trung ương',
  'bộ tài nguyên và môi trường': 'trung ương',
  'bộ kế hoạch và đầu tư': 'trung ương',
  'bộ thông tin và truyền thông': 'trung ương',
  'bộ khoa học và công nghệ': 'trung ương',
  // ministry-level committees: "Kỷ niệm chương của Ủy ban Dân tộc" (a province's "Ban Dân tộc
  // tỉnh" is not one)
  'ủy ban dân tộc': 'trung ương',
  // the Buddhist Sangha's national councils (a province has a "Ban Trị sự"): "Bằng khen của Hội đồng
  // Trị sự GHPGVN"
  'hội đồng trị sự': 'trung ương',
  'hội đồng chứng minh': 'trung ương',
  'ủy ban quản lý vốn nhà nước': 'trung ương',
  'bộ ngoại giao': 'trung ương',
  // ministries by their abbreviations: "Kỷ niệm chương … của Bộ GD&ĐT", "Bằng khen của Bộ LĐ-TB&XH"
  'bộ gd&đt': 'trung ương',
  'bộ gdđt': 'trung ương',
  'bộ lđ-tb&xh': 'trung ương',
  'bộ lđtbxh': 'trung ương',
  'bộ nn&ptnt': 'trung ương',
  'bộ nnptnt': 'trung ương',
  'bộ tn&mt': 'trung ương',
  'bộ kh&cn': 'trung ương',
  'bộ kh&đt': 'trung ương',
  'bộ tt&tt': 'trung ương',
  'bộ vhttdl': 'trung ương',
  'bộ vh-tt&dl': 'trung ương',
  'bộ gtvt': 'trung ương',
  // national commands of the armed forces, and their heads: "Bằng khen của Bộ Tư lệnh BĐBP",
  // "thư khen của Tư lệnh Bộ đội Biên phòng" (a military region's command, "Bộ Tư lệnh Quân
  // khu 2", names no tier of the guide's)
  'bộ tư lệnh bđbp': 'trung ương',
  'bộ tư lệnh bộ đội biên phòng': 'trung ương',
  'tư lệnh bđbp': 'trung ương',
  'tư lệnh bộ đội biên phòng': 'trung ương',
  'bộ tư lệnh cảnh sát biển': 'trung ương',
  'tư lệnh cảnh sát biển': 'trung ương',
  'bộ tổng tham mưu': 'trung ương',
  'tổng cục chính trị': 'trung ương',
  // a provincial department ("Giám đốc Sở Y tế"), unless its phrase names the city it
  // belongs to ("Sở Y tế TP HCM"): see DEPARTMENT_WORDS
  'sở': 'tỉnh',
  // a province's sector union ("Công đoàn ngành Y tế", "Giấy khen của Công đoàn ngành"), the
  // province's as its department is, unless its phrase names another tier
  'công đoàn ngành': 'tỉnh',
  // a national agency's department of a province ("Cục trưởng Cục Thuế", "Cục Hải quan tỉnh …"),
  // unless its phrase names the city it belongs to ("Cục Thuế TP HCM"); not a district's branch
  // ("Chi cục Thuế"), nor the agency itself ("Tổng cục Thuế")
  'cục thuế': 'tỉnh',
  'cục hải quan': 'tỉnh',
  // the forest rangers' three tiers: the ministry's department, a province's branch, a district's
  // station ("Cục trưởng Cục Kiểm lâm", "Chi cục trưởng Chi cục Kiểm lâm", "Hạt trưởng Hạt Kiểm lâm")
  'cục kiểm lâm': 'trung ương',
  'chi cục kiểm lâm': 'tỉnh',
  'hạt kiểm lâm': 'huyện',
  'cục thống kê': 'tỉnh',
  'cục thi hành án dân sự': 'tỉnh',
  // a district's office of education or labour, unless its phrase names its place's tier ("Phòng
  // GD&ĐT thành phố …"): "Giấy khen của Trưởng phòng GD&ĐT"
  'phòng gd&đt': 'huyện',
  'phòng giáo dục': 'huyện',
  'phòng lđ-tb&xh': 'huyện',
  // national agencies by their name, unless a tier word names a branch of them ("Tổng Giám
  // đốc NHCSXH" → trung ương; "Giám đốc Chi nhánh NHCSXH tỉnh" → tỉnh): see DEPARTMENT_WORDS
  // (a general director alone is a company's as often as an agency's: no tier)
  'nhcsxh': 'trung ương',
  'ngân hàng chính sách xã hội': 'trung ương',
  'bảo hiểm xã hội': 'trung ương',
  // the state treasury: "Giấy khen của Tổng Giám đốc KBNN" (its branch by a province's name: "KBNN
  // Bình Định" → tỉnh, or by a tier word)
  'kbnn': 'trung ương',
  'kho bạc nhà nước': 'trung ương',
  // a body named for the whole country is the national one ("Kỷ niệm chương của Liên minh HTX
  // Việt Nam", "Hội Nông dân Việt Nam"), unless a tier word names its branch ("Ủy ban MTTQ Việt
  // Nam tỉnh …" → tỉnh): see DEPARTMENT_WORDS
  'việt nam': 'trung ương',
  // the state committee for the Vietnamese abroad, its lowercase words read whole
  'ủy ban nhà nước về người việt nam ở nước ngoài': 'trung ương',
  'đảng ủy khối': 'khối',
  // as party bulletins write them: "BK của BTV TU", "BTV ĐUK tặng GK …" ("tu" alone is a word:
  // "khóa tu")
  'đuk': 'khối',
  'btv tu': 'tỉnh',
  'khối': 'khối',
  'tỉnh ủy': 'tỉnh',
  'tỉnh đoàn': 'tỉnh',
  'tỉnh': 'tỉnh',
  'thành ủy': 'thành phố',
  'thành đoàn': 'thành phố',
  'thành phố': 'thành phố',
  'tphcm': 'thành phố',
  'tp hcm': 'thành phố',
  'tp.': 'thành phố',
  // abbreviations of older pages: "UBND Q.Phú Hòa", "P.Tân Thủy", "T.Ư Hội Khuyến học"
  'q.': 'quận',
  'p.': 'phường',
  't.ư': 'trung ương',
  'tp': 'thành phố',
  'quận ủy': 'quận',
  'quận đoàn': 'quận',
  'quận': 'quận',
  'huyện ủy': 'huyện',
  'huyện đoàn': 'huyện',
  'huyện': 'huyện',
  'thị ủy': 'thị xã',
  'thị đoàn': 'thị xã',
  'thị xã': 'thị xã',
  'thị trấn': 'thị trấn',
  'phường': 'phường',
  'xã': 'xã',
  // the special zones of 2025, units of a commune's tier: "Chủ tịch UBND đặc khu Phú Quý"
  'đặc khu': 'xã',
  'cơ sở đảng': 'cơ sở',
  'cấp ủy cơ sở': 'cơ sở',
  'đảng bộ cơ sở': 'cơ sở',
  'công đoàn cơ sở': 'cơ sở',
  'cđcs': 'cơ sở',
  // an association's or the youth union's grassroots units: "các cơ sở Hội đã khen thưởng …"
  'cơ sở hội': 'cơ sở',
  'cơ sở đoàn': 'cơ sở',
  // an association's branch of a village or a workplace: "các chi hội khuyến học đã công nhận …"
  'chi hội': 'cơ sở',
  'chi bộ': 'cơ sở',
  'chi ủy': 'cơ sở',
  // the board that runs a neighbourhood or a hamlet, honouring its households: "Ban điều hành khu
  // phố 6 tặng Giấy khen cho 9 hộ"
  'ban điều hành': 'cơ sở',
  // a board managing a forest, a market or a site, by its name alone: "Ban Quản lý rừng phòng hộ
  // Khe Vạc tặng Giấy khen cho 6 tổ" (unless a tier word names whose it is: see DEPARTMENT_WORDS)
  'ban quản lý': 'cơ sở',
  // and a national park or a nature reserve honouring in its own name, whatever its name says:
  // "Giám đốc Vườn quốc gia A tặng Giấy khen cho 9 tập thể", "Khu Bảo tồn thiên nhiên B"
  'vườn quốc gia': 'cơ sở',
  'khu bảo tồn': 'cơ sở',
  // the front's committee of a village or neighbourhood: "Ban Công tác Mặt trận buôn cũng biểu dương …"
  'ban công tác mặt trận': 'cơ sở',
  // a grassroots unit honouring in its own name, or its head, party cell or union: "Đồn Biên
  // phòng A tặng Giấy khen cho 12 hộ", "Tổng Giám đốc Công ty khen thưởng 21 lao động giỏi",
  // "Nhà trường khen thưởng …", "Đảng ủy Trường" (unless a tier word names whose unit it is: see
  // DEPARTMENT_WORDS)
  'đồn': 'cơ sở',
  'công ty': 'cơ sở',
  // (a state enterprise's provincial unit is a company too: "Giám đốc Bưu điện tỉnh tặng Giấy khen
  // cho 9 bưu điện văn hóa xã")
  'bưu điện': 'cơ sở',
  'nhà máy': 'cơ sở',
  'xí nghiệp': 'cơ sở',
  // a hospital, a centre, a library or a museum honouring its own staff or collaborators:
  // "Giám đốc Trung tâm Y tế huyện tặng Giấy khen cho 4 khoa", "Giám đốc Thư viện tỉnh tặng Giấy
  // khen cho 9 cộng tác viên" (its place word names where it serves, not the giver's tier)
  'bệnh viện': 'cơ sở',
  'trung tâm': 'cơ sở',
  'thư viện': 'cơ sở',
  'bảo tàng': 'cơ sở',
  'trường': 'cơ sở',
  // (and a school's head: "Hiệu trưởng A tặng Giấy khen cho 4 tập thể lớp và 38 học sinh")
  'hiệu trưởng': 'cơ sở',
  // the board that runs a market, honouring its traders: "Ban Quản lý chợ tặng Giấy khen cho 24 tiểu thương"
  'ban quản lý chợ': 'cơ sở',
  // a co-operative honouring its members: "số còn lại nhận giấy khen của Ban quản trị HTX"
  'hợp tác xã': 'cơ sở',
  'htx': 'cơ sở',
};

// Tier words that give way to any other tier word of the same issuer phrase: "Sở Y tế" is the
// province's, "Sở Y tế TP HCM" the city's; "Tổng Giám đốc NHCSXH" is national, "Giám đốc Chi
// nhánh NHCSXH tỉnh" the province's
// enterprises, which give their own tier wherever they are: "Giám đốc Công ty Điện lực tỉnh" → cơ sở
export const ENTERPRISE_WORDS = new Set(['công ty', 'tổng công ty', 'nhà máy', 'xí nghiệp', 'bưu điện', 'vườn quốc gia', 'khu bảo tồn']);
export const DEPARTMENT_WORDS = new Set(['sở', 'công đoàn ngành', 'cục thuế', 'cục hải quan', 'cục thống kê', 'cục thi hành án dân sự', 'chi cục kiểm lâm', 'hạt kiểm lâm', 'phòng gd&đt', 'phòng giáo dục', 'phòng lđ-tb&xh', 'nhcsxh', 'ngân hàng chính sách xã hội', 'bảo hiểm xã hội', 'kbnn', 'kho bạc nhà nước', 'việt nam', 'quốc gia', 'đồn', 'công ty', 'nhà máy', 'xí nghiệp', 'trường', 'hợp tác xã', 'htx', 'ban quản lý']);
