import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

// The CLI lazy-loads html.ts; any other module loading cheerio would load it for every file
const SRC = new URL('../../src/', import.meta.url);

function sources(dir: URL): { name: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sources(new URL(`${entry.name}/`, dir));
    if (!entry.name.endsWith('.ts')) return [];
    const url = new URL(entry.name, dir);
    return [{ name: url.pathname.slice(SRC.pathname.length), text: readFileSync(url, 'utf8') }];
  });
}

// "import { load } from 'cheerio'", "import * as cheerio from 'cheerio'", but not "import type …"
const CHEERIO_VALUE_IMPORT = /^import\s+(?!type\s)[^;]*from\s+['"]cheerio['"]/mu;

// "import { decode } from './decode.js'" (and "export … from" re-exports), not "import type …"
const RELATIVE_VALUE_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*from\s+'(?<spec>\.[^']+)'/gmu;

describe('cheerio', () => {
  it('is loaded by src/read/html.ts only', () => {
    const loaders = sources(SRC).filter((file) => CHEERIO_VALUE_IMPORT.test(file.text)).map((file) => file.name);
    expect(loaders).toEqual(['read/html.ts']);
  });

  it('is not reachable from decode.ts or looks-like-html.ts', () => {
    const files = new Map(sources(SRC).map((file) => [file.name, file.text]));
    const reached = new Set<string>();
    const visit = (name: string): void => {
      if (reached.has(name)) return;
      reached.add(name);
      for (const match of (files.get(name) ?? '').matchAll(RELATIVE_VALUE_IMPORT)) {
        const spec = match.groups!.spec!.replace(/\.js$/u, '.ts');
        const target = new URL(spec, new URL(name, SRC)).pathname.slice(SRC.pathname.length);
        visit(target);
      }
    };
    visit('read/decode.ts');
    visit('read/looks-like-html.ts');
    expect(reached).toContain('read/syllable.ts');
    expect([...reached].filter((name) => name.startsWith('read/html'))).toEqual([]);
  });
});
