import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { asFlowId, asSystemId, type FlowRecord, type MapDocument } from '../../../shared/model';
import { browserScheduler, createAnalysisSource, type RunScheduler } from '../../../renderer/risks/analysis-source';
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

  it('checks an edit made before the first run after the next paint, without waiting for the page to be idle', () => {
    const { store, source, queued, edit } = openMap();
    edit((d) => withFlow(d, { ...d.flows[flow1]!, owner: 'Priya Shah' }));
    expect(queued.map((q) => q.when)).toEqual(['whenIdle', 'afterPaint']);
    queued.pop()!.task();
    expect(source.latest()?.doc).toBe(store.getState().doc);
    const analysis = source.latest();
    queued.pop()!.task();
    expect(source.latest()).toBe(analysis);
  });

  it("tells an element's badge subscribers only when its own badge changes", () => {
    const { source, runAll, edit } = openMap();
    const told = { [flow1]: 0, [flow2]: 0 };
    source.subscribeToBadge(flow1, () => { told[flow1] += 1; });
    source.subscribeToBadge(flow2, () => { told[flow2] += 1; });
    runAll();
    expect(told).toEqual({ [flow1]: 1, [flow2]: 1 });
    // An owner for the first flow changes its badge only.
    edit((d) => withFlow(d, { ...d.flows[flow1]!, owner: 'Priya Shah' }));
    runAll();
    expect(told).toEqual({ [flow1]: 2, [flow2]: 1 });
  });

  it('tells the badges of a large map a slice at a time, a frame apart, so no frame renders them all', () => {
    let big = mapBuilder();
    for (let i = 1; i <= 400; i += 1) big = big.system(`System ${i}`, { owner: '' });
    const { source, queued, runAll } = openMap(big.build());
    let told = 0;
    for (let i = 1; i <= 400; i += 1) source.subscribeToBadge(asSystemId(`sys-${i}`), () => { told += 1; });
    runAll();
    // Every badge is there to be read at once; the subscribers hear of them in slices.
    expect(source.badgeOf(asSystemId('sys-400'))).toBeDefined();
    expect(told).toBeGreaterThan(0);
    expect(told).toBeLessThan(400);
    expect(queued.map((q) => q.when)).toEqual(['afterPaint']);
    while (queued.length > 0) runAll();
    expect(told).toBe(400);
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

describe('browserScheduler.whenIdle', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  /** Stands in for the browser's idle callbacks, handing each the idle time the test chooses. */
  function idleCallbacks() {
    const waiting: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
    const idle = (milliseconds: number, didTimeout = false) => waiting.shift()!({ didTimeout, timeRemaining: () => milliseconds });
    return { waiting, idle };
  }

  it('waits for an idle period long enough for a run, not the slack left at the end of a frame', () => {
    const { waiting, idle } = idleCallbacks();
    let ran = false;
    browserScheduler.whenIdle(() => { ran = true; });
    idle(9);
    idle(14);
    expect(ran).toBe(false);
    expect(waiting).toHaveLength(1);
    idle(49);
    expect(ran).toBe(true);
  });

  it('runs anyway once it has waited its limit on a page that is never idle for long', () => {
    const { idle } = idleCallbacks();
    let ran = false;
    browserScheduler.whenIdle(() => { ran = true; });
    idle(3, true);
    expect(ran).toBe(true);
  });
});
