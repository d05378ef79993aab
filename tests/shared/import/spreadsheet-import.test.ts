import { describe, expect, it } from 'vitest';
import { importInventorySheet, planImport, reimportWorkbook, sheetMapping } from '../../../shared/import/spreadsheet-import';
import { flowList, systemList, type SystemRecord } from '../../../shared/model';
import { SYSTEM_BOX } from '../../../shared/layout';
import { mapBuilder } from '../../support/map-builder';
import { importOptions, sheetOf } from './sheet-fixtures';
import { bookOf, ClientEdits, exportedModel } from './workbook-support';

const INVENTORY = [
  ['Integration', 'From system', 'To system', 'Auth method'],
  ['Donations', 'Website', 'CRM', 'API key'],
  ['Gift Aid', 'CRM', 'Finance', 'OAuth2'],
  ['Payroll', 'HR', 'Finance', ''],
];

function overlaps(a: SystemRecord, b: SystemRecord): boolean {
  return Math.abs(a.position.x - b.position.x) < SYSTEM_BOX.width && Math.abs(a.position.y - b.position.y) < SYSTEM_BOX.height;
}

describe('planning an import', () => {
  it('proposes the sheet whose headers name a source and a destination, not just the first sheet', () => {
    const notes = sheetOf([['Read me'], ['This workbook lists our integrations']], 'Notes');
    const plan = planImport({ sheets: [notes, sheetOf(INVENTORY, 'Integrations')] });
    expect(plan).toEqual({ kind: 'inventory', sheetIndex: 1, sheets: [{ name: 'Notes', dataRows: 1 }, { name: 'Integrations', dataRows: 3 }] });
  });

  it('says a spreadsheet with only a header row has no integrations to import', () => {
    const plan = planImport({ sheets: [sheetOf([INVENTORY[0]!])] });
    expect(plan).toMatchObject({ kind: 'empty', message: expect.stringContaining('no rows below it') });
  });

  it('says an empty spreadsheet is empty', () => {
    expect(planImport({ sheets: [sheetOf([])] })).toMatchObject({ kind: 'empty', message: expect.stringContaining('empty') });
  });

  it('recognises a risk register this app exported, by its assessment id', () => {
    const doc = mapBuilder().system('CRM').system('Finance').flow('CRM', 'Finance').build();
    expect(planImport(bookOf(exportedModel(doc)))).toEqual({ kind: 'exported-workbook', assessmentId: doc.assessment.id });
  });

  it('shows a few distinct example values for each column', () => {
    const { mapping, samples } = sheetMapping(sheetOf(INVENTORY));
    expect(mapping.map((m) => m.target)).toEqual(['name', 'source', 'destination', 'authentication']);
    expect(samples[3]).toEqual(['API key', 'OAuth2']);
    expect(samples[2]).toEqual(['CRM', 'Finance']);
  });
});

describe('importing an inventory sheet', () => {
  it('lays the new map out so every flow runs left to right and no systems overlap', () => {
    const sheet = sheetOf(INVENTORY);
    const { document } = importInventorySheet(sheet, sheetMapping(sheet).mapping, importOptions());
    const systems = systemList(document);
    expect(systems.map((s) => s.name).sort()).toEqual(['CRM', 'Finance', 'HR', 'Website']);
    for (const flow of flowList(document)) {
      expect(document.systems[flow.sourceId]!.position.x).toBeLessThan(document.systems[flow.targetId]!.position.x);
    }
    for (const a of systems) for (const b of systems) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });
});

describe('re-importing an exported workbook', () => {
  it('keeps every system where it was and places systems the client added below the map', () => {
    const doc = mapBuilder()
      .system('CRM', { position: { x: 0, y: 0 } })
      .system('Finance', { position: { x: 400, y: 300 } })
      .flow('CRM', 'Finance')
      .build();
    const edited = new ClientEdits(bookOf(exportedModel(doc))).addRow('Systems', { Name: 'Mailing list' }).book;
    const result = reimportWorkbook(edited, { base: doc, newId: () => 'added-system', now: '2026-11-22T10:00:00.000Z' });
    if (!result.ok) throw new Error(result.message);
    const byName = new Map(systemList(result.document).map((s) => [s.name, s]));
    expect(byName.get('CRM')!.position).toEqual({ x: 0, y: 0 });
    expect(byName.get('Finance')!.position).toEqual({ x: 400, y: 300 });
    expect(byName.get('Mailing list')!.position.y).toBeGreaterThanOrEqual(300 + SYSTEM_BOX.height);
  });
});
