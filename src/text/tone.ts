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

// hoà → hòa, Khoẻ → Khỏe, uỷ → ủy, Thuỳ → Thùy; not quý/quỳ (qu + y), not hoàn (a coda follows)
const OLD_STYLE = /(?<!\p{L})(?<pre>[\p{L}]*?)(?<first>[oOuU])(?<second>[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;

export function hasOldStyleTones(text: string): boolean {
  OLD_STYLE.lastIndex = 0;
  return OLD_STYLE.test(text);
}

/** Rewrites old-style tone placement to the new style; the result has the same length. */
export function normalizeTonePlacement(text: string): string {
  return text.replace(OLD_STYLE, (whole, pre: string, first: string, second: string) => {
    const [bare, tone] = TONED_SECOND[second]!;
    // the first vowel must pair with the second: o+a, o+e, u+y
    if (PAIRS[bare.toLowerCase()] !== first.toLowerCase()) return whole;
    // "qu" is a consonant: quý, Quỳnh keep the mark on y
    if (first.toLowerCase() === 'u' && /[qQ]$/u.test(pre)) return whole;
    // "gi" + a: không applicable; "oa/oe/uy" after another vowel (e.g. "khuya") is left alone
    if (/[aăâeêioôơuưy]$/iu.test(pre)) return whole;
    return pre + TONED_FIRST[first]![tone]! + bare;
  });
}
