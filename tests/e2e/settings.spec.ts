import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { REGISTER_SHEET } from '../../shared/workbook';
import { addFlowWithDialog, addSystemFromPalette, createAssessment, expectNoRequestLeavesTheApp, inspectorPanel, recordRequests } from './support';

// The assessment's check settings: what the "review overdue", "stale credential" and "orphaned"
// checks compare against. Each is applied as it is typed, refused while invalid, and kept.

async function openDetails(page: Page) {
  await page.getByRole('toolbar').getByRole('button', { name: 'Details…' }).click();
  const details = page.getByRole('dialog', { name: 'Assessment details' });
  await expect(details).toBeVisible();
  return details;
}

test('sets the review interval, rotation interval and leavers, refuses an invalid number, and keeps them after a reload', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/');
  await createAssessment(page, { name: 'Settings review' });
  const toolbar = page.getByRole('toolbar');

  let details = await openDetails(page);
  const settings = details.getByRole('group', { name: 'Check settings' });
  await expect(settings).toHaveAccessibleDescription(/review overdue.*stale credential.*orphaned/);
  const review = details.getByLabel('Review interval (months)');
  const rotation = details.getByLabel('Credential rotation interval (days)');
  const leavers = details.getByLabel('People who have left');
  await expect(review).toHaveValue('12');
  await expect(rotation).toHaveValue('365');
  await expect(rotation).toHaveAccessibleDescription(/API keys are often rotated every 90 days/);
  await expect(leavers).toHaveValue('');

  await review.fill('24');
  // Out of range: an inline error, read with the field, and the stored value stays.
  await rotation.fill('0');
  await expect(rotation).toHaveAttribute('aria-invalid', 'true');
  await expect(rotation).toHaveAccessibleDescription(/Enter a whole number of days from 1 to 3650\./);
  // One name per line; the blank line and the spaces are not kept.
  await leavers.fill('  Pat Former \n\nSam Gone\n');
  await expect(leavers).toHaveValue('  Pat Former \n\nSam Gone\n');

  const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`), 'accessibility problems in the settings').toEqual([]);

  await details.getByRole('button', { name: 'Done' }).click();
  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');

  await page.reload();
  details = await openDetails(page);
  await expect(details.getByLabel('Review interval (months)')).toHaveValue('24');
  await expect(details.getByLabel('Credential rotation interval (days)')).toHaveValue('365');
  await expect(details.getByLabel('Credential rotation interval (days)')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(details.getByLabel('People who have left')).toHaveValue('Pat Former\nSam Gone');

  // A valid rotation interval is applied, and Undo takes it back while the dialog is open.
  await details.getByLabel('Credential rotation interval (days)').fill('90');
  await details.getByRole('button', { name: 'Done' }).click();
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  details = await openDetails(page);
  await expect(details.getByLabel('Credential rotation interval (days)')).toHaveValue('365');
  await page.keyboard.press('Control+Shift+z');
  await expect(details.getByLabel('Credential rotation interval (days)')).toHaveValue('90');

  expectNoRequestLeavesTheApp(requests);
});

/** Exports the risk register from the toolbar and reads the downloaded workbook. */
async function exportRegister(page: Page): Promise<ExcelJS.Workbook> {
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await toolbar.getByRole('button', { name: 'Export risk register (.xlsx)' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await downloading).path());
  return workbook;
}

/** Each row of a sheet as the text of its cells (rich text and dates are not expected here). */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).map((value) => String(value ?? ''))));
  return rows;
}

test('a flow still owned by someone on the leavers list is reported as orphaned in the exported register', async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, { name: 'Leavers review' });
  const details = await openDetails(page);
  await details.getByLabel('People who have left').fill('Pat Former');
  await details.getByRole('button', { name: 'Done' }).click();

  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Email / collaboration', 'Mailchimp');
  await addFlowWithDialog(page, 'Salesforce', 'Mailchimp');
  await inspectorPanel(page).getByLabel('Name', { exact: true }).fill('Newsletter sync');
  await inspectorPanel(page).getByLabel('Owner').fill('Pat Former');

  const workbook = await exportRegister(page);

  // The register names each finding's check by id; the flow's owner is on the leavers list.
  const flowRows = rowsOf(workbook.getWorksheet(REGISTER_SHEET)!).filter((cells) => cells.some((text) => text.includes('Newsletter sync')));
  const orphaned = flowRows.find((cells) => cells.includes('orphaned'));
  expect(orphaned, `an orphaned finding among ${JSON.stringify(flowRows)}`).toBeDefined();
  expect(orphaned!.some((text) => text.includes('Pat Former'))).toBe(true);

  // Take the name off the list and export again: the finding is gone.
  const again = await openDetails(page);
  await again.getByLabel('People who have left').fill('');
  await again.getByRole('button', { name: 'Done' }).click();
  const second = await exportRegister(page);
  const after = rowsOf(second.getWorksheet(REGISTER_SHEET)!).filter((cells) => cells.includes('orphaned'));
  expect(after).toEqual([]);
});
