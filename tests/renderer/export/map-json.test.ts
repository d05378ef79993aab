import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../shared/model';
import { mapFileName, mapJsonBytes } from '../../../renderer/export/map-json';
import { mapBuilder } from '../../support/map-builder';

const named = (doc: MapDocument, name: string): MapDocument => ({ ...doc, assessment: { ...doc.assessment, name } });

const doc = named(
  mapBuilder()
    .system('Salesforé CRM', { kind: 'crm', boundary: 'internal' })
    .system('Xero', { kind: 'finance', boundary: 'vendor' })
    .flow('Salesforé CRM', 'Xero', { name: 'Gift Aid to finance', dataTypes: ['financial'], credentialLocation: 'spreadsheet-document' })
    .settings({ leavers: ['Pat Former'] })
    .build(),
  'Harbour Trust: review 2026',
);

describe('the map data export', () => {
  it('is a map the command-line tool and the importer accept, with every system, flow and setting', () => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(mapJsonBytes(doc));
    const parsed = parseMap(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document).toEqual(doc);
  });

  it('is indented UTF-8 text ending in a newline', () => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(mapJsonBytes(doc));
    expect(text.startsWith('{\n  "format": "integration-mapper/map",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"name": "Salesforé CRM"');
  });

  it('gives the same bytes for the same map, so two exports can be compared', () => {
    const reordered: MapDocument = { ...doc, systems: Object.fromEntries(Object.entries(doc.systems).reverse()) as MapDocument['systems'] };
    expect(mapJsonBytes(reordered)).toEqual(mapJsonBytes(doc));
  });

  it('suggests the assessment name as the file name, made safe', () => {
    expect(mapFileName(doc)).toBe('Harbour Trust review 2026.json');
    expect(mapFileName(named(doc, ''))).toBe('Integration map.json');
  });
});
