import { FLOW_FIELDS, SYSTEM_FIELDS, type FieldSpec } from '../../shared/model';
import { FLOW_COLUMNS, SYSTEM_COLUMNS, type Column } from './columns';
import type { TableKind } from './table-view-state';

/** What differs between the table's two tabs: what the rows are called, their columns, their fields. */
export const TABLE_KINDS = {
  flows: { label: 'Data flows', noun: ['flow', 'flows'], columns: FLOW_COLUMNS, fields: FLOW_FIELDS },
  systems: { label: 'Systems', noun: ['system', 'systems'], columns: SYSTEM_COLUMNS, fields: SYSTEM_FIELDS },
} as const satisfies Record<TableKind, {
  label: string; noun: readonly [string, string]; columns: readonly Column<never>[]; fields: readonly FieldSpec[];
}>;
