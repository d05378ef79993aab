import type { RegisterEntry } from '../checks';
import type { IsoDate, MapDocument } from '../model';
import { labelOf, SEVERITIES, TREATMENT_STATUSES } from '../vocabulary';
import { textCell } from './cells';
import type { CellValue, Highlight, RowStyle, SheetModel } from './model';
import { SEVERITY_LOOKS } from './palette';
import { pageSheet } from './sheet';

/** The first sheet: who, what, when, and the counts. */
export const SUMMARY_SHEET = 'Summary';

/** How many of the most severe open risks the summary lists; the register has them all. */
export const TOP_RISKS = 10;

/**
 * The Summary sheet, read first: who assessed what and when, how many risks there are by
 * severity and by treatment, and the most severe open ones. `entries` come most severe first.
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
  add(['Assessment', textCell(assessment.name)]);
  add(['Organisation', textCell(assessment.organisation)]);
  add(['Assessor', textCell(assessment.assessor)]);
  add(['Date', { date: today }]);
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

  return pageSheet(SUMMARY_SHEET, [
    { header: '', maxWidth: 24 },
    { header: '', maxWidth: 45 },
    { header: '', minWidth: 14 },
    { header: '', maxWidth: 45 },
    { header: '', maxWidth: 80, wrap: true },
  ], rows, highlights, rowStyles);
}
