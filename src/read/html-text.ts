// The text of an article element as lines: one per paragraph, heading, list item, caption
// or table row (cells joined with " | "); images and code are no text.
import { collapse, descendants, isElement, textOf, type AnyNode, type Element } from './html-dom.js';
import { BLOCK_TAGS, SKIPPED_TAGS } from './html-lexicon.js';

// "<span class="caption">", "<div class="image-caption">": captions that are not <figcaption>
const CAPTION_CLASS = /caption/iu;
// A cell this long, or holding a table, is a layout column, not data
const MAX_DATA_CELL = 500;

class Lines {
  readonly lines: string[] = [];
  private buffer = '';

  write(text: string): void {
    this.buffer += text;
  }

  /** Ends the current line; a line of nothing but spaces is dropped. */
  end(): void {
    const line = collapse(this.buffer);
    if (line !== '') this.lines.push(line);
    this.buffer = '';
  }
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.name) || CAPTION_CLASS.test(el.attribs.class ?? '');
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
}

// "<tr><td><table>…", a 3000-character cell, a row of one cell: the page is laid out in a table
function isLayoutRow(cells: readonly Element[]): boolean {
  if (cells.filter((cell) => textOf(cell) !== '').length <= 1) return true;
  return cells.some((cell) => descendants(cell).some((d) => d.name === 'table') || textOf(cell).length > MAX_DATA_CELL);
}

/** The lines of text below `root`, leaving out the nodes in `skip` (a headline written apart). */
export function blockLines(root: Element, skip: ReadonlySet<AnyNode> = new Set()): string[] {
  const out = new Lines();
  walk(root, out, skip);
  out.end();
  return out.lines;
}

function walk(node: AnyNode, out: Lines, skip: ReadonlySet<AnyNode>): void {
  if (skip.has(node)) return;
  if (node.type === 'text') {
    out.write(node.data);
    return;
  }
  if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return;
  if (node.name === 'br') {
    out.end();
    return;
  }
  if (node.name === 'tr') {
    writeRow(node, out, skip);
    return;
  }
  const block = isBlock(node);
  if (block) out.end();
  for (const child of node.children) walk(child, out, skip);
  if (block) out.end();
}

// A data row is one line, "1 | Phường Bến Nghé | 5 tập thể"; a layout row's cells are blocks
function writeRow(row: Element, out: Lines, skip: ReadonlySet<AnyNode>): void {
  out.end();
  const cells = cellsOf(row);
  if (isLayoutRow(cells)) {
    for (const child of row.children) walk(child, out, skip);
    out.end();
    return;
  }
  const texts = cells
    .filter((cell) => !skip.has(cell))
    .map((cell) => {
      const inner = new Lines();
      for (const child of cell.children) walk(child, inner, skip);
      inner.end();
      return inner.lines.join(' ');
    })
    .filter((text) => text !== '');
  out.write(texts.join(' | '));
  out.end();
}
