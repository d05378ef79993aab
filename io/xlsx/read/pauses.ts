/**
 * Pauses that keep the app responsive while a large workbook or CSV file is read: once a slice of
 * reading has gone by since the last pause, the reader waits for a timer task. Before that task
 * runs, a browser paints, handles input and runs other timers; in Node, timers and I/O run.
 *
 * A timer rather than the writer's `EventLoopTurns` (a MessageChannel): Node delivers a port's
 * messages in batches, so a chain of them runs on without letting timers or I/O in, and the
 * browser clamps a chain of timers to 4 ms each, which a pause only every so often makes small.
 */
const SLICE_MS = 30;

export class ReadingPauses {
  private last = performance.now();

  /** Pauses if a slice of reading has gone by since the last pause. */
  async maybe(): Promise<void> {
    if (performance.now() - this.last < SLICE_MS) return;
    await new Promise<void>((resolve) => {
      setTimeout(resolve, 0);
    });
    this.last = performance.now();
  }
}
