import {
  ASSESSMENT_FIELDS, INTERVAL_LIMITS, isValidId, MAX_LEAVER_NAME_LENGTH, MAX_LEAVERS,
  type Assessment, type AssessmentSettings, type IntervalSetting,
} from '../model';
import { SUMMARY_LABELS, SUMMARY_SHEET } from '../workbook/summary-sheet';
import { cellText } from './cell-text';
import { cellName, type SheetCell, type SheetTable } from './sheet-table';
import { findSheet, type IssueLog } from './workbook-table';
import { readCellField } from './workbook-fields';

/** The Summary's value cells, by the label in the first cell of their row (the first such row). */
function summaryValues(sheet: SheetTable): Map<string, { cell: SheetCell | null; where: string }> {
  const values = new Map<string, { cell: SheetCell | null; where: string }>();
  sheet.rows.forEach((cells, row) => {
    const label = cells[0] ? cellText(cells[0]).trim().toLowerCase() : '';
    if (label !== '' && !values.has(label)) values.set(label, { cell: cells[1] ?? null, where: cellName(row, 1) });
  });
  return values;
}

/** The assessment id on the Summary sheet, if the book has one the app could have made. */
export function summaryAssessmentId(sheets: readonly SheetTable[]): string | undefined {
  const sheet = findSheet(sheets, SUMMARY_SHEET);
  const cell = sheet && summaryValues(sheet).get(SUMMARY_LABELS.id.toLowerCase())?.cell;
  const id = cell ? cellText(cell).trim() : '';
  return isValidId(id) ? id : undefined;
}

/**
 * The assessment as the Summary sheet gives it: names and check settings from their rows, the
 * id and timestamps from `base` (the caller has matched the id). A row that is missing or cannot
 * be read leaves that value as `base` has it, with a warning.
 */
export function readSummary(sheets: readonly SheetTable[], base: Assessment, log: IssueLog): Assessment {
  const sheet = findSheet(sheets, SUMMARY_SHEET)!;
  const values = summaryValues(sheet);
  const valueOf = (label: string) => {
    const found = values.get(label.toLowerCase());
    if (!found) log.warning(sheet.name, undefined, `There is no "${label}" row, so that was left as it was.`);
    return found;
  };

  const names: Record<string, unknown> = {};
  for (const field of ASSESSMENT_FIELDS) {
    const label = SUMMARY_LABELS[field.key as 'name' | 'organisation' | 'assessor'];
    const found = valueOf(label);
    const fallback = (base as unknown as Record<string, unknown>)[field.key];
    names[field.key] = found
      ? readCellField(field, found.cell, fallback, (severity, message) => log[severity](sheet.name, found.where, message), found.where).value
      : fallback;
  }

  const interval = (key: IntervalSetting): number => {
    const found = valueOf(SUMMARY_LABELS[key]);
    if (!found) return base.settings[key];
    const { min, max, unit } = INTERVAL_LIMITS[key];
    const written = found.cell ? cellText(found.cell).trim() : '';
    const number = Number(written);
    if (written !== '' && Number.isInteger(number) && number >= min && number <= max) return number;
    log.warning(sheet.name, found.where, `${SUMMARY_LABELS[key]} must be a whole number of ${unit} from ${min} to ${max}; it was left at ${base.settings[key]}.`);
    return base.settings[key];
  };
  const read: AssessmentSettings = {
    reviewIntervalMonths: interval('reviewIntervalMonths'),
    rotationIntervalDays: interval('rotationIntervalDays'),
    leavers: leaversFrom(valueOf(SUMMARY_LABELS.leavers), base.settings.leavers, (where, message) => log.warning(sheet.name, where, message)),
  };
  const settings = read.reviewIntervalMonths === base.settings.reviewIntervalMonths
    && read.rotationIntervalDays === base.settings.rotationIntervalDays && read.leavers === base.settings.leavers ? base.settings : read;

  const unchanged = settings === base.settings
    && ASSESSMENT_FIELDS.every((field) => names[field.key] === (base as unknown as Record<string, unknown>)[field.key]);
  return unchanged ? base : { ...base, ...names, settings } as Assessment;
}

/** The people who have left: one a line, or separated by ";" when the cell has a single line. */
function leaversFrom(
  found: { cell: SheetCell | null; where: string } | undefined,
  fallback: readonly string[],
  warn: (where: string, message: string) => void,
): readonly string[] {
  if (!found) return fallback;
  const text = found.cell ? cellText(found.cell) : '';
  const names = text.split(text.includes('\n') ? /\r?\n/ : ';').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length > MAX_LEAVERS || names.some((name) => name.length > MAX_LEAVER_NAME_LENGTH)) {
    warn(found.where, `At most ${MAX_LEAVERS} people who have left, each name up to ${MAX_LEAVER_NAME_LENGTH} characters; the list was left as it was.`);
    return fallback;
  }
  return names.length === fallback.length && names.every((name, i) => fallback[i] === name) ? fallback : names;
}
