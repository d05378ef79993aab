import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { mapBuilder } from '../support/map-builder';
import { mapFile } from './fake-io';

// The file `npm install -g` would put on PATH, run as a user runs it: a separate Node process.
// `npm test` builds it first (npm run build:cli); on its own, this test skips if it is missing.
const BUILT = fileURLToPath(new URL('../../dist/cli/integration-mapper.cjs', import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
  const doc = mapBuilder()
    .system('CRM', { kind: 'crm', owner: 'Priya Shah' })
    .system('Xero', { kind: 'finance', boundary: 'vendor' })
    .flow('CRM', 'Xero', { dataTypes: ['financial'], account: 'svc-sync' })
    .flow('Xero', 'CRM', { account: 'svc-sync' })
    .build();
  writeFileSync(join(dir, 'map.json'), mapFile(doc));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(context: TestContext, ...args: string[]) {
  context.skip(!existsSync(BUILT), `${BUILT} is not built: run npm run build:cli`);
  return spawnSync(process.execPath, [BUILT, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
}

describe('the built integration-mapper command', () => {
  it('needs nothing at run time but Node itself', (context) => {
    context.skip(!existsSync(BUILT), `${BUILT} is not built: run npm run build:cli`);
    const source = readFileSync(BUILT, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // Bundled libraries keep their doc comments, whose examples `require` things; only code counts.
    const code = source.split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line)).join('\n');
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]!);
    expect(required.filter((name) => !isBuiltin(name))).toEqual([]);
  });

  it('prints its usage', (context) => {
    const result = cli(context, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('integration-mapper check INPUT');
  });

  it('exits 1 on --fail-on high when a high finding is open, and 0 without it', (context) => {
    const failing = cli(context, 'check', 'map.json', '--fail-on', 'high', '--today', '2026-03-01');
    expect(failing.status, failing.stderr).toBe(1);
    expect(failing.stdout).toContain('Credential shared between integrations');
    expect(failing.stderr).toMatch(/open findings? (is|are) high or worse/);
    expect(cli(context, 'check', 'map.json', '--today', '2026-03-01').status).toBe(0);
  });

  it('exits 2 with one message for a file that is not there', (context) => {
    const result = cli(context, 'check', 'nowhere.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('integration-mapper: Cannot read "nowhere.json": there is no such file.\n');
  });

  it('writes a real workbook for register, and no stray temporary file', async (context) => {
    const result = cli(context, 'register', 'map.json', '-o', 'register.xlsx', '--today', '2026-03-01');
    expect(result.status, result.stderr).toBe(0);
    const rows = Number(/^Wrote the risk register to "register.xlsx": (\d+) rows/.exec(result.stdout)?.[1]);
    expect(readdirSync(dir).sort()).toEqual(['map.json', 'register.xlsx']);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(join(dir, 'register.xlsx'));
    expect(workbook.getWorksheet('Risk register')?.actualRowCount).toBe(rows + 1);
  });

  it('converts a CSV inventory on disk into a map file that check then reads', (context) => {
    writeFileSync(join(dir, 'inventory.csv'), 'From system,To system,Auth method\r\nCRM,Mailchimp,API key\r\n');
    const converted = cli(context, 'convert', 'inventory.csv', '-o', 'inventory.intmap', '--today', '2026-03-01');
    expect(converted.status, converted.stderr).toBe(0);
    expect(converted.stdout).toContain('Wrote the map to "inventory.intmap": 2 systems, 1 flow.');
    const checked = cli(context, 'check', 'inventory.intmap', '--json', '--today', '2026-03-01');
    expect(checked.status, checked.stderr).toBe(0);
    const findings = JSON.parse(checked.stdout) as Array<{ elementName: string }>;
    expect(findings.some((finding) => finding.elementName.includes('CRM'))).toBe(true);
  });
});
