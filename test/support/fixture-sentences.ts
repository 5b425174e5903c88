// Every sentence of the project's fixture articles (every set under fixtures/), as the
// pipeline splits them: the corpus on which hand-written scanners are held to their spec.
import { readdirSync, readFileSync } from 'node:fs';
import { makeDoc } from '../../src/text/document.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

export function fixtureSentences(): string[] {
  const out: string[] = [];
  for (const set of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = new URL(`${set}/`, FIXTURES);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      for (const s of makeDoc(readFileSync(new URL(f, dir), 'utf8'), null).sentences) out.push(s.text);
    }
  }
  return out;
}
