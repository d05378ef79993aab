import { labelOf, SEVERITIES, type Severity } from '../vocabulary';
import type { CellLook, CellValue, Highlight } from './model';

/**
 * The fixed colour for each severity, light to dark as it gets worse. Each severity cell also
 * says its level in words, so the colour is never the only signal.
 */
export const SEVERITY_LOOKS: Readonly<Record<Severity, CellLook>> = {
  low: { fill: 'D9EAD3', font: '1F3D14', bold: false },
  medium: { fill: 'FFF2CC', font: '4D3B00', bold: false },
  elevated: { fill: 'FFD966', font: '4D3B00', bold: false },
  high: { fill: 'F4B183', font: '5C1A00', bold: true },
  critical: { fill: 'C00000', font: 'FFFFFF', bold: true },
};

/**
 * A severity as a cell: its label, coloured by recording a highlight for (`row`, `column`).
 * No severity gives a blank, uncoloured cell.
 */
export function severityCell(severity: Severity | undefined, row: number, column: number, highlights: Highlight[]): CellValue {
  if (severity === undefined) return null;
  highlights.push({ row, column, look: SEVERITY_LOOKS[severity] });
  return labelOf(SEVERITIES, severity);
}
