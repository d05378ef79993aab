/** A spreadsheet may read text starting with one of these as a formula (OWASP CSV injection): = + - @ tab CR LF. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, 0x0a]);

/**
 * Makes text safe to put in a spreadsheet cell: a value beginning with `=`, `+`, `-`, `@`, tab,
 * carriage return or line feed gets a single quote `'` in front, so no spreadsheet ever treats it
 * as a formula (OWASP CSV injection guidance; ASVS 5.0 V1.2.10). Anything else is unchanged, so
 * "Finance-team" stays as it is.
 *
 * Every user-supplied text cell goes through this. Reading a workbook back in, strip exactly one
 * leading `'` where it is followed by one of those characters: that undoes this and nothing else.
 *
 * @example escapeCellText('=HYPERLINK("http://evil","x")') // `'=HYPERLINK("http://evil","x")`
 */
export function escapeCellText(text: string): string {
  // A character code, not a regular expression: this runs for every text cell of a 100,000-row register.
  return FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
}

const QUOTE = 0x27;

/** Undoes {@link escapeCellText} and nothing else: one leading `'` comes off only where a formula character follows it. */
export function unescapeCellText(text: string): string {
  return text.charCodeAt(0) === QUOTE && FORMULA_START.has(text.charCodeAt(1)) ? text.slice(1) : text;
}
