import { describe, expect, it } from 'vitest';
import { asFlowId, asSystemId } from '../../../shared/model';
import { updateFlow, updateSystem } from '../../../renderer/commands/map-commands';
import { createRowCache, rowName } from '../../../renderer/table/table-rows';
import { mapBuilder } from '../../support/map-builder';
import { rowsOf } from './table-support';

const doc = mapBuilder()
  .system('CRM').system('Finance').system('Website')
  .flow('CRM', 'Finance', { name: 'Donations' })
  .flow('Website', 'CRM', { name: ' ' })
  .build();

describe('the table\'s rows', () => {
  it('name a flow without a name by its ends', () => {
    const { flows } = rowsOf(doc);
    expect(flows.map(rowName)).toEqual(['Donations', 'Website → CRM']);
  });

  it('count the flows that touch each system', () => {
    expect(rowsOf(doc).systems.map((row) => [row.record.name, row.flowCount])).toEqual([['CRM', 2], ['Finance', 1], ['Website', 1]]);
  });

  it('are remade only for the records an edit touched', () => {
    const cache = createRowCache();
    const before = rowsOf(doc, cache);
    const edited = updateFlow.perform(doc, { id: asFlowId('flow-1'), changes: { owner: 'Ann' } });
    const after = rowsOf(edited, cache);
    expect(after.flows[0]).not.toBe(before.flows[0]);
    expect(after.flows[0]!.record.owner).toBe('Ann');
    expect(after.flows[1]).toBe(before.flows[1]);
    expect(after.systems).toEqual(before.systems);
    expect(after.systems[0]).toBe(before.systems[0]);
  });

  it('are remade when a system at either end is renamed', () => {
    const cache = createRowCache();
    const before = rowsOf(doc, cache);
    const renamed = updateSystem.perform(doc, { id: asSystemId('sys-2'), changes: { name: 'Xero' } });
    const after = rowsOf(renamed, cache);
    expect(after.flows[0]!.targetName).toBe('Xero');
    expect(after.flows[1]).toBe(before.flows[1]);
  });
});
