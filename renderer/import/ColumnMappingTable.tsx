import { useId } from 'react';
import { IMPORT_TARGETS, type ColumnMapping, type ImportTarget } from '../../shared/import/headers';
import { columnLetter } from '../../shared/import/sheet-table';

interface ColumnMappingTableProps {
  readonly mapping: readonly ColumnMapping[];
  readonly samples: readonly string[][];
  onChange(mapping: ColumnMapping[]): void;
}

/**
 * One row per column of the sheet: its header, a few of its values, and where they will go.
 * Choosing a target another column had moves that column to "Keep in notes", since a field
 * is filled from one column only.
 */
export function ColumnMappingTable({ mapping, samples, onChange }: ColumnMappingTableProps) {
  const id = useId();
  function choose(index: number, target: ImportTarget) {
    onChange(mapping.map((m, i) => {
      if (i === index) return { ...m, target };
      const shared = target !== 'keep-in-notes' && target !== 'ignore' && m.target === target;
      return shared ? { ...m, target: 'keep-in-notes' } : m;
    }));
  }
  return (
    <table className="import-table" aria-label="Columns and where they go">
      <thead>
        <tr><th scope="col">Column</th><th scope="col">Examples</th><th scope="col">Imported as</th></tr>
      </thead>
      <tbody>
        {mapping.map((m, i) => {
          const selectId = `${id}-${m.column}`;
          const title = m.header || `Column ${columnLetter(m.column)}`;
          return (
            <tr key={m.column}>
              <th scope="row"><label htmlFor={selectId}>{title}</label> <span className="import-table__letter">({columnLetter(m.column)})</span></th>
              <td className="import-table__samples">{(samples[i] ?? []).join(' · ') || '(empty)'}</td>
              <td>
                <select id={selectId} className="field__input" value={m.target} onChange={(e) => choose(i, e.target.value as ImportTarget)}>
                  {IMPORT_TARGETS.map((choice) => <option key={choice.target} value={choice.target}>{choice.label}</option>)}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
