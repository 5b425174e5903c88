// Lines and sentences of a normalized article, with the flags later stages need:
// headline, debris, bullet continuation, publication line.
import { debrisStart, isBarBreadcrumb, isDebrisHeading } from './debris.js';
import { isDateline, isDotMenu, isMastheadLine, isTagline } from './page-top.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  line: number;
  /** the first sentence of its line */
  lineStart: boolean;
  headline: boolean;
  /** a heading inside the body: a short line of its own between blank lines, no end punctuation */
  heading: boolean;
  debris: boolean;
  /** a list item: "- 15 tập thể …", "+ 10 cá nhân", "• …", "a) …" */
  bullet: boolean;
}

// Abbreviations that end with a dot but not a sentence: "TP. HCM", "Q. Chủ tịch", "ThS. Lê"
export const NO_BREAK_BEFORE_DOT = /(?:^|[\s(])(?:TP|Tp|tp|Q|P|ThS|Ths|TS|PGS|GS|BS|KS|CN|ĐD|St|Th|Mr|Ms|Bs|Ks|Lm|TT|HT|ĐĐ|NS|NSƯT|NSND|v\.v|[\p{Lu}])$/u;
// A sentence ends at . ! ? … (with closing quotes) before a space and a capital, digit, quote or bullet
const SENTENCE_END = /(?<![.!?…])[.!?…]+["”’)»]*(?= +["“‘(«•\-–+]?[\p{Lu}\d])/gu;
// A sentence longer than this is read in pieces, cut at the last "; ", ", " or space before
// it. The longest sentence of the corpus has under 800 characters, a long list of honoured
// names a few thousand; past that it is a page whose punctuation was lost, and the rules,
// which relate every count of a sentence to every cue in it, would take quadratic time.
export const MAX_SENTENCE = 4_000;
// The marker old news pages put before the headlines of other articles: "» Tịnh Biên: Trao 20
// căn nhà Đại đoàn kết (11-10-2021)" (never before a line of the article itself)
const RELATED_ITEM = /^\s*[»›]\s/u;
// List markers at the start of a line or sentence ("II." a section of a list)
// (a number and a dash open a row of a list written with dashes: "1 – Ban CHQS xã A – Bằng khen …")
export const BULLET = /^(?:[-–+•*·▪●◦]|\d{1,2}[.)]|\d{1,3}\s[-–]|[IVX]{1,4}\.|[a-zđ][)])\s+/u;
// the number of an article, clause or section of a legal text, before its dot: "Điều 1", "Khoản 2"
const LEGAL_ARTICLE = /(?:^|[\s("“])(?:Điều|Khoản|Mục)\s\d{1,3}$/u;
// what a line opens with before the dot of a list number: "1", "12", "II"
const LIST_NUMBER = /^\s*(?:\d{1,2}|[IVX]{1,4})$/u;

// a heading is short and ends with no punctuation of a sentence or a list lead
const HEADING_MAX = 90;
const HEADING_END = /[.!?…:;,]["”’)»]*$/u;

/** Whether line li is a menu above the article: a debris heading, a breadcrumb, sections split by dots. */
function isMenu(lines: string[], li: number): boolean {
  return isDebrisHeading(lines[li]!) || isBarBreadcrumb(lines, li) || isDotMenu(lines[li]!);
}

/**
 * Whether the next line that is not blank is a menu, or (with `more`) a site's tagline, or another
 * name in capitals above a menu: "PHÒNG GIÁO DỤC … HUYỆN A" then "TRƯỜNG THCS B" then the menu.
 */
function menuNext(lines: string[], li: number, more = false): boolean {
  for (let k = li + 1; k < lines.length; k++) if (lines[k]!.trim() !== '') return isMenu(lines, k) || (more && (isTagline(lines[k]!) || (isMastheadLine(lines[k]!) && menuNext(lines, k))));
  return false;
}

export function splitSentences(text: string): Sentence[] {
  const lines = text.split('\n');
  const cut = debrisStart(lines);
  const out: Sentence[] = [];
  let offset = 0;
  let headlineSeen = false;
  let topMenu = true;
  // whether the line before, not blank, was the site's name (debris)
  let mastheadBefore = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const lineOffset = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    let debris = li >= cut;
    // menus above the article: a debris heading before any long paragraph
    if (topMenu && isMenu(lines, li)) debris = true;
    // the site's name above its menu or its tagline: "CÔNG ĐOÀN TỈNH A" then "Trang chủ | Tin hoạt
    // động | …"; and the tagline under the name or above the menu: "Trang tin của phong trào …"
    // (not a stamp of publication under the name: "BẢN TIN THỜI SỰ 19H – THỨ BẢY, 12/10/2019")
    const stamp = isDateline(line);
    if (topMenu && !headlineSeen && !stamp && isMastheadLine(line) && menuNext(lines, li, true)) debris = true;
    if (topMenu && !headlineSeen && !stamp && isTagline(line) && (mastheadBefore || menuNext(lines, li))) debris = true;
    mastheadBefore = debris && isMastheadLine(line);
    // a headline of another article in a list of links, wherever it is
    if (RELATED_ITEM.test(line)) debris = true;
    if (line.length > 150) topMenu = false;
    // a dateline above the headline is not the headline: "Thứ bảy, 27/12/2014 08:40"
    const dateline = !headlineSeen && stamp;
    let from = 0;
    let first = true;
    const pieces: Array<[number, number]> = [];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
      const endAt = m.index + m[0].length;
      if (m[0].startsWith('.') && m[0].length === 1 && NO_BREAK_BEFORE_DOT.test(line.slice(Math.max(0, m.index - 8), m.index))) continue;
      // the dot of a list number opening the line: "1. Sở Y tế …", "II. Bằng khen của …"
      if (m[0] === '.' && LIST_NUMBER.test(line.slice(0, m.index))) continue;
      // the dot of an article of a legal text: "Điều 1. Tặng Giấy khen cho …"
      if (m[0] === '.' && LEGAL_ARTICLE.test(line.slice(Math.max(0, m.index - 12), m.index))) continue;
      pieces.push([from, endAt]);
      from = endAt;
    }
    pieces.push([from, line.length]);
    for (const [a0, b0] of pieces.flatMap(([a, b]) => cutLong(line, a, b))) {
      let a = a0;
      let b = b0;
      while (a < b && line[a] === ' ') a++;
      while (b > a && line[b - 1] === ' ') b--;
      if (a >= b) continue;
      const body = line.slice(a, b);
      const isHeadline = !headlineSeen && !debris && !dateline;
      // "Tôn vinh hơn 600 tập thể, cá nhân" over the paragraph that tells them
      const heading = headlineSeen && !debris && pieces.length === 1 && body.length <= HEADING_MAX && !HEADING_END.test(body) && (lines[li - 1] ?? '').trim() === '' && (lines[li + 1] ?? '').trim() === '' && !BULLET.test(body);
      out.push({
        index: out.length,
        start: lineOffset + a,
        end: lineOffset + b,
        text: body,
        line: li,
        lineStart: first,
        headline: isHeadline,
        heading,
        debris,
        bullet: BULLET.test(body),
      });
      first = false;
    }
    if (!debris && !headlineSeen && !dateline) {
      headlineSeen = true;
      // a headline split over two lines: "Quận Hoàn Kiếm:" then the rest
      if (line.trim().endsWith(':') && line.length < 60) headlineSeen = false;
    }
  }
  return out;
}

/** [a, b) as pieces of at most MAX_SENTENCE characters, each cut after a "; ", ", " or space if one is near. */
function cutLong(line: string, a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (b - a > MAX_SENTENCE) {
    const limit = a + MAX_SENTENCE;
    const window = line.slice(a, limit);
    // the latest clause break in the last quarter of the window, else the latest space
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    if (cut < MAX_SENTENCE * 0.75) cut = window.lastIndexOf(' ');
    const end = cut > 0 ? a + cut + 1 : limit;
    out.push([a, end]);
    a = end;
  }
  out.push([a, b]);
  return out;
}
