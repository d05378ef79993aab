import { useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../app/services';
import { AuthorDialog } from './AuthorDialog';

/** Says whose name the change history records, with a way to change it. */
export function AuthorLine({ suggestion }: { suggestion?: string }) {
  const { settings } = useServices();
  const name = useStore(settings, (s) => s.assessorName);
  const [editing, setEditing] = useState(false);
  return (
    <span className="author-line">
      {name ? <>Changes are recorded as <strong>{name}</strong>.</> : <>Changes are recorded without a name.</>}
      {' '}
      <button type="button" className="button button--small button--quiet author-line__change" onClick={() => setEditing(true)}>
        {name ? 'Change your name' : 'Give your name'}
      </button>
      {editing && <AuthorDialog suggestion={suggestion} onClose={() => setEditing(false)} />}
    </span>
  );
}
