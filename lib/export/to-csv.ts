// CSV for spreadsheet users: RFC 4180 quoting and CRLF line ends, UTF-8 with a byte-order mark so
// Excel and LibreOffice open Vietnamese diacritics correctly instead of guessing a legacy code page.
import { stringify } from 'csv-stringify/sync';

export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/** Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
}

function cells<Row>(columns: CsvColumn<Row>[], row: Row): string[] {
  return columns.map((column) => {
    const value = column.value(row);
    if (value === null || value === undefined) return '';
    return typeof value === 'number' ? String(value) : neutraliseFormula(value);
  });
}

function stringifyRecords(records: string[][]): string {
  return stringify(records, { record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}

/** The byte-order mark and the header line: the start of a file written piece by piece. */
export function csvHead<Row>(columns: CsvColumn<Row>[]): string {
  return CSV_BOM + stringifyRecords([columns.map((column) => column.header)]);
}

/** Lines for some rows (each ends with CRLF): head + lines of every batch = toCsv, byte for byte. */
export function csvLines<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  return rows.length === 0 ? '' : stringifyRecords(rows.map((row) => cells(columns, row)));
}

export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  return csvHead(columns) + csvLines(columns, rows);
}
