// Date mentions in one sentence, each with where it sits; the choice of the event date
// is made by extract/date/index.ts.
import { END, lowerKeepingOffsets, matchesAtWordStart } from '../../lexicon/pattern.js';
import { weekdayOf } from './publication.js';

export interface DateMention {
  day: number;
  month: number;
  year: number | null;
  /** offsets inside the sentence */
  start: number;
  end: number;
  rule: string;
  /** days a span covers ("từ ngày 6 đến 8/7": 3), 1 for a day */
  days: number;
}

const D = '(?<d>[0-3]?\\d)';
const M = '(?<m>[01]?\\d)';
const Y = '(?<y>(?:19|20)\\d\\d)';
const SEP = '\\s?[/.\\-]\\s?';

// Each pattern runs on the sentence lowercased, and must start a word (no letter or digit
// before it): that start is checked in code, not by a leading lookbehind (lexicon/pattern.ts).
const PATTERNS: Array<[string, RegExp]> = [
  // date.dm-glossed: "Sáng nay (15/10)", "Chiều qua (13-10)", "Sáng Chủ nhật (23/4)", "thứ Bảy
  // (15/10)": a relative day or a weekday, and the date it is
  ['date.dm-glossed', new RegExp(`(?:(?:sáng|chiều|tối|trưa|hôm|ngày)\\s(?:nay|qua|hôm qua|hôm nay)|(?:(?:sáng|chiều|tối|trưa|ngày)\\s)?(?:thứ\\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật))\\s?\\(\\s?${D}${SEP}${M}(?:${SEP}${Y})?\\s?\\)`, 'gu')],
  // date.dm-comma: "Sáng Chủ nhật, 26/8", "Chiều thứ Bảy, ngày 15-10", "Chiều nay, 19/12": a part of
  // the day, a weekday or a relative day, and the date after a comma (a dateline has no part of
  // the day: "Thứ Sáu, 02/03/2012 09:10")
  ['date.dm-comma', new RegExp(`(?:sáng|chiều|tối|trưa)\\s(?:thứ\\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|nay|qua|hôm qua|hôm nay),\\s(?:ngày\\s)?${D}${SEP}${M}(?:${SEP}${Y})?(?![/.\\-]?\\s?\\d)${END}`, 'gu')],
  // date.multi-day: "8-9/11/2018", "(8 - 9/11/2018)": the first day
  ['date.multi-day', new RegExp(`${D}\\s?[-–]\\s?[0-3]?\\d\\s?/\\s?${M}\\s?/\\s?${Y}${END}`, 'gu')],
  // date.multi-day-dm: "Trong 2 ngày 23 và 24-3", "ngày 8 và 9/11", "hai ngày 20 và 21/8/2015":
  // the first day, with the year when one is written
  ['date.multi-day-dm', new RegExp(`ngày\\s${D}\\s?(?:và|-|–|đến)\\s?(?<d2>[0-3]?\\d)${SEP}${M}(?:${SEP}${Y})?(?![/.\\-]?\\s?\\d)${END}`, 'gu')],
  // date.multi-day-words: "Trong hai ngày 21 và 22 tháng 3 năm 2013": the first day
  ['date.multi-day-words', new RegExp(`ngày\\s${D}\\s?(?:và|-|–|đến)\\s?(?<d2>[0-3]?\\d)\\stháng\\s${M}(?:\\s(?:năm\\s)?${Y})?${END}`, 'gu')],
  // date.multi-day-parens: "Trong 2 ngày (27 – 28/6)": the first day, the year when one is written
  ['date.multi-day-parens', new RegExp(`\\(\\s?${D}\\s?[-–]\\s?(?<d2>[0-3]?\\d)${SEP}${M}(?:${SEP}${Y})?\\s?\\)`, 'gu')],
  // date.dmy: "13/10/2020", "13-10-2020", "14.10.2016"
  ['date.dmy', new RegExp(`${D}${SEP}${M}${SEP}${Y}${END}`, 'gu')],
  // date.words: "ngày 15 tháng 3 năm 2019", "ngày 15 tháng 3", "Sáng 15 tháng 10"
  ['date.words', new RegExp(`(?:(?:sáng|chiều|tối|trưa)\\s(?:ngày\\s)?|ngày\\s)${D}\\stháng\\s${M}(?:\\s(?:năm\\s)?${Y})?${END}`, 'gu')],
  // date.dm-cued: "Ngày 10-1", "sáng 20/11", "Chiều ngày 14.10" — no year
  ['date.dm-cued', new RegExp(`(?:ngày|sáng|chiều|tối|trưa|hôm)(?:\\s(?:ngày|hôm))?\\s${D}${SEP}${M}(?![/.\\-]?\\s?\\d)${END}`, 'gu')],
  // date.range-dm: "từ ngày 10 đến 30/10" — a span, dated by its first day
  ['date.range-dm', new RegExp(`từ\\s(?:ngày\\s)?${D}\\s(?:đến|tới)\\s(?:ngày\\s)?(?<d2>[0-3]?\\d)${SEP}${M}(?:${SEP}${Y})?${END}`, 'gu')],
];

// date.relative: "sáng qua", "chiều nay", "hôm qua" — counted from the publication date
const RELATIVE = new RegExp(`(?:(?<part>sáng|chiều|tối|trưa|đêm)\\s(?<rel>qua|nay|hôm qua|hôm nay)|(?<day>hôm qua|hôm nay))${END}`, 'gu');

// Every pattern above holds a day and a month joined by a separator ("15/3", "8-9/11", "15 - 3")
// or written in words ("15 tháng 3"): a sentence with neither holds no date
const MAY_HOLD_DATE = /\d\s?[/.\-–]\s?\d|\d\stháng\s\d/u;

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const lower = lowerKeepingOffsets(text);
  if (!MAY_HOLD_DATE.test(lower)) return out;
  for (const [rule, re] of PATTERNS) {
    for (const m of matchesAtWordStart(re, lower)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const g = m.groups!;
      const day = Number(g.d);
      const month = Number(g.m);
      const year = g.y ? Number(g.y) : null;
      if (!valid(day, month, year)) continue;
      taken.push([s, e]);
      const days = g.d2 ? Number(g.d2) - day + 1 : 1;
      out.push({ day, month, year, start: s, end: e, rule, days });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// date.weekday: "Chiều thứ Sáu, tại …", "sáng Chủ nhật" with no date after it — the last such day
// up to the publication date (the weekday written as a name, "thứ Sáu", or "thứ 6"; "ngày thứ
// hai của hội thi" is a second day, not a Monday)
const WEEKDAY = /(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm|hôm)\s(?<wd>thứ\s(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|[Cc]hủ\s[Nn]hật)(?![\p{L}\p{N}])(?!\s?[,(]?\s?(?:ngày\s)?\d)/giu;
const WEEKDAY_NUMBER: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };

/** Relative days in a sentence: -1 for "qua", 0 for "nay", back to a weekday named. */
export function findRelative(text: string, published: string | null = null): Array<{ offset: number; start: number; end: number }> {
  const out: Array<{ offset: number; start: number; end: number }> = [];
  for (const m of matchesAtWordStart(RELATIVE, lowerKeepingOffsets(text))) {
    const rel = m.groups!.rel ?? m.groups!.day ?? '';
    out.push({ offset: rel.includes('qua') ? -1 : 0, start: m.index, end: m.index + m[0].length });
  }
  if (published && (text.includes('hứ ') || /hủ\s[Nn]hật/u.test(text))) {
    const pubDay = weekdayOf(published);
    for (const m of text.matchAll(WEEKDAY)) {
      const wd = m.groups!.wd!;
      // (the case of the day's name as written: a weekday is capitalized, "thứ Sáu")
      const name = wd.slice(4);
      const day = /^[Cc]hủ/u.test(wd) ? 0 : /^\d$/u.test(name) ? Number(name) - 1 : name[0] === name[0]!.toUpperCase() ? WEEKDAY_NUMBER[name.toLowerCase()]! : -1;
      if (day < 0) continue;
      const back = (pubDay - day + 7) % 7;
      out.push({ offset: back === 0 ? 0 : -back, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function valid(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year ?? 2024; // a leap year accepts 29/2 when the year is unknown
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}
