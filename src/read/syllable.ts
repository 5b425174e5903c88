// How Vietnamese a decoded text looks: the share of its words that are well-formed
// syllables. A wrong legacy decoding turns "Ngày" into "Ngµy" or "Ngộy"; the right one
// scores highest. Only words with a non-ASCII letter count: ASCII reads the same in all.

// Onsets, longest first: "nghiêng", "gì" (g + ì), "quy", "đ"
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?';
// Vowel nuclei with their glide finals, toneless, longest first: "người" ươi, "khuya" uya
const NUCLEI = [
  'uyê', 'uya', 'uyu', 'ươi', 'ươu', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi',
  'oo', 'ôi', 'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
// Final consonants: "sách", "làng", "nhanh", "học", "năm", "tin", "đẹp", "một"
const CODA = '(?:ch|ng|nh|[cmnpt])?';

// A toneless syllable: onset, nucleus, coda ("nguyen" of "Nguyễn", "dieu" of "điều")
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`, 'u');

// Every Vietnamese letter, either case, → its toneless lowercase and whether it carries a
// tone: "Ễ" → ["ê", true], "Đ" → ["đ", false]. Anything not in here is no Vietnamese.
const LETTERS: ReadonlyMap<string, readonly [string, boolean]> = (() => {
  const table = new Map<string, readonly [string, boolean]>();
  const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']; // huyền, sắc, ngã, hỏi, nặng
  for (const base of 'abcdefghijklmnopqrstuvwxyzăâđêôơư') {
    table.set(base, [base, false]);
    table.set(base.toUpperCase(), [base, false]);
    if (!'aăâeêioôơuưy'.includes(base)) continue;
    for (const tone of tones) {
      const toned = (base + tone).normalize('NFC');
      table.set(toned, [base, true]);
      table.set(toned.toUpperCase(), [base, true]);
    }
  }
  return table;
})();

// Words recur (a 10 kB article has some 600 distinct ones): remember verdicts, within bounds
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 50_000;

/** True for a word that is one Vietnamese syllable with at most one tone mark ("Nguyễn", "ĐIỂN"); the word is NFC. */
export function isVietnameseSyllable(word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = judge(word);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

// Words are lowercase, Capitalized or ALL CAPS; "thỔnh" and "xuÔt" come from a wrong table
function judge(word: string): boolean {
  let toneless = '';
  let toned = false;
  let lowerSeen = false;
  for (const ch of word) {
    const letter = LETTERS.get(ch);
    if (letter === undefined) return false;
    if (ch !== ch.toUpperCase()) lowerSeen = true;
    else if (lowerSeen) return false;
    if (letter[1]) {
      if (toned) return false;
      toned = true;
    }
    toneless += letter[0];
  }
  return SYLLABLE.test(toneless);
}

// A word: letters with their combining marks ("Việt", or "Viê̂t" left over by a bad decoding)
const WORD = /[\p{L}\p{M}]+/gu;
// Characters no article holds: C0/C1 controls but tab/LF/CR/FF, the replacement character,
// private use (font-encoded text read in the wrong table)
const GARBAGE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/gu;
// Only words with something beyond ASCII tell the decodings apart
const NON_ASCII = /[^\u0000-\u007f]/u;

/** Well-formed non-ASCII syllables minus malformed non-ASCII words minus garbage characters. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.match(WORD) ?? []) {
    if (!NON_ASCII.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score - (text.match(GARBAGE)?.length ?? 0);
}
