import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { decode, looksBinary } from '../../src/read/decode.js';
import { decodedForm, encodeVariant, ENCODING_OF, VARIANTS } from '../support/encode-variants.js';

// The five real seed articles, in /work/shared/seeds beside the repository
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seeds = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, SEEDS), 'utf8') }));

describe('encodeVariant on the seed articles', () => {
  it('finds the five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  for (const { name, text } of seeds) {
    describe(name, () => {
      for (const v of VARIANTS) {
        it(`${v}: detected without a flag and read back`, () => {
          const bytes = encodeVariant(text, v);
          const decoded = decode(bytes);
          expect(decoded.encoding).toBe(ENCODING_OF[v]);
          expect(decoded.text).toBe(decodedForm(text, v));
          expect(decoded.warnings).toEqual([]);
          expect(looksBinary(bytes)).toBe(false);
        });
      }
    });
  }
});

describe('decodedForm', () => {
  it('substitutes only what an encoding lacks', () => {
    const text = '“Dân vận khéo” – 15/10…\u00a0• Ủy';
    expect(decodedForm(text, 'viscii')).toBe('"Dân vận khéo" - 15/10... - Ủy');
    expect(decodedForm(text, 'tcvn3')).toBe('"Dân vận khéo" - 15/10...\u00a0- Ủy');
    expect(decodedForm(text, 'windows-1258')).toBe(text);
    expect(decodedForm(text, 'vni-windows')).toBe(text);
    expect(decodedForm('a\nb\r\nc', 'utf-8-bom-crlf')).toBe('a\r\nb\r\nc');
    expect(decodedForm(text, 'nfd')).toBe(text);
  });

  it('writes cp1258 with combining tones after the toneless letter', () => {
    expect([...encodeVariant('Việt', 'windows-1258')]).toEqual([0x56, 0x69, 0xea, 0xf2, 0x74]);
  });

  it('starts the BOM variants with their BOM', () => {
    expect([...encodeVariant('A', 'utf-16le-bom')]).toEqual([0xff, 0xfe, 0x41, 0x00]);
    expect([...encodeVariant('A', 'utf-16be-bom')]).toEqual([0xfe, 0xff, 0x00, 0x41]);
    expect([...encodeVariant('A\n', 'utf-8-bom-crlf')]).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]);
  });
});
