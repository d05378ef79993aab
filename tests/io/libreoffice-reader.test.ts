import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { writeXlsx } from '../../io/xlsx/write-workbook';
import { compareEntries, registerEntries } from '../../shared/checks';
import { buildRegisterWorkbook, type WorkbookModel } from '../../shared/workbook';
import { escaped, HOSTILE_TEXTS, registerMapWithFindings, TODAY } from '../shared/workbook/register-map';
import { edgeWorkbook, ESCAPE_LOOKALIKE_TEXT, LONG_TEXT, MARKUP_TEXT, ODD_SHEET_NAME, SPACED_TEXT, UNICODE_TEXT } from './edge-workbook';

// A third reader, the one many charities open the register in: LibreOffice Calc, converting each
// sheet to CSV from the command line. CI installs libreoffice-calc-nogui (.ci/run); elsewhere the
// tests say why they skip.
function whyUnavailable(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? null : 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)';
}

const unavailable = whyUnavailable();
const needsLibreOffice = (context: TestContext) => context.skip(unavailable !== null, unavailable ?? '');
let dir: string;

/** Every sheet of the workbook as LibreOffice reads it, each a list of rows of cell texts. */
function convert(name: string, bytes: Uint8Array): Map<string, string[][]> {
  writeFileSync(join(dir, `${name}.xlsx`), bytes);
  // Comma, double quote, UTF-8, from line 1; cells as shown; -1: every sheet, each to NAME-SHEET.csv.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
  const result = spawnSync('soffice', [
    '--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`,
    '--convert-to', filter, '--outdir', join(dir, name), join(dir, `${name}.xlsx`),
  ], { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  const sheets = new Map<string, string[][]>();
  for (const [, sheet] of result.stdout.matchAll(/Writing sheet (.+?) -> /g)) {
    sheets.set(sheet!, parseCsv(readFileSync(join(dir, name, `${name}-${sheet}.csv`), 'utf8')));
  }
  return sheets;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; } else if (char === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const { doc, findings } = registerMapWithFindings();
const register: WorkbookModel = buildRegisterWorkbook(doc, findings, { today: TODAY });
let registerSheets: Map<string, string[][]>;
let edgeSheets: Map<string, string[][]>;

beforeAll(async () => {
  if (unavailable) return;
  dir = mkdtempSync(join(tmpdir(), 'im-libreoffice-'));
  registerSheets = convert('register', await writeXlsx(register));
  edgeSheets = convert('edge', await writeXlsx(edgeWorkbook()));
}, 240_000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

function sheet(sheets: Map<string, string[][]>, name: string): string[][] {
  const found = sheets.get(name);
  if (!found) throw new Error(`No sheet "${name}" (sheets: ${[...sheets.keys()].join(', ')})`);
  return found;
}

describe('the register as LibreOffice Calc reads it', () => {
  it('opens every sheet, and finds the Risk register’s header and one row per entry, most severe first', (context) => {
    needsLibreOffice(context);
    expect([...registerSheets.keys()]).toEqual(register.sheets.map((s) => s.name));
    const rows = sheet(registerSheets, 'Risk register');
    expect(rows[0]).toEqual(register.sheets.find((s) => s.name === 'Risk register')!.columns.map((c) => c.header));
    expect(rows.slice(1).map((row) => row[0])).toEqual(registerEntries(doc, findings).sort(compareEntries).map((e) => e.id));
    expect(rows.find((row) => row[0] === 'plaintext-credentials:flow-1')).toEqual(expect.arrayContaining(['Critical', 'Unchecked']));
  });

  it('reads hostile names as the quoted text they are, and dates as dates', (context) => {
    needsLibreOffice(context);
    const systems = sheet(registerSheets, 'Systems');
    HOSTILE_TEXTS.forEach((text, i) => expect(systems.find((row) => row[0] === `sys-${i + 4}`)?.[1], JSON.stringify(text)).toBe(escaped(text)));
    const integrations = sheet(registerSheets, 'Integrations');
    const rotated = integrations[0]!.indexOf('Credential last rotated');
    expect(integrations.find((row) => row[0] === 'flow-1')?.[rotated]).toBe('2024-02-29');
  });
});

describe('the edge cases as LibreOffice Calc reads them', () => {
  it('gives back text exactly, decoding Excel’s _xHHHH_ for characters XML cannot carry', (context) => {
    needsLibreOffice(context);
    const texts = new Map(sheet(edgeSheets, 'Texts').map((row) => [row[0], row[1]]));
    expect(texts.get('lookalike')).toBe(ESCAPE_LOOKALIKE_TEXT);
    expect(texts.get('markup')).toBe(MARKUP_TEXT);
    expect(texts.get('spaced')).toBe(SPACED_TEXT);
    expect(texts.get('unicode')).toBe(UNICODE_TEXT);
    // CSV in UTF-8 cannot hold the lone surrogate itself; the control characters and U+FFFE come through.
    expect(texts.get('forbidden')).toMatch(/^bell\u0007 nul\u0000 esc\u001b lone.*end\uFFFE$/);
    expect(texts.get('long')).toBe(LONG_TEXT.slice(0, 32_767));
  });

  it('opens the sheet named with & and \', its blanks empty and every value in its column', (context) => {
    needsLibreOffice(context);
    expect(sheet(edgeSheets, ODD_SHEET_NAME)).toEqual([
      ['Name', 'Count', 'Reviewed', 'Notes', 'Status'],
      ['first', '', '2024-02-29', '', 'after a blank'],
      ['', '42', '', 'only these two', ''],
      ['severe', '3.5', '', '', 'Critical'],
    ]);
  });
});
