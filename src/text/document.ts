// One article on its way through the pipeline: the normalized text, its sentences, and
// the way back to the decoded input for evidence.
import { titleCaseRuns } from './capitals.js';
import { cleanString, normalize, sourceSpan, type Normalized } from './normalize.js';
import { splitSentences, type Sentence } from './sentences.js';
import { unwrapLines } from './unwrap.js';

export interface Doc {
  norm: Normalized;
  text: string;
  sentences: Sentence[];
  /** publication date known from outside the text (HTML meta), YYYY-MM-DD */
  published: string | null;
}

export function makeDoc(source: string, published: string | null = null): Doc {
  const norm = unwrapLines(normalize(source));
  return { norm, text: norm.text, sentences: splitSentences(norm.text), published };
}

/** The source text of a normalized span, folded for output (NFC, one space). */
export function sourceText(doc: Doc, start: number, end: number): string {
  const s = sourceSpan(doc.norm, start, end);
  // (a name printed in capitals is written in title case: "NGUYỄN VĂN TÁM" → "Nguyễn Văn Tám")
  return titleCaseRuns(cleanString(doc.norm.source.slice(s.start, s.end)));
}

/** Evidence for a sentence: its source text and offsets in the decoded input. */
export function evidenceOf(doc: Doc, sentence: Sentence): { text: string; start: number; end: number } {
  const s = sourceSpan(doc.norm, sentence.start, sentence.end);
  return { text: doc.norm.source.slice(s.start, s.end), start: s.start, end: s.end };
}
