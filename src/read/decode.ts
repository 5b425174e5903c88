// Bytes → Unicode text (NFC) in whichever encoding a Vietnamese article was saved.
// Order of evidence: a BOM, BOM-less UTF-16, valid UTF-8, then the legacy decoding that
// reads as the most Vietnamese. Nothing but NFC composition touches the text: line ends
// and spaces stay, so offsets into the result stay meaningful.
import { sniffBom, sniffUtf16 } from './bom.js';
import { canonicalEncoding, type Encoding } from './encoding-names.js';
import { decodeLegacy, type Legacy } from './legacy.js';
import { vietnameseScore } from './syllable.js';

export { ENCODINGS, UnknownEncodingError } from './encoding-names.js';
export type { Encoding } from './encoding-names.js';
export { looksBinary } from './binary.js';

export interface Decoded {
  /** the text, NFC */
  text: string;
  /** the canonical name of the encoding read (one of ENCODINGS) */
  encoding: string;
  /** one line each, e.g. "invalid UTF-8 bytes replaced (12)" */
  warnings: string[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LOSSY = new TextDecoder('utf-8');
const UTF16_LOSSY = new TextDecoder('utf-16le');
// U+FFFD, what the decoders put for bytes they cannot read: "D\ufffdn"
const REPLACEMENT = /\ufffd/gu;

// Legacy detection reads this much; enough for hundreds of words, cheap on big files
const SCORE_SAMPLE = 64 * 1024;
// The readings of bytes that are not valid UTF-8. On a tie the first wins: cp1258 also
// reads Western text, UTF-8 with a bad byte beats no evidence, and on 30-character
// snippets TCVN3-before-VISCII misreads fewer (measured on the fixtures).
const CANDIDATES = ['windows-1258', 'utf-8', 'vni-windows', 'tcvn3', 'viscii'] as const;

/** Decodes bytes; `forced` (an --encoding value, aliases accepted) skips detection. */
export function decode(bytes: Uint8Array, forced?: string): Decoded {
  if (forced !== undefined) return decodeAs(bytes, canonicalEncoding(forced));
  const bom = sniffBom(bytes);
  if (bom !== null) return decodeAs(bytes, bom.encoding);
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return decodeAs(bytes, utf16);
  try {
    // the fast path: most archives are UTF-8, and valid UTF-8 is never a legacy file
    return { text: UTF8.decode(bytes).normalize('NFC'), encoding: 'utf-8', warnings: [] };
  } catch {
    return decodeAs(bytes, detectBroken(bytes));
  }
}

// Not valid UTF-8: a legacy encoding, or UTF-8 with a few bad bytes; the likeliest Vietnamese wins
function detectBroken(bytes: Uint8Array): 'utf-8' | Legacy {
  const sample = cutAtLine(bytes, SCORE_SAMPLE);
  let best: 'utf-8' | Legacy = 'windows-1258';
  let bestScore = -Infinity;
  for (const candidate of CANDIDATES) {
    const text = candidate === 'utf-8' ? UTF8_LOSSY.decode(sample) : decodeLegacy(sample, candidate);
    const score = vietnameseScore(text.normalize('NFC'));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

// Up to `max` bytes from the line of the first non-ASCII byte (a saved page may open with
// 100 kB of ASCII script), ended at a line feed so no character is cut: LF is 0x0A in all
function cutAtLine(bytes: Uint8Array, max: number): Uint8Array {
  const firstHigh = bytes.findIndex((b) => b >= 0x80);
  const start = firstHigh <= 0 ? 0 : bytes.lastIndexOf(0x0a, firstHigh) + 1;
  if (bytes.length - start <= max) return bytes.subarray(start);
  const lf = bytes.lastIndexOf(0x0a, start + max - 1);
  return bytes.subarray(start, lf > start ? lf + 1 : start + max);
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): Decoded {
  switch (encoding) {
    case 'utf-8':
      return decodeUtf8(bytes);
    case 'utf-16le':
    case 'utf-16be':
      return decodeUtf16(bytes, encoding);
    default: {
      const text = decodeLegacy(bytes, encoding).normalize('NFC');
      const replaced = count(text, REPLACEMENT);
      const warnings = replaced > 0 ? [`invalid ${encoding} bytes replaced (${replaced})`] : [];
      return { text, encoding, warnings };
    }
  }
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: UTF8.decode(bytes).normalize('NFC'), encoding: 'utf-8', warnings: [] };
  } catch {
    const text = UTF8_LOSSY.decode(bytes);
    // U+FFFD written in the file itself (EF BF BD) was no decoding error
    const replaced = count(text, REPLACEMENT) - countSequence(bytes, [0xef, 0xbf, 0xbd]);
    return { text: text.normalize('NFC'), encoding: 'utf-8', warnings: [`invalid UTF-8 bytes replaced (${replaced})`] };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const le = encoding === 'utf-16le' ? bytes : swapPairs(bytes);
  // TextDecoder drops the BOM and turns lone surrogates and an odd last byte into U+FFFD
  const text = UTF16_LOSSY.decode(le);
  const replaced = count(text, REPLACEMENT) - countUnits(le, 0xfffd);
  const warnings = replaced > 0 ? [`invalid ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} bytes replaced (${replaced})`] : [];
  return { text: text.normalize('NFC'), encoding, warnings };
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1]!;
  return out;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function countSequence(bytes: Uint8Array, sequence: readonly number[]): number {
  let n = 0;
  for (let i = bytes.indexOf(sequence[0]!); i >= 0 && i + sequence.length <= bytes.length; i = bytes.indexOf(sequence[0]!, i + 1)) {
    if (sequence.every((b, k) => bytes[i + k] === b)) n++;
  }
  return n;
}

// Whole UTF-16LE code units equal to `unit`
function countUnits(le: Uint8Array, unit: number): number {
  let n = 0;
  for (let i = 0; i + 1 < le.length; i += 2) if (le[i]! + (le[i + 1]! << 8) === unit) n++;
  return n;
}
