/** What every part of the package shares: the XML declaration, namespaces, and where text goes. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Parts are handed to the compressor in pieces of about this many characters or bytes: short
 * enough that making the next piece overlaps compressing this one, and that a 70 MB sheet never
 * sits in memory whole; long enough that the per-piece overhead stays small. 64 KB measured
 * fastest of 32 KB to 512 KB.
 */
export const CHUNK_LENGTH = 1 << 16;

/** Where a part's content goes, a piece at a time; each call may wait while the compressor catches up. */
export interface PartSink {
  write(text: string): Promise<void>;
  /** Takes `bytes` over; calls `handBack` with them once it no longer reads them, if it can tell. */
  writeBytes(bytes: Uint8Array, handBack?: (bytes: Uint8Array) => void): Promise<void>;
}
