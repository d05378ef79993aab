import { describe, expect, it } from 'vitest';
import {
  exportedAssessmentId, NOT_EXPORTED_MESSAGE, readExportedWorkbook, recogniseExportedWorkbook,
} from '../../../shared/import/workbook-reimport';
import type { SheetBook } from '../../../shared/import/sheet-table';
import { asAssessmentId, asFlowId, asRiskId, asSystemId, type FindingId } from '../../../shared/model';
import { bookOf, ClientEdits, exportedModel, richMap, serialOf, throughXlsx } from './workbook-support';

const base = richMap();
const NOW = '2026-11-23T10:00:00.000Z';
const exported = () => new ClientEdits(bookOf(exportedModel(base)));
const read = (book: SheetBook, options: Partial<Parameters<typeof readExportedWorkbook>[1]> = {}) =>
  readExportedWorkbook(book, { base, newId: () => 'new-1', now: NOW, ...options });

function readOk(book: SheetBook) {
  const result = read(book);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A client's own inventory: one sheet of flows, nothing of ours. */
const inventory: SheetBook = {
  sheets: [{ name: 'Sheet1', rows: [[{ value: 'ID' }, { value: 'Source' }, { value: 'Destination' }], [{ value: '1' }, { value: 'CRM' }, { value: 'Xero' }]] }],
};

describe('recognising a workbook the app exported', () => {
  it('knows its own export, through an .xlsx file, and the assessment it is about', async () => {
    const book = await throughXlsx(base);
    expect(recogniseExportedWorkbook(book)).toBe(true);
    expect(exportedAssessmentId(book)).toBe('assessment-1');
  });

  it('does not take a client’s own spreadsheet for one, and says what to do instead', () => {
    expect(recogniseExportedWorkbook(inventory)).toBe(false);
    expect(exportedAssessmentId(inventory)).toBeUndefined();
    expect(read(inventory)).toEqual({ ok: false, message: NOT_EXPORTED_MESSAGE });
  });

  it('does not take a workbook with our sheet names but no Assessment ID for one', () => {
    const book = exported().book;
    const summary = book.sheets[0]!;
    const withoutId = { sheets: [{ ...summary, rows: summary.rows.filter((cells) => cells[0]?.value !== 'Assessment ID') }, ...book.sheets.slice(1)] };
    expect(recogniseExportedWorkbook(withoutId)).toBe(false);
  });

  it('refuses to update another assessment with it', () => {
    const other = { ...base, assessment: { ...base.assessment, id: asAssessmentId('assessment-2'), name: 'Other review' } };
    expect(read(exported().book, { base: other })).toEqual({ ok: false, message: expect.stringContaining('another assessment') });
  });
});

describe('reading an edited workbook leniently', () => {
  it('keeps treatments and risks as they were when the Risk register sheet was deleted', () => {
    const book = exported().book;
    const { document: doc, issues } = readOk({ sheets: book.sheets.filter((s) => s.name !== 'Risk register') });
    expect(doc.treatments).toEqual(base.treatments);
    expect(doc.risks).toEqual(base.risks);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Risk register', message: expect.stringContaining('left as they were') })]);
  });

  it('keeps a field as it was when its column was deleted', () => {
    const book = exported().book;
    const systems = book.sheets.find((s) => s.name === 'Systems')!;
    const column = systems.rows[0]!.findIndex((cell) => cell?.value === 'Owner');
    const rows = systems.rows.map((cells) => cells.filter((_, i) => i !== column));
    const { document: doc, issues } = readOk({ sheets: book.sheets.map((s) => (s === systems ? { ...systems, rows } : s)) });
    expect(doc.systems).toEqual(base.systems);
    expect(issues).toEqual([{ severity: 'warning', sheet: 'Systems', message: 'There is no "Owner" column, so that was left as it was.' }]);
  });

  it('does not read a row whose ID was mangled, so its system reads as removed, for the person confirming to see', () => {
    const { document: doc, issues } = readOk(exported().set('Systems', 'sys-1', 'ID', 'sys 1?').book);
    expect(issues[0]).toEqual(expect.objectContaining({ severity: 'error', cell: 'A4', message: expect.stringContaining('"sys 1?" is not an ID the app made') }));
    expect(doc.systems[asSystemId('sys-1')]).toBeUndefined();
  });

  it('takes a finding’s treatment from the treatment columns, dates typed as text included', () => {
    const finding = 'weak-authentication:flow-2' as FindingId;
    const { document: doc } = readOk(exported()
      .set('Risk register', finding, 'Treatment', 'false positive')
      .set('Risk register', finding, 'Checked on', '3 March 2026')
      .set('Risk register', finding, 'Next review', serialOf('2027-03-03'))
      .book);
    expect(doc.treatments[finding]).toEqual({
      findingId: finding, status: 'false-positive', justification: '', checkedBy: '', checkedOn: '2026-03-03', nextReview: '2027-03-03',
    });
  });

  it('keeps wording that says more than a choice in the notes, as the spreadsheet importer does', () => {
    const { document: doc } = readOk(exported().set('Integrations', 'flow-1', 'Credential stored in', 'Shared spreadsheet on SharePoint').book);
    expect(doc.flows[asFlowId('flow-1')]).toMatchObject({
      credentialLocation: 'spreadsheet-document',
      notes: 'Runs on the 1st\n=not a formula\nCredential stored in (as written): "Shared spreadsheet on SharePoint"',
    });
  });

  it('makes no finding from a row a client added with a check other than custom', () => {
    const { document: doc, issues } = readOk(exported().addRow('Risk register', { Check: 'no-owner', Title: 'Owner missing' }).book);
    expect(doc.risks).toEqual(base.risks);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Risk register', message: expect.stringContaining('can only be a risk you add') })]);
  });

  it('uses the value a formula a client typed last showed, saying so', () => {
    const book = exported().book;
    const systems = book.sheets.find((s) => s.name === 'Systems')!;
    const owner = systems.rows[0]!.findIndex((cell) => cell?.value === 'Owner');
    const rows = systems.rows.map((cells) => (cells[0]?.value === 'sys-2'
      ? cells.map((cell, i) => (i === owner ? { value: 'Jo Bloggs', formula: 'Contacts!B2' } : cell)) : cells));
    const { document: doc, issues } = readOk({ sheets: book.sheets.map((s) => (s === systems ? { ...systems, rows } : s)) });
    expect(doc.systems[asSystemId('sys-2')]!.owner).toBe('Jo Bloggs');
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('=Contacts!B2') })]);
  });

  it('reads back a risk shown as "Untitled risk" as a risk with no title', () => {
    const { document: doc } = readOk(exported().set('Risk register', 'risk-2', 'Owner', 'Jo').book);
    expect(doc.risks[asRiskId('risk-2')]).toMatchObject({ title: '', owner: 'Jo' });
  });

  it('keeps a flow’s end when two systems share its name and it already joined one of them, and asks which for a new flow', () => {
    const twins = exported()
      .set('Systems', 'sys-3', 'Name', 'Xero')
      .set('Integrations', 'flow-2', 'Destination', 'Xero')
      .addRow('Integrations', { Source: 'Salesforce NPSP', Destination: 'xero', Name: 'Refunds' });
    const { document: doc, issues } = readOk(twins.book);
    expect(doc.flows[asFlowId('flow-1')]!.targetId).toBe('sys-2');
    expect(doc.flows[asFlowId('flow-2')]!.targetId).toBe('sys-3');
    expect(doc.flows[asFlowId('new-1')]).toBeUndefined();
    expect(issues).toEqual([{ severity: 'error', sheet: 'Integrations', cell: 'C5', message: '2 systems on the Systems sheet are called "xero", so this row was not read.' }]);
  });
});
