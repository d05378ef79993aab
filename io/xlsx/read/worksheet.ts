import type { SheetCell } from '../../../shared/import/sheet-table';
import { DATE_1904_OFFSET, isoDateSerial } from './excel-dates';
import { BOOLEAN, cellType, columnAt, ERROR, INLINE_STRING, ISO_DATE, NUMBER, parseNumber, SHARED_STRING, wholeNumber } from './cell-fields';
import { shiftFormula } from './formula';
import type { PieceReader } from './part-text';
import { MAX_SHEET_CELLS, UnreadableWorkbook, sheetTooLargeMessage } from './problem';
import { endsName, findTag, forEachAttribute, richText, rootPrefix, selfClosing, xmlText } from './xml-scan';

/**
 * Reads a worksheet's rows (`<sheetData>` of xl/worksheets/sheetN.xml) into rows of cells, a
 * piece of whole rows at a time (see `readPartInPieces`). A row or cell without its `r`
 * reference is the one after the previous (Excel leaves them out, and so does our writer).
 * Tags are found one after another with `indexOf` in the piece's text, and a cell's `r`, `s`, `t`
 * and value are read where they are: no element objects, no tree, no string per attribute.
 */

/** What every sheet's cells refer to. */
export interface SheetContext {
  /** The shared string table, each entry already the cell it makes. */
  readonly strings: ReadonlyArray<SheetCell | null>;
  /** Per style index, whether numbers in that style are dates. */
  readonly dateStyles: readonly boolean[];
  /** The workbook counts days from 1904: its date serials are moved to the usual 1900 system. */
  readonly date1904: boolean;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns. Cells outside it are not Excel's and are skipped. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** The rows between two rows that hold something: one shared, frozen empty row. */
const EMPTY_ROW: ReadonlyArray<SheetCell | null> = Object.freeze([]);
/** A formula whose text the file does not give (a shared formula's first cell missing). */
const UNKNOWN_FORMULA = '?';
const SLASH = 47;

interface SharedFormula {
  readonly formula: string;
  readonly row: number;
  readonly column: number;
}

export class WorksheetReader implements PieceReader {
  readonly rows: Array<ReadonlyArray<SheetCell | null>> = [];
  private prefix = '';
  private rowOpen = '<row';
  private rowClose = '</row>';
  private cellOpen = '<c';
  private cellClose = '</c>';
  private inlineClose = '</is>';
  private valueOpen = '<v>';
  /** The end of a value and of its cell: `</v></c>`. */
  private valueEnd = '</v></c>';
  private rowIndex = -1;
  /** Cells the sheet spreads over so far, blanks between values included. */
  private extent = 0;
  private readonly sharedFormulas = new Map<string, SharedFormula>();
  // The tag being read: where its `r` value is, its `s` and its `t`, kept here, not in an object per cell.
  private refFrom = -1;
  private refTo = -1;
  private style = 0;
  private type = NUMBER;

  constructor(private readonly sheetName: string, private readonly context: SheetContext) {}

  start(head: string): string {
    const prefix = rootPrefix(head, 'worksheet');
    this.prefix = prefix;
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.cellOpen = `<${prefix}c`;
    this.cellClose = `</${prefix}c>`;
    this.inlineClose = `</${prefix}is>`;
    this.valueOpen = `<${prefix}v>`;
    this.valueEnd = `</${prefix}v></${prefix}c>`;
    return this.rowClose;
  }

  take(piece: string): void {
    const { rowOpen } = this;
    for (let at = findTag(piece, rowOpen, 0); at >= 0;) {
      const gt = piece.indexOf('>', at);
      if (gt < 0) return;
      this.readTag(piece, at + rowOpen.length, gt);
      const number = this.refFrom < 0 ? 0 : Number(piece.slice(this.refFrom, this.refTo));
      this.rowIndex = Number.isInteger(number) && number >= 1 ? number - 1 : this.rowIndex + 1;
      at = findTag(piece, rowOpen, selfClosing(piece, gt) ? gt + 1 : this.readRow(piece, gt + 1));
    }
  }

  /** Reads the cells of the row whose content starts at `from`; returns where the row ends. */
  private readRow(text: string, from: number): number {
    const { cellOpen, rowClose } = this;
    const row: Array<SheetCell | null> = [];
    let column = -1;
    let at = from;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) break;
      if (text.charCodeAt(lt + 1) === SLASH) {
        if (text.startsWith(rowClose, lt)) {
          at = lt + rowClose.length;
          break;
        }
        at = lt + 2;
        continue;
      }
      const gt = text.indexOf('>', lt);
      if (gt < 0) break;
      at = gt + 1;
      if (!text.startsWith(cellOpen, lt) || !endsName(text, lt + cellOpen.length)) continue; // <extLst>, say
      this.readTag(text, lt + cellOpen.length, gt);
      column = this.refFrom < 0 ? column + 1 : columnAt(text, this.refFrom, this.refTo, column + 1);
      if (!selfClosing(text, gt)) at = this.readCell(text, gt + 1, column, row);
    }
    this.placeRow(row);
    return at;
  }

  private placeRow(row: Array<SheetCell | null>): void {
    const { rows, rowIndex } = this;
    if (row.length === 0 || rowIndex >= MAX_ROWS) return;
    this.extent += row.length + Math.max(0, rowIndex - rows.length);
    if (this.extent > MAX_SHEET_CELLS) throw new UnreadableWorkbook(sheetTooLargeMessage(this.sheetName));
    while (rows.length < rowIndex) rows.push(EMPTY_ROW);
    rows[rowIndex] = row;
  }

  /** Finds a row or cell tag's `r`, `s` and `t` between `from` and `to` (the tag's `>`). */
  private readTag(text: string, from: number, to: number): void {
    this.refFrom = -1;
    this.style = 0;
    this.type = NUMBER;
    for (let at = from; at < to;) {
      const eq = text.indexOf('=', at);
      if (eq < 0 || eq >= to) return;
      let quote = eq + 1;
      while (quote < to && text.charCodeAt(quote) !== 34 && text.charCodeAt(quote) !== 39) quote++;
      if (quote >= to) return;
      const close = text.indexOf(text.charCodeAt(quote) === 34 ? '"' : "'", quote + 1);
      if (close < 0 || close > to) return;
      let nameEnd = eq;
      while (nameEnd > at && text.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
      // A one-letter name, so preceded by whitespace: not the end of `cm` or `xr:r`.
      if (text.charCodeAt(nameEnd - 2) <= 32) {
        const name = text.charCodeAt(nameEnd - 1);
        if (name === 114) { // r
          this.refFrom = quote + 1;
          this.refTo = close;
        } else if (name === 115) this.style = wholeNumber(text, quote + 1, close); // s
        else if (name === 116) this.type = cellType(text, quote + 1, close); // t
      }
      at = close + 1;
    }
  }

  /** Reads what is inside a `<c …>` from `from` into `row`; returns where the cell ends. */
  private readCell(text: string, from: number, column: number, row: Array<SheetCell | null>): number {
    const { prefix, cellClose, valueOpen, valueEnd } = this;
    let rawFrom = -1;
    let rawTo = -1;
    let formula: string | undefined;
    let inline: string | undefined;
    let at = from;
    // Most cells are a value and nothing else: `<v>12</v></c>`.
    if (text.startsWith(valueOpen, from)) {
      const end = text.indexOf('<', from + valueOpen.length);
      if (end >= 0 && text.startsWith(valueEnd, end)) {
        rawFrom = from + valueOpen.length;
        rawTo = end;
        at = end + valueEnd.length;
      }
    }
    // Otherwise, each child in turn (a formula, a value, an inline string) up to `</c>`.
    if (rawTo < 0) {
      for (;;) {
        const lt = text.indexOf('<', at);
        if (lt < 0) return text.length;
        if (text.charCodeAt(lt + 1) === SLASH) {
          if (text.startsWith(cellClose, lt)) {
            at = lt + cellClose.length;
            break;
          }
          at = lt + 2;
          continue;
        }
        const gt = text.indexOf('>', lt);
        if (gt < 0) return text.length;
        at = gt + 1;
        const name = lt + 1 + prefix.length;
        if (prefix !== '' && !text.startsWith(prefix, lt + 1)) continue;
        const code = text.charCodeAt(name);
        const empty = selfClosing(text, gt);
        if (code === 118 && endsName(text, name + 1)) { // v
          rawFrom = gt + 1;
          rawTo = empty ? rawFrom : text.indexOf('<', gt);
          if (!empty) at = rawTo;
        } else if (code === 102 && endsName(text, name + 1)) { // f
          formula = this.formulaOf(text, name + 1, gt, column);
          if (!empty) at = text.indexOf('<', gt);
        } else if (code === 105 && text.charCodeAt(name + 1) === 115 && endsName(text, name + 2)) { // is
          const end = empty ? -1 : text.indexOf(this.inlineClose, gt);
          inline = end < 0 ? '' : richText(text.slice(gt + 1, end), prefix);
          if (end >= 0) at = end;
        }
        if (at < 0) return text.length;
      }
    }
    const cell = this.cellOf(text, rawFrom, rawTo, formula, inline);
    if (cell !== null && column < MAX_COLUMNS) {
      // Checked before the blanks are made: a few far-flung cells must not fill memory first.
      if (this.extent + column >= MAX_SHEET_CELLS) throw new UnreadableWorkbook(sheetTooLargeMessage(this.sheetName));
      while (row.length < column) row.push(null);
      row[column] = cell;
    }
    return at;
  }

  /** A `<f>` tag's formula: its text, or for a shared formula's later cells, the first cell's moved to this one. */
  private formulaOf(text: string, from: number, gt: number, column: number): string {
    let type = '';
    let group: string | undefined;
    const empty = selfClosing(text, gt);
    forEachAttribute(text, from, empty ? gt - 1 : gt, (name, value) => {
      if (name === 't') type = value;
      else if (name === 'si') group = value;
    });
    const own = empty ? '' : xmlText(text.slice(gt + 1, text.indexOf('<', gt)));
    if (type !== 'shared' || group === undefined) return own || UNKNOWN_FORMULA;
    if (own !== '') {
      this.sharedFormulas.set(group, { formula: own, row: this.rowIndex, column });
      return own;
    }
    const first = this.sharedFormulas.get(group);
    return first ? shiftFormula(first.formula, this.rowIndex - first.row, column - first.column) : UNKNOWN_FORMULA;
  }

  /** The cell a value makes, by the cell's type; null when it holds nothing (no value, or empty text, and no formula). */
  private cellOf(text: string, rawFrom: number, rawTo: number, formula: string | undefined, inline: string | undefined): SheetCell | null {
    const hasRaw = rawFrom >= 0;
    let value: string | number | boolean | undefined;
    let date = false;
    let error = false;
    switch (this.type) {
      case SHARED_STRING: {
        const shared = hasRaw ? this.context.strings[wholeNumber(text, rawFrom, rawTo)] : undefined;
        if (formula === undefined) return shared ?? null;
        value = shared?.value;
        break;
      }
      case NUMBER:
        if (hasRaw && rawTo > rawFrom) {
          const number = parseNumber(text, rawFrom, rawTo);
          if (Number.isNaN(number)) value = xmlText(text.slice(rawFrom, rawTo));
          else if (this.context.dateStyles[this.style] === true) {
            date = true;
            value = this.context.date1904 ? number + DATE_1904_OFFSET : number;
          } else value = number;
        }
        break;
      case BOOLEAN:
        if (hasRaw) value = /^\s*(1|true)\s*$/.test(text.slice(rawFrom, rawTo));
        break;
      case INLINE_STRING:
        value = inline ?? (hasRaw ? xmlText(text.slice(rawFrom, rawTo)) : undefined);
        break;
      case ISO_DATE: {
        const raw = hasRaw ? text.slice(rawFrom, rawTo) : '';
        const serial = isoDateSerial(raw);
        date = serial !== null;
        value = serial ?? xmlText(raw);
        break;
      }
      default: // a formula's text result, or an error such as #REF!
        if (hasRaw) value = xmlText(text.slice(rawFrom, rawTo));
        error = this.type === ERROR && value !== undefined && value !== '';
    }
    if (value === '') value = undefined;
    if (formula === undefined) {
      // The usual cells made whole at once, so they share a few object shapes.
      if (value === undefined) return null;
      if (!error) return date ? { value, date: true } : { value };
    }
    const cell: { value: string | number | boolean; date?: true; formula?: string; error?: true } = { value: value ?? '' };
    if (date) cell.date = true;
    if (formula !== undefined) cell.formula = formula;
    if (error) cell.error = true;
    return cell;
  }
}
