import { describe, expect, it } from 'vitest';
import {
  asFlowId, asSystemId, documentFrom, flowList, MAP_FORMAT, parseMap, serializeMap, systemList,
  type MapDocument, type ParseMapResult,
} from '../../../shared/model';
import { mapBuilder } from '../../support/map-builder';

const sampleMap = (): MapDocument => mapBuilder()
  .system('CRM', { kind: 'crm', hosting: 'saas', owner: 'Priya', lastReviewed: '2026-01-15' })
  .system('Xero', { kind: 'finance', lastReviewed: 'unknown' })
  .system('Old partner portal', { boundary: 'former-partner', status: 'unused', position: { x: -120.5, y: 333 } })
  .flow('CRM', 'Xero', { dataTypes: ['financial', 'donor-records'], authentication: 'oauth-client-credentials', discoveredVia: ['interview', 'documentation'] })
  .flow('Old partner portal', 'CRM', { credentialLocation: 'spreadsheet-document', credentialLastRotated: 'unknown', notes: 'Nobody knows who set this up.\nStill runs nightly.' })
  .build();

/** What a file on disk goes through: serialise, write as text, read back. */
const throughJson = (doc: MapDocument) => JSON.parse(JSON.stringify(serializeMap(doc))) as Record<string, unknown>;
const problemPaths = (result: ParseMapResult) => (result.ok ? [] : result.problems.map((p) => p.path));

describe('saving and opening a map file', () => {
  it('opens a saved map as exactly the map that was saved', () => {
    const doc = sampleMap();
    const result = parseMap(throughJson(doc));
    expect(result).toEqual({ ok: true, document: doc, history: [], migrationsApplied: [] });
  });

  it('writes the same bytes for the same map, whatever order its records were added in', () => {
    const doc = sampleMap();
    const reordered = documentFrom(doc.assessment, systemList(doc).reverse(), flowList(doc).reverse());
    expect(Object.keys(reordered.systems)).not.toEqual(Object.keys(doc.systems));
    expect(JSON.stringify(serializeMap(reordered))).toBe(JSON.stringify(serializeMap(doc)));
  });

  // Known bug, reported to the lead: serializeMap keeps each record's key order, and createSystem
  // and createFlow put the id last while restoreSystem and restoreFlow put it first, so a map
  // exported, reopened and exported again differs byte for byte. Make this it() once fixed.
  it('writes the same bytes after the map is opened and saved again', () => {
    const first = JSON.stringify(serializeMap(sampleMap()));
    const reopened = parseMap(JSON.parse(first));
    expect(reopened.ok && JSON.stringify(serializeMap(reopened.document))).toBe(first);
  });

  it('lists records in id order', () => {
    const serialized = serializeMap(documentFrom(sampleMap().assessment, systemList(sampleMap()).reverse(), []));
    expect(serialized.systems.map((s) => s.id)).toEqual(['sys-1', 'sys-2', 'sys-3']);
  });

  it('says clearly when a JSON file is not a map', () => {
    expect(parseMap({ name: 'integration-mapper', version: '0.1.0' })).toEqual({ ok: false, problems: [{ path: 'format', message: expect.stringContaining('not an Integration Mapper map') }] });
    expect(problemPaths(parseMap({ ...throughJson(sampleMap()), format: 'someone-else/map' }))).toEqual(['format']);
  });

  it('refuses a map from a newer version of the app', () => {
    expect(problemPaths(parseMap({ ...throughJson(sampleMap()), schemaVersion: 99 }))).toEqual(['schemaVersion']);
  });

  it('reports a flow that starts or ends at a system missing from the map', () => {
    const json = throughJson(sampleMap());
    const result = parseMap({ ...json, systems: (json.systems as Array<{ id: string }>).filter((s) => s.id !== 'sys-2') });
    expect(result).toEqual({ ok: false, problems: [{ path: 'flows[0].targetId', message: 'Flow "CRM to Xero" ends at a system that is not in the map' }] });
  });

  it('reports a system or flow id used twice, at the second use', () => {
    const json = throughJson(sampleMap());
    const systems = json.systems as unknown[];
    const flows = json.flows as unknown[];
    const result = parseMap({ ...json, systems: [...systems, systems[0]], flows: [flows[1], ...flows] });
    expect(problemPaths(result)).toEqual(['systems[3].id', 'flows[2].id']);
  });

  it('reports every bad field in the file, each by where it is', () => {
    const json = throughJson(sampleMap()) as { systems: object[]; flows: object[] };
    json.systems[1] = { ...json.systems[1], kind: 'spaceship' };
    json.flows[0] = { ...json.flows[0], lastReviewed: '2025-02-30' };
    expect(problemPaths(parseMap(json))).toEqual(['systems[1].kind', 'flows[0].lastReviewed']);
  });

  it('fills in fields an older file lacks and drops ones it does not know', () => {
    const json = throughJson(sampleMap()) as { systems: Array<Record<string, unknown>> };
    const { reviewedBy: _, ...olderSystem } = json.systems[0]!;
    json.systems[0] = { ...olderSystem, favouriteColour: 'teal' };
    const result = parseMap(json);
    expect(result.ok && result.document.systems[asSystemId('sys-1')]).toEqual(sampleMap().systems[asSystemId('sys-1')]);
  });

  it('never throws on junk, and explains what is wrong instead', () => {
    const junk: unknown[] = [null, undefined, 0, 42, Number.NaN, '', 'map', '{"format":1}', [], [1, 2], true, {}, { format: MAP_FORMAT },
      { format: MAP_FORMAT, schemaVersion: 1 }, { format: MAP_FORMAT, schemaVersion: 1, assessment: 'x', systems: 'y', flows: {} },
      { format: MAP_FORMAT, schemaVersion: 1, assessment: {}, systems: [1, 'two', []], flows: [false] }];
    for (const value of junk) {
      const result = parseMap(value);
      expect(result.ok, JSON.stringify(value)).toBe(false);
      expect(result.ok ? [] : result.problems, JSON.stringify(value)).not.toHaveLength(0);
    }
  });

  // Known bug, reported to the lead: recordList keeps non-object items, and duplicateIds and the
  // flow reference check then read `.id` of null. Make this it() once fixed.
  it('never throws on a file whose record lists contain null', () => {
    const json = throughJson(sampleMap());
    expect(() => parseMap({ ...json, systems: [null], flows: [null] })).not.toThrow();
  });

  it('keeps a flow by its id', () => {
    const result = parseMap(throughJson(sampleMap()));
    expect(result.ok && result.document.flows[asFlowId('flow-2')]?.credentialLastRotated).toBe('unknown');
  });
});
