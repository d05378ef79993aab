import { describe, expect, it } from 'vitest';
import { asFlowId, asSystemId } from '../../../shared/model';
import { markReviewed } from '../../../renderer/commands/review-commands';
import { mapBuilder } from '../../support/map-builder';

const doc = mapBuilder()
  .system('CRM', { lastReviewed: '2024-05-01', reviewedBy: 'Alex' })
  .system('Xero')
  .flow('CRM', 'Xero', { name: 'Gift Aid' })
  .flow('Xero', 'CRM', { name: 'Refunds', lastReviewed: '2026-03-01', reviewedBy: 'Priya' })
  .build();
const [crm, xero] = [asSystemId('sys-1'), asSystemId('sys-2')];
const [giftAid, refunds] = [asFlowId('flow-1'), asFlowId('flow-2')];

describe('marking reviewed', () => {
  it('records the day and the reviewer on every system and flow given, in one step', () => {
    const after = markReviewed.perform(doc, { systemIds: [crm, xero], flowIds: [giftAid], date: '2026-03-01', by: ' Priya ' });
    for (const record of [after.systems[crm], after.systems[xero], after.flows[giftAid]]) {
      expect(record).toMatchObject({ lastReviewed: '2026-03-01', reviewedBy: 'Priya' });
    }
    expect(after.flows[refunds]).toBe(doc.flows[refunds]);
  });

  it('changes nothing for elements already marked so, ones that are gone, or a date that is not real', () => {
    expect(markReviewed.perform(doc, { systemIds: [], flowIds: [refunds], date: '2026-03-01', by: 'Priya' })).toBe(doc);
    expect(markReviewed.perform(doc, { systemIds: [asSystemId('sys-gone')], flowIds: [], date: '2026-03-01', by: 'Priya' })).toBe(doc);
    expect(markReviewed.perform(doc, { systemIds: [crm], flowIds: [], date: '2026-02-30', by: 'Priya' })).toBe(doc);
  });
});
