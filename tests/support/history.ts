import type { HistoryWrite } from '../../renderer/persistence/repository';
import type { ChangeRecord, RecordedChange } from '../../shared/model';

/** A history record as the app writes one, with only what a test cares about given. */
export function changeRecord(overrides: Partial<ChangeRecord> = {}): ChangeRecord {
  return { at: '2026-03-01T10:00:00.000Z', by: 'Priya', action: 'do', command: 'updateFlow', label: 'Edit data flow', changes: [fieldChange()], ...overrides };
}

/** One field change: by default a flow's owner, from blank to Priya. */
export function fieldChange(overrides: Partial<RecordedChange> = {}): RecordedChange {
  return { kind: 'flow', id: 'flow-1', name: 'Gift Aid', type: 'changed', field: 'owner', label: 'Owner', before: '', after: 'Priya', ...overrides };
}

/** What `applyChange` is given alongside a change in tests about the change itself. */
export function historyWrite(overrides: Partial<ChangeRecord> = {}): HistoryWrite {
  return { record: changeRecord(overrides) };
}
