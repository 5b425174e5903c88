// The publication date printed by the page ("Thứ Ba, 14/10/2014 09:15", "29/10/2021",
// "Cập nhật: 10/01/2024"): the reference for relative and year-less dates, never the event.
import type { Sentence } from '../../text/sentences.js';
import { PROGRAMME_LINE } from '../../text/page-top.js';

// A line that is only a date, with weekday, time or a "published" label around it, in any
// order: "Thứ Ba, 14/10/2014 09:15", "Cập nhật: 16:05, 09/06/2021", "Cập nhật lúc 09:12,
// Thứ Hai, 05/12/2011", "29/10/2021", "Cập nhật lúc 10:20, Thứ Sáu, 14/01/2022 (GMT+7)",
// "Cập nhật lúc 18/04/2022 08:40",
// "Thứ Năm, 26/11/2020, 14:05 [GMT+7]", "(Cập nhật: 21/08/2017)"
const LABEL = '(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|thời gian đăng|xuất bản|ngày xuất bản|published|đăng|lượt xem)';
const WEEKDAY = '(?:thứ\\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn)';
const TIME = '(?:(?:lúc\\s)?\\d{1,2}[:hg]\\d{2}(?::\\d{2})?(?:\\s*(?:gmt\\s*(?:[+-]\\s*)?\\d*|\\(gmt[^)]*\\)|\\[gmt[^\\]]*\\]|am|pm|sa|ch))?)';
const SEP = '\\s*(?:[,|\\-–]\\s*)?';
// a time zone after the date: "14/01/2022 (GMT+7)", "14:05 [GMT+7]"
const ZONE = '(?:\\s*[([]?gmt\\s*(?:[+-]\\s*\\d{1,2})?[)\\]]?)?';
// the outlet's name before it: "QĐND Online – Thứ Bảy, 21/09/2024 - 17:40"
// (or its section, words joined by a dash: "Quốc phòng - An ninh | Thứ Năm, 19/12/2019 07:10")
const OUTLET = '(?:[\\p{L}\\d.]+(?:\\s(?:[-–]\\s)?[\\p{L}\\d.]+){0,3}\\s[-–|]\\s)?';
const PUBLICATION_LINE = new RegExp(
  `^${OUTLET}[([]?(?:${LABEL}\\s*(?::\\s*)?(?:lúc\\s)?)?(?:(?:${WEEKDAY}|${TIME})${SEP})*(?:ngày\\s)?(?<d>[0-3]?\\d)[/.-](?<m>[01]?\\d)[/.-](?<y>(?:19|20)\\d\\d)(?:${SEP}(?:${TIME}|${WEEKDAY}))*${ZONE}[)\\]]?\\s*(?:\\|.*)?$`,
  'iu',
);
// A byline with the date: "Lê Văn Tám - 21/09/2017 09:15" (or after its label: "Người đăng:
// Ban biên tập | 17/03/2021")
const DATED_BYLINE = /^(?:(?:người đăng|người viết|tác giả|biên tập)\s?:\s?)?[\p{L} .]{2,40}\s[-|–]\s(?<d>[0-3]?\d)[/.-](?<m>[01]?\d)[/.-](?<y>(?:19|20)\d\d)(?:\s+\d{1,2}:\d{2})?\s*$/iu;

// (or after it, in parentheses, a name in capitals: "THU HÀ (17/03/2021)", "Lê Văn Tám (17/03/2021)")
const BYLINE_DATE_IN_PARENS = /^(?:\p{Lu}[\p{L}.]*\s){1,4}\(\s?(?<d>[0-3]?\d)[/.-](?<m>[01]?\d)[/.-](?<y>(?:19|20)\d\d)\s?\)$/u;

// (or the date first, then the author: "Đăng ngày 16/04/2016 - Lê Văn Tám")
const DATE_THEN_BYLINE = new RegExp(`^(?:${LABEL}\\s*(?::\\s*)?)?(?:ngày\\s)?(?<d>[0-3]?\\d)[/.-](?<m>[01]?\\d)[/.-](?<y>(?:19|20)\\d\\d)\\s[-|–]\\s[\\p{L} .]{2,40}$`, 'iu');

// what both lines hold: "14/10/2014"
const DAY_MONTH_YEAR = /\d[/.-][01]?\d[/.-](?:19|20)\d\d/u;

export interface Publication { date: string; sentences: Set<number> }

export function findPublication(sentences: Sentence[]): Publication {
  const found = new Set<number>();
  let date: string | null = null;
  for (const s of sentences) {
    if (s.debris || !s.lineStart || !DAY_MONTH_YEAR.test(s.text)) continue;
    const m = PUBLICATION_LINE.exec(s.text) ?? DATED_BYLINE.exec(s.text) ?? DATE_THEN_BYLINE.exec(s.text) ?? BYLINE_DATE_IN_PARENS.exec(s.text) ?? PROGRAMME_LINE.exec(s.text);
    if (!m) continue;
    found.add(s.index);
    date ??= iso(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d));
  }
  return { date: date ?? '', sentences: found };
}

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day of the week of an ISO date, 0 for Sunday, in UTC. */
export function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Adds days to an ISO date, in UTC so no time zone moves it. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
