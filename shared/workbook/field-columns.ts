import type { FieldSpec } from '../model';
import { fieldCell } from './cells';
import { listRange } from './lists';
import type { CellValue } from './model';
import type { ColumnSpec } from './sheet';

/** The first column of every table a re-import reads: the element, finding or risk id. */
export const ID_COLUMN: ColumnSpec = {
  header: 'ID',
  help: 'The id the app knows this row by. Leave it as it is, so changes can be read back in.',
  maxWidth: 40,
  distinct: true,
};

/** A column for each recorded field: dropdowns from the Lists sheet on choices, wrapping on long text. */
export function fieldColumns(fields: readonly FieldSpec[]): ColumnSpec[] {
  return fields.map((field): ColumnSpec => {
    switch (field.kind) {
      case 'choice': return { header: field.label, help: field.help, dropdown: listRange(field.vocabulary) };
      // Several choices share a cell, so a one-value dropdown would reject them; the Lists sheet shows the choices.
      case 'choices': return { header: field.label, help: field.help, maxWidth: 40 };
      case 'date': return { header: field.label, help: field.help, kind: 'date' };
      case 'text': return { header: field.label, help: field.help, ...(field.multiline ? { wrap: true, minWidth: 30 } : {}) };
    }
  });
}

/** A record's recorded fields as cells, in the fields' order. */
export function fieldCells(fields: readonly FieldSpec[], record: object): CellValue[] {
  const values = record as Record<string, unknown>;
  return fields.map((field) => fieldCell(field, values[field.key]));
}

