import { columnLetter } from '../workbook/lists';

export { columnLetter };

/**
 * A spreadsheet as the importer sees it, whatever file it came from: named sheets of rows of
 * cells. The .xlsx reader and the CSV parser both produce this; everything after them (header
 * matching, value matching, building the map, re-reading an exported workbook) reads only this.
 */

/** One non-empty cell, with what it holds and how it got there. */
export interface SheetCell {
  /**
   * Text as written, a number, or a yes/no. A date cell in .xlsx is a number (an Excel date
   * serial) with `date: true`; CSV gives text only.
   */
  readonly value: string | number | boolean;
  /** The number is an Excel date serial (the cell is formatted as a date). */
  readonly date?: true;
  /** The cell holds a formula; `value` is the result the spreadsheet last calculated (if any). */
  readonly formula?: string;
  /** The cell holds an error such as `#REF!`; `value` is that error text. */
  readonly error?: true;
}

/** One sheet: `rows[0]` is normally the header row. Missing cells are `null`; rows may differ in length. */
export interface SheetTable {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<SheetCell | null>>;
}

/** A whole spreadsheet file: its sheets in workbook order (a CSV file has one). */
export interface SheetBook {
  readonly sheets: readonly SheetTable[];
}

/**
 * What reading a spreadsheet file gives, whichever reader read it: the book, with notes on
 * anything the reader had to assume or leave out; or why there is none, in plain words.
 */
export type SheetBookRead =
  | { readonly ok: true; readonly book: SheetBook; readonly notices?: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** Where a cell is, as a spreadsheet user says it: row index 0 → row 1, so `cellName(0, 2)` is "C1". */
export function cellName(rowIndex: number, columnIndex: number): string {
  return `${columnLetter(columnIndex)}${rowIndex + 1}`;
}
