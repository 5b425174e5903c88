// tokenize lowercases a sentence once and slices it, instead of lowercasing token by token:
// the per-token version it replaced stays here as its specification, checked on every
// sentence of the corpus and on random text built from the characters where the two could
// differ (capitals inside a word, İ whose lowercase is longer, Σ whose lowercase depends on
// the letters around it, abbreviations with dots and slashes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../support/fixture-sentences.js';
import { scanTokens } from '../../src/text/scan-token.js';
import { spacedHighlandNames, tokenize, type Token } from '../../src/text/tokens.js';

const GLUED = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;
const LETTER = /[\p{L}\p{M}]/u;

function word(text: string, start: number, lower = text.toLowerCase()): Token {
  const cap = text[0]! !== lower[0];
  const allCaps = cap && text.length >= 2 && text === text.toUpperCase() && /\p{L}.*\p{L}/u.test(text);
  return { text, lower, start, end: start + text.length, kind: 'word', cap, allCaps };
}

function reference(s: string): Token[] {
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
      out.push({ ...word(t, at), lower: t.toLowerCase().replace(/ /gu, ''), cap: t[0] !== t[0]!.toLowerCase() });
    } else {
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
  // (the highland names written with a space after the apostrophe are joined after either way)
  return spacedHighlandNames(s, out);
}


describe('tokenize', () => {
  it.each([
    ['Đồng chíNguyễn Văn An, UBND', ['Đồng', 'chí', 'Nguyễn', 'Văn', 'An', ',', 'UBND']],
    ['İSTANBUL và ΟΔΟΣ', ['İSTANBUL', 'và', 'ΟΔΟΣ']],
    ['đ/c Lan, TS. Hòa', ['đ/c', 'Lan', ',', 'TS.', 'Hòa']],
    ['bà H’ Lim Byă và K\' Brơi, H’', ['bà', 'H’ Lim', 'Byă', 'và', "K' Brơi", ',', 'H', '’']],
  ])('%j', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
    expect(tokenize(text)).toEqual(reference(text));
  });

  it('gives every sentence of the fixture corpus the tokens of the per-token version', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(1000);
    for (const s of sentences) expect(tokenize(s), s).toEqual(reference(s));
  });

  it('gives random text the tokens of the per-token version', () => {
    const PIECES = ['N', 'g', 'u', 'y', 'ễ', 'n', 'Ư', 'ơ', 'İ', 'i', 'Σ', 'σ', 'ς', 'Ο', 'đ', 'Đ', '/', ' ', 'c', 'C', '.', "'", '’', '-', '1', '\u0301', 'ǅ', 'ǆ', 'ß', '(', ',', 'Ə', '𐐀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
