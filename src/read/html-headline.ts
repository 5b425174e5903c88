// The headline of a page: its <h1>, or og:title / JSON-LD / <title> without the site name.
import type { CheerioAPI } from 'cheerio';
import { attr, collapse, contains, descendants, inJunk, isElement, parentElement, textOf, type Element } from './html-dom.js';
import { jsonLdString, type JsonObject } from './html-jsonld.js';
import { SITE_NAME, TITLE_SEPARATOR } from './html-lexicon.js';
import { blockLines } from './html-text.js';

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
  // "Quận 3<br>tuyên dương…": the breaks of a long headline are spaces
  const text = (h: Element): string => blockLines(h).join(' ');
  const inside = h1s.find((h) => contains(root, h));
  if (inside !== undefined) return { text: text(inside), node: inside };
  const order = documentOrder($);
  const rootIndex = order.get(root) ?? Infinity;
  const before = h1s.filter((h) => (order.get(h) ?? Infinity) < rootIndex).at(-1);
  if (before !== undefined) return { text: text(before), node: before };

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
    const stripped = stripSiteName(candidate, sites);
    if (stripped !== '') return { text: stripped, node: null };
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
