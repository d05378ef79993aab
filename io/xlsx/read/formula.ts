/**
 * A shared formula as each cell of its range has it. Excel writes a formula filled down a column
 * once, in the range's first cell (`<f t="shared" ref="C2:C900" si="0">A2*B2</f>`), and every
 * other cell only as `<f t="shared" si="0"/>`: that cell's formula is the first one with its
 * relative references moved by the distance between them (`A3*B3` one row down).
 */

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** A1-style reference: optional `$`, one to three letters, optional `$`, digits; not part of a longer name, nor a function's or sheet's name. */
const REFERENCE = /(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(!])/g;

/** `formula`, written for the cell `rows` down and `columns` right of where it is, as Excel would show it there. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let result = '';
  let plain = 0;
  for (let at = 0; at < formula.length;) {
    const char = formula[at]!;
    // Text in quotes, quoted sheet names and structured references ([…]) hold no references to move.
    const close = char === '"' || char === "'" ? closingQuote(formula, at, char) : char === '[' ? closingBracket(formula, at) : -1;
    if (close < 0) {
      at++;
      continue;
    }
    result += shiftReferences(formula.slice(plain, at), rows, columns) + formula.slice(at, close + 1);
    plain = at = close + 1;
  }
  return result + shiftReferences(formula.slice(plain), rows, columns);
}

function shiftReferences(text: string, rows: number, columns: number): string {
  return text.replace(REFERENCE, (match, columnFixed: string, letters: string, rowFixed: string, digits: string) => {
    const column = columnNumber(letters);
    const row = Number(digits);
    if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return match; // a name, not a cell
    const newColumn = columnFixed ? column : column + columns;
    const newRow = rowFixed ? row : row + rows;
    if (newColumn < 1 || newColumn > MAX_COLUMN || newRow < 1 || newRow > MAX_ROW) return '#REF!';
    return `${columnFixed}${columnLetters(newColumn)}${rowFixed}${newRow}`;
  });
}

/** The index of the quote closing the one at `at` (a doubled quote is one inside), or the end. */
function closingQuote(text: string, at: number, quote: string): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i++;
      else return i;
    }
  }
  return text.length - 1;
}

function closingBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return text.length - 1;
}

/** "A" → 1, "XFD" → 16,384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
