import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runChecks } from '../../shared/checks';
import { localDateOf, mapFileText, parseMap, type IsoDate, type MapDocument } from '../../shared/model';
import { CHANGE_LOG_SHEET } from '../../shared/workbook';
import { mapBuilder, type SystemOverrides } from '../support/map-builder';
import {
  addFlowWithDialog, addSystemFromPalette, badgeOf, createAssessment, downloadFromExportMenu,
  expectNoRequestLeavesTheApp, flowEdge, inspectorPanel, recordErrors, recordRequests, selectFlow,
} from './support';

// The change history: every change recorded with who made it and when, the field's old and new
// value, undo included; kept across a reload, listed per assessment and per element, and handed
// over in the register's Change log sheet. And "Mark reviewed", which the history records too.

/** The History tab's panel, opening the tab first. */
async function openHistory(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'History' }).click();
  const panel = page.getByRole('region', { name: 'Change history' });
  await expect(panel).toBeVisible();
  return panel;
}

/** The history's records: the list items that say when (the elements and fields inside them do not). */
function records(list: Locator): Locator {
  return list.getByRole('listitem').filter({ has: list.page().locator('time') });
}

/** The history record whose action reads exactly `action`, e.g. "Undo Edit data flow". */
function record(panel: Locator, action: string): Locator {
  return records(panel).filter({ has: panel.page().getByText(action, { exact: true }) });
}

/** Each row of a sheet as the text of its cells, header first; a date cell as YYYY-MM-DD. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => {
    const value = row.getCell(i + 1).value;
    return value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? '' : String(value);
  })));
  return rows;
}

/** The WCAG A and AA problems axe finds in what `selector` picks out; none expected. */
async function accessibilityProblems(page: Page, selector: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('records each edit with who and when, the old and new value and an undo, keeps them across a reload, and exports them', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await createAssessment(page, { name: 'History review', organisation: 'Harbour Trust', assessor: 'Sam Okafor' });

  // Asked once for the name the history records, filled in from the assessment's Assessor.
  const notice = page.getByRole('form', { name: 'Who is making these changes?' });
  await expect(notice.getByLabel('Your name')).toHaveValue('Sam Okafor');
  expect(await accessibilityProblems(page, 'form')).toEqual([]);
  await notice.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes are now recorded as Sam Okafor.' })).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await addFlowWithDialog(page, 'Salesforce', 'Xero');
  const inspector = inspectorPanel(page);
  // Typed letter by letter, as a person does: one record for the whole name, as it is one undo step.
  await inspector.getByLabel('Owner').pressSequentially('Priya Shah');
  await inspector.getByLabel('Authentication').selectOption({ label: 'API key' });
  await page.getByRole('toolbar').getByRole('button', { name: 'Undo' }).click();
  await expect(inspector.getByLabel('Authentication')).toHaveValue('');
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('All changes saved');

  const checkHistory = async (panel: Locator) => {
    const undone = record(panel, 'Undo Edit data flow');
    await expect(undone).toContainText('by Sam Okafor');
    await expect(undone).toContainText('Integration: Salesforce → Xero');
    await expect(undone).toContainText('Authentication: was API key → , now (blank)');
    await expect(undone.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // One record for the whole name typed into Owner, not one per keystroke.
    const owner = records(panel).filter({ hasText: 'Owner: was (blank) → , now Priya Shah' });
    await expect(owner).toHaveCount(1);
    await expect(owner).toContainText('Edit data flow');
    await expect(records(panel).filter({ hasText: 'Authentication: was (blank) → , now API key' })).toHaveCount(1);
  };
  let panel = await openHistory(page);
  await checkHistory(panel);

  await page.reload();
  // The name is kept in the app's settings: not asked for again.
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'History review' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  panel = await openHistory(page);
  await expect(panel).toContainText('Changes are recorded as Sam Okafor.');
  await checkHistory(panel);
  await expect(record(panel, 'Add data flow')).toBeVisible();
  expect(await accessibilityProblems(page, '#side-panel-history')).toEqual([]);

  // Filtering: by person, then by element name.
  await panel.getByLabel('Person').fill('nobody');
  await expect(panel.getByRole('status')).toHaveText('No recorded change matches these filters.');
  await panel.getByLabel('Person').fill('sam');
  await panel.getByLabel('Element').fill('xero');
  await expect(record(panel, 'Undo Edit data flow')).toBeVisible();
  await expect(records(panel).filter({ hasText: 'System: Salesforce' })).toHaveCount(0);

  // The flow's own history, in the inspector.
  await page.getByRole('tab', { name: 'Details' }).click();
  await selectFlow(page, 'Salesforce', 'Xero');
  await inspector.getByText('History', { exact: true }).click();
  await expect(records(inspector).filter({ hasText: 'Owner: was (blank) → , now Priya Shah' })).toHaveCount(1);

  // The register's Change log sheet: newest first, one row per field changed.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array((await downloadFromExportMenu(page, 'Export risk register (.xlsx)')).buffer).buffer);
  const [header, ...rows] = rowsOf(workbook.getWorksheet(CHANGE_LOG_SHEET)!);
  expect(header).toEqual(['Date (UTC)', 'Time (UTC)', 'Who', 'Action', 'Element', 'Field', 'Old value', 'New value']);
  const today = new Date().toISOString().slice(0, 10);
  expect(rows[0]).toEqual([today, expect.stringMatching(/^\d{2}:\d{2}:\d{2}$/), 'Sam Okafor', 'Undo Edit data flow', 'Integration: Salesforce → Xero', 'Authentication', 'API key', '']);
  expect(rows).toContainEqual([today, expect.any(String), 'Sam Okafor', 'Edit data flow', 'Integration: Salesforce → Xero', 'Owner', '', 'Priya Shah']);

  // The map file carries the history too.
  const saved = parseMap(JSON.parse((await downloadFromExportMenu(page, 'Save map file (.intmap)')).buffer.toString('utf8')));
  expect(saved.ok && saved.history.at(-1)).toMatchObject({ action: 'undo', by: 'Sam Okafor', command: 'updateFlow' });

  expect(errors).toEqual([]);
  expectNoRequestLeavesTheApp(requests);
});

/** A map whose only open finding is the Gift Aid flow's overdue review. */
function overdueMap(today: IsoDate): MapDocument {
  const system: SystemOverrides = { owner: 'Priya Shah', vendor: 'Beacon', hosting: 'saas', boundary: 'internal', lastReviewed: today, reviewedBy: 'Priya Shah' };
  const doc = mapBuilder()
    .system('Beacon CRM', { ...system, kind: 'crm' })
    .system('Sage', { ...system, kind: 'finance' })
    .flow('Beacon CRM', 'Sage', {
      name: 'Gift Aid to finance', purpose: 'Gift Aid claims', dataTypes: ['public'], direction: 'one-way', frequency: 'daily', mechanism: 'api',
      authentication: 'oauth-client-credentials', account: 'svc-gift-aid', credentialLocation: 'secrets-vault', credentialLastRotated: today,
      permissions: 'read-only', mfa: 'not-applicable', encryptedInTransit: 'yes', owner: 'Priya Shah', lastReviewed: '2020-01-10',
      discoveredVia: ['interview'],
    })
    .build();
  return { ...doc, assessment: { ...doc.assessment, name: 'Review due', assessor: 'Jo Reviewer' } };
}

test('marks an overdue flow reviewed: its badge clears, the reviewer is recorded, and the history says so', async ({ page }) => {
  const errors = recordErrors(page);
  const today = localDateOf(new Date());
  const doc = overdueMap(today);
  expect(runChecks(doc, today).map((finding) => `${finding.checkId} ${finding.elementId}`)).toEqual(['review-overdue flow-1']);

  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open map file…' }).click();
  await (await choosing).setFiles({ name: 'Review due.intmap', mimeType: 'application/octet-stream', buffer: Buffer.from(mapFileText(doc)) });
  const edge = flowEdge(page, 'Beacon CRM', 'Sage');
  await expect(edge).toHaveCount(1);
  await expect.poll(() => badgeOf(edge)).toMatch(/^Worst open finding: \w+, 1 open finding/);

  await selectFlow(page, 'Beacon CRM', 'Sage');
  const inspector = inspectorPanel(page);
  await expect(inspector).toContainText('Last reviewed 2020-01-10; next review due 2021-01-10.');
  await inspector.getByRole('button', { name: 'Mark reviewed' }).click();
  // No name yet: asked for first, filled in from the assessment's Assessor.
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await expect(dialog.getByLabel('Your name')).toHaveValue('Jo Reviewer');
  await dialog.getByRole('button', { name: 'Save name' }).click();

  await expect.poll(() => badgeOf(edge)).toBe('');
  await expect(inspector.getByLabel('Last reviewed', { exact: true })).toHaveValue(today);
  await expect(inspector.getByLabel('Reviewed by')).toHaveValue('Jo Reviewer');
  await expect(page.getByRole('tab', { name: /^Risks/ })).toHaveText('Risks (0 open)');

  const panel = await openHistory(page);
  const reviewed = record(panel, 'Mark reviewed');
  await expect(reviewed).toContainText('by Jo Reviewer');
  await expect(reviewed).toContainText(`Last reviewed: was 2020-01-10 → , now ${today}`);
  await expect(reviewed).toContainText('Reviewed by: was (blank) → , now Jo Reviewer');
  expect(errors).toEqual([]);
});
