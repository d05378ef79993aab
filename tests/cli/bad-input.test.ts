import { describe, expect, it } from 'vitest';
import { mapBuilder } from '../support/map-builder';
import { mapFile, runCli, type CliResult, type FakeFile } from './fake-io';

const goodMap = () => mapFile(mapBuilder().system('CRM').system('Xero').flow('CRM', 'Xero').build());

/** Runs `check` on one file and returns what the person sees. */
const checkFile = (file: FakeFile, name = 'map.json'): Promise<CliResult> => runCli(['check', name], { [name]: file });

/** The tool refused with exit code 2 and exactly one message, which contains every `parts`. */
function expectRefusal(result: CliResult, ...parts: string[]): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.match(/integration-mapper: /g), result.stderr).toHaveLength(1);
  for (const part of parts) expect(result.stderr).toContain(part);
}

describe('a map file the tool cannot use', () => {
  it('is named when it does not exist', async () => {
    expectRefusal(await runCli(['check', 'missing.json']), 'Cannot read "missing.json": there is no such file.');
  });

  it('is named when it is a folder or cannot be opened', async () => {
    expectRefusal(await checkFile({ reason: 'not-a-file' }), '"map.json": it is a folder, not a file.');
    expectRefusal(await checkFile({ reason: 'unreadable', detail: 'permission denied' }), '"map.json": it cannot be opened (permission denied).');
  });

  it('is refused with its size and the limit when it is too large', async () => {
    expectRefusal(await checkFile({ reason: 'too-large', size: 250 * 1024 * 1024 }), 'it is too large (250 MB); map files may be up to 200 MB.');
  });

  it('gets the line and column of the mistake when it is not valid JSON', async () => {
    const text = '{\n  "format": "integration-mapper/map",\n  "schemaVersion": 2,\n}\n';
    expectRefusal(await checkFile(text), 'it is not valid JSON', 'at line 4, column 1');
    expectRefusal(await checkFile('{\n  "format": "integration-mapper/map"\n  "schemaVersion": 2\n}'), 'expected "," or "}" but found \'"\' at line 3, column 3');
  });

  it('is refused plainly when it is empty or not text at all', async () => {
    expectRefusal(await checkFile('  \n'), 'the file is empty.');
    expectRefusal(await checkFile(new Uint8Array([0xff, 0xfe, 0x00, 0x7b])), 'it is not a text file');
  });

  it('is told apart from other JSON: not an Integration Mapper map', async () => {
    expectRefusal(await checkFile('{ "name": "integration-mapper", "version": "0.1.0" }'), 'This is not an Integration Mapper map (format should be "integration-mapper/map").');
    expectRefusal(await checkFile('[1, 2, 3]'), 'does not contain a map document');
  });

  it('is refused, with a request to update, when a newer version wrote it', async () => {
    const newer = { ...(JSON.parse(goodMap()) as object), schemaVersion: 99 };
    expectRefusal(await checkFile(JSON.stringify(newer)), 'written by a newer version of Integration Mapper (schema 99', 'Update');
  });

  it('lists the first five invalid fields by path, then how many more there are', async () => {
    const map = JSON.parse(goodMap()) as { flows: Array<Record<string, unknown>>; systems: Array<Record<string, unknown>> };
    map.flows[0]!.dataTypes = ['bank-details'];
    map.flows[0]!.mfa = 'maybe';
    map.systems[0]!.kind = 'mainframe';
    map.systems[1]!.lastReviewed = 'last spring';
    map.systems[1]!.hosting = 'cloud';
    map.systems[1]!.boundary = 'outside';
    map.systems[1]!.status = 'retired';
    const result = await checkFile(JSON.stringify(map));
    expectRefusal(result, 'the map is not valid (7 problems):', 'systems[0].kind: "mainframe" is not a system kind', 'systems[1].lastReviewed: "last spring" is not a date', 'and 2 more.');
    expect(result.stderr.split('\n').filter((line) => /^ {2}\S+: /.test(line))).toHaveLength(5);
  });

  it('names a flow that points at a system missing from the map', async () => {
    const map = JSON.parse(goodMap()) as { systems: unknown[] };
    map.systems.pop();
    expectRefusal(await checkFile(JSON.stringify(map)), 'flows[0].targetId: Flow "CRM to Xero" ends at a system that is not in the map');
  });

  it('is read as a spreadsheet when it is one, and explained when it cannot be used', async () => {
    expectRefusal(await checkFile('Name,Kind\nCRM,crm\n', 'systems.csv'), 'Cannot read "systems.csv"', 'No column was recognised as the source system', 'Headers found: "Name", "Kind"');
    expectRefusal(await checkFile('From,To\n', 'flows.CSV'), 'no rows below it');
    // A workbook renamed to .json is still a workbook: its bytes start as a zip archive does.
    expectRefusal(await checkFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])), 'Cannot read "map.json"', 'incomplete');
  });

  it('is read when it starts with a byte order mark, as some Windows editors save', async () => {
    expect((await checkFile(`\uFEFF${goodMap()}`)).code).toBe(0);
  });
});
