import type { RegisterEntry } from '../checks';
import type { IsoDate, MapDocument } from '../model';
import { labelOf, SEVERITIES, TREATMENT_STATUSES } from '../vocabulary';
import { CHOICES_SEPARATOR, textCell } from './cells';
import type { CellValue, Highlight, RowStyle, SheetModel } from './model';
import { SEVERITY_LOOKS } from './palette';
import { pageSheet } from './sheet';

/** The first sheet: who, what, when, and the counts. */
export const SUMMARY_SHEET = 'Summary';

/** How many of the most severe open risks the summary lists; the register has them all. */
export const TOP_RISKS = 10;

/**
 * The Summary rows a re-import reads, by the label in their first cell; the value is in the
 * second. Everything else a re-import needs is on the table sheets, by ID.
 */
export const SUMMARY_LABELS = {
  name: 'Assessment',
  organisation: 'Organisation',
  assessor: 'Assessor',
  id: 'Assessment ID',
  reviewIntervalMonths: 'Review interval (months)',
  rotationIntervalDays: 'Rotation interval (days)',
  leavers: 'People who have left',
} as const;

/**
 * The people who have left as one cell: "; "-joined as a client would type them, or one a line
 * when a name itself holds a ";", so a re-import splits them back exactly.
 */
export function leaversCell(leavers: readonly string[]): CellValue {
  return textCell(leavers.join(leavers.some((name) => name.includes(';')) ? '\n' : CHOICES_SEPARATOR));
}

/**
 * The Summary sheet, read first: who assessed what and when, how many risks there are by
 * severity and by treatment, the most severe open ones, and the check settings. With the
 * assessment's id, those are what a re-import reads from it (see {@link SUMMARY_LABELS}).
 * `entries` come most severe first.
 */
export function summarySheet(doc: MapDocument, entries: readonly RegisterEntry[], today: IsoDate): SheetModel {
  const rows: CellValue[][] = [];
  const rowStyles: RowStyle[] = [];
  const highlights: Highlight[] = [];
  const add = (cells: CellValue[], style?: RowStyle['style']) => {
    if (style) rowStyles.push({ row: rows.length, style });
    rows.push(cells);
  };
  const { assessment } = doc;
  const open = entries.filter((entry) => entry.open);
  // One pass over a register that may hold 100,000 entries.
  const bySeverity = new Map<string, { open: number; all: number }>(SEVERITIES.terms.map((t) => [t.value, { open: 0, all: 0 }]));
  const byTreatment = new Map<string, number>(TREATMENT_STATUSES.terms.map((t) => [t.value, 0]));
  for (const entry of entries) {
    const counts = bySeverity.get(entry.severity);
    if (counts) {
      counts.all++;
      if (entry.open) counts.open++;
    }
    byTreatment.set(entry.treatment.status, (byTreatment.get(entry.treatment.status) ?? 0) + 1);
  }

  add(['Integration risk register'], 'title');
  add([SUMMARY_LABELS.name, textCell(assessment.name)]);
  add([SUMMARY_LABELS.organisation, textCell(assessment.organisation)]);
  add([SUMMARY_LABELS.assessor, textCell(assessment.assessor)]);
  add(['Date', { date: today }]);
  // A short note in the third cell runs on over the empty cells beside it, as the help does below.
  add([SUMMARY_LABELS.id, textCell(assessment.id), 'Leave it as it is: the app reads changes back in by it.']);
  add(['Systems', Object.keys(doc.systems).length]);
  add(['Integrations', Object.keys(doc.flows).length]);
  add(['Risks in the register', entries.length]);
  add(['Still open', open.length]);
  add([]);

  add(['Severity', 'Open', 'All'], 'heading');
  // Most severe first, as the register is sorted.
  for (const term of [...SEVERITIES.terms].reverse()) {
    const look = SEVERITY_LOOKS[term.value];
    for (let column = 0; column < 3; column++) highlights.push({ row: rows.length, column, look });
    const counts = bySeverity.get(term.value)!;
    add([term.label, counts.open, counts.all]);
  }
  add(['Total', open.length, entries.length]);
  add([]);

  add(['Treatment', 'Risks'], 'heading');
  for (const term of TREATMENT_STATUSES.terms) add([term.label, byTreatment.get(term.value) ?? 0]);
  add([]);

  add(['Most severe open risks'], 'heading');
  // The long finding goes last, so the count columns above stay narrow.
  add(['Severity', 'Title', 'Treatment', 'ID', 'Finding'], 'heading');
  if (open.length === 0) add(['None: every risk is accepted, mitigated or a false positive.']);
  for (const entry of open.slice(0, TOP_RISKS)) {
    highlights.push({ row: rows.length, column: 0, look: SEVERITY_LOOKS[entry.severity] });
    add([
      labelOf(SEVERITIES, entry.severity),
      textCell(entry.title),
      labelOf(TREATMENT_STATUSES, entry.treatment.status),
      textCell(entry.id),
      textCell(entry.detail),
    ]);
  }
  add([]);

  // What the checks assumed, so a client can see why something counts as overdue or orphaned;
  // a re-import reads these back, so a client may change them here too.
  const { settings } = assessment;
  add(['Check settings', 'Value'], 'heading');
  add([SUMMARY_LABELS.reviewIntervalMonths, settings.reviewIntervalMonths, 'A flow or system not reviewed for longer is overdue.']);
  add([SUMMARY_LABELS.rotationIntervalDays, settings.rotationIntervalDays, 'A credential not changed for longer is stale.']);
  add([SUMMARY_LABELS.leavers, leaversCell(settings.leavers), 'Anything they still own is orphaned. Separate names with "; ".']);

  return pageSheet(SUMMARY_SHEET, [
    { header: '', maxWidth: 24 },
    { header: '', maxWidth: 45 },
    // Never wider than its counts and treatment names, nor wrapped: a note in it runs on to the right.
    { header: '', minWidth: 14, maxWidth: 16, wrap: false },
    { header: '', maxWidth: 45 },
    { header: '', maxWidth: 80, wrap: true },
  ], rows, highlights, rowStyles);
}
