import { describe, expect, it } from 'vitest';
import { asSystemId, type IsoDate } from '../../../shared/model';
import { reviewCalendar, reviewPlan } from '../../../shared/reviews';
import { mapBuilder } from '../../support/map-builder';

const TODAY: IsoDate = '2026-11-22';

const doc = mapBuilder()
  .system('Donor CRM', { owner: 'Priya Shah', lastReviewed: '2026-10-01' })
  .system('Xero', { owner: 'Sam Jones', lastReviewed: '2025-12-01' })
  .system('Old portal', { status: 'decommissioned', lastReviewed: '' })
  .system('Mailchimp', { lastReviewed: 'unknown' })
  .flow('Donor CRM', 'Xero', { name: 'Gift Aid', owner: 'Sam Jones', lastReviewed: '2024-05-01' })
  .flow('Donor CRM', 'Mailchimp', { name: '', owner: '', lastReviewed: '' })
  .flow('Xero', 'Mailchimp', { name: 'Invoices', lastReviewed: '2025-06-30' })
  .build();
const plan = reviewPlan(doc, reviewCalendar(doc, TODAY));
const names = (entries: readonly { name: string }[]) => entries.map((entry) => entry.name);

describe('review plan', () => {
  it('lists what is overdue, longest overdue first, with its owner and due date', () => {
    expect(names(plan.overdue)).toEqual(['Gift Aid', 'Invoices']);
    expect(plan.overdue[0]).toMatchObject({ elementKind: 'flow', owner: 'Sam Jones', lastReviewed: '2024-05-01', dueDate: '2025-05-01', state: 'overdue' });
  });

  it('lists what was never reviewed by name, naming an unnamed flow by its ends, due now', () => {
    expect(names(plan.never)).toEqual(['Donor CRM → Mailchimp', 'Mailchimp']);
    expect(plan.never[0]).toMatchObject({ owner: '', dueDate: null });
  });

  it('lists what falls due in the next 30 days', () => {
    expect(plan.dueSoon).toEqual([
      { elementKind: 'system', elementId: asSystemId('sys-2'), name: 'Xero', owner: 'Sam Jones', lastReviewed: '2025-12-01', dueDate: '2026-12-01', state: 'due-soon' },
    ]);
  });

  it('leaves out what is up to date and what is decommissioned', () => {
    const listed = [...plan.overdue, ...plan.never, ...plan.dueSoon].map((entry) => entry.name);
    expect(listed).not.toContain('Donor CRM');
    expect(listed).not.toContain('Old portal');
  });
});
