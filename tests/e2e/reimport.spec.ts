import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseMap } from '../../shared/model';
import { INTEGRATIONS_SHEET, REGISTER_SHEET, SYSTEMS_SHEET } from '../../shared/workbook';
import {
  assessmentsHeading, downloadFromExportMenu, expectNoRequestLeavesTheApp, flowEdge, goHomeFromEditor, inspectorPanel,
  openRiskPanel, recordErrors, recordRequests, selectFlow, systemNode, type TestFile,
} from './support';

// The risk register goes to a client as a workbook; the client edits it in Excel and sends it
// back. Reading it back is reviewed change by change before anything is applied, as one step
// that can be undone, whether it is chosen in the editor or from the home screen; and a register
// whose assessment is not on this computer brings the whole assessment back, ids and all.

const PLAINTEXT = 'Credentials stored in plain text';
const OUR_JUSTIFICATION = 'The vault migration is booked for March.';
const CLIENT_JUSTIFICATION = 'Mailchimp is being retired in June; not worth moving its key.';

/** Two flows out of the donor CRM, each keeping its key in a spreadsheet, so each raises a plain-text finding. */
const INVENTORY_CSV = [
  'From,To,Integration,Owner,Authentication,Credentials stored in',
  'Donor CRM,Xero,Gift Aid to finance,Priya Shah,API key,Spreadsheet',
  'Donor CRM,Mailchimp,Newsletter sync,Sam Jones,API key,Spreadsheet',
].join('\r\n');

/** Picks `file` in the browser's file picker that clicking `button` opens. */
async function chooseFile(page: Page, button: Locator, file: TestFile): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await button.click();
  const chooser = await choosing;
  await chooser.setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
}

function importSpreadsheetButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Import spreadsheet…' });
}

/**
 * Makes the "Harbour Trust review" assessment by importing the inventory, then accepts the Gift
 * Aid flow's plain-text finding in the risk register.
 */
async function importHarbourReview(page: Page): Promise<void> {
  await chooseFile(page, importSpreadsheetButton(page), { name: 'Harbour Trust review.csv', buffer: Buffer.from(INVENTORY_CSV) });
  const dialog = page.getByRole('dialog', { name: 'Import Harbour Trust review.csv' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: 'Import 2 flows' }).click();
  await expect(page).toHaveURL(/#\/assessment\/[0-9a-f-]{36}$/);
  await expect(flowEdge(page, 'Donor CRM', 'Xero')).toHaveCount(1);

  const panel = await openRiskPanel(page);
  await plaintextRow(panel, 'Gift Aid to finance').getByRole('button', { name: PLAINTEXT }).click();
  await panel.getByLabel('Treatment').selectOption({ label: 'Accepted' });
  await panel.getByLabel('Justification').fill(OUR_JUSTIFICATION);
  await panel.getByRole('button', { name: 'All risks' }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('All changes saved');
}

/** The register's plain-text finding about one flow, by the flow's name. */
function plaintextRow(panel: Locator, about: string): Locator {
  return panel.getByRole('row').filter({ has: panel.page().getByRole('rowheader', { name: PLAINTEXT }) }).filter({ hasText: about });
}

async function loadWorkbook(file: TestFile): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // A copy, so exceljs gets a whole ArrayBuffer rather than a view on Node's shared pool.
  await workbook.xlsx.load(new Uint8Array(file.buffer).buffer);
  return workbook;
}

/** A sheet's header row: the column number (from 1) of each header. */
function columnsOf(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columns.set(String(cell.value), column));
  return columns;
}

/** The first row below the header whose cell under `header` says `text`. */
function rowWhere(sheet: ExcelJS.Worksheet, header: string, text: string): ExcelJS.Row {
  const column = columnsOf(sheet).get(header)!;
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (row.getCell(column).value === text) return row;
  }
  throw new Error(`no row of ${sheet.name} has ${header} "${text}"`);
}

function cellOf(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, header: string): ExcelJS.Cell {
  return row.getCell(columnsOf(sheet).get(header)!);
}

/** The IDs on a sheet, in its order. */
function idsOn(sheet: ExcelJS.Worksheet): string[] {
  const column = columnsOf(sheet).get('ID')!;
  const ids: string[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const id = sheet.getRow(number).getCell(column).value;
    if (typeof id === 'string' && id !== '') ids.push(id);
  }
  return ids;
}

/**
 * What a client does in Excel: gives the Gift Aid flow a new owner, adds Zapier on the Systems
 * sheet (a new row, so no ID), and accepts the Newsletter flow's plain-text finding.
 */
async function editAsClient(exported: TestFile): Promise<TestFile> {
  const workbook = await loadWorkbook(exported);
  const integrations = workbook.getWorksheet(INTEGRATIONS_SHEET)!;
  cellOf(integrations, rowWhere(integrations, 'Name', 'Gift Aid to finance'), 'Owner').value = 'Alex Morgan';

  const systems = workbook.getWorksheet(SYSTEMS_SHEET)!;
  cellOf(systems, systems.getRow(systems.rowCount + 1), 'Name').value = 'Zapier';

  const register = workbook.getWorksheet(REGISTER_SHEET)!;
  const finding = rowWhere(register, 'Element', 'Integration: Newsletter sync');
  expect(cellOf(register, finding, 'Check').value).toBe('plaintext-credentials');
  cellOf(register, finding, 'Treatment').value = 'Accepted';
  cellOf(register, finding, 'Justification').value = CLIENT_JUSTIFICATION;
  return { name: 'Harbour Trust review (client).xlsx', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** The review of the client's workbook lists each change, before anything is applied. */
async function expectClientChanges(page: Page, fileName: string): Promise<Locator> {
  const review = page.getByRole('dialog', { name: `Changes in ${fileName}` });
  await expect(review).toMatchAriaSnapshot(`
    - status: Applying it adds 1 system, and changes 1 flow and 1 treatment. You can undo it afterwards.
    - region "Added":
      - heading "Added (1)"
      - list:
        - listitem:
          - strong: System "Zapier"
    - region "Changed":
      - heading "Changed (2)"
      - list:
        - listitem:
          - strong: Flow "Gift Aid to finance"
          - list:
            - listitem:
              - text: "Owner:"
              - deletion: Priya Shah
              - text: →
              - insertion: Alex Morgan
        - listitem:
          - strong: 'Treatment "Credentials stored in plain text: Newsletter sync"'
          - list:
            - listitem:
              - text: "Treatment:"
              - deletion: Unchecked
              - text: →
              - insertion: Accepted
            - listitem:
              - text: "Justification:"
              - deletion: (blank)
              - text: →
              - insertion: ${CLIENT_JUSTIFICATION}
    - button "Cancel"
    - button "Apply changes"
  `);
  await expect(review.getByRole('region', { name: 'Removed' })).toHaveCount(0);
  return review;
}

/** The treatment the register shows for a flow's plain-text finding, opening it from the list of all risks. */
async function plaintextTreatment(page: Page, flowName: string): Promise<{ treatment: string; justification: string }> {
  const panel = await openRiskPanel(page);
  await panel.getByLabel('Status').selectOption({ label: 'All that apply' });
  await plaintextRow(panel, flowName).getByRole('button', { name: PLAINTEXT }).click();
  const treatment = await panel.getByLabel('Treatment').inputValue();
  const justification = await panel.getByLabel('Justification').inputValue();
  await panel.getByRole('button', { name: 'All risks' }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  return { treatment, justification };
}

test('a client’s edited register is reviewed change by change, applied as one step and undone, from the editor or from home', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await importHarbourReview(page);
  const address = page.url();
  const edited = await editAsClient(await downloadFromExportMenu(page, 'Export risk register (.xlsx)'));
  const toolbar = page.getByRole('toolbar');

  // In the editor: Update from workbook, review, apply.
  await chooseFile(page, toolbar.getByRole('button', { name: 'Update from workbook…' }), edited);
  let review = await expectClientChanges(page, edited.name);
  await review.getByRole('button', { name: 'Apply changes' }).click();
  await expect(review).toBeHidden();
  await expect(systemNode(page, 'Zapier')).toBeVisible();
  await selectFlow(page, 'Donor CRM', 'Xero');
  await expect(inspectorPanel(page).getByLabel('Owner')).toHaveValue('Alex Morgan');
  expect(await plaintextTreatment(page, 'Newsletter sync')).toEqual({ treatment: 'accepted', justification: CLIENT_JUSTIFICATION });
  // What the workbook did not change is as it was, including the decision made in the app.
  expect(await plaintextTreatment(page, 'Gift Aid to finance')).toEqual({ treatment: 'accepted', justification: OUR_JUSTIFICATION });

  // Undo takes the whole update back in one step.
  const undo = toolbar.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /^Undo Update from workbook/);
  await undo.click();
  await expect(systemNode(page, 'Zapier')).toHaveCount(0);
  await selectFlow(page, 'Donor CRM', 'Xero');
  await expect(inspectorPanel(page).getByLabel('Owner')).toHaveValue('Priya Shah');
  expect(await plaintextTreatment(page, 'Newsletter sync')).toEqual({ treatment: 'unchecked', justification: '' });
  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');

  // A spreadsheet that is not an exported register cannot update the map, and says why.
  await chooseFile(page, toolbar.getByRole('button', { name: 'Update from workbook…' }), { name: 'Inventory.csv', buffer: Buffer.from(INVENTORY_CSV) });
  const refused = page.getByRole('dialog', { name: 'Inventory.csv could not be read back' });
  await expect(refused.getByRole('alert')).toContainText('This is not a risk register exported by Integration Mapper');
  await expect(refused).toContainText('Nothing on the map has changed.');
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(refused).toBeHidden();
  await expect(undo).toHaveAttribute('title', /^Undo Edit treatment/);

  // From home: the workbook is recognised as this assessment's, and reviewed in its editor.
  await goHomeFromEditor(page);
  await chooseFile(page, importSpreadsheetButton(page), edited);
  const question = page.getByRole('dialog', { name: 'Update "Harbour Trust review"?' });
  await expect(question).toContainText(`${edited.name} is the risk register exported from "Harbour Trust review", which is on this computer.`);
  await question.getByRole('button', { name: 'Review changes' }).click();
  await expect(page).toHaveURL(address);
  review = await expectClientChanges(page, edited.name);
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
  await expect(systemNode(page, 'Zapier')).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeDisabled();

  expect(errors).toEqual([]);
  expectNoRequestLeavesTheApp(requests);
});

test('an exported register whose assessment was deleted brings it back whole, with its ids and decisions', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto('/');
  await importHarbourReview(page);
  const address = page.url();
  const exported = await downloadFromExportMenu(page, 'Export risk register (.xlsx)');
  const workbook = await loadWorkbook(exported);
  const flowIds = idsOn(workbook.getWorksheet(INTEGRATIONS_SHEET)!);
  const systemIds = idsOn(workbook.getWorksheet(SYSTEMS_SHEET)!);
  expect(flowIds).toHaveLength(2);

  await goHomeFromEditor(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Open Harbour Trust review', exact: true }) });
  await row.getByRole('button', { name: 'Delete Harbour Trust review', exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete assessment' }).getByRole('button', { name: 'Delete assessment' }).click();
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();

  await chooseFile(page, importSpreadsheetButton(page), exported);
  const dialog = page.getByRole('dialog', { name: `Import ${exported.name}` });
  await expect(dialog.getByRole('status')).toHaveText(
    'This is the risk register of "Harbour Trust review", exported from Integration Mapper. Importing it creates that assessment here '
    + 'with 3 systems, 2 flows and the treatments recorded in its risk register, keeping every ID.',
  );
  await dialog.getByRole('button', { name: 'Import assessment' }).click();

  // The same assessment, at the same address, with the same flows and systems by id.
  await expect(page).toHaveURL(address);
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'Harbour Trust review' })).toBeVisible();
  for (const name of ['Donor CRM', 'Xero', 'Mailchimp']) await expect(systemNode(page, name)).toBeVisible();
  await selectFlow(page, 'Donor CRM', 'Xero');
  await expect(inspectorPanel(page).getByLabel('Owner')).toHaveValue('Priya Shah');
  expect(await plaintextTreatment(page, 'Gift Aid to finance')).toEqual({ treatment: 'accepted', justification: OUR_JUSTIFICATION });

  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await toolbar.getByRole('button', { name: 'Save map file (.intmap)' }).click();
  const parsed = parseMap(JSON.parse(await readFile(await (await downloading).path(), 'utf8')));
  if (!parsed.ok) throw new Error('the saved map file does not parse');
  expect(Object.keys(parsed.document.flows).sort()).toEqual([...flowIds].sort());
  expect(Object.keys(parsed.document.systems).sort()).toEqual([...systemIds].sort());

  await goHomeFromEditor(page);
  await expect(assessmentsHeading(page)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open / })).toHaveCount(1);
  expect(errors).toEqual([]);
});
