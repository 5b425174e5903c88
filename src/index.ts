// The library API: extract(text, options) → Article, one record per article.
import { Article } from './schema.js';
import type { Debug } from './debug.js';
import { makeDoc, type Doc } from './text/document.js';
import { extractDate } from './extract/date/index.js';
import { extractOfficials, findPeople } from './extract/official/index.js';
import { findAwards } from './extract/award/index.js';
import { assembleAwards } from './assemble/awards.js';
import { extractOrganizer } from './extract/organizer.js';

export interface ExtractOptions {
  /** the input's path as given, "-" for stdin */
  file: string;
  /** publication date known from outside the text (HTML meta), the reference for relative dates */
  published?: string | null;
  /** headline known from outside the text (HTML) */
  title?: string | null;
  encoding?: string | null;
  offsets?: 'decoded' | 'html-text';
  warnings?: string[];
  debug?: Debug;
}

export function extract(text: string, options: ExtractOptions): Article {
  const debug = options.debug;
  const doc = makeDoc(text, options.published ?? null);
  const date = extractDate(doc, debug);
  const people = findPeople(doc);
  const officials = extractOfficials(people, debug);
  const facts = findAwards(doc, people, debug);
  const texts = new Map(doc.sentences.map((s) => [s.index, s.text]));
  // (the year honours of earlier years are told against: the event's, else the page's)
  const eventYear = date.date ? Number(date.date.slice(0, 4)) : date.published ? Number(date.published.slice(0, 4)) : null;
  const awards = assembleAwards(facts, articleYear(doc, date.date), texts, debug, leadSentence(doc), eventYear);
  const record: Article = {
    file: options.file,
    title: options.title ?? headline(doc),
    date: date.date,
    date_rule: date.rule,
    published: date.published,
    organizer: extractOrganizer(doc),
    encoding: options.encoding ?? null,
    offsets: options.offsets ?? 'decoded',
    officials,
    awards,
    warnings: options.warnings ?? [],
  };
  return record;
}

/** Validates a record against the schema (the writers call this before writing). */
export function validate(record: Article): Article {
  return Article.parse(record);
}

function headline(doc: Doc): string | null {
  const parts = doc.sentences.filter((s) => s.headline).map((s) => s.text);
  return parts.length ? parts.join(' ').replace(/\s+/gu, ' ').trim() : null;
}

// a line this long is a paragraph, not a second headline, a section label or a byline
const PARAGRAPH = 100;

/** The index of the article's lead: the first sentence of its first paragraph, or -1. */
function leadSentence(doc: Doc): number {
  const lineLength = new Map<number, number>();
  for (const s of doc.sentences) lineLength.set(s.line, (lineLength.get(s.line) ?? 0) + s.text.length);
  return doc.sentences.find((s) => !s.headline && !s.debris && lineLength.get(s.line)! >= PARAGRAPH)?.index ?? -1;
}

/** The year awards are for when their sentence names none: the event's, else the article's. */
function articleYear(doc: Doc, date: string | null): number | null {
  if (date) return Number(date.slice(0, 4));
  const counts = new Map<number, number>();
  for (const s of doc.sentences) {
    if (s.debris) continue;
    for (const m of s.text.matchAll(/năm ((?:19|20)\d\d)/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, c] of counts) if (best === null || c > counts.get(best)!) best = y;
  return best;
}

export type { Article } from './schema.js';
