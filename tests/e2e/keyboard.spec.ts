import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  assessmentsHeading, expectNoRequestLeavesTheApp, flowEdge, inspectorPanel, paletteButton, recordErrors, recordRequests, systemNode,
} from './support';

// A volunteer who cannot use a mouse must be able to do everything: this spec never clicks,
// fills or picks an option. Every step is a key press: Tab / Shift+Tab to move, Enter or Space
// to press, arrow keys in a select, and typing into whatever has focus.

/** How many Tab presses may pass before a control is judged unreachable. */
const TAB_LIMIT = 80;

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, the way a keyboard user walks the page,
 * and fails if it never arrives: a control that Tab cannot reach is a keyboard trap or a gap.
 */
async function tabTo(page: Page, target: Locator, direction: 'forwards' | 'backwards' = 'forwards'): Promise<void> {
  const key = direction === 'forwards' ? 'Tab' : 'Shift+Tab';
  await expect(target).toHaveCount(1);
  for (let presses = 0; presses < TAB_LIMIT; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reachable with ${key} within ${TAB_LIMIT} presses`).toBeFocused();
}

/** The text of the option a `<select>` shows. */
function chosenOption(select: Locator): Locator {
  return select.locator('option:checked');
}

test('does the whole journey with the keyboard alone: create, add systems and a flow, fill it in, delete and undo', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await page.goto('/');
  await expect(assessmentsHeading(page)).toBeVisible();

  // Home: Tab to "New assessment", press Enter, type into each field in turn, Enter to create.
  await tabTo(page, page.getByRole('button', { name: 'New assessment' }));
  await page.keyboard.press('Enter');
  const create = page.getByRole('dialog', { name: 'New assessment' });
  await expect(create.getByLabel('Assessment name')).toBeFocused();
  await page.keyboard.type('Keyboard review');
  await page.keyboard.press('Tab');
  await expect(create.getByLabel('Organisation')).toBeFocused();
  await page.keyboard.type('Harbour Trust');
  await page.keyboard.press('Tab');
  await expect(create.getByLabel('Assessor')).toBeFocused();
  await page.keyboard.type('Sam Auditor');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/assessment\/[0-9a-f-]{36}$/);
  const toolbar = page.getByRole('toolbar');
  await expect(toolbar.getByRole('heading', { name: 'Keyboard review' })).toBeVisible();

  // Two systems from the palette: Enter on a palette button adds one and puts the caret in its
  // Name field with the default name selected, so typing replaces it.
  const inspector = inspectorPanel(page);
  const nameField = inspector.getByLabel('Name', { exact: true });
  await tabTo(page, paletteButton(page, 'CRM'));
  await page.keyboard.press('Enter');
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveValue('New CRM');
  await page.keyboard.type('Salesforce');
  await expect(nameField).toHaveValue('Salesforce');
  await expect(systemNode(page, 'Salesforce')).toHaveAccessibleName('System Salesforce, CRM, boundary not set');

  // The inspector comes after the map, so the palette is behind us: Shift+Tab back to it.
  await tabTo(page, paletteButton(page, 'Finance'), 'backwards');
  await page.keyboard.press('Enter');
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveValue('New Finance');
  await page.keyboard.type('Xero');
  await expect(systemNode(page, 'Xero')).toHaveAccessibleName('System Xero, Finance, boundary not set');
  await expect(systemNode(page, 'Salesforce')).toBeVisible();

  // A data flow through the "Add data flow" dialog, choosing both ends with the keyboard.
  await tabTo(page, toolbar.getByRole('button', { name: 'Add data flow' }), 'backwards');
  await page.keyboard.press('Enter');
  const flowDialog = page.getByRole('dialog', { name: 'Add data flow' });
  const from = flowDialog.getByLabel('From', { exact: true });
  const to = flowDialog.getByLabel('To', { exact: true });
  await expect(from).toBeFocused();
  // The dialog starts from the selected system (Xero); pick the other ends by arrow keys.
  await expect(chosenOption(from)).toHaveText('Xero');
  await selectWithArrows(page, from, 'Salesforce');
  await page.keyboard.press('Tab');
  await expect(to).toBeFocused();
  await selectWithArrows(page, to, 'Xero');
  await tabTo(page, flowDialog.getByRole('button', { name: 'Add flow' }));
  await page.keyboard.press('Enter');
  await expect(flowDialog).toBeHidden();
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveCount(1);
  await expect(inspector.getByRole('heading', { name: 'Data flow' })).toBeVisible();
  await expect(inspector.getByText('From Salesforce', { exact: true })).toBeVisible();
  await expect(inspector.getByText('To Xero', { exact: true })).toBeVisible();
  // The new flow's Name field has the caret, ready to type.
  await expect(nameField).toBeFocused();

  // Fill in the flow: a data type with Space, then Direction with the arrow keys.
  const personalData = inspector.getByRole('group', { name: 'Data transferred' }).getByLabel('Personal data');
  await tabTo(page, personalData);
  await page.keyboard.press('Space');
  await expect(personalData).toBeChecked();
  const direction = inspector.getByLabel('Direction');
  await tabTo(page, direction);
  await selectWithArrows(page, direction, 'Two-way');
  await expect(direction).toHaveValue('two-way');
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveAccessibleName('Data flow from Salesforce to Xero (two-way): personal data');

  // Back onto the map: Shift+Tab reaches the system nodes; Enter selects the focused one.
  const xero = systemNode(page, 'Xero');
  await tabTo(page, xero, 'backwards');
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('heading', { name: 'System', exact: true })).toBeVisible();
  await expect(nameField).toHaveValue('Xero');
  await expect(xero).toBeFocused();

  // Delete removes the system and the flow that used it; Ctrl+Z brings both back as they were.
  await page.keyboard.press('Delete');
  await expect(systemNode(page, 'Xero')).toHaveCount(0);
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveCount(0);
  await expect(systemNode(page, 'Salesforce')).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Delete/);
  // Focus stays on the map, so Tab goes on from there instead of from the top of the page.
  await expect(page.getByTestId('canvas')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(systemNode(page, 'Salesforce')).toBeFocused();
  await page.keyboard.press('Shift+Tab');

  await page.keyboard.press('Control+z');
  await expect(systemNode(page, 'Xero')).toHaveAccessibleName('System Xero, Finance, boundary not set');
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveAccessibleName('Data flow from Salesforce to Xero (two-way): personal data');
  await expect(systemNode(page, 'Salesforce')).toBeVisible();

  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');
  expectNoRequestLeavesTheApp(requests);
  expect(errors).toEqual([]);
});

/**
 * Moves a focused, closed `<select>` to the option labelled `label` with ArrowDown / ArrowUp,
 * one press at a time, as a keyboard user would; fails if the option is not in the list.
 */
async function selectWithArrows(page: Page, select: Locator, label: string): Promise<void> {
  await expect(select).toBeFocused();
  const labels = await select.locator('option').allTextContents();
  const wanted = labels.indexOf(label);
  expect(wanted, `"${label}" is one of ${labels.join(', ')}`).toBeGreaterThanOrEqual(0);
  const current = labels.indexOf((await chosenOption(select).textContent()) ?? '');
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let presses = Math.abs(wanted - current); presses > 0; presses -= 1) await page.keyboard.press(key);
  await expect(chosenOption(select)).toHaveText(label);
}
