import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addSystemFromPalette, assessmentsHeading, createAssessment, expectNoRequestLeavesTheApp, goHomeFromEditor,
  openNewAssessmentDialog, recordErrors, recordRequests,
} from './support';

/** The table row for the assessment with exactly this name. */
function rowFor(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: `Open ${name}`, exact: true }) });
}

async function expectListed(page: Page, name: string, details: { organisation: string; assessor: string; systems: number; flows: number }) {
  const cells = rowFor(page, name).getByRole('cell');
  await expect(cells.nth(0)).toHaveText(details.organisation);
  await expect(cells.nth(1)).toHaveText(details.assessor);
  await expect(cells.nth(2)).not.toBeEmpty();
  await expect(cells.nth(3)).toHaveText(String(details.systems));
  await expect(cells.nth(4)).toHaveText(String(details.flows));
}

test('creates, renames, duplicates and deletes assessments, keeping them across reloads', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await expect(assessmentsHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();

  // Create: the dialog starts on its first field, and the new assessment opens at once.
  const create = await openNewAssessmentDialog(page);
  await expect(create.getByLabel('Assessment name')).toBeFocused();
  await create.getByLabel('Assessment name').fill('Acme review');
  await create.getByLabel('Organisation').fill('Acme Trust');
  await create.getByLabel('Assessor').fill('Sam Patel');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/#\/assessment\/[0-9a-f-]{36}$/);
  const openedHash = new URL(page.url()).hash;

  await goHomeFromEditor(page);
  await expectListed(page, 'Acme review', { organisation: 'Acme Trust', assessor: 'Sam Patel', systems: 0, flows: 0 });
  await expect(page.getByRole('link', { name: 'Open Acme review', exact: true })).toHaveAttribute('href', openedHash);

  // Rename.
  await page.getByRole('button', { name: 'Rename Acme review', exact: true }).click();
  const rename = page.getByRole('dialog');
  await expect(rename.getByLabel('Assessment name')).toHaveValue('Acme review');
  await rename.getByLabel('Assessment name').fill('Acme integration review');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename).toBeHidden();
  await expectListed(page, 'Acme integration review', { organisation: 'Acme Trust', assessor: 'Sam Patel', systems: 0, flows: 0 });
  await expect(rowFor(page, 'Acme review')).toHaveCount(0);

  // Duplicate: both are listed, and both survive a reload.
  await page.getByRole('button', { name: 'Duplicate Acme integration review', exact: true }).click();
  await expectListed(page, 'Acme integration review (copy)', { organisation: 'Acme Trust', assessor: 'Sam Patel', systems: 0, flows: 0 });
  await page.reload();
  await expect(rowFor(page, 'Acme integration review')).toHaveCount(1);
  await expect(rowFor(page, 'Acme integration review (copy)')).toHaveCount(1);

  // The copy is a separate assessment: it opens at its own address.
  const originalHref = await page.getByRole('link', { name: 'Open Acme integration review', exact: true }).getAttribute('href');
  const copyHref = await page.getByRole('link', { name: 'Open Acme integration review (copy)', exact: true }).getAttribute('href');
  expect(copyHref).not.toBe(originalHref);

  // Delete, through a confirmation that names what is lost; Escape backs out first.
  const deleteCopy = page.getByRole('button', { name: 'Delete Acme integration review (copy)', exact: true });
  await deleteCopy.click();
  let confirm = page.getByRole('dialog', { name: 'Delete assessment' });
  await expect(confirm).toContainText('Delete "Acme integration review (copy)"? This permanently removes it from this computer.');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(deleteCopy).toBeFocused();

  await deleteCopy.click();
  confirm = page.getByRole('dialog', { name: 'Delete assessment' });
  await confirm.getByRole('button', { name: 'Delete assessment' }).click();
  await expect(confirm).toBeHidden();
  await expect(rowFor(page, 'Acme integration review (copy)')).toHaveCount(0);
  // Its row is gone, so focus goes to the page heading rather than being lost.
  await expect(assessmentsHeading(page)).toBeFocused();
  await page.reload();
  await expect(rowFor(page, 'Acme integration review')).toHaveCount(1);
  await expect(rowFor(page, 'Acme integration review (copy)')).toHaveCount(0);

  expectNoRequestLeavesTheApp(requests);
  expect(errors).toEqual([]);
});

test('reopens the same assessment when the page is reloaded', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/');
  const create = await openNewAssessmentDialog(page);
  await create.getByLabel('Assessment name').fill('Reload check');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/assessment\//);
  const address = page.url();

  await page.reload();
  await expect(page).toHaveURL(address);
  await expect(page.getByRole('button', { name: 'Home', exact: true })).toBeVisible();
  await expect(page.getByText('This assessment no longer exists')).toHaveCount(0);
  expectNoRequestLeavesTheApp(requests);
});

test('is usable from the keyboard: dialogs close on Escape and give focus back', async ({ page }) => {
  await page.goto('/');
  const newButton = page.getByRole('button', { name: 'New assessment' });
  await newButton.focus();
  await page.keyboard.press('Enter');
  const create = page.getByRole('dialog', { name: 'New assessment' });
  await expect(create.getByLabel('Assessment name')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(create.getByLabel('Organisation')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();
  await expect(newButton).toBeFocused();
});

test('explains when an assessment no longer exists and offers a way home', async ({ page }) => {
  await page.goto('/#/assessment/no-such-assessment');
  await expect(page.getByRole('alert')).toContainText('This assessment no longer exists');
  await page.getByRole('link', { name: 'Back to assessments' }).click();
  await expect(assessmentsHeading(page)).toBeVisible();
});

test('lists what was drawn in the editor, copies it in full, and says what a delete destroys', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/');
  await createAssessment(page, { name: 'Northwind map', organisation: 'Northwind Charity' });

  // Two systems and a flow between them, then straight home: leaving waits for the writes.
  await addSystemFromPalette(page, 'CRM');
  await addSystemFromPalette(page, 'Finance');
  await page.getByRole('button', { name: 'Add data flow' }).click();
  await page.getByRole('dialog', { name: 'Add data flow' }).getByRole('button', { name: 'Add flow' }).click();
  await goHomeFromEditor(page);
  await expectListed(page, 'Northwind map', { organisation: 'Northwind Charity', assessor: 'Not given', systems: 2, flows: 1 });

  await page.getByRole('button', { name: 'Duplicate Northwind map', exact: true }).click();
  await expectListed(page, 'Northwind map (copy)', { organisation: 'Northwind Charity', assessor: 'Not given', systems: 2, flows: 1 });

  await page.getByRole('button', { name: 'Delete Northwind map', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Delete assessment' }))
    .toContainText('Delete "Northwind map"? This permanently removes it and its 2 systems and 1 data flow from this computer.');
  await page.getByRole('button', { name: 'Delete assessment' }).click();
  // Reload only once the delete is stored: a reload aborts a transaction still running.
  await expect(page.getByRole('status').filter({ hasText: 'Deleted "Northwind map".' })).toBeVisible();
  await page.reload();
  await expect(rowFor(page, 'Northwind map')).toHaveCount(0);
  // The copy kept its own systems and flows when the original went.
  await expectListed(page, 'Northwind map (copy)', { organisation: 'Northwind Charity', assessor: 'Not given', systems: 2, flows: 1 });
  expectNoRequestLeavesTheApp(requests);
});

test('opens the New assessment dialog from its address (the native menu uses it from the editor)', async ({ page }) => {
  await page.goto('/#/new');
  await expect(page.getByRole('dialog', { name: 'New assessment' })).toBeVisible();
  // The address goes back to the list, so a reload does not pop the dialog up again.
  await expect(page).toHaveURL(/#\/$/);
});

test('says which version is running, from package.json, and that it works offline', async ({ page }) => {
  const { name, version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  expect(name, 'the package this spec reads').toBe('integration-mapper');
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  await page.goto('/');
  await expect(assessmentsHeading(page)).toBeVisible();
  // Found by its wording, then compared in full, so a wrong or missing version shows up in the diff.
  const aboutLine = page.getByText(/^Integration Mapper\b.*\bWorks offline\.$/);
  await expect(aboutLine).toHaveText(`Integration Mapper ${version}, in this browser. Works offline.`);
});
