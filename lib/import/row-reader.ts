// Reads one row's cells by column, collecting each cell's problem with its place in the file
// (e.g. "E7 · Status"), so a preview can list every problem of every row at once.
import type { MessageKey } from '../i18n/messages';
import { isIsoDay } from '../validation/commitment';
import { columnLetter, readCell } from './cells';
import type { CellProblem } from './problems';
import { cellKey } from './read-table';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+([.,]\d+)?$/;

export class RowReader<C extends string> {
  readonly problems: CellProblem[] = [];

  constructor(
    private readonly cells: string[],
    /** Index in the table (0 is the header). */
    readonly rowIndex: number,
    private readonly index: Partial<Record<C, number>>,
    private readonly headers: string[],
    private readonly formulaCells: Set<string>,
  ) {}

  /** The row's number as a spreadsheet shows it (the header is row 1). */
  get rowNumber(): number {
    return this.rowIndex + 1;
  }

  has(column: C): boolean {
    return this.index[column] !== undefined;
  }

  fail(column: C, key: MessageKey, values?: Record<string, string | number>): void {
    const position = this.index[column] ?? 0;
    this.problems.push({
      column: `${columnLetter(position)}${this.rowNumber} · ${(this.headers[position] ?? column).trim()}`,
      key,
      values,
    });
  }

  /** The cell's text, trimmed ('' when blank or the column is absent); null after a refused cell. */
  text(column: C): string | null {
    const position = this.index[column];
    if (position === undefined) return '';
    if (this.formulaCells.has(cellKey(this.rowIndex, position))) {
      this.fail(column, 'import.cell.formula');
      return null;
    }
    const cell = readCell(this.cells[position]);
    if (!cell.ok) {
      this.fail(column, 'import.cell.formula');
      return null;
    }
    return cell.text.trim();
  }

  required(column: C): string | null {
    const value = this.text(column);
    if (value === '') {
      this.fail(column, 'import.cell.required');
      return null;
    }
    return value;
  }

  /** A number (decimal point or comma); null when blank; undefined after a problem. */
  number(column: C): number | null | undefined {
    const value = this.text(column);
    if (value === null) return undefined;
    if (value === '') return null;
    if (!DECIMAL.test(value) || Math.abs(Number(value.replace(',', '.'))) >= 1e15) {
      this.fail(column, 'import.cell.number', { value: value.slice(0, 40) });
      return undefined;
    }
    return Number(value.replace(',', '.'));
  }

  /** Whole per cent 0–100; null when blank; undefined after a problem. */
  progress(column: C): number | null | undefined {
    const value = this.text(column);
    if (value === null) return undefined;
    if (value === '') return null;
    const number = Number(value);
    if (!INTEGER.test(value) || number < 0 || number > 100) {
      this.fail(column, 'import.cell.progress', { value: value.slice(0, 40) });
      return undefined;
    }
    return number;
  }

  /** A yyyy-mm-dd day; null when blank; undefined after a problem. */
  day(column: C): Date | null | undefined {
    const value = this.text(column);
    if (value === null) return undefined;
    if (value === '') return null;
    if (!isIsoDay(value)) {
      this.fail(column, 'import.cell.date', { value: value.slice(0, 40) });
      return undefined;
    }
    return new Date(`${value}T00:00:00Z`);
  }
}
