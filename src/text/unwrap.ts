// Text wrapped by hand at a fixed width (a printed page read by OCR, a plain-text archive
// wrapped at 72 columns): every line breaks mid-sentence, and each piece would be read as a
// sentence of its own ("… tặng" / "Bằng khen cho 3 tập thể và 5 hội" / "viên; …"). Such a
// text has its wrapped lines joined again before sentences are split:
//   "Hội CCB tỉnh tặng\nBằng khen cho 3 tập thể"  → "Hội CCB tỉnh tặng Bằng khen cho 3 tập thể"
//   "học tập kin-\nh nghiệm"                     → "học tập kinh nghiệm" (a syllable split by a hyphen)
//   "tiêu cực,\n\n3\n\ngiữ vững"                  → "tiêu cực, giữ vững" (a page number between columns)
// Articles written in paragraphs, one per line, are left as they are.
import type { Normalized } from './normalize.js';
import { BULLET } from './sentences.js';

// A wrapped line: not too short to be a heading or a byline, not as long as a paragraph
const MIN_WRAPPED = 15;
const MAX_WRAPPED = 100;
// A text is wrapped when this many of its line breaks at least fall mid-sentence, and this
// share of its lines: a headline, a caption or a byline breaks without a full stop in any article
const MIN_BREAKS = 6;
const MIN_SHARE = 0.4;
// A text whose lines are this long on average is written in paragraphs (checked first: cheap)
const MAX_MEAN_LINE = 120;

// what a line may end with when its sentence goes on: a letter, a digit, a comma, a quote or
// bracket that opens or closes (not . ! ? … : ;)
const GOES_ON = /[\p{L}\p{M}\d,"“”'‘’()\-–]$/u;
// what a line may start with when it continues the sentence before: a letter, a digit, a quote
const CONTINUES = /^[\p{L}\d"“‘(]/u;
// a list item opens a new line on purpose: BULLET, as the sentence splitter reads one ("- 15 tập
// thể", "1. Sở Y tế", "a) …", "2 – Ban CHQS xã A – …")
// (a row of a table written with pipes, "1 | UBND xã A | Cờ thi đua", is a line of its own)
// a syllable split at the line's end: "kin-" then "h nghiệm"
const SPLIT_SYLLABLE = /\p{Ll}-$/u;
const LOWER_START = /^\p{Ll}/u;
// a page number alone on its line, between blank lines
const PAGE_NUMBER = /^\d{1,3}$/u;

interface Edit { start: number; end: number; with: string }

/** `norm` with its hand-wrapped lines joined, the map back to the source kept; `norm` itself when nothing is wrapped. */
export function unwrapLines(norm: Normalized): Normalized {
  const text = norm.text;
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks < MIN_BREAKS || text.length / (breaks + 1) > MAX_MEAN_LINE) return norm;
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const edits: Edit[] = [];
  let nonEmpty = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    nonEmpty++;
    if (line.length < MIN_WRAPPED || line.length > MAX_WRAPPED || !GOES_ON.test(line) || line.includes('|')) continue;
    // the next line, or the line after a page number standing alone between blank lines
    let j = i + 1;
    if (lines[j] === '' && PAGE_NUMBER.test(lines[j + 1] ?? '') && lines[j + 2] === '') j += 3;
    const next = lines[j];
    if (next === undefined || next === '' || !CONTINUES.test(next) || BULLET.test(next) || next.includes('|')) continue;
    const end = starts[i]! + line.length;
    if (SPLIT_SYLLABLE.test(line) && LOWER_START.test(next)) edits.push({ start: end - 1, end: starts[j]!, with: '' });
    else edits.push({ start: end, end: starts[j]!, with: ' ' });
  }
  if (edits.length < MIN_BREAKS || edits.length < nonEmpty * MIN_SHARE) return norm;
  return applyEdits(norm, edits);
}

/** The text with each [start, end) replaced, and the map to the source composed through it. */
function applyEdits(norm: Normalized, edits: Edit[]): Normalized {
  const old = norm.text;
  const toSource = (k: number): number => (norm.toSource ? norm.toSource[k]! : k);
  const parts: string[] = [];
  const map: number[] = [];
  let from = 0;
  const copy = (a: number, b: number): void => {
    parts.push(old.slice(a, b));
    for (let k = a; k < b; k++) map.push(toSource(k));
  };
  for (const e of edits) {
    copy(from, e.start);
    parts.push(e.with);
    for (let k = 0; k < e.with.length; k++) map.push(toSource(e.start));
    from = e.end;
  }
  copy(from, old.length);
  map.push(toSource(old.length));
  return { text: parts.join(''), toSource: Int32Array.from(map), source: norm.source };
}
