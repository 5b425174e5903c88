// From facts as found to facts as reported: a fact told twice is one entry; a combined
// total is not an entry when its parts are given.
import type { Award } from '../schema.js';
import type { Debug } from '../debug.js';
import type { Fact } from '../extract/award/index.js';

// Forms that do not tell two facts apart: the generic one, and "điển hình", which names
// the recipients' standing more than the honour ("156 điển hình" given "Bằng khen")
const GENERIC = new Set(['khen thưởng']);
const WEAK = new Set(['khen thưởng', 'điển hình']);

export function assembleAwards(facts: Fact[], articleYear: number | null, texts: Map<number, string>, debug?: Debug): Award[] {
  const kept: Fact[] = [];
  // body facts first, so a headline restating one merges into it
  const ordered = [...facts].sort((a, b) => Number(a.headline) - Number(b.headline) || a.pos - b.pos);
  for (const f of ordered) {
    const same = kept.find((k) => compatible(k, f));
    if (same) {
      merge(same, f);
      debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} merged: told again in sentence ${f.sentence}`);
      continue;
    }
    kept.push({ ...f, recipients: [...f.recipients] });
  }
  const result = kept.filter((f) => {
    const parts = totalOf(f, kept, texts);
    if (parts) debug?.(`award ${f.count} ${f.recipient_type ?? '∅'} dropped: total of ${parts.join(' + ')}`);
    return !parts;
  });
  return result
    .sort((a, b) => a.pos - b.pos)
    .map((f) => ({
      recipient_type: f.recipient_type,
      count: f.count,
      level: f.level,
      award: f.award,
      year: f.year ?? articleYear,
      recipients: f.recipients,
      evidence: f.evidence,
      rule: f.levelRule ? `${f.rule}+${f.levelRule}` : f.rule,
    }));
}

function compatible(a: Fact, b: Fact): boolean {
  if (a.recipient_type !== b.recipient_type || a.count !== b.count) return false;
  if (a.level && b.level && a.level !== b.level) return false;
  if (a.headline || b.headline) return true;
  if (a.sentence === b.sentence) return false;
  return a.award === b.award || !a.award || !b.award || WEAK.has(a.award) || WEAK.has(b.award);
}

function merge(into: Fact, other: Fact): void {
  if (!into.level && other.level) { into.level = other.level; into.levelRule = other.levelRule; }
  if ((!into.award || WEAK.has(into.award)) && other.award && !WEAK.has(other.award)) into.award = other.award;
  else if ((!into.award || GENERIC.has(into.award)) && other.award && !GENERIC.has(other.award)) into.award = other.award;
  into.year ??= other.year;
  for (const r of other.recipients) if (!into.recipients.includes(r)) into.recipients.push(r);
  if (into.headline && !other.headline) {
    into.headline = false;
    into.evidence = other.evidence;
    into.pos = other.pos;
  }
}

// "35 tập thể, cá nhân, trong đó …", "tặng 25 tập thể gồm:": a total followed by its parts
const TOTAL_MARK = /^[^.;]{0,40}?(?:trong đó|gồm|bao gồm|cụ thể|:)/iu;

/** The parts a fact is the total of, or null. */
function totalOf(f: Fact, all: Fact[], texts: Map<number, string>): number[] | null {
  const others = all.filter((o) => o !== f && o.recipient_type !== null && o.recipient_type !== 'tập thể, cá nhân');
  if (f.recipient_type === 'tập thể, cá nhân' || f.recipient_type === null) {
    // a combined count equal to typed counts of the article: "117 tập thể, cá nhân" = 34 + 83
    return subsetSum(others.map((o) => o.count), f.count);
  }
  const text = texts.get(f.sentence) ?? '';
  const after = text.slice(f.localEnd, f.localEnd + 60);
  if (f.headline) {
    // a headline count that the body never restates but sums: "Biểu dương 45 tập thể" = 12 + 33
    const body = others.filter((o) => o.recipient_type === f.recipient_type && !o.headline);
    return subsetSum(body.map((o) => o.count), f.count);
  }
  if (!TOTAL_MARK.test(after)) return null;
  const same = others.filter((o) => o.recipient_type === f.recipient_type && o.pos > f.pos && o.sentence - f.sentence <= 6);
  return subsetSum(same.map((o) => o.count), f.count);
}

/** Two or more of `values` that add up to `target`, or null. */
function subsetSum(values: number[], target: number): number[] | null {
  const vals = values.slice(0, 24);
  const pick: number[] = [];
  // a bounded search: a hostile list of counts must not make assembly exponential
  let budget = 20_000;
  const go = (i: number, left: number): boolean => {
    if (left === 0) return pick.length >= 2;
    if (i >= vals.length || left < 0 || --budget < 0) return false;
    pick.push(vals[i]!);
    if (go(i + 1, left - vals[i]!)) return true;
    pick.pop();
    return go(i + 1, left);
  };
  return go(0, target) ? [...pick] : null;
}
