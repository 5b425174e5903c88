// Properties of extract() for any text at all: it does not throw, every evidence span lies
// inside the text and is the text between its offsets, the record passes the schema, and
// the same text gives the same record. A fixed seed keeps failures reproducible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { Article } from '../../src/schema.js';

const SEED = 20_241_013;
// Stryker runs this for each mutant (npm run mutate): fewer runs there
const RUNS = process.env.STRYKER_MUTATOR_WORKER === undefined ? 300 : 30;

// Pieces of Vietnamese reports, and the debris archives hold: NBSP, combining marks (NFD),
// CRLF, zero-width spaces, a BOM, bullets, table pipes.
const WORDS = [
  'tập thể', 'cá nhân', 'gia đình', 'hộ gia đình', 'tập thể, cá nhân', 'điển hình', 'gương',
  'cấp huyện', 'cấp tỉnh', 'cấp cơ sở', 'cấp Thành phố', 'cấp ủy', 'tuyên dương', 'biểu dương',
  'Bằng khen', 'Giấy khen', 'Kỷ niệm chương', 'khen thưởng', 'được tặng', 'trao tặng', 'đề nghị',
  'đăng ký', 'giải nhất', 'trong đó', 'gồm', 'của Ban Thường vụ Tỉnh ủy', 'Chủ tịch UBND huyện',
  'Phó Bí thư Thường trực Huyện ủy', 'UVBTV', 'ông', 'bà', 'đồng chí', 'đ/c', 'Nguyễn Văn An',
  'Lê Thị Mai', 'Trần', 'Thích Minh Quang', 'Quận 1', 'Khu phố 7', 'Ngày', 'ngày', 'sáng nay',
  'chiều qua', 'tháng', 'năm', 'năm 2023', '13/10/2020', '8-9/11/2018', '14.10.2016', '10-1',
  'ngày 15 tháng 3 năm 2019', 'Thứ Ba, 14/10/2014 09:15', 'kỷ niệm 92 năm Ngày truyền thống',
  '(15/10/1930 - 15/10/2022)', 'hai', 'mười lăm', 'một trăm linh năm', 'Dân vận khéo',
  '“Dân vận khéo”', 'Tin liên quan', 'TIN MỚI NHẤT', 'STT', 'Tổng cộng', 'hoà', 'uỷ', 'Hoà',
  'Nguye\u0302\u0303n', 'ta\u0323\u0302p the\u0302\u0309', 'ca\u0301 nha\u0302n',
];
const PUNCT = [' ', ' ', ' ', ', ', '. ', '; ', ': ', ' - ', ' – ', '(', ')', '“', '”', '"', ' | ', '\n', '\r\n', '\r', '\n\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u0301', '\u0323', '- ', '+ ', '• ', 'a) ', '1. ', '…', '!', '?', '/', '=', '@'];

const number = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(2, '0')),
  fc.integer({ min: 1, max: 999_999 }).map((n) => n.toLocaleString('de-DE')),
);
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: number },
  { weight: 5, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
// A clause in the shape of a report: "tuyên dương 24 tập thể Bằng khen cấp huyện", its parts
// drawn from the lists above, some of them left out
const pick = (...xs: string[]): fc.Arbitrary<string> => fc.oneof(fc.constantFrom(...xs), fc.constant(''));
const clause = fc
  .tuple(
    pick('Ngày 13/10/2020,', 'Sáng 20/11,', 'Dịp này,', 'Tại hội nghị,', 'ông Nguyễn Văn An, Chủ tịch UBND huyện,', 'Phó Bí thư Tỉnh ủy Lê Thị Mai'),
    pick('tuyên dương', 'tặng Bằng khen cho', 'trao Giấy khen cho', 'có', 'đề nghị khen thưởng', 'công nhận'),
    number,
    fc.constantFrom('tập thể', 'cá nhân', 'hộ gia đình', 'tập thể, cá nhân', 'điển hình', 'hội viên', 'đội thi'),
    pick(', 12 cá nhân', ' và 3 gia đình', ' và cá nhân', '; 5 tập thể'),
    pick('điển hình “Dân vận khéo”', 'được tặng Bằng khen', 'nhận Giấy khen của Chủ tịch UBND huyện', 'đăng ký thi đua'),
    pick('cấp huyện', 'cấp tỉnh', 'cấp cơ sở', 'năm 2023', 'cấp xã'),
  )
  .map((parts) => parts.filter((x) => x !== '').join(' '));
/** Text that looks like pieces of an article: clauses and fragments glued by spaces and punctuation. */
const articleLike = fc
  .array(fc.tuple(fc.oneof({ weight: 1, arbitrary: clause }, { weight: 2, arbitrary: fragment }), fc.constantFrom(...PUNCT)), { maxLength: 60 })
  .map((parts) => parts.map(([f, p]) => f + p).join(''));
/** UTF-16 code units, lone surrogates included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((units) => String.fromCharCode(...units));

function checkRecord(text: string): void {
  const record = extract(text, { file: 'p.txt' });
  expect(() => Article.parse(record)).not.toThrow();
  for (const a of record.awards) {
    const { start, end } = a.evidence;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start <= end && end <= text.length).toBe(true);
    expect(text.slice(start, end)).toBe(a.evidence.text);
  }
  expect(extract(text, { file: 'p.txt' })).toEqual(record);
}

describe('extract() on any text', () => {
  it.each([
    ['fc.string()', fc.string({ maxLength: 300 })],
    ['full Unicode code points', fc.string({ unit: 'binary', maxLength: 300 })],
    ['UTF-16 code units, lone surrogates included', codeUnits],
    ['fragments of Vietnamese reports', articleLike],
  ] as const)('%s: does not throw, evidence is the text at its offsets, the record passes the schema, same input same output', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, (text) => checkRecord(text)), { seed: SEED, numRuns: RUNS });
  });

  it('the report fragments do produce awards, officials and dates (the generator reaches the rules)', () => {
    const records = fc.sample(articleLike, { seed: SEED, numRuns: RUNS }).map((t) => extract(t, { file: 'p.txt' }));
    expect(records.filter((r) => r.awards.length > 0).length).toBeGreaterThan(RUNS / 20);
    expect(records.filter((r) => r.officials.length > 0).length).toBeGreaterThan(RUNS / 20);
    expect(records.filter((r) => r.date !== null).length).toBeGreaterThan(RUNS / 50);
  });
});
