// Abbreviations kept as written in titles, with their expansion for the `expanded` field.
export const ABBREVIATIONS: Record<string, string> = {
  UVBTV: 'Ủy viên Ban Thường vụ',
  'UV BTV': 'Ủy viên Ban Thường vụ',
  UVTV: 'Ủy viên Ban Thường vụ',
  BTV: 'Ban Thường vụ',
  TUV: 'Tỉnh ủy viên / Thành ủy viên',
  HUV: 'Huyện ủy viên',
  QUV: 'Quận ủy viên',
  UVBCH: 'Ủy viên Ban Chấp hành',
  UVTW: 'Ủy viên Trung ương Đảng',
  BCH: 'Ban Chấp hành',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  CCB: 'Cựu chiến binh',
  LHPN: 'Liên hiệp Phụ nữ',
  ĐBQH: 'Đại biểu Quốc hội',
  TP: 'Thành phố',
  HCM: 'Hồ Chí Minh',
  CT: 'Chủ tịch',
  PCT: 'Phó Chủ tịch',
  'Phó CT': 'Phó Chủ tịch',
  'Q.': 'Quyền',
  BT: 'Bí thư',
  PBT: 'Phó Bí thư',
  TW: 'Trung ương',
  CA: 'Công an',
  BĐBP: 'Bộ đội Biên phòng',
  BCHQS: 'Bộ Chỉ huy Quân sự',
  CLB: 'Câu lạc bộ',
  ĐTN: 'Đoàn Thanh niên',
};

// Abbreviations inside the names of bodies, spelled out to compare two writings of one name:
// "Ban CHQS huyện A" is the "Ban Chỉ huy Quân sự huyện A" of the text, "Hội CCB xã B" the "Hội
// Cựu chiến binh xã B"
const BODY_ABBREVIATIONS: Record<string, string> = {
  CHQS: 'Chỉ huy Quân sự',
  BCHQS: 'Bộ Chỉ huy Quân sự',
  BĐBP: 'Bộ đội Biên phòng',
  CCB: 'Cựu chiến binh',
  LHPN: 'Liên hiệp Phụ nữ',
  LĐLĐ: 'Liên đoàn Lao động',
  KBNN: 'Kho bạc Nhà nước',
  BHXH: 'Bảo hiểm xã hội',
  NHCSXH: 'Ngân hàng Chính sách xã hội',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  CLB: 'Câu lạc bộ',
  ĐTN: 'Đoàn Thanh niên',
  'GD&ĐT': 'Giáo dục và Đào tạo',
};
const BODY_ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${Object.keys(BODY_ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}&])`, 'gu');

/** A body's name with the abbreviations in it spelled out: "Ban CHQS huyện A" → "Ban Chỉ huy Quân sự huyện A". */
export function bodySpelledOut(name: string): string {
  return name.replace(BODY_ABBREVIATION, (a) => BODY_ABBREVIATIONS[a]!);
}

// The abbreviations the press puts for a body it also names in full, the short form being its
// shorthand: "Hội CCB huyện A" for the "Hội Cựu chiến binh huyện A" of its lead (not the heads kept
// short in the names themselves: UBND, HĐND, MTTQ, whose full forms are rare in a name)
const SHORTHANDS = ['CHQS', 'BCHQS', 'BĐBP', 'CCB', 'LHPN', 'LĐLĐ', 'KBNN', 'BHXH', 'NHCSXH'];
const SHORTHAND = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${SHORTHANDS.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}&])`, 'gu');

/** A body's name with its shorthands spelled out ("Hội CCB huyện A" → "Hội Cựu chiến binh huyện A"), or null when it has none. */
export function shorthandSpelledOut(name: string): string | null {
  SHORTHAND.lastIndex = 0;
  if (!SHORTHAND.test(name)) return null;
  return name.replace(SHORTHAND, (a) => BODY_ABBREVIATIONS[a]!);
}
