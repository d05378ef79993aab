import type { SheetBookRead, SheetTable } from '../../../shared/import/sheet-table';
import { dateStyles } from './number-formats';
import { isRelationshipType, relationshipOfType, workbookSheets, XlsxPackage } from './package';
import {
  ALL_SHEETS_EMPTY_MESSAGE, damagedMessage, NO_SHEETS_MESSAGE, NOT_A_WORKBOOK_MESSAGE, OTHER_ZIP_KINDS, UnreadableWorkbook,
} from './problem';
import { readSharedStrings } from './shared-strings';
import { WorksheetReader, type SheetContext } from './worksheet';

/**
 * Reads an .xlsx workbook (SpreadsheetML, as Excel, LibreOffice, Google Sheets, exceljs and our
 * own writer save it) into a `SheetBook`: each worksheet's cells in workbook order, texts as
 * text, numbers as numbers, dates as date serials, formulas with their last calculated result.
 * Runs on web-standard APIs only (DecompressionStream, TextDecoder, setTimeout), in the
 * browser and Node alike.
 */

const UNEXPECTED_MESSAGE = damagedMessage('something in it');
/** Where Excel puts the workbook, for a package whose relationships do not say. */
const DEFAULT_WORKBOOK = 'xl/workbook.xml';

/** Reads workbook bytes. Never throws: a bad file gives `{ ok: false, message }`. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetBookRead> {
  try {
    return await readPackage(new XlsxPackage(bytes));
  } catch (error) {
    return { ok: false, message: error instanceof UnreadableWorkbook ? error.message : UNEXPECTED_MESSAGE };
  }
}

async function readPackage(xlsx: XlsxPackage): Promise<SheetBookRead> {
  const root = await xlsx.relationshipsOf('', 'its table of contents');
  const workbookPath = relationshipOfType(root, 'officeDocument')?.target ?? DEFAULT_WORKBOOK;
  const workbookXml = workbookPath.endsWith('.bin') ? null : await xlsx.text(workbookPath, 'its list of sheets');
  if (workbookXml === null) {
    // Word, PowerPoint, .xlsb, .ods and Numbers files are zip archives too: say which it is.
    return { ok: false, message: OTHER_ZIP_KINDS.find((kind) => xlsx.has(kind.part))?.message ?? NOT_A_WORKBOOK_MESSAGE };
  }

  const { sheets, date1904 } = workbookSheets(workbookXml);
  if (sheets.length === 0) return { ok: false, message: NO_SHEETS_MESSAGE };
  const parts = await xlsx.relationshipsOf(workbookPath, 'its list of sheets');
  const stylesXml = await xlsx.text(relationshipOfType(parts, 'styles')?.target ?? 'xl/styles.xml', 'its cell formats');
  const stringsPath = relationshipOfType(parts, 'sharedStrings')?.target ?? 'xl/sharedStrings.xml';
  const context: SheetContext = {
    strings: xlsx.has(stringsPath) ? await readSharedStrings(xlsx, stringsPath) : [],
    dateStyles: dateStyles(stylesXml),
    date1904,
  };

  const tables: SheetTable[] = [];
  const notices: string[] = [];
  for (const sheet of sheets) {
    const part = parts.get(sheet.relationshipId);
    if (!isRelationshipType(part, 'worksheet')) {
      const kind = isRelationshipType(part, 'chartsheet') ? 'a chart' : 'not a sheet of cells';
      notices.push(`The sheet "${sheet.name}" is ${kind}, so it was left out.`);
      continue;
    }
    const reader = new WorksheetReader(sheet.name, context);
    if (await xlsx.readInPieces(part!.target, `the sheet "${sheet.name}"`, reader)) tables.push({ name: sheet.name, rows: reader.rows });
    else notices.push(`The sheet "${sheet.name}" is missing from the file, so it was left out.`);
  }
  if (tables.length === 0) return { ok: false, message: NO_SHEETS_MESSAGE };
  if (tables.every((table) => table.rows.length === 0)) return { ok: false, message: ALL_SHEETS_EMPTY_MESSAGE };
  return { ok: true, book: { sheets: tables }, ...(notices.length > 0 ? { notices } : {}) };
}
