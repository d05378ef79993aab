import { describe, expect, it } from 'vitest';
import { mapFileText, serializeMap } from '../../../shared/model';
import { readMapFile } from '../../../renderer/map-file/read-map-file';
import { readMapFileOffThread } from '../../../renderer/map-file/read-off-thread';
import { mapBuilder } from '../../support/map-builder';

const doc = mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero', { name: 'Gift Aid' }).build();
const file = (text: string | Uint8Array, fileName = 'Acme.intmap') => ({ fileName, contents: typeof text === 'string' ? new TextEncoder().encode(text) : text });

describe('reading an opened map file', () => {
  it('reads the map from UTF-8 bytes, with or without a byte order mark', () => {
    expect(readMapFile(file(mapFileText(doc)))).toEqual({ ok: true, document: doc, history: [] });
    expect(readMapFile(file(`\uFEFF${mapFileText(doc)}`))).toEqual({ ok: true, document: doc, history: [] });
  });

  it('says a file that is not text is not a map file', () => {
    expect(readMapFile(file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe])))).toEqual({
      ok: false, summary: 'It is not a text file, so it is not a map file.', details: [],
    });
  });

  it('says where broken JSON goes wrong', () => {
    const read = readMapFile(file('{\n  "format": "integration-mapper/map",\n}'));
    expect(read).toEqual({ ok: false, summary: 'It is not a map file: it is not valid JSON (a comma is followed by "}" instead of a property at line 3, column 1).', details: [] });
  });

  it('asks for a newer app when a newer version made the file', () => {
    const read = readMapFile(file(JSON.stringify({ ...serializeMap(doc), schemaVersion: 7 })));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.summary).toMatch(/^The document was written by a newer version of Integration Mapper \(schema 7; this version reads up to 3\)\. Update the app to open it\.$/);
  });

  it('lists the first twenty problems by where they are, then how many more', () => {
    const map = serializeMap(doc) as unknown as { systems: Array<Record<string, unknown>> };
    const bad = { ...map, systems: Array.from({ length: 25 }, (_, i) => ({ ...map.systems[0], id: `sys-${i}`, kind: 'spaceship' })) };
    const read = readMapFile(file(JSON.stringify(bad)));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.summary).toBe('The map in it is not valid: there are 25 problems.');
    expect(read.details).toHaveLength(21);
    expect(read.details[0]).toMatch(/^systems\[0\]\.kind: "spaceship" is not a system kind/);
    expect(read.details[20]).toBe('and 5 more');
  });

  it('reads on this thread, with the same answer, where no worker can start', async () => {
    await expect(readMapFileOffThread(file(mapFileText(doc)))).resolves.toEqual({ ok: true, document: doc, history: [] });
  });
});
