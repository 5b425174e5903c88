// Award tables flattened to text: a header line naming recipient columns, then one row
// per award form with a number under each column.
//   STT | Hình thức khen thưởng | Số tập thể | Số cá nhân
//   1 | Bằng khen của Chủ tịch UBND tỉnh | 3 | 4
//   Tổng cộng | | 15 | 22                       ← a total, not an award
import { RECIPIENT_WORDS } from '../../lexicon/recipients.js';
import type { LevelValue, RecipientTypeValue } from '../../schema.js';
import type { Sentence } from '../../text/sentences.js';
import { findForms, findIssuers, findLevels, firstTier } from './context.js';
import { alternation, lowerKeepingOffsets, matchesAtWordStart } from '../../lexicon/pattern.js';

export interface TableRow {
  /** a row of the table (a header, or a unit's row the total row sums, holds the line with no cells) */
  sentence: Sentence;
  cells: Array<{ type: RecipientTypeValue; count: number; start: number; end: number }>;
  level: LevelValue | null;
  award: string | null;
}

// column labels: "Tập thể", "Số cá nhân", "Hộ gia đình" (found in the line lowercased, not
// after a letter: checked in code, lexicon/pattern.ts)
const COLUMN = /(?:số\s)?(?<w>tập thể|cá nhân|hộ gia đình|gia đình|hộ|đơn vị|đảng viên|hội viên)(?![\p{L}])/gu;
// the trailing numbers of a row: "… 12 20 0", "… | 3 | 4", "… | | 15 | 22", "… | 2 | –"
const TRAILING_NUMBERS = /(?<![\d\s|\-–—])(?!(?<=\d\.)\d{3})(?:(?:\s*\|)*\s*(?:\d+(?:\.\d{3,})*(?!\d)|[-–—]))+\s*(?:\|\s*)?$/u;
// a row of a table written with pipes: "STT | Đơn vị | Hình thức", "1 | UBND xã A | Cờ thi đua"
export const PIPE_ROW = /^[^|\n]{0,120}\|[^|\n]*\|/u;
// a total row: "Tổng cộng | 15 | 22", "| Cộng | 36 | 59", "5. Tổng số", "| | Cộng | | 8 tập thể, 40 cá nhân |"
export const TOTAL_ROW = /^\s*(?:\|\s*)*(?:\d+\s*(?:[|.)]\s*)?)?(?:tổng cộng|tổng số|tổng|cộng)(?![\p{L}])/iu;
const HONOUR_WORDS = /khen thưởng|tuyên dương|hình thức|bằng khen|giấy khen|điển hình|danh hiệu|biểu dương/iu;
// what is announced as proposed is not yet given: "Hội đồng thống nhất đề nghị cấp trên khen
// thưởng như sau:" — unlike what is given on a proposal: "Theo đề nghị của Sở Nội vụ, …"
const PROPOSED = /(?<![\p{L}])(?<!(?:theo|của)\s)(?:đề nghị|đề xuất|kiến nghị)(?![\p{L}])/iu;

/** Whether the lines above a table say its rows are honours given, not proposed. */
function honoursGiven(context: string): boolean {
  return HONOUR_WORDS.test(context) && !PROPOSED.test(context);
}

// A cell that is only a recipient label: "Tập thể", "Số cá nhân", "Hộ gia đình", "Hộ nông dân",
// "Chi hội", any word for who is counted, perhaps with what it is in parentheses: "Tập thể (tổ
// sản xuất)"
const LABEL_CELL = new RegExp(`^(?:số\\s)?(?<w>${alternation(Object.keys(RECIPIENT_WORDS))})(?:\\s(?:nông dân|dân|hội viên|tiêu biểu|xuất sắc))?(?:\\s\\([^()]{1,40}\\))?$`, 'iu');
// (thousands may be set off by a space in a cell of their own: "1 200")
const NUMBER_CELL = /^(?:\d{1,3}(?:[. ]\d{3})+|\d+|[-–—])$/u;
// an empty cell: a hyphen, an en or an em dash ("Cờ thi đua của UBND tỉnh | 1 | –")
const EMPTY_CELL = /^[-–—]$/u;

/** Rows of every table in the article; the sentences they use are returned too. */
export function findTables(sentences: Sentence[]): TableRow[] {
  return [...horizontalTables(sentences), ...verticalTables(sentences), ...typedLines(sentences), ...longTables(sentences), ...formColumnTables(sentences), ...kindRows(sentences)];
}

// A table of two cells a row and no header, a kind and its number, right under a lead that
// gives the honour and ends with a colon:
//   UBND huyện tặng Giấy khen cho các tập thể, hộ nông dân tiêu biểu năm 2020:
//   | Tập thể | 6 |
//   | Hộ nông dân | 35 |
//   | Cộng | 41 |                      ← a total, not an award
// (a row is cut at its pipes in code: a pattern with spaces around optional pipes is polynomial)
const COUNT_CELL = /^(?:\d{1,3}(?:[. ]\d{3})+|\d{1,5})$/u;

/** The two cells of a row "| Tập thể | 6 |" (outer pipes optional), or null. */
function twoCells(text: string): [string, string] | null {
  const cells = cellsOf(text);
  return cells.length === 2 && cells[0]!.length >= 2 && cells[0]!.length <= 30 && COUNT_CELL.test(cells[1]!) ? [cells[0]!, cells[1]!] : null;
}

/** Rows of header-less tables of a kind and a number, each with the form and level of its lead. */
function kindRows(sentences: Sentence[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const lead = sentences[i - 1]!;
    // (the lead is the line right above: a header row above means another reader's table)
    if (lead.text.includes('|') || !/:\s*$/u.test(lead.text) || !honoursGiven(lead.text)) continue;
    for (let j = i; j < sentences.length && sentences[j]!.lineStart && !sentences[j]!.debris && sentences[j]!.text.includes('|'); j++) {
      const row = sentences[j]!;
      const cells = twoCells(row.text);
      if (!cells) break;
      if (TOTAL_ROW.test(row.text)) continue;
      const kind = LABEL_CELL.exec(cells[0]);
      const count = Number(cells[1].replace(/[. ]/gu, ''));
      if (!kind || count === 0) continue;
      const at = row.text.lastIndexOf(cells[1]);
      rows.push({ ...rowOf(row, '', lead), cells: [{ type: RECIPIENT_WORDS[kind.groups!.w!.toLowerCase()]!, count, start: at, end: at + cells[1].length }] });
    }
  }
  return rows;
}

// A table with one row per form and kind, written with pipes: a column of the kind and one of the
// number (the header names them "Đối tượng" and "Số lượng"):
//   STT | Hình thức khen thưởng | Đối tượng | Số lượng
//   1 | Giấy khen của UBND xã | Hộ gia đình | 7
const KIND_HEADER = /^(?:đối tượng|loại|loại đối tượng|đối tượng khen thưởng)$/iu;
// (in the kind column, the kind may be told with what it stands out for: "Dòng họ học tập tiêu
// biểu", "Cá nhân có thành tích xuất sắc")
const KIND_CELL = new RegExp(`^(?:số\\s)?(?<w>${alternation(Object.keys(RECIPIENT_WORDS))})(?:\\s[\\p{Ll}\\p{M}]+){1,6}$`, 'iu');
const NUMBER_HEADER = /^(?:số lượng|số lượng khen thưởng|sl|số)$/iu;

/** The cells of a pipe table's header at sentence i that has a column of the kind, or null. */
function kindHeader(sentences: Sentence[], i: number): { labels: string[]; kindAt: number } | null {
  const head = sentences[i]!;
  if (head.debris || !head.text.includes('|') || /\d/u.test(head.text)) return null;
  const labels = head.text.split('|').map((c) => c.trim());
  const kindAt = labels.findIndex((c) => KIND_HEADER.test(c));
  return kindAt < 0 ? null : { labels, kindAt };
}

/** The rows under the header at sentence i: the lines right after it, one a line, with pipes. */
function rowsUnder(sentences: Sentence[], i: number): Sentence[] {
  const rows: Sentence[] = [];
  for (let j = i + 1; j < sentences.length && sentences[j]!.line === sentences[j - 1]!.line + 1 && sentences[j]!.text.includes('|'); j++) rows.push(sentences[j]!);
  return rows;
}

/** Where the number of cell k is in its row: after the cells before it and their pipes. */
function cellStart(cells: string[], k: number, number: string): number {
  return cells.slice(0, k).reduce((n, c) => n + c.length + 1, 0) + cells[k]!.indexOf(number);
}

/** Rows of tables with a column of the kind and a column of the number. */
function longTables(sentences: Sentence[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const header = kindHeader(sentences, i);
    if (!header) continue;
    const { labels, kindAt } = header;
    const numberAt = labels.findIndex((c) => NUMBER_HEADER.test(c));
    if (numberAt < 0) continue;
    if (!honoursGiven(`${sentences[i - 1]?.text ?? ''} ${sentences[i]!.text}`)) continue;
    for (const row of rowsUnder(sentences, i)) {
      if (TOTAL_ROW.test(row.text) || /\|\s*(?:tổng cộng|tổng số|tổng|cộng)\s*\|/iu.test(row.text)) continue;
      const cells = row.text.split('|');
      const kind = LABEL_CELL.exec(cells[kindAt]?.trim() ?? '') ?? KIND_CELL.exec(cells[kindAt]?.trim() ?? '');
      const number = cells[numberAt]?.trim() ?? '';
      if (!kind || !NUMBER_CELL.test(number) || EMPTY_CELL.test(number)) continue;
      const count = Number(number.replace(/[. ]/gu, ''));
      const at = cellStart(cells, numberAt, number);
      const label = cells.filter((_c, k) => k !== kindAt && k !== numberAt).join('|');
      if (count > 0) rows.push({ ...rowOf(row, label, sentences[i - 1]), cells: [{ type: RECIPIENT_WORDS[kind.groups!.w!.toLowerCase()]!, count, start: at, end: at + number.length }] });
    }
  }
  return rows;
}

// A table with the forms as columns and the kinds as rows, written with pipes:
//   | Đối tượng | Bằng khen của Chủ tịch UBND tỉnh | Giấy khen của Chủ tịch UBND huyện |
//   | Tập thể | 6 | 24 |
//   | Hộ gia đình | - | 9 |
// (a column that only says what the others are is no form: "Hình thức khen thưởng")
const NOT_FORM_HEADER = /^(?:hình thức|stt|tt)/iu;
// a line that only draws the table: "|---|---|", "| :--- | ---: |"
const RULE_ROW = /^[\s|:\-–]+$/u;

/** Cells of every form column under a header of forms, one row of each per number. */
function formColumnTables(sentences: Sentence[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const header = kindHeader(sentences, i);
    if (!header) continue;
    const { labels, kindAt } = header;
    if (labels.some((c) => NUMBER_HEADER.test(c))) continue;
    const formAt = labels.flatMap((c, k) => (k !== kindAt && c && !NOT_FORM_HEADER.test(c) && findForms(c).length > 0 ? [k] : []));
    if (formAt.length === 0 || !honoursGiven(`${sentences[i - 1]?.text ?? ''} ${sentences[i]!.text}`)) continue;
    for (const row of rowsUnder(sentences, i)) {
      if (RULE_ROW.test(row.text) || TOTAL_ROW.test(row.text)) continue;
      const cells = row.text.split('|');
      const kind = LABEL_CELL.exec(cells[kindAt]?.trim() ?? '');
      if (!kind) continue;
      const type = RECIPIENT_WORDS[kind.groups!.w!.toLowerCase()]!;
      for (const k of formAt) {
        const number = cells[k]?.trim() ?? '';
        if (!NUMBER_CELL.test(number) || EMPTY_CELL.test(number)) continue;
        const count = Number(number.replace(/[. ]/gu, ''));
        const at = cellStart(cells, k, number);
        if (count > 0) rows.push({ ...rowOf(row, labels[k]!), cells: [{ type, count, start: at, end: at + number.length }] });
      }
    }
  }
  return rows;
}

// A list with the recipient type on each line, the count after a colon:
//   "Bằng khen của Hội CCB tỉnh – tập thể: 3", "Giấy khen của UBND huyện - cá nhân: 24"
const TYPED_LINE = /^(?<label>\S.{2,150}?)\s[-–—]\s(?:số\s)?(?<w>tập thể|cá nhân|hộ gia đình|gia đình|hộ)\s?:\s?(?<n>\d{1,3}(?:\.\d{3})+|\d+)\s*\.?$/iu;

/** Lines of a typed list, each one form and one count; the list follows a line about honours. */
function typedLines(sentences: Sentence[]): TableRow[] {
  const rows: TableRow[] = [];
  // what the line before the list says its lines are: honours ("Kết quả khen thưởng tại hội
  // nghị:"), proposals ("Hội đồng đề nghị khen thưởng:"), or neither
  let lead: 'given' | 'proposed' | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // (a typed line has a colon and a dash: most lines are not tested further)
    const m = s.lineStart && !s.debris && s.text.includes(':') && /[-–—]/u.test(s.text) ? TYPED_LINE.exec(s.text) : null;
    if (!m) {
      const opens = s.lineStart && /:\s*$/u.test(s.text);
      lead = opens && PROPOSED.test(s.text) ? 'proposed' : opens && HONOUR_WORDS.test(s.text) ? 'given' : null;
      continue;
    }
    const label = m.groups!.label!;
    if (lead === 'proposed' || (lead === null && !HONOUR_WORDS.test(label))) continue;
    if (TOTAL_ROW.test(label)) continue;
    const row = rowOf(s, label);
    const count = Number(m.groups!.n!.replace(/[. ]/gu, ''));
    const at = s.text.lastIndexOf(m.groups!.n!);
    if (count > 0) row.cells.push({ type: RECIPIENT_WORDS[m.groups!.w!.toLowerCase()]!, count, start: at, end: at + m.groups!.n!.length });
    rows.push(row);
    lead = 'given';
  }
  return rows;
}

/**
 * Tables flattened one cell per line:
 *   Hình thức khen thưởng / Tập thể / Cá nhân / Bằng khen của UBND Thành phố / 02 / 03 / …
 */
function verticalTables(sentences: Sentence[]): TableRow[] {
  const rows: TableRow[] = [];
  const lines = sentences.filter((s) => s.lineStart && !s.debris);
  for (let i = 0; i < lines.length; i++) {
    // the header: two or more label cells on consecutive lines
    let k = i;
    const columns: RecipientTypeValue[] = [];
    for (let m = LABEL_CELL.exec(lines[k]?.text.trim() ?? ''); m && (k === i || lines[k]!.line === lines[k - 1]!.line + 1); m = LABEL_CELL.exec(lines[k]?.text.trim() ?? '')) {
      columns.push(RECIPIENT_WORDS[m.groups!.w!.toLowerCase()]!);
      k++;
    }
    if (columns.length < 2) continue;
    const context = `${lines[i - 1]?.text ?? ''} ${lines[i - 2]?.text ?? ''}`;
    if (!honoursGiven(context)) continue;
    // then groups: a label line and one number line per column
    while (k + columns.length < lines.length) {
      const label = lines[k]!;
      const cells = lines.slice(k + 1, k + 1 + columns.length);
      if (label.line !== lines[k - 1]!.line + 1 || NUMBER_CELL.test(label.text.trim())) break;
      if (!cells.every((c, n) => NUMBER_CELL.test(c.text.trim()) && c.line === label.line + 1 + n)) break;
      k += 1 + columns.length;
      if (TOTAL_ROW.test(label.text)) continue;
      const row = rowOf(label, label.text);
      cells.forEach((c, n) => {
        const v = c.text.trim();
        const count = EMPTY_CELL.test(v) ? 0 : Number(v.replace(/[. ]/gu, ''));
        // the evidence of a cell is its label line; offsets stay inside that sentence
        if (count > 0) row.cells.push({ type: columns[n]!, count, start: 0, end: label.text.length });
      });
      rows.push(row);
    }
    i = k - 1;
  }
  return rows;
}

/**
 * A row's level and form, from its label; a label that names neither (a row of the kind alone:
 * "| Tập thể | 21 |") takes those of the lead above the table, a line that ends with a colon:
 * "Giám đốc Công ty tặng Giấy khen cho các tập thể, cá nhân …:"
 */
function rowOf(sentence: Sentence, label: string, lead?: Sentence): TableRow {
  const own = levelAndForm(label);
  const above = lead && /:\s*$/u.test(lead.text) && (!own.level || !own.award) ? levelAndForm(lead.text) : null;
  return { sentence, cells: [], level: own.level ?? above?.level ?? null, award: own.award ?? above?.award ?? 'khen thưởng' };
}

function levelAndForm(text: string): { level: LevelValue | null; award: string | null } {
  const forms = findForms(text);
  let best = forms[0]?.value ?? null;
  for (const f of forms) if (best && f.value.rank > best.rank) best = f.value;
  return { level: findLevels(text)[0]?.value ?? findIssuers(text)[0]?.value ?? null, award: best?.value ?? null };
}

// a number or a dash in a row's trailing cells
const CELL_VALUE = /\d{1,3}(?:\.\d{3})+|\d+|[-–—]/gu;
// a cell that is one number, its thousands set off by spaces: " 1 200 "
const SPACED_THOUSANDS = /^\d{1,3}(?: \d{3})+$/u;

/**
 * The values of a row's trailing cells, each with where it is: the numbers and dashes, and with
 * pipes an empty cell too ("… | | 6": an empty cell, then 6).
 */
function trailingValues(trailing: string): Array<{ text: string; at: number }> {
  if (!trailing.includes('|')) return [...trailing.matchAll(CELL_VALUE)].map((m) => ({ text: m[0], at: m.index! }));
  const out: Array<{ text: string; at: number }> = [];
  // (the text before the first pipe is the label's end or a number of its own: " 3 | 4")
  let from = 0;
  for (let bar = trailing.indexOf('|'); ; bar = trailing.indexOf('|', from)) {
    const cell = trailing.slice(from, bar < 0 ? trailing.length : bar);
    // (a cell between pipes that is one number with its thousands set off by a space: "| 1 200 |")
    const spaced = (bar >= 0 || from > 0) && SPACED_THOUSANDS.test(cell.trim());
    const found = spaced ? [] : [...cell.matchAll(CELL_VALUE)];
    if (spaced) out.push({ text: cell.trim(), at: from + cell.indexOf(cell.trim()) });
    else if (found.length > 0) for (const m of found) out.push({ text: m[0], at: from + m.index! });
    else if (from > 0 && bar >= 0) out.push({ text: '', at: from });
    if (bar < 0) break;
    from = bar + 1;
  }
  return out;
}

// a header's column of who gives the honour: "Cấp khen", "Cấp khen thưởng", "Người ký", "Cơ quan
// khen thưởng", "Thẩm quyền"
const GIVER_COLUMN = /^(?:[Cc]ấp khen(?: thưởng)?|[Nn]gười ký|[Cc]ơ quan khen(?: thưởng)?|[Tt]hẩm quyền(?: khen thưởng)?)$/u;

function horizontalTables(sentences: Sentence[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const head = sentences[i]!;
    // (a header has no number: "STT | Hình thức | Tập thể | Cá nhân")
    if (head.debris || /\d/u.test(head.text)) continue;
    const columns = matchesAtWordStart(COLUMN, lowerKeepingOffsets(head.text), '', 'letter').map((m) => RECIPIENT_WORDS[m.groups!.w!]!);
    if (columns.length < 2) continue;
    // the header itself or the line before it says these are honours
    const context = `${sentences[i - 1]?.text ?? ''} ${head.text}`;
    if (!honoursGiven(context)) continue;
    const giverAt = head.text.split('|').findIndex((cell) => GIVER_COLUMN.test(cell.trim()));
    // (a column of the row's total after the kinds' is no kind: "| Hình thức | Tập thể | Cá nhân | Cộng |")
    const totalColumns = totalColumnsAfter(head.text);
    const table: Array<{ row: TableRow; unitLabel: boolean }> = [];
    let total: TableRow | null = null;
    for (let j = i + 1; j < sentences.length && sentences[j]!.line <= sentences[j - 1]!.line + 1; j++) {
      const row = sentences[j]!;
      const numbers = TRAILING_NUMBERS.exec(row.text);
      if (!numbers) break;
      const values = trailingValues(numbers[0]);
      if (values.length < columns.length + totalColumns) break;
      const label = row.text.slice(0, numbers.index);
      const cells: TableRow['cells'] = [];
      values.slice(0, values.length - totalColumns).slice(-columns.length).forEach((v, k) => {
        const count = v.text === '' || EMPTY_CELL.test(v.text) ? 0 : Number(v.text.replace(/[. ]/gu, ''));
        const at = numbers.index + v.at;
        if (count > 0) cells.push({ type: columns[k]!, count, start: at, end: at + v.text.length });
      });
      if (TOTAL_ROW.test(row.text)) {
        total = { ...rowOf(row, '', sentences[i - 1]), cells };
        continue;
      }
      const own = rowOf(row, label, sentences[i - 1]);
      // (the giver in its own column: "| 2 | 412/QĐ-… | Giám đốc Sở Nông nghiệp và PTNT | Giấy khen | 2 | 4 |")
      const giver = giverAt > 0 && own.level === null ? firstTier(row.text.split('|')[giverAt] ?? '') : null;
      table.push({ row: { ...own, level: own.level ?? giver, cells }, unitLabel: findForms(label).length === 0 && giver === null });
    }
    // rows of units, not of honours, under one honour told above, with their total: the honour's
    // counts are the total row's ("| Đảng bộ, chi bộ cơ sở | Tập thể | Cá nhân |", "| Đảng bộ Sở
    // Y tế | 9 | 4 |", …, "| Cộng | 17 | 43 |")
    // (the header is the table's too, no list item: "| Đảng bộ, chi bộ cơ sở | Tập thể | Cá nhân |")
    if (table.length > 0 || total) rows.push({ sentence: head, cells: [], level: null, award: null });
    // (the units' rows stay the table's, with no count of their own)
    if (total && total.cells.length > 0 && table.length >= 2 && table.every((t) => t.unitLabel) && UNIT_COLUMN.test(firstCell(head.text))) rows.push(...table.map((t) => ({ ...t.row, cells: [] })), total);
    else rows.push(...table.map((t) => t.row));
  }
  return rows;
}

// a header's first cell naming units: "Đơn vị", "Đảng bộ, chi bộ cơ sở", "Xã, thị trấn", "Địa phương"
const UNIT_COLUMN = /^(?:đơn vị|đảng bộ|chi bộ|địa phương|địa bàn|xã|phường|huyện|quận|khối|ngành|cơ quan|tổ chức)/iu;
// a header cell of the row's total: "Cộng", "Tổng", "Tổng cộng", "Tổng số"
const TOTAL_CELL = /^(?:cộng|tổng|tổng cộng|tổng số)$/iu;

/** A row's cells, the empty ones of its outer pipes dropped. */
function cellsOf(text: string): string[] {
  const cells = text.split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}
const firstCell = (text: string): string => cellsOf(text).find((c) => !/^(?:stt|tt)$/iu.test(c)) ?? '';

/** How many cells of a row's total end a header, after its last column of a kind. */
function totalColumnsAfter(text: string): number {
  const cells = cellsOf(text);
  let n = 0;
  for (let k = cells.length - 1; k >= 0 && TOTAL_CELL.test(cells[k]!); k--) n++;
  return n;
}
