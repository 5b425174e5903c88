// The encodings dvk reads, and the names a user may give for them with --encoding.

// Canonical names, in the order detection reports them; latin1 is only ever forced.
export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'viscii',
  'tcvn3',
  'vni-windows',
  'latin1',
] as const;

export type Encoding = (typeof ENCODINGS)[number];

// Spellings accepted by --encoding (compared lowercased, "_" read as "-"): "UTF8", "cp1258", "ABC"
const ALIASES: Readonly<Record<string, Encoding>> = {
  'utf8': 'utf-8',
  'utf-8': 'utf-8',
  'utf16le': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf16be': 'utf-16be',
  'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258',
  'windows1258': 'windows-1258',
  'cp1258': 'windows-1258',
  'viscii': 'viscii',
  'tcvn': 'tcvn3',
  'tcvn3': 'tcvn3',
  'tcvn5712': 'tcvn3',
  'tcvn-5712': 'tcvn3',
  'abc': 'tcvn3',
  'vni': 'vni-windows',
  'vni-windows': 'vni-windows',
  'latin1': 'latin1',
  'latin-1': 'latin1',
  'iso-8859-1': 'latin1',
};

/** An --encoding value that names no encoding dvk knows. */
export class UnknownEncodingError extends Error {
  readonly encoding: string;
  constructor(encoding: string) {
    // JSON quoting keeps the message on one line even for a name with a newline in it
    super(`unknown encoding ${JSON.stringify(encoding)} (known: ${ENCODINGS.join(', ')})`);
    this.name = 'UnknownEncodingError';
    this.encoding = encoding;
  }
}

/** The canonical name for a user-given encoding name; throws UnknownEncodingError. */
export function canonicalEncoding(name: string): Encoding {
  const found = ALIASES[name.trim().toLowerCase().replaceAll('_', '-')];
  if (found === undefined) throw new UnknownEncodingError(name);
  return found;
}
