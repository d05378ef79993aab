import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../shared/model';
import type { SaveFileRequest } from '../../../shared/platform';
import { mapFileBytes, mapFileName, saveMapFile } from '../../../renderer/map-file/save-map-file';
import { mapBuilder } from '../../support/map-builder';

const named = (doc: MapDocument, name: string): MapDocument => ({ ...doc, assessment: { ...doc.assessment, name } });

const doc = named(
  mapBuilder()
    .system('Salesforé CRM', { kind: 'crm', boundary: 'internal' })
    .system('Xero', { kind: 'finance', boundary: 'vendor' })
    .flow('Salesforé CRM', 'Xero', { name: 'Gift Aid to finance', dataTypes: ['financial'], credentialLocation: 'spreadsheet-document' })
    .treatment('plaintext-credentials:flow-1', { status: 'accepted', justification: 'Vault booked for March' })
    .risk({ title: 'One volunteer runs it', relatedIds: ['flow-1'] as never })
    .settings({ leavers: ['Pat Former'] })
    .build(),
  'Harbour Trust: review 2026',
);

describe('the map file', () => {
  it('holds the whole assessment: every system, flow, treatment, risk and setting', () => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(mapFileBytes(doc));
    const parsed = parseMap(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document).toEqual(doc);
  });

  it('is indented UTF-8 text without a byte order mark, ending in a newline', () => {
    const bytes = mapFileBytes(doc);
    expect(Array.from(bytes.slice(0, 3))).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text.startsWith('{\n  "format": "integration-mapper/map",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"name": "Salesforé CRM"');
  });

  it('gives the same bytes for the same map, so two saves can be compared', () => {
    const reordered: MapDocument = { ...doc, systems: Object.fromEntries(Object.entries(doc.systems).reverse()) as MapDocument['systems'] };
    expect(mapFileBytes(reordered)).toEqual(mapFileBytes(doc));
  });

  it('suggests the assessment name with .intmap, made safe', () => {
    expect(mapFileName(doc)).toBe('Harbour Trust review 2026.intmap');
    expect(mapFileName(named(doc, ''))).toBe('Integration map.intmap');
  });

  it('is handed to the host to save with a filter for map files, and the host’s answer passed back', async () => {
    const requests: SaveFileRequest[] = [];
    const platform = { saveFile: async (request: SaveFileRequest) => { requests.push(request); return { saved: true as const, fileName: 'Chosen.intmap' }; } };

    await expect(saveMapFile(doc, platform)).resolves.toEqual({ saved: true, fileName: 'Chosen.intmap' });

    expect(requests).toHaveLength(1);
    expect(requests[0]!.suggestedName).toBe('Harbour Trust review 2026.intmap');
    expect(requests[0]!.filters).toEqual([{ name: 'Integration Mapper map', extensions: ['intmap'] }]);
    expect(requests[0]!.contents).toEqual(mapFileBytes(doc));
  });
});
