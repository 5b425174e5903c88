// What a page says about its article outside the text: publication day and author.
import type { CheerioAPI } from 'cheerio';
import { attr, collapse, descendants, inJunk, textOf, type Element } from './html-dom.js';
import { isObject, jsonLdString, type JsonObject } from './html-jsonld.js';

// "2022-10-13T08:00:00+07:00", "2022/10/13 08:00", "20221013" is not read
const YEAR_FIRST = /(?<!\d)(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?!\d)/u;
// "13/10/2022 08:00", "13-10-2022" (Vietnamese order)
const DAY_FIRST = /(?<!\d)(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.](?<year>\d{4})(?!\d)/u;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The calendar day a date string writes, as YYYY-MM-DD, with no time zone conversion; null if none. */
export function isoDay(value: string | null | undefined): string | null {
  if (value == null) return null;
  const groups = (YEAR_FIRST.exec(value) ?? DAY_FIRST.exec(value))?.groups;
  if (groups === undefined) return null;
  const year = Number(groups.year);
  const month = Number(groups.month);
  const day = Number(groups.day);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}


/**
 * The publication day: meta article:published_time, og:published_time, pubdate,
 * itemprop datePublished, JSON-LD datePublished, then the first <time datetime> of the
 * article (inside `scope`, never one of the page header's "today").
 */
export function findPublished($: CheerioAPI, objects: readonly JsonObject[], scope: Element): string | null {
  const sources: (() => string | null)[] = [
    () => attr($, 'meta[property="article:published_time" i], meta[name="article:published_time" i]', 'content'),
    () => attr($, 'meta[property="og:published_time" i], meta[property="og:article:published_time" i]', 'content'),
    () => attr($, 'meta[name="pubdate" i], meta[name="publishdate" i], meta[name="publish-date" i], meta[property="pubdate" i]', 'content'),
    () => attr($, 'meta[itemprop="datePublished"]', 'content'),
    () => {
      const el = $('[itemprop="datePublished"]:not(meta)').first();
      return el.length === 0 ? null : (el.attr('content') ?? el.attr('datetime') ?? el.text());
    },
    () => jsonLdString(objects, 'datePublished'),
    () => attr($, 'meta[name="dc.date.issued" i], meta[name="dcterms.issued" i]', 'content'),
    () => {
      for (const el of descendants(scope)) {
        if (el.name === 'time' && el.attribs.datetime !== undefined && !inJunk(el)) return el.attribs.datetime;
      }
      return null;
    },
  ];
  for (const source of sources) {
    const day = isoDay(source());
    if (day !== null) return day;
  }
  return null;
}

// "https://facebook.com/…": article:author is often a profile link, not a name
const URL_LIKE = /^(?:https?:)?\/\//iu;
const MAX_AUTHOR = 100;

function cleanAuthor(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = collapse(value);
  if (text === '' || text.length > MAX_AUTHOR || URL_LIKE.test(text)) return null;
  return text.normalize('NFC');
}

function jsonLdAuthor(objects: readonly JsonObject[]): string | null {
  for (const o of objects) {
    const names = [o.author]
      .flat()
      .map((a) => (typeof a === 'string' ? a : isObject(a) && typeof a.name === 'string' ? a.name : null))
      .filter((name): name is string => name !== null && name.trim() !== '');
    if (names.length > 0) return names.join(', ');
  }
  return null;
}

/** The author: meta name=author, itemprop author, meta article:author, JSON-LD author. */
export function findAuthor($: CheerioAPI, objects: readonly JsonObject[]): string | null {
  const sources: (() => string | null | undefined)[] = [
    () => attr($, 'meta[name="author" i]', 'content'),
    () => {
      const el = $('[itemprop="author"]').first();
      if (el.length === 0) return null;
      const name = el.find('[itemprop="name"]').first();
      if (name.length > 0) return name.attr('content') ?? textOf(name.get(0)!);
      return el.attr('content') ?? textOf(el.get(0)!);
    },
    () => attr($, 'meta[property="article:author" i], meta[name="article:author" i]', 'content'),
    () => jsonLdAuthor(objects),
  ];
  for (const source of sources) {
    const author = cleanAuthor(source());
    if (author !== null) return author;
  }
  return null;
}
