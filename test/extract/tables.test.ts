// Award tables flattened to text, Duckling style: each layout → its rows (label, level, form,
// one count per recipient column), and what is no table → no row (src/extract/award/table.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findTables } from '../../src/extract/award/table.js';
import { splitSentences } from '../../src/text/sentences.js';

type Row = [string, string | null, string | null, Array<[string, number, string]>];
function rows(text: string): Row[] {
  // (the lines a table holds with no count of their own, its header, are left out)
  return findTables(splitSentences(text)).filter((r) => r.cells.length > 0).map((r) => [r.sentence.text, r.level, r.award, r.cells.map((c) => [c.type, c.count, r.sentence.text.slice(c.start, c.end)] as [string, number, string])]);
}

const HORIZONTAL: Array<[string, string, Row[]]> = [
  ['a column of the row\'s total after the kinds\' is no kind', [
    'Kết quả khen thưởng như sau:',
    '| Hình thức khen thưởng | Tập thể | Cá nhân | Cộng |',
    '| Bằng khen của Ban Chấp hành LĐLĐ tỉnh | 2 | 5 | 7 |',
    '| Giấy khen của LĐLĐ thị xã Pa Lìn | 3 | 9 | 12 |',
    '| Cộng | 5 | 14 | 19 |',
  ].join('\n'), [
    ['| Bằng khen của Ban Chấp hành LĐLĐ tỉnh | 2 | 5 | 7 |', 'tỉnh', 'bằng khen', [['tập thể', 2, '2'], ['cá nhân', 5, '5']]],
    ['| Giấy khen của LĐLĐ thị xã Pa Lìn | 3 | 9 | 12 |', 'thị xã', 'giấy khen', [['tập thể', 3, '3'], ['cá nhân', 9, '9']]],
  ]],
  ['rows of units under one honour told above: the total row is the honour\'s counts', [
    'Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho các tập thể, cá nhân như sau:',
    '| Đảng bộ, chi bộ cơ sở | Tập thể | Cá nhân |',
    '| Đảng bộ Sở Y tế | 2 | 4 |',
    '| Chi bộ Ban Dân tộc tỉnh | 1 | 2 |',
    '| Các chi bộ cơ sở khác | 3 | 7 |',
    '| Cộng | 6 | 13 |',
  ].join('\n'), [
    ['| Cộng | 6 | 13 |', 'khối', 'giấy khen', [['tập thể', 6, '6'], ['cá nhân', 13, '13']]],
  ]],
  // (as tabs are written once normalized: see test/text/normalize.test.ts)
  ['a row with an empty cell: its one number is of the column it stands in', [
    'Dịp này, nhiều tập thể, cá nhân được khen thưởng:',
    'Hình thức khen thưởng | Tập thể | Cá nhân',
    'Giấy khen của Giám đốc Công an tỉnh | 2 | 3',
    'Danh hiệu "Chiến sĩ thi đua cơ sở" (Trưởng Công an thành phố tặng) | | 6',
    'Khen thưởng của Trưởng Công an thành phố | 4 | 10',
  ].join('\n'), [
    ['Giấy khen của Giám đốc Công an tỉnh | 2 | 3', 'tỉnh', 'giấy khen', [['tập thể', 2, '2'], ['cá nhân', 3, '3']]],
    ['Danh hiệu "Chiến sĩ thi đua cơ sở" (Trưởng Công an thành phố tặng) | | 6', 'cơ sở', 'chiến sĩ thi đua', [['cá nhân', 6, '6']]],
    ['Khen thưởng của Trưởng Công an thành phố | 4 | 10', 'thành phố', 'khen thưởng', [['tập thể', 4, '4'], ['cá nhân', 10, '10']]],
  ]],
  ['a title with no giver takes the giver\'s level from the lead above the header', [
    'Dịp này, Tổng Giám đốc công ty quyết định công nhận danh hiệu thi đua và khen thưởng năm 2015 như sau:',
    '| Danh hiệu, hình thức | Tập thể | Cá nhân |',
    '| Lao động tiên tiến | – | 640 |',
  ].join('\n'), [
    ['| Lao động tiên tiến | – | 640 |', 'cơ sở', 'lao động tiên tiến', [['cá nhân', 640, '640']]],
  ]],
  ['pipes, a total row skipped', [
    'Kết quả khen thưởng như sau:',
    'STT | Hình thức khen thưởng | Số tập thể | Số cá nhân',
    '1 | Bằng khen của Chủ tịch UBND tỉnh | 3 | 4',
    '2 | Giấy khen của Chủ tịch UBND huyện | 12 | 20',
    'Tổng cộng | | 15 | 24',
  ].join('\n'), [
    ['1 | Bằng khen của Chủ tịch UBND tỉnh | 3 | 4', 'tỉnh', 'bằng khen', [['tập thể', 3, '3'], ['cá nhân', 4, '4']]],
    ['2 | Giấy khen của Chủ tịch UBND huyện | 12 | 20', 'huyện', 'giấy khen', [['tập thể', 12, '12'], ['cá nhân', 20, '20']]],
  ]],
  ['spaces, a dash for none, thousands with dots, a stated level', [
    'Hình thức Tập thể Cá nhân Hộ gia đình',
    'Điển hình cấp huyện 12 1.200 -',
    'Khen thưởng 5 0 7',
  ].join('\n'), [
    ['Điển hình cấp huyện 12 1.200 -', 'huyện', 'điển hình', [['tập thể', 12, '12'], ['cá nhân', 1200, '1.200']]],
    ['Khen thưởng 5 0 7', null, 'khen thưởng', [['tập thể', 5, '5'], ['gia đình', 7, '7']]],
  ]],
  ['pipes at both ends of each row, a "Cộng" row skipped', [
    'Kết quả khen thưởng:',
    '| Hình thức khen thưởng | Tập thể | Cá nhân |',
    '| Giấy khen của Hội CCB tỉnh | 4 | 9 |',
    '| Cộng | 4 | 9 |',
  ].join('\n'), [
    ['| Giấy khen của Hội CCB tỉnh | 4 | 9 |', 'tỉnh', 'giấy khen', [['tập thể', 4, '4'], ['cá nhân', 9, '9']]],
  ]],
  ['an en or an em dash for none', [
    'Các tập thể, cá nhân được khen thưởng như sau:',
    'Hình thức | Tập thể | Cá nhân',
    'Cờ thi đua của UBND tỉnh | 1 | –',
    'Giấy khen của Chủ tịch UBND huyện | — | 6',
  ].join('\n'), [
    ['Cờ thi đua của UBND tỉnh | 1 | –', 'tỉnh', 'cờ thi đua', [['tập thể', 1, '1']]],
    ['Giấy khen của Chủ tịch UBND huyện | — | 6', 'huyện', 'giấy khen', [['cá nhân', 6, '6']]],
  ]],
  ['empty cells in the row', [
    'Danh sách khen thưởng',
    'Hình thức | Tập thể | Cá nhân',
    'Bằng khen của Ban Thường vụ Tỉnh ủy | | 15 | 22',
  ].join('\n'), [
    ['Bằng khen của Ban Thường vụ Tỉnh ủy | | 15 | 22', 'tỉnh', 'bằng khen', [['tập thể', 15, '15'], ['cá nhân', 22, '22']]],
  ]],
  ['the table ends at a row with too few numbers', [
    'Hình thức khen thưởng | Tập thể | Cá nhân',
    'Giấy khen | 2 | 3',
    'Ghi chú | 1',
    'Bằng khen | 4 | 5',
  ].join('\n'), [
    ['Giấy khen | 2 | 3', null, 'giấy khen', [['tập thể', 2, '2'], ['cá nhân', 3, '3']]],
  ]],
];

const VERTICAL: Array<[string, string, Row[]]> = [
  ['one cell per line', [
    'Hình thức khen thưởng',
    'Tập thể',
    'Cá nhân',
    'Bằng khen của UBND Thành phố',
    '02',
    '03',
    'Giấy khen của UBND quận',
    '5',
    '-',
    'Tổng cộng',
    '7',
    '3',
  ].join('\n'), [
    ['Bằng khen của UBND Thành phố', 'thành phố', 'bằng khen', [['tập thể', 2, 'Bằng khen của UBND Thành phố'], ['cá nhân', 3, 'Bằng khen của UBND Thành phố']]],
    ['Giấy khen của UBND quận', 'quận', 'giấy khen', [['tập thể', 5, 'Giấy khen của UBND quận']]],
  ]],
  ['"Số …" labels', [
    'Danh sách tuyên dương',
    'Số tập thể',
    'Số cá nhân',
    'Điển hình cấp xã',
    '4',
    '9',
  ].join('\n'), [
    ['Điển hình cấp xã', 'xã', 'điển hình', [['tập thể', 4, 'Điển hình cấp xã'], ['cá nhân', 9, 'Điển hình cấp xã']]],
  ]],
  ['a household column with a qualifier: "Hộ nông dân"', [
    'Hình thức khen thưởng',
    'Tập thể',
    'Hộ nông dân',
    'Giấy khen của Ban Thường vụ Hội Nông dân huyện',
    '6',
    '21',
  ].join('\n'), [
    ['Giấy khen của Ban Thường vụ Hội Nông dân huyện', 'huyện', 'giấy khen', [['tập thể', 6, 'Giấy khen của Ban Thường vụ Hội Nông dân huyện'], ['gia đình', 21, 'Giấy khen của Ban Thường vụ Hội Nông dân huyện']]],
  ]],
];

// one line a form and a recipient type, the count after a colon
const TYPED_LINES: Array<[string, string, Row[]]> = [
  ['after a line about honours', [
    'Kết quả khen thưởng như sau:',
    'Bằng khen của Chủ tịch UBND tỉnh – tập thể: 4',
    'Giấy khen của Ban Thường vụ Huyện ủy - cá nhân: 1.250',
  ].join('\n'), [
    ['Bằng khen của Chủ tịch UBND tỉnh – tập thể: 4', 'tỉnh', 'bằng khen', [['tập thể', 4, '4']]],
    ['Giấy khen của Ban Thường vụ Huyện ủy - cá nhân: 1.250', 'huyện', 'giấy khen', [['cá nhân', 1250, '1.250']]],
  ]],
  ['given on a proposal', [
    'Theo đề nghị của Hội đồng Thi đua, UBND huyện khen thưởng như sau:',
    'Giấy khen của Chủ tịch UBND huyện – tập thể: 6',
  ].join('\n'), [
    ['Giấy khen của Chủ tịch UBND huyện – tập thể: 6', 'huyện', 'giấy khen', [['tập thể', 6, '6']]],
  ]],
];

const NOT_TABLES: Array<[string, string]> = [
  ['a column of the kind and one of the number, registrations', 'Kết quả đăng ký thi đua năm 2024:\nSTT | Đơn vị | Đối tượng | Số lượng\n1 | Xã Tân An | Hộ gia đình | 120'],
  ['no word of honour near the header', 'Thống kê dân số\nTập thể | Cá nhân\nXã A | 3 | 4'],
  ['one column only', 'Khen thưởng\nHình thức | Tập thể\nBằng khen | 3'],
  ['a header with numbers is a row', 'Khen thưởng năm 2023 | Tập thể | Cá nhân\nBằng khen | 3 | 4'],
  ['a blank line after the header', 'Hình thức khen thưởng | Tập thể | Cá nhân\n\nBằng khen | 3 | 4'],
  ['vertical, no honour word', 'Thống kê\nTập thể\nCá nhân\nXã A\n3\n4'],
  ['vertical, a label that is a number', 'Khen thưởng\nTập thể\nCá nhân\n5\n3\n4'],
  ['vertical, a cell that is not a number', 'Khen thưởng\nTập thể\nCá nhân\nBằng khen\n3\nba'],
  ['vertical, a label with other words after it', 'Khen thưởng\nTập thể\nHộ nghèo được hỗ trợ\nBằng khen\n3\n4'],
  ['typed lines of something else', 'Số liệu năm 2022:\nXã Tân Lập – hộ: 1.250\nXã Tân Hòa – hộ: 980'],
  ['prose', 'Hội nghị tuyên dương 24 tập thể, 23 cá nhân điển hình cấp quận.'],
  ['two cells a row under a lead that proposes', 'Hội đồng thống nhất đề nghị UBND huyện khen thưởng như sau:\n| Tập thể | 6 |\n| Hộ nông dân | 35 |'],
  ['two cells a row under a lead of registrations', 'Kết quả đăng ký thi đua năm 2024:\n| Tập thể | 6 |\n| Hộ gia đình | 120 |'],
  ['proposals in a table', 'Hội đồng thống nhất đề nghị cấp trên khen thưởng như sau:\nHình thức | Tập thể | Cá nhân\nBằng khen của Chủ tịch UBND tỉnh | 3 | 7'],
  ['proposals a cell per line', 'Ban Thi đua đề xuất khen thưởng như sau:\nTập thể\nCá nhân\nBằng khen của Bộ trưởng\n2\n5'],
  ['proposals one form and type a line', 'Danh sách đề nghị khen thưởng:\nBằng khen của Chủ tịch UBND tỉnh – tập thể: 4\nGiấy khen của UBND huyện - cá nhân: 11'],
];

const KIND_AND_NUMBER: Array<[string, string, Row[]]> = [
  ['a column of the kind and one of the number, a total row skipped', [
    'Dịp này, phường đã khen thưởng các tập thể, cá nhân như sau:',
    'STT | Hình thức khen thưởng | Đối tượng | Số lượng',
    '1 | Giấy khen của Ban Thường vụ Đảng ủy phường | Tập thể | 8',
    '2 | Giấy khen của UBND phường | Hộ gia đình | 5',
    '  | Tổng cộng | | 13',
  ].join('\n'), [
    ['1 | Giấy khen của Ban Thường vụ Đảng ủy phường | Tập thể | 8', 'phường', 'giấy khen', [['tập thể', 8, '8']]],
    ['2 | Giấy khen của UBND phường | Hộ gia đình | 5', 'phường', 'giấy khen', [['gia đình', 5, '5']]],
  ]],
  ['rows of the kind alone take the form and giver of the lead above the table', [
    'Giám đốc Công ty tặng Giấy khen cho các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ năm 2018:',
    '| Đối tượng | Số lượng |',
    '| Tập thể | 14 |',
    '| Cá nhân | 93 |',
    '| Cộng | 107 |',
  ].join('\n'), [
    ['| Tập thể | 14 |', 'cơ sở', 'giấy khen', [['tập thể', 14, '14']]],
    ['| Cá nhân | 93 |', 'cơ sở', 'giấy khen', [['cá nhân', 93, '93']]],
  ]],
  ['two cells a row and no header, right under the lead that gives the honour; the total row skipped', [
    'UBND huyện tặng Giấy khen cho các tập thể, hộ nông dân tiêu biểu năm 2020:',
    '| Tập thể | 6 |',
    '| Hộ nông dân | 35 |',
    '| Cộng | 41 |',
  ].join('\n'), [
    ['| Tập thể | 6 |', 'huyện', 'giấy khen', [['tập thể', 6, '6']]],
    ['| Hộ nông dân | 35 |', 'huyện', 'giấy khen', [['gia đình', 35, '35']]],
  ]],
  ['a kind told with what it stands out for: "Dòng họ học tập tiêu biểu"', [
    'UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích trong công tác khuyến học năm 2021 như sau:',
    '| Đối tượng | Số lượng |',
    '| Dòng họ học tập tiêu biểu | 4 |',
    '| Gia đình học tập tiêu biểu | 19 |',
    '| Cá nhân có thành tích xuất sắc | 11 |',
  ].join('\n'), [
    ['| Dòng họ học tập tiêu biểu | 4 |', 'huyện', 'giấy khen', [['tập thể', 4, '4']]],
    ['| Gia đình học tập tiêu biểu | 19 |', 'huyện', 'giấy khen', [['gia đình', 19, '19']]],
    ['| Cá nhân có thành tích xuất sắc | 11 |', 'huyện', 'giấy khen', [['cá nhân', 11, '11']]],
  ]],
  ['a kind with what it is in parentheses: "Tập thể (tổ sản xuất)"', [
    'Giám đốc Công ty tặng Giấy khen cho các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ năm 2023:',
    '| Đối tượng | Số lượng |',
    '|---|---|',
    '| Tập thể (tổ sản xuất) | 36 |',
    '| Cá nhân | 85 |',
    '| Tổng | 121 |',
  ].join('\n'), [
    ['| Tập thể (tổ sản xuất) | 36 |', 'cơ sở', 'giấy khen', [['tập thể', 36, '36']]],
    ['| Cá nhân | 85 |', 'cơ sở', 'giấy khen', [['cá nhân', 85, '85']]],
  ]],
  ['a kind named by any word for who is counted: "Chi hội", "Hội viên"', [
    'Hội LHPN quận tặng Giấy khen như sau:',
    '| Đối tượng | Số lượng |',
    '| Chi hội | 11 |',
    '| Hội viên | 27 |',
    '| Tổng | 38 |',
  ].join('\n'), [
    ['| Chi hội | 11 |', 'quận', 'giấy khen', [['tập thể', 11, '11']]],
    ['| Hội viên | 27 |', 'quận', 'giấy khen', [['cá nhân', 27, '27']]],
  ]],
  ['… a lead that closes no list gives them nothing', [
    'Giám đốc Công ty tặng Giấy khen cho các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ năm 2018.',
    '| Đối tượng | Số lượng |',
    '| Tập thể | 14 |',
  ].join('\n'), [
    ['| Tập thể | 14 |', null, 'khen thưởng', [['tập thể', 14, '14']]],
  ]],
];

describe('tables: one row per line', () => {
  it.each(HORIZONTAL)('%s', (_name, text, expected) => expect(rows(text)).toEqual(expected));
});

describe('tables: one cell per line', () => {
  it.each(VERTICAL)('%s', (_name, text, expected) => expect(rows(text)).toEqual(expected));
});

describe('tables: one form and type a line', () => {
  it.each(TYPED_LINES)('%s', (_name, text, expected) => expect(rows(text)).toEqual(expected));
});

describe('tables: a column of the kind, one of the number', () => {
  it.each(KIND_AND_NUMBER)('%s', (_name, text, expected) => expect(rows(text)).toEqual(expected));
});

describe('tables: negative corpus', () => {
  it.each(NOT_TABLES)('%s', (_name, text) => expect(rows(text)).toEqual([]));
});

// a table whose counts stand in its cells with their kinds is read row by row, as sentences: its
// total row, even with an empty first cell, is no count of its own
describe('tables: a total row read as a sentence', () => {
  it('"| | Cộng | | …" adds nothing to the rows above it', () => {
    const text = [
      'Công đoàn công ty tổng kết năm',
      '',
      'Ngày 10/1/2019, Công đoàn công ty tổ chức hội nghị tổng kết. Kết quả khen thưởng như sau:',
      '',
      '| STT | Hình thức khen thưởng | Cấp khen | Số lượng |',
      '| 1 | Bằng khen của LĐLĐ tỉnh | Tỉnh | 1 tập thể, 3 cá nhân |',
      '| 2 | Giấy khen của Giám đốc công ty | Cơ sở | 7 tập thể, 40 cá nhân |',
      '| | Cộng | | 8 tập thể, 43 cá nhân |',
    ].join('\n');
    expect(extract(text, { file: 't.txt' }).awards.map((a) => [a.recipient_type, a.count])).toEqual([['tập thể', 1], ['cá nhân', 3], ['tập thể', 7], ['cá nhân', 40]]);
  });
});
