import { describe, expect, it } from 'vitest';
import {
  asAssessmentId, asFlowId, asSystemId, createAssessment, createFlow, createSystem, documentFrom,
  type FlowRecord, type MapDocument, type SystemRecord,
} from '../../../shared/model';
import { badgeDescriptionId, describeBadge, toEdges, toNodes } from '../../../renderer/canvas/projection';
import { EMPTY_SELECTION } from '../../../renderer/store/map-store';

const crm = createSystem({ id: asSystemId('crm'), name: 'Salesforce', kind: 'crm', boundary: 'vendor', position: { x: 10, y: 20 } });
const finance = createSystem({ id: asSystemId('finance'), name: 'Xero', kind: 'finance', position: { x: 400, y: 20 } });
const sync = createFlow({ id: asFlowId('sync'), sourceId: crm.id, targetId: finance.id, dataTypes: ['personal', 'financial'], direction: 'one-way' });

function mapOf(systems: SystemRecord[], flows: FlowRecord[] = []): MapDocument {
  return documentFrom(createAssessment({ id: asAssessmentId('a'), now: '2026-01-01T00:00:00.000Z' }), systems, flows);
}

describe('toNodes', () => {
  it("places each node at its system's position and labels it", () => {
    const [node] = toNodes(mapOf([crm]), EMPTY_SELECTION);
    expect(node).toMatchObject({ id: 'crm', type: 'system', position: { x: 10, y: 20 }, selected: false });
    expect(node!.data).toMatchObject({ name: 'Salesforce', kindLabel: 'CRM', boundaryLabel: 'vendor' });
    expect(node!.ariaLabel).toBe('System Salesforce, CRM, vendor');
  });

  it('says what is missing on a blank system', () => {
    const blank = createSystem({ id: asSystemId('blank'), position: { x: 0, y: 0 } });
    const [node] = toNodes(mapOf([blank]), EMPTY_SELECTION);
    expect(node!.ariaLabel).toBe('System Unnamed system, kind not set, boundary not set');
  });

  it('marks selected systems as selected', () => {
    const nodes = toNodes(mapOf([crm, finance]), { systemIds: [finance.id], flowIds: [] });
    expect(nodes.map((n) => [n.id, n.selected])).toEqual([['crm', false], ['finance', true]]);
  });

  it('reuses the previous node for an unchanged system and makes a new one for a changed system', () => {
    const before = mapOf([crm, finance]);
    const first = toNodes(before, EMPTY_SELECTION);
    const renamed = { ...finance, name: 'Sage' };
    const second = toNodes({ ...before, systems: { ...before.systems, [finance.id]: renamed } }, EMPTY_SELECTION, first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.data.name).toBe('Sage');
  });

  it('makes a new node when only its selection changes', () => {
    const doc = mapOf([crm]);
    const first = toNodes(doc, EMPTY_SELECTION);
    const second = toNodes(doc, { systemIds: [crm.id], flowIds: [] }, first);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]!.selected).toBe(true);
  });

  it('gives every node its fixed size and a handle on each side, so React Flow can draw before measuring', () => {
    const [node] = toNodes(mapOf([crm]), EMPTY_SELECTION);
    expect(node!.measured).toEqual({ width: 200, height: 80 });
    expect(node!.handles!.map((h) => h.id)).toEqual(['top', 'right', 'bottom', 'left']);
  });
});

describe('toEdges', () => {
  it('connects the source and target systems by id and labels the data carried', () => {
    const [edge] = toEdges(mapOf([crm, finance], [sync]), EMPTY_SELECTION);
    expect(edge).toMatchObject({ id: 'sync', source: 'crm', target: 'finance', sourceHandle: 'right', targetHandle: 'left' });
    expect(edge!.data!.dataLabel).toBe('personal data, financial');
    expect(edge!.ariaLabel).toBe('Data flow from Salesforce to Xero: personal data, financial');
  });

  it('says "data not set" when no data types are recorded', () => {
    const [edge] = toEdges(mapOf([crm, finance], [{ ...sync, dataTypes: [] }]), EMPTY_SELECTION);
    expect(edge!.data!.dataLabel).toBe('data not set');
  });

  it('draws an arrow at the target only for one-way flows, and at both ends for two-way flows', () => {
    const [oneWay] = toEdges(mapOf([crm, finance], [sync]), EMPTY_SELECTION);
    expect(oneWay!.markerEnd).toBeTruthy();
    expect(oneWay!.markerStart).toBeUndefined();
    const [twoWay] = toEdges(mapOf([crm, finance], [{ ...sync, direction: 'two-way' }]), EMPTY_SELECTION);
    expect(twoWay!.markerStart).toBeTruthy();
    expect(twoWay!.markerEnd).toBeTruthy();
  });

  it('marks selected flows and reuses unchanged edges', () => {
    const doc = mapOf([crm, finance], [sync]);
    const first = toEdges(doc, EMPTY_SELECTION);
    expect(toEdges(doc, EMPTY_SELECTION, first)[0]).toBe(first[0]);
    const selected = toEdges(doc, { systemIds: [], flowIds: [sync.id] }, first);
    expect(selected[0]!.selected).toBe(true);
  });

  it('relabels an edge when an end system is renamed', () => {
    const doc = mapOf([crm, finance], [sync]);
    const first = toEdges(doc, EMPTY_SELECTION);
    const next = toEdges({ ...doc, systems: { ...doc.systems, [finance.id]: { ...finance, name: 'Sage' } } }, EMPTY_SELECTION, first);
    expect(next[0]).not.toBe(first[0]);
    expect(next[0]!.ariaLabel).toContain('to Sage');
  });

  it('attaches the edge to the sides that face each other', () => {
    const below = { ...finance, position: { x: 10, y: 400 } };
    const [edge] = toEdges(mapOf([crm, below], [sync]), EMPTY_SELECTION);
    expect([edge!.sourceHandle, edge!.targetHandle]).toEqual(['bottom', 'top']);
  });
});

describe('badges', () => {
  it("points every system and flow at its badge's words, keeping its name", () => {
    const [node] = toNodes(mapOf([crm]), EMPTY_SELECTION);
    expect(node!.ariaLabel).toBe('System Salesforce, CRM, vendor');
    expect(node!.domAttributes?.['aria-describedby']).toContain(badgeDescriptionId(crm.id));
    const [edge] = toEdges(mapOf([crm, finance], [sync]), EMPTY_SELECTION);
    expect(edge!.domAttributes?.['aria-describedby']).toContain(badgeDescriptionId(sync.id));
  });

  it('says what a badge means in words', () => {
    expect(describeBadge({ severity: 'high', openCount: 3 })).toBe('Worst open finding: High, 3 open findings');
    expect(describeBadge({ severity: 'medium', openCount: 1 })).toBe('Worst open finding: Medium, 1 open finding');
  });
});
