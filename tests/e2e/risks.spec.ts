import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addFlowWithDialog, addSystemFromPalette, badgeOf, createAssessment, expectNoRequestLeavesTheApp, flowEdge, inspectorPanel,
  openRiskCount, openRiskPanel, recordErrors, recordRequests, risksTab, systemNode,
} from './support';

// Findings in the app, end to end. The check catalogue grows, so this spec leans on two checks
// that fire for sure here ("no owner" and "credential shared between integrations") and
// otherwise compares counts before and after, instead of assuming every finding the map has.

const SHARED = 'Credential shared between integrations';
const SEVERE_ENOUGH = /^Worst open finding: (Elevated|High|Critical), \d+ open findings?$/;

/** Draws Donor CRM → Xero and Donor CRM → Mailchimp, both signing in as "svc-sync", nobody owning them. */
async function drawSharedCredentialMap(page: Page): Promise<void> {
  await createAssessment(page, { name: 'Risk review', organisation: 'Harbour Trust', assessor: 'Sam Auditor' });
  await addSystemFromPalette(page, 'CRM', 'Donor CRM');
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await addSystemFromPalette(page, 'Email / collaboration', 'Mailchimp');
  for (const to of ['Xero', 'Mailchimp']) {
    await addFlowWithDialog(page, 'Donor CRM', to);
    await inspectorPanel(page).getByLabel('Account / credential').fill('svc-sync');
    await inspectorPanel(page).getByLabel('Credential stored in').selectOption({ label: 'Spreadsheet / document' });
  }
}

/** The register's row whose risk and "About" are as given. */
function registerRow(panel: Locator, title: string, about: string): Locator {
  return panel.getByRole('row').filter({ has: panel.page().getByRole('rowheader', { name: title }) }).filter({ hasText: about });
}

function openCountOf(badge: string): number {
  return Number(/, (\d+) open finding/.exec(badge)?.[1] ?? 0);
}

test('shows findings on the map and in the register, and keeps what the assessor decides', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await drawSharedCredentialMap(page);

  // Badges: every system has no owner yet, and each flow shares its credential (elevated at least).
  const toXero = flowEdge(page, 'Donor CRM', 'Xero');
  await expect(systemNode(page, 'Xero')).toHaveAccessibleDescription(/Worst open finding: \w+, \d+ open findings?/);
  await expect.poll(() => badgeOf(toXero)).toMatch(SEVERE_ENOUGH);
  await expect(toXero).toHaveAccessibleName(/^Data flow from Donor CRM to Xero/);
  const flowBadgeBefore = await badgeOf(toXero);

  // The inspector lists the selected flow's open findings above its fields.
  await expect(inspectorPanel(page).getByRole('button', { name: new RegExp(`${SHARED}$`) })).toBeVisible();

  // The register: choosing the finding selects its flow and opens its explanation.
  const before = await openRiskCount(page);
  expect(before).toBeGreaterThanOrEqual(5);
  const panel = await openRiskPanel(page);
  await expect(registerRow(panel, SHARED, 'Donor CRM → Mailchimp')).toHaveCount(1);
  await registerRow(panel, SHARED, 'Donor CRM → Xero').getByRole('button', { name: SHARED }).click();
  await expect(toXero).toHaveClass(/selected/);
  const heading = panel.getByRole('heading', { name: SHARED, level: 3 });
  await expect(heading).toBeFocused();
  await expect(panel.getByRole('heading', { name: 'Why it matters' })).toBeVisible();
  await expect(panel).toContainText('One credential serving several integrations');
  await expect(panel.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(panel).toContainText('NHI9');
  await expect(panel).toContainText(/Likelihood 2 Possible × impact 2 Moderate/);
  await expect(panel.getByRole('button', { name: 'Donor CRM → Xero' })).toBeVisible();

  // Accepting it: who and when are filled in, the open count drops, the badge counts one fewer.
  await panel.getByLabel('Treatment').selectOption({ label: 'Accepted' });
  await panel.getByLabel('Justification').fill('Separate keys are being issued in March.');
  await expect(panel.getByLabel('Checked by')).toHaveValue('Sam Auditor');
  await expect(panel.getByLabel('Checked on', { exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expect(risksTab(page)).toHaveText(`Risks (${before - 1} open)`);
  await expect.poll(async () => openCountOf(await badgeOf(toXero))).toBe(openCountOf(flowBadgeBefore) - 1);

  // Undo takes back the justification (one step for the typing), then the decision; Redo restores both.
  const toolbar = page.getByRole('toolbar');
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Edit treatment/);
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByLabel('Justification')).toHaveValue('');
  await expect(panel.getByLabel('Treatment')).toHaveValue('accepted');
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByLabel('Treatment')).toHaveValue('unchecked');
  await expect(risksTab(page)).toHaveText(`Risks (${before} open)`);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(panel.getByLabel('Treatment')).toHaveValue('accepted');
  await expect(panel.getByLabel('Justification')).toHaveValue('Separate keys are being issued in March.');
  await expect(risksTab(page)).toHaveText(`Risks (${before - 1} open)`);

  // Back in the list it has left the open findings, and is listed under Accepted.
  await panel.getByRole('button', { name: 'All risks' }).click();
  await expect(registerRow(panel, SHARED, 'Donor CRM → Xero')).toHaveCount(0);
  await panel.getByLabel('Status').selectOption({ label: 'Accepted' });
  await expect(registerRow(panel, SHARED, 'Donor CRM → Xero')).toContainText('Accepted');

  // After a reload the decision is still there.
  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');
  await page.reload();
  await expect(systemNode(page, 'Xero')).toBeVisible();
  await expect(risksTab(page)).toHaveText(`Risks (${before - 1} open)`);
  const reloaded = await openRiskPanel(page);
  await reloaded.getByLabel('Status').selectOption({ label: 'Accepted' });
  await registerRow(reloaded, SHARED, 'Donor CRM → Xero').getByRole('button', { name: SHARED }).click();
  await expect(reloaded.getByLabel('Justification')).toHaveValue('Separate keys are being issued in March.');

  // Fixing the problem: the finding no longer applies, and the decision is kept as history.
  await reloaded.getByRole('button', { name: 'Donor CRM → Xero' }).click();
  await expect(toXero).toHaveClass(/selected/);
  await page.getByRole('tab', { name: 'Details' }).click();
  await inspectorPanel(page).getByLabel('Account / credential').fill('svc-xero');
  const history = await openRiskPanel(page);
  await history.getByRole('button', { name: 'All risks' }).click();
  await history.getByLabel('Status').selectOption({ label: 'No longer applies' });
  await expect(registerRow(history, SHARED, 'Donor CRM → Xero')).toContainText('Accepted');
  await history.getByLabel('Status').selectOption({ label: 'Open' });
  await expect(history.getByRole('rowheader', { name: SHARED })).toHaveCount(0);

  expectNoRequestLeavesTheApp(requests);
  expect(errors).toEqual([]);
});

test("adds the assessor's own risk to the register, edits it and deletes it with undo", async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, { name: 'Own risks' });
  await addSystemFromPalette(page, 'Email / collaboration', 'Mailchimp');
  await addSystemFromPalette(page, 'Automation platform', 'Zapier');
  const before = await openRiskCount(page);

  const panel = await openRiskPanel(page);
  await panel.getByRole('button', { name: 'Add risk' }).click();
  const title = panel.getByLabel('Title');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('New risk');
  await page.keyboard.type('Only one volunteer understands the Zapier flows');
  await panel.getByLabel('Likelihood').selectOption({ label: '3 Likely' });
  await panel.getByLabel('Impact').selectOption({ label: '3 Major' });
  await expect(panel.getByRole('heading', { name: 'Only one volunteer understands the Zapier flows', level: 3 })).toBeVisible();
  await expect(panel).toContainText('Likelihood 3 Likely × impact 3 Major');
  // It was added about what was selected: the new Zapier system.
  await expect(panel.getByRole('button', { name: 'Remove Zapier' })).toBeVisible();
  await panel.getByLabel('System or flow to add').selectOption({ label: 'Mailchimp' });
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Remove Mailchimp' })).toBeVisible();
  await expect(risksTab(page)).toHaveText(`Risks (${before + 1} open)`);

  await panel.getByRole('button', { name: 'All risks' }).click();
  const row = registerRow(panel, 'Only one volunteer understands the Zapier flows', 'Zapier, Mailchimp');
  await expect(row).toContainText('Added by you');
  await expect(row).toContainText('High');

  await row.getByRole('button').click();
  await panel.getByRole('button', { name: 'Delete risk' }).click();
  await expect(panel.getByRole('rowheader', { name: /Only one volunteer/ })).toHaveCount(0);
  await expect(risksTab(page)).toHaveText(`Risks (${before} open)`);
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('rowheader', { name: /Only one volunteer/ })).toHaveCount(1);
});

test('the side column works from the keyboard', async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, { name: 'Keyboard risks' });
  await addSystemFromPalette(page, 'CRM', 'Donor CRM');
  const details = page.getByRole('tab', { name: 'Details' });
  await details.focus();
  await page.keyboard.press('ArrowRight');
  await expect(risksTab(page)).toBeFocused();
  await expect(risksTab(page)).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('region', { name: 'Risk register' });
  await expect(panel).toBeVisible();

  // Tab moves into the panel; Enter on a finding opens it with focus on its heading.
  const first = panel.getByRole('rowheader').first().getByRole('button');
  for (let presses = 0; presses < 10 && !(await first.evaluate((b) => b === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const name = (await first.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name, level: 3 })).toBeFocused();
  await expect(systemNode(page, 'Donor CRM')).toHaveClass(/selected/);

  // Back to the list returns focus to the row it came from; Home goes back to Details.
  await panel.getByRole('button', { name: 'All risks' }).focus();
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  await risksTab(page).focus();
  await page.keyboard.press('Home');
  await expect(details).toBeFocused();
  await expect(inspectorPanel(page).getByRole('heading', { name: 'System', exact: true })).toBeVisible();
});
