// Extracts every article of a directory and scores it against its gold file, the way
// `dvk eval` does, for the corpus tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { DEFAULT_MAX_BYTES, loadBytes } from '../../src/read/load.js';
import { Gold } from '../../src/schema.js';
import { scoreFile, type FileScore } from '../../src/eval/score.js';
import { summarize, type Summary } from '../../src/eval/report.js';

// ../shared/seeds beside the repository; DVK_SEEDS names it for runs from a copy (Stryker's sandbox)
export const SEEDS = process.env.DVK_SEEDS ?? new URL('../../../shared/seeds/', import.meta.url).pathname;
export const FIXTURES = new URL('../../fixtures/articles/', import.meta.url).pathname;
export const HOLDOUT = new URL('../../fixtures/holdout/', import.meta.url).pathname;
// the sets written apart from the rules, each measured blind once (their READMEs), in order
export const HELD_OUT = ['holdout', 'blind', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind40', 'blind41', 'blind42', 'blind43', 'blind44', 'blind45', 'blind46', 'blind47', 'blind48', 'blind49', 'blind50', 'blind51', 'blind52', 'blind53', 'blind54', 'blind55', 'blind56', 'blind57', 'blind58', 'blind59', 'blind60', 'blind61', 'blind62', 'blind63', 'blind64', 'blind65', 'blind66', 'blind67', 'blind68', 'blind69', 'blind70', 'blind71', 'blind72', 'blind73', 'blind74', 'blind75', 'blind76', 'blind77', 'blind78', 'blind79', 'blind80', 'blind81', 'blind82', 'blind83', 'blind84', 'blind85', 'blind86', 'blind87', 'blind88', 'blind89', 'blind90', 'blind91', 'blind92', 'blind93', 'blind94', 'blind95', 'blind96', 'blind97', 'blind98', 'blind99', 'blind100', 'blind101', 'blind102', 'blind103', 'blind104', 'blind105']
  .map((dir) => new URL(`../../fixtures/${dir}/`, import.meta.url).pathname);

export interface Scored { file: string; gold: Gold; score: FileScore; record: ReturnType<typeof extract> }

/** Every article of a directory (text files and web pages, read as `dvk` reads them) scored against its gold. */
export async function scoreDir(articles: string, goldDir: string): Promise<Scored[]> {
  const gold = new Map<string, Gold>();
  for (const n of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const g = Gold.parse(JSON.parse(readFileSync(join(goldDir, n), 'utf8')));
    gold.set(g.file, g);
  }
  const files = readdirSync(articles).filter((f) => /\.(?:txt|html?)$/u.test(f)).sort();
  const out: Scored[] = [];
  for (const f of files) {
    const g = gold.get(f);
    if (!g) throw new Error(`no gold file for ${f}`);
    const loaded = await loadBytes(readFileSync(join(articles, f)), f, { maxBytes: DEFAULT_MAX_BYTES });
    const record = extract(loaded.text, { file: f, published: loaded.published, title: loaded.title, encoding: loaded.encoding, offsets: loaded.offsets });
    out.push({ file: f, gold: g, score: scoreFile(record, g), record });
  }
  return out;
}

export function summaryOf(scored: Scored[]): Summary {
  return summarize(scored.map((s) => s.score), [], []);
}
