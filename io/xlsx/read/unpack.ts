import { entryDataStart, type ZipEntryInfo } from './zip-directory';
import { MAX_UNPACKED_BYTES, TOO_BIG_UNPACKED_MESSAGE, UNKNOWN_COMPRESSION_MESSAGE, UnreadableWorkbook, damagedMessage } from './problem';

/**
 * Unpacks zip entries a piece at a time with the platform's own DEFLATE
 * (`DecompressionStream('deflate-raw')`, in Chromium and Node 20 alike), never trusting a header:
 * what comes out is counted as it comes, and must match the size and CRC-32 the directory gives.
 * One budget covers the whole workbook, so a zip bomb stops at the limit, not at the end of memory.
 */

const STORED = 0;
const DEFLATED = 8;
/** Stored entries are handed on in pieces of this size, as inflated ones are. */
const STORED_PIECE = 1 << 20;

/** How many unpacked bytes a workbook may still produce. */
export class UnpackBudget {
  constructor(private remaining = MAX_UNPACKED_BYTES) {}

  /** Counts `bytes` unpacked; throws once the workbook has gone past its limit. */
  spend(bytes: number): void {
    this.remaining -= bytes;
    if (this.remaining < 0) throw new UnreadableWorkbook(TOO_BIG_UNPACKED_MESSAGE);
  }

  /** Throws before unpacking at all when an entry's declared size is already past the limit. */
  check(size: number): void {
    if (size > this.remaining) throw new UnreadableWorkbook(TOO_BIG_UNPACKED_MESSAGE);
  }
}

/**
 * The unpacked content of `entry`, in pieces as they come. `what` names the part for a message
 * ("the sheet "Systems""). Throws `UnreadableWorkbook` when the data is damaged or too large.
 */
export async function* unpackEntry(bytes: Uint8Array, entry: ZipEntryInfo, budget: UnpackBudget, what: string): AsyncGenerator<Uint8Array> {
  budget.check(entry.size);
  const start = entryDataStart(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const crc = new Crc32();
  let size = 0;
  const take = (piece: Uint8Array): void => {
    size += piece.length;
    // More than declared is damage or a lie about the size: stop either way, before the budget is spent on it.
    if (size > entry.size) throw new UnreadableWorkbook(damagedMessage(what));
    budget.spend(piece.length);
    crc.update(piece);
  };
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += STORED_PIECE) {
      const piece = data.subarray(at, at + STORED_PIECE);
      take(piece);
      yield piece;
    }
  } else if (entry.method === DEFLATED) {
    yield* inflate(data, take, what);
  } else {
    throw new UnreadableWorkbook(UNKNOWN_COMPRESSION_MESSAGE);
  }
  if (size !== entry.size || crc.value() !== entry.crc) throw new UnreadableWorkbook(damagedMessage(what));
}

/** The whole unpacked content of a (small) entry. */
export async function unpackWhole(bytes: Uint8Array, entry: ZipEntryInfo, budget: UnpackBudget, what: string): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of unpackEntry(bytes, entry, budget, what)) pieces.push(piece);
  if (pieces.length === 1) return pieces[0]!;
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}

async function* inflate(data: Uint8Array, take: (piece: Uint8Array) => void, what: string): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Failures surface on the reading side; these only keep them from counting as unhandled.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let finished = false;
  try {
    for (;;) {
      let result: Awaited<ReturnType<typeof reader.read>>;
      try {
        result = await reader.read();
      } catch {
        finished = true; // a failed stream has nothing left to cancel
        throw new UnreadableWorkbook(damagedMessage(what));
      }
      if (result.done) {
        finished = true;
        return;
      }
      take(result.value);
      yield result.value;
    }
  } finally {
    // Stopped early (too large, or the caller gave up): stop the inflater too.
    if (!finished) reader.cancel().catch(() => undefined);
  }
}

/**
 * CRC-32 tables for "slice by 8": table k maps a byte to its CRC k bytes further on, so eight
 * bytes take eight lookups and no shifting in between; about three times quicker than a byte at
 * a time, which matters on a sheet's tens of megabytes.
 */
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0]![n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) tables[k]![n] = tables[0]![tables[k - 1]![n]! & 0xff]! ^ (tables[k - 1]![n]! >>> 8);
  }
  return tables;
})();

/** CRC-32 as zip uses it, over pieces in turn. */
class Crc32 {
  private crc = -1;

  update(bytes: Uint8Array): void {
    const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    let crc = this.crc;
    let i = 0;
    const n = bytes.length;
    for (const whole = n - (n % 8); i < whole; i += 8) {
      const low = crc ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
      crc = t7[low & 0xff]! ^ t6[(low >>> 8) & 0xff]! ^ t5[(low >>> 16) & 0xff]! ^ t4[low >>> 24]!
        ^ t3[bytes[i + 4]!]! ^ t2[bytes[i + 5]!]! ^ t1[bytes[i + 6]!]! ^ t0[bytes[i + 7]!]!;
    }
    for (; i < n; i++) crc = t0[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
    this.crc = crc;
  }

  value(): number {
    return (this.crc ^ -1) >>> 0;
  }
}
