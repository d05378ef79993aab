import type { ReadingPauses } from './pauses';
import { damagedMessage, UnreadableWorkbook } from './problem';
import { unpackEntry, unpackWhole, type UnpackBudget } from './unpack';
import type { ZipEntryInfo } from './zip-directory';

/**
 * A part's XML as text. Small parts are read whole. A sheet or the string table can hold a
 * hundred megabytes of XML, so those are read in pieces, each ending just after a closing tag the
 * reader names (`</row>`): every piece holds whole elements, and the part is never one string.
 */

/** About how much text a piece holds before it is cut at the last closing tag. */
const PIECE_LENGTH = 1 << 18;
/**
 * The longest one element (a row, a string) may be: far past any real one, and well short of the
 * longest string a JavaScript engine makes, which a part of nothing but one element would reach.
 */
const MAX_ELEMENT_LENGTH = 1 << 26;

/** The decoder for a part's text: UTF-8, unless a byte-order mark says UTF-16 (which packages may use). */
function decoderFor(first: Uint8Array) {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** A small part's whole text. */
export async function partText(bytes: Uint8Array, entry: ZipEntryInfo, budget: UnpackBudget, what: string): Promise<string> {
  const content = await unpackWhole(bytes, entry, budget, what);
  return decoderFor(content).decode(content);
}

/** Reads pieces of a part: says, from the start of its text, which closing tag to cut after, then takes each piece. */
export interface PieceReader {
  /** Called once with the first stretch of text (the root element is in it); returns the closing tag, e.g. `</x:row>`. */
  start(head: string): string;
  take(piece: string): void;
}

/**
 * Hands `entry`'s text to `reader` in pieces of whole elements; the last piece holds whatever
 * follows the last one. Between pieces (a few milliseconds of reading each) the reader pauses now
 * and then, so in the browser a 100,000-row sheet does not hold up the page while it is read.
 */
export async function readPartInPieces(
  bytes: Uint8Array, entry: ZipEntryInfo, budget: UnpackBudget, pauses: ReadingPauses, what: string, reader: PieceReader,
): Promise<void> {
  let decoder: ReturnType<typeof decoderFor> | undefined;
  let boundary: string | undefined;
  let pending = '';
  // When a stretch holds no boundary (one huge element), look again only once it has doubled, so the search stays linear.
  let searchFrom = PIECE_LENGTH;
  for await (const chunk of unpackEntry(bytes, entry, budget, what)) {
    decoder ??= decoderFor(chunk);
    pending += decoder.decode(chunk, { stream: true });
    if (pending.length < searchFrom) continue;
    boundary ??= reader.start(pending);
    const cut = pending.lastIndexOf(boundary);
    if (cut < 0) {
      if (pending.length > MAX_ELEMENT_LENGTH) throw new UnreadableWorkbook(damagedMessage(what));
      searchFrom = pending.length * 2;
      continue;
    }
    const end = cut + boundary.length;
    const piece = pending.slice(0, end);
    pending = pending.slice(end);
    searchFrom = PIECE_LENGTH;
    reader.take(piece);
    await pauses.maybe();
  }
  if (decoder) pending += decoder.decode();
  if (boundary === undefined) reader.start(pending);
  reader.take(pending);
}
