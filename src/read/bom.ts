// Byte-order marks and BOM-less UTF-16: the encodings the bytes announce themselves.

export type Unicode = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark at the start announces, with the mark's length. */
export function sniffBom(bytes: Uint8Array): { encoding: Unicode; length: number } | null {
  const [b0, b1, b2] = bytes;
  // EF BB BF: UTF-8 signature, as Windows Notepad writes it
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  // FF FE: UTF-16 little-endian, "Unicode" in Windows save dialogs
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  // FE FF: UTF-16 big-endian
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const SAMPLE = 4096;
// Text in UTF-16 has a zero high byte for ASCII and Latin-1 (spaces, digits, "Dân vận"):
// at least this share of the code units, and almost never a zero low byte.
const MIN_ZERO_SHARE = 0.2;
const MAX_OTHER_ZERO_SHARE = 0.02;

/** UTF-16 without a BOM, told by the zero bytes piling up on one side of each pair. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const le = zeroOdd >= pairs * MIN_ZERO_SHARE && zeroEven <= pairs * MAX_OTHER_ZERO_SHARE;
  const be = zeroEven >= pairs * MIN_ZERO_SHARE && zeroOdd <= pairs * MAX_OTHER_ZERO_SHARE;
  if (!le && !be) return null;
  // binary records also zero one side; text has no code units U+0000–U+001F but tab, LF, CR
  const high = le ? 1 : 0;
  let controls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    const unitHigh = bytes[i + high]!;
    const unitLow = bytes[i + 1 - high]!;
    if (unitHigh === 0 && unitLow < 0x20 && unitLow !== 0x09 && unitLow !== 0x0a && unitLow !== 0x0d) {
      controls++;
    }
  }
  if (controls > pairs * MAX_OTHER_ZERO_SHARE) return null;
  return le ? 'utf-16le' : 'utf-16be';
}
