import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mapFileText, serializeMap } from '../../shared/model';
import type { MenuCommand } from '../../shared/platform';
import { mapBuilder } from '../support/map-builder';
import {
  addFlowWithDialog, addSystemFromPalette, assessmentsHeading, createAssessment, downloadFromExportMenu,
  expectNoRequestLeavesTheApp, flowEdge, goHomeFromEditor, inspectorPanel, installDesktopPlatform, openRiskPanel,
  recordErrors, recordRequests, risksTab, selectFlow, sendMenuCommand, systemNode, type TestFile,
} from './support';

// Saving a whole assessment as one .intmap file and opening it again. In a browser, saving
// downloads the file and opening uses a file picker; the desktop app's dialogs sit behind the
// same platform interface (see desktop-menu.spec for how the menu is driven).

const PLAINTEXT = 'Credentials stored in plain text';
const OWN_RISK = 'Only one volunteer understands the Xero sync';

/** The table row for the assessment with exactly this name. */
function rowFor(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: `Open ${name}`, exact: true }) });
}

/** Chooses "Open map file…" on the home screen and picks `file` in the browser's file picker. */
async function openMapFile(page: Page, file: TestFile): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open map file…' }).click();
  const chooser = await choosing;
  await chooser.setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
}

/** The open dialog's accessibility problems by the WCAG A and AA rules; none expected. */
async function dialogAccessibilityProblems(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.help}`);
}

async function openDetails(page: Page): Promise<Locator> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Details…' }).click();
  const details = page.getByRole('dialog', { name: 'Assessment details' });
  await expect(details).toBeVisible();
  return details;
}

/**
 * Draws the Harbour Trust map: three systems, a flow with several fields filled in, its
 * plain-text credential finding accepted with a justification, a risk of the assessor's own and
 * two changed check settings.
 */
async function buildHarbourMap(page: Page): Promise<void> {
  await createAssessment(page, { name: 'Harbour Trust review', organisation: 'Harbour Trust', assessor: 'Sam Auditor' });
  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await addSystemFromPalette(page, 'Email / collaboration', 'Mailchimp');
  await addFlowWithDialog(page, 'Salesforce', 'Xero');
  const inspector = inspectorPanel(page);
  await inspector.getByLabel('Name', { exact: true }).fill('Gift Aid to finance');
  await inspector.getByLabel('Purpose').fill('Gift Aid claims to finance');
  await inspector.getByRole('group', { name: 'Data transferred' }).getByLabel('Financial / bank details').check();
  await inspector.getByLabel('Authentication').selectOption({ label: 'API key' });
  await inspector.getByLabel('Account / credential').fill('svc-xero-sync');
  await inspector.getByLabel('Credential stored in').selectOption({ label: 'Spreadsheet / document' });
  await inspector.getByLabel('Owner').fill('Priya Shah');

  const panel = await openRiskPanel(page);
  await panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: PLAINTEXT }) }).getByRole('button', { name: PLAINTEXT }).click();
  await panel.getByLabel('Treatment').selectOption({ label: 'Accepted' });
  await panel.getByLabel('Justification').fill('The vault migration is booked for March.');
  await panel.getByRole('button', { name: 'All risks' }).click();
  await panel.getByRole('button', { name: 'Add risk' }).click();
  await panel.getByLabel('Title').fill(OWN_RISK);
  await panel.getByLabel('Likelihood').selectOption({ label: '3 Likely' });

  const details = await openDetails(page);
  await details.getByLabel('Review interval (months)').fill('24');
  await details.getByLabel('People who have left').fill('Pat Former');
  await details.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('All changes saved');
}

/** Everything buildHarbourMap recorded is in the open editor. */
async function expectHarbourMap(page: Page, name: string): Promise<void> {
  const toolbar = page.getByRole('toolbar');
  await expect(toolbar.getByRole('heading', { name })).toBeVisible();
  for (const system of ['Salesforce', 'Xero', 'Mailchimp']) await expect(systemNode(page, system)).toBeVisible();
  await expect(systemNode(page, 'Salesforce')).toHaveAccessibleName(/^System Salesforce, CRM,/);

  await selectFlow(page, 'Salesforce', 'Xero');
  const inspector = inspectorPanel(page);
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Gift Aid to finance');
  await expect(inspector.getByLabel('Purpose')).toHaveValue('Gift Aid claims to finance');
  await expect(inspector.getByRole('group', { name: 'Data transferred' }).getByLabel('Financial / bank details')).toBeChecked();
  await expect(inspector.getByLabel('Authentication')).toHaveValue('api-key');
  await expect(inspector.getByLabel('Account / credential')).toHaveValue('svc-xero-sync');
  await expect(inspector.getByLabel('Credential stored in')).toHaveValue('spreadsheet-document');
  await expect(inspector.getByLabel('Owner')).toHaveValue('Priya Shah');

  const panel = await openRiskPanel(page);
  await panel.getByLabel('Status').selectOption({ label: 'Accepted' });
  await panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: PLAINTEXT }) }).getByRole('button', { name: PLAINTEXT }).click();
  await expect(panel.getByLabel('Treatment')).toHaveValue('accepted');
  await expect(panel.getByLabel('Justification')).toHaveValue('The vault migration is booked for March.');
  await panel.getByRole('button', { name: 'All risks' }).click();
  await panel.getByLabel('Status').selectOption({ label: 'Open' });
  await expect(panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: OWN_RISK }) })).toContainText('Added by you');

  const details = await openDetails(page);
  await expect(details.getByLabel('Organisation')).toHaveValue('Harbour Trust');
  await expect(details.getByLabel('Assessor')).toHaveValue('Sam Auditor');
  await expect(details.getByLabel('Review interval (months)')).toHaveValue('24');
  await expect(details.getByLabel('Credential rotation interval (days)')).toHaveValue('365');
  await expect(details.getByLabel('People who have left')).toHaveValue('Pat Former');
  await details.getByRole('button', { name: 'Done' }).click();
}

test('saves a map file, and after the assessment is deleted opens it with everything back', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await buildHarbourMap(page);
  const openBefore = await risksTab(page).textContent();

  const file = await downloadFromExportMenu(page, 'Save map file (.intmap)');
  expect(file.name).toBe('Harbour Trust review.intmap');
  expect(file.buffer.toString('utf8')).toMatch(/^\{\n {2}"format": "integration-mapper\/map",\n {2}"schemaVersion": 3,/);

  await goHomeFromEditor(page);
  await rowFor(page, 'Harbour Trust review').getByRole('button', { name: 'Delete Harbour Trust review', exact: true }).click();
  await page.getByRole('dialog', { name: 'Delete assessment' }).getByRole('button', { name: 'Delete assessment' }).click();
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();

  // The file is read in a worker, so a large one does not freeze the window.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openMapFile(page, file);
  await expect(page).toHaveURL(/#\/assessment\/[0-9a-f-]{36}$/);
  expect(workers).toEqual([expect.stringMatching(/map-file\.worker-[\w-]+\.js$/)]);
  await expectHarbourMap(page, 'Harbour Trust review');
  await expect(risksTab(page)).toHaveText(openBefore!);

  await goHomeFromEditor(page);
  await expect(rowFor(page, 'Harbour Trust review').getByRole('cell').nth(3)).toHaveText('3');

  expect(errors).toEqual([]);
  expectNoRequestLeavesTheApp(requests);
});

test('opening a map that is already on this computer asks, and Keep both, Replace and Cancel each do what they say', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto('/');
  await buildHarbourMap(page);
  const file = await downloadFromExportMenu(page, 'Save map file (.intmap)');
  // A change made after saving: the stored version now differs from the file.
  await addSystemFromPalette(page, 'Automation platform', 'Zapier');
  await expect(page.getByRole('toolbar').getByRole('status')).toHaveText('All changes saved');
  await goHomeFromEditor(page);
  const stored = rowFor(page, 'Harbour Trust review');
  await expect(stored.getByRole('cell').nth(3)).toHaveText('4');

  // Cancel: nothing changes.
  await openMapFile(page, file);
  let question = page.getByRole('dialog', { name: '"Harbour Trust review" is already on this computer' });
  await expect(question).toContainText(/The copy on this computer was last changed .+ and holds 4 systems and 1 data flow\./);
  await expect(question).toContainText(/The file's was last changed .+ and holds 3 systems and 1 data flow\./);
  await expect(question.getByRole('button', { name: 'Keep both' })).toBeFocused();
  expect(await dialogAccessibilityProblems(page)).toEqual([]);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByRole('link', { name: /^Open / })).toHaveCount(1);

  // Keep both: the file opens beside the stored one, as "(from file)", with everything in it.
  await openMapFile(page, file);
  question = page.getByRole('dialog', { name: '"Harbour Trust review" is already on this computer' });
  await question.getByRole('button', { name: 'Keep both' }).click();
  await expectHarbourMap(page, 'Harbour Trust review (from file)');
  await expect(systemNode(page, 'Zapier')).toHaveCount(0);
  await goHomeFromEditor(page);
  await expect(rowFor(page, 'Harbour Trust review').getByRole('cell').nth(3)).toHaveText('4');
  await expect(rowFor(page, 'Harbour Trust review (from file)').getByRole('cell').nth(3)).toHaveText('3');

  // Replace: the stored one becomes the file's version; the copy kept before is untouched.
  await openMapFile(page, file);
  await page.getByRole('dialog', { name: '"Harbour Trust review" is already on this computer' }).getByRole('button', { name: 'Replace' }).click();
  await expectHarbourMap(page, 'Harbour Trust review');
  await expect(systemNode(page, 'Zapier')).toHaveCount(0);
  await goHomeFromEditor(page);
  await expect(rowFor(page, 'Harbour Trust review').getByRole('cell').nth(3)).toHaveText('3');
  await expect(rowFor(page, 'Harbour Trust review (from file)').getByRole('cell').nth(3)).toHaveText('3');
  await expect(page.getByRole('link', { name: /^Open / })).toHaveCount(2);

  expect(errors).toEqual([]);
});

test('a file that cannot be opened is explained, problem by problem, and changes nothing', async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, { name: 'Untouched review' });
  await goHomeFromEditor(page);
  const listBefore = await page.getByRole('table').textContent();
  const good = mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero').build();

  async function expectRefused(file: TestFile, ...parts: Array<string | RegExp>): Promise<void> {
    await openMapFile(page, file);
    const dialog = page.getByRole('dialog', { name: `Cannot open "${file.name}"` });
    await expect(dialog).toBeVisible();
    for (const part of parts) await expect(dialog).toContainText(part);
    await expect(dialog).toContainText('Nothing on this computer was changed.');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/$|\/$/);
    expect(await page.getByRole('table').textContent()).toBe(listBefore);
  }

  // Broken JSON: where it goes wrong.
  const broken = mapFileText(good).replace('"schemaVersion": 3,', '"schemaVersion": 3');
  await expectRefused({ name: 'broken.intmap', buffer: Buffer.from(broken) }, 'it is not valid JSON', 'at line 4, column 3');

  // A map with bad records: each problem with the field it is in.
  const map = serializeMap(good) as unknown as { systems: Array<Record<string, unknown>>; flows: Array<Record<string, unknown>> };
  map.systems[0]!.kind = 'spaceship';
  map.flows[0]!.mfa = 'maybe';
  const invalid: TestFile = { name: 'invalid.intmap', buffer: Buffer.from(JSON.stringify(map)) };
  await expectRefused(invalid, 'there are 2 problems');
  await openMapFile(page, invalid);
  const problems = page.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('systems[0].kind: "spaceship" is not a system kind');
  await expect(problems.nth(1)).toContainText('flows[0].mfa:');
  await expect(page.getByRole('button', { name: 'OK' })).toBeFocused();
  expect(await dialogAccessibilityProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'OK' }).click();

  // Made by a newer version of the app, and not a map at all.
  await expectRefused({ name: 'newer.intmap', buffer: Buffer.from(JSON.stringify({ ...serializeMap(good), schemaVersion: 99 })) },
    'written by a newer version of Integration Mapper', 'Update the app to open it.');
  await expectRefused({ name: 'package.json', buffer: Buffer.from('{ "name": "something else" }') }, 'not an Integration Mapper map');
  await expectRefused({ name: 'photo.intmap', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]) }, 'not a text file');

  await expect(assessmentsHeading(page)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open / })).toHaveCount(1);
});

test('the desktop menu’s Open, chosen in the editor, goes home and opens the file from the host’s dialog', async ({ page }) => {
  const file = mapFileText(mapBuilder().system('Beacon CRM').system('Xero').flow('Beacon CRM', 'Xero', { name: 'Gift Aid' }).build());
  await installDesktopPlatform(page, { openedFile: { fileName: 'Riverside.intmap', text: file } });
  const menu = (command: MenuCommand) => sendMenuCommand(page, command);

  await page.goto('/');
  await createAssessment(page, { name: 'Open beforehand' });
  // The editor listens for menu commands once it has loaded the map.
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'Open beforehand' })).toBeVisible();
  await menu('open-map');
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'Test assessment' })).toBeVisible();
  await expect(systemNode(page, 'Beacon CRM')).toBeVisible();
  await expect(flowEdge(page, 'Beacon CRM', 'Xero')).toHaveCount(1);

  // From home, the same command asks straight away; this time the map is already here.
  await goHomeFromEditor(page);
  await menu('open-map');
  await expect(page.getByRole('dialog', { name: '"Test assessment" is already on this computer' })).toBeVisible();
});
