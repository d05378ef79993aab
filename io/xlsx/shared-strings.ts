import { ascii, ByteChunk } from './byte-chunk';
import { copiedAsPlainText, cutToCellLimit, escapeXml, isPlainText, needsSpacePreserved } from './xml-text';
import { CHUNK_LENGTH, SPREADSHEET_NS, XML_DECLARATION, type PartSink } from './xml';

const ITEM_OPEN = ascii('<si><t>');
const ITEM_OPEN_PRESERVED = ascii('<si><t xml:space="preserve">');
const ITEM_CLOSE = ascii('</t></si>');

/**
 * The workbook's shared string table (xl/sharedStrings.xml): each text once, cells pointing at
 * it by index. A register repeats the same "why it matters", recommendation and reference on
 * every row of a check, so each is written and compressed once. (Texts of a distinct column, an
 * id say, are written in their cells instead: see `SheetRows`.)
 *
 * The table is written while the sheets are, each text when first met, so it is compressed
 * alongside them. It therefore leaves out the optional `count` and `uniqueCount`, which would
 * have to come first and are known only at the end.
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  /** The table's XML not yet handed to the sink. */
  private readonly pending = new ByteChunk(CHUNK_LENGTH + (CHUNK_LENGTH >> 2));

  constructor(private readonly sink: PartSink) {
    this.pending.text(`${XML_DECLARATION}<sst xmlns="${SPREADSHEET_NS}">`);
  }

  /** The index of `text` in the table, adding it the first time it is seen. */
  indexOf(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
      this.add(cutToCellLimit(text));
    }
    return index;
  }

  /** How much XML waits to be handed on; the sheet writer flushes when it is long. */
  get pendingLength(): number {
    return this.pending.length;
  }

  async flush(): Promise<void> {
    await this.pending.handTo(this.sink);
  }

  /** Hands on the rest of the table, closed. */
  async finish(): Promise<void> {
    this.pending.text('</sst>');
    await this.flush();
  }

  private add(text: string): void {
    const { pending } = this;
    // Most texts are ASCII that needs nothing done, copied straight in; any other is taken back
    // and written below, escaped and encoded.
    const start = pending.length;
    pending.put(ITEM_OPEN);
    if (copiedAsPlainText(pending, text)) {
      pending.put(ITEM_CLOSE);
      return;
    }
    pending.length = start;
    if (isPlainText(text)) {
      pending.put(ITEM_OPEN);
      pending.text(text);
    } else {
      pending.put(needsSpacePreserved(text) ? ITEM_OPEN_PRESERVED : ITEM_OPEN);
      pending.text(escapeXml(text));
    }
    pending.put(ITEM_CLOSE);
  }
}
