import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_AUTHOR_LENGTH } from '../../shared/model';
import { DEFAULT_APP_SETTINGS, type MapRepository } from '../persistence/repository';

/**
 * The app's own settings, loaded once when the app starts and kept in storage: for now the
 * assessor's name, which the change history records with every change.
 */
export interface SettingsState {
  /** False until the stored settings have been read (or could not be). */
  readonly loaded: boolean;
  /** Who is using the app; blank until they say. */
  readonly assessorName: string;
  /** Resolves once the stored settings have been read. */
  whenLoaded(): Promise<void>;
  /** Keeps `name` (trimmed) as the assessor's name from now on; rejects if it cannot be stored. */
  setAssessorName(name: string): Promise<void>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(repository: Pick<MapRepository, 'loadSettings' | 'saveSettings'>): SettingsStore {
  const store = createStore<SettingsState>()((set) => {
    // A name given before the stored one was read is the newer: reading must not undo it.
    let named = false;
    // Unreadable settings are no reason to stop work: changes are then recorded without a name.
    const loading = repository.loadSettings().catch(() => DEFAULT_APP_SETTINGS).then((settings) => {
      set(named ? { loaded: true } : { loaded: true, assessorName: settings.assessorName });
    });
    return {
      loaded: false,
      assessorName: DEFAULT_APP_SETTINGS.assessorName,
      whenLoaded: () => loading,
      async setAssessorName(name) {
        const assessorName = name.trim().slice(0, MAX_AUTHOR_LENGTH);
        named = true;
        // Used at once, so the next change records it even if storage is slow or refuses.
        set({ assessorName });
        await repository.saveSettings({ ...DEFAULT_APP_SETTINGS, assessorName });
      },
    };
  });
  return store;
}
