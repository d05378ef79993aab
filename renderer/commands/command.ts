import type { MapDocument } from '../../shared/model';

/**
 * A named user action. `perform` returns the next document and never mutates the one it is
 * given; returning the same document means "nothing to do" (no history entry, no write).
 * Every command is undoable: the store keeps the document before and after.
 */
export interface Command<Payload> {
  /** Stable name, recorded in the log (and later the change history). */
  readonly name: string;
  /** What the undo button says, e.g. "Undo Delete selection". */
  readonly label: string;
  perform(doc: MapDocument, payload: Payload): MapDocument;
}

export function defineCommand<Payload>(command: Command<Payload>): Command<Payload> {
  return command;
}

/** Returns `record` with `changes` applied, or `record` itself when nothing actually differs. */
export function withChanges<R extends object>(record: R, changes: Partial<R>): R {
  const differs = (Object.keys(changes) as Array<keyof R>).some((key) => !sameValue(record[key], changes[key]));
  return differs ? { ...record, ...changes } : record;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
  }
  return Object.is(a, b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
