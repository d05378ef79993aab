import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { asFlowId, type FlowRecord, type MapDocument } from '../../../shared/model';
import { createAnalysisSource, type RunScheduler } from '../../../renderer/risks/analysis-source';
import type { MapStore } from '../../../renderer/store/map-store';
import { mapBuilder } from '../../support/map-builder';

/** Two flows sharing one account, nobody owning them: both have open findings. */
const doc = mapBuilder()
  .system('Donor CRM', { owner: 'Priya Shah' })
  .system('Xero', { owner: 'Sam Jones' })
  .system('Mailchimp', { owner: 'Sam Jones' })
  .flow('Donor CRM', 'Xero', { account: 'svc-sync', owner: '' })
  .flow('Donor CRM', 'Mailchimp', { account: 'svc-sync', owner: '' })
  .build();
const flow1 = asFlowId('flow-1');
const flow2 = asFlowId('flow-2');

/** A scheduler that runs nothing until the test says so, and remembers how each run was asked for. */
function manualScheduler() {
  const queued: { when: keyof RunScheduler; task: () => void }[] = [];
  const scheduler: RunScheduler = {
    afterPaint: (task) => queued.push({ when: 'afterPaint', task }),
    whenIdle: (task) => queued.push({ when: 'whenIdle', task }),
  };
  const runAll = () => queued.splice(0).forEach(({ task }) => task());
  return { scheduler, queued, runAll };
}

function openMap(start: MapDocument = doc) {
  const store = createStore<{ doc: MapDocument }>()(() => ({ doc: start })) as unknown as MapStore;
  const { scheduler, queued, runAll } = manualScheduler();
  const source = createAnalysisSource(store, () => new Date('2026-11-22T12:00:00Z'), scheduler);
  let heard = 0;
  source.subscribe(() => { heard += 1; });
  const edit = (change: (d: MapDocument) => MapDocument) => store.setState({ doc: change(store.getState().doc) });
  return { store, source, queued, runAll, heard: () => heard, edit };
}

const withFlow = (d: MapDocument, flow: FlowRecord): MapDocument => ({ ...d, flows: { ...d.flows, [flow.id]: flow } });

describe('createAnalysisSource', () => {
  it('runs the checks once the page is idle, not as the map opens, and then tells its subscribers', () => {
    const { source, queued, runAll, heard } = openMap();
    expect(source.latest()).toBeUndefined();
    expect(queued.map((q) => q.when)).toEqual(['whenIdle']);
    runAll();
    expect(source.latest()?.doc).toBe(doc);
    expect(source.badgeOf(flow1)).toBeDefined();
    expect(heard()).toBe(1);
  });

  it('re-checks after the next paint when the map changes, once for several edits', () => {
    const { store, source, queued, runAll, heard, edit } = openMap();
    runAll();
    const before = source.badgeOf(flow1)!;
    edit((d) => withFlow(d, { ...d.flows[flow1]!, owner: 'Priya Shah' }));
    edit((d) => withFlow(d, { ...d.flows[flow1]!, purpose: 'Gift Aid claims' }));
    expect(queued.map((q) => q.when)).toEqual(['afterPaint']);
    expect(source.latest()?.doc).not.toBe(store.getState().doc);
    runAll();
    expect(source.latest()?.doc).toBe(store.getState().doc);
    expect(source.badgeOf(flow1)!.openCount).toBeLessThan(before.openCount);
    expect(heard()).toBe(2);
  });

  it('hands out the same badge object while an element\'s badge says the same thing', () => {
    const { source, runAll, edit } = openMap();
    runAll();
    const before = source.badgeOf(flow2);
    edit((d) => withFlow(d, { ...d.flows[flow1]!, owner: 'Priya Shah' }));
    runAll();
    expect(source.badgeOf(flow2)).toBe(before);
  });

  it('works the findings out on the spot for a view that needs them before the first run', async () => {
    const { source, runAll, heard } = openMap();
    const analysis = source.current();
    expect(analysis.doc).toBe(doc);
    expect(source.latest()).toBe(analysis);
    await Promise.resolve();
    expect(heard()).toBe(1);
    runAll();
    expect(source.latest()).toBe(analysis);
    expect(heard()).toBe(1);
  });
});
