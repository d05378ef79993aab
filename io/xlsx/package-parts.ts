import type { SheetModel, WorkbookModel, WorkbookProperties } from '../../shared/workbook';
import { autoFilterRange } from './worksheet';
import { escapeAttribute, escapeXml } from './xml-text';
import { RELATIONSHIPS_NS, SPREADSHEET_NS, XML_DECLARATION } from './xml';

/**
 * The small parts of the package that say what is in it: content types, relationships, document
 * properties and the workbook (sheet list and defined names). Each is one short string.
 */

const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const worksheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;
export const SHARED_STRINGS_PATH = 'xl/sharedStrings.xml';
export const STYLES_PATH = 'xl/styles.xml';

export function contentTypesXml(sheetCount: number): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) => override(worksheetPath(i), `${MAIN_TYPE}.worksheet+xml`));
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + override('xl/workbook.xml', `${MAIN_TYPE}.sheet.main+xml`)
    + sheets.join('')
    + override(STYLES_PATH, `${MAIN_TYPE}.styles+xml`)
    + override(SHARED_STRINGS_PATH, `${MAIN_TYPE}.sharedStrings+xml`)
    + override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')
    + '</Types>';
}

export function packageRelationshipsXml(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">`
    + `<Relationship Id="rId1" Type="${OFFICE_RELATIONSHIP}/officeDocument" Target="xl/workbook.xml"/>`
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    + `<Relationship Id="rId3" Type="${OFFICE_RELATIONSHIP}/extended-properties" Target="docProps/app.xml"/>`
    + '</Relationships>';
}

/** Title, subject and author, and the register's day as created, modified and last printed: the file carries no clock time. */
export function corePropertiesXml(properties: WorkbookProperties): string {
  const day = `${properties.created}T00:00:00Z`;
  const creator = escapeXml(properties.creator);
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${escapeXml(properties.title)}</dc:title><dc:subject>${escapeXml(properties.subject)}</dc:subject>`
    + `<dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy><cp:lastPrinted>${day}</cp:lastPrinted>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${day}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${day}</dcterms:modified>`
    + '</cp:coreProperties>';
}

/** The application properties, listing the sheets as Excel does under "Worksheets". */
export function appPropertiesXml(sheets: readonly SheetModel[]): string {
  const names = sheets.map((sheet) => `<vt:lpstr>${escapeXml(sheet.name)}</vt:lpstr>`).join('');
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" `
    + 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + '<Application>Integration Mapper</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>'
    + `<vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>`
    + '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
    + '</Properties>';
}

/** A sheet name as formulas write it: always quoted, a quote inside doubled (`'Bob''s sheet'`). */
function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * xl/workbook.xml: the sheets in order, the first one open. Then, per sheet, the hidden name
 * Excel keeps for a filtered range (`_xlnm._FilterDatabase`) and the header row repeated on every
 * printed page (`_xlnm.Print_Titles`).
 */
export function workbookXml(model: WorkbookModel): string {
  const sheets = model.sheets.map((sheet, i) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const names: string[] = [];
  model.sheets.forEach((sheet, i) => {
    const sheetRef = quotedSheetName(sheet.name);
    const filter = autoFilterRange(sheet);
    if (filter) {
      const absolute = filter.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${sheetRef}!${absolute}`)}</definedName>`);
    }
    if (sheet.header) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${sheetRef}!$1:$1`)}</definedName>`);
  });
  return `${XML_DECLARATION}<workbook xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}">`
    + '<bookViews><workbookView activeTab="0"/></bookViews>'
    + `<sheets>${sheets.join('')}</sheets>`
    + (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '')
    + '</workbook>';
}

/** The workbook's relationships: its sheets (rId1…rIdN, as workbook.xml refers to them), styles and shared strings. */
export function workbookRelationshipsXml(sheetCount: number): string {
  const relationship = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${OFFICE_RELATIONSHIP}/${type}" Target="${target}"/>`;
  const sheets = Array.from({ length: sheetCount }, (_, i) => relationship(i + 1, 'worksheet', `worksheets/sheet${i + 1}.xml`));
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">${sheets.join('')}`
    + relationship(sheetCount + 1, 'styles', 'styles.xml')
    + relationship(sheetCount + 2, 'sharedStrings', 'sharedStrings.xml')
    + '</Relationships>';
}
