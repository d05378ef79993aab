import { CHECKS, severityOf, type CheckDescription } from '../checks';
import { IMPACTS, LIKELIHOODS } from '../vocabulary';
import { choiceCell, textCell, yesNo } from './cells';
import type { CellValue, Highlight, SheetModel } from './model';
import { severityCell } from './palette';
import { tableSheet, type ColumnSpec } from './sheet';

/** The sheet listing the check catalogue. */
export const CHECKS_SHEET = 'Checks';

const COLUMNS: readonly ColumnSpec[] = [
  { header: 'Check', help: 'The check id, as the Risk register names it.' },
  { header: 'Title', help: 'The check in a few words.', maxWidth: 45 },
  { header: 'Condition', help: 'When it raises a finding.', maxWidth: 60, wrap: true },
  { header: 'Default likelihood', help: 'How likely the harm usually is; a finding may say otherwise.' },
  { header: 'Default impact', help: 'How bad the harm usually is; a finding may say otherwise.' },
  { header: 'Default severity', help: 'Default likelihood × default impact.' },
  { header: 'Raised for exposure', help: 'Whether a finding goes up a step for a flow that crosses the boundary or carries personal, payment, HR or financial data.' },
  { header: 'Why it matters', help: 'Why it is a risk, in plain words.', maxWidth: 60, wrap: true },
  { header: 'What to do', help: 'What to do about a finding.', maxWidth: 60, wrap: true },
  { header: 'Reference', help: 'Where the practice comes from.', maxWidth: 50, wrap: true },
];

/** The Checks sheet: the whole catalogue, in its own order, as it stands when the workbook is made. */
export function checksSheet(checks: readonly CheckDescription[] = CHECKS): SheetModel {
  const highlights: Highlight[] = [];
  const rows = checks.map((check, row): CellValue[] => [
    textCell(check.id),
    textCell(check.title),
    textCell(check.condition),
    choiceCell(LIKELIHOODS, check.likelihood),
    choiceCell(IMPACTS, check.impact),
    severityCell(severityOf(check.likelihood, check.impact), row, 5, highlights),
    yesNo(check.raisedByExposure),
    textCell(check.why),
    textCell(check.whatToDo),
    textCell(check.reference),
  ]);
  return tableSheet(CHECKS_SHEET, COLUMNS, rows, highlights);
}
