import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { addDays, type DateAnswer, type IsoDate, type MapDocument } from '../../../shared/model';
import { reviewCalendar, reviewStateOf, type Reviewable } from '../../../shared/reviews';
import { mapBuilder } from '../../support/map-builder';

const TODAY: IsoDate = '2026-11-22';
const mapWithInterval = (reviewIntervalMonths = 12): MapDocument => mapBuilder().settings({ reviewIntervalMonths }).build();
const reviewed = (lastReviewed: DateAnswer, status = 'active'): Reviewable => ({ lastReviewed, status });

describe('review state', () => {
  const calendar = reviewCalendar(mapWithInterval(12), TODAY);

  it('is overdue once the last review is more than one interval old', () => {
    expect(calendar.stateOf(reviewed('2025-11-21'))).toBe('overdue');
    expect(calendar.stateOf(reviewed('2023-01-01'))).toBe('overdue');
  });

  it('is never reviewed when no date is recorded, or nobody knows it', () => {
    expect(calendar.stateOf(reviewed(''))).toBe('never');
    expect(calendar.stateOf(reviewed('unknown'))).toBe('never');
  });

  it('is due soon from the due day itself to 30 days ahead, and up to date after that', () => {
    expect(calendar.stateOf(reviewed('2025-11-22'))).toBe('due-soon'); // due today
    expect(calendar.stateOf(reviewed('2025-12-22'))).toBe('due-soon'); // due 2026-12-22, 30 days on
    expect(calendar.stateOf(reviewed('2025-12-23'))).toBe('ok'); // due in 31 days
    expect(calendar.stateOf(reviewed('2026-11-01'))).toBe('ok');
  });

  it('leaves decommissioned systems and flows out, as the checks do', () => {
    expect(calendar.stateOf(reviewed('', 'decommissioned'))).toBe('retired');
    expect(calendar.stateOf(reviewed('2020-01-01', 'decommissioned'))).toBe('retired');
  });

  it('follows the review interval in the settings', () => {
    const sixMonthly = reviewCalendar(mapWithInterval(6), TODAY);
    expect(sixMonthly.intervalMonths).toBe(6);
    expect(sixMonthly.stateOf(reviewed('2026-04-01'))).toBe('overdue');
    expect(sixMonthly.dueDateOf('2026-06-10')).toBe('2026-12-10');
    expect(sixMonthly.stateOf(reviewed('2026-06-10'))).toBe('due-soon');
  });

  it('falls back to the checks\' default interval when the setting is unusable', () => {
    expect(reviewCalendar(mapWithInterval(0), TODAY).intervalMonths).toBe(12);
  });

  it('works out one element on its own too', () => {
    expect(reviewStateOf(reviewed('2025-01-01'), mapWithInterval(12), TODAY)).toBe('overdue');
  });
});

describe('review due dates at month ends', () => {
  const monthly = (today: IsoDate) => reviewCalendar(mapWithInterval(1), today);

  it('makes a review on 31 January due on the last day of February, leap years included', () => {
    expect(monthly(TODAY).dueDateOf('2026-01-31')).toBe('2026-02-28');
    expect(monthly(TODAY).dueDateOf('2024-01-31')).toBe('2024-02-29');
  });

  it('makes a yearly review on 29 February due on 28 February the next year', () => {
    expect(reviewCalendar(mapWithInterval(12), TODAY).dueDateOf('2024-02-29')).toBe('2025-02-28');
  });

  it('gives the day the check stops accepting a review, not just one interval on', () => {
    // The check asks whether the review is on or after today less a month: on 31 March that is
    // 28 February, so a review on 28 February is in time until 31 March, not only until 28 March.
    expect(monthly('2026-03-31').stateOf(reviewed('2026-02-28'))).toBe('due-soon');
    expect(monthly('2026-03-31').dueDateOf('2026-02-28')).toBe('2026-03-31');
    expect(monthly('2026-04-01').stateOf(reviewed('2026-02-28'))).toBe('overdue');
  });

  it('is due soon exactly when the due date is from today to 30 days ahead, overdue exactly when it has passed', () => {
    for (const interval of [1, 3, 12]) {
      for (const today of ['2026-01-31', '2026-02-28', '2026-03-01', '2026-03-31', '2024-02-29', '2026-12-31'] as IsoDate[]) {
        const calendar = reviewCalendar(mapWithInterval(interval), today);
        for (let back = 0; back <= 31 * (interval + 2); back += 1) {
          const lastReviewed = addDays(today, -back);
          const due = calendar.dueDateOf(lastReviewed);
          const expected = due < today ? 'overdue' : due <= addDays(today, 30) ? 'due-soon' : 'ok';
          expect(calendar.stateOf(reviewed(lastReviewed)), `${lastReviewed}, ${interval} months, on ${today}`).toBe(expected);
        }
      }
    }
  });

  it('agrees with the review check about what is overdue', () => {
    for (const today of ['2026-03-31', '2026-02-28', '2025-03-01'] as IsoDate[]) {
      const dates = Array.from({ length: 70 }, (_, i) => addDays(today, -20 - i));
      const doc = dates.reduce((builder, date, i) => builder.system(`S${i}`, { lastReviewed: date, owner: 'Priya Shah' }), mapBuilder().settings({ reviewIntervalMonths: 1 })).build();
      const flagged = new Set(runChecks(doc, today).filter((f) => f.checkId === 'review-overdue').map((f) => f.elementId));
      const calendar = reviewCalendar(doc, today);
      for (const system of Object.values(doc.systems)) {
        expect(calendar.stateOf(system) === 'overdue', `${system.lastReviewed} on ${today}`).toBe(flagged.has(system.id));
      }
    }
  });
});
