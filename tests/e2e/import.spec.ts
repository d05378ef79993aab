import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  assessmentsHeading, createAssessment, expectNoRequestLeavesTheApp, flowEdge, goHomeFromEditor, inspectorPanel,
  recordErrors, recordRequests, selectFlow, systemNode, type TestFile,
} from './support';

// Importing an integration inventory someone kept in a spreadsheet: choose the file, check where
// each column goes, preview what it makes (with every guess and problem by cell), import, and
// the new map opens in the editor. Reading happens in a worker; a file that cannot be imported
// is explained and changes nothing.

/** Chooses "Import spreadsheet…" on the home screen and picks `file` in the browser's file picker. */
async function chooseSpreadsheet(page: Page, file: TestFile): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import spreadsheet…' }).click();
  const chooser = await choosing;
  await chooser.setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
}

/** The import dialog for a file, once its columns have been read. */
async function importDialog(page: Page, fileName: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: `Import ${fileName}` });
  await expect(dialog.getByRole('table', { name: 'Columns and where they go' })).toBeVisible();
  return dialog;
}

/** The problems a preview lists, each as "cell | Warning or Error | what happened". */
async function listedProblems(dialog: Locator): Promise<string[]> {
  const rows = dialog.getByRole('table', { name: 'Problems found in the rows' }).getByRole('row');
  const texts = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '').join(' | ')));
  return texts;
}

function allSystemNodes(page: Page): Locator {
  return page.getByTestId('canvas').getByRole('group', { name: /^System / });
}

function allFlowEdges(page: Page): Locator {
  return page.getByTestId('canvas').getByRole('group', { name: /^Data flow from / });
}

// An inventory as a charity keeps it: "Who looks after it" names each flow's owner in words the
// app cannot know, "Department" is nobody's field, one date could be read two ways, one way of
// signing in matches no choice, and the CRM is written "CRM" on one row and " crm " on another.
const INVENTORY_CSV = [
  'From,To,Integration,Auth method,Who looks after it,Last reviewed,Department',
  'CRM,Xero,Gift Aid to finance,OAuth2 via Azure app registration,Priya Shah,04/03/2025,Finance',
  ' crm ,Mailchimp,Newsletter sync,Magic link thing,Sam Jones,2025-01-10,Comms',
  'Xero,Bank,Payments run,API key,Sam Jones,,Finance',
].join('\r\n');

test('imports a CSV inventory through the mapping and preview, read in a worker, and opens the map it makes', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await expect(assessmentsHeading(page)).toBeVisible();
  const workers: Array<{ url: string; name: Promise<string> }> = [];
  page.on('worker', (worker) => workers.push({ url: worker.url(), name: worker.evaluate(() => self.name) }));

  await chooseSpreadsheet(page, { name: 'Harbour inventory.csv', buffer: Buffer.from(INVENTORY_CSV) });
  const dialog = await importDialog(page, 'Harbour inventory.csv');

  // The spreadsheet is read in a worker of its own, so a large one does not freeze the window.
  expect(workers.map((w) => w.url)).toEqual([expect.stringMatching(/import\.worker-[\w-]+\.js$/)]);
  expect(await workers[0]!.name).toBe('spreadsheet-import');

  // What the app proposes: the headers it knows, and "Keep in notes" for the two it does not.
  const columns = dialog.getByRole('table', { name: 'Columns and where they go' });
  await expect(columns.getByLabel('From')).toHaveValue('source');
  await expect(columns.getByLabel('To', { exact: true })).toHaveValue('destination');
  await expect(columns.getByLabel('Auth method')).toHaveValue('authentication');
  await expect(columns.getByLabel('Last reviewed')).toHaveValue('lastReviewed');
  await expect(columns.getByLabel('Who looks after it')).toHaveValue('keep-in-notes');
  await expect(columns.getByLabel('Department')).toHaveValue('keep-in-notes');
  await expect(columns.getByRole('row').filter({ hasText: 'Who looks after it' })).toContainText('Priya Shah · Sam Jones');
  await expect(dialog.getByLabel('Assessment name')).toHaveValue('Harbour inventory');

  // The person importing says "Who looks after it" is the owner, and names the assessment.
  await columns.getByLabel('Who looks after it').selectOption({ label: 'Owner' });
  await dialog.getByLabel('Assessment name').fill('Harbour Trust inventory');
  await dialog.getByRole('button', { name: 'Preview' }).click();

  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('status')).toHaveText('3 rows read: 3 flows between 4 systems will be created. Found 2 warnings.');
  expect(await listedProblems(dialog)).toEqual([
    'F2 | Warning | "04/03/2025" could mean 4 March 2025 or 3 April 2025; it was read day first, as 4 March 2025 (2025-03-04).',
    'D3 | Warning | "Magic link thing" matches none of the Authentication choices; Authentication was left blank and the wording kept in the notes.',
  ]);
  // A preview holds only for the mapping it was made with: changing a column asks for a new one.
  await columns.getByLabel('Department').selectOption({ label: 'Do not import' });
  await expect(preview).toBeHidden();
  await expect(dialog.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await columns.getByLabel('Department').selectOption({ label: 'Keep in notes' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: 'Import 3 flows' }).click();

  await expect(page).toHaveURL(/#\/assessment\/[0-9a-f-]{36}$/);
  const address = page.url();
  await expectImportedMap(page);

  // Everything was stored: it is all there after a reload, and listed at home.
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('All changes saved');
  await page.reload();
  expect(page.url()).toBe(address);
  await expectImportedMap(page);
  await goHomeFromEditor(page);
  await expect(page.getByRole('link', { name: 'Open Harbour Trust inventory', exact: true })).toBeVisible();

  expect(errors).toEqual([]);
  expectNoRequestLeavesTheApp(requests);
});

/** The map the inventory makes: four systems (the CRM once), three flows, and the first flow's fields as corrected. */
async function expectImportedMap(page: Page): Promise<void> {
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'Harbour Trust inventory' })).toBeVisible();
  for (const name of ['CRM', 'Xero', 'Mailchimp', 'Bank']) await expect(systemNode(page, name)).toBeVisible();
  await expect(allSystemNodes(page)).toHaveCount(4);
  await expect(allFlowEdges(page)).toHaveCount(3);
  for (const [from, to] of [['CRM', 'Xero'], ['CRM', 'Mailchimp'], ['Xero', 'Bank']] as const) await expect(flowEdge(page, from, to)).toHaveCount(1);

  await selectFlow(page, 'CRM', 'Xero');
  const inspector = inspectorPanel(page);
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Gift Aid to finance');
  await expect(inspector.getByLabel('Owner')).toHaveValue('Priya Shah');
  await expect(inspector.getByLabel('Authentication')).toHaveValue('oauth-client-credentials');
  await expect(inspector.getByLabel('Last reviewed', { exact: true })).toHaveValue('2025-03-04');
  // What the cells said beyond the value stored is kept in the notes, in the user's own words.
  const notes = inspector.getByLabel('Notes');
  await expect(notes).toHaveValue(/^Authentication \(as written\): "OAuth2 via Azure app registration"$/m);
  await expect(notes).toHaveValue(/^Last reviewed \(as written\): "04\/03\/2025"$/m);
  await expect(notes).toHaveValue(/^Department: Finance$/m);
  await expect(notes).not.toHaveValue(/Who looks after it/);

  // The sign-in that matched no choice is left blank, its wording kept.
  await selectFlow(page, 'CRM', 'Mailchimp');
  await expect(inspector.getByLabel('Authentication')).toHaveValue('');
  await expect(inspector.getByLabel('Owner')).toHaveValue('Sam Jones');
  await expect(inspector.getByLabel('Notes')).toHaveValue(/^Authentication \(as written\): "Magic link thing"$/m);
}

test('imports an Excel inventory, reading date cells as dates and saying which cell held a formula', async ({ page }) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Integrations 2025');
  sheet.addRow(['Source system', 'Target system', 'Integration name', 'Last reviewed', 'Owner']);
  sheet.addRow(['Donor CRM', 'Xero', 'Gift Aid claims', new Date(Date.UTC(2025, 2, 4)), { formula: 'PROPER("priya shah")', result: 'Priya Shah' }]);
  sheet.addRow(['Donor CRM', 'Mailchimp', 'Newsletter list', new Date(Date.UTC(2024, 10, 20)), 'Sam Jones']);
  sheet.getColumn(4).numFmt = 'dd/mm/yyyy';
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.goto('/');
  await chooseSpreadsheet(page, { name: 'Inventory.xlsx', buffer });
  const dialog = await importDialog(page, 'Inventory.xlsx');
  const columns = dialog.getByRole('table', { name: 'Columns and where they go' });
  await expect(columns.getByLabel('Source system')).toHaveValue('source');
  await expect(columns.getByLabel('Target system')).toHaveValue('destination');
  await expect(columns.getByLabel('Owner')).toHaveValue('owner');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('region', { name: 'Preview' }).getByRole('status'))
    .toHaveText('2 rows read: 2 flows between 3 systems will be created. Found 1 warning.');
  expect(await listedProblems(dialog)).toEqual([
    'E2 | Warning | E2 holds a formula (=PROPER("priya shah")); the value it last showed, "Priya Shah", was used.',
  ]);
  await dialog.getByRole('button', { name: 'Import 2 flows' }).click();

  await expect(page).toHaveURL(/#\/assessment\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'Inventory' })).toBeVisible();
  await expect(allSystemNodes(page)).toHaveCount(3);
  await selectFlow(page, 'Donor CRM', 'Xero');
  const inspector = inspectorPanel(page);
  await expect(inspector.getByLabel('Owner')).toHaveValue('Priya Shah');
  await expect(inspector.getByLabel('Last reviewed', { exact: true })).toHaveValue('2025-03-04');
  await selectFlow(page, 'Donor CRM', 'Mailchimp');
  await expect(inspector.getByLabel('Last reviewed', { exact: true })).toHaveValue('2024-11-20');
});

test('a file that cannot be imported is explained, and the assessments stay as they were', async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, { name: 'Untouched review' });
  await goHomeFromEditor(page);
  const listBefore = await page.getByRole('table').textContent();

  async function expectRefused(file: TestFile, reason: string | RegExp): Promise<void> {
    await chooseSpreadsheet(page, file);
    const dialog = page.getByRole('dialog', { name: `${file.name} could not be imported` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText(reason);
    await expect(dialog).toContainText('Nothing was imported, and nothing already stored has changed.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(assessmentsHeading(page)).toBeVisible();
    expect(await page.getByRole('table').textContent()).toBe(listBefore);
  }

  // Not a workbook, although named one: binary bytes, and a PDF.
  const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
  await expectRefused({ name: 'Integrations.xlsx', buffer: binary }, 'This file is not an Excel workbook, although its name ends in .xlsx');
  await expectRefused({ name: 'Register.xlsx', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
    'This file is a PDF, not a spreadsheet.');

  // A password-protected workbook: Excel keeps it in a compound file with an "EncryptionInfo" stream.
  const compound = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(compound, 0);
  Buffer.from('EncryptionInfo', 'utf16le').copy(compound, 1024);
  await expectRefused({ name: 'Protected.xlsx', buffer: compound }, 'This file is password-protected (encrypted), so it cannot be read.');

  // Nothing to import: an empty file, and a header row with nothing below it.
  await expectRefused({ name: 'Empty.csv', buffer: Buffer.alloc(0) }, 'The file is empty: there is nothing to import.');
  await expectRefused({ name: 'Headers only.csv', buffer: Buffer.from('Source,Destination,Owner\r\n') },
    'The spreadsheet has a header row but no rows below it');

  // Rows, but no column the app can take for either end: the preview says so and offers no Import.
  await chooseSpreadsheet(page, { name: 'People.csv', buffer: Buffer.from('Name,Team,Phone\r\nPriya Shah,Finance,0100\r\nSam Jones,Comms,0200\r\n') });
  const dialog = await importDialog(page, 'People.csv');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const problems = dialog.getByRole('table', { name: 'Problems found in the rows' });
  await expect(problems).toContainText('No column was recognised as the source system, so nothing was imported. Headers found: "Name", "Team", "Phone".');
  await expect(problems).toContainText('No column was recognised as the destination system');
  await expect(dialog.getByRole('region', { name: 'Preview' }).getByRole('status')).toContainText('Found 2 errors.');
  await expect(dialog.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await page.getByRole('table').textContent()).toBe(listBefore);
  await expect(page.getByRole('link', { name: /^Open / })).toHaveCount(1);
});

test('cancelling while a large inventory is being previewed closes the import and stores nothing', async ({ page }) => {
  const rows = ['Source,Destination,Name,Owner,Last reviewed'];
  for (let i = 0; i < 30_000; i++) rows.push(`System ${i % 400},System ${(i % 400) + 1},Flow ${i},Owner ${i % 50},0${(i % 9) + 1}/03/2025`);
  await page.goto('/');
  await chooseSpreadsheet(page, { name: 'Large inventory.csv', buffer: Buffer.from(rows.join('\r\n')) });
  const dialog = await importDialog(page, 'Large inventory.csv');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByText('Matching rows and laying out the map…')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await expect(dialog).toBeHidden();
  // Give a late answer from the stopped worker the time it would need to show up.
  await page.waitForTimeout(1000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();
});
