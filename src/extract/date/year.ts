// The year of a date written without one, taken from the article itself.
import { ANNIVERSARY_BASES } from '../../lexicon/anniversaries.js';
import { addDays, iso } from './publication.js';
import type { Sentence } from '../../text/sentences.js';

export interface YearGuess { year: number; rule: string }

// "kỷ niệm 92 năm Ngày truyền thống …", "91 năm Ngày truyền thống", "tròn 17 năm kể từ … (1999)"
// (the years in words too: "tròn một năm kể từ …")
const ANNIVERSARY = /(?:kỷ niệm|kỉ niệm|chào mừng|hướng tới|tròn)\s(?:lần thứ\s)?(?<n>\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\snăm/giu;
const YEARS_IN_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
// "… năm kể từ ngày bão số 9 đổ bộ … ngày 9/10/2017": the day the years are counted from, dated in
// full (or its year: "kể từ năm 2015")
const SINCE_DATED = /^\s(?:kể từ|từ khi|sau)\s[^.;]{0,90}?(?:[0-3]?\d[/.-][01]?\d[/.-]|năm\s)(?<y>(?:19|20)\d\d)(?!\d)/u;
// "(15/10/1999-15/10/2022)", "(1930 - 2022)": a range that ends in the event's year
const RANGE_END = /\((?:[^()]*?(?<from>(?:19|20)\d\d))\s?[-–—]\s?(?:[0-3]?\d[/.-][01]?\d[/.-])?(?<to>(?:19|20)\d\d)\)/gu;
// "(15/10/1930)": the founding date in parentheses after an anniversary (or its month: "(1/1989)")
const BASE_IN_PARENS = /\((?:(?:[0-3]?\d[/.-])?[01]?\d[/.-])?(?<y>(?:19|20)\d\d)\)/u;
// "(20/10/1947 - 20/10/2022)": a founding date and the anniversary's own, after an anniversary
// (or their months: "(1/1989 – 1/2019)")
// (the range is this anniversary's only if it spans its N years: "92 năm …, 23 năm … (1999-2022)")
const RANGE_IN_PARENS = /\((?:(?:[0-3]?\d[/.-])?[01]?\d[/.-])?(?<from>(?:19|20)\d\d)\s?[-–—]\s?(?:(?:[0-3]?\d[/.-])?[01]?\d[/.-])?(?<to>(?:19|20)\d\d)\)/u;
// "tổng kết công tác … năm 2023", "sơ kết 6 tháng đầu năm 2019", "tổng kết Chiến dịch … hè 2023"
const REVIEWED = /(?:tổng kết|sơ kết|nhìn lại|đánh giá kết quả|báo cáo kết quả)[^.;]{0,80}?(?:năm|hè|mùa hè)\s(?<y>(?:19|20)\d\d)/iu;
// "tổng kết phong trào … giai đoạn 2019 - 2024", "sơ kết nhiệm kỳ 2017-2022": a period of years reviewed
// (or a dry season across two years, the searches' for the fallen abroad: "tổng kết … mùa khô 2018 – 2019")
const REVIEWED_RANGE = /(?:tổng kết|sơ kết|nhìn lại|đánh giá kết quả)[^.;]{0,100}?(?:giai đoạn|nhiệm kỳ|từ năm|mùa khô)\s(?<from>(?:19|20)\d\d)\s?(?:[-–—]|đến)\s?(?:năm\s)?(?<to>(?:19|20)\d\d)/iu;
// "triển khai nhiệm vụ (trọng tâm) năm 2024", "phương hướng năm 2020"
// a period of years: "giai đoạn 2019 – 2024"
const PERIOD = /giai đoạn\s(?<from>(?:19|20)\d\d)\s?[-–—]\s?(?<to>(?:19|20)\d\d)/iu;
// an election for a term: "bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026"
const ELECTION_TERM = /bầu cử[^.;]{0,120}?nhiệm kỳ\s(?:19|20)\d\d/iu;
// a congress and the term it opens: "Đại hội đại biểu lần thứ III (nhiệm kỳ 2011-2016)"
const CONGRESS_TERM = /đại hội[^.;]{0,120}?nhiệm kỳ\s(?<from>(?:19|20)\d\d)\s?[-–—]\s?(?<to>(?:19|20)\d\d)/iu;
// a school year: "năm học 2013 - 2014", "năm học 2019-2020"
const SCHOOL_YEAR = /năm học\s(?<from>(?:19|20)\d\d)\s?[-–—]\s?(?<to>(?:19|20)\d\d)/iu;
// the part of a year a review covers, and the month that part ends: "quý I" (3), "6 tháng đầu năm" (6)
const QUARTER = /quý\s(?<q>IV|I{1,3}|[1-4])(?![\p{L}\d])/u;
const MONTHS_OF_YEAR = /(?<n>6|9|sáu|chín)\stháng/u;
const QUARTER_END: Record<string, number> = { I: 3, '1': 3, II: 6, '2': 6, III: 9, '3': 9, IV: 12, '4': 12 };
const NEXT_PERIOD = /(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|phát động)[^.;]{0,60}?năm\s(?<y>(?:19|20)\d\d)/iu;
const ANY_YEAR = /năm\s(?<y>(?:19|20)\d\d)/gu;
// a day or a month with its year: "14/9/2022", "tháng 6/2018", "tháng 6 năm 2018"
const INCIDENT_DATED = /(?<![\d/])(?:(?<d>[0-3]?\d)[/-](?<m>[01]?\d)[/-]|tháng\s(?<m2>[01]?\d)(?:[/-]|\snăm\s))(?<y>(?:19|20)\d\d)(?!\d)/u;
const UNTIL_BEFORE = /(?:đến|tới|trước|hết|từ)\s(?:hết\s|ngày\s|cuối\s)?(?:tháng\s)?$/u;

/**
 * Year of a day and month from, in order: the anniversary being celebrated, a range ending
 * that year, the period reviewed (unless that puts the day months after the page's date, or the
 * page is dated within weeks after the day and gives another year), the publication date, the year and month of the page's address, the year the article speaks of.
 */
export function inferYear(sentences: Sentence[], at: Sentence, month: number, day: number, published: string | null): YearGuess | null {
  const body = sentences.filter((s) => !s.debris);
  const told = toldYear(body, at, month, day, published);
  // an event is reported after it happens (or, told ahead, a few weeks before): a year the
  // article's words suggest that puts the day months after the page's own date is not the
  // event's ("Sáng 9/4, … Đại hội …" on a page of 11/04/2018 whose report reviews "nhiệm kỳ
  // 2013 - 2018" is not in 2019)
  // (nor one that puts it more than a year before the page's date: "Ngày 18/12, Trung đoàn …" on
  // a page of 19/12/2019 is not in 2007 because a former commander served "(giai đoạn 2001 - 2007)")
  const stamped = published ? publicationYear(published, month, day) : null;
  // (and a page dated within weeks after the day dates it: "Sáng 17-4, …" on a page of 18/04/2023
  // is in 2023, though the model it tells of was "nhân rộng từ năm 2022")
  const fresh = stamped !== null && iso(stamped, month, day) >= addDays(published!, -FRESH_DAYS);
  if (told && told.year !== stamped && !fresh && !(published && (iso(told.year, month, day) > addDays(published, AHEAD_DAYS) || iso(told.year, month, day) < addDays(published, -LATE_DAYS)))) return told;
  if (told && told.year === stamped) return told;
  if (stamped !== null) return { year: stamped, rule: 'year.publication' };
  // the year and month a page's address files it under, an event before it (or in its month):
  // "https://…/thoi-su/2019/11/…" (a stamp of the page, no date of the event's)
  for (const s of sentences) {
    if (!s.text.includes('://')) continue;
    const stamp = ADDRESS_STAMP.exec(s.text);
    if (stamp) return { year: Number(stamp.groups!.y) - (month <= Number(stamp.groups!.m) ? 0 : 1), rule: 'year.address-stamp' };
  }
  return monthTold(body, month) ?? mostMentioned(body);
}

// the event's month told with its year: "… Ngày thứ Bảy vì dân, tháng 9/2025", "tháng 9 năm 2025"
const MONTH_YEAR = /(?<![\p{L}\d])tháng\s(?<m>[01]?\d)(?:\/|\snăm\s)(?<y>(?:19|20)\d\d)(?!\d)/gu;

/** The year told with the event's own month, the first time the article names that month with a year. */
function monthTold(body: Sentence[], month: number): YearGuess | null {
  for (const s of body) {
    if (!s.text.includes('tháng')) continue;
    MONTH_YEAR.lastIndex = 0;
    for (let m = MONTH_YEAR.exec(s.text); m; m = MONTH_YEAR.exec(s.text)) {
      if (Number(m.groups!.m) === month) return { year: Number(m.groups!.y), rule: 'year.month-told' };
    }
  }
  return null;
}
const ADDRESS_STAMP = /https?:\/\/[^\s/]{1,80}(?:\/[^\s/]{1,80}){0,4}?\/(?<y>(?:19|20)\d\d)\/(?<m>0?[1-9]|1[0-2])\//u;

/** The year a page's date gives a day and month: a later month than the page's is last year's. */
function publicationYear(published: string, month: number, day: number): number {
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
  // an event is reported after it happened: a later month is last year's
  return month < pm || (month === pm && day <= pd + 1) ? py : py - 1;
}

// how long after its event a page is still its report, whatever year the words suggest
const FRESH_DAYS = 45;

// how far ahead of its event a page may tell it: "Ngày 20-3 tới, …"
const AHEAD_DAYS = 45;
// how long after its event a page may report it
const LATE_DAYS = 366;

/** The year the article's own words give a day and month: anniversaries, ranges, reviews, terms. */
function toldYear(body: Sentence[], at: Sentence, month: number, day: number, published: string | null): YearGuess | null {
  const near = [at, ...body.filter((s) => s.index !== at.index && Math.abs(s.index - at.index) <= 3)];
  for (const s of near) {
    const y = anniversaryYear(s.text);
    if (y) return { year: y, rule: 'year.anniversary' };
  }
  for (const s of near) {
    RANGE_END.lastIndex = 0;
    const m = RANGE_END.exec(s.text);
    // (not a term of office: "Đại hội … (nhiệm kỳ 2011-2016)" opens it)
    if (m && Number(m.groups!.to) - Number(m.groups!.from) >= 5 && !/nhiệm kỳ/iu.test(m[0])) return { year: Number(m.groups!.to), rule: 'year.range-end' };
  }
  for (const s of near) {
    const r = REVIEWED.exec(s.text);
    if (r) {
      const reviewed = Number(r.groups!.y);
      const end = periodEnd(r[0]);
      // a review of 2023 held in January is held in 2024; one held in December, in 2023.
      // A review of part of a year comes at that part's end or after it: "sơ kết quý I năm
      // 2024" on 10/4 is in 2024; "sơ kết quý IV năm 2023" on 12/1 in 2024
      const nextYear = end === 12 ? month <= 4 : month < end - 1;
      return { year: nextYear ? reviewed + 1 : reviewed, rule: 'year.period-reviewed' };
    }
    // a review of several years comes at the end of the last one, or early in the next
    const range = REVIEWED_RANGE.exec(s.text);
    if (range && Number(range.groups!.to) > Number(range.groups!.from)) {
      // but an election opens the term it elects for: "tổng kết công tác bầu cử đại biểu HĐND
      // các cấp nhiệm kỳ 2021 - 2026" is held in 2021
      if (ELECTION_TERM.test(range[0])) return { year: Number(range.groups!.from), rule: 'year.election-term' };
      // and a dry season ends in the spring of its last year, reviewed then: "tổng kết … mùa khô
      // 2018 – 2019" on 11/4 is in 2019
      if (/mùa khô\s(?:19|20)\d\d/iu.test(range[0])) return { year: Number(range.groups!.to), rule: 'year.season-reviewed' };
      return { year: Number(range.groups!.to) + (month <= 4 ? 1 : 0), rule: 'year.period-reviewed' };
    }
    const n = NEXT_PERIOD.exec(s.text);
    if (n && month <= 3) return { year: Number(n.groups!.y), rule: 'year.next-period' };
  }
  // the event's own sentence names the earlier day or month it answers, with its year: "… khắc
  // phục hậu quả đợt mưa lũ cuối tháng 6/2018", "… trận mưa lớn lịch sử đêm 14/9/2022": the event
  // comes after it, the same year (not a time it runs up to: "đến hết tháng 11/2024"; nor a day
  // after the event's, the end of an anniversary's span: "(5/1886 – 5/2023)")
  const incident = INCIDENT_DATED.exec(at.text);
  if (incident && !UNTIL_BEFORE.test(at.text.slice(Math.max(0, incident.index - 12), incident.index))) {
    const m = Number(incident.groups!.m ?? incident.groups!.m2);
    const d = Number(incident.groups!.d ?? 1);
    if (m >= 1 && (m < month || (m === month && d <= day))) return { year: Number(incident.groups!.y), rule: 'year.incident-before' };
  }
  // "năm học 2013 - 2014" (when the page gives no date): a school year opens in September; a
  // day before it is in the second year (the rewards of a year are given in summer), and so is
  // the review of a whole school year ("tổng kết năm học 2017 - 2018" in September 2018)
  if (!published) {
    // "Sáng 22-10, … tổ chức Hội nghị điển hình tiên tiến … giai đoạn 2019 – 2024": the period
    // the event's own sentence covers ends in its year (or the year before, early in a year)
    const period = PERIOD.exec(at.text);
    if (period && Number(period.groups!.to) > Number(period.groups!.from)) {
      return { year: Number(period.groups!.to) + (month <= 4 ? 1 : 0), rule: 'year.period' };
    }
    // "Đại hội đại biểu … nhiệm kỳ 2011-2016": a congress opens its term
    const term = CONGRESS_TERM.exec(at.text);
    if (term && Number(term.groups!.to) > Number(term.groups!.from)) return { year: Number(term.groups!.from), rule: 'year.congress-term' };
    for (const s of near) {
      const school = SCHOOL_YEAR.exec(s.text);
      if (!school || Number(school.groups!.to) !== Number(school.groups!.from) + 1) continue;
      const reviewed = /tổng kết[^.;]{0,60}$/iu.test(s.text.slice(0, school.index));
      return { year: month >= 9 && !reviewed ? Number(school.groups!.from) : Number(school.groups!.to), rule: 'year.school-year' };
    }
  }
  return null;
}

/** The year the article speaks of most. */
function mostMentioned(body: Sentence[]): YearGuess | null {
  const counts = new Map<number, number>();
  for (const s of body) {
    ANY_YEAR.lastIndex = 0;
    for (let m = ANY_YEAR.exec(s.text); m; m = ANY_YEAR.exec(s.text)) {
      const y = Number(m.groups!.y);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, c] of counts) if (best === null || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
  return best ? { year: best, rule: 'year.most-mentioned' } : null;
}

/** The month the reviewed period ends: 3 for "quý I", 6 for "6 tháng đầu năm", 12 for a year. */
function periodEnd(reviewed: string): number {
  const q = QUARTER.exec(reviewed);
  if (q) return QUARTER_END[q.groups!.q!]!;
  const m = MONTHS_OF_YEAR.exec(reviewed);
  if (m) return m.groups!.n === '6' || m.groups!.n === 'sáu' ? 6 : 9;
  return 12;
}

// another count of years after an anniversary's: " và 29 năm Ngày hội …"
const ANOTHER_ANNIVERSARY = /(?<![\p{L}\d])\d{1,3}\snăm(?![\p{L}])/u;

/** 1930 + 92 for "kỷ niệm 92 năm Ngày truyền thống công tác dân vận". */
export function anniversaryYear(text: string): number | null {
  ANNIVERSARY.lastIndex = 0;
  for (let m = ANNIVERSARY.exec(text); m; m = ANNIVERSARY.exec(text)) {
    const n = YEARS_IN_WORDS[m.groups!.n!.toLowerCase()] ?? Number(m.groups!.n);
    // (up to another anniversary told with it: "74 năm Ngày thành lập Quân đội … và 29 năm Ngày hội
    // Quốc phòng toàn dân (22-12-1989)" — the date in parentheses is the second one's)
    const reach = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const next = ANOTHER_ANNIVERSARY.exec(reach);
    const after = next ? reach.slice(0, next.index) : reach;
    const paren = BASE_IN_PARENS.exec(after);
    if (paren) return Number(paren.groups!.y) + n;
    const since = SINCE_DATED.exec(after);
    if (since) return Number(since.groups!.y) + n;
    const range = RANGE_IN_PARENS.exec(after);
    if (range && Number(range.groups!.to) - Number(range.groups!.from) === n) return Number(range.groups!.to);
    // the day named right after "N năm" is the one celebrated: the earliest base in reach
    const clause = after.split(/[;(,]/u)[0]!;
    let found: { at: number; base: number } | null = null;
    for (const [re, base] of ANNIVERSARY_BASES) {
      const hit = re.exec(clause);
      if (hit && (!found || hit.index < found.at)) found = { at: hit.index, base };
    }
    if (found) return found.base + n;
  }
  return null;
}
