// More award-table layouts, Duckling style (src/extract/award/table.ts): where the word of
// honour stands, rows whose label names no form or several, tables that follow each other,
// and what breaks a table (blank lines, a cut last row, page debris).
import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/extract/award/table.js';
import { splitSentences } from '../../src/text/sentences.js';

type Row = [string, string | null, string | null, Array<[string, number, string]>];
function rows(lines: string[]): Row[] {
  // (the lines a table holds with no count of their own, its header, are left out)
  return findTables(splitSentences(lines.join('\n'))).filter((r) => r.cells.length > 0).map((r) => [r.sentence.text, r.level, r.award, r.cells.map((c) => [c.type, c.count, r.sentence.text.slice(c.start, c.end)] as [string, number, string])]);
}
// a vertical row: every cell's evidence is its label line
const v = (label: string, level: string | null, award: string, cells: Array<[string, number]>): Row => [label, level, award, cells.map(([t, n]) => [t, n, label])];

const VERTICAL: Array<[string, string[], Row[]]> = [
  ['the word of honour two lines above the header; labels with a tier and no form', [
    'Kết quả khen thưởng',
    'phong trào “Dân vận khéo” năm 2023',
    'Tập thể',
    'Cá nhân',
    'Cấp tỉnh',
    '3',
    '4',
    'Cấp huyện',
    '12',
    '1.200',
  ], [v('Cấp tỉnh', 'tỉnh', 'khen thưởng', [['tập thể', 3], ['cá nhân', 4]]), v('Cấp huyện', 'huyện', 'khen thưởng', [['tập thể', 12], ['cá nhân', 1200]])]],
  ['a blank line between the word of honour and the header', [
    'Khen thưởng',
    '',
    'Tập thể',
    'Cá nhân',
    'Bằng khen của UBND tỉnh',
    '3',
    '4',
  ], [v('Bằng khen của UBND tỉnh', 'tỉnh', 'bằng khen', [['tập thể', 3], ['cá nhân', 4]])]],
  ['two tables, each under its own caption', [
    'Khen thưởng cấp tỉnh',
    'Tập thể',
    'Cá nhân',
    'Bằng khen của UBND tỉnh',
    '3',
    '4',
    'Khen thưởng cấp huyện',
    'Tập thể',
    'Cá nhân',
    'Giấy khen của UBND huyện',
    '12',
    '20',
  ], [v('Bằng khen của UBND tỉnh', 'tỉnh', 'bằng khen', [['tập thể', 3], ['cá nhân', 4]]), v('Giấy khen của UBND huyện', 'huyện', 'giấy khen', [['tập thể', 12], ['cá nhân', 20]])]],
  ['a label naming several forms: the highest wins, wherever it stands', [
    'Khen thưởng',
    'Tập thể',
    'Cá nhân',
    'Giấy khen kèm phần thưởng',
    '2',
    '3',
    'Điển hình tiêu biểu được tặng Giấy khen',
    '5',
    '7',
  ], [v('Giấy khen kèm phần thưởng', null, 'giấy khen', [['tập thể', 2], ['cá nhân', 3]]), v('Điển hình tiêu biểu được tặng Giấy khen', null, 'giấy khen', [['tập thể', 5], ['cá nhân', 7]])]],
  ['a last row cut short is dropped', [
    'Danh sách khen thưởng',
    'Tập thể',
    'Cá nhân',
    'Bằng khen của UBND tỉnh',
    '3',
    '4',
    'Giấy khen của UBND huyện',
    '5',
  ], [v('Bằng khen của UBND tỉnh', 'tỉnh', 'bằng khen', [['tập thể', 3], ['cá nhân', 4]])]],
  ['a blank line ends the table', [
    'Danh sách khen thưởng',
    'Tập thể',
    'Cá nhân',
    'Bằng khen của UBND tỉnh',
    '3',
    '4',
    '',
    'Giấy khen của UBND huyện',
    '5',
    '7',
  ], [v('Bằng khen của UBND tỉnh', 'tỉnh', 'bằng khen', [['tập thể', 3], ['cá nhân', 4]])]],
];

const ARTICLE = 'Sáng 12/10, Huyện ủy tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2023 với sự tham dự của đông đảo đại biểu các xã, thị trấn trên địa bàn huyện và các cơ quan, đơn vị.';

const NOT_VERTICAL: Array<[string, string[]]> = [
  ['labels split by a blank line are no header', ['Khen thưởng', 'Tập thể', '', 'Cá nhân', 'Bằng khen của UBND tỉnh', '3', '4']],
  ['a header on the first line, with no word of honour above it', ['Tập thể', 'Cá nhân', 'Bằng khen của UBND tỉnh', '3', '4']],
  ['a header with no rows under it', ['Danh sách khen thưởng', 'Tập thể', 'Cá nhân']],
  ['numbers cut from their label by a blank line', ['Danh sách khen thưởng', 'Tập thể', 'Cá nhân', 'Bằng khen của UBND tỉnh', '', '3', '4']],
  ['a table in the page debris after the article', [ARTICLE, 'Tin liên quan', 'Kết quả khen thưởng', 'Tập thể', 'Cá nhân', 'Bằng khen của UBND tỉnh', '3', '4']],
];

const HORIZONTAL: Array<[string, string[], Row[]]> = [
  ['the word of honour in the line above a plain header; labels with a tier and no form', [
    'Kết quả khen thưởng năm 2023:',
    'Nội dung | Tập thể | Cá nhân',
    'Cấp tỉnh | 3 | 4',
    'Cấp huyện | 12 | 20',
  ], [
    ['Cấp tỉnh | 3 | 4', 'tỉnh', 'khen thưởng', [['tập thể', 3, '3'], ['cá nhân', 4, '4']]],
    ['Cấp huyện | 12 | 20', 'huyện', 'khen thưởng', [['tập thể', 12, '12'], ['cá nhân', 20, '20']]],
  ]],
  ['a number ending the label is not a cell; thousands with dots; several forms in a label', [
    'Hình thức khen thưởng | Tập thể | Cá nhân',
    'Điển hình tiêu biểu được tặng Giấy khen | 5 | 7',
    'Giấy khen kèm phần thưởng | 2 | 3',
    'Giấy khen của Chủ tịch UBND Phường 5 | 3 | 4',
    'Bằng khen của UBND tỉnh | 45 | 10.250',
  ], [
    ['Điển hình tiêu biểu được tặng Giấy khen | 5 | 7', null, 'giấy khen', [['tập thể', 5, '5'], ['cá nhân', 7, '7']]],
    ['Giấy khen kèm phần thưởng | 2 | 3', null, 'giấy khen', [['tập thể', 2, '2'], ['cá nhân', 3, '3']]],
    ['Giấy khen của Chủ tịch UBND Phường 5 | 3 | 4', 'phường', 'giấy khen', [['tập thể', 3, '3'], ['cá nhân', 4, '4']]],
    ['Bằng khen của UBND tỉnh | 45 | 10.250', 'tỉnh', 'bằng khen', [['tập thể', 45, '45'], ['cá nhân', 10250, '10.250']]],
  ]],
];

// forms as columns, kinds as rows: each number is the row's kind under the column's form and giver
const FORM_COLUMNS: Array<[string, string[], Row[]]> = [
  ['a header of forms, a "-" cell and a total row', [
    'Kết quả khen thưởng tại đại hội:',
    '| Đối tượng | Bằng khen của Chủ tịch UBND tỉnh | Giấy khen của Chủ tịch UBND huyện |',
    '|---|---|---|',
    '| Tập thể | 4 | 15 |',
    '| Hộ gia đình | - | 6 |',
    '| Tổng cộng | 4 | 21 |',
  ], [
    ['| Tập thể | 4 | 15 |', 'tỉnh', 'bằng khen', [['tập thể', 4, '4']]],
    ['| Tập thể | 4 | 15 |', 'huyện', 'giấy khen', [['tập thể', 15, '15']]],
    ['| Hộ gia đình | - | 6 |', 'huyện', 'giấy khen', [['gia đình', 6, '6']]],
  ]],
];
const NOT_FORM_COLUMNS: Array<[string, string[]]> = [
  ['the forms proposed, not given', [
    'Hội đồng thống nhất đề nghị cấp trên khen thưởng như sau:',
    '| Đối tượng | Bằng khen của Thủ tướng Chính phủ | Bằng khen của Bộ trưởng |',
    '| Tập thể | 2 | 5 |',
  ]],
];

describe('table layouts: forms as columns', () => {
  it.each(FORM_COLUMNS)('%s', (_name, lines, expected) => expect(rows(lines)).toEqual(expected));
  it.each(NOT_FORM_COLUMNS)('none: %s', (_name, lines) => expect(rows(lines)).toEqual([]));
});

describe('table layouts: one cell per line', () => {
  it.each(VERTICAL)('%s', (_name, lines, expected) => expect(rows(lines)).toEqual(expected));
});

describe('table layouts: one cell per line, negative corpus', () => {
  it.each(NOT_VERTICAL)('%s', (_name, lines) => expect(rows(lines)).toEqual([]));
});

describe('table layouts: one row per line', () => {
  it.each(HORIZONTAL)('%s', (_name, lines, expected) => expect(rows(lines)).toEqual(expected));
});
