/**
 * The risk register workbook, laid out as plain data: what each sheet holds and how it looks.
 * Writing it to a file format is `io/`'s job, so this stays pure and runs anywhere.
 */
export * from './model';
export * from './escape';
export { buildRegisterWorkbook, type RegisterWorkbookOptions } from './build';
export { registerFileName } from './file-name';
export { CHOICES_SEPARATOR } from './cells';
export { SEVERITY_LOOKS } from './palette';
export { columnLetter, LEGEND_SHEET, LISTS_SHEET, listRange } from './lists';
export { CHECKS_SHEET } from './checks-sheet';
export { CHANGE_LOG_SHEET } from './change-log-sheet';
export { DESTINATION_HEADER, INTEGRATIONS_SHEET, SOURCE_HEADER, SYSTEMS_SHEET } from './inventory';
export { REGISTER_SHEET } from './register-sheet';
export { SUMMARY_SHEET } from './summary-sheet';
