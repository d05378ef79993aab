import { columnLetter, type CellLook, type CellValue, type ColumnModel, type DateCell, type Highlight, type RowStyle } from '../../shared/workbook';
import { ascii, ByteChunk } from './byte-chunk';
import type { SharedStrings } from './shared-strings';
import type { StyleSheet } from './styles';
import { copiedAsPlainText } from './xml-text';
import { CHUNK_LENGTH } from './xml';

/** Days from Excel's day 0 (1899-12-30, which absorbs Excel's phantom 1900-02-29) to 1970-01-01. */
const EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/** A date (`YYYY-MM-DD`) as Excel's serial number: whole days since 1899-12-30. */
function dateSerial(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS + EPOCH_SERIAL;
}

/** How a value past the model's columns is written (there should be none): as plain text would be. */
const EXTRA_COLUMN: ColumnModel = { header: '', width: 0, kind: 'text', wrap: false };

const ROW_OPEN = ascii('<row r="');
const ROW_OPENED = ascii('">');
const ROW_CLOSE = ascii('</row>');
const CELL_OPEN = ascii('<c');
const QUOTE = ascii('"');
const VALUE_CLOSE = ascii('</v></c>');
const STYLE = ascii(' s="');
const TEXT_VALUE = ascii('" t="s"><v>');
const VALUE = ascii('"><v>');
const EMPTY_CELL = ascii('"/>');
const INLINE_CLOSE = ascii('</t></is></c>');

/**
 * A column's cell pieces, made once: a cell is `<c`, its reference when it needs one (` r="B`, the
 * row number, `"`), the tail for its kind of value with the column's style, the value, `</v></c>`.
 */
class ColumnCells {
  readonly ref: Uint8Array;
  readonly style: number;
  readonly textTail: Uint8Array;
  /** The tail for text written in the cell itself (an inline string): only a distinct column has one. */
  readonly inlineTail: Uint8Array | undefined;
  readonly numberTail: Uint8Array;
  /** Made when the column's first date is: the style sheet lists only looks in use. */
  private date: { readonly style: number; readonly tail: Uint8Array } | undefined;
  /** The column's last text and its index in the string table (see `stringIndex`). */
  private lastText: string | undefined;
  private lastIndex = 0;

  constructor(index: number, private readonly column: ColumnModel, private readonly styles: StyleSheet) {
    this.style = styles.column(column, false);
    this.ref = ascii(` r="${columnLetter(index)}`);
    this.textTail = ascii(` s="${this.style}" t="s"><v>`);
    this.inlineTail = column.distinct ? ascii(` s="${this.style}" t="inlineStr"><is><t>`) : undefined;
    this.numberTail = ascii(` s="${this.style}"><v>`);
  }

  /**
   * The string table's index for `text`, a text in this column. A register repeats a check's
   * title, explanation, advice, ratings and treatment down the rows it raised, so half its cells
   * hold the text of the cell above: comparing with that is far quicker than looking the text up
   * among the table's 117,000 (those lookups were the largest part of the writer's time).
   */
  stringIndex(text: string, strings: SharedStrings): number {
    if (text !== this.lastText) {
      this.lastIndex = strings.indexOf(text);
      this.lastText = text;
    }
    return this.lastIndex;
  }

  get dateStyle(): number {
    return this.dateCells().style;
  }

  get dateTail(): Uint8Array {
    return this.dateCells().tail;
  }

  private dateCells(): { readonly style: number; readonly tail: Uint8Array } {
    if (!this.date) {
      const style = this.styles.column(this.column, true);
      this.date = { style, tail: ascii(` s="${style}"><v>`) };
    }
    return this.date;
  }
}

/** The look highlighting column `column` in a row's highlights (one or two), or none; the last given wins. */
function lookAt(highlights: readonly Highlight[], column: number): CellLook | undefined {
  let look: CellLook | undefined;
  for (const highlight of highlights) if (highlight.column === column) look = highlight.look;
  return look;
}

/**
 * Writes a sheet's rows into `chunk`, straight as bytes. This is the writer's hot loop: 146,000
 * rows and 2.4 million cells for the map. A cell in its column's style is a few copies of
 * ready-made bytes; a cell on a title or heading row, or highlighted, has its style worked out.
 *
 * A cell right after its left neighbour is written without its reference (`r="C12"`): readers
 * place it in the next column, as the standard says (ECMA-376 Part 1, 18.3.1.4). The row number
 * repeated in every cell is what DEFLATE finds hardest: leaving those references out measured
 * two fifths less compressing for the register and a file of 7.9 MB instead of 12.6 MB. The
 * first cell of a row and any cell after a blank keep theirs.
 */
export class SheetRows {
  readonly chunk = new ByteChunk(CHUNK_LENGTH + (CHUNK_LENGTH >> 2));
  private readonly columns: ColumnCells[];

  constructor(columns: readonly ColumnModel[], private readonly strings: SharedStrings, private readonly styles: StyleSheet) {
    this.columns = columns.map((column, i) => new ColumnCells(i, column, styles));
  }

  /** The style of ordinary cells in column `index`, for the sheet's column defaults. */
  columnStyle(index: number): number {
    return this.cellsOf(index).style;
  }

  /**
   * Row `number`. A row style restyles the cells that have values; a highlight colours its cell
   * even when blank. A `null` value (or a number no spreadsheet can hold) writes no cell.
   */
  write(values: readonly CellValue[], number: number, rowStyle: RowStyle['style'] | undefined, highlights: readonly Highlight[] | undefined): void {
    const { chunk } = this;
    let end = values.length;
    if (highlights) for (const { column } of highlights) end = Math.max(end, column + 1);
    chunk.put(ROW_OPEN);
    chunk.int(number);
    chunk.put(ROW_OPENED);
    let next = -1; // the first cell always says where it is: exceljs, for one, needs that
    for (let c = 0; c < end; c++) {
      const value = values[c];
      const look = highlights && lookAt(highlights, c);
      const plain = look === undefined && rowStyle === undefined;
      if (plain && typeof value === 'string') {
        // The common cell, kept short: text in its column's style.
        const cells = this.columns[c] ?? this.cellsOf(c);
        this.open(c, next, cells, number);
        next = c + 1;
        if (cells.inlineTail && this.wroteInline(value, cells.inlineTail)) continue;
        chunk.put(cells.textTail);
        chunk.int(cells.stringIndex(value, this.strings));
        chunk.put(VALUE_CLOSE);
        continue;
      }
      const kept = value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value;
      if (kept === null && look === undefined) continue;
      const cells = this.columns[c] ?? this.cellsOf(c);
      this.open(c, next, cells, number);
      next = c + 1;
      if (!plain) {
        this.writeStyledCell(kept, this.styleOf(kept, cells, rowStyle, look));
      } else if (typeof kept === 'number') {
        chunk.put(cells.numberTail);
        chunk.number(kept);
        chunk.put(VALUE_CLOSE);
      } else {
        chunk.put(cells.dateTail);
        chunk.number(dateSerial((kept as DateCell).date));
        chunk.put(VALUE_CLOSE);
      }
    }
    chunk.put(ROW_CLOSE);
  }

  /**
   * Writes a distinct column's text in its cell, when it is plain text, and says whether it did.
   * An id or a finding is never repeated, so looking it up among the string table's texts and
   * adding it there is work for nothing: for the register's 240,000 such texts that measured
   * more than half the table's time. Text needing escapes goes to the table as any other does.
   */
  private wroteInline(text: string, tail: Uint8Array): boolean {
    const { chunk } = this;
    const start = chunk.length;
    chunk.put(tail);
    if (copiedAsPlainText(chunk, text)) {
      chunk.put(INLINE_CLOSE);
      return true;
    }
    chunk.length = start;
    return false;
  }

  /** `<c`, and the cell's reference unless it sits right after the cell before (`next`). */
  private open(column: number, next: number, cells: ColumnCells, number: number): void {
    const { chunk } = this;
    chunk.put(CELL_OPEN);
    if (column === next) return;
    chunk.put(cells.ref);
    chunk.int(number);
    chunk.put(QUOTE);
  }

  private styleOf(value: CellValue, cells: ColumnCells, rowStyle: RowStyle['style'] | undefined, look: CellLook | undefined): number {
    let style = value !== null && typeof value === 'object' ? cells.dateStyle : cells.style;
    if (rowStyle !== undefined && value !== null) style = this.styles.rowStyled(style, rowStyle);
    if (look !== undefined) style = this.styles.highlighted(style, look);
    return style;
  }

  private writeStyledCell(value: CellValue, style: number): void {
    const { chunk } = this;
    chunk.put(STYLE);
    chunk.int(style);
    if (value === null) {
      chunk.put(EMPTY_CELL);
      return;
    }
    if (typeof value === 'string') {
      chunk.put(TEXT_VALUE);
      chunk.int(this.strings.indexOf(value));
    } else {
      chunk.put(VALUE);
      chunk.number(typeof value === 'number' ? value : dateSerial(value.date));
    }
    chunk.put(VALUE_CLOSE);
  }

  private cellsOf(index: number): ColumnCells {
    return this.columns[index] ?? (this.columns[index] = new ColumnCells(index, EXTRA_COLUMN, this.styles));
  }
}
