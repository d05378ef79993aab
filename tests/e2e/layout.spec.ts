import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addFlowWithDialog, addSystemFromPalette, createAssessment, installDesktopPlatform, recordErrors, sendMenuCommand, systemNode,
} from './support';

// "Tidy layout" end to end: a few systems placed where the palette put them, flows drawn
// against that placement, then one press lays the map out so every flow runs left to right.

/** Where a system sits on the map, in canvas units: React Flow moves each node with a CSS translate. */
async function canvasPosition(node: Locator): Promise<{ x: number; y: number }> {
  return node.evaluate((element) => {
    const { e, f } = new DOMMatrixReadOnly(getComputedStyle(element).transform);
    return { x: e, y: f };
  });
}

async function canvasPositions(page: Page, names: readonly string[]) {
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await canvasPosition(systemNode(page, name))] as const)));
}

/** Whether every named system is drawn inside the visible canvas. */
async function allInView(page: Page, names: readonly string[]): Promise<boolean> {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const boxes = await Promise.all(names.map((name) => systemNode(page, name).boundingBox()));
  return boxes.every((box) => box !== null && box.x >= canvas.x && box.y >= canvas.y
    && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height);
}

const SYSTEMS = ['Website', 'Salesforce', 'Xero', 'Mailchimp'] as const;

/** A new assessment with four systems and three flows that, as placed, run every which way. */
async function mapDrawnAnyhow(page: Page): Promise<void> {
  await page.goto('/');
  await createAssessment(page, { name: 'Layout review' });
  await addSystemFromPalette(page, 'Finance', 'Xero');
  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Website / CMS', 'Website');
  await addSystemFromPalette(page, 'Email / collaboration', 'Mailchimp');
  await addFlowWithDialog(page, 'Website', 'Salesforce');
  await addFlowWithDialog(page, 'Salesforce', 'Xero');
  await addFlowWithDialog(page, 'Salesforce', 'Mailchimp');
}

function expectLeftToRight(at: Record<string, { x: number; y: number }>): void {
  expect(at.Website!.x).toBeLessThan(at.Salesforce!.x);
  expect(at.Salesforce!.x).toBeLessThan(at.Xero!.x);
  expect(at.Salesforce!.x).toBeLessThan(at.Mailchimp!.x);
}

test('Tidy layout lays the map out left to right along its flows, in view, and Undo puts it back', async ({ page }) => {
  const errors = recordErrors(page);
  await mapDrawnAnyhow(page);
  const toolbar = page.getByRole('toolbar');
  const before = await canvasPositions(page, SYSTEMS);
  // As the palette placed them, the flows do not all run left to right.
  expect(before.Salesforce!.x < before.Xero!.x && before.Website!.x < before.Salesforce!.x).toBe(false);

  await toolbar.getByRole('button', { name: 'Tidy layout' }).click();
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Tidy layout/);
  await expect.poll(() => canvasPositions(page, SYSTEMS).then((at) => at.Website!.x < at.Salesforce!.x)).toBe(true);
  const tidied = await canvasPositions(page, SYSTEMS);
  expectLeftToRight(tidied);
  // Website, Salesforce and one of Xero or Mailchimp are a straight chain.
  expect(tidied.Website!.y).toBe(tidied.Salesforce!.y);
  await expect.poll(() => allInView(page, SYSTEMS)).toBe(true);
  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');

  // Pressing it again changes nothing, so there is nothing new to undo.
  await toolbar.getByRole('button', { name: 'Tidy layout' }).click();
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => canvasPositions(page, SYSTEMS)).toEqual(before);
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Add data flow/);

  // It is kept: after a reload the tidy map comes back.
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => canvasPositions(page, SYSTEMS)).toEqual(tidied);
  await expect(toolbar.getByRole('status')).toHaveText('All changes saved');
  await page.reload();
  await expect(systemNode(page, 'Xero')).toBeVisible();
  expect(await canvasPositions(page, SYSTEMS)).toEqual(tidied);
  expect(errors).toEqual([]);
});

test('the native menu\'s Tidy layout does the same', async ({ page }) => {
  await installDesktopPlatform(page);
  await mapDrawnAnyhow(page);
  await sendMenuCommand(page, 'tidy-layout');
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /^Undo Tidy layout/);
  expectLeftToRight(await canvasPositions(page, SYSTEMS));
  await expect.poll(() => allInView(page, SYSTEMS)).toBe(true);
});
