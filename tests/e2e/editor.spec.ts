import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addSystemFromPalette, createAssessment, expectNoRequestLeavesTheApp, flowEdge, inspectorPanel, paletteButton,
  recordRequests, selectFlow, systemNode,
} from './support';

// The editor end to end, driven the way a person would: roles, labels, the mouse and the keyboard.

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function fitView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit View' }).click();
  await page.waitForTimeout(300);
}

test('maps systems and flows, keeps them across a reload, and undoes a delete', async ({ page }) => {
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await createAssessment(page, { name: 'Harbour Trust review', organisation: 'Harbour Trust', assessor: 'Sam Auditor' });

  const toolbar = page.getByRole('toolbar');
  await expect(toolbar.getByRole('heading', { name: 'Harbour Trust review' })).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(inspectorPanel(page)).toContainText('Nothing selected');

  // Three systems from the palette, each renamed in the inspector.
  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await addSystemFromPalette(page, 'Email / collaboration', 'Mailchimp');
  await expect(systemNode(page, 'Salesforce')).toHaveAccessibleName('System Salesforce, CRM, boundary not set');
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Edit system/);

  // Move Mailchimp below the others with the mouse: one drag, one command.
  const mailchimp = await centreOf(systemNode(page, 'Mailchimp'));
  await page.mouse.move(mailchimp.x, mailchimp.y);
  await page.mouse.down();
  await page.mouse.move(mailchimp.x + 60, mailchimp.y + 120, { steps: 5 });
  await page.mouse.move(mailchimp.x + 160, mailchimp.y + 320, { steps: 10 });
  await page.mouse.up();
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Move/);

  // Mark Xero as a vendor system: the node says so at once.
  await systemNode(page, 'Xero').click();
  await inspectorPanel(page).getByLabel('Boundary').selectOption('vendor');
  await expect(systemNode(page, 'Xero')).toHaveAccessibleName('System Xero, Finance, vendor');

  // Connect Salesforce to Xero by dragging from a handle on one to a handle on the other.
  const fromHandle = systemNode(page, 'Salesforce').locator('.react-flow__handle-right');
  const toHandle = systemNode(page, 'Xero').locator('.react-flow__handle-left');
  await systemNode(page, 'Salesforce').hover();
  const start = await centreOf(fromHandle);
  const end = await centreOf(toHandle);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, start.y + 10, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 15 });
  await page.mouse.up();
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveCount(1);
  await expect(inspectorPanel(page).getByRole('heading', { name: 'Data flow' })).toBeVisible();

  // Connect Xero to Mailchimp with the keyboard form; a flow onto itself is refused.
  await toolbar.getByRole('button', { name: 'Add data flow' }).click();
  const flowDialog = page.getByRole('dialog', { name: 'Add data flow' });
  await flowDialog.getByLabel('From').selectOption({ label: 'Xero' });
  await flowDialog.getByLabel('To').selectOption({ label: 'Xero' });
  await flowDialog.getByRole('button', { name: 'Add flow' }).click();
  await expect(flowDialog.getByRole('alert')).toContainText('two different systems');
  await flowDialog.getByLabel('To').selectOption({ label: 'Mailchimp' });
  await flowDialog.getByRole('button', { name: 'Add flow' }).click();
  await expect(flowDialog).toBeHidden();
  await expect(flowEdge(page, 'Xero', 'Mailchimp')).toHaveCount(1);
  await expect(page.getByText('From Xero')).toBeVisible();

  // Fill in the dragged flow's details.
  await selectFlow(page, 'Salesforce', 'Xero');
  const inspector = inspectorPanel(page);
  await inspector.getByLabel('Purpose').fill('Gift Aid claims to finance');
  await inspector.getByRole('group', { name: 'Data transferred' }).getByLabel('Personal data').check();
  await inspector.getByRole('group', { name: 'Data transferred' }).getByLabel('Financial / bank details').check();
  await inspector.getByLabel('Direction').selectOption({ label: 'Two-way' });
  await inspector.getByLabel('Authentication').selectOption({ label: 'API key' });
  await inspector.getByLabel('Credential stored in').selectOption({ label: 'Spreadsheet / document' });
  // Typing fast, then editing mid-word, keeps every keystroke and the caret where it was.
  const owner = inspector.getByLabel('Owner');
  await owner.pressSequentially('Priya Shah');
  await owner.press('Home');
  await owner.pressSequentially('Dr ');
  await expect(owner).toHaveValue('Dr Priya Shah');
  await inspector.getByLabel('Last reviewed', { exact: true }).fill('2026-03-14');
  await inspector.getByLabel('Credential last rotated unknown').check();
  await expect(inspector.getByLabel('Credential last rotated', { exact: true })).toBeDisabled();
  await expect(inspector.getByLabel('Purpose')).toHaveAccessibleDescription(/business reason/);

  // The canvas shows what the flow carries and that it is two-way.
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveAccessibleName('Data flow from Salesforce to Xero (two-way): personal data, financial');
  await expect(page.getByTestId('canvas').getByText('personal data, financial')).toBeVisible();

  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');
  await fitView(page);
  const before = { salesforce: await systemNode(page, 'Salesforce').boundingBox(), mailchimp: await systemNode(page, 'Mailchimp').boundingBox() };

  // Everything is still there after a reload.
  await page.reload();
  await expect(systemNode(page, 'Salesforce')).toBeVisible();
  await fitView(page);
  const after = { salesforce: await systemNode(page, 'Salesforce').boundingBox(), mailchimp: await systemNode(page, 'Mailchimp').boundingBox() };
  for (const key of ['salesforce', 'mailchimp'] as const) {
    expect(Math.abs(after[key]!.x - before[key]!.x)).toBeLessThan(4);
    expect(Math.abs(after[key]!.y - before[key]!.y)).toBeLessThan(4);
  }
  await expect(systemNode(page, 'Xero')).toHaveAccessibleName('System Xero, Finance, vendor');
  await expect(systemNode(page, 'Mailchimp')).toBeVisible();
  await expect(flowEdge(page, 'Xero', 'Mailchimp')).toHaveCount(1);
  await selectFlow(page, 'Salesforce', 'Xero');
  await expect(inspector.getByLabel('Purpose')).toHaveValue('Gift Aid claims to finance');
  await expect(inspector.getByLabel('Personal data')).toBeChecked();
  await expect(inspector.getByLabel('Financial / bank details')).toBeChecked();
  await expect(inspector.getByLabel('Payment card data')).not.toBeChecked();
  await expect(inspector.getByLabel('Direction')).toHaveValue('two-way');
  await expect(inspector.getByLabel('Authentication')).toHaveValue('api-key');
  await expect(inspector.getByLabel('Credential stored in')).toHaveValue('spreadsheet-document');
  await expect(inspector.getByLabel('Owner')).toHaveValue('Dr Priya Shah');
  await expect(inspector.getByLabel('Last reviewed', { exact: true })).toHaveValue('2026-03-14');
  await expect(inspector.getByLabel('Credential last rotated unknown')).toBeChecked();

  // Deleting a system takes its flows along; Undo brings both back, Redo removes them again.
  await systemNode(page, 'Xero').click();
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Xero');
  await page.keyboard.press('Delete');
  await expect(systemNode(page, 'Xero')).toHaveCount(0);
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveCount(0);
  await expect(flowEdge(page, 'Xero', 'Mailchimp')).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Delete/);

  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(systemNode(page, 'Xero')).toHaveCount(1);
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveCount(1);
  await expect(flowEdge(page, 'Xero', 'Mailchimp')).toHaveCount(1);

  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(systemNode(page, 'Xero')).toHaveCount(0);
  await expect(flowEdge(page, 'Xero', 'Mailchimp')).toHaveCount(0);

  // The same from the keyboard.
  await page.keyboard.press('Control+z');
  await expect(systemNode(page, 'Xero')).toHaveCount(1);
  await expect(flowEdge(page, 'Salesforce', 'Xero')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(systemNode(page, 'Xero')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(systemNode(page, 'Xero')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(systemNode(page, 'Xero')).toHaveCount(0);
  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');

  // A palette item dragged onto the map lands where it is dropped.
  const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
  const drop = { x: canvasBox.x + 150, y: canvasBox.y + 120 };
  await paletteButton(page, 'Database').dragTo(page.getByTestId('canvas'), { targetPosition: { x: 150, y: 120 } });
  await expect(systemNode(page, 'New Database')).toBeVisible();
  const dropped = await centreOf(systemNode(page, 'New Database'));
  expect(Math.abs(dropped.x - drop.x)).toBeLessThan(40);
  expect(Math.abs(dropped.y - drop.y)).toBeLessThan(40);
  await expect(inspector.getByLabel('Name', { exact: true })).toBeFocused();

  expect(errors).toEqual([]);
  expectNoRequestLeavesTheApp(requests);
});

test('edits the assessment details from the toolbar, undoably, and keeps them after a reload', async ({ page }) => {
  await page.goto('/');
  await createAssessment(page, { name: 'Draft review', organisation: 'Harbour Trust' });
  const toolbar = page.getByRole('toolbar');

  await toolbar.getByRole('button', { name: 'Details…' }).click();
  const details = page.getByRole('dialog', { name: 'Assessment details' });
  await details.getByLabel('Assessment name').fill('Harbour Trust review 2026');
  await details.getByLabel('Organisation').fill('Harbour Trust CIO');
  await details.getByRole('button', { name: 'Done' }).click();
  await expect(toolbar.getByRole('heading', { name: 'Harbour Trust review 2026' })).toBeVisible();
  await expect(toolbar.getByText('Harbour Trust CIO')).toBeVisible();

  // Each field's typing is one step: one undo restores the organisation, the new name stays.
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(toolbar.getByText('Harbour Trust', { exact: true })).toBeVisible();
  await expect(toolbar.getByRole('heading', { name: 'Harbour Trust review 2026' })).toBeVisible();

  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'Harbour Trust review 2026' })).toBeVisible();
  await expect(page.getByRole('toolbar').getByText('Harbour Trust', { exact: true })).toBeVisible();
});
