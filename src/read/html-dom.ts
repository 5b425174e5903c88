// Small questions about parsed HTML nodes, shared by the html-* modules: what an element
// is, its text, whether it is page furniture.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { JUNK_NAME_PARTS, JUNK_NAME_WORDS, JUNK_NAMES, JUNK_ROLES, JUNK_TAGS, SKIPPED_TAGS } from './html-lexicon.js';

export type { AnyNode, Element };

/** True for an element node (domhandler types <script> and <style> apart from other tags). */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return node != null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** The parent element, or null at the top. */
export function parentElement(node: AnyNode): Element | null {
  const parent = node.parent;
  return isElement(parent) ? parent : null;
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let node: AnyNode | null = inner; node !== null; node = node.parent) {
    if (node === outer) return true;
  }
  return false;
}

/** True when the element holds any of the nodes. */
export function containsAny(outer: AnyNode, inners: readonly AnyNode[]): boolean {
  return inners.some((inner) => contains(outer, inner));
}

/** The elements below `root`, in document order. */
export function descendants(root: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (node: AnyNode): void => {
    if (!('children' in node)) return;
    for (const child of node.children) {
      if (!isElement(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

// HTML's inline whitespace: space, tab, LF, CR, FF (not NBSP, which is a character)
const HTML_SPACE = /[ \t\n\r\f]+/gu;

/** Runs of HTML whitespace as one space, ends trimmed of any space, NBSP included. */
export function collapse(text: string): string {
  return text.replace(HTML_SPACE, ' ').trim();
}

/** The visible text below a node, script and style left out, whitespace collapsed. */
export function textOf(node: AnyNode): string {
  let out = '';
  const visit = (n: AnyNode): void => {
    if (n.type === 'text') out += n.data;
    else if (isElement(n) && SKIPPED_TAGS.has(n.name)) return;
    if ('children' in n) for (const child of n.children) visit(child);
  };
  visit(node);
  return collapse(out);
}

/** The share of an element's text that sits in links, 0 for an element without text. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  if (el.name === 'a') return 1;
  let linked = 0;
  for (const a of descendants(el)) if (a.name === 'a') linked += textOf(a).length;
  return Math.min(1, linked / total);
}

// "display:none" or "display: none !important" in a style attribute
const DISPLAY_NONE = /display\s*:\s*none/iu;
// Class and id words split at spaces, "-", "_": "box-qc" → box, qc
const NAME_WORD = /[^\s_-]+/gu;
// Whole class names and the id: "header clearfix" → header, clearfix
const NAME = /\S+/gu;

function isHidden(el: Element): boolean {
  return el.attribs.hidden !== undefined || DISPLAY_NONE.test(el.attribs.style ?? '');
}

function looksLikeFurniture(el: Element): boolean {
  if (JUNK_TAGS.has(el.name)) return true;
  const role = el.attribs.role;
  if (role !== undefined && JUNK_ROLES.has(role.toLowerCase())) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  if (names.trim() === '') return false;
  if (JUNK_NAME_PARTS.some((part) => names.includes(part))) return true;
  if ((names.match(NAME) ?? []).some((name) => JUNK_NAMES.has(name))) return true;
  return (names.match(NAME_WORD) ?? []).some((word) => JUNK_NAME_WORDS.has(word));
}

// Article text: a few real paragraphs, long and not links. A wrapper named like furniture
// ("section.sidebar-1" around VnExpress' article, ASP.NET's page-wide <form>) holds them.
const TEXT_PARAGRAPH = 80;
const TEXT_PARAGRAPHS = 3;
const TEXT_LINK_DENSITY = 0.3;

function holdsArticleText(el: Element): boolean {
  let paragraphs = 0;
  for (const p of descendants(el)) {
    if (p.name !== 'p') continue;
    if (textOf(p).length >= TEXT_PARAGRAPH && linkDensity(p) < TEXT_LINK_DENSITY && ++paragraphs >= TEXT_PARAGRAPHS) return true;
  }
  return false;
}

// Verdicts are asked again and again while walking up from each paragraph
const junkVerdicts = new WeakMap<Element, boolean>();

/** True for page furniture: menus, sidebars, related-news and comment boxes, ads, hidden parts; not for a wrapper of the article. */
export function isJunk(el: Element): boolean {
  let verdict = junkVerdicts.get(el);
  if (verdict === undefined) {
    verdict = isHidden(el) || (looksLikeFurniture(el) && !holdsArticleText(el));
    junkVerdicts.set(el, verdict);
  }
  return verdict;
}

/** True when the element or one of its ancestors is furniture. */
export function inJunk(el: Element): boolean {
  for (let node: Element | null = el; node !== null; node = parentElement(node)) {
    if (isJunk(node)) return true;
  }
  return false;
}

/** The first non-blank value of attribute `name` among the elements `selector` finds. */
export function attr($: CheerioAPI, selector: string, name: string): string | null {
  for (const el of $(selector).get()) {
    const value = $(el).attr(name);
    if (value !== undefined && value.trim() !== '') return value;
  }
  return null;
}
