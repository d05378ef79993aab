import { describe, expect, it } from 'vitest';
import {
  actionLabel, asFlowId, asSystemId, authorOf, diffDocuments, elementLabel, historyWithNewIds, matchesHistoryFilter, mergeRecordedChanges,
  recordedChanges, restoreChangeRecord, validateChangeRecord, type FindingId, type MapDocument,
} from '../../../shared/model';
import { changeRecord, fieldChange } from '../../support/history';
import { mapBuilder } from '../../support/map-builder';

const before = mapBuilder()
  .system('Salesforce', { kind: 'crm', owner: 'Priya' })
  .system('Xero', { kind: 'finance' })
  .flow('Salesforce', 'Xero', { name: 'Gift Aid', authentication: 'api-key' })
  .build();
const crm = asSystemId('sys-1');
const giftAid = asFlowId('flow-1');

/** `doc` with the Gift Aid flow's owner typed as `owner`. */
const withOwner = (doc: MapDocument, owner: string): MapDocument => ({ ...doc, flows: { ...doc.flows, [giftAid]: { ...doc.flows[giftAid]!, owner } } });

/** The recorded changes that turn `before` into `after`, from the storage diff as the store makes them. */
const changesTo = (after: MapDocument, from: MapDocument = before) => recordedChanges(from, after, diffDocuments(from, after));

describe('recording what a change did', () => {
  it('records each changed field by its label, with values as a person reads them', () => {
    const after = { ...before, flows: { ...before.flows, [giftAid]: { ...before.flows[giftAid]!, authentication: 'oauth-client-credentials' as const, owner: 'Priya' } } };
    expect(changesTo(after)).toEqual([
      { kind: 'flow', id: giftAid, name: 'Gift Aid', type: 'changed', field: 'authentication', label: 'Authentication', before: 'API key', after: expect.stringMatching(/^OAuth/) },
      { kind: 'flow', id: giftAid, name: 'Gift Aid', type: 'changed', field: 'owner', label: 'Owner', before: '', after: 'Priya' },
    ]);
  });

  it('records an added system with each field it was given, and a removed one with each field it had', () => {
    const added = { ...before, systems: { ...before.systems, [asSystemId('sys-9')]: { ...before.systems[crm]!, id: asSystemId('sys-9'), name: 'Mailchimp', kind: '' as const, owner: '' } } };
    expect(changesTo(added).map((c) => [c.type, c.name, c.label, c.after])).toEqual([
      ['added', 'Mailchimp', 'Name', 'Mailchimp'], ['added', 'Mailchimp', 'Status', 'Active'], ['added', 'Mailchimp', 'Position', '0, 0'],
    ]);
    const { [giftAid]: _gone, ...flows } = before.flows;
    const removed = changesTo({ ...before, flows });
    expect(removed.every((c) => c.type === 'removed' && c.name === 'Gift Aid' && c.after === '')).toBe(true);
    expect(removed.map((c) => c.label)).toEqual(expect.arrayContaining(['Source', 'Destination', 'Name', 'Authentication']));
  });

  it('records a system moved on the canvas as its position, one change per system moved', () => {
    const moved = { ...before, systems: { ...before.systems, [crm]: { ...before.systems[crm]!, position: { x: 120.4, y: 40 } } } };
    expect(changesTo(moved)).toEqual([
      { kind: 'system', id: crm, name: 'Salesforce', type: 'changed', field: 'position', label: 'Position', before: '0, 0', after: '120, 40' },
    ]);
  });

  it('names a treatment by its check and element, and records it from Unchecked', () => {
    const id = 'no-owner:sys-2' as FindingId;
    const treated = { ...before, treatments: { [id]: { findingId: id, status: 'accepted' as const, justification: '', checkedBy: '', checkedOn: '' as const, nextReview: '' as const } } };
    const changes = recordedChanges(before, treated, diffDocuments(before, treated), { checkTitle: () => 'No named owner' });
    expect(changes).toEqual([{ kind: 'treatment', id, name: 'No named owner: Xero', type: 'changed', field: 'status', label: 'Treatment', before: 'Unchecked', after: 'Accepted' }]);
  });

  it('reads only the records the change lists, however large the map', () => {
    const read = new Set<string>();
    const watched = (records: object) => new Proxy(records, { get: (target, key) => { read.add(String(key)); return Reflect.get(target, key); } });
    const after = { ...before, flows: { ...before.flows, [giftAid]: { ...before.flows[giftAid]!, owner: 'Jo' } } };
    const change = diffDocuments(before, after);
    recordedChanges({ ...before, flows: watched(before.flows) as MapDocument['flows'] }, { ...after, flows: watched(after.flows) as MapDocument['flows'] }, change);
    expect([...read].filter((key) => key.startsWith('flow-') || key.startsWith('sys-'))).toEqual([giftAid]);
  });
});

describe('merging the keystrokes of one step', () => {
  it('keeps the step’s other changes and words the touched record afresh against the step’s start', () => {
    const typedOnce = withOwner(before, 'P');
    const typedTwice = withOwner(typedOnce, 'Pr');
    const other = fieldChange({ kind: 'system', id: crm, name: 'Salesforce', field: 'owner', before: 'Priya', after: 'Jo' });
    const previous = [other, ...changesTo(typedOnce)];
    const change = diffDocuments(typedOnce, typedTwice);
    const merged = mergeRecordedChanges(previous, recordedChanges(before, typedTwice, change), change);
    expect(merged).toEqual([other, expect.objectContaining({ id: giftAid, field: 'owner', before: '', after: 'Pr' })]);
  });

  it('drops a field typed back to how it was', () => {
    const typed = withOwner(before, 'P');
    const change = diffDocuments(typed, before);
    expect(mergeRecordedChanges(changesTo(typed), recordedChanges(before, before, change), change)).toEqual([]);
  });
});

describe('filtering the history', () => {
  const record = changeRecord({
    at: '2026-03-05T14:30:00.000Z', by: 'Priya Shah',
    changes: [fieldChange({ id: 'flow-1', name: 'Gift Aid' }), fieldChange({ kind: 'treatment', id: 'no-owner:sys-2', name: 'No named owner: Xero' })],
  });

  it('finds a record by the element it touched, a treatment by its element too', () => {
    expect(matchesHistoryFilter(record, { elementIds: ['flow-1'] })).toBe(true);
    expect(matchesHistoryFilter(record, { elementIds: ['sys-2'] })).toBe(true);
    expect(matchesHistoryFilter(record, { elementIds: ['sys-1'] })).toBe(false);
  });

  it('finds a record by part of an element’s name, a person’s name, and a time range, case ignored', () => {
    expect(matchesHistoryFilter(record, { elementText: 'gift' })).toBe(true);
    expect(matchesHistoryFilter(record, { elementText: 'mailchimp' })).toBe(false);
    expect(matchesHistoryFilter(record, { by: 'priya' })).toBe(true);
    expect(matchesHistoryFilter(record, { by: 'sam' })).toBe(false);
    expect(matchesHistoryFilter(record, { since: '2026-03-05T00:00:00.000Z', until: '2026-03-06T00:00:00.000Z' })).toBe(true);
    expect(matchesHistoryFilter(record, { until: '2026-03-05T14:30:00.000Z' })).toBe(false);
  });

  it('finds records made without a name as made by Unknown', () => {
    const anonymous = changeRecord({ by: '' });
    expect(authorOf(anonymous)).toBe('Unknown');
    expect(matchesHistoryFilter(anonymous, { by: 'unknown' })).toBe(true);
  });
});

describe('wording a record', () => {
  it('says what was done, undone or redone, and what it was done to', () => {
    expect(actionLabel(changeRecord({ action: 'do', label: 'Edit data flow' }))).toBe('Edit data flow');
    expect(actionLabel(changeRecord({ action: 'undo', label: 'Edit data flow' }))).toBe('Undo Edit data flow');
    expect(actionLabel(changeRecord({ action: 'redo', label: 'Delete' }))).toBe('Redo Delete');
    expect(elementLabel(fieldChange({ kind: 'flow', name: 'Gift Aid' }))).toBe('Integration: Gift Aid');
  });
});

describe('a history moved to new ids', () => {
  it('follows each element, and each treatment’s element, to its new id', () => {
    const history = [changeRecord({ changes: [fieldChange({ id: 'flow-1' }), fieldChange({ kind: 'treatment', id: 'no-owner:flow-1' }), fieldChange({ id: 'flow-gone' })] })];
    const moved = historyWithNewIds(history, new Map([['flow-1', 'flow-a']]));
    expect(moved[0]!.changes.map((c) => c.id)).toEqual(['flow-a', 'no-owner:flow-a', 'flow-gone']);
  });
});

describe('reading a history record from a file', () => {
  it('accepts a record as the app writes it, and drops keys it does not know', () => {
    const restored = restoreChangeRecord({ ...changeRecord(), key: '42', extra: true });
    expect(restored).toEqual(changeRecord());
    expect(validateChangeRecord(restored)).toEqual([]);
  });

  it('names the field of every problem', () => {
    const bad = restoreChangeRecord({ at: 'yesterday', by: 7, action: 'revert', command: '', changes: [{ kind: 'spaceship', id: '', type: 'moved', before: 1 }, 'x'] });
    expect(validateChangeRecord(bad, 'history[0].').map((p) => p.path)).toEqual([
      'history[0].at', 'history[0].by', 'history[0].action', 'history[0].command',
      'history[0].changes[0].kind', 'history[0].changes[0].id', 'history[0].changes[0].type', 'history[0].changes[0].before',
      'history[0].changes[1]',
    ]);
  });
});
