import type { FileFilter } from '../../shared/platform';

/** What the open dialog offers when importing: Excel workbooks and CSV (or tab-separated) text. */
export const SPREADSHEET_FILTERS: readonly FileFilter[] = [
  { name: 'Spreadsheets', extensions: ['xlsx', 'csv', 'tsv', 'txt'] },
];

/** What "Update from workbook" offers: the risk register the app exported, as a client returned it. */
export const WORKBOOK_FILTERS: readonly FileFilter[] = [{ name: 'Excel workbook', extensions: ['xlsx'] }];
