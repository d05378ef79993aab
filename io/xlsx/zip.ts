import type { EventLoopTurns } from './event-loop';
import type { PartSink } from './xml';

/**
 * A zip archive writer (an .xlsx is one), with web-standard APIs only so it runs in Node and in
 * the browser alike. Each entry is compressed as it is written, by the platform's native DEFLATE
 * (`CompressionStream`), and every entry is stamped with one fixed time, so the same content
 * always gives the same bytes. No Zip64: an entry or archive past 4 GiB is refused.
 */

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DEFLATED = 8;
/** Version 2.0 of the zip format: the first with DEFLATE. */
const VERSION = 20;
const MAX_32_BIT = 0xffffffff;
/** A gzip member: 10 bytes of header (when no optional fields are flagged), the raw DEFLATE data, then CRC-32 and size. */
const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;
/** Pieces queued for the compressor before the writer waits for it: enough to keep it busy, few enough to keep memory flat. */
const MAX_QUEUED = 4;
/**
 * The smallest piece handed back for reuse once written. By the Compression Streams standard a
 * piece is compressed before its write resolves, as Chromium does. Node's stream adapter
 * resolves a write at once while its stream holds less than its high-water mark (16 KB in
 * Node 20, 64 KB from Node 22), with the piece still queued; a piece of at least this size
 * always waits until the compressor has taken it in.
 */
const HANDED_BACK_FROM = 1 << 16;

/** A calendar date (`YYYY-MM-DD`) as a zip entry's DOS date field; zips cannot say a year before 1980. */
export function dosDate(date: string): number {
  const year = Math.max(1980, Math.min(2107, Number(date.slice(0, 4))));
  return ((year - 1980) << 9) | (Number(date.slice(5, 7)) << 5) | Number(date.slice(8, 10));
}

/** One compressed entry, ready to go into the archive. */
export interface ZipEntry {
  readonly name: string;
  /** Raw DEFLATE data. */
  readonly data: Uint8Array;
  /** CRC-32 of the uncompressed content. */
  readonly crc: number;
  /** Length of the uncompressed content. */
  readonly size: number;
}

const encoder = new TextEncoder();

/**
 * Compresses one entry's content as it arrives. It compresses as gzip rather than raw DEFLATE:
 * the gzip trailer carries the CRC-32 the zip needs, computed natively beside the compression
 * at no measurable cost, where a table-driven CRC in JavaScript (slice-by-8) measured about
 * 90 ms of the main thread's time per 100 MB. The gzip header and trailer are then dropped,
 * leaving the raw DEFLATE data a zip holds.
 */
export class ZipEntryWriter implements PartSink {
  private readonly stream = new CompressionStream('gzip');
  private readonly writer = this.stream.writable.getWriter();
  /** Read while writing: the compressor works on one piece while the next is being made. */
  private readonly compressed = new Response(this.stream.readable).arrayBuffer().then((buffer) => new Uint8Array(buffer));
  /** Pieces handed to the compressor and not yet taken in, oldest first. */
  private readonly queued: Array<Promise<void>> = [];
  private size = 0;

  constructor(readonly name: string, private readonly turns: EventLoopTurns) {
    this.compressed.catch(() => undefined); // a failure is reported by `close`; this only stops it counting as unhandled
  }

  write(text: string): Promise<void> {
    return this.writeBytes(encoder.encode(text));
  }

  /**
   * Queues `bytes` (which the compressor then owns, handing a large piece back once compressed)
   * and lets the compressor run before the next piece is made.
   */
  async writeBytes(bytes: Uint8Array, handBack?: (bytes: Uint8Array) => void): Promise<void> {
    this.size += bytes.length;
    if (this.size > MAX_32_BIT) throw new Error(`${this.name} is larger than 4 GiB, which a zip without Zip64 cannot hold`);
    const written = this.writer.write(bytes as Uint8Array<ArrayBuffer>).then(
      () => {
        this.queued.shift();
        if (handBack && bytes.length >= HANDED_BACK_FROM) handBack(bytes);
      },
      () => undefined, // a failure also rejects `close`, where it is reported
    );
    this.queued.push(written);
    // Pieces are taken in order, so the oldest queued one is the next to finish.
    if (this.queued.length > MAX_QUEUED) await this.queued[0];
    else await this.turns.next();
  }

  /** Finishes compressing and returns the entry. */
  async close(): Promise<ZipEntry> {
    await this.writer.close();
    const gzip = await this.compressed;
    const view = new DataView(gzip.buffer, gzip.byteOffset, gzip.byteLength);
    // ID 1f 8b, method 8 (DEFLATE), no flags: then the header is exactly 10 bytes.
    if (gzip.length < GZIP_HEADER + GZIP_TRAILER || view.getUint16(0) !== 0x1f8b || gzip[2] !== DEFLATED || gzip[3] !== 0) {
      throw new Error(`The platform's gzip compressor wrote a header this writer cannot strip (${this.name})`);
    }
    const end = gzip.length - GZIP_TRAILER;
    if (view.getUint32(end + 4, true) !== this.size) throw new Error(`Compressed ${this.name} does not hold what was written`);
    return { name: this.name, data: gzip.subarray(GZIP_HEADER, end), crc: view.getUint32(end, true), size: this.size };
  }
}

/** Compresses a whole small part at once. */
export async function zipEntry(name: string, text: string, turns: EventLoopTurns): Promise<ZipEntry> {
  const writer = new ZipEntryWriter(name, turns);
  await writer.write(text);
  return writer.close();
}

/**
 * The archive: each entry's local header and data, in the order given, then the central
 * directory listing them. Every entry is dated midnight on `date` (`YYYY-MM-DD`).
 */
export function zipArchive(entries: readonly ZipEntry[], date: string): Uint8Array {
  if (entries.length > 0xffff) throw new Error('A zip without Zip64 holds at most 65,535 entries');
  const day = dosDate(date);
  const names = entries.map((entry) => encoder.encode(entry.name));
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL_FILE_HEADER, true);
    writeCommonFields(local, 4, entry, names[i]!, day);
    offsets.push(offset);
    parts.push(new Uint8Array(local.buffer), names[i]!, entry.data);
    offset += 30 + names[i]!.length + entry.data.length;
  });
  const directoryStart = offset;
  entries.forEach((entry, i) => {
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, CENTRAL_DIRECTORY_ENTRY, true);
    central.setUint16(4, VERSION, true); // made by: version 2.0, MS-DOS attributes
    writeCommonFields(central, 6, entry, names[i]!, day);
    // Comment length, disk number, internal and external attributes: all zero. Then where the local header is.
    central.setUint32(42, offsets[i]!, true);
    parts.push(new Uint8Array(central.buffer), names[i]!);
    offset += 46 + names[i]!.length;
  });
  if (offset > MAX_32_BIT) throw new Error('The workbook is larger than 4 GiB, which a zip without Zip64 cannot hold');
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
function writeCommonFields(view: DataView, at: number, entry: ZipEntry, name: Uint8Array, day: number): void {
  view.setUint16(at, VERSION, true); // needed to extract
  view.setUint16(at + 2, 0, true); // flags: none (sizes in the header, names plain ASCII)
  view.setUint16(at + 4, DEFLATED, true);
  view.setUint16(at + 6, 0, true); // time: midnight
  view.setUint16(at + 8, day, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, name.length, true);
  view.setUint16(at + 24, 0, true); // no extra field
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
