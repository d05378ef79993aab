import { useCallback } from 'react';
import type { FlowId, SystemId } from '../../shared/model';
import type { AssessmentChanges, FlowChanges, SystemChanges } from '../commands/map-commands';
import type { MapStore } from '../store/map-store';
import type { FieldValue } from './field-types';

/** Which record a generated form edits, and so which command its changes become. */
export type FieldTarget =
  | { readonly command: 'updateSystem'; readonly id: SystemId }
  | { readonly command: 'updateFlow'; readonly id: FlowId }
  | { readonly command: 'updateAssessment' };

/**
 * Turns a field control's change into the record's update command. A burst of typing in one
 * field of one record shares a coalesce key, so it is one undo step. The key comes from the
 * record's field specs and the control only offers values its spec allows, hence the casts.
 */
export function useFieldChange(store: MapStore, target: FieldTarget): (key: string, value: FieldValue, typing: boolean) => void {
  const { command } = target;
  const id = 'id' in target ? target.id : undefined;
  return useCallback((key: string, value: FieldValue, typing: boolean) => {
    const changes = { [key]: value };
    const options = typing ? { coalesceKey: `${id ?? 'assessment'}:${key}` } : {};
    const { run } = store.getState();
    if (command === 'updateSystem') run('updateSystem', { id: id as SystemId, changes: changes as SystemChanges }, options);
    else if (command === 'updateFlow') run('updateFlow', { id: id as FlowId, changes: changes as FlowChanges }, options);
    else run('updateAssessment', { changes: changes as AssessmentChanges }, options);
  }, [store, command, id]);
}
