// Word, number and punctuation tokens of one sentence, with offsets into it.

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

// "đ/c" and "Q." are one token each; words keep apostrophes of ethnic names (H'Hen);
// numbers keep their separators ("1.200", "15/10/2020", "03").
const TOKEN = /(?<abbr>[đĐ]\/ ?[cC](?![\p{L}])|\p{Lu}\.(?= ?\p{Lu}\p{Ll}))|(?<word>[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(?<num>\d+(?:[.,/]\d+)*)|(?<punct>\S)/gu;
// a lowercase letter followed by a capital inside one word: "chíNguyễn" is two words
const GLUED = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const g = m.groups!;
    if (g.word !== undefined) {
      const parts = g.word.split(GLUED);
      let at = m.index;
      for (const p of parts) {
        out.push(word(p, at));
        at += p.length;
      }
    } else if (g.abbr !== undefined) {
      out.push({ ...word(g.abbr, m.index), cap: /^\p{Lu}/u.test(g.abbr) });
    } else if (g.num !== undefined) {
      out.push({ text: g.num, lower: g.num, start: m.index, end: m.index + g.num.length, kind: 'num', cap: false, allCaps: false });
    } else {
      const p = g.punct!;
      out.push({ text: p, lower: p, start: m.index, end: m.index + p.length, kind: 'punct', cap: false, allCaps: false });
    }
  }
  return out;
}

function word(text: string, start: number): Token {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    kind: 'word',
    cap: /^\p{Lu}/u.test(text),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
  };
}

/** Looks up the longest phrase of `phrases` (lowercase, tokens joined by one space) at i. */
export function longestPhrase(tokens: Token[], i: number, phrases: Set<string>, maxLen: number): number {
  let best = 0;
  let key = '';
  for (let k = 0; k < maxLen && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '/') break;
    key = k === 0 ? t.lower : `${key} ${t.lower}`;
    if (phrases.has(key)) best = k + 1;
  }
  return best;
}
