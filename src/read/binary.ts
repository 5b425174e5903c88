// Whether a file is not text at all (an image, an archive, a PDF), so the CLI can refuse it.
import { sniffBom, sniffUtf16 } from './bom.js';

// Leading bytes of the binary files found beside articles in saved-page folders
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX, EPUB
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: DOC, XLS
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x00, 0x00, 0x00], // MP4/ISO media and most other zero-led headers
  [0x77, 0x4f, 0x46, 0x46], // wOFF font
];

const SAMPLE = 8192;
// Text has next to no C0 controls (VISCII and TCVN letters in C0 are rare capitals);
// uniformly random bytes have one in eight.
const MAX_CONTROL_SHARE = 0.1;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

// Tab, LF, VT, FF, CR, and ESC (colour codes in saved terminal logs) are text
function isControl(b: number): boolean {
  return (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) || b === 0x7f;
}

/** True for bytes that are no text in any encoding dvk reads (NULs outside UTF-16, mostly controls, a known binary header). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (SIGNATURES.some((signature) => startsWith(bytes, signature))) return true;
  if (sniffBom(bytes) !== null || sniffUtf16(bytes) !== null) return false;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (isControl(b)) controls++;
  }
  return controls > n * MAX_CONTROL_SHARE;
}
