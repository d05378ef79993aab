import { describe, expect, it } from 'vitest';
import { asSystemId } from '../../../shared/model';
import { buildRegisterWorkbook, escapeCellText } from '../../../shared/workbook';
import { cellAt, escaped, HARMLESS_NAME, HOSTILE_TEXTS, registerMapWithFindings, rowWithId, sheetOf, TODAY } from './register-map';

describe('escaping text for a spreadsheet cell', () => {
  it.each(HOSTILE_TEXTS.map((text) => [JSON.stringify(text), text]))('puts a quote before %s so it can never run as a formula', (_shown, text) => {
    expect(escapeCellText(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone, a hyphen or quote inside it included', () => {
    for (const text of [HARMLESS_NAME, 'Salesforce NPSP', "O'Brien", 'x=1', 'a+b', 'mail@example.org', '', ' =1']) {
      expect(escapeCellText(text)).toBe(text);
    }
  });

  it('escapes text that is already quoted once more, so reading it back removes only what escaping added', () => {
    expect(escapeCellText("'=1")).toBe("'=1");
    expect(escapeCellText(escapeCellText('=1'))).toBe("'=1");
  });
});

describe('hostile text in the workbook', () => {
  const { doc, findings } = registerMapWithFindings();
  const model = buildRegisterWorkbook(doc, findings, { today: TODAY });
  const systems = sheetOf(model, 'Systems');
  const cells = model.sheets.flatMap((sheet) => sheet.rows.flat());

  it('is escaped wherever a user typed it: names, owners, vendors and notes', () => {
    HOSTILE_TEXTS.forEach((text, i) => {
      const row = rowWithId(systems, `sys-${i + 4}`);
      for (const header of ['Name', 'Owner', 'Vendor', 'Notes']) expect(cellAt(systems, row, header), `${header} of ${JSON.stringify(text)}`).toBe(escaped(text));
    });
  });

  it('never reaches any sheet unescaped', () => {
    const unsafe = cells.filter((cell) => typeof cell === 'string' && /^[=+\-@\t\r\n]/.test(cell));
    expect(unsafe).toEqual([]);
  });

  it('is escaped when it leads a cell the workbook puts together, such as the systems a risk involves', () => {
    const register = sheetOf(model, 'Risk register');
    const row = rowWithId(register, 'review-overdue:flow-3');
    expect(cellAt(register, row, 'Systems involved')).toBe(`'+1+1; ${HOSTILE_TEXTS[0]}`);
  });

  it('breaks lines with LF, as spreadsheets do, whatever the line ending typed', () => {
    const id = asSystemId('sys-3');
    const edited = { ...doc, systems: { ...doc.systems, [id]: { ...doc.systems[id]!, notes: 'one\r\ntwo\rthree' } } };
    const notes = sheetOf(buildRegisterWorkbook(edited, findings, { today: TODAY }), 'Systems');
    expect(cellAt(notes, rowWithId(notes, 'sys-3'), 'Notes')).toBe('one\ntwo\nthree');
  });

  it('leaves a harmless name exactly as typed', () => {
    const row = rowWithId(systems, 'sys-3');
    expect(cellAt(systems, row, 'Name')).toBe(HARMLESS_NAME);
    expect(cellAt(systems, row, 'Owner')).toBe(HARMLESS_NAME);
  });
});
