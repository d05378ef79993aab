import { describe, expect, it } from 'vitest';
import { FLOW_FIELDS, SYSTEM_FIELDS } from '../../../shared/model';
import { FLOW_COLUMNS, naturalKey, SYSTEM_COLUMNS, type Column } from '../../../renderer/table/columns';
import type { TableRow } from '../../../renderer/table/table-rows';
import { mapBuilder } from '../../support/map-builder';
import { rowsOf } from './table-support';

const column = <Row extends TableRow>(columns: readonly Column<Row>[], id: string) => columns.find((c) => c.id === id)!;

const doc = mapBuilder()
  .system('Salesforce', { kind: 'crm' })
  .system('Xero', { kind: 'finance', lastReviewed: '2025-12-01' })
  .flow('Salesforce', 'Xero', {
    name: 'Gift Aid to Xero', dataTypes: ['personal', 'financial'], frequency: 'monthly',
    credentialLastRotated: 'unknown', discoveredVia: [], owner: 'Ann',
  })
  .flow('Xero', 'Salesforce', { name: '' })
  .build();
const { flows: [giftAid, unnamed], systems: [salesforce, xero] } = rowsOf(doc);

describe('the flows table columns', () => {
  it('has the name, both ends, the risk and review, then every other recorded field, labelled as in the inspector', () => {
    expect(FLOW_COLUMNS.map((c) => c.label)).toEqual([
      'Name', 'Source', 'Destination', 'Highest open risk', 'Review', ...FLOW_FIELDS.slice(1).map((f) => f.label),
    ]);
  });

  it('shows the ends by system name, choices by their label and several choices joined', () => {
    expect(column(FLOW_COLUMNS, 'source').text(giftAid!)).toBe('Salesforce');
    expect(column(FLOW_COLUMNS, 'destination').text(giftAid!)).toBe('Xero');
    expect(column(FLOW_COLUMNS, 'frequency').text(giftAid!)).toBe('Monthly');
    expect(column(FLOW_COLUMNS, 'dataTypes').text(giftAid!)).toBe('Personal data, Financial / bank details');
    expect(column(FLOW_COLUMNS, 'credentialLastRotated').text(giftAid!)).toBe('Unknown');
  });

  it('shows a blank choice as blank, and filters it as "Not set"', () => {
    const frequency = column(FLOW_COLUMNS, 'frequency');
    expect(frequency.text(unnamed!)).toBe('');
    expect(frequency.values!(unnamed!)).toEqual(['']);
    expect(frequency.filterOptions![0]!.label).toBe('Not set');
    expect(column(FLOW_COLUMNS, 'discoveredVia').values!(giftAid!)).toEqual(['']);
  });

  it('edits the record fields in place, and never the ends, the risk or the review', () => {
    const editable = FLOW_COLUMNS.filter((c) => c.field).map((c) => c.id);
    expect(editable).toEqual(FLOW_FIELDS.map((f) => f.key));
  });

  it('shows the worst open finding with how many are open, and sorts worse higher', () => {
    const risk = column(FLOW_COLUMNS, 'risk');
    expect(risk.text(giftAid!)).toMatch(/^(Low|Medium|Elevated|High|Critical), \d+ open$/);
    expect(risk.values!(giftAid!)).toEqual([giftAid!.badge!.severity]);
  });
});

describe('the systems table columns', () => {
  it('has the name, how many flows touch it, the risk and review, then every other recorded field', () => {
    expect(SYSTEM_COLUMNS.map((c) => c.label)).toEqual([
      'Name', 'Flows', 'Highest open risk', 'Review', ...SYSTEM_FIELDS.slice(1).map((f) => f.label),
    ]);
    expect(column(SYSTEM_COLUMNS, 'flowCount').text(salesforce!)).toBe('2');
    expect(column(SYSTEM_COLUMNS, 'kind').text(xero!)).toBe('Finance');
  });
});

describe('naturalKey', () => {
  it('ignores case and orders numbers by value', () => {
    const names = ['flow 10', 'Flow 9', 'flow 100', 'Apple'];
    expect([...names].sort((a, b) => (naturalKey(a)! < naturalKey(b)! ? -1 : 1))).toEqual(['Apple', 'Flow 9', 'flow 10', 'flow 100']);
  });

  it('treats blank text as blank', () => {
    expect(naturalKey('   ')).toBeNull();
  });
});
