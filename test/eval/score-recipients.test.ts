// The names given for awards, scored against the gold (src/eval/score.ts): those of paired
// awards against each other in NFC with one tone placement, an extra award's names as false,
// a missed award's as missed.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { scoreFile } from '../../src/eval/score.js';
import { summarize } from '../../src/eval/report.js';
import { Gold } from '../../src/schema.js';

const TEXT = 'Huyện ủy tổng kết phong trào thi đua “Dân vận khéo”\n'
  + 'Dịp này, Huyện ủy tặng Giấy khen cho 2 cá nhân: ông Lê Văn Tám và bà Trần Thị Hoà; tặng Giấy khen cho 5 tập thể có thành tích xuất sắc.';
const record = extract(TEXT, { file: 't.txt' });
const gold = (awards: unknown[]): Gold => Gold.parse({ file: 't.txt', date: null, organizer: null, officials: [], awards, optional: { officials: [], awards: [] } });

describe('recipients of awards, scored', () => {
  it('names of a paired award match in NFC with either tone placement', () => {
    const s = scoreFile(record, gold([
      { recipient_type: 'cá nhân', count: 2, level: 'huyện', award: 'giấy khen', recipients: ['Lê Văn Tám', 'Trần Thị Hòa'] },
      { recipient_type: 'tập thể', count: 5, level: 'huyện', award: 'giấy khen' },
    ]));
    expect(s.recipients).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('a name the gold does not give is false, a name it gives that is not found is missed', () => {
    const s = scoreFile(record, gold([
      { recipient_type: 'cá nhân', count: 2, level: 'huyện', award: 'giấy khen', recipients: ['Lê Văn Tám', 'Phạm Văn Đức'] },
      { recipient_type: 'tập thể', count: 5, level: 'huyện', award: 'giấy khen', recipients: ['Chi bộ ấp 3'] },
    ]));
    expect(s.recipients).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(s.misses).toEqual(expect.arrayContaining([
      'extra recipient of 2 cá nhân: Trần Thị Hoà',
      'missed recipient of 2 cá nhân: Phạm Văn Đức',
      'missed recipient of 5 tập thể: Chi bộ ấp 3',
    ]));
  });

  it('an extra award\'s names are false, a missed award\'s are missed; the metric is their F1', () => {
    const s = scoreFile(record, gold([
      { recipient_type: 'tập thể', count: 5, level: 'huyện', award: 'giấy khen' },
      { recipient_type: 'gia đình', count: 1, level: 'huyện', award: 'giấy khen', recipients: ['Đỗ Văn Sáu'] },
    ]));
    expect(s.recipients).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(summarize([s], [], []).metrics.recipient_f1).toBe(0);
  });
});
