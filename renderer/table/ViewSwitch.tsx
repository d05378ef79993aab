import './table.css';

/** What the editor's main area shows: the map's canvas, or the table of its flows and systems. */
export type EditorView = 'map' | 'table';

const VIEWS: ReadonlyArray<{ readonly view: EditorView; readonly label: string }> = [
  { view: 'map', label: 'Map' },
  { view: 'table', label: 'Table' },
];

/**
 * Map | Table: two toggle buttons (each says whether it is pressed), so the switch is one Tab
 * stop each and works with Enter or Space like any button.
 */
export function ViewSwitch({ view, onChange }: { view: EditorView; onChange(view: EditorView): void }) {
  return (
    <div role="group" aria-label="View" className="view-switch">
      {VIEWS.map((option) => (
        <button key={option.view} type="button" aria-pressed={view === option.view}
          className="view-switch__button" onClick={() => onChange(option.view)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}
