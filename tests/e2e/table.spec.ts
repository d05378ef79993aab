import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { flowList, systemList, type MapDocument } from '../../shared/model';
import { generateMap } from '../../bench/generate-map';
import { mapBuilder } from '../support/map-builder';
import { addFlowWithDialog, addSystemFromPalette, createAssessment, inspectorPanel, recordErrors } from './support';
import { seedDatabase } from '../support/seed-database';

// The table view end to end: a person switches the editor from Map to Table, sorts, filters,
// edits cells in place and sets a field on many flows at once, with the mouse and the keyboard.

/** Switches the editor to Table and returns the grid of the tab shown (Data flows unless told). */
async function openTable(page: Page, tab: 'Data flows' | 'Systems' = 'Data flows'): Promise<Locator> {
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
  const grid = page.getByRole('grid', { name: tab });
  await expect(grid).toBeVisible();
  return grid;
}

/** The row of the record called `name` (its checkbox says "Select <name>"). */
function rowOf(grid: Locator, name: string): Locator {
  return grid.getByRole('row').filter({ has: grid.page().getByRole('checkbox', { name: `Select ${name}`, exact: true }) });
}

/** The cell of a record's row under the column headed `column`. */
async function cellOf(grid: Locator, name: string, column: string): Promise<Locator> {
  const index = await grid.getByRole('columnheader', { name: column, exact: true }).evaluate((th) => (th as HTMLTableCellElement).cellIndex);
  return rowOf(grid, name).locator('th, td').nth(index);
}

/** The line above the grid that says how many rows are shown, e.g. "Showing 2 of 3 flows". */
function rowCount(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Showing / });
}

/** Writes a map straight into the app's IndexedDB, as bench/canvas.bench.ts does, and opens it. */
async function openSeededMap(page: Page, doc: MapDocument): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
  await seedDatabase(page, doc.assessment, systemList(doc), flowList(doc));
  await page.goto(`/#/assessment/${doc.assessment.id}`);
  await expect(page.getByRole('toolbar', { name: 'Map editor' })).toBeVisible();
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(found, `accessibility problems on ${screen}`).toEqual([]);
}

test('bulk-edit owners in the table: every cell changes, one undo reverts them all, a reload keeps them, and the history has them', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto('/');
  await createAssessment(page, { name: 'Table bulk edit' });
  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await addSystemFromPalette(page, 'HR', 'BreatheHR');
  await addFlowWithDialog(page, 'Salesforce', 'Xero');
  await addFlowWithDialog(page, 'BreatheHR', 'Xero');
  await addFlowWithDialog(page, 'Salesforce', 'BreatheHR');
  const flows = ['Salesforce → Xero', 'BreatheHR → Xero', 'Salesforce → BreatheHR'];

  let grid = await openTable(page);
  // The flow just added is still selected.
  await expect(rowCount(page)).toHaveText('Showing 3 of 3 flows · 1 selected');
  await grid.getByRole('checkbox', { name: 'Select all 3 shown' }).check();
  await expect(rowCount(page)).toHaveText('Showing 3 of 3 flows · 3 selected');

  await page.getByRole('button', { name: 'Set field…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set a field on 3 flows' });
  await expect(dialog.getByLabel('Field')).toHaveValue('owner');
  await dialog.getByLabel('Owner', { exact: true }).fill('Priya Shah');
  await dialog.getByRole('button', { name: 'Set owner on 3 flows' }).click();
  await expect(dialog).toBeHidden();
  for (const flow of flows) await expect(await cellOf(grid, flow, 'Owner')).toHaveText('Priya Shah');
  await expect(rowCount(page)).toContainText('Owner set on 3 flows.');

  // One step: a single undo takes every owner back, a single redo sets them all again.
  const toolbar = page.getByRole('toolbar', { name: 'Map editor' });
  await expect(toolbar.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /^Undo Edit data flows/);
  await toolbar.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const flow of flows) await expect(await cellOf(grid, flow, 'Owner')).toHaveText('');
  await expect(toolbar.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /^Undo Add data flow/);
  await page.keyboard.press('Control+Shift+Z');
  for (const flow of flows) await expect(await cellOf(grid, flow, 'Owner')).toHaveText('Priya Shah');

  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  grid = await openTable(page);
  for (const flow of flows) await expect(await cellOf(grid, flow, 'Owner')).toHaveText('Priya Shah');

  // The history holds the bulk edit as one record naming each flow, then its undo and redo.
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'Change history' });
  const historyRecord = (action: string) => history.getByRole('listitem')
    .filter({ has: page.locator('time') })
    .filter({ has: page.getByText(action, { exact: true }) });
  const bulk = historyRecord('Edit data flows');
  await expect(bulk).toHaveCount(1);
  for (const flow of flows) await expect(bulk).toContainText(`Integration: ${flow}`);
  await expect(bulk).toContainText('Owner: was (blank) → , now Priya Shah');
  await expect(historyRecord('Undo Edit data flows')).toHaveCount(1);
  await expect(historyRecord('Redo Edit data flows')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('edits cells in place, sorts, filters, hides columns and shows the systems, with the mouse and the keyboard', async ({ page }) => {
  const errors = recordErrors(page);
  const doc = mapBuilder()
    .system('Salesforce', { kind: 'crm' }).system('Xero', { kind: 'finance' }).system('BreatheHR', { kind: 'hr' })
    .flow('Salesforce', 'Xero', { name: 'Donations to Xero', frequency: 'daily', lastReviewed: new Date().toISOString().slice(0, 10) as '2026-01-01' })
    .flow('BreatheHR', 'Xero', { name: 'Payroll export', lastReviewed: '' })
    .flow('BreatheHR', 'Salesforce', { name: 'Staff to CRM', lastReviewed: '2020-01-01' })
    .build();
  await openSeededMap(page, doc);
  const grid = await openTable(page);

  // Reviews overdue or never done say so.
  await expect(await cellOf(grid, 'Payroll export', 'Review')).toHaveText('Never reviewed');
  await expect(await cellOf(grid, 'Staff to CRM', 'Review')).toHaveText('Review overdue');

  // A double click edits a cell; Enter keeps the change, which the inspector shows too.
  const owner = await cellOf(grid, 'Donations to Xero', 'Owner');
  await owner.dblclick();
  await grid.getByRole('textbox', { name: 'Owner of Donations to Xero' }).fill('Ann Lee');
  await page.keyboard.press('Enter');
  await expect(owner).toHaveText('Ann Lee');
  await expect(owner).toBeFocused();
  await expect(inspectorPanel(page).getByLabel('Name', { exact: true })).toHaveValue('Donations to Xero');
  await expect(inspectorPanel(page).getByLabel('Owner', { exact: true })).toHaveValue('Ann Lee');
  await expect(page.getByRole('toolbar', { name: 'Map editor' }).getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /^Undo Edit data flow /);

  // Escape drops an edit.
  await page.keyboard.press('Enter');
  await grid.getByRole('textbox', { name: 'Owner of Donations to Xero' }).fill('Nobody');
  await page.keyboard.press('Escape');
  await expect(owner).toHaveText('Ann Lee');
  await expect(owner).toBeFocused();

  // From the keyboard: arrows move between cells, Enter opens a choice, Enter keeps it.
  await (await cellOf(grid, 'Payroll export', 'Direction')).click();
  await page.keyboard.press('ArrowRight');
  await expect(await cellOf(grid, 'Payroll export', 'Frequency')).toBeFocused();
  await page.keyboard.press('Enter');
  const frequency = grid.getByRole('combobox', { name: 'Frequency of Payroll export' });
  await expect(frequency).toBeFocused();
  await frequency.selectOption({ label: 'Weekly' });
  await page.keyboard.press('Enter');
  await expect(await cellOf(grid, 'Payroll export', 'Frequency')).toHaveText('Weekly');
  await page.keyboard.press('ArrowUp');
  await expect(await cellOf(grid, 'Donations to Xero', 'Frequency')).toBeFocused();

  // Several choices: a list of checkboxes.
  await (await cellOf(grid, 'Staff to CRM', 'Data transferred')).dblclick();
  await grid.getByRole('checkbox', { name: 'Employee / HR data' }).check();
  await grid.getByRole('checkbox', { name: 'Personal data' }).check();
  await page.keyboard.press('Enter');
  await expect(await cellOf(grid, 'Staff to CRM', 'Data transferred')).toHaveText('Personal data, Employee / HR data');

  // Sorting: the header says how.
  const review = grid.getByRole('columnheader', { name: 'Review', exact: true });
  await review.getByRole('button').click();
  await expect(review).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.getByRole('rowheader').first()).toHaveText('Staff to CRM');
  await review.getByRole('button').click();
  await expect(review).toHaveAttribute('aria-sort', 'descending');
  await expect(grid.getByRole('rowheader').first()).toHaveText('Donations to Xero');

  // Filtering by a column and searching, then clearing both in one step.
  await grid.getByLabel('Filter Review', { exact: true }).selectOption({ label: 'Overdue or never reviewed' });
  await expect(rowCount(page)).toHaveText(/^Showing 2 of 3 flows/);
  await page.getByRole('searchbox', { name: 'Search flows' }).fill('payroll');
  await expect(rowCount(page)).toHaveText(/^Showing 1 of 3 flows/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rowCount(page)).toHaveText(/^Showing 3 of 3 flows/);
  await expect(grid.getByLabel('Filter Review', { exact: true })).toHaveValue('');

  // Hidden columns stay hidden for the session: back from the map, and after a reload.
  await page.getByRole('button', { name: /^Columns/ }).click();
  await page.getByRole('checkbox', { name: 'Purpose' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('columnheader', { name: 'Purpose' })).toHaveCount(0);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' }).click();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await openTable(page);
  await expect(grid.getByRole('columnheader', { name: 'Purpose' })).toHaveCount(0);
  await page.reload();
  await openTable(page);
  await expect(grid.getByRole('columnheader', { name: 'Purpose' })).toHaveCount(0);
  await expect(await cellOf(grid, 'Donations to Xero', 'Owner')).toHaveText('Ann Lee');

  // The systems tab: every system, with how many flows touch it.
  const systems = await openTable(page, 'Systems');
  await expect(rowCount(page)).toHaveText(/^Showing 3 of 3 systems/);
  await expect(await cellOf(systems, 'Xero', 'Flows')).toHaveText('2');
  await expect(await cellOf(systems, 'BreatheHR', 'Kind')).toHaveText('HR');
  expect(errors).toEqual([]);
});

test('a table of 2,000 flows renders only the rows in view, and sets a field on every filtered row', async ({ page }) => {
  const errors = recordErrors(page);
  await openSeededMap(page, generateMap({ systems: 200, flows: 2000, id: 'table-e2e-large' }));
  const grid = await openTable(page);
  await expect(rowCount(page)).toHaveText('Showing 2,000 of 2,000 flows');
  await expect(grid).toHaveAttribute('aria-rowcount', '2002');
  expect(await grid.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

  // Ctrl+End goes to the last cell of the last row, scrolling it into view.
  await (await cellOf(grid, 'Flow 0', 'Source')).click();
  await page.keyboard.press('Control+End');
  await expect(page.locator(':focus')).toHaveAttribute('data-cell', /^1999:/);
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-cell', '0:0');

  // "Flow 12" is in the names of Flow 12, 120-129 and 1200-1299. Flow 0, clicked above, is
  // still selected but hidden, and a bulk edit leaves it alone.
  await grid.getByLabel('Filter Name').fill('Flow 12');
  await expect(rowCount(page)).toHaveText('Showing 111 of 2,000 flows (1 more selected but hidden by the filters)');
  await grid.getByRole('checkbox', { name: 'Select all 111 shown' }).check();
  await page.getByRole('button', { name: 'Set field…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set a field on 111 flows' });
  await dialog.getByLabel('Field').selectOption({ label: 'Status' });
  await dialog.getByLabel('Status', { exact: true }).selectOption({ label: 'Paused' });
  await dialog.getByRole('button', { name: 'Set status on 111 flows' }).click();
  await expect(await cellOf(grid, 'Flow 12', 'Status')).toHaveText('Paused');
  await expect(await cellOf(grid, 'Flow 1200', 'Status')).toHaveText('Paused');
  await grid.getByLabel('Filter Status').selectOption({ label: 'Paused' });
  await expect(rowCount(page)).toContainText('Showing 111 of 2,000 flows · 111 selected');

  // Clearing the filters keeps the selection.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rowCount(page)).toHaveText('Showing 2,000 of 2,000 flows · 112 selected');
  await expect(await cellOf(grid, 'Flow 0', 'Status')).toHaveText('Active');
  await grid.getByLabel('Filter Name').fill('Flow 12');
  await grid.getByRole('checkbox', { name: 'Select Flow 12', exact: true }).uncheck();
  await expect(rowCount(page)).toHaveText('Showing 111 of 2,000 flows · 110 selected (1 more selected but hidden by the filters)');
  expect(errors).toEqual([]);
});

test('the table passes the WCAG A and AA checks', async ({ page }) => {
  await openSeededMap(page, mapBuilder()
    .system('Salesforce', { kind: 'crm' }).system('Xero', { kind: 'finance' })
    .flow('Salesforce', 'Xero', { name: 'Donations to Xero', owner: 'Ann' })
    .flow('Xero', 'Salesforce', { name: 'Refunds' })
    .build());
  const grid = await openTable(page);
  await (await cellOf(grid, 'Refunds', 'Owner')).click();
  await expectNoViolations(page, 'the flows table with a row selected');
  await page.keyboard.press('Enter');
  await expectNoViolations(page, 'the flows table editing a cell');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Columns/ }).click();
  await expectNoViolations(page, 'the flows table with its columns menu open');
  await page.keyboard.press('Escape');
  await grid.getByRole('checkbox', { name: 'Select all 2 shown' }).check();
  await page.getByRole('button', { name: 'Set field…' }).click();
  await expectNoViolations(page, 'the Set field dialog');
  await page.keyboard.press('Escape');
  await openTable(page, 'Systems');
  await expectNoViolations(page, 'the systems table');
});
