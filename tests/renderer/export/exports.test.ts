import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '../../../shared/platform';
import { registerFileName } from '../../../shared/workbook';
import { exportRiskRegister, runExport } from '../../../renderer/export/exports';
import { mapBuilder } from '../../support/map-builder';

/** A host that records what it was asked to save and answers as a user would. */
function fakeHost(answer: (request: SaveFileRequest) => SaveFileResult = (r) => ({ saved: true, fileName: r.suggestedName })) {
  const requests: SaveFileRequest[] = [];
  return { requests, platform: { saveFile: async (request: SaveFileRequest) => { requests.push(request); return answer(request); } } };
}

// 23:30 local time on 22 November: the register is dated the day the user sees on their clock.
const lateEvening = () => new Date(2026, 10, 22, 23, 30);

const doc = mapBuilder()
  .system('Salesforce', { kind: 'crm', boundary: 'internal' })
  .system('Xero', { kind: 'finance', boundary: 'vendor' })
  .flow('Salesforce', 'Xero', { name: 'Gift Aid to finance', owner: '', credentialLocation: 'spreadsheet-document' })
  .build();

describe('exporting the risk register', () => {
  it('saves an Excel workbook named for the assessment and today, listing the flow’s findings', async () => {
    const host = fakeHost();
    const result = await exportRiskRegister(doc, { platform: host.platform, now: lateEvening });

    expect(host.requests).toHaveLength(1);
    const [request] = host.requests;
    expect(request!.suggestedName).toBe(registerFileName(doc, '2026-11-22'));
    expect(request!.filters).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
    expect(result).toEqual({ saved: true, fileName: request!.suggestedName });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(request!.contents.slice().buffer);
    const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells.some((text) => text.includes('Gift Aid to finance'))).toBe(true);
  });

  it('passes a cancelled save dialog back as not saved', async () => {
    const host = fakeHost(() => ({ saved: false }));
    await expect(exportRiskRegister(doc, { platform: host.platform, now: lateEvening })).resolves.toEqual({ saved: false });
  });
});

describe('saving the map file from the Export menu', () => {
  it('saves the whole map as <assessment name>.intmap', async () => {
    const host = fakeHost();
    const named = { ...doc, assessment: { ...doc.assessment, name: 'Harbour Trust review' } };
    await runExport('map', named, { platform: host.platform, now: lateEvening });
    const [request] = host.requests;
    expect(request!.suggestedName).toBe('Harbour Trust review.intmap');
    expect(request!.filters).toEqual([{ name: 'Integration Mapper map', extensions: ['intmap'] }]);
    expect(JSON.parse(new TextDecoder().decode(request!.contents)).flows[0].name).toBe('Gift Aid to finance');
  });
});
