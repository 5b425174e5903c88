// Where the article is in a page, and the debris to cut out of it.
import type { CheerioAPI } from 'cheerio';
import {
  collapse, contains, containsAny, descendants, inJunk, isElement, isJunk, linkDensity,
  parentElement, textOf, type Element,
} from './html-dom.js';
import { BLOCK_TAGS, BODY_SELECTORS, BOX_LABELS } from './html-lexicon.js';

// A paragraph shorter than this is a label, a date, a button
const MIN_PARAGRAPH = 25;
// A paragraph mostly of links is a list of other articles
const MAX_PARAGRAPH_LINKS = 0.5;
// A container found by class must hold at least this share of the densest block's text
const MIN_SHARE_OF_DENSEST = 0.5;
// A list of links: this many at least, covering this share of its text
const LINK_LIST_MIN_LINKS = 3;
const LINK_LIST_DENSITY = 0.7;

/** The element holding the article text: by schema.org or CMS class, else the densest block, else <body>. */
export function findArticleRoot($: CheerioAPI, body: Element): Element {
  const densest = densestBlock(body);
  const densestLength = densest === null ? 0 : textOf(densest).length;
  // one query for all selectors, then each selector's matches in priority order
  const matches = $(BODY_SELECTORS.join(', ')).get().filter((el): el is Element => isElement(el) && !inJunk(el));
  for (const selector of BODY_SELECTORS) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of matches) {
      if (!$(el).is(selector)) continue;
      const length = textOf(el).length;
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best === null || bestLength === 0) continue;
    if (densest === null || contains(best, densest) || bestLength >= densestLength * MIN_SHARE_OF_DENSEST) return best;
  }
  return densest ?? body;
}

// A leaf block (no blocks inside but <br>) carries paragraph text the way a <p> does
function isParagraph(el: Element): boolean {
  if (el.name === 'p' || el.name === 'pre' || el.name === 'blockquote') return true;
  if (el.name !== 'div' && el.name !== 'td' && el.name !== 'section') return false;
  return descendants(el).every((d) => !BLOCK_TAGS.has(d.name));
}

/** The block whose paragraphs hold the most text (a paragraph counts for its parent, half for the grandparent). */
export function densestBlock(scope: Element | null): Element | null {
  if (scope === null) return null;
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number): void => {
    if (el !== null) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  const visit = (el: Element): void => {
    if (isJunk(el)) return;
    if (isParagraph(el)) {
      const length = textOf(el).length;
      if (length >= MIN_PARAGRAPH && linkDensity(el) <= MAX_PARAGRAPH_LINKS) {
        const parent = parentElement(el);
        add(parent, length);
        if (parent !== null && parent !== scope) add(parentElement(parent), length / 2);
      }
      return;
    }
    for (const child of el.children) if (isElement(child)) visit(child);
  };
  visit(scope);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && contains(scope, el)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

// "Tin liên quan:", "TIN MỚI NHẤT", "Bình luận (3)" → the label as listed in BOX_LABELS
const LABEL_TAIL = /(?<!\s)\s*(?:\(\d+\)\s*)?(?::\s*)?$/u;
const MAX_LABEL = 40;

function isBoxLabel(el: Element): boolean {
  const text = textOf(el);
  if (text.length === 0 || text.length > MAX_LABEL) return false;
  return BOX_LABELS.has(collapse(text.replace(LABEL_TAIL, '')).toLowerCase());
}

function detach(el: Element): void {
  const parent = el.parent;
  if (parent === null) return;
  const index = parent.children.indexOf(el);
  if (index >= 0) parent.children.splice(index, 1);
  if (el.prev !== null) el.prev.next = el.next;
  if (el.next !== null) el.next.prev = el.prev;
  el.parent = null;
  el.prev = null;
  el.next = null;
}

function nextElement(el: Element): Element | null {
  for (let node = el.next; node !== null; node = node.next) if (isElement(node)) return node;
  return null;
}

/**
 * Cuts debris out of the article root: furniture by tag/class/role, boxes under a label
 * such as "Tin liên quan" or "Bình luận", and lists of links. Never cuts what holds `keep`
 * (the paragraphs and the headline), whatever its class says.
 */
export function removeDebris(root: Element, keep: readonly Element[]): void {
  const removable = (el: Element): boolean => el.parent !== null && contains(root, el) && !containsAny(el, keep);

  for (const el of descendants(root)) {
    if (isJunk(el) && removable(el)) detach(el);
  }

  for (const label of descendants(root)) {
    if (!contains(root, label) || !isBoxLabel(label)) continue;
    // the box is the largest ancestor of the label that holds nothing to keep
    let box: Element = label;
    for (let up = parentElement(box); up !== null && up !== root && removable(up); up = parentElement(up)) box = up;
    if (!removable(box)) continue;
    // a bare label ("<p><b>Tin liên quan:</b></p>") heads the link lists after it
    if (!descendants(box).some((d) => d.name === 'a')) {
      for (let next = nextElement(box); next !== null && removable(next) && isLinkList(next, 1); next = nextElement(box)) {
        detach(next);
      }
    }
    detach(box);
  }

  for (const el of descendants(root)) {
    if (isLinkList(el, LINK_LIST_MIN_LINKS) && removable(el)) detach(el);
  }
}

function isLinkList(el: Element, minLinks: number): boolean {
  const links = [el, ...descendants(el)].filter((d) => d.name === 'a').length;
  return links >= minLinks && linkDensity(el) >= LINK_LIST_DENSITY;
}
