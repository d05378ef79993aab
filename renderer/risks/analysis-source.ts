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
  /** When the page is idle: opening a map draws the canvas before the first check run. */
  whenIdle(task: () => void): void;
}

/**
 * Chrome grants an idle period this long only when no frame is due: not while React Flow is
 * still drawing a map it has just opened, nor while the map is being panned or zoomed, when
 * idle periods last only what is left of each 16 ms frame.
 */
const LONG_IDLE_MS = 40;
/** The longest the first run waits for such a moment, on a page that is never idle for long. */
const IDLE_WAIT_LIMIT_MS = 5000;
/**
 * The first run gives a large map hundreds of badges. Told of them a slice at a time, the
 * canvas renders, lays out and paints each slice in a frame of its own instead of freezing for
 * a few hundred milliseconds just after the map appears. An edit changes a few: one slice.
 */
const BADGES_PER_FRAME = 150;

export const browserScheduler: RunScheduler = {
  afterPaint: (task) => requestAnimationFrame(() => setTimeout(task, 0)),
  whenIdle: (task) => {
    if (typeof requestIdleCallback !== 'function') return void setTimeout(task, 0);
    const giveUpAt = performance.now() + IDLE_WAIT_LIMIT_MS;
    const attempt = (deadline: IdleDeadline) => {
      if (deadline.didTimeout || deadline.timeRemaining() >= LONG_IDLE_MS) task();
      else requestIdleCallback(attempt, { timeout: Math.max(0, giveUpAt - performance.now()) });
    };
    requestIdleCallback(attempt, { timeout: IDLE_WAIT_LIMIT_MS });
  },
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
  /**
   * Calls `listener` after a run that changed this element's badge. A map shows a thousand
   * badges: a run that changes one of them calls one listener, not a thousand.
   */
  subscribeToBadge(elementId: string, listener: () => void): () => void;
}

export function createAnalysisSource(store: MapStore, now: () => Date, scheduler: RunScheduler = browserScheduler): AnalysisSource {
  // One analyser, so each edit re-inspects only what it touched.
  const analyse = createAnalyser();
  const listeners = new Set<() => void>();
  const badgeListeners = new Map<string, Set<() => void>>();
  let latest: Analysis | undefined;
  // Each element's badge, one object per severity and count (see `canonical`).
  let badges = new Map<string, ElementBadge>();
  // The run already asked for, if any.
  let scheduled: keyof RunScheduler | undefined;
  // Elements whose badge changed and whose subscribers have not been told yet (see BADGES_PER_FRAME).
  const untold = new Set<string>();

  // Badges are made afresh on every run; handing out one object per severity and count lets an
  // element whose badge says the same thing skip re-rendering.
  const canonicalBadges = new Map<string, ElementBadge>();
  const canonical = ({ severity, openCount }: ElementBadge): ElementBadge => {
    const key = `${severity} ${openCount}`;
    let known = canonicalBadges.get(key);
    if (!known) canonicalBadges.set(key, (known = { severity, openCount }));
    return known;
  };

  /** Takes in a new analysis and returns the elements whose badge it changed. */
  const adopt = (next: Analysis): string[] => {
    latest = next;
    const previous = badges;
    badges = new Map();
    const changed: string[] = [];
    for (const [elementId, badge] of next.badges) {
      const same = canonical(badge);
      badges.set(elementId, same);
      if (previous.get(elementId) !== same) changed.push(elementId);
    }
    for (const elementId of previous.keys()) if (!badges.has(elementId)) changed.push(elementId);
    return changed;
  };
  const tellBadgeSlice = () => {
    let told = 0;
    for (const elementId of untold) {
      if (told === BADGES_PER_FRAME) return void scheduler.afterPaint(tellBadgeSlice);
      untold.delete(elementId);
      told += 1;
      badgeListeners.get(elementId)?.forEach((listener) => listener());
    }
  };
  const notify = (changed: readonly string[]) => {
    listeners.forEach((listener) => listener());
    const telling = untold.size > 0;
    // Only elements on screen have subscribers; the rest read their badge when they mount.
    for (const elementId of changed) if (badgeListeners.has(elementId)) untold.add(elementId);
    if (!telling) tellBadgeSlice();
  };
  /** Runs the checks over `doc` and returns the badges that changed, or undefined if nothing did. */
  const analyseNow = (doc: MapDocument): string[] | undefined => {
    const next = analyse(doc, localDateOf(now()));
    return next === latest ? undefined : adopt(next);
  };
  const run = () => {
    scheduled = undefined;
    const changed = analyseNow(store.getState().doc);
    if (changed) notify(changed);
  };
  // Several edits before a run are checked once, as the map is when it runs. An edit's run
  // (after the next paint) overtakes a first run still waiting for the page to be idle: the map
  // is drawn and someone is working on it. The idle run, when it comes, finds nothing new.
  const schedule = (when: keyof RunScheduler) => {
    if (scheduled === when || scheduled === 'afterPaint') return;
    scheduled = when;
    scheduler[when](run);
  };
  store.subscribe((state, previous) => {
    if (state.doc !== previous.doc) schedule('afterPaint');
  });
  const listen = (set: Set<() => void>, listener: () => void) => {
    set.add(listener);
    if (!latest) schedule('whenIdle');
    return () => { set.delete(listener); };
  };

  return {
    latest: () => latest,
    current: () => {
      const changed = latest ? undefined : analyseNow(store.getState().doc);
      // Asked for during a render: the other subscribers hear of it once that render is done.
      if (changed) queueMicrotask(() => notify(changed));
      return latest!;
    },
    badgeOf: (elementId) => badges.get(elementId),
    subscribe: (listener) => listen(listeners, listener),
    subscribeToBadge: (elementId, listener) => {
      let set = badgeListeners.get(elementId);
      if (!set) badgeListeners.set(elementId, (set = new Set()));
      const unsubscribe = listen(set, listener);
      return () => {
        unsubscribe();
        if (set.size === 0 && badgeListeners.get(elementId) === set) badgeListeners.delete(elementId);
      };
    },
  };
}
