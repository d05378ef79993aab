import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addSystemFromPalette, assessmentsHeading, goHomeFromEditor, openNewAssessmentDialog, openRiskPanel } from './support';

// Volunteers may use a screen reader or only a keyboard, and the tests drive the app by role
// and label: every screen must pass axe's WCAG 2.1 A and AA rules, names and labels included.
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(found, `accessibility problems on ${screen}`).toEqual([]);
}

test('every screen passes the WCAG A and AA checks', async ({ page }) => {
  await page.goto('/');
  await assessmentsHeading(page).waitFor();
  await expectNoViolations(page, 'the empty home screen');

  const create = await openNewAssessmentDialog(page);
  await expectNoViolations(page, 'the New assessment dialog');
  await create.getByLabel('Assessment name').fill('Access check');
  await create.getByRole('button', { name: 'Create' }).click();

  await addSystemFromPalette(page, 'CRM');
  await addSystemFromPalette(page, 'Finance');
  await expectNoViolations(page, 'the editor with a system selected');

  await page.getByRole('button', { name: 'Add data flow' }).click();
  await expectNoViolations(page, 'the Add data flow dialog');
  await page.getByLabel('From', { exact: true }).selectOption({ label: 'New CRM' });
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'New Finance' });
  await page.getByRole('button', { name: 'Add flow' }).click();
  await expect(page.getByRole('heading', { name: 'Data flow' })).toBeVisible();
  await expectNoViolations(page, 'the editor with a data flow selected');

  // The risk register: the list, one finding open with its treatment form, and a custom risk.
  const risks = await openRiskPanel(page);
  await expect(risks.getByRole('table')).toBeVisible();
  await expectNoViolations(page, 'the risk panel listing findings');
  await risks.getByRole('rowheader').first().getByRole('button').click();
  await expect(risks.getByRole('heading', { level: 3 })).toBeFocused();
  await risks.getByLabel('Treatment').selectOption({ label: 'Accepted' });
  await expectNoViolations(page, 'the risk panel with a finding open');
  await risks.getByRole('button', { name: 'Add risk' }).click();
  await expect(risks.getByLabel('Title')).toBeFocused();
  await expectNoViolations(page, 'the risk panel with a custom risk open');

  await goHomeFromEditor(page);
  await page.getByRole('link', { name: 'Access check' }).waitFor();
  await expectNoViolations(page, 'the home screen with an assessment');
});
