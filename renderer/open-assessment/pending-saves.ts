/**
 * Writes still in flight from editors that have closed. Leaving an editor by the browser's Back
 * button does not wait for its last change to be stored; the home view waits here instead, so
 * it never lists an assessment as it was before that change.
 */
let pending: Promise<void> = Promise.resolve();

export function noteEditsSaving(saved: Promise<void>): void {
  const previous = pending;
  // A failed write is reported by the editor; here it only must not block the list forever.
  pending = Promise.all([previous, saved.catch(() => undefined)]).then(() => undefined);
}

export function whenEditsSaved(): Promise<void> {
  return pending;
}
