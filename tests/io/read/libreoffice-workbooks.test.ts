import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import { bookOf, messageOf, serialToIso, valuesOf } from './helpers';

// Workbooks as LibreOffice Calc saves them, converted once from a CSV file: LibreOffice writes
// its own kind of .xlsx (its styles, shared strings, no inline strings), and a real old .xls.
// CI installs libreoffice-calc-nogui; elsewhere these tests say why they skip.

function whyUnavailable(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? null : 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)';
}

const unavailable = whyUnavailable();
const needsLibreOffice = (context: TestContext) => context.skip(unavailable !== null, unavailable ?? '');
const CSV = 'Name,Users,Go-live,Owner\nPayroll,42,2024-02-29,Zoë Müller\n"Smith, Jones & Co",3.5,2023-12-31,"R&D <team>"\n';
let dir: string;
const converted: Partial<Record<'xlsx' | 'xls', Uint8Array>> = {};

beforeAll(() => {
  if (unavailable) return;
  dir = mkdtempSync(join(tmpdir(), 'read-libreoffice-'));
  writeFileSync(join(dir, 'systems.csv'), CSV);
  for (const format of ['xlsx', 'xls'] as const) {
    const result = spawnSync('soffice', [
      '--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
      // Comma, double quote, UTF-8 (76), from line 1.
      '--infilter=CSV:44,34,76,1', '--convert-to', format, '--outdir', dir, join(dir, 'systems.csv'),
    ], { encoding: 'utf8', timeout: 180_000 });
    if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    converted[format] = new Uint8Array(readFileSync(join(dir, `systems.${format}`)));
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('workbooks saved by LibreOffice Calc', () => {
  it('reads its .xlsx: texts, numbers and dates where the CSV had them', async (context) => {
    needsLibreOffice(context);
    const result = await readSpreadsheet(converted.xlsx!, 'systems.xlsx');
    const [sheet] = bookOf(result).sheets;
    expect(sheet!.name).toBe('systems');
    const values = valuesOf(sheet!);
    expect(values[0]).toEqual(['Name', 'Users', 'Go-live', 'Owner']);
    expect([values[1]![0], values[1]![1], values[1]![3]]).toEqual(['Payroll', 42, 'Zoë Müller']);
    expect([values[2]![0], values[2]![1], values[2]![3]]).toEqual(['Smith, Jones & Co', 3.5, 'R&D <team>']);
    const dates = sheet!.rows.slice(1).map((row) => row[2]!);
    expect(dates.every((cell) => cell.date === true)).toBe(true);
    expect(dates.map((cell) => serialToIso(cell.value as number))).toEqual(['2024-02-29', '2023-12-31']);
  });

  it('says its .xls is the old format, to be saved as .xlsx or CSV', async (context) => {
    needsLibreOffice(context);
    expect(messageOf(await readSpreadsheet(converted.xls!, 'systems.xls'))).toMatch(/old Excel 97–2003 format \(\.xls\)/);
  });
});
