import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/model';
import { createAnalyser } from '../../../renderer/risks/analysis';
import { reviewLabel } from '../../../renderer/table/review-state';
import { generateMap } from '../../../bench/generate-map';
import { mapBuilder } from '../../support/map-builder';
import { rowsOf } from './table-support';

describe('the review column', () => {
  const doc = mapBuilder()
    .settings({ reviewIntervalMonths: 12 })
    .system('CRM', { lastReviewed: '2025-03-11' })
    .system('Finance', { lastReviewed: '2024-06-01' })
    .system('HR', { lastReviewed: '' })
    .system('Website', { lastReviewed: 'unknown' })
    .system('Intranet', { lastReviewed: '2026-01-15' })
    .system('Old payroll', { lastReviewed: '2025-03-02' })
    .system('Payments', { lastReviewed: '2025-03-01' })
    .build();
  const { systems } = rowsOf(doc);
  const label = (name: string) => reviewLabel(systems.find((row) => row.record.name === name)!.review);

  it('says how many days are left when a review falls due within a month', () => {
    expect(label('CRM')).toBe('Due in 10 days');
    expect(label('Old payroll')).toBe('Due in 1 day');
    expect(label('Payments')).toBe('Due today');
  });

  it('marks a review older than the interval as overdue, and a missing or unknown date as never reviewed', () => {
    expect(label('Finance')).toBe('Review overdue');
    expect(label('HR')).toBe('Never reviewed');
    expect(label('Website')).toBe('Never reviewed');
    expect(label('Intranet')).toBe('Up to date');
  });

  it('follows the assessment\'s review interval', () => {
    const strict = rowsOf(mapBuilder().settings({ reviewIntervalMonths: 1 }).system('Intranet', { lastReviewed: '2026-01-15' }).build());
    expect(reviewLabel(strict.systems[0]!.review)).toBe('Review overdue');
  });

  it('agrees with the review-overdue check on every flow and system of a large map', () => {
    const large = generateMap({ systems: 100, flows: 600 });
    const today = '2026-01-01' as IsoDate;
    const { flows: flowRows, systems: systemRows } = rowsOf(large, undefined, today);
    const { findings } = createAnalyser()(large, today);
    const flagged = new Set(findings.filter((f) => f.checkId === 'review-overdue').map((f) => f.elementId));
    const marked = [...flowRows, ...systemRows].filter((row) => row.review.state === 'overdue' || row.review.state === 'never');
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked.map((row) => row.id))).toEqual(flagged);
  });
});
