/**
 * Why a workbook cannot be read, in words for the person importing it: what is wrong and, where
 * there is one, what to do. The reader throws these; `readXlsx` turns them into a result, so no
 * caller sees an exception for a bad file.
 */
export class UnreadableWorkbook extends Error {
  override readonly name = 'UnreadableWorkbook';
}

/** The most a workbook may unpack to, all parts together: a guard against zip bombs. */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;

/** The most cells (blank ones between values included) a sheet may spread over, so a few far-flung cells cannot ask for billions. */
export const MAX_SHEET_CELLS = 10_000_000;

export const TRUNCATED_MESSAGE = 'This workbook is incomplete: the end of the file is missing, as happens when a download or a copy is cut short. '
  + 'Get the file again (or save it again from Excel) and import it again.';

export const PASSWORD_MESSAGE = 'This file is password-protected (encrypted), so it cannot be read. '
  + 'Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear the password), save, and import it again. '
  + 'If it is protected by a sensitivity label instead, ask its owner for an unprotected copy.';

export const NOT_A_WORKBOOK_MESSAGE = 'This file is a zip archive but not an Excel workbook. Import an Excel workbook (.xlsx) or a CSV file.';

export const NO_SHEETS_MESSAGE = 'This workbook has no sheets, so there is nothing to import.';

export const ALL_SHEETS_EMPTY_MESSAGE = 'Every sheet in this workbook is empty, so there is nothing to import. '
  + 'Check that you chose the right file, and that it was saved after the table was filled in.';

export const TOO_BIG_UNPACKED_MESSAGE = `This workbook unpacks to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB of data, more than this app can import. `
  + 'Split it into smaller workbooks, or copy just the table you need into a new one. (A small file that unpacks to this much may be damaged, or built to cause harm.)';

export const UNKNOWN_COMPRESSION_MESSAGE = 'This workbook was saved with a kind of compression this app cannot unpack. '
  + 'Open it in Excel, save it as an Excel Workbook (.xlsx), and import it again.';

/** A part of the workbook, as the person importing it knows it: "the sheet "Systems"", "its list of sheets". */
export function damagedMessage(what: string): string {
  return `This workbook is damaged: ${what} cannot be read. Open it in Excel (which may offer to repair it), save it, and import it again.`;
}

export function sheetTooLargeMessage(sheet: string): string {
  return `The sheet "${sheet}" is too large to import: its cells spread over more than ${MAX_SHEET_CELLS / 1_000_000} million cells. `
    + 'Delete the rows and columns you do not need (or copy just the table into a new workbook), save, and import it again.';
}

export const XLSB_MESSAGE = 'This is an Excel binary workbook (.xlsb), which this app cannot read. '
  + 'Open it in Excel, save it as an Excel Workbook (.xlsx) or as CSV, and import that file.';
export const ODS_MESSAGE = 'This is an OpenDocument spreadsheet (.ods), which this app cannot read. '
  + 'Open it in LibreOffice Calc or Excel, save it as an Excel Workbook (.xlsx) or as CSV, and import that file.';
export const NUMBERS_MESSAGE = 'This is an Apple Numbers file, which this app cannot read. '
  + 'In Numbers, choose File › Export To › Excel (or CSV), and import that file.';

/** What other kinds of file are zip archives too, known by a part each always holds. */
export const OTHER_ZIP_KINDS: ReadonlyArray<{ readonly part: string; readonly message: string }> = [
  { part: 'word/document.xml', message: 'This is a Word document, not a spreadsheet. Import an Excel workbook (.xlsx) or a CSV file.' },
  { part: 'ppt/presentation.xml', message: 'This is a PowerPoint presentation, not a spreadsheet. Import an Excel workbook (.xlsx) or a CSV file.' },
  { part: 'xl/workbook.bin', message: XLSB_MESSAGE },
  { part: 'content.xml', message: ODS_MESSAGE },
  { part: 'index/document.iwa', message: NUMBERS_MESSAGE },
];
