// Combined totals are checked against sums of other counts; a hostile list of counts that
// sum to none of them must not make that search exponential (it is bounded).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('combined totals against many counts', () => {
  it('24 typed counts and 20 combined ones that sum to none finish, and keep every fact', () => {
    let text = 'Tuyên dương điển hình\n';
    for (let i = 0; i < 24; i++) text += `Hội nghị tuyên dương ${101 + i * 7} tập thể. `;
    for (let i = 0; i < 20; i++) text += `Khen thưởng ${9973 + i} tập thể, cá nhân. `;
    const awards = extract(text, { file: 'x.txt' }).awards;
    expect(awards.filter((a) => a.recipient_type === 'tập thể')).toHaveLength(24);
    expect(awards.filter((a) => a.recipient_type === 'tập thể, cá nhân')).toHaveLength(20);
  }, 60_000);
});
