import { describe, expect, it } from 'vitest';
import { describeWorkbookChanges, readExportedWorkbook } from '../../../shared/import/workbook-reimport';
import type { SheetBook } from '../../../shared/import/sheet-table';
import { asFlowId, asRiskId, asSystemId, parseMap, serializeMap, type MapDocument } from '../../../shared/model';
import { bookOf, ClientEdits, exportedModel, richMap, throughXlsx } from './workbook-support';

const base = richMap();
const NOW = '2026-11-23T10:00:00.000Z';

function reimport(book: SheetBook, doc: MapDocument = base) {
  let next = 0;
  const read = readExportedWorkbook(book, { base: doc, newId: () => `new-${++next}`, now: NOW });
  if (!read.ok) throw new Error(read.message);
  expect(parseMap(serializeMap(read.document)).ok).toBe(true);
  return { doc: read.document, issues: read.issues, changes: describeWorkbookChanges(doc, read.document) };
}

const exported = () => new ClientEdits(bookOf(exportedModel(base)));

describe('a workbook a client edited, read back in', () => {
  it('names exactly what the client changed: an owner, a deleted row, an added row and an accepted risk', async () => {
    const edited = new ClientEdits(await throughXlsx(base))
      .set('Integrations', 'flow-1', 'Owner', 'Jo Bloggs')
      .deleteRow('Integrations', 'flow-3')
      .addRow('Systems', { Name: 'Mailchimp', Kind: 'Email / collaboration', Owner: 'Jo Bloggs' })
      .set('Risk register', 'weak-authentication:flow-2', 'Treatment', 'Accepted')
      .set('Risk register', 'weak-authentication:flow-2', 'Justification', 'Only one integration uses it now');
    const { changes, issues, doc } = reimport(edited.book);

    expect(issues).toEqual([]);
    expect(changes.added).toEqual([{
      kind: 'system', id: 'new-1', name: 'Mailchimp',
      fields: [
        { key: 'name', label: 'Name', before: '', after: 'Mailchimp' },
        { key: 'kind', label: 'Kind', before: '', after: 'Email / collaboration' },
        { key: 'owner', label: 'Owner', before: '', after: 'Jo Bloggs' },
      ],
    }]);
    expect(changes.removed.map(({ kind, id, name }) => ({ kind, id, name }))).toEqual([{ kind: 'flow', id: 'flow-3', name: 'Nightly export' }]);
    expect(changes.changed).toEqual([
      { kind: 'flow', id: 'flow-1', name: 'Gift Aid to finance', fields: [{ key: 'owner', label: 'Owner', before: 'Priya Shah', after: 'Jo Bloggs' }] },
      {
        kind: 'treatment', id: 'weak-authentication:flow-2', name: expect.stringMatching(/: Xero → =HYPERLINK/),
        fields: [
          { key: 'status', label: 'Treatment', before: 'Unchecked', after: 'Accepted' },
          { key: 'justification', label: 'Justification', before: '', after: 'Only one integration uses it now' },
        ],
      },
    ]);
    expect(doc.systems[asSystemId('new-1')]!.position).toEqual({ x: 0, y: 0 });
    expect(doc.systems[asSystemId('sys-2')]!.position).toEqual(base.systems[asSystemId('sys-2')]!.position);
  });

  it('leaves an untouched register without new treatments', () => {
    const { doc } = reimport(exported().book);
    expect(Object.keys(doc.treatments).sort()).toEqual(Object.keys(base.treatments).sort());
  });

  it('reads choices typed as a client would, and leaves a cell it cannot read as it was, saying so', () => {
    const edited = exported()
      .set('Integrations', 'flow-1', 'Direction', 'two way')
      .set('Integrations', 'flow-1', 'Frequency', 'now and then, maybe')
      .set('Integrations', 'flow-1', 'Data transferred', 'Donor records; Personal data');
    const { changes, issues } = reimport(edited.book);
    expect(changes.changed).toEqual([{
      kind: 'flow', id: 'flow-1', name: 'Gift Aid to finance',
      fields: [
        { key: 'dataTypes', label: 'Data transferred', before: 'Financial / bank details; Donor records', after: 'Personal data; Donor records' },
        { key: 'direction', label: 'Direction', before: 'One-way', after: 'Two-way' },
      ],
    }]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Integrations', cell: 'H2', message: expect.stringContaining('left as it was') })]);
  });

  it('reports an ID on two rows, naming both, and reads only the first', () => {
    const edited = exported().copyRow('Systems', 'sys-2').set('Systems', 'sys-2', 'Owner', 'Jo Bloggs');
    const { changes, issues } = reimport(edited.book);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Systems', cell: 'A6', message: expect.stringMatching(/"sys-2" is on row 5 and row 6; only row 5 was read/) })]);
    expect(changes.changed.map((c) => c.fields.map((f) => f.after))).toEqual([['Jo Bloggs']]);
    expect(changes.added).toEqual([]);
  });

  it('does not read a flow whose source names no system on the Systems sheet, and keeps the flow as it was', () => {
    const edited = exported().set('Integrations', 'flow-1', 'Source', 'Salesforse').set('Integrations', 'flow-1', 'Owner', 'Jo Bloggs');
    const { changes, issues, doc } = reimport(edited.book);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', cell: 'B2', message: expect.stringContaining('"Salesforse" is not the name of a system on the Systems sheet') })]);
    expect(changes.empty).toBe(true);
    expect(doc.flows[asFlowId('flow-1')]).toBe(base.flows[asFlowId('flow-1')]);
  });

  it('finds a flow’s ends by name whatever the case and spacing, including a system added on the Systems sheet', () => {
    const edited = exported()
      .addRow('Systems', { Name: 'Mailchimp' })
      .set('Integrations', 'flow-1', 'Destination', '  mailchimp ')
      .addRow('Integrations', { Source: 'xero', Destination: 'MAILCHIMP', Name: 'Receipts' });
    const { doc, issues } = reimport(edited.book);
    expect(issues).toEqual([]);
    expect(doc.flows[asFlowId('flow-1')]!.targetId).toBe('new-1');
    expect(doc.flows[asFlowId('new-2')]).toMatchObject({ name: 'Receipts', sourceId: 'sys-2', targetId: 'new-1' });
  });

  it('removes a system whose row was deleted, with the flows that named it and its place in risks', () => {
    const { changes, issues, doc } = reimport(exported().deleteRow('Systems', 'sys-1').book);
    expect(changes.removed.map((c) => `${c.kind} ${c.id}`)).toEqual(['system sys-1', 'flow flow-1', 'flow flow-3']);
    expect(issues).toEqual(['A2', 'A3'].map((cell) => ({
      severity: 'warning', sheet: 'Integrations', cell,
      message: 'This flow joins "Salesforce NPSP", which is no longer on the Systems sheet, so it is removed too.',
    })));
    expect(doc.risks[asRiskId('risk-1')]!.relatedIds).toEqual([]);
  });

  it('adds a risk a client wrote on a new row, linked to the system its Element names', () => {
    const edited = exported().addRow('Risk register', {
      Check: 'custom', Title: 'Mailing list kept on a laptop', Finding: 'A copy of the list is on a volunteer laptop',
      Element: 'System: Xero', Likelihood: '3 Likely', Impact: '3 Major', Owner: 'Jo Bloggs',
    });
    const { doc, changes } = reimport(edited.book);
    expect(doc.risks[asRiskId('new-1')]).toMatchObject({
      title: 'Mailing list kept on a laptop', description: 'A copy of the list is on a volunteer laptop',
      relatedIds: ['sys-2'], likelihood: 'likely', impact: 'major', owner: 'Jo Bloggs', status: 'unchecked',
    });
    expect(changes.added.map((c) => `${c.kind} ${c.name}`)).toEqual(['risk Mailing list kept on a laptop']);
  });

  it('removes a custom risk whose row was deleted, and changes a kept one’s fields and elements', () => {
    const edited = exported()
      .deleteRow('Risk register', 'risk-2')
      .set('Risk register', 'risk-1', 'Element', 'System: Xero; Integration: Gift Aid to finance')
      .set('Risk register', 'risk-1', 'Impact', '4 Severe');
    const { changes } = reimport(edited.book);
    expect(changes.removed.map((c) => `${c.kind} ${c.name}`)).toEqual(['risk Untitled risk']);
    expect(changes.changed).toEqual([{
      kind: 'risk', id: 'risk-1', name: 'Only Priya understands the sync',
      fields: [
        { key: 'impact', label: 'Impact', before: '3 Major', after: '4 Severe' },
        { key: 'relatedIds', label: 'Concerns', before: 'Salesforce NPSP; Gift Aid to finance', after: 'Xero; Gift Aid to finance' },
      ],
    }]);
  });

  it('reads names and check settings changed on the Summary', () => {
    const summary = exported().book.sheets[0]!;
    const rows = summary.rows.map((cells) => {
      const label = cells[0]?.value;
      if (label === 'Organisation') return [cells[0]!, { value: 'Test charity (North)' }];
      if (label === 'Review interval (months)') return [cells[0]!, { value: 24 }, cells[2]!];
      if (label === 'People who have left') return [cells[0]!, { value: 'Alex Old\n=Jo Gone\nSam Former' }];
      return cells;
    });
    const book = { sheets: [{ ...summary, rows }, ...exported().book.sheets.slice(1)] };
    const { changes, doc } = reimport(book);
    expect(changes.changed).toEqual([{
      kind: 'assessment', id: 'assessment-1', name: 'Test assessment',
      fields: [
        { key: 'organisation', label: 'Organisation', before: 'Test charity', after: 'Test charity (North)' },
        { key: 'reviewIntervalMonths', label: 'Review interval (months)', before: '6', after: '24' },
        { key: 'leavers', label: 'People who have left', before: 'Alex Old; =Jo Gone', after: 'Alex Old; =Jo Gone; Sam Former' },
      ],
    }]);
    expect(doc.assessment.createdAt).toBe(base.assessment.createdAt);
  });

  it('keeps a setting out of range as it was, with a warning', () => {
    const summary = exported().book.sheets[0]!;
    const rows = summary.rows.map((cells) => (cells[0]?.value === 'Rotation interval (days)' ? [cells[0]!, { value: 0 }] : cells));
    const { changes, issues } = reimport({ sheets: [{ ...summary, rows }, ...exported().book.sheets.slice(1)] });
    expect(changes.empty).toBe(true);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Summary', message: expect.stringContaining('from 1 to 3650') })]);
  });
});
