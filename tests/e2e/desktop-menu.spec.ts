import { expect, test, type Page } from '@playwright/test';
import type { MenuCommand } from '../../shared/platform';
import { addSystemFromPalette, assessmentsHeading, inspectorPanel, paletteButton, systemNode } from './support';

// Electron cannot run here, so this stands in for the preload at its real boundary: the page
// finds a `window.integrationMapper` platform (as the preload exposes it) and the test sends
// the native menu's commands through it. Everything past that boundary is the real renderer.
async function installDesktopPlatform(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<(command: string) => void>();
    Object.assign(window, {
      integrationMapper: {
        appInfo: async () => ({ name: 'Integration Mapper', version: '1.2.3', host: 'desktop' }),
        saveFile: async () => ({ saved: false }),
        openFile: async () => null,
        onMenuCommand: (listener: (command: string) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      sendMenuCommand: (command: string) => listeners.forEach((listener) => listener(command)),
    });
  });
}

async function menu(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((c) => (window as unknown as { sendMenuCommand(c: string): void }).sendMenuCommand(c), command);
}

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
