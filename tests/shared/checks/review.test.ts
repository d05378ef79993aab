import { describe, expect, it } from 'vitest';
import { findingsOf, goodMap, onlyFinding } from './fixtures';

// Today is 2026-11-22: with the default 12-month interval a review before 2025-11-22 is overdue,
// and one before 2024-11-22 is more than 24 months old.
describe('review overdue', () => {
  it('flags a flow last reviewed more than 12 months ago, saying when', () => {
    const finding = onlyFinding(goodMap({ lastReviewed: '2025-06-01' }).build(), 'review-overdue');
    expect(finding).toMatchObject({ id: 'review-overdue:flow-1', severity: 'medium', raisedBecause: [] });
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" was last reviewed on 2025-06-01, 17 months ago (reviews are due every 12 months).');
  });

  it('does not fire on a review exactly one interval ago, and fires the day before', () => {
    expect(findingsOf(goodMap({ lastReviewed: '2025-11-22' }).build(), 'review-overdue')).toEqual([]);
    expect(onlyFinding(goodMap({ lastReviewed: '2025-11-21' }).build(), 'review-overdue').detail).toContain('12 months ago');
  });

  it('is elevated past 24 months', () => {
    const finding = onlyFinding(goodMap({ lastReviewed: '2024-06-01' }).build(), 'review-overdue');
    expect(finding.severity).toBe('elevated');
    expect(finding.detail).toContain('2 years and 5 months ago');
  });

  it('is elevated for a flow never reviewed, and says so', () => {
    const finding = onlyFinding(goodMap({ lastReviewed: '' }).build(), 'review-overdue');
    expect(finding.severity).toBe('elevated');
    expect(finding.detail).toBe('The flow "Gift Aid to Xero" has never been reviewed: no review date is recorded.');
  });

  it('treats "unknown" as never, in its own words', () => {
    const finding = onlyFinding(goodMap({ lastReviewed: 'unknown' }).build(), 'review-overdue');
    expect(finding.severity).toBe('elevated');
    expect(finding.detail).toContain('nobody knows when it was last reviewed');
  });

  it('is elevated for a flow carrying personal data, and names the data', () => {
    const finding = onlyFinding(goodMap({ lastReviewed: '2025-06-01', dataTypes: ['personal'] }).build(), 'review-overdue');
    expect(finding.severity).toBe('elevated');
    expect(finding.detail).toContain('It carries personal data.');
  });

  it('is not raised again for crossing the boundary: it rates exposure itself', () => {
    const finding = onlyFinding(goodMap({ lastReviewed: '2025-06-01' }, { target: { boundary: 'vendor' } }).build(), 'review-overdue');
    expect(finding).toMatchObject({ severity: 'medium', raisedBecause: [] });
  });

  it('follows the review interval in the settings', () => {
    const doc = goodMap({ lastReviewed: '2026-04-01' }).settings({ reviewIntervalMonths: 6 }).build();
    expect(onlyFinding(doc, 'review-overdue').detail).toContain('7 months ago (reviews are due every 6 months)');
  });

  it('flags a system too', () => {
    const finding = onlyFinding(goodMap({}, { target: { lastReviewed: '2023-01-10' } }).build(), 'review-overdue');
    expect(finding).toMatchObject({ id: 'review-overdue:sys-2', elementKind: 'system', severity: 'elevated' });
    expect(finding.detail).toBe('The system "Xero" was last reviewed on 2023-01-10, 3 years and 10 months ago (reviews are due every 12 months).');
  });

  it('does not fire for a recent review', () => {
    expect(findingsOf(goodMap({ lastReviewed: '2026-11-01' }).build(), 'review-overdue')).toEqual([]);
  });
});
