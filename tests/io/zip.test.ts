import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dosDate, finishZip } from '../../io/xlsx/zip';

/** Every entry's name, method, DOS time and date, read from the central directory as an unzip tool does. */
function directoryOf(zip: Uint8Array): Array<{ name: string; method: number; time: number; date: number; size: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  let at = view.getUint32(end + 16, true);
  return Array.from({ length: view.getUint16(end + 10, true) }, () => {
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      size: view.getUint32(at + 24, true),
    };
    // The local header must say the same time as the directory.
    const local = view.getUint32(at + 42, true);
    expect([view.getUint16(local + 10, true), view.getUint16(local + 12, true)]).toEqual([entry.time, entry.date]);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    return entry;
  });
}

/** A small workbook as exceljs writes it: a zip of uncompressed entries stamped with the current time. */
async function storedWorkbook(text: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet').addRow([text, 42]);
  return new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }) as ArrayBuffer);
}

describe('finishing a zip archive', () => {
  it('writes a DOS date as zips hold it, and cannot go before 1980', () => {
    expect(dosDate('2026-11-22')).toBe(((2026 - 1980) << 9) | (11 << 5) | 22);
    expect(dosDate('1970-01-01')).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('stamps every entry with midnight on the given day', async () => {
    const finished = directoryOf(await finishZip(await storedWorkbook('Hello'), '2026-11-22'));
    expect(finished.length).toBeGreaterThan(5);
    for (const entry of finished) expect(entry, entry.name).toMatchObject({ time: 0, date: dosDate('2026-11-22') });
  });

  it('compresses every file and leaves folders stored', async () => {
    const stored = await storedWorkbook('x'.repeat(10_000));
    const finished = await finishZip(stored, '2026-11-22');
    expect(finished.length).toBeLessThan(stored.length / 2);
    for (const entry of directoryOf(finished)) expect(entry.method, entry.name).toBe(entry.name.endsWith('/') ? 0 : 8);
  });

  it('keeps every file’s content, so the workbook still opens and reads the same', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await finishZip(await storedWorkbook('Gift Aid to finance'), '2026-11-22')).slice().buffer);
    expect(workbook.getWorksheet('Sheet')!.getRow(1).values).toEqual([undefined, 'Gift Aid to finance', 42]);
  });

  it('refuses something that is not a zip, rather than writing a broken file', async () => {
    await expect(finishZip(new TextEncoder().encode('not a zip at all, just some text'), '2026-11-22')).rejects.toThrow(/Not a zip archive/);
  });
});
