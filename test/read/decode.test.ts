import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { ENCODINGS, UnknownEncodingError, decode, looksBinary } from '../../src/read/decode.js';
import { decodedForm, encodeVariant, ENCODING_OF, VARIANTS } from '../support/encode-variants.js';
import { ALL_LETTERS_PARAGRAPH, NEWS, TONED_LETTERS } from './samples.js';

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

// A deterministic byte stream (mulberry32) for the binary tests
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

describe('the samples', () => {
  it('cover all 134 letters beyond ASCII', () => {
    expect(new Set(TONED_LETTERS).size).toBe(134);
    for (const ch of TONED_LETTERS) expect(ALL_LETTERS_PARAGRAPH).toContain(ch);
    expect(NEWS.length).toBeGreaterThanOrEqual(200);
  });
});

describe('decode: every variant round-trips all 134 letters', () => {
  for (const v of VARIANTS) {
    it(`${v}, detected`, () => {
      const decoded = decode(encodeVariant(ALL_LETTERS_PARAGRAPH, v));
      expect(decoded.encoding).toBe(ENCODING_OF[v]);
      expect(decoded.text).toBe(decodedForm(ALL_LETTERS_PARAGRAPH, v));
      expect(decoded.warnings).toEqual([]);
    });
    it(`${v}, forced`, () => {
      const decoded = decode(encodeVariant(ALL_LETTERS_PARAGRAPH, v), ENCODING_OF[v]);
      expect(decoded.text).toBe(decodedForm(ALL_LETTERS_PARAGRAPH, v));
    });
  }

  it('keeps every letter exactly in the 8-bit encodings (only punctuation is substituted)', () => {
    for (const v of ['windows-1258', 'viscii', 'tcvn3', 'vni-windows'] as const) {
      const text = decode(encodeVariant(ALL_LETTERS_PARAGRAPH, v)).text;
      for (const ch of TONED_LETTERS) expect(text, `${v} ${ch}`).toContain(ch);
    }
  });
});

describe('decode: detection on a news paragraph', () => {
  for (const v of VARIANTS) {
    it(`picks ${ENCODING_OF[v]} for ${v}`, () => {
      const decoded = decode(encodeVariant(NEWS, v));
      expect(decoded.encoding).toBe(ENCODING_OF[v]);
      expect(decoded.text).toBe(decodedForm(NEWS, v));
    });
  }

  it('reads cp1258 as Windows converts it too (precomposed "á" kept, only missing letters decomposed)', () => {
    const text = NEWS.replace(/[“”]/gu, '"');
    let windowsForm = '';
    for (const ch of text) {
      const direct = iconv.decode(iconv.encode(ch, 'windows-1258'), 'windows-1258') === ch;
      const decomposed = ch.normalize('NFD');
      const tone = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
      windowsForm += direct ? ch : decomposed.replace(tone, '').normalize('NFC') + tone;
    }
    expect(windowsForm).toContain('á');
    const decoded = decode(iconv.encode(windowsForm, 'windows-1258'));
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe(text);
  });

  it('reads TCVN3 files from .VnTimeH fonts, which store capitals as lowercase codes', () => {
    const vn3 = 'ĐIểN HìNH \u201cDÂN VậN KHéO\u201d ủY BAN'.replace(/[“”]/gu, '"');
    const bytes = iconv.encode(`${vn3}\n${NEWS.replace(/[“”]/gu, '"')}`, 'tcvn');
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text.split('\n')[0]).toBe('ĐIỂN HÌNH "DÂN VẬN KHÉO" ỦY BAN');
  });

  it('judges a big file by its Vietnamese, however much ASCII comes first', () => {
    const script = `<script>var x = ${JSON.stringify('a'.repeat(120_000))};</script>\n`;
    const page = `<html><head>${script}</head><body><p>${NEWS.replace(/[“”]/gu, '"')}</p></body></html>`;
    for (const v of ['tcvn3', 'viscii', 'vni-windows', 'windows-1258'] as const) {
      const decoded = decode(encodeVariant(page, v));
      expect(decoded.encoding).toBe(v);
      expect(decoded.text).toBe(page);
    }
  });

  it('calls pure ASCII utf-8', () => {
    expect(decode(utf8('Dan van kheo 2023: 45 tap the.\n'))).toEqual({ text: 'Dan van kheo 2023: 45 tap the.\n', encoding: 'utf-8', warnings: [] });
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });
});

describe('decode: Unicode forms', () => {
  it('strips the UTF-8 BOM', () => {
    const decoded = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(NEWS)]));
    expect(decoded).toEqual({ text: NEWS, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 LE and BE by their BOM, and without one', () => {
    const le = Buffer.from(NEWS, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text: NEWS, encoding: 'utf-16le', warnings: [] });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: NEWS, encoding: 'utf-16be', warnings: [] });
    expect(decode(le)).toEqual({ text: NEWS, encoding: 'utf-16le', warnings: [] });
    expect(decode(be)).toEqual({ text: NEWS, encoding: 'utf-16be', warnings: [] });
  });

  it('composes NFD input to NFC and changes nothing else (CRLF, lone CR, tabs, NBSP stay)', () => {
    const source = 'Dân vận khéo\r\nNgười\tdân\rđiển\u00a0hình  \n';
    expect(decode(utf8(source.normalize('NFD'))).text).toBe(source.normalize('NFC'));
    expect(decode(utf8(source)).text).toBe(source);
  });

  it('replaces invalid UTF-8 without throwing and says how many', () => {
    const good = utf8(NEWS);
    // a stray 0xFF, a lone continuation byte, and a 3-byte letter cut short
    const broken = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff]), good.subarray(40, 90), Buffer.from([0x80]), good.subarray(90), Buffer.from([0xe1, 0xbb])]);
    const decoded = decode(broken);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual(['invalid UTF-8 bytes replaced (3)']);
    expect(decoded.text.replaceAll('\ufffd', '')).toBe(NEWS);
    // a U+FFFD written in the file is no error
    expect(decode(utf8('a\ufffdb')).warnings).toEqual([]);
  });

  it('replaces an unpaired surrogate in UTF-16 with a warning', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dân ', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from(' vận', 'utf16le')]);
    const decoded = decode(bytes);
    expect(decoded.text).toBe('Dân \ufffd vận');
    expect(decoded.warnings).toEqual(['invalid UTF-16LE bytes replaced (1)']);
  });

  it('warns about bytes cp1258 does not define when forced', () => {
    const decoded = decode(Buffer.from([0x44, 0xe2, 0x6e, 0x81]), 'cp1258');
    expect(decoded.text).toBe('Dân\ufffd');
    expect(decoded.warnings).toEqual(['invalid windows-1258 bytes replaced (1)']);
  });
});

describe('decode: forced encodings', () => {
  const aliases: Record<string, string> = {
    'utf8': 'utf-8', 'UTF-8': 'utf-8', 'utf16le': 'utf-16le', 'UTF-16LE': 'utf-16le', 'utf16be': 'utf-16be',
    'utf-16be': 'utf-16be', 'windows-1258': 'windows-1258', 'CP1258': 'windows-1258', 'viscii': 'viscii',
    'tcvn': 'tcvn3', 'TCVN3': 'tcvn3', 'tcvn5712': 'tcvn3', 'abc': 'tcvn3', 'vni': 'vni-windows',
    'VNI-Windows': 'vni-windows', 'latin1': 'latin1',
  };
  for (const [alias, canonical] of Object.entries(aliases)) {
    it(`accepts "${alias}" as ${canonical}`, () => {
      expect(decode(utf8('abc'), alias).encoding).toBe(canonical);
    });
  }

  it('obeys the flag over detection', () => {
    const tcvn = encodeVariant(NEWS, 'tcvn3');
    expect(decode(tcvn, 'viscii').encoding).toBe('viscii');
    expect(decode(tcvn, 'viscii').text).not.toBe(decode(tcvn).text);
    expect(decode(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'latin1').text).toBe('café');
  });

  it('throws UnknownEncodingError with a one-line message for an unknown name', () => {
    expect(() => decode(utf8('abc'), 'koi8-r')).toThrow(UnknownEncodingError);
    expect(() => decode(utf8('abc'), 'koi8-r')).toThrow('unknown encoding "koi8-r" (known: utf-8, utf-16le, utf-16be, windows-1258, viscii, tcvn3, vni-windows');
    try {
      decode(utf8('abc'), 'bad\nname');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('lists the canonical names', () => {
    expect(ENCODINGS).toEqual(expect.arrayContaining(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'viscii', 'tcvn3', 'vni-windows']));
  });
});

describe('looksBinary', () => {
  it('knows images, archives and PDFs by their header', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(looksBinary(Uint8Array.from(png))).toBe(true);
    expect(looksBinary(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]))).toBe(true);
    expect(looksBinary(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(true);
    expect(looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe(true);
  });

  it('calls random bytes and control-character soup binary', () => {
    expect(looksBinary(randomBytes(4096, 7))).toBe(true);
    const noNul = randomBytes(4096, 11).map((b) => (b === 0 ? 1 : b));
    expect(looksBinary(noNul)).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 200 }, (_, i) => (i % 8) + 1))).toBe(true);
  });

  it('calls text of any encoding text', () => {
    expect(looksBinary(new Uint8Array(0))).toBe(false);
    expect(looksBinary(utf8(NEWS))).toBe(false);
    expect(looksBinary(utf8('<!DOCTYPE html><html><body><p>Dân vận</p></body></html>'))).toBe(false);
    expect(looksBinary(Buffer.from(NEWS, 'utf16le'))).toBe(false);
    for (const v of VARIANTS) expect(looksBinary(encodeVariant(ALL_LETTERS_PARAGRAPH, v)), v).toBe(false);
  });

  it('calls a file with NUL bytes outside UTF-16 binary', () => {
    expect(looksBinary(utf8(`${NEWS}\u0000${NEWS}`))).toBe(true);
  });
});
