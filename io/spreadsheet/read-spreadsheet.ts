import { CsvReader, decodeText, EMPTY_FILE_MESSAGE, NOT_TEXT_MESSAGE, type DecodedText } from '../../shared/import/csv';
import { describeFileSize, MAX_FILE_BYTES } from '../../shared/platform';
import { ReadingPauses } from '../xlsx/read/pauses';
import { NUMBERS_MESSAGE, ODS_MESSAGE, PASSWORD_MESSAGE, XLSB_MESSAGE } from '../xlsx/read/problem';
import type { SheetBookRead } from '../../shared/import/sheet-table';
import { readXlsx } from '../xlsx/read/read-xlsx';
import { compoundFileKind, fileSignature } from './file-signature';


/**
 * The importer's one door for spreadsheet files, in the app and the command-line tool alike:
 * bytes and the file's name in, a `SheetBook` (or a message saying, in plain words, what is wrong
 * and what to do) out. The format is told by the bytes first and the name second, so a CSV file
 * named .xlsx, or an .xls that is a web page inside, is read or explained for what it is.
 */

const OLD_XLS_MESSAGE = 'This file is in the old Excel 97–2003 format (.xls), which this app cannot read. '
  + 'Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV (File › Save As), then import that file.';
const OLD_OFFICE_MESSAGE = 'This file is an older Microsoft Office document, not a spreadsheet this app can read. '
  + 'Import an Excel workbook (.xlsx) or a CSV file.';
const PDF_MESSAGE = 'This file is a PDF, not a spreadsheet. Import the Excel workbook (.xlsx) or CSV file the table came from.';
const HTML_MESSAGE = 'This file is a web page (HTML), not a real spreadsheet, although its name may say so: some websites export "Excel" files this way. '
  + 'Open it in Excel and save it as an Excel Workbook (.xlsx), or export CSV from the website instead, then import that file.';
const XML_2003_MESSAGE = 'This file is an Excel 2003 XML spreadsheet, which this app cannot read. '
  + 'Open it in Excel and save it as an Excel Workbook (.xlsx), then import that file.';
const XML_MESSAGE = 'This file holds XML data, not a spreadsheet. Import an Excel workbook (.xlsx) or a CSV file.';
/** CSV rows read between chances to pause: a few milliseconds' worth. */
const CSV_BATCH = 2_000;
const UNEXPECTED_MESSAGE = 'This file could not be read. Open it in Excel, save it as an Excel Workbook (.xlsx) or as CSV, and import it again.';

/** Names of files that should hold a workbook; text inside one is said to be CSV. */
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xls']);
/** Refused by name: their bytes would only say "zip archive". */
const REFUSED_BY_EXTENSION: ReadonlyMap<string, string> = new Map([
  ['numbers', NUMBERS_MESSAGE], ['ods', ODS_MESSAGE], ['fods', ODS_MESSAGE], ['xlsb', XLSB_MESSAGE],
]);

function tooLargeMessage(size: number): string {
  return `This file is ${describeFileSize(size)}, more than the ${describeFileSize(MAX_FILE_BYTES)} this app can import. `
    + 'Delete what you do not need to import (or split it into smaller files), and import it again.';
}

/** Reads a spreadsheet file: .xlsx, or CSV / tab-separated text. Never throws. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SheetBookRead> {
  try {
    return await readByKind(bytes, fileName);
  } catch {
    return { ok: false, message: UNEXPECTED_MESSAGE };
  }
}

async function readByKind(bytes: Uint8Array, fileName: string): Promise<SheetBookRead> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: tooLargeMessage(bytes.length) };
  if (bytes.length === 0) return { ok: false, message: EMPTY_FILE_MESSAGE };
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const refused = REFUSED_BY_EXTENSION.get(extension);
  if (refused) return { ok: false, message: refused };

  switch (fileSignature(bytes)) {
    case 'zip': {
      const result = await readXlsx(bytes);
      if (!result.ok || extension === '' || WORKBOOK_EXTENSIONS.has(extension)) return result;
      const notice = `The file is named .${extension} but is an Excel workbook, so it was read as one.`;
      return { ...result, notices: [notice, ...(result.notices ?? [])] };
    }
    case 'compound': {
      const kind = compoundFileKind(bytes);
      return { ok: false, message: kind === 'encrypted' ? PASSWORD_MESSAGE : kind === 'old-workbook' ? OLD_XLS_MESSAGE : OLD_OFFICE_MESSAGE };
    }
    case 'pdf':
      return { ok: false, message: PDF_MESSAGE };
    case 'other': {
      const decoded = decodeText(bytes);
      if (decoded === null) return { ok: false, message: WORKBOOK_EXTENSIONS.has(extension) ? notAWorkbookMessage(extension) : NOT_TEXT_MESSAGE };
      return await readText(decoded, fileName.slice(0, dot > 0 ? dot : fileName.length) || 'Sheet1', extension);
    }
  }
}

/**
 * Text: CSV or tab-separated, unless it is markup that only looks like a spreadsheet by name.
 * Read a batch of rows at a time, pausing now and then, as a workbook's sheets are.
 */
async function readText(decoded: DecodedText, sheetName: string, extension: string): Promise<SheetBookRead> {
  const start = decoded.text.slice(0, 4096).trimStart().toLowerCase();
  if (start.startsWith('<')) {
    if (/<(!doctype html|html|head|body|table|meta)[\s>]/.test(start)) return { ok: false, message: HTML_MESSAGE };
    if (decoded.text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return { ok: false, message: XML_2003_MESSAGE };
    if (start.startsWith('<?xml')) return { ok: false, message: XML_MESSAGE };
  }
  const namedWorkbook = WORKBOOK_EXTENSIONS.has(extension);
  if (namedWorkbook && !/[,;\t]/.test(firstLine(decoded.text))) return { ok: false, message: notAWorkbookMessage(extension) };
  const reader = new CsvReader(decoded, sheetName);
  const pauses = new ReadingPauses();
  while (reader.read(CSV_BATCH)) await pauses.maybe();
  const result = reader.result();
  if (!result.ok || !namedWorkbook) return result;
  const notice = `The file is named .${extension} but holds plain text (CSV), not a workbook, so it was read as CSV.`;
  return { ...result, notices: [notice, ...(result.notices ?? [])] };
}

function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end < 0 ? text : text.slice(0, end);
}

function notAWorkbookMessage(extension: string): string {
  return `This file is not an Excel workbook, although its name ends in .${extension}: it may be damaged, or another kind of file renamed. `
    + 'Open it in Excel to check, save it as an Excel Workbook (.xlsx), and import it again.';
}
