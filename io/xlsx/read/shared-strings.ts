import type { SheetCell } from '../../../shared/import/sheet-table';
import type { XlsxPackage } from './package';
import { findTag, richText, rootPrefix, selfClosing } from './xml-scan';

/**
 * The shared string table (xl/sharedStrings.xml): the texts a sheet's `t="s"` cells refer to by
 * index. Each text becomes the cell it will be, made once: a register repeats a vocabulary
 * value down thousands of rows, and those cells can all be one object (cells are read-only).
 * An empty text is `null`, a blank cell.
 */
export async function readSharedStrings(xlsx: XlsxPackage, path: string): Promise<ReadonlyArray<SheetCell | null>> {
  const cells: Array<SheetCell | null> = [];
  let open = '<si';
  let close = '</si>';
  let prefix = '';
  await xlsx.readInPieces(path, 'its table of texts', {
    start(head) {
      prefix = rootPrefix(head, 'sst');
      open = `<${prefix}si`;
      close = `</${prefix}si>`;
      return close;
    },
    take(piece) {
      for (let at = findTag(piece, open, 0); at >= 0; at = findTag(piece, open, at)) {
        const gt = piece.indexOf('>', at);
        if (gt < 0) break;
        if (selfClosing(piece, gt)) {
          cells.push(null);
          at = gt + 1;
          continue;
        }
        const end = piece.indexOf(close, gt);
        if (end < 0) break;
        const text = richText(piece.slice(gt + 1, end), prefix);
        cells.push(text === '' ? null : { value: text });
        at = end + close.length;
      }
    },
  });
  return cells;
}
