// Word, number and punctuation tokens of one sentence, with offsets into it.
import { scanTokens } from './scan-token.js';
import { lowerKeepingOffsets } from '../lexicon/pattern.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** first letter uppercase */
  cap: boolean;
  /** two or more letters, all uppercase: UBND, HĐND, TP */
  allCaps: boolean;
}

// Words keep apostrophes of ethnic names (H'Hen); numbers keep their separators ("1.200",
// "15/10/2020", "03"); "đ/c" and an initial with its dot ("Q. Chủ tịch") are one token each.
// A hyphen with no space keeps a word whole: "Bà-la-môn".
// Dotted abbreviations are one token too: degrees "TS.BS", "ThS.ĐD", "PGS.TS", and "TP." before a name.
// (The spans come from scanTokens, scan-token.ts.)
// a lowercase letter followed by a capital inside one word: "chíNguyễn" is two words
const GLUED = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;
const LETTER = /[\p{L}\p{M}]/u;

// characters whose lowercase is longer (İ) or depends on the letters around it (Σ): a
// sentence with one is lowercased token by token
const CONTEXT_LOWER = /[\u0130\u03a3]/u;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const spans = scanTokens(s);
  // lowercased once for the whole sentence (shared with the finders that run on it)
  const low = CONTEXT_LOWER.test(s) ? null : lowerKeepingOffsets(s);
  for (let k = 0; k < spans.length; k += 2) {
    const at = spans[k]!;
    const end = spans[k + 1]!;
    const c = s.charCodeAt(at);
    const t = s.slice(at, end);
    if (c >= 48 && c <= 57) {
      out.push({ text: t, lower: t, start: at, end, kind: 'num', cap: false, allCaps: false });
    } else if (end - at === 1 && !isLetter(c, t)) {
      out.push({ text: t, lower: t, start: at, end, kind: 'punct', cap: false, allCaps: false });
    } else if ((t.length >= 3 && t[1] === '/') || t.includes('.')) {
      // "đ/c", "Q."
      out.push({ ...word(t, at), lower: t.toLowerCase().replace(/ /gu, ''), cap: t[0] !== t[0]!.toLowerCase() });
    } else if (low !== null) {
      // a capital after the first letter is rare; only then look for glued words
      if (!capitalInside(s, low, at, end)) out.push(word(t, at, low.slice(at, end)));
      else glued(t, at, out);
    } else {
      const lower = t.toLowerCase();
      if (lower.length === t.length && lower.endsWith(t.slice(1))) out.push(word(t, at, lower));
      else glued(t, at, out);
    }
  }
  return spacedHighlandNames(s, out);
}

/**
 * An Ê Đê or K'Ho name's first word written with a space after its apostrophe, one word token:
 * "bà H’ Mến Byă", "K’ Brel" (written whole, "H’Lim", it is one token already).
 */
export function spacedHighlandNames(s: string, tokens: Token[]): Token[] {
  for (let k = tokens.length - 3; k >= 0; k--) {
    const [h, mark, next] = [tokens[k]!, tokens[k + 1]!, tokens[k + 2]!];
    if ((h.text !== 'H' && h.text !== 'K') || (mark.text !== '’' && mark.text !== "'") || mark.start !== h.end) continue;
    if (next.kind !== 'word' || !next.cap || next.start !== mark.end + 1 || s[mark.end] !== ' ') continue;
    const text = s.slice(h.start, next.end);
    tokens.splice(k, 3, { text, lower: text.toLowerCase(), start: h.start, end: next.end, kind: 'word', cap: true, allCaps: false });
  }
  return tokens;
}

/** Whether s differs from its lowercase somewhere in (at, end): a capital after the first letter. */
function capitalInside(s: string, low: string, at: number, end: number): boolean {
  for (let k = at + 1; k < end; k++) if (s.charCodeAt(k) !== low.charCodeAt(k)) return true;
  return false;
}

/** "chíNguyễn": the words glued in one token. */
function glued(t: string, at: number, out: Token[]): void {
  let from = at;
  for (const p of t.split(GLUED)) {
    out.push(word(p, from));
    from += p.length;
  }
}

// one-character tokens by character code: letters and marks are words, the rest punctuation
const letterMemo = new Map<number, boolean>();
function isLetter(c: number, t: string): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  let known = letterMemo.get(c);
  if (known === undefined) {
    known = LETTER.test(t);
    if (letterMemo.size < 4096) letterMemo.set(c, known);
  }
  return known;
}

function word(text: string, start: number, lower = text.toLowerCase()): Token {
  const first = text[0]!;
  const cap = first !== lower[0];
  // two or more letters, none lowercase: "UBND", "HĐND", "TP" (an apostrophe may sit inside)
  const allCaps = cap && text.length >= 2 && text === text.toUpperCase() && /\p{L}.*\p{L}/u.test(text);
  return { text, lower, start, end: start + text.length, kind: 'word', cap, allCaps };
}

/** Phrases to look up over tokens (lowercase, tokens joined by one space), as a trie of words. */
export interface PhraseSet {
  /** a phrase ends here */
  end: boolean;
  next: Map<string, PhraseSet>;
}

export function phraseSet(phrases: Iterable<string>): PhraseSet {
  const root: PhraseSet = { end: false, next: new Map() };
  for (const p of phrases) {
    let node = root;
    for (const w of p.split(' ')) {
      let child = node.next.get(w);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The length in tokens of the longest phrase of `set` at token i, or 0. */
export function longestPhrase(tokens: Token[], i: number, set: PhraseSet): number {
  let best = 0;
  let node: PhraseSet | undefined = set;
  for (let k = 0; i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    // a phrase does not run over punctuation, but for the dot of "Q." or a slash
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '/') break;
    node = node.next.get(t.lower);
    if (!node) break;
    if (node.end) best = k + 1;
  }
  return best;
}
