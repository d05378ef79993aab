import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import {
  ALL_SHEETS_EMPTY_MESSAGE, damagedMessage, MAX_SHEET_CELLS, NO_SHEETS_MESSAGE, NOT_A_WORKBOOK_MESSAGE, NUMBERS_MESSAGE, ODS_MESSAGE,
  PASSWORD_MESSAGE, sheetTooLargeMessage, TOO_BIG_UNPACKED_MESSAGE, TRUNCATED_MESSAGE, UNKNOWN_COMPRESSION_MESSAGE, XLSB_MESSAGE,
} from '../../../io/xlsx/read/problem';
import { EMPTY_FILE_MESSAGE } from '../../../shared/import/csv';
import { MAX_FILE_BYTES } from '../../../shared/platform';
import { bookOf, messageOf, valuesOf } from './helpers';
import { buildZip, handXlsx, workbookParts } from './package-builder';

// Every kind of file that is not a workbook this reader can read: each gets a message that says
// what it is and what to do, and none throws or hangs.

const text = (value: string) => new TextEncoder().encode(value);
let realWorkbook: Uint8Array;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Systems');
  for (let i = 0; i < 2_000; i++) sheet.addRow([`System ${i}`, i, `Owner ${i % 17}`]);
  realWorkbook = new Uint8Array(await workbook.xlsx.writeBuffer());
});

/** The central directory entry of `name` in a zip: where its fields are, to change one. */
function centralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)) === name) return at;
  }
  throw new Error(`No central directory entry for ${name}`);
}

/** Where `name`'s data starts in a zip made by `buildZip` (its local headers have no extra field). */
function dataStart(zip: Uint8Array, name: string): number {
  const nameBytes = text(name);
  for (let at = 0; at < zip.length; at++) {
    if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 3 && zip[at + 3] === 4 && nameBytes.every((byte, i) => zip[at + 30 + i] === byte)) return at + 30 + nameBytes.length;
  }
  throw new Error(`No local header for ${name}`);
}

const smallBook = { sheets: [{ name: 'S', rows: `<row r="1"><c t="inlineStr"><is><t>${'padding '.repeat(200)}</t></is></c><c><v>12345</v></c></row>` }] };

describe('files that are not .xlsx inside', () => {
  it('reads CSV text named .xlsx as CSV, and says so', async () => {
    const result = await readSpreadsheet(text('Name,Owner\nPayroll,Sam\n'), 'export.xlsx');
    expect(valuesOf(bookOf(result).sheets[0]!)).toEqual([['Name', 'Owner'], ['Payroll', 'Sam']]);
    expect(result.ok && result.notices).toEqual(['The file is named .xlsx but holds plain text (CSV), not a workbook, so it was read as CSV.']);
  });

  it('reads tab-separated text named .xls, as some websites export "Excel" files', async () => {
    const result = await readSpreadsheet(text('Name\tOwner\r\nPayroll\tSam\r\n'), 'report.xls');
    expect(valuesOf(bookOf(result).sheets[0]!)).toEqual([['Name', 'Owner'], ['Payroll', 'Sam']]);
  });

  it('reads an .xlsx named .csv as the workbook it is, and says so', async () => {
    const result = await readSpreadsheet(realWorkbook, 'systems.csv');
    expect(bookOf(result).sheets[0]!.rows).toHaveLength(2_000);
    expect(result.ok && result.notices?.[0]).toMatch(/named \.csv but is an Excel workbook/);
  });

  it('says a web page saved as .xls is HTML, and how to get a real workbook', async () => {
    const html = text('\uFEFF  <!DOCTYPE html><html><body><table><tr><td>Name</td></tr></table></body></html>');
    expect(messageOf(await readSpreadsheet(html, 'report.xls'))).toMatch(/web page \(HTML\).*save it as an Excel Workbook \(\.xlsx\)/);
    expect(messageOf(await readSpreadsheet(text('<table><tr><td>a</td></tr></table>'), 'report.xlsx'))).toMatch(/web page \(HTML\)/);
  });

  it('says an Excel 2003 XML spreadsheet is one', async () => {
    const xml = text('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>');
    expect(messageOf(await readSpreadsheet(xml, 'old.xml'))).toMatch(/Excel 2003 XML spreadsheet/);
  });

  it('says other XML is not a spreadsheet', async () => {
    expect(messageOf(await readSpreadsheet(text('<?xml version="1.0"?><systems><system name="a,b"/></systems>'), 'systems.csv'))).toMatch(/holds XML data, not a spreadsheet/);
  });

  it('says plain text without delimiters named .xlsx is not a workbook', async () => {
    expect(messageOf(await readSpreadsheet(text('Just a note\nabout something'), 'notes.xlsx'))).toMatch(/not an Excel workbook, although its name ends in \.xlsx/);
  });

  it('says binary data named .xlsx is not a workbook, and CSV-named binary is not text', async () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(messageOf(await readSpreadsheet(binary, 'data.xlsx'))).toMatch(/not an Excel workbook, although its name ends in \.xlsx/);
    expect(messageOf(await readSpreadsheet(binary, 'data.csv'))).toMatch(/does not hold text/);
  });

  it('says a PDF is a PDF', async () => {
    expect(messageOf(await readSpreadsheet(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'register.xlsx'))).toMatch(/is a PDF, not a spreadsheet/);
  });
});

/** A compound file (the OLE format of .xls and of encrypted Office files) whose directory names these streams. */
function compoundFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * (streams.length + 1));
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ['Root Entry', ...streams].forEach((name, i) => {
    for (let c = 0; c < name.length; c++) bytes[512 + i * 128 + c * 2] = name.charCodeAt(c);
  });
  return bytes;
}

describe('old and protected Office files', () => {
  it('says an encrypted workbook is password-protected and how to remove the password', async () => {
    const message = messageOf(await readSpreadsheet(compoundFile(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']), 'budget.xlsx'));
    expect(message).toBe(PASSWORD_MESSAGE);
    expect(message).toContain('File › Info › Protect Workbook');
  });

  it('says an old .xls workbook is in the old format, to be saved as .xlsx or CSV', async () => {
    expect(messageOf(await readSpreadsheet(compoundFile(['Workbook', '\u0005SummaryInformation']), 'old.xls'))).toMatch(/old Excel 97–2003 format \(\.xls\).*\.xlsx\) or as CSV/);
  });

  it('says another old Office document is not a spreadsheet', async () => {
    expect(messageOf(await readSpreadsheet(compoundFile(['WordDocument']), 'letter.xls'))).toMatch(/older Microsoft Office document/);
  });

  it('says a zip whose entries are encrypted is password-protected', async () => {
    const zip = handXlsx(smallBook);
    const entry = centralEntry(zip, 'xl/worksheets/sheet1.xml');
    zip[entry + 8]! |= 1;
    expect(messageOf(await readSpreadsheet(zip, 'locked.xlsx'))).toBe(PASSWORD_MESSAGE);
  });
});

describe('damaged workbooks', () => {
  it('says a workbook cut in half is incomplete, as a broken download is', async () => {
    expect(messageOf(await readSpreadsheet(realWorkbook.slice(0, realWorkbook.length >> 1), 'cut.xlsx'))).toBe(TRUNCATED_MESSAGE);
    expect(messageOf(await readSpreadsheet(realWorkbook.slice(0, realWorkbook.length - 5), 'cut.xlsx'))).toBe(TRUNCATED_MESSAGE);
  });

  it('says a workbook whose compressed data is corrupt is damaged, naming the sheet', async () => {
    const zip = handXlsx(smallBook);
    const start = dataStart(zip, 'xl/worksheets/sheet1.xml');
    zip.fill(0xff, start + 2, start + 40);
    expect(messageOf(await readSpreadsheet(zip, 'corrupt.xlsx'))).toBe(damagedMessage('the sheet "S"'));
  });

  it('catches a changed byte in stored (uncompressed) data by its CRC-32', async () => {
    const zip = handXlsx(smallBook, { stored: true });
    const value = dataStart(zip, 'xl/worksheets/sheet1.xml') + new TextDecoder().decode(zip).split('xl/worksheets/sheet1.xml')[1]!.indexOf('12345');
    expect(String.fromCharCode(zip[value]!)).toBe('1');
    zip[value] = '9'.charCodeAt(0);
    expect(messageOf(await readSpreadsheet(zip, 'flipped.xlsx'))).toBe(damagedMessage('the sheet "S"'));
  });

  it('says a workbook made with an unknown compression method cannot be unpacked', async () => {
    const zip = handXlsx(smallBook);
    new DataView(zip.buffer).setUint16(centralEntry(zip, 'xl/worksheets/sheet1.xml') + 10, 12, true); // 12: bzip2
    expect(messageOf(await readSpreadsheet(zip, 'bzip.xlsx'))).toBe(UNKNOWN_COMPRESSION_MESSAGE);
  });
});

describe('zip bombs', () => {
  it('refuses, before unpacking, a part that says it unpacks to more than the limit', async () => {
    const zip = handXlsx(smallBook);
    new DataView(zip.buffer).setUint32(centralEntry(zip, 'xl/worksheets/sheet1.xml') + 24, 600 * 1024 * 1024, true);
    expect(messageOf(await readSpreadsheet(zip, 'bomb.xlsx'))).toBe(TOO_BIG_UNPACKED_MESSAGE);
  });

  it('stops unpacking a part that gives more than it declares, without trusting the header', async () => {
    // 16 MB of spaces compress to about 16 KB; the directory claims 1 KB.
    const parts = workbookParts(smallBook);
    parts['xl/worksheets/sheet1.xml'] = `${parts['xl/worksheets/sheet1.xml']}${' '.repeat(16 * 1024 * 1024)}`;
    const zip = buildZip(parts);
    new DataView(zip.buffer).setUint32(centralEntry(zip, 'xl/worksheets/sheet1.xml') + 24, 1024, true);
    const started = performance.now();
    expect(messageOf(await readSpreadsheet(zip, 'liar.xlsx'))).toBe(damagedMessage('the sheet "S"'));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('workbooks with nothing to import', () => {
  it('says a Word document is one', async () => {
    const docx = buildZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(messageOf(await readSpreadsheet(docx, 'letter.xlsx'))).toMatch(/^This is a Word document, not a spreadsheet/);
  });

  it('says a zip that is no Office file at all is not a workbook', async () => {
    expect(messageOf(await readSpreadsheet(buildZip({ 'photo.jpg': 'not really' }), 'photos.xlsx'))).toBe(NOT_A_WORKBOOK_MESSAGE);
  });

  it('says what OpenDocument, Numbers and binary Excel files are, by name and by content', async () => {
    expect(messageOf(await readSpreadsheet(text('x'), 'budget.ods'))).toBe(ODS_MESSAGE);
    expect(messageOf(await readSpreadsheet(text('x'), 'budget.numbers'))).toBe(NUMBERS_MESSAGE);
    expect(messageOf(await readSpreadsheet(text('x'), 'budget.xlsb'))).toBe(XLSB_MESSAGE);
    const ods = buildZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }, { stored: true });
    expect(messageOf(await readSpreadsheet(ods, 'renamed.xlsx'))).toBe(ODS_MESSAGE);
    const xlsb = buildZip({
      '_rels/.rels': '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      'xl/workbook.bin': 'binary',
    });
    expect(messageOf(await readSpreadsheet(xlsb, 'renamed.xlsx'))).toBe(XLSB_MESSAGE);
  });

  it('says a workbook without sheets has none', async () => {
    expect(messageOf(await readSpreadsheet(handXlsx({ sheets: [] }), 'none.xlsx'))).toBe(NO_SHEETS_MESSAGE);
  });

  it('says a workbook whose every sheet is empty has nothing to import', async () => {
    const empty = handXlsx({ sheets: [{ name: 'A', rows: '' }, { name: 'B', rows: '<row r="1" spans="1:3"/><row r="2"><c r="A2" s="1"/></row>' }] });
    expect(messageOf(await readSpreadsheet(empty, 'blank.xlsx'))).toBe(ALL_SHEETS_EMPTY_MESSAGE);
  });

  it('leaves out, with a notice, a sheet whose part is missing', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Kept', rows: '<row r="1"><c><v>1</v></c></row>' }, { name: 'Lost', rows: '' }] });
    delete parts['xl/worksheets/sheet2.xml'];
    const result = await readSpreadsheet(buildZip(parts), 'partial.xlsx');
    expect(bookOf(result).sheets.map((sheet) => sheet.name)).toEqual(['Kept']);
    expect(result.ok && result.notices).toEqual(['The sheet "Lost" is missing from the file, so it was left out.']);
  });

  it('says an empty file is empty', async () => {
    expect(messageOf(await readSpreadsheet(new Uint8Array(0), 'nothing.xlsx'))).toBe(EMPTY_FILE_MESSAGE);
    expect(messageOf(await readSpreadsheet(text(' \r\n '), 'nothing.csv'))).toBe(EMPTY_FILE_MESSAGE);
  });

  it('refuses a file larger than the app imports, saying how large each is', async () => {
    const message = messageOf(await readSpreadsheet(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.xlsx'));
    expect(message).toMatch(/^This file is 200 MB, more than the 200 MB this app can import/);
  });

  it('refuses a sheet whose few cells spread over more cells than the limit, before making them', async () => {
    const rows = Array.from({ length: Math.ceil(MAX_SHEET_CELLS / 16_384) + 1 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`);
    const sprawling = handXlsx({ sheets: [{ name: 'Sprawl', rows: rows.join('') }] });
    expect(sprawling.length).toBeLessThan(100_000);
    expect(messageOf(await readSpreadsheet(sprawling, 'sprawl.xlsx'))).toBe(sheetTooLargeMessage('Sprawl'));
  });
});
