import { asFlowId, asSystemId, createFlow, textField, FLOW_FIELDS, type FieldSpec, type FlowRecord, type IsoDate } from '../model';
import { cellText, tidyText } from './cell-text';
import { cutText, readFieldCell, type ReadFieldOptions } from './field-values';
import { columnTitle, fieldOfTarget, type ColumnMapping } from './headers';
import { error, errorCellProblem, formulaProblem, issueAt, warning, type CellProblem, type ImportIssue } from './import-issue';
import { SYSTEM_NAME_LENGTH } from './import-systems';
import { RowNotes } from './row-notes';
import { cellName, type SheetCell } from './sheet-table';

/** What one row of the sheet says, before it is given ids and systems. */
export interface RowReading {
  /** The source and destination system names, trimmed; blank when missing. */
  readonly source: string;
  readonly destination: string;
  /** The ID cell's text and column, when an ID column has text on this row. */
  readonly id: { readonly text: string; readonly column: number } | null;
  /** Every field of the flow, as read from the row; a field the row leaves blank has its default. */
  readonly fields: FlowFields;
  /** Warnings and errors about single cells; report them only if the row is imported. */
  readonly issues: readonly ImportIssue[];
  /** Why the row cannot be imported; empty when it can. */
  readonly rowErrors: readonly ImportIssue[];
}

/** A flow's recorded fields, without its id and ends. */
export type FlowFields = Omit<FlowRecord, 'id' | 'sourceId' | 'targetId'>;

const DETAIL_LENGTH = textField(FLOW_FIELDS, 'credentialLocationDetail').maxLength;

/**
 * A new flow's fields with their defaults. Every row starts from a copy, so all rows' fields have
 * one shape and the flows built from them copy fast (20,000 rows of fields added in different
 * orders made building the flows the slowest step of an import).
 */
const BLANK_FIELDS: FlowFields = (() => {
  const { id: _id, sourceId: _source, targetId: _target, ...fields } = createFlow({ id: asFlowId('-'), sourceId: asSystemId('-'), targetId: asSystemId('-') });
  return fields;
})();

/** True for a row with nothing in it: every cell missing or blank text. */
export function isEmptyRow(row: ReadonlyArray<SheetCell | null>): boolean {
  for (const cell of row) {
    if (cell && !(typeof cell.value === 'string' && cell.value.trim() === '')) return false;
  }
  return true;
}

/** How to read every row of one sheet, worked out once. */
export interface RowPlan {
  /** Where each column goes, one entry per column index. */
  readonly columns: readonly ColumnMapping[];
  /** The flow field each column fills, if any. */
  readonly fields: ReadonlyArray<FieldSpec | undefined>;
  /** For each column filling a field, that field's bit: a row marks the fields it has filled in one number. */
  readonly fieldBits: readonly number[];
  /** The first column of each end, for errors about a missing one. */
  readonly sourceColumn: number;
  readonly destinationColumn: number;
  readonly today: IsoDate;
  /** Options for reading a cell that needs no name in its messages, shared by every such cell. */
  readonly readOptions: ReadFieldOptions;
  /** Whether two system names as written are the same system. */
  sameSystem(a: string, b: string): boolean;
}

/** The plan for a sheet whose columns go where `columns` says. */
export function rowPlan(columns: readonly ColumnMapping[], today: IsoDate, sameSystem: (a: string, b: string) => boolean): RowPlan {
  return {
    columns, today, sameSystem, readOptions: { today },
    fields: columns.map((mapping) => fieldOfTarget(mapping.target)),
    fieldBits: columns.map((mapping) => {
      const index = FLOW_FIELDS.findIndex((field) => field.key === mapping.target);
      return index === -1 ? 0 : 1 << index;
    }),
    sourceColumn: columns.findIndex((mapping) => mapping.target === 'source'),
    destinationColumn: columns.findIndex((mapping) => mapping.target === 'destination'),
  };
}

/**
 * Reads one row through the plan. Every cell's value lands in a field or in the notes; nothing
 * the user wrote is dropped unless its column is mapped to "Do not import".
 */
export function readRow(rowIndex: number, row: ReadonlyArray<SheetCell | null>, plan: RowPlan): RowReading {
  const { columns, today } = plan;
  const fields: Record<string, unknown> = { ...BLANK_FIELDS, dataTypes: [], discoveredVia: [] };
  let filledFields = 0;
  const notes = new RowNotes();
  const issues: ImportIssue[] = [];
  const report = (column: number, problem: CellProblem) => issues.push(issueAt(rowIndex, column, columns[column]!.header, problem));
  const ends = { source: '', destination: '' };
  const endErrorsShown = { source: '', destination: '' };
  let id: RowReading['id'] = null;
  let credentialWording: { text: string; column: number; label: string } | null = null;

  for (let column = 0; column < row.length; column++) {
    const cell = row[column];
    const mapping = columns[column]!;
    if (!cell || mapping.target === 'ignore') continue;
    const field = plan.fields[column];
    // A field is filled from the first column mapped to it that has a value; any later one keeps its text in the notes.
    if (field && (filledFields & plan.fieldBits[column]!) === 0) {
      const needsName = cell.formula !== undefined || cell.error === true;
      const reading = readFieldCell(field, cell, needsName ? { today, cellName: cellName(rowIndex, column) } : plan.readOptions);
      for (const problem of reading.problems) report(column, problem);
      const filled = Array.isArray(reading.value) ? reading.value.length > 0 : reading.value !== '';
      if (filled) filledFields |= plan.fieldBits[column]!;
      // Wording that gave no value leaves the field blank, not at a default such as status "active".
      if (filled || reading.wording !== '') fields[field.key] = reading.value;
      if (filled && field.key === 'notes') notes.addNotes(reading.value as string, column);
      // The exact place a credential is kept belongs in the detail field; wording that matched no place is flagged and stays in the notes.
      if (reading.wording !== '' && filled && field.key === 'credentialLocation') credentialWording = { text: reading.wording, column, label: field.label };
      else if (reading.wording !== '') notes.addAsWritten(field.label, reading.wording, column);
      continue;
    }
    const plain = plainText(cell, rowIndex, column);
    if (plain.problem) report(column, plain.problem);
    if (plain.text === '') continue;
    const end = mapping.target === 'source' || mapping.target === 'destination' ? mapping.target : null;
    if (end && ends[end] === '' && cell.error) endErrorsShown[end] = plain.text;
    else if (end && ends[end] === '') ends[end] = plain.text;
    else if (mapping.target === 'id' && id === null && !cell.error) id = { text: plain.text, column };
    else notes.addLine(columnTitle(mapping), plain.text, column);
  }

  if (credentialWording && fields.credentialLocationDetail === '' && credentialWording.text.length <= DETAIL_LENGTH) {
    fields.credentialLocationDetail = credentialWording.text;
  } else if (credentialWording) {
    notes.addAsWritten(credentialWording.label, credentialWording.text, credentialWording.column);
  }
  const composed = notes.compose();
  fields.notes = composed.notes;
  for (const { column, problem } of composed.problems) report(column, problem);

  const source = endName(ends.source, plan.sourceColumn, rowIndex, plan, issues);
  const destination = endName(ends.destination, plan.destinationColumn, rowIndex, plan, issues);
  return { source, destination, id, fields: fields as unknown as FlowFields, issues, rowErrors: endErrors(rowIndex, plan, endErrorsShown, source, destination) };
}

/** A cell's text for the ID, the ends and notes lines, with a warning for a formula or an error shown in the cell. */
function plainText(cell: SheetCell, rowIndex: number, column: number): { text: string; problem?: CellProblem } {
  if (cell.error) return { text: String(cell.value), problem: errorCellProblem(cell, cellName(rowIndex, column), 'its text was kept in the notes') };
  const text = tidyText(cellText(cell));
  return cell.formula === undefined ? { text } : { text, problem: formulaProblem(cell, cellName(rowIndex, column), text) };
}

/** A system name that fits a record; a longer one is cut, with a warning. */
function endName(name: string, column: number, rowIndex: number, plan: RowPlan, issues: ImportIssue[]): string {
  if (name.length <= SYSTEM_NAME_LENGTH) return name;
  issues.push(issueAt(rowIndex, column, plan.columns[column]!.header, warning(`The system name is longer than ${SYSTEM_NAME_LENGTH} characters, so it was cut short.`)));
  return cutText(name, SYSTEM_NAME_LENGTH);
}

function endErrors(rowIndex: number, plan: RowPlan, shownErrors: { source: string; destination: string }, source: string, destination: string): ImportIssue[] {
  const errors: ImportIssue[] = [];
  const at = (column: number, message: string) => errors.push(issueAt(rowIndex, column, plan.columns[column]!.header, error(message)));
  for (const end of ['source', 'destination'] as const) {
    const column = end === 'source' ? plan.sourceColumn : plan.destinationColumn;
    const shown = shownErrors[end];
    const name = end === 'source' ? source : destination;
    if (name === '' && shown !== '') at(column, `The ${end} shows the spreadsheet error ${shown} instead of a system name, so the row was not imported.`);
    else if (name === '') at(column, `This row has no ${end} system, so it was not imported.`);
  }
  if (source !== '' && destination !== '' && plan.sameSystem(source, destination)) {
    at(plan.destinationColumn, `The source and destination are the same system ("${source}"); a flow connects two different systems, so the row was not imported.`);
  }
  return errors;
}
