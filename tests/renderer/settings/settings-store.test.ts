import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_SETTINGS, type AppSettings } from '../../../renderer/persistence/repository';
import { createSettingsStore } from '../../../renderer/settings/settings-store';

/** Settings storage that keeps one value, and can be made to fail. */
function fakeStorage(initial: AppSettings = DEFAULT_APP_SETTINGS, failing = false) {
  let kept = initial;
  return {
    kept: () => kept,
    loadSettings: async () => { if (failing) throw new Error('unreadable'); return kept; },
    saveSettings: async (settings: AppSettings) => { if (failing) throw new Error('The disk is full'); kept = settings; },
  };
}

describe('the app’s settings', () => {
  it('starts with the name kept from last time, once loaded', async () => {
    const settings = createSettingsStore(fakeStorage({ assessorName: 'Priya Shah' }));
    expect(settings.getState().loaded).toBe(false);
    await settings.getState().whenLoaded();
    expect(settings.getState()).toMatchObject({ loaded: true, assessorName: 'Priya Shah' });
  });

  it('keeps a new name, trimmed, for next time', async () => {
    const storage = fakeStorage();
    const settings = createSettingsStore(storage);
    await settings.getState().setAssessorName('  Sam Okafor ');
    expect(settings.getState().assessorName).toBe('Sam Okafor');
    expect(storage.kept()).toEqual({ assessorName: 'Sam Okafor' });
  });

  it('uses a new name at once even when it cannot be kept, and says it was not kept', async () => {
    const settings = createSettingsStore(fakeStorage(DEFAULT_APP_SETTINGS, true));
    await settings.getState().whenLoaded();
    expect(settings.getState()).toMatchObject({ loaded: true, assessorName: '' });
    await expect(settings.getState().setAssessorName('Sam')).rejects.toThrow('The disk is full');
    expect(settings.getState().assessorName).toBe('Sam');
  });
});
