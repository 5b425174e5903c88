// Builds regex sources from word lists: fully escaped, longest first, with boundaries that
// understand Vietnamese letters (`\b` and `\W` do not: in JavaScript `\W` matches "ă").

/** Not preceded by a letter or digit. */
export const START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter or digit. */
export const END = '(?![\\p{L}\\p{M}\\p{N}])';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/** An alternation of the words, longest first; spaces in a word match one space. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return list.map((w) => escapeRegex(w).replace(/ /gu, ' ')).join('|');
}

/** A whole-word alternation group, named if a name is given. */
export function wordGroup(words: Iterable<string>, name?: string): string {
  return `${START}(${name ? `?<${name}>` : '?:'}${alternation(words)})${END}`;
}
