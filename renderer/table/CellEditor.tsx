import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { isIsoDate, type FieldSpec } from '../../shared/model';
import type { FieldValue } from '../inspector/field-types';

/**
 * How an edit ended: Enter stays on the cell, Tab and Shift+Tab move to the next or previous
 * one, and focus leaving the editor (a click elsewhere) leaves focus where it went.
 */
export type EditEnd = 'stay' | 'next' | 'previous' | 'left';

interface CellEditorProps {
  readonly field: FieldSpec;
  readonly value: unknown;
  /** The row's name, so the control says which record it edits. */
  readonly rowName: string;
  onCommit(value: FieldValue, end: EditEnd): void;
  onCancel(): void;
}

/**
 * A field edited in place, with the control its kind needs: a text box (a larger one for
 * multi-line text), a list for one choice, checkboxes for several, a date with "Unknown".
 * Enter or leaving the editor keeps the change, Escape drops it; the grid turns a kept change
 * into the record's update command.
 */
export function CellEditor({ field, value, rowName, onCommit, onCancel }: CellEditorProps) {
  const [draft, setDraft] = useState<FieldValue>(() => initialDraft(field, value));
  const done = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const finish = (end: EditEnd | 'cancel') => {
    if (done.current) return;
    done.current = true;
    if (end === 'cancel') onCancel();
    else onCommit(draftRef.current, end);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys used here never reach the grid's navigation.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      finish('cancel');
    } else if (event.key === 'Enter' && !(event.shiftKey && field.kind === 'text' && field.multiline)) {
      event.preventDefault();
      finish('stay');
    } else if (event.key === 'Tab' && field.kind !== 'choices' && field.kind !== 'date') {
      event.preventDefault();
      finish(event.shiftKey ? 'previous' : 'next');
    }
  };
  // Leaving the editor (not moving between its own controls) keeps the change.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) finish('left');
  };
  const label = `${field.label} of ${rowName}`;
  const popup = field.kind === 'choices' || field.kind === 'date' || (field.kind === 'text' && field.multiline);

  return (
    // A press on the editor's own background keeps focus where it is, rather than ending the edit.
    <div className={popup ? 'cell-editor cell-editor--popup' : 'cell-editor'} onKeyDown={onKeyDown} onBlur={onBlur}
      onMouseDown={(event) => { if (!(event.target as Element).closest('input, select, textarea, label')) event.preventDefault(); }}>
      <EditorControl field={field} label={label} draft={draft} setDraft={setDraft} commitChoice={(next) => { draftRef.current = next; finish('stay'); }} />
      {popup && <p className="cell-editor__hint">Enter to keep{field.kind === 'text' ? ', Shift+Enter for a new line' : ''}, Escape to cancel</p>}
    </div>
  );
}

interface ControlProps {
  readonly field: FieldSpec;
  readonly label: string;
  readonly draft: FieldValue;
  setDraft(value: FieldValue): void;
  /** A choice picked with the pointer is kept at once. */
  commitChoice(value: FieldValue): void;
}

function EditorControl({ field, label, draft, setDraft, commitChoice }: ControlProps): ReactNode {
  // The control that takes focus when the editor opens.
  const firstControl = useRef<HTMLElement | null>(null);
  const first = (element: HTMLElement | null) => { firstControl.current = element; };
  const pointer = useRef(false);
  useEffect(() => {
    const control = firstControl.current;
    control?.focus();
    if (control instanceof HTMLInputElement && control.type === 'text') control.select();
  }, []);
  const text = typeof draft === 'string' ? draft : '';
  switch (field.kind) {
    case 'text':
      return field.multiline
        ? <textarea ref={first} aria-label={label} value={text} maxLength={field.maxLength} rows={5} onChange={(e) => setDraft(e.target.value)} />
        : <input ref={first} type="text" aria-label={label} value={text} maxLength={field.maxLength} autoComplete="off" onChange={(e) => setDraft(e.target.value)} />;
    case 'choice':
      return (
        // Arrow keys on a closed list change its value at once in some browsers, so a keyboard
        // choice waits for Enter; a choice picked from the open list with the pointer is kept.
        <select ref={first} aria-label={label} value={text} onPointerDown={() => { pointer.current = true; }}
          onChange={(e) => (pointer.current ? commitChoice(e.target.value) : setDraft(e.target.value))}>
          <option value="">Not set</option>
          {field.vocabulary.terms.map((term) => <option key={term.value} value={term.value} title={term.description}>{term.label}</option>)}
        </select>
      );
    case 'choices': {
      const chosen = new Set(Array.isArray(draft) ? draft : []);
      const toggle = (value: string, on: boolean) =>
        setDraft(field.vocabulary.terms.map((t) => t.value).filter((v) => (v === value ? on : chosen.has(v))));
      return (
        <fieldset className="cell-editor__choices">
          <legend className="visually-hidden">{label}</legend>
          {field.vocabulary.terms.map((term, i) => (
            <label key={term.value} className="field__option" title={term.description}>
              <input ref={i === 0 ? first : undefined} type="checkbox" checked={chosen.has(term.value)} onChange={(e) => toggle(term.value, e.target.checked)} />
              {term.label}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'date': {
      const unknown = text === 'unknown';
      return (
        <div className="cell-editor__date">
          <input ref={first} type="date" aria-label={label} value={unknown ? '' : text} disabled={unknown}
            onChange={(e) => { if (e.target.value === '' || isIsoDate(e.target.value)) setDraft(e.target.value); }} />
          <label className="field__option">
            <input type="checkbox" checked={unknown} onChange={(e) => setDraft(e.target.checked ? 'unknown' : '')} />
            Unknown
          </label>
        </div>
      );
    }
  }
}

function initialDraft(field: FieldSpec, value: unknown): FieldValue {
  if (field.kind === 'choices') return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return typeof value === 'string' ? value : '';
}
