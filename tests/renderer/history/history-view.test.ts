import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY_FORM, groupByElement, historyFilterOf } from '../../../renderer/history/history-view';
import { fieldChange } from '../../support/history';

describe('the History tab’s filters', () => {
  it('asks for nothing when nothing is filled in', () => {
    expect(historyFilterOf(EMPTY_HISTORY_FORM, ['sys-1'])).toBeUndefined();
  });

  it('turns what is typed into a filter, with the selection only when asked for', () => {
    expect(historyFilterOf({ ...EMPTY_HISTORY_FORM, element: ' gift ', person: 'Priya' }, ['sys-1'])).toEqual({ elementText: 'gift', by: 'Priya' });
    expect(historyFilterOf({ ...EMPTY_HISTORY_FORM, selectionOnly: true }, ['sys-1', 'flow-2'])).toEqual({ elementIds: ['sys-1', 'flow-2'] });
  });

  it('takes in the whole of the first and last day, as days on the user’s own calendar', () => {
    const filter = historyFilterOf({ ...EMPTY_HISTORY_FORM, from: '2026-03-05', to: '2026-03-05' }, []);
    expect(filter).toEqual({ since: new Date(2026, 2, 5).toISOString(), until: new Date(2026, 2, 6).toISOString() });
  });

  it('ignores a half-typed date', () => {
    expect(historyFilterOf({ ...EMPTY_HISTORY_FORM, from: '0002-03-05' }, [])).toBeUndefined();
  });
});

describe('a record’s changes as listed', () => {
  it('are grouped by the element they are about, in the order recorded', () => {
    const changes = [
      fieldChange({ id: 'flow-1', field: 'owner' }), fieldChange({ kind: 'system', id: 'sys-1', field: 'position' }), fieldChange({ id: 'flow-1', field: 'mfa' }),
      fieldChange({ kind: 'risk', id: 'risk-1', type: 'removed', field: '', label: '' }),
    ];
    expect(groupByElement(changes).map((group) => [group.key, group.fields.map((c) => c.field)])).toEqual([
      ['flow:flow-1', ['owner', 'mfa']], ['system:sys-1', ['position']], ['risk:risk-1', []],
    ]);
  });
});
