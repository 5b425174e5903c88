// Encodes a (NFC) UTF-8 text into each input variant a researcher's archive may hold.
//
// Some characters have no code in an encoding: VISCII and TCVN3 spend every high byte on
// letters, so they lack curly quotes, dashes, "…" and "•" (VISCII even the no-break
// space). Those are written as the ASCII a typist would use (see SUBSTITUTES), and
// anything else unrepresentable as "?"; `decodedForm` gives the text decode() returns.
//
// TCVN3 uses the codes of TCVN 5712:1993 VN1 for capital toned vowels ("Ủ", and "Ú" in
// C0), so capitals survive; the older VN3 font files, which store them as lowercase
// codes, are tested in decode.test.ts.
import iconv from 'iconv-lite';
import { decodeVni, encodeVni } from '../../src/read/vni.js';

export type Variant =
  | 'windows-1258'
  | 'viscii'
  | 'tcvn3'
  | 'vni-windows'
  | 'utf-16le-bom'
  | 'utf-16be-bom'
  | 'nfd'
  | 'utf-8-bom-crlf';

export const VARIANTS: readonly Variant[] = [
  'windows-1258',
  'viscii',
  'tcvn3',
  'vni-windows',
  'utf-16le-bom',
  'utf-16be-bom',
  'nfd',
  'utf-8-bom-crlf',
];

/** The encoding decode() reports for each variant. */
export const ENCODING_OF: Readonly<Record<Variant, string>> = {
  'windows-1258': 'windows-1258',
  'viscii': 'viscii',
  'tcvn3': 'tcvn3',
  'vni-windows': 'vni-windows',
  'utf-16le-bom': 'utf-16le',
  'utf-16be-bom': 'utf-16be',
  'nfd': 'utf-8',
  'utf-8-bom-crlf': 'utf-8',
};

// What a typist writes for a character the encoding lacks: “Dân vận khéo” → "Dân vận khéo"
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'",
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
  '\u2022': '-', '\u00b7': '-',
  '\u00a0': ' ',
};

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

// cp1258 keyboards type the toneless letter (â ê ô ơ ư ă đ are in the code page) and then
// the tone as a combining byte: "ế" → "ê" + U+0301
function toCp1258Form(text: string): string {
  let out = '';
  for (const ch of text) {
    const decomposed = ch.normalize('NFD');
    const tone = decomposed.match(TONE_MARK)?.[0];
    out += tone === undefined ? ch : decomposed.replace(tone, '').normalize('NFC') + tone;
  }
  return out;
}

// Each 8-bit variant as text → bytes, and back, to ask whether a character survives
const LEGACY: Readonly<Record<string, { encode: (s: string) => Uint8Array; decode: (b: Uint8Array) => string }>> = {
  'windows-1258': {
    encode: (s) => iconv.encode(toCp1258Form(s), 'windows-1258'),
    decode: (b) => iconv.decode(Buffer.from(b), 'windows-1258').normalize('NFC'),
  },
  'viscii': {
    encode: (s) => iconv.encode(s, 'viscii'),
    decode: (b) => iconv.decode(Buffer.from(b), 'viscii'),
  },
  'tcvn3': {
    encode: (s) => iconv.encode(s, 'tcvn'),
    decode: (b) => iconv.decode(Buffer.from(b), 'tcvn').normalize('NFC'),
  },
  'vni-windows': {
    encode: (s) => iconv.encode(encodeVni(s), 'windows-1252'),
    decode: (b) => decodeVni(iconv.decode(Buffer.from(b), 'windows-1252')),
  },
};

const survives = new Map<string, boolean>();

function representable(ch: string, v: string): boolean {
  const key = `${v}\u0000${ch}`;
  let ok = survives.get(key);
  if (ok === undefined) {
    const codec = LEGACY[v]!;
    ok = codec.decode(codec.encode(ch)) === ch;
    survives.set(key, ok);
  }
  return ok;
}

// The text with every character the variant cannot hold replaced (NFC in, NFC out)
function representableForm(text: string, v: Variant): string {
  if (!(v in LEGACY)) return text;
  let out = '';
  for (const ch of text) out += representable(ch, v) ? ch : (SUBSTITUTES[ch] ?? '?');
  return out;
}

function utf16le(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  le.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

function withCrlf(text: string): string {
  return text.replace(/\r?\n/gu, '\r\n');
}

/** The bytes of `text` (NFC) as the variant stores it. */
export function encodeVariant(text: string, v: Variant): Uint8Array {
  switch (v) {
    case 'utf-16le-bom':
      return utf16le(text);
    case 'utf-16be-bom':
      return utf16be(text);
    case 'nfd':
      return Buffer.from(text.normalize('NFD'), 'utf8');
    case 'utf-8-bom-crlf':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(withCrlf(text), 'utf8')]);
    default:
      return LEGACY[v]!.encode(representableForm(text, v));
  }
}

/** What decode(encodeVariant(text, v)).text is: the substitutions made, CRLF for the crlf variant. */
export function decodedForm(text: string, v: Variant): string {
  if (v === 'utf-8-bom-crlf') return withCrlf(text);
  return representableForm(text, v);
}
