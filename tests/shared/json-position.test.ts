import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../shared/json-position';

describe('finding where a hand-edited JSON file goes wrong', () => {
  it('finds nothing wrong with valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' 1 ', '"a\\u00e9\\n"', '{"a": [1, -2.5e3, true, false, null, {"b": "c"}]}\n', '0']) {
      expect(findJsonSyntaxError(text), text).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('points at a trailing comma, the commonest hand edit', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, problem: 'a comma is followed by "}" instead of a property' });
    expect(findJsonSyntaxError('[1, 2,\n]')).toEqual({ line: 2, column: 1, problem: 'a comma is followed by "]" instead of a value' });
  });

  it('points at a missing comma between properties', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3, problem: 'expected "," or "}" but found \'"\'' });
  });

  it('points at single quotes, bare words and missing colons', () => {
    expect(findJsonSyntaxError("{'a': 1}")?.problem).toBe('expected a property name in double quotes but found "\'"');
    expect(findJsonSyntaxError('{"status": active}')).toMatchObject({ column: 12, problem: 'expected a value but found "a"' });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({ column: 6, problem: 'expected ":" after a property name but found "1"' });
  });

  it('explains strings that are never closed or hold a raw line break', () => {
    expect(findJsonSyntaxError('{"a": "one\ntwo"}')).toMatchObject({ line: 1, column: 11, problem: expect.stringContaining('line break') });
    expect(findJsonSyntaxError('{"a": "\\x"}')).toMatchObject({ column: 8, problem: expect.stringContaining('escape') });
  });

  it('says so when the text stops early or goes on after the end', () => {
    expect(findJsonSyntaxError('{"a": [1, 2')).toMatchObject({ line: 1, column: 12, problem: 'the text ends before the JSON is complete' });
    expect(findJsonSyntaxError('{}\n{}')).toEqual({ line: 2, column: 1, problem: 'expected the end of the text but found "{"' });
  });

  it('copes with nesting far deeper than any map, without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}1${']'.repeat(199_999)}`;
    expect(findJsonSyntaxError(deep)).toMatchObject({ problem: 'the text ends before the JSON is complete' });
  });
});
