import { columnLetter, type SheetModel } from '../../shared/workbook';
import type { SharedStrings } from './shared-strings';
import { SheetRows } from './sheet-rows';
import type { StyleSheet } from './styles';
import { escapeAttribute, escapeXml } from './xml-text';
import { CHUNK_LENGTH, RELATIONSHIPS_NS, SPREADSHEET_NS, XML_DECLARATION, type PartSink } from './xml';

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Points per line of 11-point text. */
const HEADER_LINE_HEIGHT = 15;
const DROPDOWN_ERROR_TITLE = 'Not one of the choices';
const DROPDOWN_ERROR = 'Pick one of the choices from the list. The Lists sheet shows them all.';

/** The row a sheet's data starts on: under the header when it has one. */
export function firstDataRow(sheet: SheetModel): number {
  return sheet.header ? 2 : 1;
}

/** The range the filter buttons cover, e.g. `A1:U43` (header and every row), or null for none. */
export function autoFilterRange(sheet: SheetModel): string | null {
  if (!sheet.autoFilter || sheet.columns.length === 0) return null;
  const lastRow = Math.max(1, sheet.rows.length + firstDataRow(sheet) - 1);
  return `A1:${columnLetter(sheet.columns.length - 1)}${lastRow}`;
}

/**
 * Writes one sheet (xl/worksheets/sheetN.xml): its layout, the header row, the rows a chunk at a
 * time (see `SheetRows`), then the filter, dropdowns and page setup, in the order the schema sets.
 * Text goes to the shared string table; numbers and dates are written as numbers.
 * Throws when the sheet does not fit a spreadsheet's grid, rather than write a file Excel cuts.
 */
export async function writeWorksheet(sheet: SheetModel, strings: SharedStrings, styles: StyleSheet, sink: PartSink, selected: boolean): Promise<void> {
  const first = firstDataRow(sheet);
  const lastRow = sheet.rows.length + first - 1;
  if (lastRow > MAX_ROWS) throw new Error(`The sheet "${sheet.name}" has ${lastRow} rows; a spreadsheet holds at most ${MAX_ROWS}`);
  let width = sheet.columns.length;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  if (width > MAX_COLUMNS) throw new Error(`The sheet "${sheet.name}" has ${width} columns; a spreadsheet holds at most ${MAX_COLUMNS}`);

  const rows = new SheetRows(sheet.columns, strings, styles);
  await sink.write(`${XML_DECLARATION}<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}">`
    + '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
    + `<dimension ref="A1:${columnLetter(Math.max(width, 1) - 1)}${Math.max(lastRow, 1)}"/>`
    + sheetViewsXml(sheet, selected)
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + colsXml(sheet, rows)
    + '<sheetData>'
    + (sheet.header ? headerRowXml(sheet, strings, styles.header()) : ''));

  const rowStyles = byRow(sheet.rowStyles);
  const highlights = byRow(sheet.highlights);
  for (let r = 0; r < sheet.rows.length; r++) {
    rows.write(sheet.rows[r]!, r + first, rowStyles[r]?.at(-1)?.style, highlights[r]);
    if (rows.chunk.length >= CHUNK_LENGTH) await rows.chunk.handTo(sink);
    if (strings.pendingLength >= CHUNK_LENGTH) await strings.flush();
  }
  await rows.chunk.handTo(sink);

  const filter = autoFilterRange(sheet);
  await sink.write('</sheetData>'
    + (filter ? `<autoFilter ref="${filter}"/>` : '')
    + dataValidationsXml(sheet, first)
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>');
}

/** Items that name a row, gathered per row (a sparse array: most rows have none). */
function byRow<T extends { readonly row: number }>(items: readonly T[]): T[][] {
  const rows: T[][] = [];
  for (const item of items) (rows[item.row] ??= []).push(item);
  return rows;
}

function headerRowXml(sheet: SheetModel, strings: SharedStrings, style: number): string {
  // The height is set, not left to the spreadsheet: not every one grows a row to fit wrapped text on opening.
  let xml = `<row r="1" ht="${HEADER_LINE_HEIGHT * sheet.headerLines + 3}" customHeight="1">`;
  sheet.columns.forEach((column, i) => {
    xml += `<c${i === 0 ? ' r="A1"' : ''} s="${style}" t="s"><v>${strings.indexOf(column.header)}</v></c>`;
  });
  return `${xml}</row>`;
}

function sheetViewsXml(sheet: SheetModel, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  if (!sheet.freezeHeader) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  return `<sheetViews><sheetView${tab} workbookViewId="0">`
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    + '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
}

/** Each column's width and the style its empty cells show (so a typed-in value wraps and aligns like the rest). */
function colsXml(sheet: SheetModel, rows: SheetRows): string {
  if (sheet.columns.length === 0) return '';
  const cols = sheet.columns.map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" style="${rows.columnStyle(i)}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

/** One list rule per column with a dropdown, over the data rows and the spare ones below them. */
function dataValidationsXml(sheet: SheetModel, first: number): string {
  if (sheet.dropdownRows <= 0) return '';
  const last = Math.min(MAX_ROWS, first + sheet.dropdownRows - 1);
  const rules: string[] = [];
  sheet.columns.forEach((column, i) => {
    if (column.dropdown === undefined) return;
    const letter = columnLetter(i);
    rules.push(`<dataValidation type="list" errorStyle="stop" allowBlank="1" showErrorMessage="1" errorTitle="${escapeAttribute(DROPDOWN_ERROR_TITLE)}" `
      + `error="${escapeAttribute(DROPDOWN_ERROR)}" sqref="${letter}${first}:${letter}${last}"><formula1>${escapeXml(column.dropdown)}</formula1></dataValidation>`);
  });
  return rules.length === 0 ? '' : `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
}
