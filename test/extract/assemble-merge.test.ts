// Assembling facts into entries (src/assemble/awards.ts), more cases: which telling of a fact
// the entry keeps, what a later telling adds, what is a part of a total and what is not.
// Facts are written out by hand, as the extractors hand them over (see assemble.test.ts).
import { describe, expect, it } from 'vitest';
import { assembleAwards } from '../../src/assemble/awards.js';
import type { Fact } from '../../src/extract/award/index.js';

function fact(over: Partial<Fact> & Pick<Fact, 'recipient_type' | 'count' | 'pos'>): Fact {
  const sentence = over.sentence ?? 1;
  return {
    level: null,
    award: 'điển hình',
    year: null,
    recipients: [],
    evidence: { text: `câu ${sentence}`, start: over.pos, end: over.pos + 5 },
    rule: 'award.count',
    sentence,
    headline: false,
    localEnd: 10,
    levelRule: null,
    ...over,
  };
}

function assemble(facts: Fact[], texts: Record<number, string> = {}): { awards: ReturnType<typeof assembleAwards>; debug: string[] } {
  const debug: string[] = [];
  const awards = assembleAwards(facts, 2023, new Map(Object.entries(texts).map(([k, v]) => [Number(k), v])), (l) => debug.push(l));
  return { awards, debug };
}
const brief = (awards: ReturnType<typeof assembleAwards>): Array<[string | null, number, string | null, string | null]> =>
  awards.map((a) => [a.recipient_type, a.count, a.level, a.award]);

describe('assemble: a fact told twice', () => {
  it('keeps the evidence of its first telling in the text, whatever order the facts come in', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 12, sentence: 5, pos: 500 }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 3, pos: 300 }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 1, pos: 100 }),
    ]);
    expect(awards).toHaveLength(1);
    expect(awards[0]!.evidence.text).toBe('câu 1');
  });

  it('keeps honours of givers of two places apart, and merges one whose giver names no place', () => {
    const t1 = 'Đại tá Vi Văn Thoòng trao Bằng khen của tỉnh Khăm-phăn cho 2 tập thể';
    const t2 = 'Ông Lê Văn Tám trao Bằng khen của Chủ tịch UBND tỉnh Pa Lìn cho hai tập thể';
    const t3 = 'Ông Lê Văn Tám trao Bằng khen cho hai tập thể';
    const at = (t: string): number => t.length;
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 2, sentence: 1, pos: 100, level: 'tỉnh', award: 'bằng khen', localEnd: at(t1) }),
      fact({ recipient_type: 'tập thể', count: 2, sentence: 2, pos: 200, level: 'tỉnh', award: 'bằng khen', localEnd: at(t2) }),
      fact({ recipient_type: 'tập thể', count: 2, sentence: 3, pos: 300, level: 'tỉnh', award: 'bằng khen', localEnd: at(t3) }),
    ], { 1: t1, 2: t2, 3: t3 });
    expect(awards.map((a) => a.evidence.text)).toEqual(['câu 1', 'câu 2']);
  });

  it('keeps two named recipients with no name in common apart, and merges one named again', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'cá nhân', count: 1, sentence: 1, pos: 100, level: 'huyện', recipients: ['Lê Văn Tám'], rule: 'award.named-received' }),
      fact({ recipient_type: 'cá nhân', count: 1, sentence: 2, pos: 200, level: 'huyện', award: 'giấy khen', recipients: ['Trần Văn Hai'], rule: 'award.named-received' }),
      fact({ recipient_type: 'cá nhân', count: 1, sentence: 3, pos: 300, level: 'huyện', recipients: ['Lê Văn Tám'], rule: 'award.named-received' }),
      fact({ recipient_type: 'cá nhân', count: 1, sentence: 4, pos: 400, level: 'huyện', recipients: [], rule: 'award.count' }),
    ]);
    expect(awards.map((a) => [a.count, a.award, a.recipients])).toEqual([
      [1, 'điển hình', ['Lê Văn Tám']],
      [1, 'giấy khen', ['Trần Văn Hai']],
    ]);
  });

  // a body the headline names and the text names again, as one entry or two: abbreviations spelled
  // out ("KBNN" is "Kho bạc Nhà nước"), bodies of two kinds apart, a name of heads alone ("Công đoàn
  // Công ty") the body the headline names in full, two names of their own two bodies
  it.each([
    ['Kho bạc Nhà nước Khe Vạc', 'KBNN Khe Vạc', 1],
    ['Kho bạc Nhà nước Khe Vạc', 'BHXH Khe Vạc', 2],
    ['Công đoàn Cơ khí mỏ Khe Vạc', 'Công đoàn Công ty', 1],
    ['Công đoàn Cơ khí mỏ Khe Vạc', 'Công đoàn Than Pa Lìn', 2],
    // (a craft village, whatever words of its craft come before its name)
    ['Làng gốm Hà Phong', 'làng nghề gốm sứ Hà Phong', 1],
    ['Làng gốm Hà Phong', 'làng gốm Khe Vạc', 2],
    // (a place in the headline, a body of that place in the text)
    ['Huyện Khe Vạc', 'Ban CHQS huyện Khe Vạc', 1],
    ['Huyện Khe Vạc', 'Ban CHQS huyện Pa Lìn', 2],
  ])('a body named "%s" in the headline and "%s" in the text: %i entries', (inHeadline, inText, entries) => {
    const headline = fact({ recipient_type: 'tập thể', count: 1, sentence: 0, pos: 10, headline: true, level: 'trung ương', award: 'cờ thi đua', recipients: [inHeadline as string], rule: 'award.named-received' });
    const told = fact({ recipient_type: 'tập thể', count: 1, sentence: 3, pos: 300, level: 'trung ương', award: 'cờ thi đua', recipients: [inText as string], rule: 'award.named-given' });
    expect(assemble([headline, told]).awards).toHaveLength(entries as number);
  });

  it('drops the head of a body given an honour just before who goes up to take it', () => {
    const texts = { 2: 'Bộ Tư lệnh Quân khu tặng Bằng khen cho Ban CHQS xã Pa Lìn.', 3: 'Đồng chí Vi Văn Thoòng, Chỉ huy trưởng BCH QS xã Pa Lìn, lên nhận Bằng khen.' };
    const body = fact({ recipient_type: 'tập thể', count: 1, sentence: 2, pos: 200, award: 'bằng khen', recipients: ['Ban CHQS xã Pa Lìn'], rule: 'award.named-given' });
    const head = fact({ recipient_type: 'cá nhân', count: 1, sentence: 3, pos: 300, award: 'bằng khen', recipients: ['Vi Văn Thoòng'], rule: 'award.named-received' });
    expect(assemble([body, head], texts).awards.map((a) => a.recipients)).toEqual([['Ban CHQS xã Pa Lìn']]);
    // (the head of another place keeps an honour of his own)
    expect(assemble([body, head], { ...texts, 3: 'Đồng chí Vi Văn Thoòng, Chỉ huy trưởng BCH QS xã Khe Vạc, lên nhận Bằng khen.' }).awards).toHaveLength(2);
  });

  it('merges a decision read out and the honour handed over right after, keeping the decision\'s tier', () => {
    const texts = {
      3: 'Ông A công bố quyết định của Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể.',
      4: 'Phó Chủ tịch UBND tỉnh B trao Bằng khen cho hai đơn vị.',
    };
    const facts = [
      fact({ recipient_type: 'tập thể', count: 2, sentence: 3, pos: 300, level: 'trung ương', award: 'bằng khen' }),
      fact({ recipient_type: 'tập thể', count: 2, sentence: 4, pos: 400, level: 'tỉnh', award: 'bằng khen' }),
    ];
    expect(brief(assemble(facts, texts).awards)).toEqual([['tập thể', 2, 'trung ương', 'bằng khen']]);
    // with no decision read out, two tiers are two facts
    const given = { 3: 'Bộ trưởng tặng Bằng khen cho 2 tập thể.', 4: 'Chủ tịch UBND tỉnh trao Bằng khen cho 2 tập thể.' };
    expect(assemble(facts, given).awards).toHaveLength(2);
    // nor is another form the same honour
    const other = [facts[0]!, { ...facts[1]!, award: 'giấy khen' }];
    expect(assemble(other, texts).awards).toHaveLength(2);
  });

  it('merges a recipient named short with the same one named whole', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 1, sentence: 1, pos: 100, level: 'trung ương', award: 'bằng khen', recipients: ['Hội Nông dân xã'], rule: 'award.named-given' }),
      fact({ recipient_type: 'tập thể', count: 1, sentence: 2, pos: 200, level: 'trung ương', award: 'bằng khen', recipients: ['Hội Nông dân xã Tân Hòa'], rule: 'award.named-received' }),
    ]);
    expect(awards.map((a) => [a.count, a.recipients])).toEqual([[1, ['Hội Nông dân xã Tân Hòa']]]);
  });

  it('merges a typed headline count into the untyped body count it restates', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'cá nhân', count: 90, sentence: 0, pos: 5, headline: true, award: 'điển hình' }),
      fact({ recipient_type: null, count: 90, sentence: 4, pos: 400, level: 'tỉnh', award: 'điển hình' }),
    ]);
    expect(brief(awards)).toEqual([[null, 90, 'tỉnh', 'điển hình']]);
    // (two body counts of other types stay apart)
    const body = assemble([
      fact({ recipient_type: 'cá nhân', count: 90, sentence: 2, pos: 200, award: 'điển hình' }),
      fact({ recipient_type: null, count: 90, sentence: 4, pos: 400, award: 'điển hình' }),
    ]);
    expect(body.awards).toHaveLength(2);
  });

  it('merges a name told again in lowercase (a caption) with its whole name', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 1, sentence: 3, pos: 300, level: 'tỉnh', award: 'bằng khen', recipients: ['Hội Nông dân Xã Tân Hòa'], rule: 'award.named-received' }),
      fact({ recipient_type: 'tập thể', count: 1, sentence: 8, pos: 800, level: 'tỉnh', award: 'bằng khen', recipients: ['Hội Nông dân xã'], rule: 'award.named-given' }),
      fact({ recipient_type: 'tập thể', count: 1, sentence: 9, pos: 900, level: 'tỉnh', award: 'bằng khen', recipients: ['Hội Phụ nữ xã'], rule: 'award.named-given' }),
    ]);
    expect(awards.map((a) => a.recipients)).toEqual([['Hội Nông dân Xã Tân Hòa'], ['Hội Phụ nữ xã']]);
  });

  it('merges a name written with words left out (a legal form) with its whole name', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 1, sentence: 0, pos: 10, headline: true, award: 'huân chương', recipients: ['Công ty Cấp nước Tân Hòa'] }),
      fact({ recipient_type: 'tập thể', count: 1, sentence: 5, pos: 500, award: 'huân chương', recipients: ['Công ty TNHH MTV Cấp nước Tân Hòa'] }),
      fact({ recipient_type: 'tập thể', count: 1, sentence: 6, pos: 600, award: 'huân chương', recipients: ['Công ty Thoát nước Tân Hòa'] }),
    ]);
    expect(awards.map((a) => a.recipients)).toEqual([['Công ty TNHH MTV Cấp nước Tân Hòa'], ['Công ty Thoát nước Tân Hòa']]);
  });

  it('merges a caption whose level is only the hander\'s with the telling that names the issuer, keeping the issuer\'s level', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'cá nhân', count: 1, sentence: 3, pos: 300, level: 'phường', levelRule: 'level.named-giver', award: 'bằng khen', recipients: ['Thích Huệ Tâm'], rule: 'award.named-given' }),
      fact({ recipient_type: 'cá nhân', count: 1, sentence: 5, pos: 500, level: 'thành phố', levelRule: 'level.named', award: 'bằng khen', recipients: ['Thích Huệ Tâm'], rule: 'award.named-given' }),
    ]);
    expect(awards.map((a) => [a.level, a.rule])).toEqual([['thành phố', 'award.named-given+level.named']]);
  });

  it('merges one recipient found twice in one sentence', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'gia đình', count: 1, sentence: 3, pos: 300, recipients: ['Lê Văn Thuận'], rule: 'award.named-given' }),
      fact({ recipient_type: 'gia đình', count: 1, sentence: 3, pos: 300, recipients: ['Lê Văn Thuận'], rule: 'award.named' }),
    ]);
    expect(awards).toHaveLength(1);
  });

  it('keeps apart a later sentence that says it adds to what was told ("Ngoài ra", "Bên cạnh đó")', () => {
    const facts = [
      fact({ recipient_type: 'tập thể', count: 12, level: 'huyện', award: 'giấy khen', sentence: 2, pos: 200 }),
      fact({ recipient_type: 'tập thể', count: 12, level: 'huyện', award: 'giấy khen', sentence: 3, pos: 300 }),
    ];
    const texts = (opening: string) => ({ 2: 'Dịp này, 12 tập thể được Ban Thường vụ Huyện ủy tặng Giấy khen.', 3: `${opening} Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể có thành tích.` });
    expect(assemble(facts, texts('Ngoài ra,')).awards).toHaveLength(2);
    expect(assemble(facts, texts('Bên cạnh đó,')).awards).toHaveLength(2);
    expect(assemble(facts, texts('Tại hội nghị,')).awards).toHaveLength(1);
  });

  it('keeps a level stated the first time when the second telling states none', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'cá nhân', count: 7, sentence: 1, pos: 100, level: 'huyện', levelRule: 'level.stated' }),
      fact({ recipient_type: 'cá nhân', count: 7, sentence: 2, pos: 200, level: null }),
    ]);
    expect(brief(awards)).toEqual([['cá nhân', 7, 'huyện', 'điển hình']]);
    expect(awards[0]!.rule).toBe('award.count+level.stated');
  });

  it('keeps the rule that first gave the level when both tellings give the same', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'cá nhân', count: 7, sentence: 1, pos: 100, level: 'huyện', levelRule: 'level.stated' }),
      fact({ recipient_type: 'cá nhân', count: 7, sentence: 2, pos: 200, level: 'huyện', levelRule: 'level.issuer' }),
    ]);
    expect(brief(awards)).toEqual([['cá nhân', 7, 'huyện', 'điển hình']]);
    expect(awards[0]!.rule).toBe('award.count+level.stated');
  });

  it.each([
    ['the generic form', 'khen thưởng'],
    ['no form', null],
  ])('"điển hình" told later replaces %s', (_why, first) => {
    const { awards } = assemble([
      fact({ recipient_type: 'cá nhân', count: 7, sentence: 1, pos: 100, award: first }),
      fact({ recipient_type: 'cá nhân', count: 7, sentence: 2, pos: 200, award: 'điển hình' }),
    ]);
    expect(brief(awards)).toEqual([['cá nhân', 7, null, 'điển hình']]);
  });

  it('an untyped count told twice is one entry, and --debug says so', () => {
    const { awards, debug } = assemble([
      fact({ recipient_type: null, count: 20, sentence: 1, pos: 100 }),
      fact({ recipient_type: null, count: 20, sentence: 2, pos: 200 }),
    ]);
    expect(brief(awards)).toEqual([[null, 20, null, 'điển hình']]);
    expect(debug).toEqual(['award 20 ∅ merged: told again in sentence 2']);
  });
});

describe('assemble: totals and their parts', () => {
  it('an untyped total of typed counts is dropped, and --debug says so', () => {
    const { awards, debug } = assemble([
      fact({ recipient_type: null, count: 20, sentence: 1, pos: 100 }),
      fact({ recipient_type: 'tập thể', count: 8, sentence: 2, pos: 200 }),
      fact({ recipient_type: 'cá nhân', count: 12, sentence: 2, pos: 250 }),
    ]);
    expect(brief(awards)).toEqual([['tập thể', 8, null, 'điển hình'], ['cá nhân', 12, null, 'điển hình']]);
    expect(debug).toEqual(['award 20 ∅ dropped: total of 8 + 12']);
  });

  it('an untyped count is no part of a combined total', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể, cá nhân', count: 30, sentence: 1, pos: 100 }),
      fact({ recipient_type: 'tập thể', count: 20, sentence: 2, pos: 200 }),
      fact({ recipient_type: null, count: 10, sentence: 3, pos: 300 }),
    ]);
    expect(awards.map((a) => a.count)).toEqual([30, 20, 10]);
  });

  it('a combined count is no part of another total', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 12, sentence: 1, pos: 100 }),
      fact({ recipient_type: 'cá nhân', count: 8, sentence: 1, pos: 150 }),
      fact({ recipient_type: 'tập thể, cá nhân', count: 20, sentence: 2, pos: 200 }),
      fact({ recipient_type: null, count: 32, sentence: 3, pos: 300 }),
    ]);
    // 20 = 12 + 8 is dropped; 32 is not 12 + 20
    expect(awards.map((a) => a.count)).toEqual([12, 8, 32]);
  });

  it('a breakdown mark before the count is not after it', () => {
    const texts = { 1: 'Cụ thể, huyện tuyên dương 30 tập thể điển hình.' };
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 30, sentence: 1, pos: 100, localEnd: 36 }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 2, pos: 200 }),
      fact({ recipient_type: 'tập thể', count: 18, sentence: 3, pos: 300 }),
    ], texts);
    expect(awards.map((a) => a.count)).toEqual([30, 12, 18]);
  });

  it('parts up to six sentences after the total are its breakdown', () => {
    const texts = { 1: 'Tuyên dương 30 tập thể, trong đó:' };
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 30, sentence: 1, pos: 100, localEnd: 22 }),
      fact({ recipient_type: 'tập thể', count: 12, sentence: 6, pos: 600 }),
      fact({ recipient_type: 'tập thể', count: 18, sentence: 7, pos: 700 }),
    ], texts);
    expect(awards.map((a) => a.count)).toEqual([12, 18]);
  });
});

describe('assemble: a headline total of combined and typed counts', () => {
  it('drops a headline total that sums a combined count and typed counts of the body', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể, cá nhân', count: 380, sentence: 0, pos: 10, headline: true }),
      fact({ recipient_type: 'tập thể, cá nhân', count: 45, sentence: 3, pos: 300 }),
      fact({ recipient_type: 'tập thể', count: 120, sentence: 3, pos: 350 }),
      fact({ recipient_type: 'cá nhân', count: 215, sentence: 3, pos: 380 }),
    ]);
    expect(brief(awards).map((a) => a[1])).toEqual([45, 120, 215]);
  });

  it('keeps a combined count of the body that other combined counts happen to sum', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể, cá nhân', count: 30, sentence: 2, pos: 200 }),
      fact({ recipient_type: 'tập thể, cá nhân', count: 10, sentence: 3, pos: 300 }),
      fact({ recipient_type: 'tập thể, cá nhân', count: 20, sentence: 4, pos: 400 }),
    ]);
    expect(brief(awards).map((a) => a[1])).toEqual([30, 10, 20]);
  });
});

describe('assemble: a combined count of the body and typed counts of other levels', () => {
  it('keeps a combined count whose sum by typed counts would mix levels', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 12, sentence: 3, pos: 300, level: 'thành phố' }),
      fact({ recipient_type: 'cá nhân', count: 15, sentence: 3, pos: 320, level: 'thành phố' }),
      fact({ recipient_type: 'tập thể, cá nhân', count: 27, sentence: 3, pos: 360, level: 'quận' }),
    ]);
    expect(brief(awards).map((a) => a[1])).toEqual([12, 15, 27]);
  });

  it('keeps a combined count of the body that only counts of one type would sum', () => {
    const { awards } = assemble([
      fact({ recipient_type: 'tập thể', count: 12, sentence: 3, pos: 300, level: 'xã', award: 'giấy khen' }),
      fact({ recipient_type: 'tập thể, cá nhân', count: 16, sentence: 3, pos: 360, level: 'xã', award: 'khen thưởng' }),
      fact({ recipient_type: 'tập thể', count: 4, sentence: 5, pos: 500, level: 'xã' }),
    ]);
    expect(brief(awards).map((a) => a[1])).toEqual([12, 16, 4]);
  });

  it('drops a combined total of the same level, or of none', () => {
    for (const level of ['quận', null] as const) {
      const { awards } = assemble([
        fact({ recipient_type: 'tập thể', count: 12, sentence: 3, pos: 300, level: 'quận' }),
        fact({ recipient_type: 'cá nhân', count: 15, sentence: 3, pos: 320, level: 'quận' }),
        fact({ recipient_type: 'tập thể, cá nhân', count: 27, sentence: 4, pos: 400, level }),
      ]);
      expect(brief(awards).map((a) => a[1])).toEqual([12, 15]);
    }
  });
});
