import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { CHECKS } from '../../shared/checks';
import { parseMap } from '../../shared/model';
import type { MenuCommand } from '../../shared/platform';
import { CHECKS_SHEET, REGISTER_SHEET } from '../../shared/workbook';
import {
  addFlowWithDialog, addSystemFromPalette, createAssessment, expectNoRequestLeavesTheApp, inspectorPanel, openRiskPanel, recordErrors,
  recordRequests, risksTab,
} from './support';

// Taking the map out of the app: the risk register a client receives, and the map file that
// the command-line tool checks. In a browser both arrive as downloads, read here as files.

/** Draws Salesforce → Xero, "Gift Aid to finance", with no owner and its API key in a spreadsheet. */
async function drawRiskyFlow(page: Page): Promise<void> {
  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await addFlowWithDialog(page, 'Salesforce', 'Xero');
  const inspector = inspectorPanel(page);
  await inspector.getByLabel('Name', { exact: true }).fill('Gift Aid to finance');
  await inspector.getByLabel('Authentication').selectOption({ label: 'API key' });
  await inspector.getByLabel('Credential stored in').selectOption({ label: 'Spreadsheet / document' });
}

/** Chooses one of the toolbar's exports and returns the download it starts. */
async function exportFromToolbar(page: Page, label: string): Promise<Download> {
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await toolbar.getByRole('button', { name: label }).click();
  return downloading;
}

async function readWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

/** Each row of a sheet as the text of its cells, header row first. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => cellText(value))));
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  return String(value);
}

/** Accepts the flow's plaintext-credentials finding in the register, with a justification. */
async function acceptPlaintextFinding(page: Page, justification: string): Promise<void> {
  const panel = await openRiskPanel(page);
  const row = panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Credentials stored in plain text' }) });
  await row.getByRole('button', { name: 'Credentials stored in plain text' }).click();
  await panel.getByLabel('Treatment').selectOption({ label: 'Accepted' });
  await panel.getByLabel('Justification').fill(justification);
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('All changes saved');
}

test('exports the risk register as a workbook listing the flow’s findings and the decision kept across a reload, and saves the map file the tool reads', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await createAssessment(page, { name: 'Harbour Trust review', organisation: 'Harbour Trust' });
  await drawRiskyFlow(page);
  await acceptPlaintextFinding(page, 'The vault migration is booked for March.');
  await page.reload();
  await expect(risksTab(page)).toBeVisible();
  const toolbar = page.getByRole('toolbar');

  const register = await exportFromToolbar(page, 'Export risk register (.xlsx)');
  expect(register.suggestedFilename()).toMatch(/^Harbour Trust review risk register \d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(toolbar.getByText(`Saved ${register.suggestedFilename()}`)).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();

  const workbook = await readWorkbook(register);
  const checkIds = new Set(CHECKS.map((check) => check.id));
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  expect(sheetNames).toEqual(expect.arrayContaining([REGISTER_SHEET, CHECKS_SHEET]));
  // One row per finding, each naming its check by id; the flow's two problems are among them.
  const rows = rowsOf(workbook.getWorksheet(REGISTER_SHEET)!);
  const checksOfFlow = rows.filter((cells) => cells.some((text) => text.includes('Gift Aid to finance')))
    .flatMap((cells) => cells.filter((text) => checkIds.has(text)));
  expect(checksOfFlow).toEqual(expect.arrayContaining(['plaintext-credentials', 'no-owner']));
  // The decision made before the reload is in the plaintext-credentials row's treatment columns.
  const header = rows[0]!;
  const accepted = rows.find((cells) => cells[header.indexOf('Check')] === 'plaintext-credentials')!;
  expect(accepted[header.indexOf('Treatment')]).toBe('Accepted');
  expect(accepted[header.indexOf('Justification')]).toBe('The vault migration is booked for March.');
  expect(rows.find((cells) => cells[header.indexOf('Check')] === 'no-owner')![header.indexOf('Treatment')]).toBe('Unchecked');

  const mapData = await exportFromToolbar(page, 'Save map file (.intmap)');
  expect(mapData.suggestedFilename()).toBe('Harbour Trust review.intmap');
  const text = await readFile(await mapData.path(), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const parsed = parseMap(JSON.parse(text));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const flows = Object.values(parsed.document.flows);
  expect(flows.map((flow) => [flow.name, flow.credentialLocation])).toEqual([['Gift Aid to finance', 'spreadsheet-document']]);

  expect(errors).toEqual([]);
  expectNoRequestLeavesTheApp(requests);
});

test('the desktop menu exports through the host’s save dialog, says nothing on cancel and explains a failure', async ({ page }) => {
  // As desktop-menu.spec does: a stand-in for the preload's platform, answering saves as told.
  await page.addInitScript(() => {
    const listeners = new Set<(command: string) => void>();
    const state = { answer: 'save' as 'save' | 'cancel' | 'fail', asked: [] as Array<{ suggestedName: string; bytes: number }> };
    Object.assign(window, {
      exportTest: state,
      integrationMapper: {
        appInfo: async () => ({ name: 'Integration Mapper', version: '1.2.3', host: 'desktop' }),
        saveFile: async (request: { suggestedName: string; contents: Uint8Array }) => {
          state.asked.push({ suggestedName: request.suggestedName, bytes: request.contents.byteLength });
          if (state.answer === 'cancel') return { saved: false };
          if (state.answer === 'fail') throw new Error('The disk is full.');
          return { saved: true, fileName: 'Chosen by the user.xlsx' };
        },
        openFile: async () => null,
        onMenuCommand: (listener: (command: string) => void) => { listeners.add(listener); return () => listeners.delete(listener); },
      },
      sendMenuCommand: (command: string) => listeners.forEach((listener) => listener(command)),
    });
  });
  type TestWindow = { exportTest: { answer: string; asked: Array<{ suggestedName: string; bytes: number }> }; sendMenuCommand(c: string): void };
  const menu = (command: MenuCommand) => page.evaluate((c) => (window as unknown as TestWindow).sendMenuCommand(c), command);
  const answer = (value: 'save' | 'cancel' | 'fail') => page.evaluate((v) => { (window as unknown as TestWindow).exportTest.answer = v; }, value);
  /** What the host was asked to save, in order, whatever the user then did. */
  const asked = () => page.evaluate(() => (window as unknown as TestWindow).exportTest.asked);

  await page.goto('/');
  await createAssessment(page, { name: 'Menu export' });
  await drawRiskyFlow(page);
  const toolbar = page.getByRole('toolbar');

  await menu('export-register');
  await expect(toolbar.getByText('Saved Chosen by the user.xlsx')).toBeVisible();
  expect(await asked()).toEqual([{ suggestedName: expect.stringMatching(/\.xlsx$/), bytes: expect.any(Number) }]);

  await answer('cancel');
  await menu('save-map');
  await expect.poll(async () => (await asked()).map((request) => request.suggestedName)).toContain('Menu export.intmap');
  await expect(toolbar.getByRole('button', { name: 'Export', exact: true })).toHaveText('Export');
  await expect(toolbar.getByText(/^Saved /)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await answer('fail');
  await menu('save-map');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The map file was not saved: The disk is full.');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});
