import { expect, test, type Page } from '@playwright/test';
import {
  addSystemFromPalette, assessmentsHeading, inspectorPanel, installDesktopPlatform, paletteButton, sendMenuCommand, systemNode,
} from './support';

const menu = sendMenuCommand;

test('the native menu drives the app: new, add, undo, redo, delete and home', async ({ page }) => {
  await installDesktopPlatform(page);
  await page.goto('/');
  await expect(page.getByText('Integration Mapper 1.2.3, desktop app. Works offline.')).toBeVisible();

  await menu(page, 'new-assessment');
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Assessment name').fill('Menu review');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('toolbar').getByRole('heading', { name: 'Menu review' })).toBeVisible();

  await menu(page, 'add-system');
  await expect(paletteButton(page, 'CRM')).toBeFocused();
  await addSystemFromPalette(page, 'CRM', 'Salesforce');
  await addSystemFromPalette(page, 'Finance', 'Xero');

  await menu(page, 'add-flow');
  await expect(page.getByRole('dialog', { name: 'Add data flow' })).toBeVisible();
  await page.keyboard.press('Escape');

  await systemNode(page, 'Xero').click();
  await menu(page, 'delete-selection');
  await expect(systemNode(page, 'Xero')).toHaveCount(0);
  await menu(page, 'undo');
  await expect(systemNode(page, 'Xero')).toBeVisible();
  await menu(page, 'redo');
  await expect(systemNode(page, 'Xero')).toHaveCount(0);
  await expect(inspectorPanel(page)).toContainText('Nothing selected');

  await menu(page, 'go-home');
  await expect(assessmentsHeading(page)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Menu review' }).getByRole('cell').nth(3)).toHaveText('1');
});
