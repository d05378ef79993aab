import { localDateOf, type MapDocument } from '../../shared/model';
import type { MapStore } from '../store/map-store';
import { createAnalyser, type Analysis, type ElementBadge } from './analysis';

/**
 * When the checks run. They take tens of milliseconds on a large map, so they never run inside
 * a React render, and the frame that shows a change is painted before they start.
 */
export interface RunScheduler {
  /** Soon after the next frame is painted: an edit shows at once, its findings a moment later. */
  afterPaint(task: () => void): void;
  /** When the page is next idle: opening a map draws the canvas before the first check run. */
  whenIdle(task: () => void): void;
}

export const browserScheduler: RunScheduler = {
  afterPaint: (task) => requestAnimationFrame(() => setTimeout(task, 0)),
  // The timeout bounds the wait on a page that is never idle.
  whenIdle: (task) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 0)),
};

/**
 * The findings of one open map, kept up to date as it changes. Whoever shows findings subscribes;
 * the canvas's badges and the Risks tab's count wait for the first run, so opening a large map
 * is not held up by the checks. Views that need the findings in full (the register, the
 * inspector's list) may ask for them before then, and get them worked out on the spot.
 */
export interface AnalysisSource {
  /** The latest analysis, if the checks have run; it may be of the document before the last edit. */
  latest(): Analysis | undefined;
  /** The latest analysis, running the checks now if they have never run. */
  current(): Analysis;
  /** An element's badge; the same object for as long as it says the same thing. */
  badgeOf(elementId: string): ElementBadge | undefined;
  /** Calls `listener` after each run that changed the analysis. */
  subscribe(listener: () => void): () => void;
}

export function createAnalysisSource(store: MapStore, now: () => Date, scheduler: RunScheduler = browserScheduler): AnalysisSource {
  // One analyser, so each edit re-inspects only what it touched.
  const analyse = createAnalyser();
  const listeners = new Set<() => void>();
  let latest: Analysis | undefined;
  let scheduled = false;

  const analyseNow = (doc: MapDocument): boolean => {
    const next = analyse(doc, localDateOf(now()));
    if (next === latest) return false;
    latest = next;
    return true;
  };
  const notify = () => listeners.forEach((listener) => listener());
  const run = () => {
    scheduled = false;
    if (analyseNow(store.getState().doc)) notify();
  };
  // Several edits before a run are checked once, as the map is when it runs.
  const schedule = (when: keyof RunScheduler) => {
    if (scheduled) return;
    scheduled = true;
    scheduler[when](run);
  };
  store.subscribe((state, previous) => {
    if (state.doc !== previous.doc && latest) schedule('afterPaint');
  });

  // Badges are made afresh on every run; handing out one object per severity and count lets a
  // node whose badge says the same thing skip re-rendering.
  const badges = new Map<string, ElementBadge>();
  const canonical = (badge: ElementBadge): ElementBadge => {
    const key = `${badge.severity} ${badge.openCount}`;
    let known = badges.get(key);
    if (!known) badges.set(key, (known = { severity: badge.severity, openCount: badge.openCount }));
    return known;
  };

  return {
    latest: () => latest,
    current: () => {
      if (!latest && analyseNow(store.getState().doc)) {
        // Asked for during a render: the other subscribers hear of it once that render is done.
        queueMicrotask(notify);
      }
      return latest!;
    },
    badgeOf: (elementId) => {
      const badge = latest?.badges.get(elementId);
      return badge && canonical(badge);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      if (!latest) schedule('whenIdle');
      return () => listeners.delete(listener);
    },
  };
}
