import { test } from '@playwright/test';
import { createCheckRunner, runChecks } from '../shared/checks';
import type { FlowId, MapDocument } from '../shared/model';
import { buildRegisterWorkbook } from '../shared/workbook';
import { writeXlsx } from '../io/xlsx/write-workbook';
import { updateFlow } from '../renderer/commands/map-commands';
import { generateMap } from './generate-map';
import { median, percentile, report } from './report';

// Runs in Node (no page): the checks and the workbook are the same shared/ and io/ code the
// app and the command-line tool run. The map is the size: 5,000 systems, 20,000 flows.
const TODAY = '2026-11-22';
const SYSTEMS = 5_000;
const FLOWS = 20_000;
/** Edits re-checked: enough that the 95th percentile is not just the second-slowest run. */
const EDITS = 100;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The document after renaming one flow's owner: what one keystroke in the inspector produces, made by the app's own command. */
function withOneEdit(doc: MapDocument, index: number): MapDocument {
  const id = `bench-flow-${index}` as FlowId;
  return updateFlow.perform(doc, { id, changes: { owner: `${doc.flows[id]!.owner} (edited ${index})` } });
}

test('risk checks and the register workbook for 5,000 systems and 20,000 flows', async () => {
  const doc = generateMap({ systems: SYSTEMS, flows: FLOWS, seed: 7, id: 'bench-register' });

  // Whole map, from cold: what opening a map or changing a setting costs.
  runChecks(doc, TODAY);
  const fullRuns = Array.from({ length: 7 }, () => time(() => runChecks(doc, TODAY)));
  const findings = runChecks(doc, TODAY);

  // One edit, re-checked by the runner the editor keeps (it remembers unchanged elements).
  const runner = createCheckRunner();
  let current = doc;
  runner.run(current, TODAY);
  const editRuns: number[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    current = withOneEdit(current, (i * 611) % FLOWS);
    editRuns.push(time(() => runner.run(current, TODAY)));
  }

  // The workbook: mapping plus writing the .xlsx bytes.
  const workbookRuns: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    const contents = await writeXlsx(buildRegisterWorkbook(doc, findings, { today: TODAY }));
    workbookRuns.push(performance.now() - started);
    bytes = contents.byteLength;
  }

  report('register', [
    { figure: 'map size', value: `${SYSTEMS} systems, ${FLOWS} flows, ${findings.length} findings`, unit: '' },
    { figure: 'all checks, whole map (median of 7)', value: median(fullRuns), unit: 'ms', budget: 100 },
    { figure: `one edit re-checked (median of ${EDITS})`, value: median(editRuns), unit: 'ms' },
    { figure: `one edit re-checked (p95 of ${EDITS})`, value: percentile(editRuns, 95), unit: 'ms', budget: 16 },
    { figure: `one edit re-checked (slowest of ${EDITS})`, value: Math.max(...editRuns), unit: 'ms' },
    { figure: 'register workbook written (median of 3)', value: median(workbookRuns), unit: 'ms', budget: 3000 },
    { figure: 'register workbook size', value: Math.round(bytes / 1024), unit: 'KB' },
  ]);
});
