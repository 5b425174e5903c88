// The event date: the date mention with the strongest signs of being the day the reported
// event took place; publication lines, cited documents and anniversaries are not.
import { DOCUMENT_WORDS, EVENT_WORDS } from '../../lexicon/anniversaries.js';
import { alternation, END, testAtWordStart } from '../../lexicon/pattern.js';
import type { Doc } from '../../text/document.js';
import type { Sentence } from '../../text/sentences.js';
import type { Debug } from '../../debug.js';
import { findDates, findRelative } from './patterns.js';
import { addDays, findPublication, iso } from './publication.js';
import { inferYear } from './year.js';

export interface EventDate { date: string | null; rule: string | null; published: string | null }

// "Chỉ thị 154 ngày", "Quyết định số 123/QĐ-UBND ngày", "Kế hoạch số 45-KH/QU, ngày"
// (both run on text lowercased, their start checked in code: see lexicon/pattern.ts)
const CITED_AT_END = new RegExp(`(?:${alternation(DOCUMENT_WORDS.map((w) => w.toLowerCase()))})${END}[^.;]{0,40}?(?:ngày|ban hành)\\s?$`, 'u');
const EVENT_WORD = new RegExp(`(?:${alternation(EVENT_WORDS.map((w) => w.toLowerCase()))})${END}`, 'u');
const cited = (text: string): boolean => testAtWordStart(CITED_AT_END, text.toLowerCase());
const eventWord = (text: string): boolean => testAtWordStart(EVENT_WORD, text.toLowerCase());
// the event's verb in the clause right after a date at `end`: "Sáng 13/10, Huyện ủy |tổ chức …"
const eventAfter = (text: string, end: number): boolean => eventWord(text.slice(end, end + 160).split(/[.;]/u)[0] ?? '');
// Before the date at a sentence start: a dateline "Kinhtedothi - ", a time of day, "Vào", the days
// a span runs: "Trong hai ngày 20 và 21/9"
const LEAD_IN = /^(?:[\p{L}\p{N} .()]{0,30}\s[-–]\s)?(?:\(?[\p{L} ]{0,20}\)?\s?[-–]\s?)?(?:vào\s|trong\s(?:\d|hai|ba|bốn)\s)?(?:(?:sáng|chiều|tối|trưa)\s(?:nay\s|qua\s)?)?(?:ngày\s|hôm\s)?$/iu;
// a dateline, the place and its date alone on a line: "Pa Lìn, 16/11/2021" (the event's day
// when the text tells no other, as an official document's place and date may be its own)
const DATELINE = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3},\s$/u;
// the occasion told first, then the day: "Nhân dịp Tết Chôl Chnăm Thmây, sáng 12/4, đoàn …",
// "Hưởng ứng Tháng hành động vì người nghèo, chiều 20/10, …" (or the days it spans: "…, trong hai
// ngày 20 và 21/9, đoàn …")
const OCCASION_FIRST = /^(?:Nhân dịp|Nhân kỷ niệm|Hưởng ứng|Chào mừng|Trong không khí|Trong khuôn khổ|Hướng tới)\s[^,;.]{1,100},\s(?:trong\s(?:\d|hai|ba|bốn)\s)?(?:(?:sáng|chiều|tối|trưa)\s)?(?:ngày\s)?$/iu;
// A span that starts here is a campaign period, not the ceremony: "Từ ngày 10 đến 30/10"
const SPAN_START = /(?:từ|kể từ|trước|sau|đến|tới|hạn)\s(?:ngày\s)?$/iu;
// the first words of a sentence that opens with a span: "Từ ngày ", "Trong hai ngày, từ "
// (after a dateline's outlet too, as LEAD_IN: "TTBBC – Từ ngày 14 đến 16/6, …")
const SPAN_OPENS = /^(?:[\p{L}\p{N} .()]{0,30}\s[-–]\s)?(?:trong\s(?:\d|hai|ba|bốn)\sngày,?\s)?từ\s(?:ngày\s)?$/iu;

// before a span of days, the event held over them: "diễn ra trong 3 ngày, từ ", "kéo dài hai ngày ("
const HELD_OVER = /(?:diễn ra|tổ chức|kéo dài|tiến hành)\s(?:trong\s)?(?:\d|hai|ba|bốn)\s?ngày[,:]?\s(?:\(\s?)?(?:từ\s)?(?:ngày\s)?$/iu;

// right after a date: it is to come ("Ngày 22/12 tới, Hội sẽ …"), or has just passed
const COMING = /^\s?(?:tới|sắp tới)(?![\p{L}])/u;
const JUST_PAST = /^\s?vừa qua(?![\p{L}])/u;
// before a date in its clause, what is to be done: "Hội đồng sẽ trao tại lễ kỷ niệm vào sáng 27/4",
// "Lễ tổng kết dự kiến tổ chức vào ngày"
const WILL_BEFORE = /(?<![\p{L}])(?:sẽ|dự kiến)\s[^.;:]{0,80}$/u;
// right after a date, a clock time with a colon: a page's stamp run into the text, "29/06/2018 -
// 10:05 Ngày 28/6/2018, Đồn … tổ chức …" (prose writes "10 giờ", "10h")
const STAMP_TIME = /^\s?(?:[-–|]\s?)?\d{1,2}:\d{2}(?!\d)/u;
// a parenthesis that opens with the event being held: "(diễn ra trong hai ngày ", "(tổ chức vào sáng "
const HELD_IN_PARENS = /\(\s?(?:được\s)?(?:diễn ra|tổ chức|khai mạc)\s[^()]{0,40}$/u;

// the event's verb right before its day: "Buổi gặp mặt diễn ra chiều thứ Sáu (29/10)", "Hội nghị
// được tổ chức sáng 12/3", "Hội nghị diễn ra trong ngày 26/10", "… được tổ chức sáng 26/8/2022"
const HELD_ON = /(?<![\p{L}])(?:diễn ra|tổ chức|khai mạc)\s(?:vào\s|trong\s)?(?:(?:sáng|chiều|tối|trưa)\s)?(?:ngày\s|hôm\s)?$/iu;

// the event named right before its day, where someone spoke or acted: "Phát biểu tại Đại hội sáng
// 26/8, …", "tại buổi lễ chiều 5/9"
const AT_EVENT_ON = /(?<![\p{L}])tại\s(?:buổi\s)?(?:lễ|hội nghị|đại hội|hội thảo|họp mặt|buổi gặp mặt|ngày hội)\s(?:(?:sáng|chiều|tối|trưa)\s)?(?:ngày\s|hôm\s)?$/iu;

// the solar day a lunar date is, in parentheses after it: "(tức ngày ", "(tức ", or after a comma:
// "Ngày 15 tháng 5 năm Tân Sửu, tức ngày 24/6/2021, …"
const SOLAR_OF_LUNAR = /(?:\(|,)\s?tức\s(?:là\s)?(?:ngày\s)?$/iu;
// a day of the lunar calendar, its year named by the sexagenary cycle or the calendar named:
// "15 tháng 5 |năm Tân Sửu", "18 tháng 5 |âm lịch", "rằm tháng 7 |(âm lịch)"
const LUNAR_AFTER = /^\s?(?:năm\s(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)(?![\p{L}])|\(?âm lịch|\(?\s?ÂL\)?(?![\p{L}]))/iu;
// how far into its sentence the parenthesis may open (after the lunar date that leads it)
const LUNAR_LEAD_MAX = 80;

// a relative day in someone's words is the day they speak of, not the article's event: "Ông
// Hyên bảo, tối nay cả làng họp bàn …"
const SPEECH_BEFORE = /(?<![\p{L}])(?:bảo|nói|kể|cho biết|chia sẻ|tâm sự|hào hứng|cười)\s?[,:]?\s?["“]?$/u;

interface Candidate { date: string; score: number; pos: number; rule: string; /** the last day of a short span, YYYY-MM-DD */ until?: string }

export function extractDate(doc: Doc, debug?: Debug): EventDate {
  const pub = findPublication(doc.sentences);
  const published = doc.published ?? (pub.date || null);
  const candidates: Candidate[] = [];
  let dateline: Candidate | null = null;
  let bodyIndex = 0;
  for (const s of doc.sentences) {
    if (s.debris || pub.sentences.has(s.index)) continue;
    if (!s.headline) bodyIndex++;
    // every date form has a digit; relative days have "qua", "nay" or a weekday
    const hasDigit = /\d/u.test(s.text);
    if (!hasDigit && !/qua|nay|thứ|chủ nhật/iu.test(s.text)) continue;
    for (const d of hasDigit ? findDates(s.text) : []) {
      const before = s.text.slice(0, d.start);
      const after = s.text.slice(d.end, d.end + 160);
      let score = 0;
      const why: string[] = [];
      // "(15/10/1930 – 15/10/2020)" is an anniversary; "Trong hai ngày (8-9/11/2018)" is the event
      // (as is "Trong 2 ngày (27 – 28/6)", its parentheses read with it)
      // "Hội thi (diễn ra trong hai ngày 8-9/11/2018) do …" tells when the event is held
      // (but "(tức ngày 6/2/2025)" gives the solar day of a lunar date: "Ngày mùng 9 tháng Giêng năm
      // Ất Tỵ (tức ngày 6/2/2025), UBND xã … tổ chức …", at the sentence's start like the date it renders)
      const solar = SOLAR_OF_LUNAR.test(before) && before.length <= LUNAR_LEAD_MAX;
      if (solar) { score += 3; why.push('solar day of a lunar date'); }
      else if (d.rule !== 'date.multi-day-parens' && insideParens(s.text, d.start) && !(d.rule === 'date.multi-day' && /\(\s*$/u.test(before) && /^\s*\)/u.test(s.text.slice(d.end))) && !HELD_IN_PARENS.test(before)) { score -= 6; why.push('in parentheses'); }
      if (cited(before.slice(-70))) { score -= 6; why.push('cited document'); }
      if (d.year === null && LUNAR_AFTER.test(after)) { score -= 6; why.push('lunar calendar'); }
      // a span of a few days is an event held over them ("Từ ngày 6 đến 8/7/2016, … tổ chức lớp
      // tập huấn"); a longer one a campaign period ("từ ngày 10 đến 30/10")
      const shortSpan = (d.rule === 'date.range-dm' || d.rule.startsWith('date.multi-day-')) && d.days >= 2 && d.days <= 4;
      if ((d.rule === 'date.range-dm' && !shortSpan) || (!shortSpan && SPAN_START.test(before.slice(-12)))) { score -= 2; why.push('span'); }
      // (a dateline is the event's day only when no other day is: see below)
      if (!dateline && d.year !== null && s.lineStart && DATELINE.test(before) && d.end === s.text.trimEnd().length && !/^(?:Thứ|Chủ)\s/u.test(before)) dateline = { date: iso(d.year, d.month, d.day), score: 3, pos: s.start + d.start, rule: `${d.rule}+date.dateline` };
      if (LEAD_IN.test(before)) { score += 3; why.push('sentence start'); }
      // a short span that opens the sentence: "Từ ngày 3 đến 5/6/2013, Ban Dân vận … mở lớp …"
      else if (shortSpan && SPAN_OPENS.test(before)) { score += 3; why.push('span opens the sentence'); }
      else if (OCCASION_FIRST.test(before)) { score += 3; why.push('after the occasion'); }
      // "Ngày 22/12 tới" is to come; "hôm 4-12 vừa qua" has just happened
      if (COMING.test(after) || WILL_BEFORE.test(before.slice(-100))) { score -= 4; why.push('to come'); }
      if (JUST_PAST.test(after)) { score += 3; why.push('just past'); }
      if (STAMP_TIME.test(after)) { score -= 4; why.push('time stamp'); }
      if (eventAfter(s.text, d.end)) { score += 3; why.push('event verb'); }
      // "… tổ chức hội nghị … vào ngày 13/10/2020": the event verb comes first
      if (/vào\s(?:ngày\s)?$/iu.test(before)) score += eventWord(before) ? 3 : 1;
      else if (HELD_ON.test(before.slice(-30))) { score += 3; why.push('held on the day'); }
      else if (AT_EVENT_ON.test(before.slice(-40))) { score += 3; why.push('at the event on the day'); }
      // and the days an event was held over: "Hội thao … đã diễn ra trong 3 ngày, từ 23 đến 25-9"
      else if (shortSpan && HELD_OVER.test(before.slice(-40))) { score += 3; why.push('held over the span'); }
      if (s.headline) score -= 1;
      if (bodyIndex <= 3) score += 1;
      // a weak candidate cannot win: do not spend the year inference on it
      if (score < 3) continue;
      const guess = d.year === null ? inferYear(doc.sentences, s, d.month, d.day, published) : null;
      const year = d.year ?? guess?.year ?? null;
      if (year === null) { debug?.(`date ${d.day}/${d.month} rejected: no year (${s.text.slice(0, 40)}…)`); continue; }
      if (d.year !== null && published && Math.abs(Number(published.slice(0, 4)) - d.year) > 1) { score -= 4; why.push('far from publication'); }
      const rule = guess ? `${d.rule}+${guess.rule}` : d.rule;
      candidates.push({ date: iso(year, d.month, d.day), score, pos: s.start + d.start, rule, ...(shortSpan ? { until: addDays(iso(year, d.month, d.day), d.days - 1) } : {}) });
      debug?.(`date candidate ${iso(year, d.month, d.day)} score ${score} [${rule}] ${why.join(', ')}`);
    }
    if (published) {
      for (const r of findRelative(s.text, published)) {
        const before = s.text.slice(0, r.start);
        const leads = LEAD_IN.test(before);
        if (!leads && (r.start > 30 || SPEECH_BEFORE.test(before))) continue;
        // (scored like a date when it opens the lead with the event's verb: "Sáng nay, Huyện ủy tổ
        // chức lễ …" outweighs "Tối qua (8/11), Ban Tổ chức đã tổ chức đêm văn nghệ" far below)
        const told = leads && eventAfter(s.text, r.end);
        const score = told ? 6 + (!s.headline && bodyIndex <= 3 ? 1 : 0) : 4;
        candidates.push({ date: addDays(published, r.offset), score, pos: s.start + r.start, rule: 'date.relative' });
      }
    }
  }
  // a day of an event held over a few days is dated by its first day: "Trong 2 ngày 16 - 17/5 …
  // Sáng 17/5, Ban Thường vụ tuyên dương …" is the 16th
  let best = pick(candidates) ?? dateline;
  const span = best && !best.until ? candidates.find((c) => c.until && c.score >= 3 && c.date < best!.date && best!.date <= c.until) : undefined;
  if (span) {
    debug?.(`date ${best!.date} is a day of the span from ${span.date}: its first day`);
    best = span;
  }
  if (best) debug?.(`date ${best.date} [${best.rule}]`);
  return { date: best?.date ?? null, rule: best?.rule ?? null, published };
}

function pick(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.score < 3) continue;
    if (!best || c.score > best.score || (c.score === best.score && c.pos < best.pos)) best = c;
  }
  return best;
}

function insideParens(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0) return false;
  const close = text.lastIndexOf(')', at);
  return close < open;
}

export type { Sentence };
