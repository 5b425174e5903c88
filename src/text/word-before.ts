// The word written right before an offset, read word by word (an end-anchored pattern over the
// text before would be quadratic: see test/safety/redos.test.ts).

/** A word in capitals first: "Đội", "Pờ". */
export const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\p{M}]*$/u;

/** The word right before offset i, one space between ("Đội |Vận động" → "Đội"), and where it starts; null when no space is there. */
export function wordBefore(text: string, i: number): { word: string; start: number } | null {
  if (text[i - 1] !== ' ') return null;
  const start = text.lastIndexOf(' ', i - 2) + 1;
  return { word: text.slice(start, i - 1), start };
}
