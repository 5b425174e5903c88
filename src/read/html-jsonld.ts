// The page's JSON-LD blocks (schema.org NewsArticle and friends), as plain objects.
import type { CheerioAPI } from 'cheerio';

// Words for JSON-LD objects that describe the article: NewsArticle, BlogPosting, ReportageNews
const ARTICLE_TYPE = /article|posting|report/iu;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** True for a JSON object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Wrappers some CMSs put around the JSON: "<!-- {…} -->", "//<![CDATA[ {…} //]]>"
const JSON_WRAPPER = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/gu;
// Raw line breaks inside JSON strings ("headline": "Tuyên dương⏎điển hình"), invalid but common
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

/** The first non-empty string under `key`, article objects first. */
export function jsonLdString(objects: readonly JsonObject[], key: string): string | null {
  for (const o of objects) {
    const value = o[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}
