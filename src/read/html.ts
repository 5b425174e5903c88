// A saved news page → the article's text, headline, publication day and author.
// The only module that loads cheerio: load it lazily, and use looks-like-html.ts to decide.
import { load, type CheerioAPI } from 'cheerio';
import { findArticleRoot, densestBlock, removeDebris } from './html-body.js';
import { collapse, contains, inJunk, isElement, parentElement, textOf, type Element } from './html-dom.js';
import { LEAD_SELECTORS } from './html-lexicon.js';
import { commonAncestor, documentOrder, findHeadline } from './html-headline.js';
import { jsonLdObjects } from './html-jsonld.js';
import { findAuthor, findPublished } from './html-meta.js';
import { blockLines } from './html-text.js';

export { looksLikeHtml } from './looks-like-html.js';

export interface HtmlDoc {
  /** the article text, one block a line, the headline first; NFC */
  text: string;
  title: string | null;
  /** YYYY-MM-DD, the day as written in the page's metadata */
  published: string | null;
  author: string | null;
}

// A lead shorter than this is a label ("Tóm tắt"), not a paragraph
const MIN_LEAD = 30;
// htmlparser2 in HTML mode: eight times faster than parse5 on a 160 kB page, and as good
// for reading text (it closes <p>, <li>, <td> the HTML way; no table fostering needed here)
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** Extracts the article from a page; never throws on malformed HTML. */
export function htmlToText(html: string): HtmlDoc {
  let $ = load(html, PARSE_OPTIONS);
  // a fragment ("<p>…</p><p>…</p>") gets the <body> htmlparser2 does not invent
  if ($('body').length === 0) $ = load(`<body>${html}</body>`, PARSE_OPTIONS);
  const body = $('body').get(0)!;
  const objects = jsonLdObjects($);
  const root = findArticleRoot($, body);
  const headline = findHeadline($, root, objects);
  const lead = findLead($, root, headline?.node ?? null);
  const keep = [densestBlock(root) ?? root, ...(headline?.node != null ? [headline.node] : [])];
  removeDebris(root, keep);
  // after the debris is gone: a <time> of a "Tin liên quan" item is no publication date
  const scope = headline?.node != null ? commonAncestor(headline.node, root) : root;
  const published = findPublished($, objects, scope);
  const author = findAuthor($, objects);
  const skip = new Set(headline?.node != null && contains(root, headline.node) ? [headline.node] : []);
  const lines = [...(lead === null ? [] : blockLines(lead)), ...blockLines(root, skip)];

  const title = headline === null ? null : collapse(headline.text).normalize('NFC');
  if (title !== null && title !== '' && !sameLine(lines[0], title)) lines.unshift(title);
  return {
    text: lines.join('\n').normalize('NFC'),
    title: title === '' ? null : title,
    published,
    author,
  };
}

function sameLine(a: string | undefined, b: string): boolean {
  return a !== undefined && collapse(a).normalize('NFC').toLowerCase() === b.toLowerCase();
}

// The lead set apart from the body ("<p class="description">" above VnExpress' body):
// after the headline and before the body, in the block around both (or around the body's
// parent when the headline is no element), not inside the body already
function findLead($: CheerioAPI, root: Element, headline: Element | null): Element | null {
  const order = documentOrder($);
  const after = headline === null ? -1 : (order.get(headline) ?? -1);
  const before = order.get(root) ?? -1;
  const parent = parentElement(root);
  const container = headline !== null ? commonAncestor(headline, root) : (parent === null ? root : (parentElement(parent) ?? parent));
  const candidates = $(LEAD_SELECTORS.join(', ')).get();
  for (const selector of LEAD_SELECTORS) {
    for (const el of candidates) {
      if (!isElement(el) || !$(el).is(selector) || !contains(container, el) || contains(root, el) || contains(el, root) || inJunk(el)) continue;
      const index = order.get(el) ?? -1;
      if (index > after && index < before && textOf(el).length >= MIN_LEAD) return el;
    }
  }
  return null;
}
