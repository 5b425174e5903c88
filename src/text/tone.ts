// One tone-mark placement for the diphthongs oa, oe, uy at the end of a syllable:
// the old style puts the mark on the second vowel (hoà, khoẻ, uỷ), the new one on the
// first (hòa, khỏe, ủy). Rules and lexicons are written in the new style; each pair is
// rewritten in place, two characters for two, so offsets do not move.

// Second vowel carrying a tone → [bare second vowel, tone index 0..4 for ` ´ ̉ ˜ ̣]
const TONED_SECOND: Record<string, [string, number]> = {};
// First vowel + tone index → toned first vowel
const TONED_FIRST: Record<string, string[]> = {
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  O: ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  U: ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
};
const SECONDS: Record<string, string[]> = {
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  A: ['À', 'Á', 'Ả', 'Ã', 'Ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  E: ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  Y: ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
};
for (const [bare, toned] of Object.entries(SECONDS)) {
  toned.forEach((ch, i) => (TONED_SECOND[ch] = [bare, i]));
}
const PAIRS: Record<string, string> = { a: 'o', e: 'o', y: 'u' };

// hoà → hòa, Khoẻ → Khỏe, uỷ → ủy, Thuỳ → Thùy; not quý/quỳ (qu + y), not hoàn (a coda follows).
// The pattern finds the two vowels at a word's end; the word's start is checked by hand.
const OLD_STYLE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])/gu;

export function hasOldStyleTones(text: string): boolean {
  OLD_STYLE.lastIndex = 0;
  return OLD_STYLE.test(text);
}

/** Rewrites old-style tone placement to the new style; the result has the same length. */
export function normalizeTonePlacement(text: string): string {
  OLD_STYLE.lastIndex = 0;
  if (!OLD_STYLE.test(text)) return text;
  return text.replace(OLD_STYLE, (pair: string, at: number) => {
    const first = pair[0]!;
    const [bare, tone] = TONED_SECOND[pair[1]!]!;
    // the first vowel must pair with the second: o+a, o+e, u+y
    if (PAIRS[bare.toLowerCase()] !== first.toLowerCase()) return pair;
    const prev = at > 0 ? text[at - 1]! : '';
    // "qu" is a consonant: quý, Quỳnh keep the mark on y
    if (first.toLowerCase() === 'u' && /[qQ]/u.test(prev)) return pair;
    // after another vowel ("khuya", "ngoẻo") the pair is not the diphthong
    if (/[aăâeêioôơuưy]/iu.test(prev)) return pair;
    return TONED_FIRST[first]![tone]! + bare;
  });
}
