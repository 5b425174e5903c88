// Gold files (format of ../shared/seeds/README.md), keyed by the article file name.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Gold } from '../schema.js';

export class GoldError extends Error {
  override name = 'GoldError';
}

export async function loadGold(dir: string): Promise<Map<string, Gold>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new GoldError(`${dir}: cannot read the gold directory`);
  }
  const out = new Map<string, Gold>();
  for (const n of names) {
    const path = join(dir, n);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, 'utf8'));
    } catch (e) {
      throw new GoldError(`${path}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
    }
    const parsed = Gold.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new GoldError(`${path}: ${issue.path.join('.') || 'record'}: ${issue.message}`);
    }
    out.set(basename(parsed.data.file), parsed.data);
  }
  return out;
}
