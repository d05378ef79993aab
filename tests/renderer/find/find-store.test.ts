import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { asFlowId, asSystemId, type IsoDate, type MapDocument } from '../../../shared/model';
import { createFindStore, followMap, type FindInputs } from '../../../renderer/find/find-store';
import { createAnalysisSource, type RunScheduler } from '../../../renderer/risks/analysis-source';
import type { MapStore } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';

const TODAY: IsoDate = '2026-11-22';
const doc = mapBuilder()
  .system('Donor CRM', { owner: 'Priya Shah', lastReviewed: '2026-10-01' })
  .system('Xero', { owner: 'Sam Jones', lastReviewed: '2026-10-01' })
  .flow('Donor CRM', 'Xero', { name: 'Gift Aid', owner: 'Sam Jones', lastReviewed: '2026-10-01' })
  .build();
const crm = asSystemId('sys-1');
const xero = asSystemId('sys-2');
const giftAid = asFlowId('flow-1');

/** A find store over an open map whose checks run when the test says so. */
function openFind() {
  const map = createStore<{ doc: MapDocument }>()(() => ({ doc })) as unknown as MapStore;
  const queued: Array<() => void> = [];
  const scheduler: RunScheduler = { afterPaint: (task) => queued.push(task), whenIdle: (task) => queued.push(task) };
  const inputs: FindInputs = { map, analysis: createAnalysisSource(map, () => new Date(`${TODAY}T12:00:00Z`), scheduler), today: () => TODAY };
  const find = createFindStore(inputs);
  const stop = followMap(find, inputs);
  const edit = (change: (d: MapDocument) => MapDocument) => map.setState({ doc: change(map.getState().doc) });
  const runChecks = () => queued.splice(0).forEach((task) => task());
  return { find, stop, edit, runChecks };
}

const matched = (find: ReturnType<typeof openFind>['find']) => [...(find.getState().matches?.ids ?? [])].sort();

describe('the find store', () => {
  it('matches nothing out until a filter is set, then holds what matches', () => {
    const { find } = openFind();
    expect(find.getState().matches).toBeNull();
    find.getState().setFilter({ text: 'gift' });
    expect(matched(find)).toEqual([giftAid]);
    expect(find.getState().matches).toMatchObject({ total: 3 });
  });

  it('clears every criterion in one step', () => {
    const { find } = openFind();
    find.getState().setFilter({ text: 'sam', boundary: 'internal', review: 'overdue' });
    find.getState().clear();
    expect(find.getState().filter).toEqual({ text: '', dataType: '', owner: '', boundary: '', severity: '', review: '' });
    expect(find.getState().matches).toBeNull();
  });

  it('keeps the matches current as the map is edited', () => {
    const { find, edit } = openFind();
    find.getState().setFilter({ review: 'overdue' });
    expect(matched(find)).toEqual([]);
    edit((d) => ({ ...d, systems: { ...d.systems, [xero]: { ...d.systems[xero]!, lastReviewed: '2024-01-01' } } }));
    expect(matched(find)).toEqual([xero]);
  });

  it('stops following the map when told to', () => {
    const { find, edit, stop } = openFind();
    find.getState().setFilter({ text: 'priya' });
    stop();
    edit((d) => ({ ...d, systems: { ...d.systems, [crm]: { ...d.systems[crm]!, owner: 'Jo Bloggs' } } }));
    expect(matched(find)).toEqual([crm]);
  });

  it('filters by severity, checking the map on the spot if the checks have not run yet, and follows their later runs', () => {
    const { find, edit, runChecks } = openFind();
    find.getState().setFilter({ severity: 'high' });
    expect(matched(find)).not.toContain(giftAid);
    // A credential in a spreadsheet is a high finding: the flow matches once the checks have seen it.
    edit((d) => ({ ...d, flows: { ...d.flows, [giftAid]: { ...d.flows[giftAid]!, credentialLocation: 'spreadsheet-document' } } }));
    expect(matched(find)).not.toContain(giftAid);
    runChecks();
    expect(matched(find)).toContain(giftAid);
  });
});
