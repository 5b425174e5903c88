// The organizer, scored against the gold (src/eval/score.ts): the whole name in NFC with one tone
// placement, whatever the case of its letters; a gold file without the field does not count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { scoreFile } from '../../src/eval/score.js';
import { summarize } from '../../src/eval/report.js';
import { Gold } from '../../src/schema.js';

const record = extract('Tuyên dương điển hình\n\nNgày 2/5, Đảng uỷ xã Vĩnh Hảo tổ chức hội nghị.', { file: 't.txt' });
const gold = (organizer?: string | null): Gold => Gold.parse({ file: 't.txt', date: null, ...(organizer === undefined ? {} : { organizer }), officials: [], awards: [], optional: { officials: [], awards: [] } });

describe('the organizer, scored', () => {
  it('matches with the other tone placement and another case', () => {
    expect(scoreFile(record, gold('Đảng ủy Xã Vĩnh Hảo')).organizer).toEqual({ right: 1, of: 1 });
  });

  it('another body, or null against a body, is wrong and said so', () => {
    const s = scoreFile(record, gold('Ủy ban MTTQ xã Vĩnh Hảo'));
    expect(s.organizer).toEqual({ right: 0, of: 1 });
    expect(s.misses).toContain('organizer Đảng uỷ xã Vĩnh Hảo ≠ Ủy ban MTTQ xã Vĩnh Hảo');
    expect(scoreFile(record, gold(null)).organizer).toEqual({ right: 0, of: 1 });
  });

  it('a gold file without the field does not count, and the accuracy is over those that have it', () => {
    expect(scoreFile(record, gold()).organizer).toEqual({ right: 0, of: 0 });
    const scores = [scoreFile(record, gold('Đảng ủy xã Vĩnh Hảo')), scoreFile(record, gold('Huyện ủy')), scoreFile(record, gold())];
    expect(summarize(scores, [], []).metrics.organizer_accuracy).toBe(0.5);
    expect(summarize(scores, [], []).counts.organizers).toBe(2);
  });
});
