import { partText, readPartInPieces, type PieceReader } from './part-text';
import { ReadingPauses } from './pauses';
import { UnpackBudget } from './unpack';
import { attributesOf, findTag, rootPrefix, selfClosing, tagsNamed } from './xml-scan';
import { readZipDirectory, type ZipEntryInfo } from './zip-directory';

/**
 * An .xlsx as an Open Packaging Conventions package: parts by name, and the relationships that
 * say which part is the workbook, which are its sheets, its styles and its string table. One
 * unpacking budget and one pace of pauses serve every part.
 */
export class XlsxPackage {
  private readonly entries: Map<string, ZipEntryInfo>;
  private readonly budget = new UnpackBudget();
  private readonly pauses = new ReadingPauses();

  /** Throws `UnreadableWorkbook` when the bytes are no zip archive, or a damaged one. */
  constructor(private readonly bytes: Uint8Array) {
    this.entries = readZipDirectory(bytes);
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /** A small part's text, or null when the package has no such part. `what` names it for a message. */
  async text(path: string, what: string): Promise<string | null> {
    const entry = this.entries.get(path.toLowerCase());
    return entry ? partText(this.bytes, entry, this.budget, what) : null;
  }

  /** Reads a large part in pieces of whole elements; false when the package has no such part. */
  async readInPieces(path: string, what: string, reader: PieceReader): Promise<boolean> {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) return false;
    await readPartInPieces(this.bytes, entry, this.budget, this.pauses, what, reader);
    return true;
  }

  /** The relationships of `part` (from its `_rels/NAME.rels`) by id, with targets as part names. */
  async relationshipsOf(part: string, what: string): Promise<Map<string, Relationship>> {
    const slash = part.lastIndexOf('/');
    const folder = part.slice(0, slash + 1);
    const xml = await this.text(`${folder}_rels/${part.slice(slash + 1)}.rels`, what);
    const relationships = new Map<string, Relationship>();
    if (xml === null) return relationships;
    for (const tag of tagsNamed(xml, rootPrefix(xml, 'Relationships'), 'Relationship')) {
      const id = tag.get('Id');
      const target = tag.get('Target');
      if (id === undefined || target === undefined || tag.get('TargetMode') === 'External') continue;
      relationships.set(id, { type: tag.get('Type') ?? '', target: resolvePartName(folder, target) });
    }
    return relationships;
  }
}

/** What a relationship points to: its type (a URI; compare the end, which Strict OOXML shares) and the part. */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** Whether a relationship is of the kind named by the last segment of its type URI, e.g. `worksheet`. */
export function isRelationshipType(relationship: Relationship | undefined, kind: string): boolean {
  return relationship !== undefined && relationship.type.endsWith(`/${kind}`);
}

/** The first relationship of a kind. */
export function relationshipOfType(relationships: Map<string, Relationship>, kind: string): Relationship | undefined {
  for (const relationship of relationships.values()) if (isRelationshipType(relationship, kind)) return relationship;
  return undefined;
}

/** A relationship's target as a part name: `/xl/a.xml` from the root, `b.xml` or `../c.xml` from `folder`. */
export function resolvePartName(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const segments: string[] = [];
  for (const segment of decodeURIComponentSafely(path).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A sheet as the workbook lists it: its tab's name, and the relationship to its part. */
export interface WorkbookSheet {
  readonly name: string;
  readonly relationshipId: string;
}

/** The sheets in the workbook's order (xl/workbook.xml), and whether it counts dates from 1904. */
export function workbookSheets(xml: string): { readonly sheets: readonly WorkbookSheet[]; readonly date1904: boolean } {
  const prefix = rootPrefix(xml, 'workbook');
  const sheets: WorkbookSheet[] = [];
  const start = findTag(xml, `<${prefix}sheets`, 0);
  if (start >= 0) {
    const gt = xml.indexOf('>', start);
    const end = selfClosing(xml, gt) ? gt : xml.indexOf(`</${prefix}sheets>`, gt);
    for (const sheet of tagsNamed(xml.slice(gt, end < 0 ? xml.length : end), prefix, 'sheet')) {
      // The id's attribute is `r:id` wherever the relationships namespace is bound, and the prefix may differ.
      const id = [...sheet].find(([name]) => name.endsWith(':id'))?.[1];
      if (id !== undefined) sheets.push({ name: sheet.get('name') ?? `Sheet${sheets.length + 1}`, relationshipId: id });
    }
  }
  const properties = findTag(xml, `<${prefix}workbookPr`, 0);
  const date1904 = properties >= 0 && /^(1|true)$/.test(attributesOf(xml, properties + prefix.length + 11, xml.indexOf('>', properties)).get('date1904') ?? '');
  return { sheets, date1904 };
}
