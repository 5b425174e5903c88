// The 8-bit Vietnamese encodings of the 1990s–2000s, each as bytes → (not yet NFC) text.
import iconv from 'iconv-lite';
import { restoreVn3Capitals } from './tcvn3.js';
import { decodeVni } from './vni.js';

export type Legacy = 'windows-1258' | 'viscii' | 'tcvn3' | 'vni-windows' | 'latin1';

function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// iconv-lite has windows-1258, viscii, and TCVN 5712 (as "tcvn", the VN1 superset of
// TCVN3/ABC); VNI-Windows is cp1252 plus the letter table in vni.ts.
const DECODERS: Readonly<Record<Legacy, (bytes: Buffer) => string>> = {
  'windows-1258': (bytes) => iconv.decode(bytes, 'windows-1258'),
  'viscii': (bytes) => iconv.decode(bytes, 'viscii'),
  'tcvn3': (bytes) => restoreVn3Capitals(iconv.decode(bytes, 'tcvn').normalize('NFC')),
  'vni-windows': (bytes) => decodeVni(iconv.decode(bytes, 'windows-1252')),
  'latin1': (bytes) => iconv.decode(bytes, 'latin1'),
};

/** Decodes bytes in a legacy encoding; undefined bytes (cp1258 0x81…) become U+FFFD. */
export function decodeLegacy(bytes: Uint8Array, encoding: Legacy): string {
  return DECODERS[encoding](view(bytes));
}
