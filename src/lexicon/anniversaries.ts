// Founding years of the days Vietnamese ceremonies celebrate: "kỷ niệm 92 năm Ngày truyền
// thống công tác dân vận" is held in 1930 + 92. Keys are matched inside the sentence.
export const ANNIVERSARY_BASES: Array<[RegExp, number]> = [
  // "Ngày Dân vận của cả nước" (15/10/1999) — before the generic "dân vận"
  [/ngày dân vận (?:của )?cả nước/iu, 1999],
  [/công tác dân vận|truyền thống dân vận|ngày dân vận/iu, 1930],
  [/mặt trận|mttq|đại đoàn kết/iu, 1930],
  [/thành lập đảng|đảng cộng sản việt nam/iu, 1930],
  [/hội nông dân/iu, 1930],
  [/hội liên hiệp phụ nữ|phụ nữ việt nam/iu, 1930],
  [/đoàn thanh niên|đoàn tncs/iu, 1931],
  [/công đoàn/iu, 1929],
  [/quân đội nhân dân|qđnd/iu, 1944],
  [/công an nhân dân|cand/iu, 1945],
  [/bộ đội biên phòng|biên phòng/iu, 1959],
  [/hội cựu chiến binh|cựu chiến binh/iu, 1989],
  [/hội khuyến học/iu, 1996],
  [/cách mạng tháng tám|quốc khánh/iu, 1945],
];

// Documents whose dates are cited, not events: "Chỉ thị 154 ngày 9.4.2008"
export const DOCUMENT_WORDS = [
  'chỉ thị', 'quyết định', 'nghị quyết', 'kế hoạch', 'hướng dẫn', 'công văn', 'thông báo', 'thông tư',
  'nghị định', 'luật', 'quy định', 'chương trình', 'đề án', 'kết luận', 'tờ trình', 'báo cáo', 'văn bản',
  'pháp lệnh', 'điều lệ', 'quy chế',
];

// Verbs and nouns of the reported event: "Ngày 13/10/2020, Quận ủy Quận 1 tổ chức hội nghị"
export const EVENT_WORDS = [
  'tổ chức', 'diễn ra', 'khai mạc', 'họp mặt', 'gặp mặt', 'long trọng', 'tổng kết', 'sơ kết', 'tuyên dương',
  'biểu dương', 'hội nghị', 'lễ', 'buổi lễ', 'ngày hội', 'tọa đàm', 'hội thảo', 'khen thưởng', 'trao',
  'phát động', 'tôn vinh', 'vinh danh', 'giao lưu', 'họp', 'mít tinh', 'kỷ niệm',
  // a course held, a campaign launched, a dialogue: "Trong 2 ngày (9 – 10/5/2013), Ban Dân vận … mở
  // lớp tập huấn …"
  'mở lớp', 'khai giảng', 'bế giảng', 'tập huấn', 'ra quân', 'đối thoại',
];
