import { MAX_TEXT_LENGTH } from '../model';
import { cutText } from './field-values';
import { warning, type CellProblem } from './import-issue';

/** One piece of a flow's notes and the column it came from, so a cut can be blamed on the right cell. */
interface NotesPart {
  readonly text: string;
  readonly column: number;
}

/**
 * Gathers what a row keeps in its flow's notes: the Notes column itself first, then, in column
 * order, wording that said more than a field could hold ("Mechanism (as written): "Zapier"") and
 * values of columns that match no field ("Source owner: Priya"). Notes hold at most
 * {@link MAX_TEXT_LENGTH} characters; what does not fit is cut, with a warning on its cell.
 */
export class RowNotes {
  private readonly own: NotesPart[] = [];
  private readonly lines: NotesPart[] = [];

  /** Text from a column mapped to Notes. */
  addNotes(text: string, column: number): void {
    this.own.push({ text, column });
  }

  /** A field's wording kept beside the value it gave: `Authentication (as written): "OAuth2 via Azure app"`. */
  addAsWritten(label: string, wording: string, column: number): void {
    this.lines.push({ text: `${label} (as written): "${wording}"`, column });
  }

  /** A value from a column that fills no field: `Header: value`. */
  addLine(title: string, value: string, column: number): void {
    this.lines.push({ text: `${title}: ${value}`, column });
  }

  /** The notes text, and a problem for each column whose text had to be cut or left out. */
  compose(): { notes: string; problems: Array<{ column: number; problem: CellProblem }> } {
    const parts = this.own.length > 0 ? [...this.own, ...this.lines] : this.lines;
    if (parts.length === 1 && parts[0]!.text.length <= MAX_TEXT_LENGTH) return { notes: parts[0]!.text, problems: [] };
    let notes = '';
    const problems: Array<{ column: number; problem: CellProblem }> = [];
    for (const { text, column } of parts) {
      const separator = notes === '' ? '' : '\n';
      const room = MAX_TEXT_LENGTH - notes.length - separator.length;
      if (text.length <= room) {
        notes += separator + text;
      } else if (room > 1) {
        notes += separator + cutText(text, room);
        problems.push({ column, problem: warning(`The notes for this row would be longer than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters, so the text from this cell was cut short.`) });
      } else {
        problems.push({ column, problem: warning(`The notes for this row were already ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters long, so the text from this cell was left out.`) });
      }
    }
    return { notes, problems };
  }
}
