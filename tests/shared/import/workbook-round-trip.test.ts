import { describe, expect, it } from 'vitest';
import { readExportedWorkbook } from '../../../shared/import/workbook-reimport';
import { parseMap, serializeMap, type MapDocument, type SerializedMap } from '../../../shared/model';
import { describeDocumentChanges } from '../../../shared/model';
import { richMap, throughXlsx } from './workbook-support';

const NOW = '2026-11-23T10:00:00.000Z';
const original = richMap();
const noIds = () => { throw new Error('A round trip needs no new ids'); };

function readBack(book: Parameters<typeof readExportedWorkbook>[0], base?: MapDocument): MapDocument {
  const read = readExportedWorkbook(book, { base, newId: noIds, now: NOW });
  if (!read.ok) throw new Error(read.message);
  expect(read.issues).toEqual([]);
  return read.document;
}

describe('exporting the workbook and reading it back', () => {
  it('gives the same assessment when read beside the app’s copy: ids, every field, treatments, risks and settings', async () => {
    const book = await throughXlsx(original);
    const doc = readBack(book, original);
    expect(serializeMap(doc)).toEqual(serializeMap(original));
    expect(describeDocumentChanges(original, doc).empty).toBe(true);
  });

  it('gives back the app’s own records for untouched rows, so applying it writes nothing', async () => {
    const doc = readBack(await throughXlsx(original), original);
    for (const kind of ['systems', 'flows', 'treatments', 'risks'] as const) {
      const records = doc[kind] as Readonly<Record<string, unknown>>;
      for (const [id, record] of Object.entries(original[kind])) expect(records[id], `${kind} ${id}`).toBe(record);
    }
    expect(doc.assessment).toBe(original.assessment);
  });

  it('rebuilds the assessment from the workbook alone, except what the workbook does not carry', async () => {
    const doc = readBack(await throughXlsx(original));
    const expected = serializeMap(original);
    // Not in the workbook: where systems sit on the canvas, when the assessment was made and last
    // changed, and treatments of findings the checks no longer raise (the register lists only current ones).
    const withoutBase: SerializedMap = {
      ...expected,
      assessment: { ...expected.assessment, createdAt: NOW, updatedAt: NOW },
      systems: expected.systems.map((system) => ({ ...system, position: { x: 0, y: 0 } })),
      treatments: expected.treatments.filter((t) => t.findingId !== 'no-owner:flow-1'),
    };
    expect(serializeMap(doc)).toEqual(withoutBase);
    expect(parseMap(serializeMap(doc)).ok).toBe(true);
  });

  it('keeps text a spreadsheet would run as a formula exactly as typed, without the quote that guarded it', async () => {
    const doc = readBack(await throughXlsx(original));
    const names = Object.values(doc.systems).map((s) => s.name);
    expect(names).toContain('=HYPERLINK("http://evil","x")');
    expect(doc.assessment.settings.leavers).toEqual(['Alex Old', '=Jo Gone']);
    expect(Object.values(doc.flows).map((f) => f.purpose)).toContain('=1+1');
  });
});
