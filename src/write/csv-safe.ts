// A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return) as a
// formula: "- 15 tập thể …" from a bulleted list would become a broken formula, and a
// hostile article could run one. Such a cell gets a leading apostrophe, which Excel and
// LibreOffice show as text; numbers are left as they are.
const FORMULA_START = /^[=+\-@\t\r]/u;

export function safeCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
