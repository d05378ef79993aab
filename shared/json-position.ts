/** Where a JSON text first goes wrong, and what was wrong there. */
export interface JsonSyntaxProblem {
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  /** E.g. `expected "," or "}" but found "]"`. */
  readonly problem: string;
}

type Expecting = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * Finds the first syntax error in a JSON text, for a message that says where to look.
 * `JSON.parse` messages give a position only for some mistakes, and differ between engines and
 * versions, so the app and the command-line tool both ask this instead. Returns null for valid JSON. Walks the text with a stack rather than recursion,
 * so deeply nested input cannot overflow.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const stack: Array<'array' | 'object'> = [];
  let expecting: Expecting = 'value';
  let i = 0;
  const at = (offset: number, problem: string): JsonSyntaxProblem => ({ ...lineAndColumn(text, offset), problem });
  const afterValue = (): Expecting => (stack.length > 0 ? 'comma-or-close' : 'end');

  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
    if (i >= text.length) return expecting === 'end' ? null : at(i, 'the text ends before the JSON is complete');
    const ch = text[i]!;

    switch (expecting) {
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && expecting === 'value-or-close') {
          stack.pop();
          i += 1;
          expecting = afterValue();
        } else if (ch === '{' || ch === '[') {
          stack.push(ch === '{' ? 'object' : 'array');
          i += 1;
          expecting = ch === '{' ? 'key-or-close' : 'value-or-close';
        } else if (ch === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== 'number') return at(end.offset, end.problem);
          i = end;
          expecting = afterValue();
        } else {
          const length = literalLength(text, i);
          if (length === 0) return at(i, ch === ']' || ch === '}' ? `a comma is followed by ${found(ch)} instead of a value` : `expected a value but found ${found(ch)}`);
          i += length;
          expecting = afterValue();
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (ch === '}' && expecting === 'key-or-close') {
          stack.pop();
          i += 1;
          expecting = afterValue();
        } else if (ch === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== 'number') return at(end.offset, end.problem);
          i = end;
          expecting = 'colon';
        } else {
          return at(i, ch === '}' ? 'a comma is followed by "}" instead of a property' : `expected a property name in double quotes but found ${found(ch)}`);
        }
        break;
      }
      case 'colon':
        if (ch !== ':') return at(i, `expected ":" after a property name but found ${found(ch)}`);
        i += 1;
        expecting = 'value';
        break;
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === 'array' ? ']' : '}';
        if (ch === ',') {
          expecting = close === ']' ? 'value' : 'key';
        } else if (ch === close) {
          stack.pop();
          expecting = afterValue();
        } else {
          return at(i, `expected "," or "${close}" but found ${found(ch)}`);
        }
        i += 1;
        break;
      }
      case 'end':
        return at(i, `expected the end of the text but found ${found(ch)}`);
    }
  }
}

/** The offset just after the string starting at `start`, or what is wrong with it. */
function stringEnd(text: string, start: number): number | { offset: number; problem: string } {
  for (let i = start + 1; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      const escape = text[i + 1];
      if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 1;
      else return { offset: i, problem: 'a backslash in a string is not followed by a valid escape' };
    } else if (ch < ' ') {
      return { offset: i, problem: 'a string contains a line break or control character (is a closing " missing?)' };
    }
  }
  return { offset: start, problem: 'a string starts here but is never closed' };
}

/** How long the number, true, false or null at `i` is; 0 when there is none. */
function literalLength(text: string, i: number): number {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return word.length;
  NUMBER.lastIndex = i;
  return NUMBER.exec(text) ? NUMBER.lastIndex - i : 0;
}

function found(ch: string): string {
  return ch === '"' ? "'\"'" : `"${ch}"`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
