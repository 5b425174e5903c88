// The token scanner of tokens.ts, written by hand: it finds exactly the spans the regex
//
//   /[đĐ]\/ ?[cC](?![\p{L}])|\p{Lu}\p{L}{0,3}\.(?:\p{Lu}\p{L}{0,3}\.?)+|\p{Lu}{1,2}\.(?= ?\p{Lu})|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,/]\d+)*|\S/gu
//
// finds (test/text/scan-token.test.ts holds it to that, on the corpus and on random text),
// in a fifth of the time: the regex tried its alternatives one by one at every token, each
// with Unicode property lookups. Alternatives, in the order they are tried at a position:
//   1. "đ/c", "Đ/C", "đ/ c" (not followed by a letter)
//   2. dotted abbreviations: "TS.BS", "PGS.TS.", "ThS.ĐD", "TP.HCM"
//   3. one or two capitals and a dot before a capital: "Q. Chủ tịch", "TP. Hồ Chí Minh"
//   4. a word, apostrophes and hyphens inside: "H’Yim", "Bà-la-môn"
//   5. a number with separators: "1.200", "15/10/2020", "03"
//   6. any other character that is not a space

const LETTER = 1;
const MARK = 2;
const UPPER = 4;
const SPACE = 8;
const KNOWN = 128;

const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_UPPER = /\p{Lu}/u;
const IS_SPACE = /\s/u;

// classes of the BMP characters met so far (0: not looked at yet)
const bmp = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_SPACE.test(ch) ? SPACE : 0) | KNOWN;
}

/** The classes of the code point at i (a lone surrogate is a character of its own). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(s.slice(i, i + 2));
  }
  let k = bmp[c]!;
  if (k === 0) {
    k = classify(s[i]!);
    bmp[c] = k;
  }
  return k;
}

/** Code units of the code point at i: 2 for a surrogate pair, else 1. */
function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
const has = (s: string, i: number, cls: number): boolean => i < s.length && (classAt(s, i) & cls) !== 0;

/** Past up to `max` letters from i. */
function letters(s: string, i: number, max: number): number {
  for (let n = 0; n < max && has(s, i, LETTER); n++) i += widthAt(s, i);
  return i;
}

// 1. "đ/c": [đĐ]\/ ?[cC](?![\p{L}])
function abbreviatedComrade(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c !== 0x111 && c !== 0x110) return -1;
  let j = i + 1;
  if (s[j] !== '/') return -1;
  j++;
  if (s[j] === ' ') j++;
  if (s[j] !== 'c' && s[j] !== 'C') return -1;
  j++;
  return has(s, j, LETTER) ? -1 : j;
}

// 2. \p{Lu}\p{L}{0,3}\.(?:\p{Lu}\p{L}{0,3}\.?)+ — greedy, and nothing follows it, so the
// first way through is the match
function dottedAbbreviation(s: string, i: number): number {
  let j = letters(s, i + widthAt(s, i), 3);
  if (s[j] !== '.') return -1;
  j++;
  if (!has(s, j, UPPER)) return -1;
  while (has(s, j, UPPER)) {
    j = letters(s, j + widthAt(s, j), 3);
    if (s[j] === '.') j++;
  }
  return j;
}

// 3. \p{Lu}{1,2}\.(?= ?\p{Lu})
function capitalsAndDot(s: string, i: number): number {
  let j = i + widthAt(s, i);
  if (s[j] !== '.' && has(s, j, UPPER)) j += widthAt(s, j);
  if (s[j] !== '.') return -1;
  j++;
  const next = s[j] === ' ' ? j + 1 : j;
  return has(s, next, UPPER) ? j : -1;
}

// 4. [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*
function word(s: string, i: number): number {
  let j = i;
  for (;;) {
    while (has(s, j, LETTER | MARK)) j += widthAt(s, j);
    const c = s[j];
    if ((c === "'" || c === '’' || c === '-') && has(s, j + 1, LETTER | MARK)) j++;
    else return j;
  }
}

// 5. \d+(?:[.,/]\d+)*
function number(s: string, i: number): number {
  let j = i;
  for (;;) {
    while (isDigit(s, j)) j++;
    const c = s[j];
    if ((c === '.' || c === ',' || c === '/') && isDigit(s, j + 1)) j++;
    else return j;
  }
}

/** Start and end of every token of `s`, in order (what the regex above matches). */
export function scanTokens(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const k = classAt(s, i);
    if (k & SPACE) {
      i += widthAt(s, i);
      continue;
    }
    let end = abbreviatedComrade(s, i);
    if (end < 0 && k & UPPER) {
      end = dottedAbbreviation(s, i);
      if (end < 0) end = capitalsAndDot(s, i);
    }
    if (end < 0 && k & (LETTER | MARK)) end = word(s, i);
    if (end < 0 && isDigit(s, i)) end = number(s, i);
    if (end < 0) end = i + widthAt(s, i);
    out.push(i, end);
    i = end;
  }
  return out;
}
