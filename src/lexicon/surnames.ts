// Vietnamese family names (and first elements of ethnic-minority names): a capitalized run
// that starts with one of these is taken as a person's name.
export const SURNAMES = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Triệu', 'Đinh', 'Lâm', 'Mai', 'Trịnh', 'Đoàn', 'Lương', 'Hà',
  'Cao', 'Tạ', 'Thái', 'Châu', 'Quách', 'La', 'Tô', 'Thích', 'Lưu', 'Trương', 'Chu', 'Kiều',
  'Khổng', 'Khúc', 'Lục', 'Mạc', 'Nghiêm', 'Ông', 'Phùng', 'Quan', 'Tăng', 'Thân', 'Tôn',
  'Từ', 'Văn', 'Vương', 'Âu', 'Bạch', 'Cù', 'Diệp', 'Đàm', 'Đào', 'Giang', 'Hứa', 'Kim',
  'Lại', 'Lã', 'Lò', 'Lường', 'Mã', 'Nông', 'Phí', 'Phó', 'Quang', 'Sầm', 'Sơn', 'Thạch',
  'Tiêu', 'Trầm', 'Trình', 'Vi', 'Viên', 'Yên', 'Cầm', 'Điêu', 'Quàng', 'Lầu', 'Giàng',
  'Sùng', 'Vàng', 'Thào', 'Mùa', 'Hầu', 'Ly', 'Chảo', 'Tẩn', 'Bàn', 'Triệu', 'Hạng', 'Lìu',
  'Danh', 'Chau', 'Néang', 'Neang', 'Kiên', 'Huỳnh', 'Doãn', 'Nhữ', 'Ninh', 'Lạc', 'Khương', 'Bế',
  'Hoàng', 'Ma', 'Y', 'Ksor', 'Siu', 'Rơ', 'Nay', 'Rmah', 'Kpă', 'Niê', 'Byă', 'Mlô', 'H',
  'A', 'Đinh', 'Hồng', 'Phương', 'Trang', 'Lữ', 'Mẫn', 'Giáp', 'Bành', 'Ung', 'Tòng', 'Lèo',
  'Đậu', 'Khuất', 'Tống', 'Kha', 'Mông', 'Lăng', 'Thang', 'Ôn', 'Hàn', 'Mạch', 'Đồng', 'Đàm', 'Bì',
  'Cấn', 'Chế', 'Chung', 'Đường', 'Hoa', 'Khúc', 'Lô', 'Luân', 'Lý', 'Mầu', 'Nhâm', 'Ninh', 'Phù',
  'Quản', 'Sái', 'Tào', 'Thi', 'Thiều', 'Tiết', 'Trà', 'Trác', 'Trương', 'Uông', 'Vĩnh', 'Xa', 'Yên',
  'Bạc', 'Bồ', 'Cung', 'Đái', 'Diêm', 'Đoàn', 'Hầu', 'Huỳnh', 'Kiều', 'Lều', 'Mai', 'Nghiêm', 'Thạch',
  'Tằng', 'Touneh', 'Ya', 'Bá', 'Rơ Châm', 'Điểu', 'K', 'Kpă', 'Ksor', 'Rcom', 'Niê', 'Êban', 'Ayun', 'Bkrông', 'Mlô', 'Hđơk', 'Lê', 'Sơn',
  // more of the Thái, H'Mông, Dao, Tày and Chăm: "Tao Văn Piêng", "Lù Văn Inh", "Hờ A Dình",
  // "Phàn Văn Mẩy", "Đàng Năng Thọ"
  'Tao', 'Lù', 'Mè', 'Vì', 'Khoàng', 'Hờ', 'Tráng', 'Vừ', 'Sình', 'Phàn', 'Đàng', 'Quảng', 'Dụng',
  // and of the Thái, Tày and Nùng of the north-west and the border: "Đèo Văn Khẻ", "Lềm Thị Bun",
  // "Vy Văn Thành" (Vi written with y), "Nịnh Văn Sểnh"
  'Đèo', 'Lềm', 'Vy', 'Nịnh',
  // and of the Jrai and Bahnar of the Central Highlands: "Rah Lan H'Dơn", "Puih Thị Bla"
  'Rah', 'Puih',
  // and of the Cơ Tu of the Trường Sơn range: "Clâu Blệch", "Alăng Bhơi", "Bhling Mia", "Briu Quân",
  // "Zơ Râm Pheng", "Hốih Tư", "Riah Dũng", "Arâl Nhôm", "Ating Tư"
  // (the lexicon is of single words: "Zơ" opens "Zơ Râm Pheng")
  'Clâu', 'Alăng', 'Bhling', 'Briu', 'Bríu', 'Pơloong', 'Coor', 'Zơ', 'Hốih', 'Riah', 'Arâl', 'Ating',
  // and more of the H'Mông, Thái, Hà Nhì, Ê Đê and Raglai: "Sồng A Giống", "Chá A Pó", "Cứ A Páo",
  // "Khằm Văn Ỏn", "Sần Văn Páo", "Adrơng H'Lim", "Katơr Hùng", "Pinăng Thị Lài",
  // "Chamaléa Điệp", "Mấu Văn Sáu", "Bo Bo Thị Hoa"
  'Sồng', 'Chá', 'Cứ', 'Khằm', 'Sần', 'Adrơng', 'Katơr', 'Pinăng', 'Chamaléa', 'Mấu', 'Bo',
  // the Thái's "Cà Văn Tám" ("Cà Mau" is a place: PLACE_NAMES)
  'Cà',
]);

// Historic figures quoted in every article ("lời Chủ tịch Hồ Chí Minh đã dạy") are not
// officials present at the event.
export const NOT_OFFICIALS = new Set(['Hồ Chí Minh', 'Tôn Đức Thắng', 'Võ Nguyên Giáp', 'Phạm Văn Đồng', 'Lê Duẩn', 'Trường Chinh']);

// Middle names that make a capitalized run look like a person's name
export const MIDDLE_NAMES = new Set(['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Công', 'Xuân', 'Đình', 'Kim', 'Thu', 'Hồng', 'Bá', 'Trọng', 'Quang', 'Tiến', 'Mạnh', 'Phước', 'Phúc', 'Thế', 'Khắc', 'Viết', 'Duy']);
