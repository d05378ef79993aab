import { test, type Page } from '@playwright/test';
import { flowList, systemList } from '../shared/model';
import { generateMap } from './generate-map';
import { report } from './report';

// Issue budget: a map of 1,000 systems and 3,000 flows is interactive within 1.5 s of loading,
// and pans at or under 33 ms per frame at working zoom (scale 1), on a 2-core machine.
const SYSTEMS = 1000;
const FLOWS = 3000;
const LOAD_BUDGET_MS = 1500;
const FRAME_BUDGET_MS = 33;

test('canvas with 1,000 systems and 3,000 flows: load to interactive, and panning', async ({ page }) => {
  const doc = generateMap({ systems: SYSTEMS, flows: FLOWS });
  await page.goto('/');
  await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
  await seedDatabase(page, doc.assessment, systemList(doc), flowList(doc));

  const loads: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await page.goto('about:blank');
    await page.goto(`/#/assessment/${doc.assessment.id}`);
    loads.push(await timeToInteractiveCanvas(page));
  }
  const nodesRendered = await page.locator('.react-flow__node').count();

  await zoomToWorkingScale(page);
  const frames = await panAndMeasureFrames(page, 120);

  const loadMedian = median(loads);
  report('canvas', [
    { figure: 'load to interactive canvas (median of 3)', value: loadMedian, unit: 'ms', budget: LOAD_BUDGET_MS },
    { figure: 'load to interactive canvas (each run)', value: loads.map(Math.round).join(', '), unit: 'ms' },
    { figure: 'nodes rendered at open (visible only)', value: nodesRendered, unit: '' },
    { figure: 'pan frame time p50', value: percentile(frames, 50), unit: 'ms' },
    { figure: 'pan frame time p95', value: percentile(frames, 95), unit: 'ms', budget: FRAME_BUDGET_MS },
    { figure: 'pan frame time max', value: Math.max(...frames), unit: 'ms' },
    { figure: 'frames measured', value: frames.length, unit: '' },
  ]);
});

/** Writes the map straight into the app's IndexedDB, in the row shape the Dexie repository uses. */
async function seedDatabase(page: Page, assessment: unknown, systems: unknown[], flows: unknown[]): Promise<void> {
  await page.evaluate(async ({ assessment, systems, flows }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('integration-mapper');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['assessments', 'systems', 'flows'], 'readwrite');
    const assessmentId = (assessment as { id: string }).id;
    tx.objectStore('assessments').put(assessment);
    for (const s of systems) tx.objectStore('systems').put({ ...(s as object), assessmentId });
    for (const f of flows) tx.objectStore('flows').put({ ...(f as object), assessmentId });
    await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
    db.close();
  }, { assessment, systems, flows });
}

/** Milliseconds from navigation start until nodes are on screen and the next frame has painted. */
async function timeToInteractiveCanvas(page: Page): Promise<number> {
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => new Promise<number>((resolve) => {
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
  }));
}

async function viewportScale(page: Page): Promise<number> {
  return page.evaluate(() => {
    const transform = (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? '1');
  });
}

/** Zooms with the canvas's own zoom buttons until the map is at reading size (scale ≈ 1). */
async function zoomToWorkingScale(page: Page): Promise<void> {
  const zoomIn = page.locator('.react-flow__controls-zoomin');
  for (let i = 0; i < 30 && (await viewportScale(page)) < 0.95; i += 1) {
    await zoomIn.click();
    await page.waitForTimeout(120);
  }
}

/** Drags the empty canvas for `steps` frames and returns the intervals between painted frames. */
async function panAndMeasureFrames(page: Page, steps: number): Promise<number[]> {
  const start = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    for (let y = pane.top + 40; y < pane.bottom - 40; y += 7) {
      for (let x = pane.left + 40; x < pane.right - 40; x += 7) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    throw new Error('No empty spot on the canvas to start panning from');
  });
  await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; measuring: boolean };
    w.frameTimes = [];
    w.measuring = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frameTimes.push(now - last);
      last = now;
      if (w.measuring) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(start.x - i * 6, start.y - i * 3);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; measuring: boolean };
    w.measuring = false;
    return w.frameTimes.slice(1);
  });
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
