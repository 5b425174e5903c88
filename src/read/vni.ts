// VNI-Windows: Vietnamese typed as an ASCII base letter plus a following "diacritic"
// byte, on top of cp1252 ("Vieät Nam" is Việt Nam). No maintained library decodes it,
// so the table lives here; the bytes are read as cp1252 first and this maps the text.

// The tones in their VNI order; the Unicode combining mark that writes each
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const; // none, huyền, sắc, hỏi, ngã, nặng

// A tone on a, e, o, u, y, ơ, ư: "aø" à, "aù" á, "aû" ả, "aõ" ã, "aï" ạ (capital bytes after capitals)
const TONE_BYTES = { lower: ['', 'ø', 'ù', 'û', 'õ', 'ï'], upper: ['', 'Ø', 'Ù', 'Û', 'Õ', 'Ï'] } as const;
// The circumflex, toned or not, on a, e, o: "aâ" â, "aà" ầ, "aá" ấ, "aå" ẩ, "aã" ẫ, "aä" ậ
const HAT_BYTES = { lower: ['â', 'à', 'á', 'å', 'ã', 'ä'], upper: ['Â', 'À', 'Á', 'Å', 'Ã', 'Ä'] } as const;
// The breve, toned or not, on a: "aê" ă, "aè" ằ, "aé" ắ, "aú" ẳ, "aü" ẵ, "aë" ặ
const BREVE_BYTES = { lower: ['ê', 'è', 'é', 'ú', 'ü', 'ë'], upper: ['Ê', 'È', 'É', 'Ú', 'Ü', 'Ë'] } as const;
// i carries its tones in one byte: "ì" ì, "í" í, "æ" ỉ, "ó" ĩ, "ò" ị ("tænh" is tỉnh)
const I_BYTES = { lower: ['i', 'ì', 'í', 'æ', 'ó', 'ò'], upper: ['I', 'Ì', 'Í', 'Æ', 'Ó', 'Ò'] } as const;

type Case = 'lower' | 'upper';

/** Unicode letter (NFC) → its VNI-Windows spelling as cp1252 characters, "ệ" → "eä". */
export const VNI_OF: ReadonlyMap<string, string> = buildTable();

function letter(base: string, tone: number, kase: Case): string {
  const s = (base + TONES[tone]!).normalize('NFC');
  return kase === 'upper' ? s.toUpperCase() : s;
}

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const kase of ['lower', 'upper'] as const) {
    const up = (s: string): string => (kase === 'upper' ? s.toUpperCase() : s);
    for (let tone = 0; tone < TONES.length; tone++) {
      const toneByte = TONE_BYTES[kase][tone]!;
      for (const base of ['a', 'e', 'o', 'u', 'y']) {
        if (tone > 0) table.set(letter(base, tone, kase), up(base) + toneByte);
      }
      for (const base of ['a', 'e', 'o']) {
        table.set(letter(base + '\u0302', tone, kase), up(base) + HAT_BYTES[kase][tone]!);
      }
      table.set(letter('a\u0306', tone, kase), up('a') + BREVE_BYTES[kase][tone]!);
      // ơ is "ô" and ư is "ö", each followed by the tone byte: "ñöôïc" is được
      table.set(letter('o\u031b', tone, kase), up('ô') + toneByte);
      table.set(letter('u\u031b', tone, kase), up('ö') + toneByte);
      if (tone > 0) table.set(letter('i', tone, kase), I_BYTES[kase][tone]!);
    }
    // ỵ has a byte of its own, unlike ỳ ý ỷ ỹ
    table.set(letter('y', 5, kase), up('î'));
    table.set(up('đ'), up('ñ'));
  }
  return table;
}

// VNI spelling → letter; a diacritic byte of the other case is read too ("Aù" → Á), as
// hand-typed VNI mixes them. The letter's case follows the base.
const LETTER_OF: ReadonlyMap<string, string> = (() => {
  const reverse = new Map<string, string>();
  for (const [unicode, vni] of VNI_OF) reverse.set(vni, unicode);
  for (const [unicode, vni] of VNI_OF) {
    if (vni.length !== 2) continue;
    const base = vni[0]!;
    const mark = vni[1]!;
    const other = mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase();
    if (!reverse.has(base + other)) reverse.set(base + other, unicode);
  }
  return reverse;
})();

// Any VNI spelling, two-byte ones first: "oâ", "ôù", "ñ"
const SPELLING = new RegExp(
  [...LETTER_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|'),
  'gu',
);

/** Maps text decoded as cp1252 from VNI-Windows bytes to Unicode letters. */
export function decodeVni(cp1252: string): string {
  return cp1252.replace(SPELLING, (spelling) => LETTER_OF.get(spelling) ?? spelling);
}

/** Writes NFC text the way VNI-Windows stores it, as cp1252 characters (encode with cp1252). */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text) out += VNI_OF.get(ch) ?? ch;
  return out;
}
