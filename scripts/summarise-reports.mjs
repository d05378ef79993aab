// Prints "N passed, N failed" from the Vitest and Playwright JSON reports in reports/.
// A run that stopped before its tests (type errors, a failed build) counts as one failure,
// so a red run never reads as "0 passed, 0 failed".
import { existsSync, readFileSync } from 'node:fs';

const exitStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('reports/unit.json')) {
  const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (existsSync('reports/e2e.json')) {
  const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
  skipped += e2e.stats?.skipped ?? 0;
}
if (exitStatus !== 0 && failed === 0) {
  console.log('The test command failed before or outside the test runners (type check or build): counted as one failure.');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
