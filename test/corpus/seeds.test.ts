// The five seed articles: every award (type, count, level, form), every date, and the
// officials, whole-article against the gold files of ../shared/seeds.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { scoreDir, SEEDS, summaryOf } from './score-corpus.js';

const scored = await scoreDir(SEEDS, join(SEEDS, 'gold'));

describe('seed articles', () => {
  it.each(scored.map((s) => [s.file, s] as const))('%s: awards, levels, forms and date as in gold', (_f, s) => {
    // an optional fact (annotation guide) may be extracted or not
    const optional = (a: { recipient_type: string | null; count: number }): boolean =>
      !s.gold.awards.some((g) => g.recipient_type === a.recipient_type && g.count === a.count) &&
      s.gold.optional.awards.some((o) => o.count === a.count && (o.recipient_type ?? a.recipient_type) === a.recipient_type);
    const got = s.record.awards.filter((a) => !optional(a)).map((a) => [a.recipient_type, a.count, a.level, a.award]).sort();
    const want = s.gold.awards.map((a) => [a.recipient_type, a.count, a.level ?? null, a.award ?? null]).sort();
    expect(got).toEqual(want);
    expect(s.record.date).toBe(s.gold.date);
  });

  it('meets the bounds of the pipeline issue', () => {
    const m = summaryOf(scored).metrics;
    expect(m.award_f1).toBe(1);
    expect(m.level_accuracy).toBe(1);
    expect(m.date_accuracy).toBe(1);
    expect(m.official_f1).toBeGreaterThanOrEqual(0.95);
    expect(m.title_f1).toBeGreaterThanOrEqual(0.9);
    expect(m.recipient_f1).toBe(1);
    expect(m.organizer_accuracy).toBe(1);
  });

  it('points every evidence at its sentence in the input', () => {
    for (const s of scored) {
      const text = readFileSync(join(SEEDS, s.file), 'utf8');
      for (const a of s.record.awards) {
        expect(a.evidence.end).toBeGreaterThan(a.evidence.start);
        expect(text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.text);
        // a counted award's number is in its sentence
        if (a.recipients.length === 0) expect(a.evidence.text).toMatch(new RegExp(`(?<![\\d.])0*${a.count}(?![\\d])`, 'u'));
      }
    }
  });
});
