// The lines a saved page puts above an article's headline: the site's name and its tagline, a
// menu, the stamp of publication. None of them is the headline; the stamp is kept (the date is
// read from it), the rest is debris.

// a site's name in capitals, perhaps with a tagline after a dash: "CÔNG AN CAO NGUYÊN ĐÁ", "TIN
// TỨC BÌNH THUẬN 24 GIỜ", "NGƯỜI THỢ MIỀN BIỂN – Trang tin công nhân, lao động" (the dash cut in
// code; the menu or tagline under it tells it from a headline in capitals: see splitSentences)
const CAPITALS = /^[^\p{Ll}]{3,60}$/u;
const NAME_DASH = /\s[–-]\s/u;

/** Whether a line is a site's name in capitals (its tagline after a dash allowed). */
export function isMastheadLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 120) return false;
  const dash = NAME_DASH.exec(t);
  return CAPITALS.test(dash ? t.slice(0, dash.index) : t);
}

// a site's tagline on a line of its own: "Trang tin của phong trào công nhân …", "Chuyên trang của
// lực lượng Biên phòng", "Bản tin quân sự địa phương", "Trang thông tin về phong trào …"
const TAGLINE = /^(?:trang tin|trang thông tin|chuyên trang|bản tin|cổng thông tin|báo điện tử|tin tức tổng hợp)(?![\p{L}])[^.!?]{0,100}$/iu;

/** Whether a line is a site's tagline. */
export function isTagline(line: string): boolean {
  return TAGLINE.test(line.trim());
}

// a menu of sections split by middle dots or bullets: "Thời sự · Dân tộc – Tôn giáo · Video",
// "News • Politics • Society • Tin tức Hà Tĩnh" (items cut in code)
const MENU_DOT = /\s[·•]\s/u;
const MENU_ITEM = /^[^.!?:|\d·•]{1,40}$/u;

/** Whether a line is a menu of sections split by middle dots or bullets. */
export function isDotMenu(line: string): boolean {
  const t = line.trim();
  if (t.length > 160 || !MENU_DOT.test(t)) return false;
  const items = t.split(MENU_DOT).map((i) => i.trim());
  return items.length >= 3 && items.every((i) => MENU_ITEM.test(i));
}

// a full date: "12/10/2018", "27-01-2022"
const FULL_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u;
// what a stamp of publication says around its date: its label ("Cập nhật lúc", "Posted:"), the
// weekday, the time, the time zone, the separators
const STAMP_LABEL = /^(?:cập nhật|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|thời gian đăng|posted|updated|published)(?:\slúc)?\s?:?/iu;
const STAMP_PARTS = /thứ\s(?:hai|ba|tư|năm|sáu|bảy|bẩy)|chủ nhật|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}[:h]\d{2}|gmt\s?[+-]?\d{1,2}|(?<![\p{L}])ngày(?![\p{L}])/giu;
const STAMP_SEPARATORS = /[\s|,–\-()[\]]+/gu;
// a byline or a counter after the stamp: "| Bài và ảnh: Ngọc Trâm", "| Reporter: A", "Lượt xem: 536"
const AFTER_STAMP = /^(?:bài(?: và ảnh)?|ảnh|reporter|tác giả|lượt xem|lượt đọc|chia sẻ|nguồn)\s?:/iu;

// A broadcast's programme line, the day it went on air: "Bản tin thời sự 19h – Thứ Bảy, 12/10/2019",
// "Bản tin thời sự trưa, 11h30 Thứ Năm, 18/8/2022", "Chương trình phát thanh tối Thứ Hai, 15/10/2012
// – Buổi phát 18h00", "Chương trình Thời sự buổi chiều – phát sóng 17 giờ ngày 17/8/2018", "Bản tin
// phát thanh ngày 08/11/2018 (nghe lại) | Lượt nghe: 318"
const AIR_TIME = '\\d{1,2}(?:h\\d{0,2}|:\\d{2}|\\sgiờ(?:\\s\\d{2})?)(?![\\p{L}\\p{N}])';
export const PROGRAMME_LINE = new RegExp(
  `^(?:bản tin|chương trình)(?:\\s(?:thời sự|phát thanh|truyền hình|tin tức|buổi))*(?:\\s(?:sáng|trưa|chiều|tối|đêm))?` +
    `(?:[\\s,–-]+(?:phát(?:\\ssóng)?(?:\\slúc)?\\s)?${AIR_TIME})?[\\s,–-]+(?:thứ\\s(?:hai|ba|tư|năm|sáu|bảy|bẩy)|chủ nhật)?,?\\s?(?:ngày\\s)?` +
    `(?<d>[0-3]?\\d)[/.-](?<m>[01]?\\d)[/.-](?<y>(?:19|20)\\d\\d)(?:\\s?[-–]\\s?(?:buổi phát\\s|phát sóng\\s)?${AIR_TIME})?(?:\\s?\\((?:nghe|xem) lại\\))?\\s*(?:\\|.*)?$`,
  'iu',
);

/**
 * Whether a line is a stamp of publication: a date with only its label, weekday, time and time
 * zone, perhaps a byline after it. "Thứ Năm, 19/01/2017 – 07:15", "Cập nhật lúc 09:12 ngày
 * 27/01/2022", "Posted: 11/10/2019 – 20:14 | Reporter: Hoài Phương", "12/01/2024 21:05 | Bài và
 * ảnh: Ngọc Trâm"
 */
export function isDateline(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || !FULL_DATE.test(t)) return false;
  if (PROGRAMME_LINE.test(t)) return true;
  const rest = t.replace(STAMP_LABEL, '').replace(STAMP_PARTS, ' ').replace(STAMP_SEPARATORS, ' ').trim();
  return rest === '' || AFTER_STAMP.test(rest);
}
