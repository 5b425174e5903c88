// Assembling facts into entries (src/assemble/awards.ts), fact by fact: a fact told twice is
// one entry, what tells two facts apart keeps them apart, and a total is dropped when its
// parts are given. Facts are written out by hand, as the extractors hand them over.
import { describe, expect, it } from 'vitest';
import { assembleAwards } from '../../src/assemble/awards.js';
import type { Fact } from '../../src/extract/award/index.js';

let nextPos = 0;
function fact(over: Partial<Fact> & Pick<Fact, 'recipient_type' | 'count'>): Fact {
  const sentence = over.sentence ?? 1;
  const pos = over.pos ?? (nextPos += 10);
  return {
    level: null,
    award: 'điển hình',
    year: null,
    recipients: [],
    evidence: { text: `câu ${sentence}`, start: pos, end: pos + 5 },
    rule: 'award.count',
    sentence,
    headline: false,
    pos,
    localEnd: 10,
    levelRule: null,
    ...over,
  };
}

const brief = (awards: ReturnType<typeof assembleAwards>): Array<[string | null, number, string | null, string | null]> =>
  awards.map((a) => [a.recipient_type, a.count, a.level, a.award]);

function assemble(facts: Fact[], texts: Record<number, string> = {}, year: number | null = 2023): { awards: ReturnType<typeof assembleAwards>; debug: string[] } {
  const debug: string[] = [];
  const awards = assembleAwards(facts, year, new Map(Object.entries(texts).map(([k, v]) => [Number(k), v])), (l) => debug.push(l));
  return { awards, debug };
}

describe('assemble: a fact told twice is one entry', () => {
  it('the same count, type and form in two sentences: one entry, recipients and level joined', () => {
    const { awards, debug } = assemble([
      fact({ recipient_type: 'tập thể', count: 12, sentence: 1, recipients: ['A'] }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 3, level: 'huyện', levelRule: 'level.stated', recipients: ['A', 'B'], year: 2022 }),
    ]);
    expect(brief(awards)).toEqual([['tập thể', 12, 'huyện', 'điển hình']]);
    expect(awards[0]!.recipients).toEqual(['A', 'B']);
    expect(awards[0]!.year).toBe(2022);
    expect(awards[0]!.rule).toBe('award.count+level.stated');
    expect(awards[0]!.evidence.text).toBe('câu 1');
    expect(debug).toEqual(['award 12 tập thể merged: told again in sentence 3']);
  });

  it('a weak form ("điển hình") or the generic one joins a named form, which wins', () => {
    const a = assemble([
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 1, award: 'điển hình' }),
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 2, award: 'bằng khen' }),
    ]).awards;
    expect(brief(a)).toEqual([['cá nhân', 5, null, 'bằng khen']]);
    const b = assemble([
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 1, award: 'khen thưởng' }),
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 2, award: 'giấy khen' }),
    ]).awards;
    expect(brief(b)).toEqual([['cá nhân', 5, null, 'giấy khen']]);
    const c = assemble([
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 1, award: null }),
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 2, award: 'huân chương' }),
    ]).awards;
    expect(brief(c)).toEqual([['cá nhân', 5, null, 'huân chương']]);
    const d = assemble([
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 1, award: 'bằng khen' }),
      fact({ recipient_type: 'cá nhân', count: 5, sentence: 2, award: null }),
    ]).awards;
    expect(brief(d)).toEqual([['cá nhân', 5, null, 'bằng khen']]);
  });

  it('a headline restating a body fact merges into it, and the entry keeps the body\'s evidence', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 12, sentence: 0, headline: true, pos: 0, award: 'bằng khen', level: null }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 2, pos: 100, award: 'giấy khen', level: 'tỉnh', levelRule: 'level.issuer' }),
    ]);
    expect(brief(awards)).toEqual([['tập thể', 12, 'tỉnh', 'giấy khen']]);
    expect(awards[0]!.evidence.text).toBe('câu 2');
  });

  it('a headline fact that the body does not restate keeps the headline as evidence, and its place', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 7, sentence: 0, headline: true, pos: 0 }),
      fact({ recipient_type: 'cá nhân', count: 3, sentence: 2, pos: 100 }),
    ]);
    expect(brief(awards)).toEqual([['tập thể', 7, null, 'điển hình'], ['cá nhân', 3, null, 'điển hình']]);
    expect(awards[0]!.evidence.text).toBe('câu 0');
  });
});

describe('assemble: what keeps two facts apart', () => {
  it.each([
    ['other levels', { level: 'huyện' }, { level: 'tỉnh' }],
    ['other named forms', { award: 'bằng khen' }, { award: 'giấy khen' }],
    ['one sentence telling two groups', { sentence: 4 }, { sentence: 4 }],
    ['other counts', { count: 12 }, { count: 13 }],
    ['other types', { recipient_type: 'tập thể' as const }, { recipient_type: 'cá nhân' as const }],
    ['named bodies of two kinds, one name inside the other', { count: 1, recipients: ['Công ty TNHH Cơ khí Tân Hợp'] }, { count: 1, recipients: ['Công đoàn cơ sở Công ty TNHH Cơ khí Tân Hợp'] }],
  ])('%s: two entries', (_why, a: Partial<Fact>, b: Partial<Fact>) => {
    const { awards, debug } = assemble([
      fact({ recipient_type: 'tập thể', count: 12, sentence: 1, ...a }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 2, ...b }),
    ]);
    expect(awards).toHaveLength(2);
    expect(debug).toEqual([]);
  });

  it('entries come in the order of the text, and the year falls back to the article\'s', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'cá nhân', count: 2, pos: 50, year: 2021 }),
      fact({ recipient_type: 'tập thể', count: 1, pos: 10 }),
    ], {}, 2019);
    expect(awards.map((a) => [a.count, a.year])).toEqual([[1, 2019], [2, 2021]]);
  });
});

describe('assemble: a total is dropped when its parts are given', () => {
  it('a combined count equal to typed counts: "117 tập thể, cá nhân" = 34 + 83', () => {
    const { awards, debug } = assemble([
      fact({ recipient_type: 'tập thể, cá nhân', count: 117, sentence: 1 }),
      fact({ recipient_type: 'tập thể', count: 34, sentence: 1 }),
      fact({ recipient_type: 'cá nhân', count: 83, sentence: 1 }),
    ]);
    expect(brief(awards)).toEqual([['tập thể', 34, null, 'điển hình'], ['cá nhân', 83, null, 'điển hình']]);
    expect(debug).toEqual(['award 117 tập thể, cá nhân dropped: total of 34 + 83']);
  });

  it('an untyped count on a list of its clause is one of its items, not a total of counts told before', () => {
    // "Bà A trao Giấy khen cho Trạm Y tế xã B và ông C. UBND xã tặng Giấy khen cho 4 ấp, 9 cộng tác viên và 2 gương …"
    const text = 'UBND xã tặng Giấy khen cho 4 ấp, 9 cộng tác viên và 2 gương điển hình.';
    const named = [fact({ recipient_type: 'tập thể', count: 1, sentence: 1, recipients: ['Trạm Y tế xã B'] }), fact({ recipient_type: 'cá nhân', count: 1, sentence: 1, recipients: ['C'] })];
    const listed = [
      fact({ recipient_type: 'tập thể', count: 4, sentence: 2, pos: 100, localEnd: text.indexOf('4 ấp') + 4 }),
      fact({ recipient_type: 'cá nhân', count: 9, sentence: 2, pos: 110, localEnd: text.indexOf(' và') }),
    ];
    const last = fact({ recipient_type: null, count: 2, sentence: 2, pos: 130, localEnd: text.indexOf('2 gương') + 7 });
    expect(assemble([...named, ...listed, last], { 2: text }).awards).toHaveLength(5);
    // (a sum after a break is a total still: "…; tổng cộng 2 gương")
    const summed = 'UBND xã tặng Giấy khen cho 4 ấp, 9 cộng tác viên; trong đó 2 gương điển hình.';
    expect(assemble([...named, ...listed, fact({ ...last, localEnd: summed.indexOf('2 gương') + 7 })], { 2: summed }).debug).toContain('award 2 ∅ dropped: total of 1 + 1');
  });

  it('an untyped count equal to typed counts is dropped too; one typed count alone is no breakdown', () => {
    expect(brief(assemble([
      fact({ recipient_type: null, count: 20, sentence: 1 }),
      fact({ recipient_type: 'tập thể', count: 8, sentence: 2 }),
      fact({ recipient_type: 'cá nhân', count: 12, sentence: 2 }),
    ]).awards)).toEqual([['tập thể', 8, null, 'điển hình'], ['cá nhân', 12, null, 'điển hình']]);
    expect(assemble([
      fact({ recipient_type: 'tập thể, cá nhân', count: 34, sentence: 1 }),
      fact({ recipient_type: 'tập thể', count: 34, sentence: 2 }),
    ]).awards).toHaveLength(2);
    expect(assemble([
      fact({ recipient_type: 'tập thể, cá nhân', count: 50, sentence: 1 }),
      fact({ recipient_type: 'tập thể', count: 34, sentence: 2 }),
      fact({ recipient_type: 'cá nhân', count: 10, sentence: 2 }),
    ]).awards).toHaveLength(3);
  });

  it('a typed total followed by "trong đó" and its parts within six sentences', () => {
    const texts = { 1: 'Tuyên dương 30 tập thể, trong đó:' };
    const total = (over: Partial<Fact> = {}): Fact => fact({ recipient_type: 'tập thể', count: 30, sentence: 1, pos: 10, localEnd: 23, ...over });
    const parts = (from: number): Fact[] => [
      fact({ recipient_type: 'tập thể', count: 12, sentence: from, pos: 100 }),
      fact({ recipient_type: 'tập thể', count: 18, sentence: from + 1, pos: 200 }),
    ];
    expect(brief(assemble([total(), ...parts(2)], texts).awards).map((a) => a[1])).toEqual([12, 18]);
    // no mark after the total: two facts, not a breakdown
    expect(assemble([total(), ...parts(2)], { 1: 'Tuyên dương 30 tập thể. Ngoài ra' }).awards).toHaveLength(3);
    // the parts too far away
    expect(assemble([total(), ...parts(8)], texts).awards).toHaveLength(3);
    // the parts before the total
    expect(assemble([total({ pos: 500 }), ...parts(2)], texts).awards).toHaveLength(3);
    // parts of another type
    expect(assemble([total(), fact({ recipient_type: 'cá nhân', count: 12, sentence: 2, pos: 100 }), fact({ recipient_type: 'cá nhân', count: 18, sentence: 3, pos: 200 })], texts).awards).toHaveLength(3);
    // no mark after the total, but the next sentence opens with "Cụ thể:" and tells the parts
    const told = { 1: 'Tuyên dương 30 tập thể, còn lại là cá nhân.', 2: 'Cụ thể: Hội tỉnh tặng Bằng khen cho 12 tập thể; Hội huyện tặng Giấy khen cho 18 tập thể.' };
    const inNext = [fact({ recipient_type: 'tập thể', count: 12, sentence: 2, pos: 100 }), fact({ recipient_type: 'tập thể', count: 18, sentence: 2, pos: 200 })];
    expect(brief(assemble([total(), ...inNext], told).awards).map((a) => a[1])).toEqual([12, 18]);
    expect(brief(assemble([total(), ...inNext], { ...told, 2: told[2].replace('Cụ thể:', 'Cụ thể,') }).awards).map((a) => a[1])).toEqual([12, 18]);
    expect(assemble([total(), ...inNext], { ...told, 2: 'Hội tỉnh tặng Bằng khen cho 12 tập thể; Hội huyện tặng Giấy khen cho 18 tập thể.' }).awards).toHaveLength(3);
  });

  it.each([['gồm'], ['bao gồm'], ['cụ thể'], [':'], ['trong đó']])('"%s" after the total marks a breakdown', (mark) => {
    const texts = { 1: `Tuyên dương 30 tập thể ${mark} 12 và 18` };
    const awards = assemble([
      fact({ recipient_type: 'tập thể', count: 30, sentence: 1, pos: 10, localEnd: 22 }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 1, pos: 40 }),
      fact({ recipient_type: 'tập thể', count: 18, sentence: 2, pos: 60 }),
    ], texts).awards;
    expect(awards.map((a) => a.count)).toEqual([12, 18]);
  });

  it('a headline count that the body sums is dropped; one the body does not sum stays', () => {
    const body = [fact({ recipient_type: 'tập thể', count: 12, sentence: 3, pos: 100 }), fact({ recipient_type: 'tập thể', count: 33, sentence: 4, pos: 200 })];
    expect(assemble([fact({ recipient_type: 'tập thể', count: 45, sentence: 0, headline: true, pos: 0 }), ...body]).awards.map((a) => a.count)).toEqual([12, 33]);
    expect(assemble([fact({ recipient_type: 'tập thể', count: 46, sentence: 0, headline: true, pos: 0 }), ...body]).awards.map((a) => a.count)).toEqual([46, 12, 33]);
    expect(assemble([fact({ recipient_type: 'cá nhân', count: 45, sentence: 0, headline: true, pos: 0 }), ...body]).awards.map((a) => a.count)).toEqual([45, 12, 33]);
  });
});
