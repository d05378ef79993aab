import { afterEach, describe, expect, it } from 'vitest';
import { EventLoopTurns } from '../../io/xlsx/event-loop';
import { dosDate, zipArchive, zipEntry, ZipEntryWriter, type ZipEntry } from '../../io/xlsx/zip';
import { crc32, unzip } from './unzip';

let turns: EventLoopTurns;
afterEach(() => turns?.close());

async function archiveOf(files: Record<string, string>, date = '2026-11-22'): Promise<Uint8Array> {
  turns = new EventLoopTurns();
  const entries = await Promise.all(Object.entries(files).map(([name, text]) => zipEntry(name, text, turns)));
  return zipArchive(entries, date);
}

describe('writing a zip archive', () => {
  it('writes a DOS date as zips hold it, and cannot go before 1980', () => {
    expect(dosDate('2026-11-22')).toBe(((2026 - 1980) << 9) | (11 << 5) | 22);
    expect(dosDate('1970-01-01')).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('holds every file in the order given, compressed, with its CRC-32, stamped midnight on the given day', async () => {
    const files = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': 'Gift Aid to finance '.repeat(500), 'empty.xml': '' };
    const entries = await unzip(await archiveOf(files));
    expect(entries.map((entry) => entry.name)).toEqual(Object.keys(files));
    for (const entry of entries) {
      expect(entry, entry.name).toMatchObject({ method: 8, time: 0, date: dosDate('2026-11-22') });
      expect(new TextDecoder().decode(entry.content)).toBe(files[entry.name as keyof typeof files]);
      expect(entry.crc).toBe(crc32(entry.content));
    }
  });

  it('compresses: repetitive XML shrinks to a small fraction', async () => {
    const text = '<c s="1" t="s"><v>42</v></c>'.repeat(10_000);
    expect((await archiveOf({ 'sheet.xml': text })).length).toBeLessThan(text.length / 50);
  });

  it('keeps text written in many pieces, including multi-byte characters split across them', async () => {
    turns = new EventLoopTurns();
    const writer = new ZipEntryWriter('notes.xml', turns);
    const pieces = Array.from({ length: 300 }, (_, i) => `piece ${i}: café ☕ 𝄞 `);
    for (const piece of pieces) await writer.write(piece);
    await writer.writeBytes(new TextEncoder().encode('the end'));
    const [entry] = await unzip(zipArchive([await writer.close()], '2026-11-22'));
    expect(new TextDecoder().decode(entry!.content)).toBe(`${pieces.join('')}the end`);
  });

  it('hands a large piece back only once it is compressed, so writing over it then changes nothing', async () => {
    turns = new EventLoopTurns();
    const writer = new ZipEntryWriter('sheet.xml', turns);
    const spare: Uint8Array[] = [];
    const expected: string[] = [];
    for (let i = 0; i < 40; i++) {
      // A piece is written into a buffer handed back if there is one, as the sheets' pieces are.
      const size = i % 5 === 4 ? 300 : 1 << 16;
      const bytes = spare.pop()?.subarray(0, size) ?? new Uint8Array(size);
      bytes.fill(65 + (i % 26));
      expected.push(String.fromCharCode(65 + (i % 26)).repeat(size));
      await writer.writeBytes(bytes, (done) => spare.push(new Uint8Array(done.buffer)));
    }
    for (const buffer of spare) buffer.fill(0); // whatever the writer does with buffers handed back
    const [entry] = await unzip(zipArchive([await writer.close()], '2026-11-22'));
    // Compared as a flag: a failure's 2 MB diff would help nobody.
    expect(new TextDecoder().decode(entry!.content) === expected.join('')).toBe(true);
    expect(spare.length).toBeGreaterThan(0);
  });

  it('is byte for byte the same for the same files and day', async () => {
    const files = { 'a.xml': 'x'.repeat(70_000), 'b.xml': 'Salesforce → Xero' };
    expect(Buffer.from(await archiveOf(files)).equals(Buffer.from(await archiveOf(files)))).toBe(true);
  });

  it('refuses an entry of 4 GiB or more, which needs Zip64, rather than write a broken file', async () => {
    turns = new EventLoopTurns();
    const writer = new ZipEntryWriter('huge.xml', turns);
    // Not 4 GiB of memory: only its length is read before the writer refuses it.
    const pretendHuge = { length: 2 ** 32 } as unknown as Uint8Array;
    await expect(writer.writeBytes(pretendHuge)).rejects.toThrow(/huge\.xml is larger than 4 GiB/);
  });

  it('refuses an archive of 4 GiB or more', () => {
    const pretend = (name: string): ZipEntry => ({ name, data: { length: 2 ** 31 } as unknown as Uint8Array, crc: 0, size: 2 ** 31 });
    expect(() => zipArchive([pretend('a.xml'), pretend('b.xml'), pretend('c.xml')], '2026-11-22')).toThrow(/larger than 4 GiB/);
  });
});
