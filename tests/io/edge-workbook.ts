import { SEVERITY_LOOKS, type ColumnModel, type SheetModel, type WorkbookModel } from '../../shared/workbook';

/**
 * A small workbook model holding what the register rarely does: text XML cannot carry, text that
 * looks like Excel's escapes, text past a cell's limit, a sheet name with `&` and `'`, blanks
 * between values, highlights, and title and heading rows. Written by the writer, read back by
 * exceljs, openpyxl and LibreOffice.
 */

/** Control characters, a lone surrogate and U+FFFE: none may appear in XML as they are. */
export const FORBIDDEN_TEXT = 'bell\u0007 nul\u0000 esc\u001b lone\uD800 end\uFFFE';
/** What Excel's own escapes look like, typed by a user: must come back as typed. */
export const ESCAPE_LOOKALIKE_TEXT = 'literal _x0041_ and _x00e9_ and _x005F_ stay';
export const MARKUP_TEXT = 'R&D <team> "quoted" \'single\' ]]> done';
export const SPACED_TEXT = '  two\nlines\twith spaces  ';
export const UNICODE_TEXT = 'café ☕ 😀 Ω';
/** Past the 32,767 characters a cell holds. */
export const LONG_TEXT = `${'0123456789'.repeat(4_000)}tail`;
export const ODD_SHEET_NAME = 'R&D\'s list';
export const TEXT_CASES: ReadonlyArray<readonly [string, string]> = [
  ['forbidden', FORBIDDEN_TEXT], ['lookalike', ESCAPE_LOOKALIKE_TEXT], ['markup', MARKUP_TEXT],
  ['spaced', SPACED_TEXT], ['unicode', UNICODE_TEXT], ['long', LONG_TEXT],
];

const text = (header: string, wrap = false): ColumnModel => ({ header, width: 20, kind: 'text', wrap });

// Both columns distinct: a writer may put such text in its cell rather than the string table.
const textsSheet: SheetModel = {
  name: 'Texts', columns: [{ ...text('Case'), distinct: true }, { ...text('Text', true), distinct: true }], header: true, headerLines: 1, freezeHeader: true, autoFilter: true,
  rows: TEXT_CASES.map(([name, value]) => [name, value]), highlights: [], rowStyles: [], dropdownRows: 0,
};

/**
 * Row 2: a value, a highlighted blank, a date, a blank, a value. Row 3: a blank, a number, a
 * blank, a value, a blank. Row 4: a critical severity.
 */
const blanksSheet: SheetModel = {
  name: ODD_SHEET_NAME,
  columns: [text('Name'), { header: 'Count', width: 8, kind: 'number', wrap: false }, { header: 'Reviewed', width: 12, kind: 'date', wrap: false }, text('Notes', true), text('Status')],
  header: true, headerLines: 2, freezeHeader: true, autoFilter: true,
  rows: [
    ['first', null, { date: '2024-02-29' }, null, 'after a blank'],
    [null, 42, null, 'only these two', null],
    ['severe', 3.5, null, null, 'Critical'],
  ],
  highlights: [
    { row: 0, column: 1, look: SEVERITY_LOOKS.high },
    { row: 2, column: 4, look: SEVERITY_LOOKS.critical },
  ],
  rowStyles: [],
  dropdownRows: 5,
};

const summarySheet: SheetModel = {
  name: 'Summary', columns: [text('Label'), text('Value')], header: false, headerLines: 1, freezeHeader: false, autoFilter: false,
  rows: [['Integration risk register', null], ['Date', { date: '2026-11-22' }], ['Severity', 'Open']],
  highlights: [],
  rowStyles: [{ row: 0, style: 'title' }, { row: 2, style: 'heading' }],
  dropdownRows: 0,
};

export function edgeWorkbook(): WorkbookModel {
  const withDropdown: SheetModel = {
    ...blanksSheet,
    columns: blanksSheet.columns.map((column, i) => (i === 4 ? { ...column, dropdown: `'${ODD_SHEET_NAME.replace(/'/g, "''")}'!$A$2:$A$4` } : column)),
  };
  return {
    properties: { title: 'Edge cases & <odd> "names"', subject: 'Writer tests', creator: 'Sam O\'Neill', created: '2026-11-22' },
    sheets: [summarySheet, textsSheet, withDropdown],
  };
}
