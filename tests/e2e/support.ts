import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { MenuCommand } from '../../shared/platform';

/**
 * Shared steps for the browser end-to-end specs (home, editor, accessibility, keyboard).
 * Each helper drives the app the way a person would, by role and label, and asserts what a
 * person would see before the spec carries on.
 */

/** Where `vite preview` serves the built renderer; the app must never make a request anywhere else. */
export const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;

/** Records the URL of every request the page makes, for {@link expectNoRequestLeavesTheApp}. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Records console errors and uncaught exceptions, including Content-Security-Policy violations. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Fails unless every recorded request stayed on the app's own origin (or was a data: / blob: URL). */
export function expectNoRequestLeavesTheApp(urls: readonly string[]): void {
  const outside = urls.filter((url) => !url.startsWith(`${APP_ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(outside, `requests outside ${APP_ORIGIN}`).toEqual([]);
}

/** The home page's level-1 heading, shown whenever the assessments list is. */
export function assessmentsHeading(page: Page): Locator {
  return page.getByRole('heading', { name: 'Assessments', level: 1 });
}

/** Presses "New assessment" on the home page and returns the dialog it opens. */
export async function openNewAssessmentDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await expect(dialog).toBeVisible();
  return dialog;
}

export interface NewAssessment {
  readonly name: string;
  readonly organisation?: string;
  readonly assessor?: string;
}

/**
 * Creates an assessment from the home page through the "New assessment" dialog, filling only
 * the fields given, and waits until the new assessment is open in the editor at its own address.
 */
export async function createAssessment(page: Page, details: NewAssessment): Promise<void> {
  const dialog = await openNewAssessmentDialog(page);
  await dialog.getByLabel('Assessment name').fill(details.name);
  if (details.organisation !== undefined) await dialog.getByLabel('Organisation').fill(details.organisation);
  if (details.assessor !== undefined) await dialog.getByLabel('Assessor').fill(details.assessor);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/#\/assessment\/[0-9a-f-]{36}$/);
}

/** Leaves the editor with its "Home" button and waits for the assessments list. */
export async function goHomeFromEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await expect(assessmentsHeading(page)).toBeVisible();
}

/** The editor's right-hand panel, which shows the selected system or flow. */
export function inspectorPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Inspector' });
}

/** The palette button that adds a system of this kind, e.g. "CRM" for "Add CRM system". */
export function paletteButton(page: Page, kind: string): Locator {
  return page.getByRole('region', { name: 'System palette' }).getByRole('button', { name: `Add ${kind} system` });
}

/**
 * Adds a system with its palette button. The new system is called "New <kind>" and the
 * inspector's Name field takes focus; when `name` is given it is typed there as the new name.
 */
export async function addSystemFromPalette(page: Page, kind: string, name?: string): Promise<void> {
  await paletteButton(page, kind).click();
  const nameField = inspectorPanel(page).getByLabel('Name', { exact: true });
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveValue(`New ${kind}`);
  if (name !== undefined) await nameField.fill(name);
  await expect(systemNode(page, name ?? `New ${kind}`)).toBeVisible();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A system's node on the canvas, by its accessible name "System <name>, <kind>, <boundary>". */
export function systemNode(page: Page, name: string): Locator {
  return page.getByTestId('canvas').getByRole('group', { name: new RegExp(`^System ${escapeRegExp(name)},`) });
}

/** A data flow's edge on the canvas, by its accessible name "Data flow from <from> to <to> …". */
export function flowEdge(page: Page, from: string, to: string): Locator {
  return page.getByTestId('canvas').getByRole('group', { name: new RegExp(`^Data flow from ${escapeRegExp(from)} to ${escapeRegExp(to)}\\b`) });
}

/** Adds a data flow between two systems, by name, through the toolbar's "Add data flow" dialog. */
export async function addFlowWithDialog(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Add data flow' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add data flow' });
  await dialog.getByLabel('From', { exact: true }).selectOption({ label: from });
  await dialog.getByLabel('To', { exact: true }).selectOption({ label: to });
  await dialog.getByRole('button', { name: 'Add flow' }).click();
  await expect(dialog).toBeHidden();
  await expect(flowEdge(page, from, to)).toHaveCount(1);
}

/** The side column's "Risks (N open)" tab. */
export function risksTab(page: Page): Locator {
  return page.getByRole('tab', { name: /^Risks \(\d+ open\)$/ });
}

/** How many open risks the Risks tab says there are. */
export async function openRiskCount(page: Page): Promise<number> {
  const name = (await risksTab(page).textContent()) ?? '';
  const count = /\((\d+) open\)/.exec(name)?.[1];
  if (count === undefined) throw new Error(`the Risks tab says "${name}"`);
  return Number(count);
}

/** The risk register on the Risks tab, opening the tab first. */
export async function openRiskPanel(page: Page): Promise<Locator> {
  await risksTab(page).click();
  const panel = page.getByRole('region', { name: 'Risk register' });
  await expect(panel).toBeVisible();
  return panel;
}

/** What an element's badge says to a screen reader, e.g. "Worst open finding: High, 3 open findings"; '' without a badge. */
export async function badgeOf(element: Locator): Promise<string> {
  const description = await element.evaluate((node) => (node.getAttribute('aria-describedby') ?? '').split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '').find((text) => text.startsWith('Worst open finding')) ?? '');
  return description;
}

/**
 * Electron cannot run here, so this stands in for the preload at its real boundary: the page
 * finds a `window.integrationMapper` platform (as the preload exposes it) and tests send the
 * native menu's commands through it with {@link sendMenuCommand}. Everything past that boundary
 * is the real renderer. The host's open dialog picks `openedFile` when given, else is cancelled.
 */
export async function installDesktopPlatform(page: Page, options: { openedFile?: { fileName: string; text: string } } = {}): Promise<void> {
  await page.addInitScript((opened) => {
    const listeners = new Set<(command: string) => void>();
    Object.assign(window, {
      integrationMapper: {
        appInfo: async () => ({ name: 'Integration Mapper', version: '1.2.3', host: 'desktop' }),
        saveFile: async () => ({ saved: false }),
        openFile: async () => (opened ? { fileName: opened.fileName, contents: new TextEncoder().encode(opened.text) } : null),
        onMenuCommand: (listener: (command: string) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      sendMenuCommand: (command: string) => listeners.forEach((listener) => listener(command)),
    });
  }, options.openedFile ?? null);
}

/** Sends a native menu command, as the desktop menu would, through {@link installDesktopPlatform}'s stand-in. */
export async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((c) => (window as unknown as { sendMenuCommand(c: string): void }).sendMenuCommand(c), command);
}

/** Clicks the middle of a flow's curve, where a person would click it, and waits for the inspector to show it. */
export async function selectFlow(page: Page, from: string, to: string): Promise<void> {
  const point = await flowEdge(page, from, to).locator('path.react-flow__edge-path').evaluate((path: SVGPathElement) => {
    const middle = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: middle.x * m.a + middle.y * m.c + m.e, y: middle.x * m.b + middle.y * m.d + m.f };
  });
  await page.mouse.click(point.x, point.y);
  await expect(inspectorPanel(page).getByRole('heading', { name: 'Data flow' })).toBeVisible();
}

/** A file as a test hands it to a file picker, or gets it from a download. */
export interface TestFile {
  readonly name: string;
  readonly buffer: Buffer;
}

/** Chooses `choice` under the toolbar's Export button and returns the file the browser downloads. */
export async function downloadFromExportMenu(page: Page, choice: 'Export risk register (.xlsx)' | 'Save map file (.intmap)'): Promise<TestFile> {
  const toolbar = page.getByRole('toolbar');
  await toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await toolbar.getByRole('button', { name: choice }).click();
  const download = await downloading;
  await expect(toolbar.getByText(`Saved ${download.suggestedFilename()}`)).toBeVisible();
  return { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
}
