/**
 * Reads a zip archive the way an unzip tool does, for tests that look inside a written .xlsx:
 * the central directory first, then each entry's local header and data, inflated and checked
 * against its CRC-32 and size. Shares no code with the writer.
 */

export interface UnzippedEntry {
  readonly name: string;
  readonly method: number;
  /** DOS time and date fields, as the central directory gives them. */
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly content: Uint8Array;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as zip uses it (ISO 3309), one byte at a time: slow and plainly right. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function unzip(zip: Uint8Array): Promise<UnzippedEntry[]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('No end of central directory record where an archive without a comment has it');
  let at = view.getUint32(end + 16, true);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`Entry ${i} is not where the central directory says`);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`${name} has no local header where the directory says`);
    for (const [offset, field] of [[10, 'time'], [12, 'date'], [14, 'CRC'], [18, 'compressed size'], [22, 'size']] as const) {
      const width = offset >= 14 ? 4 : 2;
      const read = (base: number) => (width === 4 ? view.getUint32(base, true) : view.getUint16(base, true));
      if (read(local + offset) !== read(at + offset + 2)) throw new Error(`${name}: the local header's ${field} differs from the directory's`);
    }
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const content = method === 8 ? await inflateRaw(data) : data;
    if (content.length !== size) throw new Error(`${name}: ${content.length} bytes, the directory says ${size}`);
    if (crc32(content) !== crc) throw new Error(`${name}: CRC-32 does not match its content`);
    entries.push({ name, method, time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true), crc, content });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** One part of an unzipped .xlsx as text. */
export function partText(entries: readonly UnzippedEntry[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`No part ${name} (parts: ${entries.map((e) => e.name).join(', ')})`);
  return new TextDecoder().decode(entry.content);
}
