import { isDateline } from './page-top.js';

// Page debris: the parts of a saved page that are not the article (related news, menus,
// comment boxes, satisfaction widgets). Their numbers and dates are never facts.

// Headings that open a block of debris: "TIN MỚI NHẤT", "Tin liên quan", "Bản in", "Ý kiến bạn
// đọc", "Đọc nhiều nhất", "CÙNG CHUYÊN MỤC", "Bài viết cùng chuyên mục:", "Bài viết cùng chủ đề",
// "Tin cùng loại", "Có thể bạn quan tâm", a broadcaster's "Nghe nhiều", "Bản tin khác"
const DEBRIS_HEADING = /^(?:[•*\-–+]\s*)?(?:tin (?:mới nhất|mới hơn|cũ hơn|đã đăng|mới|liên quan|khác|tức đọc nhiều|đọc nhiều|xem nhiều|nổi bật|tiêu điểm|đã đưa|bài liên quan)|(?:đọc|xem|nghe) nhiều(?: nhất)?|(?:bản tin|chương trình) (?:khác|liên quan)|(?:bài viết |bài |các tin |tin )?cùng (?:chuyên mục|chủ đề|loại)|bài viết khác|(?:có thể bạn|bạn có thể) quan tâm|được quan tâm(?: nhất)?|bài (?:viết )?liên quan|các tin (?:khác|đã đưa|liên quan|mới hơn|cũ hơn)|bản in|in bài|gửi bài|ý kiến bạn đọc|bình luận|gửi bình luận|hãy để gửi bình luận|mức độ hài lòng|lên đầu trang|về đầu trang|liên kết website|xem thêm|đọc thêm|chia sẻ bài viết|từ khóa|tags?|video nổi bật|thông báo|tin ảnh|chuyên mục|trang chủ|đường dây nóng|tải ứng dụng)\s*:?$/iu;

/** Index of the first line from which everything is debris, or lines.length. */
export function debrisStart(lines: string[]): number {
  let total = 0;
  const offsets: number[] = [];
  for (const l of lines) {
    offsets.push(total);
    total += l.length + 1;
  }
  const headings: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length <= 60 && DEBRIS_HEADING.test(line)) headings.push(i);
  }
  const last = headings[headings.length - 1] ?? -1;
  for (const i of headings) {
    // a heading in the second half of the page closes the article — but a box of links read
    // further set inside the text ("ĐỌC THÊM:", its links, then the article goes on) does not,
    // when another heading closes the page later
    if (offsets[i]! >= total * 0.4 && !inlineBox(lines, i, last)) return i;
  }
  return lines.length;
}

// a box of links set inside an article, and one of its links: "» Pa Lìn: Mỗi đảng viên kèm 5 hộ … (22/9/2024)"
const INLINE_BOX = /^(?:đọc thêm|xem thêm)\s*:?$/iu;
const LINK_ITEM = /^[»•*\-–+›]/u;
// a paragraph of the article: long, with a sentence's stop inside
const PROSE = /\.\s\p{Lu}/u;

/** Whether the heading at line i opens a box of links after which the article goes on, up to the page's last heading. */
function inlineBox(lines: string[], i: number, lastHeading: number): boolean {
  if (!INLINE_BOX.test(lines[i]!.trim())) return false;
  let k = i + 1;
  while (k < lines.length && (lines[k]!.trim() === '' || LINK_ITEM.test(lines[k]!.trim()))) k++;
  const next = lines[k]?.trim() ?? '';
  return k > i + 1 && next.length >= 150 && PROSE.test(next) && lastHeading > k;
}

// A breadcrumb of sections: "Tuổi trẻ › Đoàn – Hội", "Trang chủ » Tin tức » Xã hội", "Thời sự > Chính trị"
const BREADCRUMB = /^[^.!?:›»>]{1,40}(?:\s[›»>]\s[^.!?:›»>]{1,40})+$/u;
// and with bars or slashes, no number in it: "Thời sự | Xã hội | Y tế", "Trang chủ / Chính trị /
// Xây dựng Đảng" (a table's header has rows with bars next to it: see isBarBreadcrumb) — an item
// may hold a number inside a word, "Phòng chống COVID-19", but none is a number alone
const BAR = /\s[|/]\s/u;
const BAR_ITEM = /^[^.!?:|/]{1,40}$/u;
const NUMBER_ALONE = /(?<![\p{L}\p{N}-])\d/u;
// a bar that closes a menu: "Trang chủ | Giới thiệu | Thư viện ảnh |"
const LAST_BAR = /\s?\|$/u;

/** Whether a line is items split by bars or slashes, none a sentence nor a number alone. */
function barBreadcrumb(t: string): boolean {
  const items = t.split(BAR);
  return items.length >= 2 && items.every((i) => BAR_ITEM.test(i) && !NUMBER_ALONE.test(i));
}

/** Whether line li is a breadcrumb written with bars or slashes (no bars in the lines around it: no table). */
export function isBarBreadcrumb(lines: string[], li: number): boolean {
  const t = lines[li]!.trim().replace(LAST_BAR, '');
  return t.length <= 160 && barBreadcrumb(t) && !rowOfTable(neighbour(lines, li, -1)) && !rowOfTable(neighbour(lines, li, 1));
}

/** Whether a line may be a row of a table: it has bars and is no stamp of publication ("Thứ Sáu, 11/10/2019 | 15:42"). */
function rowOfTable(line: string): boolean {
  return line.includes('|') && !isDateline(line);
}

/** The nearest non-blank line before (-1) or after (1) line li, or ''. */
function neighbour(lines: string[], li: number, step: 1 | -1): string {
  for (let k = li + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.trim() !== '') return lines[k]!;
  return '';
}

/** Whether one line is a debris heading or a breadcrumb (used to skip menus at the top of a page). */
export function isDebrisHeading(line: string): boolean {
  const t = line.trim();
  return (t.length <= 60 && DEBRIS_HEADING.test(t)) || (t.length <= 120 && BREADCRUMB.test(t.replace(SECTION_LABEL, '')));
}
// a breadcrumb's label: "Chuyên mục: XÂY DỰNG ĐẢNG › Công tác dân vận"
const SECTION_LABEL = /^(?:chuyên mục|mục)\s?:\s/iu;
