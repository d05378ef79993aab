import { PASSWORD_MESSAGE, TRUNCATED_MESSAGE, UnreadableWorkbook, damagedMessage } from './problem';

/**
 * The table of contents of a zip archive (an .xlsx is one): found from the end-of-central-directory
 * record, then read from the central directory, which holds every entry's true sizes even when its
 * local header does not (streaming writers leave them there as zero). Zip64 fields are read too.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
/** The end record's fixed part, and the longest comment after it. */
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;
const ENCRYPTED_FLAG = 1;

/** One entry of the archive, where its data is and how it is packed. */
export interface ZipEntryInfo {
  /** The name as stored, `/`-separated. */
  readonly name: string;
  /** 0: stored as it is; 8: DEFLATE. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The unpacked size, as the directory declares it (the unpacker holds the data to it). */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const names = new TextDecoder();

/** Every entry by its name in lower case (package part names ignore case). Throws `UnreadableWorkbook`. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntryInfo> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  if (end < 0) throw new UnreadableWorkbook(TRUNCATED_MESSAGE);
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === MAX_16 || directorySize === MAX_32 || directoryOffset === MAX_32) {
    const locator = end - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
      const record = uint64(view, locator + 8);
      if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) throw new UnreadableWorkbook(TRUNCATED_MESSAGE);
      count = uint64(view, record + 32);
      directorySize = uint64(view, record + 40);
      directoryOffset = uint64(view, record + 48);
    }
  }
  if (directoryOffset + directorySize > bytes.length) throw new UnreadableWorkbook(TRUNCATED_MESSAGE);

  const entries = new Map<string, ZipEntryInfo>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw new UnreadableWorkbook(damagedMessage('its table of contents'));
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw new UnreadableWorkbook(damagedMessage('its table of contents'));
    if (view.getUint16(at + 8, true) & ENCRYPTED_FLAG) throw new UnreadableWorkbook(PASSWORD_MESSAGE);
    // Some writers use `\`; package part names have no leading `/`.
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/').replace(/^\/+/, '');
    const sizes = { compressedSize: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), localHeaderOffset: view.getUint32(at + 42, true) };
    if (sizes.size === MAX_32 || sizes.compressedSize === MAX_32 || sizes.localHeaderOffset === MAX_32) {
      readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
    }
    const entry: ZipEntryInfo = { name, method: view.getUint16(at + 10, true), crc: view.getUint32(at + 16, true), ...sizes };
    // The first entry of a name wins, as most readers have it.
    const key = name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    at = next;
  }
  return entries;
}

/** Where an entry's data starts, checked against its local header. Throws `UnreadableWorkbook`. */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntryInfo): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) throw new UnreadableWorkbook(TRUNCATED_MESSAGE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_FILE_HEADER) throw new UnreadableWorkbook(damagedMessage(`its part ${entry.name}`));
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new UnreadableWorkbook(TRUNCATED_MESSAGE);
  return start;
}

/**
 * The end record's offset, searching back from the end over any archive comment; -1 when there
 * is none (not a zip, or cut short). A candidate counts only if its comment runs to the end of
 * the file, so comment bytes that happen to look like a signature are passed over.
 */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - END_LENGTH;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY && at + END_LENGTH + view.getUint16(at + 20, true) <= bytes.length) return at;
  }
  return -1;
}

/** The Zip64 extended information field: 64-bit values for whichever 32-bit fields are full, in this order. */
function readZip64Sizes(view: DataView, extra: number, length: number, sizes: { size: number; compressedSize: number; localHeaderOffset: number }): void {
  for (let at = extra; at + 4 <= extra + length;) {
    const id = view.getUint16(at, true);
    const fieldLength = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
        if (sizes[key] === MAX_32 && field + 8 <= at + 4 + fieldLength) {
          sizes[key] = uint64(view, field);
          field += 8;
        }
      }
      return;
    }
    at += 4 + fieldLength;
  }
}

/** A little-endian 64-bit value as a number; one past 2^53 is made too large for any file to reach. */
function uint64(view: DataView, at: number): number {
  const high = view.getUint32(at + 4, true);
  return high >= 0x200000 ? Number.MAX_SAFE_INTEGER : high * 2 ** 32 + view.getUint32(at, true);
}
