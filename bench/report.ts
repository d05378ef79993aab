import { mkdirSync, writeFileSync } from 'node:fs';

export interface Figure {
  readonly figure: string;
  readonly value: number | string;
  readonly unit: string;
  /** The most this figure may be; printed with a verdict, never asserted inside the test suite. */
  readonly budget?: number;
}

/** Prints a benchmark's figures as a table and keeps them in bench/results/<name>.json. */
export function report(name: string, figures: readonly Figure[]): void {
  const lines = figures.map(({ figure, value, unit, budget }) => {
    const shown = typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(1) : value;
    const shownBudget = budget !== undefined && !Number.isInteger(budget) ? budget.toFixed(1) : budget;
    const verdict = budget === undefined || typeof value !== 'number' ? '' : value <= budget ? `  (budget ${shownBudget} ${unit}: within)` : `  (budget ${shownBudget} ${unit}: OVER)`;
    return `  ${figure}: ${shown} ${unit}${verdict}`;
  });
  console.log(`\n[bench] ${name}\n${lines.join('\n')}\n`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify({ name, measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
}

/** The middle value (nearest rank: the lower of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The value below which `p` per cent of `values` fall (nearest rank); NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/**
 * "At or under 33 ms per frame": 30 frames a second. Frame times measured with
 * requestAnimationFrame on a 60 Hz display are whole numbers of vsync intervals (16.7, 33.3,
 * 50 ms…), so a frame drawn on the second vsync measures 33.3 ms: that is 30 frames a second,
 * within the budget, not over it.
 */
export const FRAME_BUDGET_MS = 1000 / 30;
