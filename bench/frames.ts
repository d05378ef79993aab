import type { Page } from '@playwright/test';

/**
 * Starts noting, in the page, the time between painted frames (requestAnimationFrame to
 * requestAnimationFrame), and returns the page's clock at the start. Stop with {@link stopFrames}.
 */
export function startFrames(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; measuring: boolean };
    w.frameTimes = [];
    w.measuring = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frameTimes.push(now - last);
      last = now;
      if (w.measuring) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
    return performance.now();
  });
}

/** Stops noting frames and returns the intervals, without the first (which began before the work did). */
export function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; measuring: boolean };
    w.measuring = false;
    return w.frameTimes.slice(1);
  });
}
