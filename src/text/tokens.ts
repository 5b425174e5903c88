// Word, number and punctuation tokens of one sentence, with offsets into it.
import { scanTokens } from './scan-token.js';

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

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const spans = scanTokens(s);
  for (let k = 0; k < spans.length; k += 2) {
    const at = spans[k]!;
    const t = s.slice(at, spans[k + 1]!);
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push({ text: t, lower: t, start: at, end: at + t.length, kind: 'num', cap: false, allCaps: false });
    } else if (t.length === 1 ? !LETTER.test(t) : false) {
      out.push({ text: t, lower: t, start: at, end: at + 1, kind: 'punct', cap: false, allCaps: false });
    } else if ((t.length >= 3 && t[1] === '/') || t.includes('.')) {
      // "đ/c", "Q."
      out.push({ ...word(t, at), lower: t.toLowerCase().replace(/ /gu, ''), cap: t[0] !== t[0]!.toLowerCase() });
    } else {
      // a capital after the first letter is rare; only then look for glued words
      const lower = t.toLowerCase();
      if (lower.length === t.length && lower.endsWith(t.slice(1))) {
        out.push(word(t, at, lower));
        continue;
      }
      let from = at;
      for (const p of t.split(GLUED)) {
        out.push(word(p, from));
        from += p.length;
      }
    }
  }
  return out;
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
