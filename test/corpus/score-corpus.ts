// Extracts every article of a directory and scores it against its gold file, the way
// `dvk eval` does, for the corpus tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { Gold } from '../../src/schema.js';
import { scoreFile, type FileScore } from '../../src/eval/score.js';
import { summarize, type Summary } from '../../src/eval/report.js';

// ../shared/seeds beside the repository; DVK_SEEDS names it for runs from a copy (Stryker's sandbox)
export const SEEDS = process.env.DVK_SEEDS ?? new URL('../../../shared/seeds/', import.meta.url).pathname;
export const FIXTURES = new URL('../../fixtures/articles/', import.meta.url).pathname;
export const HOLDOUT = new URL('../../fixtures/holdout/', import.meta.url).pathname;
export const BLIND = new URL('../../fixtures/blind/', import.meta.url).pathname;
export const BLIND3 = new URL('../../fixtures/blind3/', import.meta.url).pathname;
export const BLIND4 = new URL('../../fixtures/blind4/', import.meta.url).pathname;
export const BLIND5 = new URL('../../fixtures/blind5/', import.meta.url).pathname;
export const BLIND6 = new URL('../../fixtures/blind6/', import.meta.url).pathname;
export const BLIND7 = new URL('../../fixtures/blind7/', import.meta.url).pathname;
export const BLIND8 = new URL('../../fixtures/blind8/', import.meta.url).pathname;
export const BLIND9 = new URL('../../fixtures/blind9/', import.meta.url).pathname;
export const BLIND10 = new URL('../../fixtures/blind10/', import.meta.url).pathname;
export const BLIND11 = new URL('../../fixtures/blind11/', import.meta.url).pathname;

export interface Scored { file: string; gold: Gold; score: FileScore; record: ReturnType<typeof extract> }

export function scoreDir(articles: string, goldDir: string): Scored[] {
  const gold = new Map<string, Gold>();
  for (const n of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const g = Gold.parse(JSON.parse(readFileSync(join(goldDir, n), 'utf8')));
    gold.set(g.file, g);
  }
  return readdirSync(articles)
    .filter((f) => /\.(?:txt|html?)$/u.test(f))
    .sort()
    .map((f) => {
      const g = gold.get(f);
      if (!g) throw new Error(`no gold file for ${f}`);
      const record = extract(readFileSync(join(articles, f), 'utf8'), { file: f });
      return { file: f, gold: g, score: scoreFile(record, g), record };
    });
}

export function summaryOf(scored: Scored[]): Summary {
  return summarize(scored.map((s) => s.score), [], []);
}
