import { isValidId } from '../model';
import { ID_COLUMN } from '../workbook/field-columns';
import { cellText } from './cell-text';
import { cellName, type SheetCell, type SheetTable } from './sheet-table';

/** Something a re-import noticed about one cell, row or sheet of the workbook. */
export interface WorkbookIssue {
  /** An error means the row or cell was not read (the record stays as it was); a warning, that it was read with a guess. */
  readonly severity: 'error' | 'warning';
  readonly sheet: string;
  /** Where, as the spreadsheet names it ("C7"); absent when it is about the whole sheet. */
  readonly cell?: string;
  readonly message: string;
}

/** Collects issues as the sheets are read. */
export class IssueLog {
  readonly issues: WorkbookIssue[] = [];

  error(sheet: string, cell: string | undefined, message: string): void {
    this.issues.push({ severity: 'error', sheet, ...(cell === undefined ? {} : { cell }), message });
  }

  warning(sheet: string, cell: string | undefined, message: string): void {
    this.issues.push({ severity: 'warning', sheet, ...(cell === undefined ? {} : { cell }), message });
  }
}

/** One data row of a table sheet, with the id in its ID column (null for a row a client added). */
export interface TableRow {
  /** The row's index in the sheet (0 is the header row). */
  readonly index: number;
  readonly cells: ReadonlyArray<SheetCell | null>;
  readonly id: string | null;
}

/** A table sheet as a re-import reads it: columns found by their headers, rows with their ids. */
export interface WorkbookTable {
  readonly name: string;
  readonly rows: readonly TableRow[];
  /** The index of the column headed `header` (case and surrounding space ignored), if the sheet has one. */
  column(header: string): number | undefined;
  /** The text of a cell, as a person reads it: formula guard removed, trimmed; blank for a missing cell. */
  text(row: TableRow, column: number | undefined): string;
}

/** The header every table a re-import reads starts with. */
export const ID_HEADER = ID_COLUMN.header;

/** The sheet called `name` (case and surrounding space ignored), if the book has one. */
export function findSheet(sheets: readonly SheetTable[], name: string): SheetTable | undefined {
  const wanted = headerKey(name);
  return sheets.find((sheet) => headerKey(sheet.name) === wanted);
}

/**
 * Reads a table sheet: the first row is its headers, each later row with something in it is a
 * record. Emptied rows are skipped: clearing a row's cells is how many people delete it. A row
 * whose ID repeats an earlier row's is reported and left out: the first row with an ID is the
 * one read. A row whose ID is not one the app could have made is reported and left out too; its
 * record cannot be told, so it reads as removed, which the person confirming the import sees.
 */
export function readTable(sheet: SheetTable, log: IssueLog): WorkbookTable {
  const columns = new Map<string, number>();
  (sheet.rows[0] ?? []).forEach((cell, index) => {
    const key = cell ? headerKey(cellText(cell)) : '';
    if (key !== '' && !columns.has(key)) columns.set(key, index);
  });
  const column = (header: string) => columns.get(headerKey(header));
  const idColumn = column(ID_HEADER);
  const text = (row: { cells: ReadonlyArray<SheetCell | null> }, at: number | undefined) => {
    const cell = at === undefined ? null : row.cells[at];
    return cell ? cellText(cell).trim() : '';
  };

  const rows: TableRow[] = [];
  const firstRowOf = new Map<string, number>();
  sheet.rows.forEach((cells, index) => {
    if (index === 0 || cells.every((cell) => !cell || (typeof cell.value === 'string' && cell.value.trim() === ''))) return;
    const id = text({ cells }, idColumn);
    if (id === '') {
      rows.push({ index, cells, id: null });
      return;
    }
    const where = cellName(index, idColumn!);
    if (!isValidId(id)) {
      log.error(sheet.name, where, `"${id}" is not an ID the app made, so this row was not read. Put the ID back, or clear it to add the row as a new one.`);
      return;
    }
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      log.error(sheet.name, where, `The ID "${id}" is on row ${first + 1} and row ${index + 1}; only row ${first + 1} was read. Clear the ID of a row you added as a copy.`);
      return;
    }
    firstRowOf.set(id, index);
    rows.push({ index, cells, id });
  });
  return { name: sheet.name, rows, column, text };
}

/** A header or sheet name as compared: trimmed, case ignored. */
function headerKey(text: string): string {
  return text.trim().toLowerCase();
}
