import { actionLabel, authorOf, elementLabel, isIsoDate, type ChangeRecord, type RecordedChange } from '../model';
import { textCell } from './cells';
import type { CellValue, SheetModel } from './model';
import { tableSheet, type ColumnSpec } from './sheet';

/** The sheet listing every recorded change, newest first. */
export const CHANGE_LOG_SHEET = 'Change log';

const COLUMNS: readonly ColumnSpec[] = [
  { header: 'Date (UTC)', kind: 'date', help: 'The day the change was made, in UTC (Coordinated Universal Time).' },
  { header: 'Time (UTC)', help: 'The time of day it was made, hours:minutes:seconds, in UTC.' },
  { header: 'Who', help: 'The name the person making the change gave the app; Unknown when none was given.', maxWidth: 30 },
  { header: 'Action', help: 'What they did, as the app words it: a command, or Undo or Redo of one.', maxWidth: 35 },
  { header: 'Element', help: 'The system, integration, treatment, risk or assessment that changed, by its name at the time.', maxWidth: 45 },
  { header: 'Field', help: 'The field that changed; Added or Removed for a record added or removed with no field filled in.', maxWidth: 30 },
  { header: 'Old value', help: 'What the field held before, as the app shows it; blank when it was empty or the record was new.', maxWidth: 50 },
  { header: 'New value', help: 'What the field held after; blank when it was emptied or the record was removed.', maxWidth: 50 },
];

/**
 * The Change log sheet: one row per field changed, the newest change first, so the sheet opens
 * on the latest work. `history` is the assessment's history as recorded, oldest first. A record
 * that changed no field (there should be none) still gets a row, so every action is listed.
 */
export function changeLogSheet(history: readonly ChangeRecord[]): SheetModel {
  const rows: CellValue[][] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i]!;
    const when = whenCells(record.at);
    const who = textCell(authorOf(record));
    const action = textCell(actionLabel(record));
    if (record.changes.length === 0) rows.push([...when, who, action, null, null, null, null]);
    for (const change of record.changes) {
      rows.push([...when, who, action, textCell(elementLabel(change)), textCell(fieldOf(change)), textCell(change.before), textCell(change.after)]);
    }
  }
  return tableSheet(CHANGE_LOG_SHEET, COLUMNS, rows);
}

/** A timestamp as a real date cell and the time of day as text, both in UTC. */
function whenCells(at: string): [CellValue, CellValue] {
  const date = at.slice(0, 10);
  return [isIsoDate(date) ? { date } : textCell(at), textCell(at.slice(11, 19))];
}

function fieldOf(change: RecordedChange): string {
  if (change.label !== '') return change.label;
  return change.type === 'added' ? 'Added' : change.type === 'removed' ? 'Removed' : '';
}
