import { createStore, type StoreApi } from 'zustand/vanilla';
import { diffDocuments, isEmptyChange, type FlowId, type MapDocument, type SystemId } from '../../shared/model';
import { MAP_COMMANDS, type MapCommandName, type PayloadOf } from '../commands/map-commands';
import type { MapRepository } from '../persistence/repository';

/** One undoable step: the document before and after a command. */
export interface HistoryEntry {
  readonly commandName: MapCommandName;
  readonly label: string;
  readonly before: MapDocument;
  readonly after: MapDocument;
  /** Consecutive edits with the same key (typing in one field) merge into one step. */
  readonly coalesceKey?: string;
  readonly at: number;
}

/** What happened, in order, this session: every command, undo and redo. */
export interface LogEntry {
  readonly at: string;
  readonly action: 'do' | 'undo' | 'redo';
  readonly commandName: MapCommandName;
  readonly label: string;
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
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  readonly selection: Selection;
  readonly save: SaveState;
  readonly log: readonly LogEntry[];
  /** Runs a named command; returns false when it changed nothing. */
  run<N extends MapCommandName>(name: N, payload: PayloadOf<N>, options?: RunOptions): boolean;
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  /** Resolves once every change made so far has been written (or has failed). */
  whenSaved(): Promise<void>;
}

export type MapStore = StoreApi<MapState>;

export interface MapStoreOptions {
  readonly repository: MapRepository;
  readonly doc: MapDocument;
  /** Wall clock, injectable for tests. */
  readonly now?: () => Date;
}

const HISTORY_LIMIT = 500;
const COALESCE_WINDOW_MS = 2000;
const LOG_LIMIT = 1000;
export const EMPTY_SELECTION: Selection = { systemIds: [], flowIds: [] };

/**
 * The open assessment's state. Commands change the document in memory at once (the UI never
 * waits for storage) and each change is queued to storage as one transaction, in order.
 * If a write fails, the document is reloaded from storage so what is shown is what is kept.
 */
export function createMapStore({ repository, doc, now = () => new Date() }: MapStoreOptions): MapStore {
  let writes: Promise<void> = Promise.resolve();
  // Bumped when a write fails and the document is reloaded: changes queued before that were
  // made on top of the failed one, so they are dropped rather than written behind the reload.
  let generation = 0;

  const store = createStore<MapState>()((set, get) => {
    function persist(before: MapDocument, after: MapDocument): void {
      const change = diffDocuments(before, after);
      if (isEmptyChange(change)) return;
      const id = after.assessment.id;
      const at = now().toISOString();
      const madeIn = generation;
      set({ save: { status: 'saving' } });
      writes = writes
        .then(() => (madeIn === generation ? repository.applyChange(id, change, at) : undefined))
        .then(
          () => { if (get().save.status === 'saving') set({ save: { status: 'saved' } }); },
          (error: unknown) => recoverFromFailedWrite(error),
        );
    }

    async function recoverFromFailedWrite(error: unknown): Promise<void> {
      const message = `Your last change could not be saved: ${error instanceof Error ? error.message : String(error)}`;
      const stored = await repository.loadDocument(get().doc.assessment.id).catch(() => undefined);
      generation += 1;
      set({ save: { status: 'failed', message }, past: [], future: [], ...(stored ? { doc: stored } : {}) });
    }

    function logged(action: LogEntry['action'], entry: HistoryEntry): readonly LogEntry[] {
      const next = [...get().log, { at: now().toISOString(), action, commandName: entry.commandName, label: entry.label }];
      return next.length > LOG_LIMIT ? next.slice(-LOG_LIMIT) : next;
    }

    return {
      doc,
      past: [],
      future: [],
      selection: EMPTY_SELECTION,
      save: { status: 'saved' },
      log: [],

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
        const entry: HistoryEntry = merges
          ? { ...top!, after, at }
          : { commandName: name, label: command.label, before, after, coalesceKey: options.coalesceKey, at };
        set({
          doc: after,
          past: merges ? [...past.slice(0, -1), entry] : [...past, entry].slice(-HISTORY_LIMIT),
          future: [],
          selection: keepExisting(get().selection, after),
          log: logged('do', entry),
        });
        persist(before, after);
        return true;
      },

      undo() {
        const { past, future, doc: current } = get();
        const entry = past[past.length - 1];
        if (!entry) return;
        set({
          doc: entry.before,
          past: past.slice(0, -1),
          future: [...future, entry],
          selection: keepExisting(get().selection, entry.before),
          log: logged('undo', entry),
        });
        persist(current, entry.before);
      },

      redo() {
        const { past, future, doc: current } = get();
        const entry = future[future.length - 1];
        if (!entry) return;
        set({
          doc: entry.after,
          past: [...past, entry],
          future: future.slice(0, -1),
          selection: keepExisting(get().selection, entry.after),
          log: logged('redo', entry),
        });
        persist(current, entry.after);
      },

      select(selection) {
        set({ selection: { ...get().selection, ...selection } });
      },

      whenSaved: () => writes,
    };
  });
  return store;
}

/** Drops selected ids whose records no longer exist (after a delete or an undo). */
function keepExisting(selection: Selection, doc: MapDocument): Selection {
  const systemIds = selection.systemIds.filter((id) => doc.systems[id]);
  const flowIds = selection.flowIds.filter((id) => doc.flows[id]);
  return systemIds.length === selection.systemIds.length && flowIds.length === selection.flowIds.length
    ? selection
    : { systemIds, flowIds };
}
