// The same facts from every form an archive holds an article in: each legacy encoding,
// UTF-16, NFD, a BOM with CRLF, and a saved news page around the text — without --encoding.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { loadBytes, DEFAULT_MAX_BYTES } from '../../src/read/load.js';
import type { Article } from '../../src/schema.js';
import { encodeVariant, ENCODING_OF, VARIANTS } from '../support/encode-variants.js';
import { newsPage } from '../support/news-page.js';
import { FIXTURES, SEEDS } from './score-corpus.js';

const articles = [
  ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f)),
  // every eighth fixture keeps the run short while covering both writers' styles
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 8 === 0).map((f) => join(FIXTURES, f)),
];

/** The facts a researcher reads off a record, without offsets (they index other texts). */
function facts(r: Article): unknown {
  return {
    date: r.date,
    awards: r.awards.map((a) => [a.recipient_type, a.count, a.level, a.award]).sort(),
    officials: r.officials.map((o) => o.name).sort(),
  };
}

async function read(bytes: Uint8Array, name: string): Promise<{ record: Article; encoding: string; offsets: string }> {
  const loaded = await loadBytes(bytes, name, { maxBytes: DEFAULT_MAX_BYTES });
  const record = extract(loaded.text, { file: name, published: loaded.published, title: loaded.title, encoding: loaded.encoding, offsets: loaded.offsets });
  return { record, encoding: loaded.encoding, offsets: loaded.offsets };
}

describe.each(articles.map((p) => [p.split('/').pop()!, p] as const))('%s', (_name, path) => {
  const text = readFileSync(path, 'utf8');
  const plain = facts(extract(text, { file: 'plain.txt' }));

  it.each([...VARIANTS])('same facts from %s, detected without a flag', async (variant) => {
    const got = await read(encodeVariant(text, variant), 'a.txt');
    expect(got.encoding).toBe(ENCODING_OF[variant]);
    expect(facts(got.record)).toEqual(plain);
  });

  it('same facts from a saved news page around the text', async () => {
    const got = await read(new TextEncoder().encode(newsPage(text)), 'page.html');
    expect(got.offsets).toBe('html-text');
    expect(facts(got.record)).toEqual(plain);
  });
});
