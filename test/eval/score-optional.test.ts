// Optional awards in the gold (src/eval/score.ts): extracting one is no error; one told with an
// approximate number ("hơn 20 tập thể") may leave its count out, and then any count of its kind is
// no error — but not a count of another kind.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { scoreFile } from '../../src/eval/score.js';
import { Gold } from '../../src/schema.js';

const record = extract('Huyện ủy tổng kết công tác dân vận\nDịp này, Huyện ủy tặng Giấy khen cho hơn 20 tập thể có thành tích xuất sắc.', { file: 't.txt' });
const gold = (optional: unknown[]): Gold => Gold.parse({ file: 't.txt', date: null, officials: [], awards: [], optional: { officials: [], awards: optional } });

describe('optional awards, scored', () => {
  it('the award is found: its count is what the text says', () => {
    expect(record.awards.map((a) => [a.recipient_type, a.count])).toEqual([['tập thể', 20]]);
  });
  it('an optional award with its count: the same count is no error', () => {
    expect(scoreFile(record, gold([{ recipient_type: 'tập thể', count: 20 }])).awards).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
  it('an optional award without a count: any count of its kind is no error', () => {
    expect(scoreFile(record, gold([{ recipient_type: 'tập thể', level: 'huyện', award: 'giấy khen' }])).awards).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
  it('… but a count of another kind is an error', () => {
    const s = scoreFile(record, gold([{ recipient_type: 'cá nhân', level: 'huyện', award: 'giấy khen' }]));
    expect(s.awards).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
  it('a gold file with no count in a required award is refused', () => {
    expect(Gold.safeParse({ file: 't.txt', date: null, officials: [], awards: [{ recipient_type: 'tập thể' }] }).success).toBe(false);
  });
});
