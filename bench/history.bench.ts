import { test } from '@playwright/test';
import { checkById } from '../shared/checks';
import {
  diffDocuments, mergeRecordedChanges, recordedChanges, type ChangeRecord, type FlowId, type IsoDate, type MapDocument,
} from '../shared/model';
import { buildRegisterWorkbook } from '../shared/workbook';
import { writeXlsx } from '../io/xlsx/write-workbook';
import { runChecks } from '../shared/checks';
import { moveSystems, updateFlow } from '../renderer/commands/map-commands';
import { markReviewed } from '../renderer/commands/review-commands';
import { generateMap } from './generate-map';
import { median, percentile, report } from './report';

// Runs in Node (no page): what the change history adds to each change on the largest
// map (5,000 systems, 20,000 flows), apart from the storage write itself. The store already
// works out the storage diff (diffDocuments) for every change; the history words its records
// from that diff, so its own cost should follow the size of the edit, not of the map.
const TODAY: IsoDate = '2026-11-22';
const SYSTEMS = 5_000;
const FLOWS = 20_000;
const EDITS = 100;
const DESCRIBE = { checkTitle: (checkId: string) => checkById(checkId)?.title };

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

test('the change history on 5,000 systems and 20,000 flows', async () => {
  const doc = generateMap({ systems: SYSTEMS, flows: FLOWS, seed: 7, id: 'bench-history' });
  const flowIds = Object.keys(doc.flows) as FlowId[];

  // One keystroke in a flow's Owner field: the storage diff (already paid), then the history's record.
  const diffRuns: number[] = [];
  const recordRuns: number[] = [];
  const mergeRuns: number[] = [];
  let current: MapDocument = doc;
  for (let i = 0; i < EDITS; i += 1) {
    const id = flowIds[(i * 611) % FLOWS]!;
    const stepStart = current;
    const once = updateFlow.perform(current, { id, changes: { owner: `Owner ${i}` } });
    const [change, diffTime] = timed(() => diffDocuments(current, once));
    const [changes, recordTime] = timed(() => recordedChanges(current, once, change, DESCRIBE));
    diffRuns.push(diffTime);
    recordRuns.push(recordTime);
    // The next keystroke of the same step: worded against the step's start and merged.
    const twice = updateFlow.perform(once, { id, changes: { owner: `Owner ${i}!` } });
    const next = diffDocuments(once, twice);
    mergeRuns.push(timed(() => mergeRecordedChanges(changes, recordedChanges(stepStart, twice, next, DESCRIBE), next))[1]);
    current = twice;
  }

  // Bulk: every system moved (a Tidy layout of the whole map), and 1,000 flows marked reviewed.
  const moved = moveSystems.perform(doc, { moves: Object.values(doc.systems).map((s) => ({ id: s.id, position: { x: s.position.x + 40, y: s.position.y } })) });
  const moveChange = diffDocuments(doc, moved);
  const [moveChanges, moveTime] = timed(() => recordedChanges(doc, moved, moveChange, DESCRIBE));
  const reviewed = markReviewed.perform(doc, { systemIds: [], flowIds: flowIds.slice(0, 1_000), date: TODAY, by: 'Bench' });
  const reviewChange = diffDocuments(doc, reviewed);
  const [reviewChanges, reviewTime] = timed(() => recordedChanges(doc, reviewed, reviewChange, DESCRIBE));

  // The register with a long history: 10,000 records of one change each on the Change log.
  const history: ChangeRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
    at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), by: 'Bench', action: 'do', command: 'updateFlow', label: 'Edit data flow',
    changes: [{ kind: 'flow', id: flowIds[i % FLOWS]!, name: `Flow ${i}`, type: 'changed', field: 'owner', label: 'Owner', before: '', after: `Owner ${i}` }],
  }));
  const findings = runChecks(doc, TODAY);
  const workbookRuns: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    await writeXlsx(buildRegisterWorkbook(doc, findings, { today: TODAY, history }));
    workbookRuns.push(performance.now() - started);
  }

  report('history', [
    { figure: 'map size', value: `${SYSTEMS} systems, ${FLOWS} flows`, unit: '' },
    { figure: `storage diff of one edit, already paid before the history (median of ${EDITS})`, value: median(diffRuns), unit: 'ms' },
    // Budgeted on the median: the record takes a tenth of a millisecond, so its 95th percentile
    // is whichever run a garbage collection happened to land in.
    { figure: `history record of one edit (median of ${EDITS})`, value: median(recordRuns), unit: 'ms', budget: 2 },
    { figure: `history record of one edit (p95 of ${EDITS})`, value: percentile(recordRuns, 95), unit: 'ms' },
    { figure: `next keystroke of the same step, worded and merged (p95 of ${EDITS})`, value: percentile(mergeRuns, 95), unit: 'ms', budget: 2 },
    // One click of Tidy layout, which itself takes far longer to lay the map out.
    { figure: `every system moved: ${moveChanges.length} changes recorded`, value: moveTime, unit: 'ms', budget: 100 },
    { figure: `1,000 flows marked reviewed: ${reviewChanges.length} changes recorded`, value: reviewTime, unit: 'ms', budget: 50 },
    { figure: 'register workbook with 10,000 history records (median of 3)', value: median(workbookRuns), unit: 'ms', budget: 3000 },
  ]);
});
