import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/platform';
import { parseOpenFileRequest, parseSaveFileRequest, sanitizeFileName } from '../../electron/ipc-validation';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['C:\\Users\\me\\map.xlsx', 'map.xlsx'],
    ['CON<>:|?.xlsx', '_CON.xlsx'],
    ['nul', '_nul'],
    ['Acme risk register.xlsx', 'Acme risk register.xlsx'],
    ['a\u0000b\u001fc\u007f.json', 'abc.json'],
    ['report\u202Exslx.exe', 'reportxslx.exe'],
    ['  .hidden. ', 'hidden'],
    ['', 'Untitled'],
    ['..', 'Untitled'],
    ['???', 'Untitled'],
    ['folder/', 'Untitled'],
  ])('turns %j into %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('caps the length and keeps the extension', () => {
    const safe = sanitizeFileName(`${'a'.repeat(500)}.xlsx`);
    expect(safe.length).toBeLessThanOrEqual(120);
    expect(safe.endsWith('.xlsx')).toBe(true);
  });

  it('never splits a character made of two code units', () => {
    const safe = sanitizeFileName('😀'.repeat(200));
    expect(Array.from(safe)).toHaveLength(120);
    expect(safe).toBe('😀'.repeat(120));
  });
});

const filters = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

describe('parseSaveFileRequest', () => {
  it('accepts a valid request and sanitises the name', () => {
    const contents = new Uint8Array([1, 2, 3]);
    expect(parseSaveFileRequest({ suggestedName: '../x/Plan.xlsx', contents, filters })).toEqual({
      suggestedName: 'Plan.xlsx',
      contents,
      filters,
    });
  });

  it('accepts a Buffer, which IPC may deliver for a Uint8Array', () => {
    expect(() => parseSaveFileRequest({ suggestedName: 'a', contents: Buffer.from('x'), filters: [] })).not.toThrow();
  });

  it.each([
    [null, /request must be an object/],
    ['save', /request must be an object/],
    [{ suggestedName: 42, contents: new Uint8Array(), filters }, /suggestedName must be a string/],
    [{ suggestedName: 'x'.repeat(5000), contents: new Uint8Array(), filters }, /suggestedName must be at most/],
    [{ suggestedName: 'a', contents: 'bytes', filters }, /contents must be a Uint8Array/],
    [{ suggestedName: 'a', contents: [1, 2, 3], filters }, /contents must be a Uint8Array/],
    [{ suggestedName: 'a', contents: new ArrayBuffer(3), filters }, /contents must be a Uint8Array/],
    [{ suggestedName: 'a', contents: new Uint8Array(), filters: 'xlsx' }, /filters must be an array of at most 10/],
    [{ suggestedName: 'a', contents: new Uint8Array() }, /filters must be an array/],
  ])('rejects %j', (payload, message) => {
    expect(() => parseSaveFileRequest(payload)).toThrow(message);
  });

  it('rejects contents over the size limit', () => {
    // A view claiming more than the limit, without allocating 200 MB.
    const oversized = new Uint8Array(new ArrayBuffer(0));
    Object.defineProperty(oversized, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(() => parseSaveFileRequest({ suggestedName: 'a', contents: oversized, filters })).toThrow(
      /contents is 209715201 bytes, more than the 209715200-byte limit/,
    );
  });
});

describe('filters', () => {
  const open = (value: unknown) => () => parseOpenFileRequest({ filters: value });

  it('accepts up to ten well-formed filters and copies them', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ name: `Type ${i}`, extensions: ['json', 'x1'], extra: 'dropped' }));
    const parsed = parseOpenFileRequest({ filters: many });
    expect(parsed.filters).toHaveLength(10);
    expect(parsed.filters[0]).toEqual({ name: 'Type 0', extensions: ['json', 'x1'] });
  });

  it('rejects more than ten filters', () => {
    expect(open(Array.from({ length: 11 }, () => ({ name: 'A', extensions: ['a'] })))).toThrow(/at most 10 filters/);
  });

  it('rejects a filter without a string name', () => {
    expect(open([{ name: 7, extensions: ['xlsx'] }])).toThrow(/filters\[0\]\.name must be a string/);
    expect(open([null])).toThrow(/filters\[0\] must be an object/);
  });

  it.each([['.xlsx'], ['*'], ['xl sx'], ['../x'], [''], [42]])('rejects the extension %j', (extension) => {
    expect(open([{ name: 'A', extensions: [extension] }])).toThrow(/filters\[0\]\.extensions\[0\] must be 1 to 16 letters or digits/);
  });

  it('rejects a missing or empty extension list', () => {
    expect(open([{ name: 'A' }])).toThrow(/filters\[0\]\.extensions must be an array/);
    expect(open([{ name: 'A', extensions: [] }])).toThrow(/filters\[0\]\.extensions must be an array/);
  });
});
