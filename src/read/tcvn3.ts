// TCVN3 (ABC, TCVN 5712:1993 VN3) has codes for the lowercase toned vowels only: fonts
// like .VnTimeH draw them as capitals, so "ĐIỂN HÌNH" is stored as "§IÓN H×NH" and
// decodes as "ĐIểN HìNH". Words whose every other letter is a capital get capitals back.
// (iconv-lite's "tcvn" is the VN1 superset, which also has codes for the capitals.)

// A letter VN3 can only write in lowercase: every toned vowel ("ể", "ì", "ứ")
const TONED = 'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const TONED_LOWER = new RegExp(`[${TONED}]`, 'u');
// Only a text with a toned lowercase letter next to a capital can need it: "ĐIểN", "ủY"
const SUSPECT = new RegExp(`\\p{Lu}[${TONED}]|[${TONED}]\\p{Lu}`, 'u');
const WORD = /\p{L}+/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// "HìNH" (two capitals), "ủY" (a capital after the toned letter) → capitals; "Về" stays
function restoreWord(word: string): string {
  const letters = [...word];
  let capitals = 0;
  let capitalAfterToned = false;
  let sawToned = false;
  for (const ch of letters) {
    if (TONED_LOWER.test(ch)) {
      sawToned = true;
      continue;
    }
    if (!isUpper(ch)) return word;
    capitals++;
    if (sawToned) capitalAfterToned = true;
  }
  if (!sawToned || (capitals < 2 && !capitalAfterToned)) return word;
  return word.toUpperCase();
}

/** Gives capital toned vowels back to all-capital words of NFC text decoded from TCVN3. */
export function restoreVn3Capitals(text: string): string {
  return SUSPECT.test(text) ? text.replace(WORD, restoreWord) : text;
}
