// Hostile input: megabytes of what the rules repeat must not hang extract() or eat memory,
// and a 50 MB line is refused by the CLI under the default --max-bytes and read under a
// larger one. The bounds are generous on purpose (vitest's timeout, 2 GB of memory): this
// asks "does it finish", the benchmark measures how fast. The times are printed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { Article } from '../../src/schema.js';
import { DEFAULT_MAX_BYTES } from '../../src/read/load.js';
import { dvk, lines, STACK, tempDir } from '../support/cli.js';

const MB = 1024 * 1024;
const MAX_RSS = 2 * 1024 * MB;
const repeat = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

const INPUTS: Array<[string, string]> = [
  ['"tập thể, cá nhân, " × 2 MB', repeat('tập thể, cá nhân, ', 2 * MB)],
  ['title words × 2 MB', repeat('Phó Bí thư Thường trực Ủy ban nhân dân ', 2 * MB)],
  ['"1.1.1." × 2 MB', repeat('1.1.1.', 2 * MB)],
  ['"12/12/12/…" × 2 MB', repeat('12/', 2 * MB)],
  ['"Nguyễn Văn " × 2 MB', repeat('Nguyễn Văn ', 2 * MB)],
  // the same, one unit per line: 2 MB of tiny sentences
  ['"tập thể, cá nhân" lines × 2 MB', repeat('tập thể, cá nhân\n', 2 * MB)],
  ['"Nguyễn Văn" lines × 2 MB', repeat('Nguyễn Văn\n', 2 * MB)],
  ['"!" × 2 MB', repeat('!', 2 * MB)],
  ['"." × 2 MB (a leader line of dots)', repeat('.', 2 * MB)],
  // the rules for counts per unit, givers "lần lượt", recipients' "của", a level carried on
  ['"Ba xã, mỗi xã có 2 hộ " × 2 MB', repeat('Ba xã, mỗi xã có 2 hộ ', 2 * MB)],
  ['"A và B lần lượt tặng … 3 và 4 tập thể; " × 2 MB', repeat('UBND tỉnh và UBND huyện lần lượt tặng Bằng khen cho 3 và 4 tập thể; ', 2 * MB)],
  ['"Bằng khen cho 2 tập thể của quận " × 2 MB', `Bằng khen ${repeat('cho 2 tập thể của quận ', 2 * MB)}`],
  ['"20 tập thể: 3 tập thể, số còn lại " × 2 MB', repeat('20 tập thể được khen thưởng: 3 tập thể nhận Bằng khen, số còn lại nhận Giấy khen, ', 2 * MB)],
  ['"đạt giải học sinh giỏi cấp tỉnh, cấp huyện, " × 2 MB', repeat('khen thưởng 5 học sinh đạt giải học sinh giỏi cấp tỉnh, cấp huyện, ', 2 * MB)],
  ['", xóm A, được tặng Bằng khen, " × 2 MB', repeat('tại hội nghị, xóm Nà Lếch, được tặng Bằng khen, ', 2 * MB)],
  ['"là một trong 5 cá nhân được tặng, " × 2 MB', repeat('là một trong 5 cá nhân được tặng, ', 2 * MB)],
  ['table rows with pipes under a list lead × 2 MB', `Danh sách khen thưởng:\n${repeat('1 | Xã Tân Lập | Bằng khen của UBND tỉnh\n', 2 * MB)}`],
  // a group told again with its members ("trong N tập thể có …"), over and over in one sentence
  ['"trong 12 tập thể có 3 giáo xứ và 2 đơn vị, " × 2 MB', `Tặng Giấy khen cho 12 tập thể; ${repeat('trong 12 tập thể có 3 giáo xứ và 2 đơn vị, ', 2 * MB)}`],
  // counts receiving forms in turn, clause after clause, "lần lượt" only at the end
  ['"3 và 4 cá nhân nhận Bằng khen; " × 2 MB, then "lần lượt"', `${repeat('3 và 4 cá nhân nhận Bằng khen và Giấy khen; ', 2 * MB)}6 và 9 cá nhân lần lượt nhận Bằng khen và Giấy khen.`],
  // bodies given the same honour, one after another (named.ts joins them into one fact)
  ['"cho Hội Nông dân xã A và Đảng ủy xã B và " × 2 MB', `Tặng Bằng khen ${repeat('cho Hội Nông dân xã Tân Lập và Đảng ủy xã Hòa Bình và ', 2 * MB)}`],
  // text wrapped by hand: every line joined to the next (text/unwrap.ts), pieces cut at MAX_SENTENCE
  ['lines wrapped mid-sentence × 2 MB', repeat('Hội Nông dân huyện tặng Giấy khen cho\n4 tập thể và 17 hộ nông dân có thành\n', 2 * MB)],
  ['syllables split by a hyphen at line ends × 2 MB', repeat('các hội viên đã vận dụng kin-\nh nghiệm của các xã bạn, làm\n', 2 * MB)],
  // counts written type first, and places counted after "cho", over and over in one sentence
  ['"tập thể: 1; cá nhân (2), " × 2 MB', `Bằng khen của UBND tỉnh: ${repeat('tập thể: 1; cá nhân (2), ', 2 * MB)}`],
  ['"tặng Cờ thi đua cho ba xã và " × 2 MB', repeat('tặng Cờ thi đua cho ba xã và cho 4 khu vực và ', 2 * MB)],
  // a topic put first, every count of it asking where the first verb of honour is
  ['"Riêng " then "12 tập thể, " × 2 MB', `Riêng ${repeat('12 tập thể, ', 2 * MB)}Hội đồng sẽ trao.`],
  // addressed persons after "cho", separated by ";": each looks for the end of its clause only
  ['"Thượng tọa A, Trụ trì chùa B; " × 2 MB', `UBND tỉnh tặng Bằng khen cho ${repeat('Thượng tọa Thích Minh Tâm, Trụ trì chùa Long Vân; ', 2 * MB)}`],
  // one line of cells separated by tabs (text/normalize.ts writes them as pipes, the line tested once)
  ['"Xã Tân Lập<TAB>" × 2 MB, one line', repeat('Xã Tân Lập\t', 2 * MB)],
  // quotes opened and never closed before a verb of honour (the subject's commas are masked by a scan)
  ['"“Dân vận khéo, " × 2 MB, then a verb', `${repeat('Hội Nông dân xã tổ chức hội nghị “Dân vận khéo, ', 2 * MB)}, khen thưởng 5 tập thể.`],
  // the kind and its honour, then a colon before names listed with commas, to no end
  ['"Các tập thể được tặng Giấy khen gồm: " then "Trường A, " × 2 MB', `Các tập thể được UBND huyện tặng Giấy khen gồm: ${repeat('Trường Mầm non Hoa Sen, ', 2 * MB)}`],
  ['"Tặng Giấy khen cho 3 tập thể. " lines × 2 MB', repeat('Huyện ủy tặng Giấy khen cho 3 tập thể. Cũng tại hội nghị, 4 cá nhân nhận giấy khen.\n', 2 * MB)],
];

const times: Array<[string, number]> = [];

describe('adversarial input: extract() finishes, memory stays bounded', () => {
  it.each(INPUTS)('%s', (_name, text) => {
    const t0 = performance.now();
    const record = extract(text, { file: 'hostile.txt' });
    const ms = performance.now() - t0;
    times.push([_name, ms]);
    expect(() => Article.parse(record)).not.toThrow();
    expect(process.memoryUsage().rss).toBeLessThan(MAX_RSS);
  });

  it('reports the slowest', () => {
    const sorted = [...times].sort((a, b) => b[1] - a[1]);
    console.log(`adversarial extract() times (2 MB each):\n${sorted.map(([n, ms]) => `  ${(ms / 1000).toFixed(2)} s  ${n}`).join('\n')}`);
    expect(sorted.length).toBe(INPUTS.length);
  });
});

// Inputs that were super-linear once, in the code around the patterns: they run now, with
// what they must give checked (the time is printed, not bounded).
describe('formerly super-linear inputs', () => {
  // one sentence of 2 MB: read in pieces of at most MAX_SENTENCE characters (text/sentences.ts)
  it('"12 tập thể " × 2 MB, one sentence with no cue: no award, every piece read', () => {
    const t0 = performance.now();
    const record = extract(repeat('12 tập thể ', 2 * MB), { file: 'hostile.txt' });
    console.log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s  "12 tập thể " × 2 MB`);
    expect(record.awards).toEqual([]);
  });

  it('"Tuyên dương 5 tập thể, cá nhân, " × 2 MB, one sentence: the one fact, told again and again', () => {
    // a cut between pieces may fall inside "5 tập thể, cá nhân", leaving "5 tập thể" at a
    // piece's end: that one is told too, and nothing else
    const t0 = performance.now();
    const record = extract(repeat('Tuyên dương 5 tập thể, cá nhân, ', 2 * MB), { file: 'hostile.txt' });
    console.log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s  "Tuyên dương 5 tập thể, cá nhân, " × 2 MB`);
    expect(record.awards.map((a) => [a.count, a.recipient_type])).toContainEqual([5, 'tập thể, cá nhân']);
    expect(record.awards.length).toBeLessThanOrEqual(2);
    for (const a of record.awards) expect([a.count, a.recipient_type === 'tập thể, cá nhân' || a.recipient_type === 'tập thể']).toEqual([5, true]);
  });

  it('an article with its line breaks lost, repeated to 2 MB: its officials and awards (each name is folded once)', () => {
    const article = 'Ngày 13/10/2020, Huyện ủy Tân Phú tổ chức hội nghị. Dự có ông Nguyễn Văn Thắng, Bí thư Huyện ủy; bà Lê Thị Mai, Chủ tịch UBND huyện. Ông Thắng trao Giấy khen cho 12 tập thể, 20 cá nhân điển hình “Dân vận khéo” cấp huyện. ';
    const t0 = performance.now();
    const record = extract(repeat(article, 2 * MB), { file: 'hostile.txt' });
    console.log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s  the article, line breaks lost, × 2 MB`);
    expect(record.officials.map((o) => [o.name, o.titles])).toEqual([
      ['Nguyễn Văn Thắng', ['Bí thư Huyện ủy']],
      ['Lê Thị Mai', ['Chủ tịch UBND huyện']],
    ]);
    // the same two facts told thousands of times are two facts
    expect(record.awards.map((a) => [a.count, a.recipient_type, a.level])).toEqual([[12, 'tập thể', 'huyện'], [20, 'cá nhân', 'huyện']]);
  });

  it('80,000 counted sentences with distinct counts (2.7 MB): 80,000 awards (facts are matched by type and count)', () => {
    const text = Array.from({ length: 80_000 }, (_, i) => `Tuyên dương ${i + 1} tập thể.`).join('\n');
    const t0 = performance.now();
    const record = extract(text, { file: 'hostile.txt' });
    console.log(`  ${((performance.now() - t0) / 1000).toFixed(2)} s  80,000 distinct counted sentences`);
    expect(record.awards).toHaveLength(80_000);
    expect(record.awards[79_999]).toMatchObject({ count: 80_000, recipient_type: 'tập thể' });
  });
});

describe('a 50 MB line through the built CLI', () => {
  const dir = tempDir();
  const file = join(dir, 'one-line.txt');
  // an article whose line breaks were lost, repeated: 50 MB without a newline
  writeFileSync(file, `${repeat('Ngày 13/10/2020, Huyện ủy Tân Phú tổ chức hội nghị tuyên dương 12 tập thể, 20 cá nhân điển hình “Dân vận khéo” cấp huyện. ', 50_000_000).trimEnd()}.`);

  it(`is refused under the default --max-bytes (${DEFAULT_MAX_BYTES} bytes): one line naming the file, exit 1`, () => {
    const r = dvk(['extract', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain(STACK);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toContain(file);
    expect(lines(r.stderr)[0]).toMatch(/too large/u);
    expect(lines(r.stdout)).toHaveLength(1); // the CSV header alone
  });

  it('is read with --max-bytes 60000000: it finishes, and the process stays within 4 GB', () => {
    const t0 = performance.now();
    const r = dvk(['extract', '--format', 'jsonl', '--max-bytes', '60000000', file], { env: { DVK_REPORT_RSS: '1' }, timeout: 170_000 });
    const s = (performance.now() - t0) / 1000;
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    const rss = Number(/max-rss-kb (\d+)/u.exec(r.stderr)?.[1]) * 1024;
    console.log(`50 MB line, --max-bytes 60000000: ${s.toFixed(1)} s, peak memory ${(rss / MB).toFixed(0)} MB`);
    expect(rss).toBeLessThan(4 * 1024 * MB);
    expect(JSON.parse(r.stdout)).toHaveProperty('file', file);
  }, 180_000);
});
