// What an import can say about a file or one of its cells: a catalog key and its values, so the
// preview shows it in the reader's language (and the CLI in English).
import type { MessageKey } from '../i18n/messages';

export interface ImportProblem {
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** A problem in one cell: the row as numbered in the file (header = row 1) and the column's header. */
export interface CellProblem extends ImportProblem {
  column: string;
}

export const problem = (key: MessageKey, values?: ImportProblem['values']): ImportProblem => ({
  key,
  values,
});
