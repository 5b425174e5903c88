// Tabs, Duckling style: the tabs between the cells of a table row become a pipe; any other
// tab is a space (src/text/normalize.ts).
import { describe, expect, it } from 'vitest';
import { normalize, sourceSpan } from '../../src/text/normalize.js';

const FORMS: Array<[string, string, string]> = [
  ['a table row, three cells', '1\tChi đoàn thôn Tây\tĐường hoa', '1 | Chi đoàn thôn Tây | Đường hoa'],
  ['a header row, tabs and spaces around them (two tabs hold an empty cell)', 'STT \tHọ và tên\t\tBộ phận', 'STT | Họ và tên | | Bộ phận'],
  ['a row with an empty cell: two tabs in a row, the line a row by them alone', 'Danh hiệu Chiến sĩ thi đua cơ sở\t\t6', 'Danh hiệu Chiến sĩ thi đua cơ sở | | 6'],
  ['a tab after a list marker: indentation', '-\tÔng Lò Văn Hùng, Trưởng bản', '- Ông Lò Văn Hùng, Trưởng bản'],
  ['one tab inside a line: a space', 'Tặng Giấy khen\tcho 5 hộ.', 'Tặng Giấy khen cho 5 hộ.'],
  ['a tab at the start or end of a line: dropped', '\tDanh sách\t\n1\tA\tB', 'Danh sách\n1 | A | B'],
];

describe('normalize: tabs', () => {
  it.each(FORMS)('%s', (_why, source, text) => {
    expect(normalize(source).text).toBe(text);
  });
  it('writes every tab of a long row as a pipe', () => {
    const text = normalize(`${'Xã Tân Lập\t'.repeat(5000)}Xã Hòa Bình`).text;
    expect(text.split(' | ')).toHaveLength(5001);
  });
  it('maps a cell back to its place in the source', () => {
    const source = '1\tChi đoàn thôn Tây\tĐường hoa';
    const norm = normalize(source);
    const at = norm.text.indexOf('Chi');
    const span = sourceSpan(norm, at, at + 'Chi đoàn thôn Tây'.length);
    expect(source.slice(span.start, span.end)).toBe('Chi đoàn thôn Tây');
  });
});
