/**
 * What a file is, from its first bytes rather than its name: people rename files, and websites
 * hand out "Excel" downloads that are CSV or HTML inside.
 */

export type FileSignature =
  /** A zip archive: .xlsx, but also .docx, .ods, .numbers… */
  | 'zip'
  /** An OLE compound file: the old .xls format, or an encrypted (password-protected) .xlsx. */
  | 'compound'
  | 'pdf'
  /** Anything else: text, or a kind of binary file this app knows nothing of. */
  | 'other';

const ZIP = [0x50, 0x4b]; // PK, then 03 04 (an entry), 05 06 (an empty archive) or 07 08 (a split archive)
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (startsWith(bytes, ZIP) && [0x0304, 0x0506, 0x0708].includes((bytes[2]! << 8) | bytes[3]!)) return 'zip';
  if (startsWith(bytes, COMPOUND)) return 'compound';
  if (startsWith(bytes, PDF)) return 'pdf';
  return 'other';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * What a compound file holds, from the names of its streams (stored as UTF-16LE in its
 * directory): an encrypted Office document keeps its content in `EncryptedPackage`, described by
 * `EncryptionInfo`; an old workbook has a `Workbook` stream (Excel 97–2003) or `Book` (Excel 5).
 */
export function compoundFileKind(bytes: Uint8Array): 'encrypted' | 'old-workbook' | 'other' {
  if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) return 'encrypted';
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book\u0000')) return 'old-workbook';
  return 'other';
}

/** Whether `text` appears in `bytes` as UTF-16LE. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  for (let at = bytes.indexOf(pattern[0]!); at >= 0 && at + pattern.length <= bytes.length; at = bytes.indexOf(pattern[0]!, at + 1)) {
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return true;
  }
  return false;
}
