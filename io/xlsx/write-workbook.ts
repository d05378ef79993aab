import ExcelJS from 'exceljs';
import { columnLetter, type CellLook, type CellValue, type ColumnModel, type SheetModel, type WorkbookModel } from '../../shared/workbook';
import { finishZip } from './zip';

/**
 * Writes a workbook model as an .xlsx file (Office Open XML) with exceljs, in Node and in the
 * browser alike. The bytes depend only on the model: the file's dates come from the model and
 * the zip's timestamps are fixed afterwards, so the same register written twice is identical
 * (on the same runtime: Node's and Chromium's compressors may differ by a byte).
 *
 * Styles are built once per kind of cell and shared by reference: exceljs recognises a style
 * object it has seen, so a 100,000-row register does not make or compare a style per cell.
 */
export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const created = dateOf(model.properties.created);
  workbook.creator = model.properties.creator;
  workbook.lastModifiedBy = model.properties.creator;
  workbook.title = model.properties.title;
  workbook.subject = model.properties.subject;
  workbook.created = created;
  workbook.modified = created;
  workbook.lastPrinted = created;
  const styles = new StyleCache();
  for (const sheet of model.sheets) writeSheet(workbook, sheet, styles);
  // Stored, not compressed: finishZip compresses with the platform's native DEFLATE, about a
  // tenth faster overall than exceljs's JavaScript one, while it fixes the zip's timestamps.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return finishZip(new Uint8Array(stored as ArrayBuffer), model.properties.created);
}

const DATE_FORMAT = 'yyyy-mm-dd';
/** Points per line of 11-point text. */
const HEADER_LINE_HEIGHT = 15;

/** Midnight UTC, which exceljs turns into a whole date serial with no time of day. */
function dateOf(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** A blank is left out altogether (`undefined`): exceljs then makes no cell for it, and the column's style still shows. */
function cellValueOf(value: CellValue): ExcelJS.CellValue | undefined {
  if (value === null) return undefined;
  return typeof value === 'object' ? dateOf(value.date) : value;
}

const argb = (rgb: string) => `FF${rgb}`;
const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(rgb) } });

/** Every style the writer uses, made once and then shared by every cell that looks alike. */
class StyleCache {
  readonly header: Partial<ExcelJS.Style> = {
    font: { bold: true, color: { argb: argb('FFFFFF') } },
    fill: solid('1F4E78'),
    alignment: { vertical: 'middle', wrapText: true },
  };
  readonly title: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };
  readonly heading: Partial<ExcelJS.Style> = { font: { bold: true }, fill: solid('D9E1F2'), alignment: { vertical: 'top' } };
  private readonly columns = new Map<string, Partial<ExcelJS.Style>>();
  private readonly looks = new Map<CellLook, Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>>();

  /** The style of an ordinary cell in `column`, or of a date cell there. */
  column(column: ColumnModel, date = false): Partial<ExcelJS.Style> {
    const key = `${column.kind}|${column.wrap}|${date}`;
    let style = this.columns.get(key);
    if (!style) {
      style = { alignment: { vertical: 'top', wrapText: column.wrap } };
      if (column.kind === 'date' || date) style.numFmt = DATE_FORMAT;
      this.columns.set(key, style);
    }
    return style;
  }

  /** `base` with a highlight's fill and font on top. */
  highlighted(look: CellLook, base: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    let byBase = this.looks.get(look);
    if (!byBase) this.looks.set(look, (byBase = new Map()));
    let style = byBase.get(base);
    if (!style) {
      style = { ...base, fill: solid(look.fill), font: { bold: look.bold, color: { argb: argb(look.font) } } };
      byBase.set(base, style);
    }
    return style;
  }
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, styles: StyleCache): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.freezeHeader ? [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] : [],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const { columns } = sheet;
  const columnStyles = columns.map((column) => styles.column(column));
  worksheet.columns = columns.map((column, i) => ({ width: column.width, style: columnStyles[i]! }));

  const firstDataRow = sheet.header ? 2 : 1;
  if (sheet.header) {
    const header = worksheet.addRow(columns.map((column) => column.header));
    header.eachCell((cell) => { cell.style = styles.header; });
    // Set, not left to the spreadsheet: not every one grows a row to fit wrapped text on opening.
    header.height = HEADER_LINE_HEIGHT * sheet.headerLines + 3;
    worksheet.pageSetup.printTitlesRow = '1:1';
  }
  for (const values of sheet.rows) {
    const row = worksheet.addRow(values.map(cellValueOf));
    // Replace the per-cell copy exceljs makes with the shared style, so writing it is one lookup.
    row.eachCell((cell, number) => {
      const value = values[number - 1];
      cell.style = value !== null && typeof value === 'object' ? styles.column(columns[number - 1]!, true) : columnStyles[number - 1]!;
    });
  }
  for (const { row, style } of sheet.rowStyles) {
    worksheet.getRow(row + firstDataRow).eachCell((cell) => { cell.style = styles[style]; });
  }
  for (const { row, column, look } of sheet.highlights) {
    const cell = worksheet.getRow(row + firstDataRow).getCell(column + 1);
    cell.style = styles.highlighted(look, cell.style);
  }

  if (sheet.autoFilter && columns.length > 0) {
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + firstDataRow - 1), column: columns.length } };
  }
  const validations = rangeValidationsOf(worksheet);
  columns.forEach((column, i) => {
    if (column.dropdown === undefined || sheet.dropdownRows === 0) return;
    const letter = columnLetter(i);
    // One rule per column range: per-cell rules would be 100,000 entries for exceljs to merge.
    validations.add(`${letter}${firstDataRow}:${letter}${firstDataRow + sheet.dropdownRows - 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [column.dropdown],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Not one of the choices',
      error: 'Pick one of the choices from the list. The Lists sheet shows them all.',
    });
  });
}

/** exceljs keeps data validations by address and accepts a whole range as one; its type file leaves this out. */
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function rangeValidationsOf(worksheet: ExcelJS.Worksheet): RangeValidations {
  return (worksheet as unknown as { dataValidations: RangeValidations }).dataValidations;
}
