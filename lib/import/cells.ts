// One cell's text as an import reads it. The export prefixes a cell that a spreadsheet would run
// as a formula (=, +, -, @, tab, carriage return at its start) with an apostrophe
// (lib/export/to-csv.ts): that prefix is taken off again, so the round trip holds. Such a cell
// without the prefix was typed or pasted in: it is refused (naming the cell) rather than guessed at.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

export type CellText = { ok: true; text: string } | { ok: false; formula: true };

export function readCell(raw: string | undefined): CellText {
  const value = raw ?? '';
  if (value.startsWith("'") && FORMULA_START.test(value.slice(1))) return { ok: true, text: value.slice(1) };
  if (FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)) return { ok: false, formula: true };
  return { ok: true, text: value };
}

/** Spreadsheet-style column name: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
