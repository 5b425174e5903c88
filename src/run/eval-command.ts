// dvk eval: extract each input, score it against its gold file, print the figures, and
// hold them to the --min bounds.
import { access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { expandInputs } from '../read/inputs.js';
import { DEFAULT_MAX_BYTES } from '../read/load.js';
import { loadGold } from '../eval/gold.js';
import { scoreFile, type FileScore } from '../eval/score.js';
import { formatText, summarize, type Metric } from '../eval/report.js';
import { processJob } from './process.js';
import { readStdin } from './stdin.js';
import type { Reporter } from './reporter.js';

export interface EvalCommandOptions {
  gold: string;
  inputs: string[];
  bounds: Array<[Metric, number]>;
  format: 'text' | 'json';
  verbose: boolean;
  encoding?: string;
  reporter: Reporter;
}

export async function evalCommand(o: EvalCommandOptions): Promise<number> {
  const gold = await loadGold(o.gold);
  const inputs = o.inputs.length > 0 ? o.inputs : await defaultInputs(o.gold, [...gold.values()].map((g) => g.file));
  const scores: FileScore[] = [];
  const missingGold: string[] = [];
  const seen = new Set<string>();
  let failures = 0;
  for await (const item of expandInputs(inputs, { readStdin })) {
    if (item.kind !== 'file') {
      if (item.kind === 'problem') { failures++; o.reporter.error(`${item.input}: ${item.message}`); }
      continue;
    }
    const outcome = await processJob({ file: item.path, load: { encoding: o.encoding, maxBytes: DEFAULT_MAX_BYTES }, debug: false });
    if (!outcome.ok) { failures++; o.reporter.error(`${outcome.file}: ${outcome.message}`); continue; }
    const g = gold.get(basename(item.path));
    if (!g) { missingGold.push(item.path); continue; }
    seen.add(basename(item.path));
    scores.push(scoreFile(outcome.record!, g));
  }
  const missingInput = [...gold.keys()].filter((k) => !seen.has(k));
  const summary = summarize(scores, missingGold, o.inputs.length > 0 ? [] : missingInput);
  process.stdout.write(o.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatText(summary, o.verbose));
  let below = false;
  for (const [metric, bound] of o.bounds) {
    const value = summary.metrics[metric];
    if (value + 1e-9 < bound) {
      below = true;
      o.reporter.error(`${metric} ${(value * 100).toFixed(1)}% is below the bound ${(bound * 100).toFixed(1)}%`);
    }
  }
  return below || failures > 0 ? 1 : 0;
}

/** With no INPUT, the articles the gold files name, beside them or one directory up. */
async function defaultInputs(goldDir: string, files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    for (const dir of [goldDir, dirname(goldDir)]) {
      const path = join(dir, f);
      try {
        await access(path);
        out.push(path);
        break;
      } catch { /* try the next place */ }
    }
  }
  return out.sort();
}
