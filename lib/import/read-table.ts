// A CSV or XLSX file as rows of text cells, with the file-level problems named in plain words:
// too large, empty, not UTF-8 (Latin-1, UTF-16…), unreadable CSV or workbook. A UTF-8 byte-order
// mark is optional; the separator (comma, semicolon or tab) is read from the header line, as
// spreadsheets set to a decimal comma save with semicolons.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPORT_MAX_BYTES } from './limits';
import { problem, type ImportProblem } from './problems';

export interface Table {
  format: 'csv' | 'xlsx';
  /** The header row first. Cells are strings; an XLSX date is yyyy-mm-dd. */
  rows: string[][];
  /** Cells (row index in `rows`, column index) that hold a spreadsheet formula (XLSX only). */
  formulaCells: Set<string>;
}

export type TableResult = { ok: true; table: Table } | { ok: false; problem: ImportProblem };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

export const cellKey = (row: number, column: number) => `${row}:${column}`;

export async function readTable(bytes: Uint8Array, fileName: string): Promise<TableResult> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    return {
      ok: false,
      problem: problem('import.file.tooLarge', { megabytes: IMPORT_MAX_BYTES / 1024 / 1024 }),
    };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: problem('import.file.empty') };
  const isXlsx = startsWith(bytes, ZIP_MAGIC);
  if (isXlsx) return readWorkbook(bytes);
  if (/\.xlsx$/i.test(fileName)) return { ok: false, problem: problem('import.file.notXlsx') };
  return readCsv(bytes);
}

function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: ImportProblem } {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, problem: problem('import.file.utf16') };
  }
  // UTF-16 without its mark: every other byte of ASCII text is zero.
  const sample = bytes.subarray(0, 200);
  const zeros = sample.filter((byte) => byte === 0).length;
  if (zeros > sample.length / 4) return { ok: false, problem: problem('import.file.utf16') };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: false, problem: problem('import.file.notUtf8') };
  }
}

/** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function readCsv(bytes: Uint8Array): TableResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text.normalize('NFC');
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, problem: problem('import.file.badCsv', { line: line ?? '?' }) };
  }
  return finish({
    format: 'csv',
    rows: rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n'))),
    formulaCells: new Set(),
  });
}

function finish(table: Table): TableResult {
  while (table.rows.length > 0 && table.rows.at(-1)!.every((cell) => cell.trim() === '')) table.rows.pop();
  if (table.rows.length === 0) return { ok: false, problem: problem('import.file.empty') };
  return { ok: true, table };
}

/** One workbook cell as the text a CSV of it would hold. */
function cellText(value: ExcelJS.CellValue): { text: string; formula: boolean } {
  if (value === null || value === undefined) return { text: '', formula: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value), formula: false };
  if (typeof value === 'string') return { text: value, formula: false };
  if ('formula' in value || 'sharedFormula' in value) return { text: '', formula: true };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join(''), formula: false };
  if ('text' in value && typeof value.text === 'string') return { text: value.text, formula: false };
  if ('error' in value) return { text: String(value.error), formula: false };
  return { text: '', formula: false };
}

async function readWorkbook(bytes: Uint8Array): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return { ok: false, problem: problem('import.file.notXlsx') };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: problem('import.file.empty') };
  const rows: string[][] = [];
  const formulaCells = new Set<string>();
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const { text, formula } = cellText(cell.value);
      cells[columnNumber - 1] = text.normalize('NFC');
      if (formula) formulaCells.add(cellKey(rowNumber - 1, columnNumber - 1));
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return finish({ format: 'xlsx', rows: Array.from(rows, (row) => row ?? []), formulaCells });
}
