// Vietnamese number words as they appear before a count ("hai tập thể", "mười lăm cá nhân").
export const UNITS: Record<string, number> = {
  'không': 0, 'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5,
  'nhăm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
};
export const TEN_WORDS = new Set(['mười', 'mươi']);
export const HUNDRED_WORDS = new Set(['trăm']);
export const THOUSAND_WORDS = new Set(['nghìn', 'ngàn']);
// "linh"/"lẻ" join hundreds and units: "một trăm linh năm" = 105
export const JOINERS = new Set(['linh', 'lẻ']);

/** Every word that can be part of a spelled-out number, for building the pattern. */
export const NUMBER_WORDS = [
  ...Object.keys(UNITS), ...TEN_WORDS, ...HUNDRED_WORDS, ...THOUSAND_WORDS, ...JOINERS,
];

// Words that round the number after them: "hơn 20 tập thể", "trên 40 gia đình", "gần 30 cá
// nhân", "khoảng 50 hộ"
export const ROUNDING_WORDS = ['hơn', 'trên', 'gần', 'khoảng'];
