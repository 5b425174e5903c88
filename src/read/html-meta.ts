// What a page says about its article outside the text: headline, publication date, author.
import type { CheerioAPI } from 'cheerio';
import { collapse, contains, descendants, inJunk, isElement, parentElement, textOf, type Element } from './html-dom.js';
import { SITE_NAME, TITLE_SEPARATOR } from './html-lexicon.js';

// Words for JSON-LD objects that describe the article: NewsArticle, BlogPosting, ReportageNews
const ARTICLE_TYPE = /article|posting|report/iu;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Some CMSs wrap the JSON in "<!--" or CDATA, or put raw line breaks in strings
const JSON_WRAPPER = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/gu;
const RAW_BREAK = /[\r\n\t]+/gu;

/** The objects of the page's JSON-LD blocks, article types first, @graph unfolded. */
export function jsonLdObjects($: CheerioAPI): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph']);
    }
  };
  $('script[type="application/ld+json" i]').each((_, el) => {
    const raw = $(el).text().replace(JSON_WRAPPER, '');
    try {
      visit(JSON.parse(raw) as Json);
    } catch {
      try {
        visit(JSON.parse(raw.replace(RAW_BREAK, ' ')) as Json);
      } catch {
        // a broken block says nothing; the other sources remain
      }
    }
  });
  const isArticle = (o: JsonObject): boolean => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
  return [...found.filter(isArticle), ...found.filter((o) => !isArticle(o))];
}

function jsonLdString(objects: readonly JsonObject[], key: string): string | null {
  for (const o of objects) {
    const value = o[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

// "2022-10-13T08:00:00+07:00", "2022/10/13 08:00", "20221013" is not read
const YEAR_FIRST = /(?<!\d)(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?!\d)/u;
// "13/10/2022 08:00", "13-10-2022" (Vietnamese order)
const DAY_FIRST = /(?<!\d)(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.](?<year>\d{4})(?!\d)/u;

/** The calendar day a date string writes, as YYYY-MM-DD, with no time zone conversion; null if none. */
export function isoDay(value: string | null | undefined): string | null {
  if (value == null) return null;
  const groups = (YEAR_FIRST.exec(value) ?? DAY_FIRST.exec(value))?.groups;
  if (groups === undefined) return null;
  const year = Number(groups.year);
  const month = Number(groups.month);
  const day = Number(groups.day);
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function attr($: CheerioAPI, selector: string, name: string): string | null {
  for (const el of $(selector).get()) {
    const value = $(el).attr(name);
    if (value !== undefined && value.trim() !== '') return value;
  }
  return null;
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
    () => attr($, 'meta[name="dc.date.issued" i], meta[name="dc.date" i], meta[name="date" i]', 'content'),
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

/** The site's own names, as og:site_name and application-name give them. */
export function siteNames($: CheerioAPI): string[] {
  return ['meta[property="og:site_name" i]', 'meta[name="application-name" i]']
    .map((selector) => attr($, selector, 'content'))
    .filter((name): name is string => name !== null)
    .map((name) => collapse(name).toLowerCase());
}

// A site name has a few words at most: "Báo Điện tử Đảng Cộng sản Việt Nam" has seven
const MAX_SITE_WORDS = 8;
// " | Dân Việt": a pipe almost never sits inside a Vietnamese headline
const PIPE = /\|/u;

/** A title without the site name around it: "Tuyên dương … - Báo Quảng Ninh" → "Tuyên dương …". */
export function stripSiteName(title: string, sites: readonly string[]): string {
  let text = collapse(title);
  const separators = [...text.matchAll(new RegExp(TITLE_SEPARATOR.source, 'gu'))];
  const last = separators.at(-1);
  let cut = false;
  if (last !== undefined) {
    const tail = text.slice(last.index + last[0].length);
    const lower = tail.toLowerCase();
    const short = tail.split(' ').length <= MAX_SITE_WORDS;
    if (sites.includes(lower) || (short && (PIPE.test(last[0]) || SITE_NAME.test(tail)))) {
      text = text.slice(0, last.index);
      cut = true;
    }
  }
  const first = (cut ? separators.slice(0, -1) : separators)[0];
  if (first !== undefined && sites.includes(text.slice(0, first.index).toLowerCase())) {
    text = text.slice(first.index + first[0].length);
  }
  return text.trim();
}

// A headline has a few words: a logo's alt text or a one-word section name is no headline
const MIN_HEADLINE = 8;

/**
 * The headline: the <h1> in the article root, else the nearest <h1> before it that is not
 * page furniture, else og:title, the JSON-LD or itemprop headline, <title>; site names stripped.
 */
export function findHeadline(
  $: CheerioAPI,
  root: Element,
  objects: readonly JsonObject[],
): { text: string; node: Element | null } | null {
  const h1s = $('h1').get().filter((h) => isElement(h) && textOf(h).length >= MIN_HEADLINE && !inJunk(h));
  const inside = h1s.find((h) => contains(root, h));
  if (inside !== undefined) return { text: textOf(inside), node: inside };
  const order = documentOrder($);
  const rootIndex = order.get(root) ?? Infinity;
  const before = h1s.filter((h) => (order.get(h) ?? Infinity) < rootIndex).at(-1);
  if (before !== undefined) return { text: textOf(before), node: before };

  const sites = siteNames($);
  const candidates = [
    attr($, 'meta[property="og:title" i], meta[name="og:title" i]', 'content'),
    jsonLdString(objects, 'headline'),
    attr($, 'meta[itemprop="headline"]', 'content'),
    $('[itemprop="headline"]:not(meta)').first().text(),
    $('title').first().text(),
  ];
  for (const candidate of candidates) {
    if (candidate == null) continue;
    const text = stripSiteName(candidate, sites);
    if (text !== '') return { text, node: null };
  }
  return null;
}

/** Every element's index in document order. */
export function documentOrder($: CheerioAPI): Map<Element, number> {
  return new Map(descendants($.root().get(0)!).map((el, i) => [el, i] as const));
}

/** The nearest element holding both nodes (the article container around headline and body). */
export function commonAncestor(a: Element, b: Element): Element {
  for (let node: Element | null = a; node !== null; node = parentElement(node)) {
    if (contains(node, b)) return node;
  }
  return a;
}
