// Count values, Duckling style: every way of writing a count → its value, and what is no
// count → null (src/extract/award/numbers.ts).
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/extract/award/numbers.js';

const FORMS: Array<[number, string[]]> = [
  [3, ['3', '03', '003', ' 3 ', 'ba']],
  [24, ['24', 'hai mươi tư', 'hai mươi bốn', 'Hai Mươi Tư']],
  [1200, ['1.200', '1200', 'một nghìn hai trăm', 'một ngàn hai trăm']],
  [1_200_000, ['1.200.000']],
  [10, ['10', 'mười']],
  [11, ['mười một']],
  [15, ['mười lăm', 'mười năm']],
  [20, ['hai mươi']],
  [21, ['hai mươi mốt', 'hai mươi một']],
  [25, ['hai mươi lăm', 'hai mươi nhăm']],
  [100, ['một trăm']],
  [105, ['một trăm linh năm', 'một trăm lẻ năm']],
  [120, ['một trăm hai mươi']],
  [2000, ['hai nghìn']],
  [3500, ['ba nghìn năm trăm']],
  [7, ['bảy', 'bẩy']],
  [0, ['0', 'không']],
];

const NEGATIVE = ['', 'trăm', 'mươi', 'nghìn', 'linh', 'tập thể', 'hai tập', '1.20', '12.3456', '1,200', '1.2.3', 'một hai x'];

describe('count values: forms', () => {
  it.each(FORMS.flatMap(([value, forms]) => forms.map((f) => [f, value] as const)))('%j → %d', (form, value) => {
    expect(parseCount(form)).toBe(value);
  });
});

describe('count values: negative corpus', () => {
  it.each(NEGATIVE)('%j → null', (form) => {
    expect(parseCount(form)).toBeNull();
  });
});
