import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addDays, addMonths, localDateOf, mapFileText } from '../../shared/model';
import { reviewCalendar } from '../../shared/reviews';
import { mapBuilder } from '../support/map-builder';
import { expectNoRequestLeavesTheApp, flowEdge, recordErrors, recordRequests, systemNode } from './support';

// Find and focus on the canvas, and reviews due, end to end: a small map opened from a file, then
// searched, filtered, cleared, zoomed, and planned from the Reviews tab.

/** Dates are set against the real today, as the app reads it (reviews are due every 12 months). */
const today = localDateOf(new Date());
const RECENT = addMonths(today, -1);

/**
 * Five systems spread over the canvas and four flows: "Gift Aid claims" reviewed two years ago
 * (overdue), "Payroll export" due in ten days, Website never reviewed, the rest recent.
 */
const MAP = mapBuilder()
  .system('Donor CRM', { kind: 'crm', owner: 'Priya Shah', boundary: 'internal', lastReviewed: RECENT, position: { x: 0, y: 0 } })
  .system('Xero', { kind: 'finance', vendor: 'Xero Ltd', owner: 'Sam Jones', boundary: 'vendor', lastReviewed: RECENT, position: { x: 700, y: 0 } })
  .system('Mailchimp', { kind: 'email-collaboration', owner: 'Priya Shah', boundary: 'vendor', lastReviewed: RECENT, position: { x: 0, y: 500 } })
  .system('Website', { kind: 'website-cms', owner: 'Alex Morgan', boundary: 'partner', lastReviewed: '', position: { x: -700, y: 0 } })
  .system('HR system', { kind: 'hr', owner: 'Sam Jones', boundary: 'internal', lastReviewed: RECENT, position: { x: 700, y: 500 } })
  .flow('Donor CRM', 'Xero', { name: 'Gift Aid claims', dataTypes: ['donor-records'], owner: 'Sam Jones', lastReviewed: addMonths(today, -24) })
  .flow('Donor CRM', 'Mailchimp', { name: 'Mailing list', dataTypes: ['personal'], owner: 'Priya Shah', lastReviewed: RECENT })
  .flow('Website', 'Donor CRM', { name: 'Web donations', dataTypes: ['payment-card'], owner: 'Alex Morgan', lastReviewed: RECENT })
  .flow('HR system', 'Xero', { name: 'Payroll export', dataTypes: ['employee-hr'], owner: 'Sam Jones', lastReviewed: addDays(addMonths(today, -12), 10) })
  .build();

async function openMap(page: Page): Promise<void> {
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open map file…' }).click();
  await (await choosing).setFiles({ name: 'Harbour.intmap', mimeType: 'application/octet-stream', buffer: Buffer.from(mapFileText(MAP)) });
  await expect(systemNode(page, 'Donor CRM')).toBeVisible();
}

const findBar = (page: Page) => page.getByRole('search', { name: 'Find on the map' });
const frameOf = (node: Locator) => node.locator('.system-node-frame');
const curveOf = (edge: Locator) => edge.locator('g.flow-edge');

async function viewport(page: Page): Promise<string> {
  return page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
}

test('finds and filters on the canvas, fades what does not match, clears in one step and zooms', async ({ page }) => {
  const requests = recordRequests(page);
  const errors = recordErrors(page);
  await openMap(page);
  const bar = findBar(page);
  const box = bar.getByRole('searchbox', { name: 'Find systems and flows' });
  const count = bar.getByRole('status');
  const crm = systemNode(page, 'Donor CRM');
  const xero = systemNode(page, 'Xero');
  const mailing = flowEdge(page, 'Donor CRM', 'Mailchimp');
  const giftAid = flowEdge(page, 'Donor CRM', 'Xero');
  await expect(count).toHaveText('');

  // Ctrl+F from the map goes to the find box; typing fades what does not match and says how many do.
  await crm.click();
  await page.keyboard.press('Control+f');
  await expect(box).toBeFocused();
  await page.keyboard.type('PRIYA');
  await expect(count).toHaveText('3 of 9 systems and flows match');
  await expect(frameOf(xero)).toHaveClass(/is-faded/);
  await expect(curveOf(giftAid)).toHaveClass(/is-faded/);
  await expect(frameOf(crm)).not.toHaveClass(/is-faded/);
  await expect(curveOf(mailing)).not.toHaveClass(/is-faded/);

  // Escape empties the box, and everything is back.
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(count).toHaveText('');
  await expect(page.locator('.is-faded')).toHaveCount(0);

  // By owner: what Sam Jones owns, systems and flows; then narrowed by a word.
  await bar.getByLabel('Owner', { exact: true }).selectOption({ label: 'Sam Jones' });
  await expect(count).toHaveText('4 of 9 systems and flows match');
  await expect(frameOf(crm)).toHaveClass(/is-faded/);
  await expect(frameOf(xero)).not.toHaveClass(/is-faded/);
  await expect(curveOf(giftAid)).not.toHaveClass(/is-faded/);
  await expect(curveOf(mailing)).toHaveClass(/is-faded/);
  await box.fill('payroll');
  await expect(count).toHaveText('1 of 9 systems and flows matches');
  await bar.getByLabel('Boundary', { exact: true }).selectOption({ label: 'Partner' });
  await expect(count).toHaveText('None of 9 systems and flows match');

  // One click clears every filter.
  await bar.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText('');
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(bar.getByLabel('Owner', { exact: true })).toHaveValue('');
  await expect(bar.getByLabel('Boundary', { exact: true })).toHaveValue('');
  await expect(page.locator('.is-faded')).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Clear filters' })).toBeDisabled();

  // Zoom to selection fits the view to the selected system; Zoom to matches to what a filter found.
  await systemNode(page, 'Website').click();
  const before = await viewport(page);
  await bar.getByRole('button', { name: 'Zoom to selection' }).click();
  await expect.poll(() => viewport(page)).not.toBe(before);
  await expect(systemNode(page, 'Website')).toBeInViewport({ ratio: 0.99 });
  const zoomedToWebsite = await viewport(page);
  await bar.getByLabel('Data type', { exact: true }).selectOption({ label: 'Employee / HR data' });
  await expect(count).toHaveText('3 of 9 systems and flows match');
  await bar.getByRole('button', { name: 'Zoom to matches' }).click();
  await expect.poll(() => viewport(page)).not.toBe(zoomedToWebsite);
  await expect(systemNode(page, 'HR system')).toBeInViewport({ ratio: 0.99 });

  expect(errors).toEqual([]);
  expectNoRequestLeavesTheApp(requests);
});

test('marks overdue and never-reviewed elements on the map, and plans reviews from the Reviews tab', async ({ page }) => {
  const errors = recordErrors(page);
  await openMap(page);
  const giftAid = flowEdge(page, 'Donor CRM', 'Xero');

  // The overdue flow carries a marker on its label and says so to screen readers; so does the
  // never-reviewed system. Recently reviewed ones carry none.
  const calendar = reviewCalendar(MAP, today);
  const lastReviewed = addMonths(today, -24);
  await expect(giftAid).toHaveAccessibleDescription(new RegExp(`Review overdue: last reviewed ${lastReviewed}, due ${calendar.dueDateOf(lastReviewed)}`));
  await expect(page.locator('.flow-edge__label', { hasText: 'donor records' }).locator('.review-marker')).toBeVisible();
  const website = systemNode(page, 'Website');
  await expect(website.locator('.review-marker')).toHaveText('never reviewed');
  await expect(website).toHaveAccessibleDescription(/Never reviewed/);
  await expect(systemNode(page, 'Donor CRM').locator('.review-marker')).toHaveCount(0);

  // Look elsewhere first (Shift+2 zooms to the selection), so choosing the flow has to bring it back into view.
  await website.click();
  await page.keyboard.press('Shift+Digit2');
  await expect(page.locator('.flow-edge__label', { hasText: 'donor records' })).toHaveCount(0);

  const tab = page.getByRole('tab', { name: 'Reviews', exact: true });
  await tab.click();
  const panel = page.getByRole('region', { name: 'Reviews', exact: true });
  const overdue = panel.getByRole('region', { name: /^Overdue/ });
  await expect(overdue.getByRole('heading')).toHaveText('Overdue (1)');
  await expect(overdue.getByRole('listitem')).toContainText(['Gift Aid claims']);
  await expect(overdue.getByRole('listitem')).toContainText(/OwnerSam Jones/);
  await expect(panel.getByRole('region', { name: /^Never reviewed/ }).getByRole('listitem')).toHaveText([/^Website/]);
  const dueSoon = panel.getByRole('region', { name: /^Due in the next 30 days/ });
  await expect(dueSoon.getByRole('listitem')).toHaveText([new RegExp(`^Payroll export.*Due${calendar.dueDateOf(addDays(addMonths(today, -12), 10))}$`)]);

  // Choosing the overdue flow selects it and brings it into view, and the tab stays open.
  await overdue.getByRole('button', { name: 'Gift Aid claims' }).click();
  await expect(giftAid).toHaveClass(/selected/);
  await expect(page.locator('.flow-edge__label', { hasText: 'donor records' })).toBeInViewport();
  await expect(tab).toHaveAttribute('aria-selected', 'true');

  // The review filter finds the same flow.
  await findBar(page).getByLabel('Review', { exact: true }).selectOption({ label: 'Review overdue' });
  await expect(findBar(page).getByRole('status')).toHaveText('1 of 9 systems and flows matches');
  await expect(curveOf(giftAid)).not.toHaveClass(/is-faded/);

  // The find bar and the Reviews tab pass the WCAG A and AA checks.
  const axe = await new AxeBuilder({ page }).include('[role="search"]').include('#side-panel-reviews')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});
