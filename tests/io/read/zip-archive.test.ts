import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../io/spreadsheet/read-spreadsheet';
import { TOO_BIG_UNPACKED_MESSAGE } from '../../../io/xlsx/read/problem';
import { unpackEntry, unpackWhole, UnpackBudget } from '../../../io/xlsx/read/unpack';
import { readZipDirectory } from '../../../io/xlsx/read/zip-directory';
import { valuesOf, sheetOf } from './helpers';
import { buildZip, handXlsx, type ZipOptions } from './package-builder';

// The zip layer: the variants of the format other tools write, and the unpacking budget.

const book = {
  sheets: [{ name: 'Zipped', rows: '<row r="1"><c t="inlineStr"><is><t>Name</t></is></c><c><v>42</v></c></row>' }],
};

describe('reading zip archives', () => {
  const variants: ReadonlyArray<readonly [string, ZipOptions]> = [
    ['compressed', {}],
    ['stored, not compressed', { stored: true }],
    ['with sizes in data descriptors, as streaming writers leave them', { dataDescriptor: true }],
    ['with Zip64 sizes and end records', { zip64: true }],
    ['with an archive comment after the end record', { comment: 'Made by a tool that signs its zips PK\u0005\u0006 here' }],
  ];
  for (const [variant, options] of variants) {
    it(`reads a workbook ${variant}`, async () => {
      const result = await readSpreadsheet(handXlsx(book, options), 'variant.xlsx');
      expect(valuesOf(sheetOf(result, 'Zipped'))).toEqual([['Name', 42]]);
    });
  }

  it('finds parts whatever the case of their names, as packages require', async () => {
    const zip = buildZip({ 'a/Part.XML': 'content' });
    expect(readZipDirectory(zip).get('a/part.xml')?.name).toBe('a/Part.XML');
  });
});

describe('the unpacking budget', () => {
  const zip = buildZip({ 'one.xml': 'x'.repeat(100_000), 'two.xml': 'y'.repeat(100_000) });
  const entries = readZipDirectory(zip);

  it('counts every part against one budget for the whole workbook', async () => {
    const budget = new UnpackBudget(150_000);
    expect((await unpackWhole(zip, entries.get('one.xml')!, budget, 'one')).length).toBe(100_000);
    await expect(unpackWhole(zip, entries.get('two.xml')!, budget, 'two')).rejects.toThrow(TOO_BIG_UNPACKED_MESSAGE);
  });

  it('stops a part that gives more than its declared size at once, not at its end', async () => {
    const bomb = buildZip({ 'bomb.xml': ' '.repeat(8 * 1024 * 1024) });
    const entry = readZipDirectory(bomb).get('bomb.xml')!;
    const lying = { ...entry, size: 1024 };
    let unpacked = 0;
    await expect((async () => {
      for await (const piece of unpackEntry(bomb, lying, new UnpackBudget(), 'bomb')) unpacked += piece.length;
    })()).rejects.toThrow(/damaged/);
    expect(unpacked).toBeLessThanOrEqual(1024);
  });

  it('stops as soon as the budget is spent, counting what comes out', async () => {
    const budget = new UnpackBudget(150_000);
    let unpacked = 0;
    await expect((async () => {
      for (const name of ['one.xml', 'two.xml']) for await (const piece of unpackEntry(zip, entries.get(name)!, budget, name)) unpacked += piece.length;
    })()).rejects.toThrow(TOO_BIG_UNPACKED_MESSAGE);
    expect(unpacked).toBeLessThanOrEqual(150_000);
  });
});
