import { createStore, type StoreApi } from 'zustand/vanilla';
import { checkById } from '../../shared/checks';
import {
  diffDocuments, isEmptyChange, mergeRecordedChanges, recordedChanges,
  type ChangeAction, type ChangeRecord, type DocumentChange, type FlowId, type MapDocument, type SystemId,
} from '../../shared/model';
import { MAP_COMMANDS, type MapCommandName, type PayloadOf } from '../commands/map-commands';
import type { HistoryPage, HistoryQuery, HistoryWrite, MapRepository } from '../persistence/repository';

/** One undoable step: the document before and after a command. */
export interface UndoStep {
  readonly commandName: MapCommandName;
  readonly label: string;
  readonly before: MapDocument;
  readonly after: MapDocument;
  /** Consecutive edits with the same key (typing in one field) merge into one step. */
  readonly coalesceKey?: string;
  readonly at: number;
  /**
   * For a step that edits may still merge into: what the history has recorded of it so far, and
   * the step's key in the history, so it stays one record however many keystrokes it takes.
   */
  readonly recorded?: { readonly step: string; readonly record: ChangeRecord };
}

export interface Selection {
  readonly systemIds: readonly SystemId[];
  readonly flowIds: readonly FlowId[];
}

export type SaveState =
  | { readonly status: 'saved' }
  | { readonly status: 'saving' }
  | { readonly status: 'failed'; readonly message: string };

export interface RunOptions {
  readonly coalesceKey?: string;
}

export interface MapState {
  readonly doc: MapDocument;
  readonly past: readonly UndoStep[];
  readonly future: readonly UndoStep[];
  readonly selection: Selection;
  readonly save: SaveState;
  /** Counts the history records written so far this session: a history view reloads when it changes. */
  readonly historyRevision: number;
  /** Runs a named command; returns false when it changed nothing. */
  run<N extends MapCommandName>(name: N, payload: PayloadOf<N>, options?: RunOptions): boolean;
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  /** Resolves once every change made so far has been written (or has failed). */
  whenSaved(): Promise<void>;
  /** The assessment's change history, newest first, once every change made so far is written. */
  loadHistory(query?: HistoryQuery): Promise<HistoryPage>;
}

export type MapStore = StoreApi<MapState>;

export interface MapStoreOptions {
  readonly repository: MapRepository;
  readonly doc: MapDocument;
  /** Wall clock, injectable for tests. */
  readonly now?: () => Date;
  /** Who is making the changes, as the history records it: read at each change. Blank when no name is known. */
  readonly author?: () => string;
}

const HISTORY_LIMIT = 500;
const COALESCE_WINDOW_MS = 2000;
export const EMPTY_SELECTION: Selection = { systemIds: [], flowIds: [] };

// Findings' treatments are named by their check's title in the history, as in the register.
const DESCRIBE = { checkTitle: (checkId: string) => checkById(checkId)?.title };

/**
 * The open assessment's state. Commands change the document in memory at once (the UI never
 * waits for storage) and each change is queued to storage as one transaction, in order, with
 * its history record: when, by whom, as which command, each field's old and new value.
 * If a write fails, the document is reloaded from storage so what is shown is what is kept,
 * and the history holds nothing of the failed change.
 */
export function createMapStore({ repository, doc, now = () => new Date(), author = () => '' }: MapStoreOptions): MapStore {
  let writes: Promise<void> = Promise.resolve();
  // Bumped when a write fails and the document is reloaded: changes queued before that were
  // made on top of the failed one, so they are dropped rather than written behind the reload.
  let generation = 0;
  let steps = 0;

  const store = createStore<MapState>()((set, get) => {
    /**
     * Queues the write that turns `before` into `after`, with the history record `describe`
     * makes from it. The record is worded from the storage diff, which lists exactly the records
     * that changed, so describing one keystroke on a 20,000-flow map reads one flow.
     */
    function persist(before: MapDocument, after: MapDocument, describe: (change: DocumentChange, at: string) => HistoryWrite): HistoryWrite | undefined {
      const change = diffDocuments(before, after);
      if (isEmptyChange(change)) return undefined;
      const id = after.assessment.id;
      const at = now().toISOString();
      const history = describe(change, at);
      const madeIn = generation;
      set({ save: { status: 'saving' } });
      writes = writes
        .then(() => (madeIn === generation ? repository.applyChange(id, change, at, history) : undefined))
        .then(
          () => {
            if (madeIn === generation) set({ historyRevision: get().historyRevision + 1 });
            if (get().save.status === 'saving') set({ save: { status: 'saved' } });
          },
          (error: unknown) => recoverFromFailedWrite(error),
        );
      return history;
    }

    function record(action: ChangeAction, step: UndoStep, changes: ChangeRecord['changes'], at: string): ChangeRecord {
      return { at, by: author().trim(), action, command: step.commandName, label: step.label, changes };
    }

    /** Writes an undo or redo: the change from what is shown to `to`, recorded as the action on `step`. */
    function persistMove(action: 'undo' | 'redo', step: UndoStep, from: MapDocument, to: MapDocument): void {
      persist(from, to, (change, at) => ({ record: record(action, step, recordedChanges(from, to, change, DESCRIBE), at) }));
    }

    async function recoverFromFailedWrite(error: unknown): Promise<void> {
      const message = `Your last change could not be saved: ${error instanceof Error ? error.message : String(error)}`;
      const stored = await repository.loadDocument(get().doc.assessment.id).catch(() => undefined);
      generation += 1;
      set({ save: { status: 'failed', message }, past: [], future: [], ...(stored ? { doc: stored } : {}) });
    }

    return {
      doc,
      past: [],
      future: [],
      selection: EMPTY_SELECTION,
      save: { status: 'saved' },
      historyRevision: 0,

      run(name, payload, options = {}) {
        const before = get().doc;
        const command = MAP_COMMANDS[name] as { label: string; perform(d: MapDocument, p: typeof payload): MapDocument };
        const after = command.perform(before, payload);
        if (after === before) return false;
        const at = now().getTime();
        const past = get().past;
        const top = past[past.length - 1];
        const merges = options.coalesceKey !== undefined && top?.coalesceKey === options.coalesceKey
          && top.after === before && at - top.at <= COALESCE_WINDOW_MS;
        const step: UndoStep = merges
          ? { ...top!, after, at }
          : { commandName: name, label: command.label, before, after, coalesceKey: options.coalesceKey, at };
        // A step that may grow (typing) is one history record, kept up to date as it grows; the
        // changes of this keystroke are worded against the step's start and merged with the rest.
        const written = persist(before, after, (change, time) => {
          const fresh = recordedChanges(step.before, after, change, DESCRIBE);
          const changes = merges && top!.recorded ? mergeRecordedChanges(top!.recorded.record.changes, fresh, change) : fresh;
          const key = merges && top!.recorded ? top!.recorded.step : options.coalesceKey === undefined ? undefined : `step-${++steps}`;
          return { record: record('do', step, changes, time), ...(key === undefined ? {} : { step: key }) };
        });
        const recorded = written?.step === undefined ? undefined : { step: written.step, record: written.record };
        const entry: UndoStep = recorded ? { ...step, recorded } : step;
        set({
          doc: after,
          past: merges ? [...past.slice(0, -1), entry] : [...past, entry].slice(-HISTORY_LIMIT),
          future: [],
          selection: keepExisting(get().selection, after),
        });
        return true;
      },

      undo() {
        const { past, future, doc: current } = get();
        const entry = past[past.length - 1];
        if (!entry) return;
        set({
          doc: entry.before,
          past: past.slice(0, -1),
          future: [...future, closed(entry)],
          selection: keepExisting(get().selection, entry.before),
        });
        persistMove('undo', entry, current, entry.before);
      },

      redo() {
        const { past, future, doc: current } = get();
        const entry = future[future.length - 1];
        if (!entry) return;
        set({
          doc: entry.after,
          past: [...past, closed(entry)],
          future: future.slice(0, -1),
          selection: keepExisting(get().selection, entry.after),
        });
        persistMove('redo', entry, current, entry.after);
      },

      select(selection) {
        set({ selection: { ...get().selection, ...selection } });
      },

      whenSaved: () => writes,

      async loadHistory(query) {
        await writes;
        return repository.loadHistory(get().doc.assessment.id, query);
      },
    };
  });
  return store;
}

/**
 * A step nothing more merges into: after an undo or a redo, typing on starts a new step, so the
 * history reads "Redo …" then the new typing, not the old step recorded again.
 */
function closed(step: UndoStep): UndoStep {
  if (step.coalesceKey === undefined && step.recorded === undefined) return step;
  const { coalesceKey: _key, recorded: _recorded, ...rest } = step;
  return rest;
}

/** Drops selected ids whose records no longer exist (after a delete or an undo). */
function keepExisting(selection: Selection, doc: MapDocument): Selection {
  const systemIds = selection.systemIds.filter((id) => doc.systems[id]);
  const flowIds = selection.flowIds.filter((id) => doc.flows[id]);
  return systemIds.length === selection.systemIds.length && flowIds.length === selection.flowIds.length
    ? selection
    : { systemIds, flowIds };
}
