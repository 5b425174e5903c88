// The word written right before an offset (src/text/word-before.ts).
import { describe, expect, it } from 'vitest';
import { CAPITALIZED_WORD, wordBefore } from '../../src/text/word-before.js';

describe('wordBefore', () => {
  it('gives the word one space before the offset, and where it starts', () => {
    const text = 'cho Đội Vận động quần chúng';
    expect(wordBefore(text, text.indexOf('Vận'))).toEqual({ word: 'Đội', start: 4 });
    expect(wordBefore('Pờ Lê Kông', 3)).toEqual({ word: 'Pờ', start: 0 });
  });
  it('gives none without a space right before, or at the start', () => {
    expect(wordBefore('(Vận động)', 1)).toBeNull();
    expect(wordBefore('Vận động', 0)).toBeNull();
  });
  it.each([['Đội', true], ['Pờ', true], ['đội', false], ['Đội,', false], ['2023', false]])('%s is a capitalized word: %s', (w, yes) => {
    expect(CAPITALIZED_WORD.test(w)).toBe(yes);
  });
});
