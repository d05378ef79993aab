import {
  asFlowId, documentFrom, isValidId,
  type Assessment, type FlowId, type FlowRecord, type IsoDate, type MapDocument,
} from '../model';
import { cellText, tidyText } from './cell-text';
import { headerText, labelOfTarget, type ColumnMapping, type ImportTarget } from './headers';
import { error, issueAt, quoted, sheetIssue, warning, type ImportIssue } from './import-issue';
import { isEmptyRow, readRow, rowPlan } from './import-row';
import { SystemDirectory } from './import-systems';
import type { SheetCell, SheetTable } from './sheet-table';

export interface ImportOptions {
  /** Makes a new unique id, for each system and for each flow without a usable ID of its own. */
  newId(): string;
  /** Today's date where the user is: a review or rotation date after it is kept but flagged. */
  readonly today: IsoDate;
  /** The assessment the imported map belongs to. */
  readonly assessment: Assessment;
}

/** What an import made and what it found wrong. */
export interface InventoryImport {
  /** The imported map: a flow per imported row and a system per distinct name, every system at the origin until laid out. */
  readonly document: MapDocument;
  /** Every problem, per cell, in row order. */
  readonly issues: readonly ImportIssue[];
  /** Rows below the header with anything in them. Empty rows are skipped silently and not counted. */
  readonly rowsRead: number;
  /** Rows that became flows. */
  readonly rowsImported: number;
  /** Rows that could not be imported; each has an error in `issues`. `rowsRead` is `rowsImported + rowsSkipped`. */
  readonly rowsSkipped: number;
}

/**
 * Builds a map from an integration inventory: `table.rows[0]` is the header row, each later row
 * a flow, read through `mapping` (from `proposeMapping`, as the user corrected it). Systems come
 * from the distinct source and destination names. A row without both ends, with the same system
 * at both ends, or with an ID an earlier row already used is not imported; every other problem is
 * a warning or a cell error, and the value the user wrote is kept in the flow's notes. Never
 * throws on bad data: a sheet with no source or destination column gives an empty map and an
 * error saying which headers were found.
 */
export function importInventory(table: SheetTable, mapping: readonly ColumnMapping[], options: ImportOptions): InventoryImport {
  const headerRow = table.rows[0];
  if (!headerRow) return nothingImported(table, options.assessment, [sheetIssue(error('The sheet is empty: there is no header row to read.'))]);
  const columns = columnPlan(table, headerRow, mapping);
  const missingEnds = missingEndIssues(columns);
  if (missingEnds.length > 0) return nothingImported(table, options.assessment, missingEnds);

  const systems = new SystemDirectory(() => options.newId());
  const plan = rowPlan(columns, options.today, (a, b) => systems.same(a, b));
  const flowIds = new FlowIds(table, columns, options.newId);
  const flows: FlowRecord[] = [];
  const issues: ImportIssue[] = [];
  let rowsRead = 0;
  for (let rowIndex = 1; rowIndex < table.rows.length; rowIndex++) {
    const row = table.rows[rowIndex]!;
    if (isEmptyRow(row)) continue;
    rowsRead++;
    const reading = readRow(rowIndex, row, plan);
    if (reading.rowErrors.length > 0) {
      issues.push(...reading.rowErrors);
      continue;
    }
    const id = flowIds.claim(rowIndex, reading.id, columns);
    if ('skip' in id) {
      issues.push(id.skip);
      continue;
    }
    if (id.warning) issues.push(id.warning);
    issues.push(...reading.issues);
    const sourceId = systems.idFor(reading.source);
    const targetId = systems.idFor(reading.destination);
    flows.push({ id: id.id, sourceId, targetId, ...reading.fields });
  }
  return {
    document: documentFrom(options.assessment, systems.systems(), flows),
    issues, rowsRead, rowsImported: flows.length, rowsSkipped: rowsRead - flows.length,
  };
}

/** An empty map: every row with anything in it was read and left out, for the reasons in `issues`. */
function nothingImported(table: SheetTable, assessment: Assessment, issues: ImportIssue[]): InventoryImport {
  let rowsRead = 0;
  for (let rowIndex = 1; rowIndex < table.rows.length; rowIndex++) if (!isEmptyRow(table.rows[rowIndex]!)) rowsRead++;
  return { document: documentFrom(assessment, [], []), issues, rowsRead, rowsImported: 0, rowsSkipped: rowsRead };
}

/**
 * Where every column goes, one entry per column index up to the widest row: the mapping's
 * choice, or "keep in notes" for a column the mapping does not mention (such as data beyond
 * the last header), so nothing is lost by accident.
 */
function columnPlan(table: SheetTable, headerRow: ReadonlyArray<SheetCell | null>, mapping: readonly ColumnMapping[]): ColumnMapping[] {
  let width = mapping.reduce((widest, m) => Math.max(widest, m.column + 1), headerRow.length);
  for (const row of table.rows) width = Math.max(width, row.length);
  const columns: ColumnMapping[] = [];
  for (let column = 0; column < width; column++) columns.push({ column, header: headerText(headerRow[column]), target: 'keep-in-notes' });
  for (const m of mapping) if (m.column >= 0) columns[m.column] = { column: m.column, header: columns[m.column]!.header, target: m.target };
  return columns;
}

function missingEndIssues(columns: readonly ColumnMapping[]): ImportIssue[] {
  const headers = columns.map((c) => c.header).filter((h) => h !== '');
  const found = headers.length > 0 ? headers.map((h) => quoted(h, 40)).join(', ') : 'none';
  const missing = (['source', 'destination'] as const satisfies readonly ImportTarget[]).filter((end) => !columns.some((c) => c.target === end));
  return missing.map((end) => sheetIssue(error(
    `No column was recognised as the ${end} system, so nothing was imported. Headers found: ${found}. Choose which column holds the ${labelOfTarget(end).toLowerCase()} and import again.`,
  )));
}

type ClaimedId = { readonly id: FlowId; readonly warning?: ImportIssue } | { readonly skip: ImportIssue };

/**
 * Hands out flow ids: a row's own ID when it is valid and not already taken, a new one otherwise.
 * The sheet's valid IDs are reserved up front, so an id made for an earlier row can never take
 * one a later row wrote.
 */
class FlowIds {
  private readonly usedOnRow = new Map<string, number>();
  private readonly reserved = new Set<string>();

  constructor(table: SheetTable, columns: readonly ColumnMapping[], private readonly newId: () => string) {
    const idColumn = columns.findIndex((c) => c.target === 'id');
    if (idColumn === -1) return;
    for (let rowIndex = 1; rowIndex < table.rows.length; rowIndex++) {
      const cell = table.rows[rowIndex]![idColumn];
      const text = cell && !cell.error ? tidyText(cellText(cell)) : '';
      if (isValidId(text)) this.reserved.add(text);
    }
  }

  claim(rowIndex: number, written: { text: string; column: number } | null, columns: readonly ColumnMapping[]): ClaimedId {
    if (written && isValidId(written.text)) {
      const earlier = this.usedOnRow.get(written.text);
      const header = columns[written.column]!.header;
      if (earlier !== undefined) {
        return { skip: issueAt(rowIndex, written.column, header, error(`ID "${written.text}" is already used on row ${earlier}, so this row was not imported. Give it an ID of its own, or clear the cell to have one made.`)) };
      }
      this.usedOnRow.set(written.text, rowIndex + 1);
      return { id: asFlowId(written.text) };
    }
    const id = this.fresh(rowIndex);
    if (!written) return { id };
    const message = `${quoted(written.text, 40)} cannot be used as an ID (an ID is up to 100 letters, digits and - _ . : with no spaces), so the flow was given a new one.`;
    return { id, warning: issueAt(rowIndex, written.column, columns[written.column]!.header, warning(message)) };
  }

  private fresh(rowIndex: number): FlowId {
    let id = this.newId();
    for (let tries = 0; (this.usedOnRow.has(id) || this.reserved.has(id)) && tries < 100; tries++) id = this.newId();
    this.usedOnRow.set(id, rowIndex + 1);
    return asFlowId(id);
  }
}
