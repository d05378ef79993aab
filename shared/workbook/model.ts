import type { IsoDate } from '../model';

/**
 * A plain-data description of a workbook: what each sheet holds and how it should look, with no
 * spreadsheet library in sight. `shared/` decides the content; a writer in `io/` turns it into a
 * file. Everything here is deterministic: the same map and day give an equal model.
 */
export interface WorkbookModel {
  readonly properties: WorkbookProperties;
  readonly sheets: readonly SheetModel[];
}

/** The document properties a spreadsheet shows under File > Info. */
export interface WorkbookProperties {
  readonly title: string;
  readonly subject: string;
  readonly creator: string;
  /** Used as created, modified and last-printed date, so writing twice gives the same bytes. */
  readonly created: IsoDate;
}

/** A calendar date, written as a real date cell (a serial number with a date format). */
export interface DateCell {
  readonly date: IsoDate;
}

/**
 * One cell's value. Strings are always written as text, never as a formula or a number, and have
 * already been through `escapeCellText`. `null` is a blank cell.
 */
export type CellValue = string | number | DateCell | null;

/** What a column mostly holds: sets its number format and alignment. */
export type ColumnKind = 'text' | 'date' | 'number';

export interface ColumnModel {
  /** Shown in the header row when the sheet has one. */
  readonly header: string;
  /** What the column means, in a sentence; the Legend sheet lists it. */
  readonly help?: string;
  /** In Excel's units (roughly characters of the default font). */
  readonly width: number;
  readonly kind: ColumnKind;
  /** Long text wraps inside the cell instead of spilling over or being cut off. */
  readonly wrap: boolean;
  /** A dropdown on this column's cells, offering the values in this range, e.g. `Lists!$B$2:$B$7`. */
  readonly dropdown?: string;
  /**
   * Each row's text is its own, as an id or a sentence about that row is: a writer need not look
   * for it among the other cells' texts (an .xlsx writer puts it in its cell, not the shared table).
   */
  readonly distinct?: boolean;
}

/** The look of a highlighted cell, e.g. a severity. Colours are `RRGGBB`. */
export interface CellLook {
  readonly fill: string;
  readonly font: string;
  readonly bold: boolean;
}

/** A cell given a particular look; `row` counts from 0 within `rows`, `column` from 0. */
export interface Highlight {
  readonly row: number;
  readonly column: number;
  readonly look: CellLook;
}

/** A row (counting from 0 within `rows`) shown as the sheet's title or as a section heading. */
export interface RowStyle {
  readonly row: number;
  readonly style: 'title' | 'heading';
}

export interface SheetModel {
  /** At most 31 characters, none of `[]:*?/\`. */
  readonly name: string;
  readonly columns: readonly ColumnModel[];
  /** Whether row 1 shows the columns' headers (bold, filled). When it does, `rows` start on row 2. */
  readonly header: boolean;
  /** How many lines of text the header row is tall: long headers wrap rather than widen their column. */
  readonly headerLines: number;
  /** Keeps the header row in view while scrolling. */
  readonly freezeHeader: boolean;
  /** Puts filter buttons on the header over all rows. */
  readonly autoFilter: boolean;
  readonly rows: ReadonlyArray<readonly CellValue[]>;
  readonly highlights: readonly Highlight[];
  readonly rowStyles: readonly RowStyle[];
  /**
   * How many rows below the header get the columns' dropdowns: the data rows and some spare ones,
   * so a row the client adds gets them too.
   */
  readonly dropdownRows: number;
}
