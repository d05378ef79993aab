import type { Page } from '@playwright/test';
import type { Assessment, FlowRecord, SystemRecord } from '../../shared/model';

/**
 * Writes a map straight into the app's IndexedDB, in the row shape the Dexie repository uses,
 * for benchmarks and end-to-end tests that need a map far larger than anyone would draw in a
 * test. Call it once the app has opened its database (after the home screen shows).
 */
export async function seedDatabase(
  page: Page,
  assessment: Assessment,
  systems: readonly SystemRecord[],
  flows: readonly FlowRecord[],
): Promise<void> {
  await page.evaluate(async ({ assessment, systems, flows }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('integration-mapper');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['assessments', 'systems', 'flows'], 'readwrite');
    tx.objectStore('assessments').put(assessment);
    for (const s of systems) tx.objectStore('systems').put({ ...s, assessmentId: assessment.id });
    for (const f of flows) tx.objectStore('flows').put({ ...f, assessmentId: assessment.id });
    await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
    db.close();
  }, { assessment, systems, flows });
}
