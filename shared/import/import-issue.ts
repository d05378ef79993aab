import { cellName, columnLetter, type SheetCell } from './sheet-table';

/** A problem found reading one cell, before anyone knows where the cell is. */
export interface CellProblem {
  /** A warning: something was read with a guess or put elsewhere. An error: something could not be imported. */
  readonly severity: 'warning' | 'error';
  /** What was wrong and what was done about it, in plain words. */
  readonly message: string;
}

/** A problem with one cell of an imported sheet, named the way a spreadsheet user finds it. */
export interface ImportIssue extends CellProblem {
  /** The row number the spreadsheet shows (the header row is 1). */
  readonly row: number;
  /** The column letter, e.g. "D"; blank for a problem with the sheet as a whole. */
  readonly column: string;
  /** The column's header as written; blank when the column has none or the problem is the whole sheet's. */
  readonly header: string;
  /** The cell, e.g. "D7"; blank for a problem with the sheet as a whole. */
  readonly cell: string;
}

export const warning = (message: string): CellProblem => ({ severity: 'warning', message });
export const error = (message: string): CellProblem => ({ severity: 'error', message });

/** `problem` placed at a cell: `rowIndex` and `columnIndex` count from 0 in the table. */
export function issueAt(rowIndex: number, columnIndex: number, header: string, problem: CellProblem): ImportIssue {
  return { row: rowIndex + 1, column: columnLetter(columnIndex), header, cell: cellName(rowIndex, columnIndex), ...problem };
}

/** A problem with the whole sheet, such as a header row with no source column. */
export function sheetIssue(problem: CellProblem): ImportIssue {
  return { row: 1, column: '', header: '', cell: '', ...problem };
}

/** Wording quoted in a message, shortened so one long cell cannot swamp the list of problems. */
export function quoted(text: string, longest = 80): string {
  return `"${text.length > longest ? `${text.slice(0, longest - 1)}…` : text}"`;
}

/**
 * The warning for a formula cell: its last calculated value is what was read, and the message
 * names the cell and the formula, so the reader can see where a value came from.
 */
export function formulaProblem(cell: SheetCell, where: string, shown: string): CellProblem {
  const formula = cell.formula!.startsWith('=') ? cell.formula! : `=${cell.formula}`;
  return shown === ''
    ? warning(`${where} holds a formula (${shortFormula(formula)}) with no calculated value, so nothing was read from it.`)
    : warning(`${where} holds a formula (${shortFormula(formula)}); the value it last showed, ${quoted(shown)}, was used.`);
}

const shortFormula = (formula: string) => (formula.length > 60 ? `${formula.slice(0, 59)}…` : formula);

/** The warning for a cell showing a spreadsheet error such as #REF!: nothing is read from it, and `kept` says where its text went. */
export function errorCellProblem(cell: SheetCell, where: string, kept: string): CellProblem {
  return warning(`${where} shows the spreadsheet error ${String(cell.value)}; ${kept}.`);
}
