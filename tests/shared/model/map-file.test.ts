import { describe, expect, it } from 'vitest';
import {
  copyFromFile, flowList, listProblems, mapFileText, readMapFileText, riskList, serializeMap, systemList, treatmentList,
  type MapDocument, type Problem,
} from '../../../shared/model';
import { changeRecord } from '../../support/history';
import { mapBuilder } from '../../support/map-builder';

const doc: MapDocument = mapBuilder()
  .system('CRM', { kind: 'crm', owner: 'Priya' })
  .system('Xero', { kind: 'finance' })
  .flow('CRM', 'Xero', { name: 'Gift Aid', dataTypes: ['financial', 'donor-records'] })
  .treatment('no-owner:flow-1', { status: 'accepted', justification: 'Finance owns it' })
  .risk({ title: 'One volunteer runs it', relatedIds: ['sys-1', 'flow-1'] as never })
  .settings({ reviewIntervalMonths: 6, leavers: ['Pat Former'] })
  .build();

function counter(): () => string {
  let next = 0;
  return () => `new-${++next}`;
}

describe('reading a map file', () => {
  it('gives back exactly the map that was written', () => {
    expect(readMapFileText(mapFileText(doc))).toEqual({ ok: true, document: doc, history: [], migrationsApplied: [] });
  });

  it('gives back the change history that was written with the map, in its order', () => {
    const history = [changeRecord({ at: '2026-03-01T10:00:00.000Z' }), changeRecord({ at: '2026-03-01T10:05:00.000Z', action: 'undo' })];
    expect(readMapFileText(mapFileText(doc, history))).toEqual({ ok: true, document: doc, history, migrationsApplied: [] });
  });

  it('ignores a byte order mark, as some Windows editors save one', () => {
    expect(readMapFileText(`\uFEFF${mapFileText(doc)}`).ok).toBe(true);
  });

  it('says a blank file is empty', () => {
    expect(readMapFileText('\uFEFF \n')).toEqual({ ok: false, kind: 'empty' });
  });

  it('points at the line and column where the JSON goes wrong', () => {
    const text = mapFileText(doc).replace('"schemaVersion": 3,', '"schemaVersion": 3');
    expect(readMapFileText(text)).toEqual({ ok: false, kind: 'not-json', line: 4, column: 3, problem: 'expected "," or "}" but found \'"\'' });
  });

  it('refuses other JSON, and a map from a newer version, in one sentence', () => {
    expect(readMapFileText('{"name": "package"}')).toEqual({ ok: false, kind: 'refused', message: expect.stringContaining('not an Integration Mapper map') });
    const newer = JSON.stringify({ ...serializeMap(doc), schemaVersion: 4 });
    expect(readMapFileText(newer)).toEqual({ ok: false, kind: 'refused', message: expect.stringMatching(/newer version of Integration Mapper.*Update the app/) });
  });

  it('names the field of every problem in the records', () => {
    const map = serializeMap(doc) as unknown as { flows: Array<Record<string, unknown>>; systems: Array<Record<string, unknown>> };
    map.flows[0]!.mfa = 'maybe';
    map.systems[1]!.kind = 'mainframe';
    const read = readMapFileText(JSON.stringify(map));
    expect(read.ok).toBe(false);
    if (read.ok || read.kind !== 'invalid') throw new Error(`expected problems, got ${JSON.stringify(read)}`);
    expect(read.problems.map((p) => p.path)).toEqual(['systems[1].kind', 'flows[0].mfa']);
  });

  it('migrates a version 1 file, which had no risk register', () => {
    const { treatments: _t, risks: _r, history: _h, ...v1 } = { ...serializeMap(doc), schemaVersion: 1 };
    const read = readMapFileText(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migrationsApplied).toHaveLength(2);
    expect(read.document).toEqual({ ...doc, treatments: {}, risks: {} });
    expect(read.history).toEqual([]);
  });
});

describe('listing problems', () => {
  const problems: Problem[] = Array.from({ length: 23 }, (_, i) => ({ path: `flows[${i}].owner`, message: 'too long' }));

  it('shows each problem with where it is, and how many more there are past the limit', () => {
    const lines = listProblems(problems, 20);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('flows[0].owner: too long');
    expect(lines[20]).toBe('and 3 more');
  });

  it('lists them all when they fit', () => {
    expect(listProblems(problems.slice(0, 2), 20)).toEqual(['flows[0].owner: too long', 'flows[1].owner: too long']);
  });
});

describe('keeping a file beside the assessment it came from', () => {
  it('gives the assessment and every record new ids, so the two never share a record', () => {
    const { document: copy } = copyFromFile({ document: doc, history: [] }, counter());
    const before = new Set([doc.assessment.id, ...systemList(doc).map((s) => s.id), ...flowList(doc).map((f) => f.id), ...riskList(doc).map((r) => r.id)]);
    const after = [copy.assessment.id, ...systemList(copy).map((s) => s.id), ...flowList(copy).map((f) => f.id), ...riskList(copy).map((r) => r.id)];
    expect(after).toHaveLength(before.size);
    for (const id of after) expect(before.has(id)).toBe(false);
  });

  it('names it "(from file)" and keeps what was recorded and when it last changed', () => {
    const { document: copy } = copyFromFile({ document: doc, history: [] }, counter());
    expect(copy.assessment.name).toBe('Test assessment (from file)');
    expect(copy.assessment.updatedAt).toBe(doc.assessment.updatedAt);
    expect(copy.assessment.settings).toEqual(doc.assessment.settings);
    const [flow] = flowList(copy);
    expect(flow).toMatchObject({ name: 'Gift Aid', dataTypes: ['financial', 'donor-records'] });
    expect(treatmentList(copy)).toEqual([expect.objectContaining({ findingId: `no-owner:${flow!.id}`, status: 'accepted', justification: 'Finance owns it' })]);
    expect(riskList(copy)[0]!.relatedIds).toEqual([systemList(copy)[0]!.id, flow!.id]);
  });
});
