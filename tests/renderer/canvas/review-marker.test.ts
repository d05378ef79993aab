import { describe, expect, it } from 'vitest';
import { describeReview } from '../../../renderer/canvas/ReviewMarker';
import { reviewCalendar } from '../../../shared/reviews';
import { mapBuilder } from '../../support/map-builder';

const doc = mapBuilder()
  .system('Donor CRM', { lastReviewed: '2024-03-31' })
  .system('Xero', { lastReviewed: '' })
  .system('Mailchimp', { lastReviewed: 'unknown' })
  .system('Website', { lastReviewed: '2026-10-01' })
  .build();
const calendar = reviewCalendar(doc, '2026-11-22');
const words = (id: string) => describeReview(doc.systems[id as keyof typeof doc.systems]!, calendar);

describe('what a review marker says', () => {
  it('says when an overdue review was last done and when it was due', () => {
    expect(words('sys-1')).toBe('Review overdue: last reviewed 2024-03-31, due 2025-03-31');
  });

  it('says when nothing has been reviewed, or nobody knows when', () => {
    expect(words('sys-2')).toBe('Never reviewed');
    expect(words('sys-3')).toBe('Never reviewed: nobody knows when it was last reviewed');
  });

  it('says nothing for a review in time', () => {
    expect(words('sys-4')).toBe('');
  });
});
