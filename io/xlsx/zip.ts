/**
 * Finishing a zip archive (an .xlsx is one) written by a pure-JavaScript zip library:
 * - every entry is compressed with the platform's own DEFLATE (`CompressionStream`, native in
 *   Node and in Chromium), several times faster than compressing in JavaScript;
 * - every entry is stamped with one fixed time, so the same content always gives the same bytes.
 *
 * Reads the archive through its central directory, the authoritative list of entries, and
 * writes a fresh archive: local header and data for each entry, then the central directory.
 */

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_RECORD_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag bit 3: sizes follow the data instead of sitting in the header. Not used in what this writes. */
const DATA_DESCRIPTOR_FLAG = 0x0008;

/** A calendar date (`YYYY-MM-DD`) as a zip entry's DOS date field; zips cannot say a year before 1980. */
export function dosDate(date: string): number {
  const year = Math.max(1980, Math.min(2107, Number(date.slice(0, 4))));
  return ((year - 1980) << 9) | (Number(date.slice(5, 7)) << 5) | Number(date.slice(8, 10));
}

/** One entry as the central directory describes it. */
interface Entry {
  readonly versionMadeBy: number;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly name: Uint8Array;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  readonly data: Uint8Array;
}

/**
 * A new archive holding the same files as `zip`, each DEFLATE-compressed and dated midnight on
 * `date` (`YYYY-MM-DD`), with no extra fields or comments. Entries already compressed are copied.
 * Throws when `zip` is not an archive this can read: that is a bug in the writer, not bad data.
 */
export async function finishZip(zip: Uint8Array, date: string): Promise<Uint8Array> {
  const entries = readEntries(zip);
  // Folders and empty files stay stored: there is nothing to compress.
  const compressed = await Promise.all(entries.map((entry) => (entry.method === STORED && entry.size > 0 ? deflateRaw(entry.data) : entry.data)));
  const day = dosDate(date);
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL_FILE_HEADER, true);
    writeCommonFields(local, 4, entry, day, compressed[i]!);
    offsets.push(offset);
    parts.push(new Uint8Array(local.buffer), entry.name, compressed[i]!);
    offset += 30 + entry.name.length + compressed[i]!.length;
  });
  const directoryStart = offset;
  entries.forEach((entry, i) => {
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, CENTRAL_DIRECTORY_ENTRY, true);
    central.setUint16(4, entry.versionMadeBy, true);
    writeCommonFields(central, 6, entry, day, compressed[i]!);
    // Extra field, comment, disk number: none. Then the attributes and where the local header is.
    central.setUint16(36, entry.internalAttributes, true);
    central.setUint32(38, entry.externalAttributes, true);
    central.setUint32(42, offsets[i]!, true);
    parts.push(new Uint8Array(central.buffer), entry.name);
    offset += 46 + entry.name.length;
  });
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, offset - directoryStart, true);
  end.setUint32(16, directoryStart, true);
  parts.push(new Uint8Array(end.buffer));
  return concat(parts, offset + 22);
}

/** The fields local headers and central directory entries share, from "version needed" to "extra field length". */
function writeCommonFields(view: DataView, at: number, entry: Entry, day: number, data: Uint8Array): void {
  const method = entry.method === STORED && entry.size === 0 ? STORED : DEFLATED;
  view.setUint16(at, method === DEFLATED ? 20 : 10, true); // version needed to extract: 2.0 for DEFLATE, else 1.0
  view.setUint16(at + 2, entry.flags & ~DATA_DESCRIPTOR_FLAG, true);
  view.setUint16(at + 4, method, true);
  view.setUint16(at + 6, 0, true); // time: midnight
  view.setUint16(at + 8, day, true);
  view.setUint32(at + 10, entry.crc, true); // of the uncompressed data, so unchanged by compressing
  view.setUint32(at + 14, data.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.length, true);
  view.setUint16(at + 24, 0, true);
}

function readEntries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`Zip entry ${i} is not where the central directory says`);
    const method = view.getUint16(at + 10, true);
    if (method !== STORED && method !== DEFLATED) throw new Error(`Zip entry ${i} uses compression method ${method}`);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_FILE_HEADER) throw new Error(`Zip entry ${i} has no local header where the directory says`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > view.byteLength) throw new Error(`Zip entry ${i} runs past the end of the archive`);
    entries.push({
      versionMadeBy: view.getUint16(at + 4, true),
      flags: view.getUint16(at + 8, true),
      method,
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      name: zip.subarray(at + 46, at + 46 + nameLength),
      internalAttributes: view.getUint16(at + 36, true),
      externalAttributes: view.getUint32(at + 38, true),
      data: zip.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - MAX_END_RECORD_SEARCH);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('Not a zip archive: no end of central directory record');
}

/** Raw DEFLATE (no zlib header), as zip entries hold it, by the platform's native compressor. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const input = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(input).arrayBuffer());
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
