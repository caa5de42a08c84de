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

export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null || value === undefined) return '';
      return typeof value === 'number' ? String(value) : neutraliseFormula(value);
    }),
  );
  const body = stringify([columns.map((column) => column.header), ...records], {
    record_delimiter: 'windows',
    quoted_match: /[",\r\n]/,
  });
  return CSV_BOM + body;
}
