// Award tables flattened to text: a header line naming recipient columns, then one row
// per award form with a number under each column.
//   STT | Hình thức khen thưởng | Số tập thể | Số cá nhân
//   1 | Bằng khen của Chủ tịch UBND tỉnh | 3 | 4
//   Tổng cộng | | 15 | 22                       ← a total, not an award
import { RECIPIENT_WORDS } from '../../lexicon/recipients.js';
import type { LevelValue, RecipientTypeValue } from '../../schema.js';
import type { Sentence } from '../../text/sentences.js';
import { findForms, findIssuers, findLevels } from './context.js';

export interface TableRow {
  sentence: Sentence;
  cells: Array<{ type: RecipientTypeValue; count: number; start: number; end: number }>;
  level: LevelValue | null;
  award: string | null;
}

// column labels: "Tập thể", "Số cá nhân", "Hộ gia đình"
const COLUMN = /(?<![\p{L}])(?:số\s)?(?<w>tập thể|cá nhân|hộ gia đình|gia đình|hộ|đơn vị|đảng viên|hội viên)(?![\p{L}])/giu;
// the trailing numbers of a row: "… 12 20 0", "… | 3 | 4", "… | | 15 | 22"
const TRAILING_NUMBERS = /(?:(?:\s*\|)?\s*(?:\d{1,3}(?:\.\d{3})+|\d+|-))+\s*\|?\s*$/u;
const TOTAL_ROW = /^\s*(?:\d+\s*[|.)]?\s*)?(?:tổng cộng|tổng số|tổng|cộng)(?![\p{L}])/iu;
const HONOUR_WORDS = /khen thưởng|tuyên dương|hình thức|bằng khen|giấy khen|điển hình|danh hiệu|biểu dương/iu;

/** Rows of every table in the article; the sentences they use are returned too. */
export function findTables(sentences: Sentence[]): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const head = sentences[i]!;
    if (head.debris || /\d/u.test(head.text.replace(/^\s*stt\b/iu, ''))) continue;
    const columns = [...head.text.matchAll(COLUMN)].map((m) => RECIPIENT_WORDS[m.groups!.w!.toLowerCase()]!);
    if (columns.length < 2) continue;
    // the header itself or the line before it says these are honours
    const context = `${sentences[i - 1]?.text ?? ''} ${head.text}`;
    if (!HONOUR_WORDS.test(context)) continue;
    for (let j = i + 1; j < sentences.length && sentences[j]!.line <= sentences[j - 1]!.line + 1; j++) {
      const row = sentences[j]!;
      const numbers = TRAILING_NUMBERS.exec(row.text);
      if (!numbers) break;
      const values = [...numbers[0].matchAll(/\d{1,3}(?:\.\d{3})+|\d+|-/gu)];
      if (values.length < columns.length) break;
      if (TOTAL_ROW.test(row.text)) continue;
      const label = row.text.slice(0, numbers.index);
      const cells: TableRow['cells'] = [];
      values.slice(-columns.length).forEach((v, k) => {
        const count = v[0] === '-' ? 0 : Number(v[0].replace(/\./gu, ''));
        const at = numbers.index + v.index!;
        if (count > 0) cells.push({ type: columns[k]!, count, start: at, end: at + v[0].length });
      });
      const levels = findLevels(label);
      const issuers = findIssuers(label);
      const forms = findForms(label);
      let best = forms[0]?.value ?? null;
      for (const f of forms) if (best && f.value.rank > best.rank) best = f.value;
      rows.push({ sentence: row, cells, level: levels[0]?.value ?? issuers[0]?.value ?? null, award: best?.value ?? 'khen thưởng' });
    }
  }
  return rows;
}
