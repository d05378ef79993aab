import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { localDateOf, type AssessmentSettings, type IsoDate, type MapDocument } from '../../shared/model';
import { reviewCalendar, type ReviewCalendar } from '../../shared/reviews';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';

// A calendar depends only on the settings and the day: one per settings object, made again when
// the settings change or the day turns, so an edit to a system does not rebuild it.
const calendars = new WeakMap<AssessmentSettings, ReviewCalendar>();

/** The review calendar of `doc` as of `today`, shared by everyone who asks for the same settings and day. */
export function calendarFor(doc: MapDocument, today: IsoDate): ReviewCalendar {
  const known = calendars.get(doc.assessment.settings);
  if (known?.today === today) return known;
  const calendar = reviewCalendar(doc, today);
  calendars.set(doc.assessment.settings, calendar);
  return calendar;
}

/**
 * The open map's review calendar, as of today where the user is: the day the checks run for
 * (analysis-source), from the same clock, so the Reviews tab and the register agree.
 */
export function useReviewCalendar(store: MapStore): ReviewCalendar {
  const { now } = useServices();
  const doc = useStore(store, (s) => s.doc);
  return calendarFor(doc, localDateOf(now()));
}

/** The calendar the canvas's markers read; the canvas provides it. */
export const ReviewCalendarContext = createContext<ReviewCalendar | null>(null);

