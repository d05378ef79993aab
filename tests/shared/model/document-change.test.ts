import { describe, expect, it } from 'vitest';
import { asFlowId, asSystemId, createSystem, diffDocuments, documentFrom, isEmptyChange, NO_CHANGE, type MapDocument } from '../../../shared/model';
import { mapBuilder } from '../../support/map-builder';

const before = mapBuilder().system('CRM').system('Xero').system('Mailchimp').flow('CRM', 'Xero').flow('CRM', 'Mailchimp').build();
const crm = before.systems[asSystemId('sys-1')]!;
const mailchimp = asSystemId('sys-3');
const newsletter = asFlowId('flow-2');

/** The document with some records replaced, added or removed, sharing every other record (as commands do). */
function edit(doc: MapDocument, edits: { systems?: Record<string, unknown>; flows?: Record<string, unknown> }): MapDocument {
  const apply = <R>(records: Readonly<Record<string, R>>, changes: Record<string, unknown> = {}) => {
    const next: Record<string, R> = { ...records };
    for (const [id, record] of Object.entries(changes)) {
      if (record === undefined) delete next[id];
      else next[id] = record as R;
    }
    return next;
  };
  return { ...doc, systems: apply(doc.systems, edits.systems), flows: apply(doc.flows, edits.flows) } as MapDocument;
}

describe('working out what to save after a change', () => {
  it('finds nothing to save when nothing changed', () => {
    expect(isEmptyChange(diffDocuments(before, before))).toBe(true);
    expect(isEmptyChange(diffDocuments(before, { ...before, systems: { ...before.systems }, flows: { ...before.flows } }))).toBe(true);
  });

  it('finds an added system and saves only that', () => {
    const website = createSystem({ id: asSystemId('sys-9'), position: { x: 0, y: 0 }, name: 'Website' });
    expect(diffDocuments(before, edit(before, { systems: { 'sys-9': website } }))).toEqual({ ...NO_CHANGE, putSystems: [website], deleteSystemIds: [], putFlows: [], deleteFlowIds: [] });
  });

  it('finds a changed system and saves only that', () => {
    const renamed = { ...crm, name: 'Salesforce' };
    expect(diffDocuments(before, edit(before, { systems: { [crm.id]: renamed } }))).toEqual({ ...NO_CHANGE, putSystems: [renamed], deleteSystemIds: [], putFlows: [], deleteFlowIds: [] });
  });

  it('finds a removed system together with the flow removed with it', () => {
    const after = edit(before, { systems: { [mailchimp]: undefined }, flows: { [newsletter]: undefined } });
    expect(diffDocuments(before, after)).toEqual({ ...NO_CHANGE, putSystems: [], deleteSystemIds: [mailchimp], putFlows: [], deleteFlowIds: [newsletter] });
  });

  it('finds added, changed and removed flows', () => {
    const changed = { ...before.flows[asFlowId('flow-1')]!, owner: 'Priya' };
    const added = { ...changed, id: asFlowId('flow-9') };
    const after = edit(before, { flows: { 'flow-1': changed, 'flow-9': added, [newsletter]: undefined } });
    expect(diffDocuments(before, after)).toEqual({ ...NO_CHANGE, putSystems: [], deleteSystemIds: [], putFlows: [changed, added], deleteFlowIds: [newsletter] });
  });

  it('includes the assessment only when the assessment itself changed', () => {
    const renamed = { ...before, assessment: { ...before.assessment, name: 'Renamed' } };
    expect(diffDocuments(before, renamed)).toEqual({ ...NO_CHANGE, assessment: renamed.assessment, putSystems: [], deleteSystemIds: [], putFlows: [], deleteFlowIds: [] });
    expect(diffDocuments(before, edit(before, { systems: { [crm.id]: { ...crm } } }))).not.toHaveProperty('assessment');
  });

  it('turns the new document back into the old one when applied in reverse', () => {
    const after = edit(before, { systems: { [mailchimp]: undefined }, flows: { [newsletter]: undefined } });
    const undo = diffDocuments(after, before);
    expect(undo.putSystems).toEqual([before.systems[mailchimp]]);
    expect(undo.putFlows).toEqual([before.flows[newsletter]]);
  });

  // Known bug, reported to the lead: diffRecords uses `id in after`, which also finds inherited
  // properties, so removing a record whose id is "constructor" or "toString" is never saved.
  it('finds a removed system whatever its id is', () => {
    const odd = createSystem({ id: asSystemId('constructor'), position: { x: 0, y: 0 } });
    const withOdd = documentFrom(before.assessment, [odd], []);
    expect(diffDocuments(withOdd, documentFrom(before.assessment, [], [])).deleteSystemIds).toEqual(['constructor']);
  });
});
