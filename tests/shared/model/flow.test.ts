import { describe, expect, it } from 'vitest';
import { asFlowId, asSystemId, createFlow, restoreFlow, validateFlow } from '../../../shared/model';

const goodFlow = () => createFlow({
  id: asFlowId('flow-1'), sourceId: asSystemId('sys-1'), targetId: asSystemId('sys-2'),
  name: 'Donations to Xero', dataTypes: ['financial', 'donor-records'], authentication: 'api-key',
  credentialLastRotated: '2024-02-29', discoveredVia: ['interview'],
});
const pathsOf = (value: unknown) => validateFlow(value).map((p) => p.path);

describe('a flow', () => {
  it('starts out active, carrying no data types yet', () => {
    expect(createFlow({ id: asFlowId('f'), sourceId: asSystemId('a'), targetId: asSystemId('b') })).toMatchObject({ status: 'active', dataTypes: [], discoveredVia: [], mechanism: '' });
  });

  it('is accepted when every field holds a proper answer', () => {
    expect(validateFlow(goodFlow())).toEqual([]);
  });

  it('is rejected when its source and destination are the same system', () => {
    const problems = validateFlow({ ...goodFlow(), targetId: 'sys-1' });
    expect(problems).toEqual([{ path: 'targetId', message: 'A flow must connect two different systems' }]);
  });

  it('is rejected without an id, a source or a destination', () => {
    expect(pathsOf({ ...goodFlow(), id: undefined })).toEqual(['id']);
    expect(pathsOf({ ...goodFlow(), sourceId: '' })).toEqual(['sourceId']);
    expect(pathsOf({ ...goodFlow(), targetId: null })).toEqual(['targetId']);
  });

  it('is rejected when it lists a data type that is not in the vocabulary', () => {
    const problems = validateFlow({ ...goodFlow(), dataTypes: ['personal', 'gossip'] });
    expect(problems).toEqual([{ path: 'dataTypes', message: expect.stringContaining('"gossip" is not a data type') }]);
  });

  it('is rejected when it lists the same data type twice', () => {
    const problems = validateFlow({ ...goodFlow(), dataTypes: ['personal', 'personal'] });
    expect(problems).toEqual([{ path: 'dataTypes', message: 'Data transferred lists a value twice' }]);
  });

  // Known bug, reported to the lead: checkField ('choices') looks for an unknown value with
  // find(), which cannot tell "found undefined" from "found nothing". Make this it() once fixed.
  it('is rejected when its data types list holds an empty slot', () => {
    expect(pathsOf({ ...goodFlow(), dataTypes: [undefined] })).toEqual(['dataTypes']);
  });

  it('is rejected when its data types are a single value rather than a list', () => {
    expect(pathsOf({ ...goodFlow(), dataTypes: 'personal' })).toEqual(['dataTypes']);
  });

  it('is rejected when it was discovered via a source that is not in the vocabulary', () => {
    expect(pathsOf({ ...goodFlow(), discoveredVia: ['rumour'] })).toEqual(['discoveredVia']);
  });

  it('is rejected when its authentication is not a known method', () => {
    expect(pathsOf({ ...goodFlow(), authentication: 'magic' })).toEqual(['authentication']);
  });

  it('is rejected when its credential was last rotated on a day that does not exist', () => {
    expect(pathsOf({ ...goodFlow(), credentialLastRotated: '2025-02-30' })).toEqual(['credentialLastRotated']);
    expect(pathsOf({ ...goodFlow(), credentialLastRotated: '2023-02-29' })).toEqual(['credentialLastRotated']);
  });

  it('accepts "unknown" as when the credential was last rotated', () => {
    expect(validateFlow({ ...goodFlow(), credentialLastRotated: 'unknown' })).toEqual([]);
  });

  it('is rejected when its purpose is longer than 2000 characters', () => {
    expect(pathsOf({ ...goodFlow(), purpose: 'p'.repeat(2001) })).toEqual(['purpose']);
    expect(pathsOf({ ...goodFlow(), purpose: 'p'.repeat(2000) })).toEqual([]);
  });

  it('reports every bad field at once, each by name', () => {
    expect(pathsOf({ ...goodFlow(), mfa: 'maybe', owner: 7, lastReviewed: 'yesterday' })).toEqual(['mfa', 'owner', 'lastReviewed']);
  });
});

describe('restoring a flow from storage or an older file', () => {
  it('fills in fields the older save did not have, with empty lists for lists', () => {
    const { discoveredVia: _d, credentialLocationDetail: _c, ...older } = goodFlow();
    const restored = restoreFlow(older);
    expect(restored).toMatchObject({ discoveredVia: [], credentialLocationDetail: '' });
    expect(validateFlow(restored)).toEqual([]);
  });

  it('drops properties that no field describes', () => {
    const restored = restoreFlow({ ...goodFlow(), secretPassword: 'hunter2', assessmentId: 'a1' });
    expect(restored).not.toHaveProperty('secretPassword');
    expect(restored).not.toHaveProperty('assessmentId');
    expect(restored).toEqual(goodFlow());
  });

  it('keeps "unknown" and a blank date as the different answers they are', () => {
    expect(restoreFlow({ ...goodFlow(), lastReviewed: 'unknown' }).lastReviewed).toBe('unknown');
    expect(restoreFlow({ ...goodFlow(), lastReviewed: '' }).lastReviewed).toBe('');
  });
});
