// Place names that begin with a word that is also a family name ("Thái Bình", "Hà Giang",
// "Lâm Đồng"): a run "Tỉnh ủy Thái Bình Hà Văn Sinh" must not start the name at "Thái".
export const PLACE_NAMES = [
  'Hà Nội', 'Hà Giang', 'Hà Tĩnh', 'Hà Nam', 'Hà Đông', 'Hà Tiên', 'Hà Quảng', 'Hà Trung', 'Hà Lầm',
  'Thái Bình', 'Thái Nguyên', 'Thái Thụy',
  'Lâm Đồng', 'Lâm Hà', 'Lâm Thao', 'Cao Bằng', 'Cao Lãnh', 'Cao Phong', 'Lê Chân', 'Lê Lợi',
  'Hoàng Mai', 'Hoàng Su Phì', 'Hồ Chí Minh', 'Đinh Tiên Hoàng', 'Mai Châu', 'Mai Sơn',
  'Quang Trung', 'Kim Bảng', 'Kim Sơn', 'Kim Động', 'Kim Thành', 'Trần Phú', 'Trần Hưng Đạo',
  'Nguyễn Huệ', 'Lý Thường Kiệt', 'Phan Thiết', 'Phan Rang', 'Phan Rang - Tháp Chàm',
  'Sơn La', 'Sơn Tây', 'Sơn Trà', 'Sơn Tịnh', 'Sơn Hà', 'Hồng Bàng', 'Hồng Lĩnh', 'Hồng Ngự',
  'Đoàn Kết', 'Vĩnh Long', 'Giang Thành', 'Văn Chấn', 'Văn Yên',
  'Văn Lâm', 'Văn Giang', 'Văn Quán', 'Hà Huy Tập', 'Võ Thị Sáu', 'Ngô Quyền', 'Đồng Nai', 'Đống Đa',
  'Đào Duy Từ', 'Chu Prông', 'Chu Păh', 'Chu Sê', 'Ba Đình', 'Ba Vì', 'Ba Tri', 'Mộc Châu',
  'Tây Ninh', 'Tây Hồ', 'Long An', 'Long Biên', 'Long Xuyên', 'Long Thành', 'Châu Đốc', 'Châu Thành',
  'Châu Phú', 'Quảng Ninh', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Bình', 'Quảng Trị', 'Vũng Tàu',
  'Dương Kinh', 'Dương Minh Châu', 'Kiên Giang', 'Kiên Lương', 'Phú Quốc', 'Mường Tè', 'Lào Cai',
  // districts named after people
  'Trần Văn Thời', 'Trần Đề', 'Nguyễn Văn Cừ', 'Phan Thiết', 'Lê Chân',
  // the other provinces and centrally-run cities ("Giám đốc Sở GD&ĐT Ninh Bình tặng …" names no one)
  'Ninh Bình', 'Ninh Thuận', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Bắc Ninh', 'Bắc Giang',
  'Bắc Kạn', 'Hải Dương', 'Hải Phòng', 'Phú Thọ', 'Phú Yên', 'Khánh Hòa', 'Tuyên Quang', 'Yên Bái',
  'Điện Biên', 'Lai Châu', 'Hòa Bình', 'Hưng Yên', 'Nam Định', 'Thanh Hóa', 'Nghệ An', 'Gia Lai', 'Kon Tum',
  'Đắk Nông', 'Đắk Lắk', 'Bạc Liêu', 'Cà Mau', 'Sóc Trăng', 'Trà Vinh', 'Bến Tre', 'Tiền Giang', 'Hậu Giang',
  'An Giang', 'Đồng Tháp', 'Bà Rịa', 'Cần Thơ', 'Đà Nẵng', 'Thừa Thiên Huế', 'Lạng Sơn', 'Vĩnh Phúc',
];

// The peoples of Vietnam whose names look like a person's (a family name first, or a word of
// syllables joined by hyphens): "17 hộ Hà Nhì", "người La Chí", "chức sắc Chăm Bà-la-môn" — as the
// press writes them, spaced or hyphened
export const PEOPLES = new Set([
  'Hà Nhì', 'La Chí', 'La Ha', 'La Hủ', 'Cao Lan', 'Lô Lô', 'Phù Lá', 'Si La', 'Pà Thẻn', 'Bố Y', 'Sán Dìu',
  'Sán Chay', 'Khơ Mú', 'Xinh Mun', 'Cờ Lao', 'Pu Péo', 'Ơ Đu', 'Rơ Măm', 'Gié Triêng', 'Tà Ôi', 'Pa Cô',
  'Chơ Ro', 'Chu Ru', 'Xơ Đăng', 'Ba Na', 'Gia Rai', 'Ê Đê', 'Cơ Tu', 'Vân Kiều', 'Bru - Vân Kiều',
  'Ê-đê', 'Gia-rai', 'Ba-na', 'Xơ-đăng', 'Cơ-tu', 'Khơ-me', 'Mơ-nông', 'Ra-glai', 'Chăm Bà-la-môn', 'Chăm Bà Ni',
]);

// The hamlets of every region, written lowercase before their names: "thôn" and "xóm" in the
// north, "ấp" and "khóm" in the south, "bản" in the mountains, "làng", "buôn", "plei" and "bon" in
// the Central Highlands, "sóc" and "phum" of the Khmer — as one alternation for patterns
export const VILLAGES = ['thôn', 'ấp', 'bản', 'làng', 'buôn', 'xóm', 'khóm', 'sóc', 'phum', 'plei', 'bon'].join('|');

// the tiers that close a body's name: "Trung tâm Kiểm soát bệnh tật tỉnh", "Ban Chỉ đạo … thành phố"
export const CLOSING_TIERS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thành phố', 'thị trấn']);

export const PLACE_TYPE_WORDS = new Set([
  'tỉnh', 'thành phố', 'tp', 'quận', 'huyện', 'thị xã', 'phường', 'xã', 'thị trấn', 'khu phố',
  'ấp', 'thôn', 'bản', 'tổ', 'khóm', 'làng', 'xóm', 'buôn', 'plei', 'tổ dân phố',
]);

// The centrally-run cities, whose departments and people's committee stand at the province's
// tier under the city's name: "Sở Y tế" of an article from Đà Nẵng is the city's
// ("TP HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "Hà Nội", "Cần Thơ" …)
export const CENTRAL_CITY = /(?<![\p{L}])(?:Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Hồ Chí Minh|TP\.?\s?HCM|TPHCM)(?![\p{L}])/u;
// any word of the province tier: "tỉnh", "Tỉnh ủy", "Tỉnh đoàn"
export const PROVINCE_WORD = /(?<![\p{L}])[Tt]ỉnh(?![\p{L}])/u;
