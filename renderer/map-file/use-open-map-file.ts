import { useCallback, useRef, useState } from 'react';
import type { MapWithHistory } from '../../shared/model';
import { navigate } from '../app/routing';
import { useServices } from '../app/services';
import type { AssessmentSummary } from '../persistence/repository';
import { describeError } from '../ui/Alert';
import { MAP_FILE_OPEN_FILTERS, type UnreadableFile } from './read-map-file';
import { readMapFileOffThread } from './read-off-thread';
import { findStoredVersion, storeOpenedMap, type StoreChoice } from './store-opened-map';

/** Where opening a map file is: nothing going on, working, refused with reasons, or asking what to do. */
export type OpenMapFileState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading' | 'storing'; readonly fileName: string }
  | ({ readonly status: 'unreadable'; /** Absent when the host refused before naming it. */ readonly fileName?: string } & UnreadableFile)
  /** The file's assessment is already stored: replace it, or keep both? */
  | { readonly status: 'conflict'; readonly fileName: string; readonly opened: MapWithHistory; readonly stored: AssessmentSummary };

export interface OpenMapFile {
  readonly state: OpenMapFileState;
  /** Asks the host for a file, reads it and stores it, or explains why not. */
  start(): void;
  /** Answers the conflict question. */
  choose(choice: Exclude<StoreChoice, 'new'>): void;
  /** Closes the question or the explanation; nothing is stored. */
  dismiss(): void;
}

/**
 * Opening a map file: the host's open dialog, reading off the main thread, then storing it in
 * one transaction and opening it in the editor. A file that cannot be used is explained and
 * changes nothing stored; an assessment already stored is replaced or kept beside only when the
 * user says so.
 */
export function useOpenMapFile(): OpenMapFile {
  const services = useServices();
  const [state, setState] = useState<OpenMapFileState>({ status: 'idle' });
  // True from the moment a file is chosen until the flow ends, so a second Open (a menu command
  // arriving meanwhile) cannot interleave. Picking is not guarded: a browser that never reports
  // a cancelled picker must not leave the button dead.
  const active = useRef(false);

  const end = useCallback((next: OpenMapFileState) => {
    active.current = next.status !== 'idle' && next.status !== 'unreadable';
    setState(next);
  }, []);

  const store = useCallback(async (opened: MapWithHistory, choice: StoreChoice, fileName: string) => {
    end({ status: 'storing', fileName });
    try {
      const id = await storeOpenedMap(services, opened, choice);
      active.current = false;
      navigate({ name: 'assessment', id });
    } catch (error) {
      end({ status: 'unreadable', fileName, summary: `It could not be stored, so nothing was changed: ${describeError(error)}`, details: [] });
    }
  }, [services, end]);

  const start = useCallback(async () => {
    if (active.current) return;
    let file;
    try {
      file = await services.platform.openFile({ filters: MAP_FILE_OPEN_FILTERS });
    } catch (error) {
      // The host refused the file (too large, unreadable); its message names it.
      if (!active.current) end({ status: 'unreadable', summary: describeError(error), details: [] });
      return;
    }
    if (!file || active.current) return;
    const { fileName } = file;
    end({ status: 'reading', fileName });
    try {
      const read = await readMapFileOffThread(file);
      if (!read.ok) {
        end({ status: 'unreadable', fileName, summary: read.summary, details: read.details });
        return;
      }
      const opened: MapWithHistory = { document: read.document, history: read.history };
      const stored = await findStoredVersion(services, read.document);
      if (stored) end({ status: 'conflict', fileName, opened, stored });
      else await store(opened, 'new', fileName);
    } catch (error) {
      end({ status: 'unreadable', fileName, summary: `It could not be read: ${describeError(error)}`, details: [] });
    }
  }, [services, end, store]);

  const choose = useCallback((choice: Exclude<StoreChoice, 'new'>) => {
    if (state.status === 'conflict') void store(state.opened, choice, state.fileName);
  }, [state, store]);

  const dismiss = useCallback(() => end({ status: 'idle' }), [end]);
  return { state, start: () => void start(), choose, dismiss };
}
