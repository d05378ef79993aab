import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addFlowWithDialog, addSystemFromPalette, createAssessment, expectNoRequestLeavesTheApp, flowEdge, inspectorPanel,
  recordErrors, recordRequests,
} from './support';

// Owners end to end: who owns what, and handing everything of someone who leaves to someone else
// in one step that Undo takes back.

/** Jo Bloggs owns Donor CRM and both its flows (one spelt "jo  bloggs"), which sign in as svc-sync; Sam Lee owns Xero and Mailchimp. */
async function drawJosMap(page: Page): Promise<void> {
  await createAssessment(page, { name: 'Owners review', organisation: 'Harbour Trust' });
  const owner = inspectorPanel(page).getByLabel('Owner', { exact: true });
  await addSystemFromPalette(page, 'CRM', 'Donor CRM');
  await owner.fill('Jo Bloggs');
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await owner.fill('Sam Lee');
  await addSystemFromPalette(page, 'Email / collaboration', 'Mailchimp');
  await owner.fill('Sam Lee');
  for (const [to, spelling] of [['Xero', 'Jo Bloggs'], ['Mailchimp', 'jo  bloggs']] as const) {
    await addFlowWithDialog(page, 'Donor CRM', to);
    await owner.fill(spelling);
    await inspectorPanel(page).getByLabel('Account / credential').fill('svc-sync');
    await inspectorPanel(page).getByLabel('Credential stored in').selectOption({ label: 'Spreadsheet / document' });
  }
}

/** The WCAG A and AA checks the accessibility spec runs on every screen, here on the Owners tab and its dialog. */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(found, `accessibility problems on ${screen}`).toEqual([]);
}

async function openOwnersTab(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Owners' }).click();
  const panel = page.getByRole('region', { name: 'Owners' });
  await expect(panel).toBeVisible();
  return panel;
}

/** An owner's entry in the list, by the name its heading starts with. */
function ownerEntry(panel: Locator, name: string): Locator {
  return panel.getByRole('listitem').filter({ has: panel.page().getByRole('heading', { level: 3, name: new RegExp(`^${name}\\b`) }) });
}

test('lists what each person owns and hands it all over when they leave, in one step Undo takes back', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await drawJosMap(page);

  // Jo is listed once, whatever the spelling, with counts and open findings.
  const panel = await openOwnersTab(page);
  await expect(panel.getByRole('status').first()).toHaveText('2 owners.');
  const jo = ownerEntry(panel, 'Jo Bloggs');
  await expect(jo).toContainText('1 system · 2 flows · 1 credential');
  await expect(jo).toContainText(/\d+ open findings: \d+ high/);
  await expect(ownerEntry(panel, 'Sam Lee')).toContainText('2 systems');

  // Opened, it lists what Jo owns; choosing a flow selects it on the map and stays on this tab.
  await jo.getByRole('button', { name: 'Jo Bloggs', exact: true }).click();
  await expect(jo.getByRole('button', { name: 'Donor CRM', exact: true })).toBeVisible();
  await expect(jo.getByRole('button', { name: 'svc-sync' })).toBeVisible();
  await expect(jo).toContainText('in Spreadsheet / document · 2 flows');
  await jo.getByRole('button', { name: 'Donor CRM → Xero', exact: true }).click();
  await expect(flowEdge(page, 'Donor CRM', 'Xero')).toHaveClass(/selected/);
  await expect(page.getByRole('tab', { name: 'Owners' })).toHaveAttribute('aria-selected', 'true');
  await expectNoViolations(page, 'the Owners tab with an owner open');

  // Escape leaves the walk-through without changing anything.
  await jo.getByRole('button', { name: 'This person is leaving…' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Undo' })).not.toHaveAttribute('title', /Reassign owner/);

  // The walk-through: everything is ticked; the new owner must be a named person.
  await jo.getByRole('button', { name: 'This person is leaving…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Jo Bloggs is leaving' });
  const newOwner = dialog.getByLabel('New owner');
  await expect(newOwner).toBeFocused();
  await expect(dialog.getByRole('group', { name: 'Systems (1)' }).getByRole('checkbox', { name: 'Donor CRM' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Data flows (2)' }).getByRole('checkbox')).toHaveCount(2);
  for (const box of await dialog.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Add Jo Bloggs to the people who have left/ })).toBeChecked();
  await expectNoViolations(page, 'the hand-over dialog');
  await dialog.getByRole('button', { name: 'Reassign' }).click();
  await expect(dialog).toContainText('Enter the name of the person who takes over.');
  await newOwner.fill('IT team');
  await dialog.getByRole('button', { name: 'Reassign' }).click();
  await expect(dialog).toContainText('is not a person');
  await newOwner.fill('Priya Shah');
  await dialog.getByRole('button', { name: 'Reassign' }).click();
  await expect(dialog).toBeHidden();

  // Priya now owns it all, Jo nothing; Jo is listed as having left, and nothing of Jo's is orphaned.
  await expect(panel).toContainText('Handed 3 items from Jo Bloggs to Priya Shah. Jo Bloggs is now listed as having left.');
  await expect(jo).toHaveCount(0);
  const priya = ownerEntry(panel, 'Priya Shah');
  await expect(priya).toContainText('1 system · 2 flows · 1 credential');
  await expect(priya.getByRole('button', { name: 'Donor CRM → Mailchimp', exact: true })).toBeVisible();
  await expect(priya).not.toContainText('Orphaned');

  // The flow's inspector shows the new owner.
  await priya.getByRole('button', { name: 'Donor CRM → Xero', exact: true }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(inspectorPanel(page).getByLabel('Owner', { exact: true })).toHaveValue('Priya Shah');

  // One undo takes it all back, the leavers list included.
  const undo = page.getByRole('toolbar').getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /^Undo Reassign owner/);
  await undo.click();
  await expect(inspectorPanel(page).getByLabel('Owner', { exact: true })).toHaveValue('Jo Bloggs');
  const after = await openOwnersTab(page);
  await expect(ownerEntry(after, 'Jo Bloggs')).toContainText('1 system · 2 flows · 1 credential');
  await expect(ownerEntry(after, 'Jo Bloggs').getByText('Left', { exact: true })).toHaveCount(0);
  await expect(ownerEntry(after, 'Priya Shah')).toHaveCount(0);

  expectNoRequestLeavesTheApp(requests);
  expect(errors).toEqual([]);
});
