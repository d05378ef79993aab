import { useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import {
  localDateOf, RISK_FIELDS, TREATMENT_FIELDS, UNTREATED,
  type CustomRisk, type FindingId, type FlowId, type MapDocument, type SystemId, type TreatmentFields,
} from '../../shared/model';
import { useServices } from '../app/services';
import type { RiskChanges, TreatmentChanges } from '../commands/register-commands';
import { systemOptions } from '../editor/system-options';
import type { FieldValue } from '../inspector/field-types';
import { RecordForm } from '../inspector/RecordForm';
import type { MapStore } from '../store/map-store';
import { DELETED_ELEMENT, elementName } from './register-view';

/** Control ids in the risk panel, apart from the inspector's, so both can be on the page. */
export function riskFieldId(key: string): string {
  return `risk-field-${key}`;
}

/** A treatment's status must stay answered; so must a custom risk's likelihood and impact. */
const REQUIRED_TREATMENT = ['status'];
const REQUIRED_RISK = ['likelihood', 'impact', 'status'];

/**
 * Fills in who decided and when, the first time a status is chosen: the assessor and today,
 * unless already written. Both stay editable.
 */
function whoAndWhen(current: TreatmentFields, doc: MapDocument, today: string): Partial<TreatmentFields> {
  return {
    ...(current.checkedOn === '' ? { checkedOn: today as TreatmentFields['checkedOn'] } : {}),
    ...(current.checkedBy === '' && doc.assessment.assessor.trim() ? { checkedBy: doc.assessment.assessor.trim() } : {}),
  };
}

/** The treatment of one finding; every change is a `treatFinding` command, a burst of typing one undo step. */
export function TreatmentForm({ store, findingId, labelledBy }: { store: MapStore; findingId: FindingId; labelledBy: string }) {
  const treatment = useStore(store, (s) => s.doc.treatments[findingId]) ?? UNTREATED;
  const { now } = useServices();
  const onChange = useCallback((key: string, value: FieldValue, typing: boolean) => {
    const { doc, run } = store.getState();
    const current = doc.treatments[findingId] ?? UNTREATED;
    const changes = { [key]: value, ...(key === 'status' ? whoAndWhen(current, doc, localDateOf(now())) : {}) } as TreatmentChanges;
    run('treatFinding', { findingId, changes }, typing ? { coalesceKey: `treatment:${findingId}:${key}` } : {});
  }, [store, findingId, now]);
  return (
    <form aria-labelledby={labelledBy} onSubmit={(event) => event.preventDefault()}>
      <RecordForm fields={TREATMENT_FIELDS} record={treatment} onChange={onChange} idFor={riskFieldId} required={REQUIRED_TREATMENT} />
    </form>
  );
}

/** A custom risk's fields and the systems and flows it concerns; each change is an `updateRisk` command. */
export function CustomRiskForm({ store, risk, labelledBy }: { store: MapStore; risk: CustomRisk; labelledBy: string }) {
  const { now } = useServices();
  const { id } = risk;
  const update = useCallback((changes: RiskChanges, coalesceKey?: string) => {
    store.getState().run('updateRisk', { id, changes }, coalesceKey ? { coalesceKey } : {});
  }, [store, id]);
  const onChange = useCallback((key: string, value: FieldValue, typing: boolean) => {
    const { doc } = store.getState();
    const current = doc.risks[id];
    if (!current) return;
    const changes = { [key]: value, ...(key === 'status' ? whoAndWhen(current, doc, localDateOf(now())) : {}) } as RiskChanges;
    update(changes, typing ? `risk:${id}:${key}` : undefined);
  }, [store, id, now, update]);
  return (
    <form aria-labelledby={labelledBy} onSubmit={(event) => event.preventDefault()}>
      <RecordForm fields={RISK_FIELDS} record={risk} onChange={onChange} idFor={riskFieldId} required={REQUIRED_RISK} />
      <RelatedElements store={store} related={risk.relatedIds} onChange={(relatedIds) => update({ relatedIds })} />
    </form>
  );
}

interface RelatedProps {
  readonly store: MapStore;
  readonly related: ReadonlyArray<SystemId | FlowId>;
  onChange(related: Array<SystemId | FlowId>): void;
}

/** The systems and flows a custom risk concerns: a list with Remove buttons, and a picker to add one. */
function RelatedElements({ store, related, onChange }: RelatedProps) {
  const systems = useStore(store, (s) => s.doc.systems);
  const flows = useStore(store, (s) => s.doc.flows);
  const [adding, setAdding] = useState('');
  const options = useMemo(() => relatedOptions({ systems, flows }), [systems, flows]);
  const chosen = new Set<string>(related);
  const add = () => {
    if (adding === '' || chosen.has(adding)) return;
    onChange([...related, adding as SystemId | FlowId]);
    setAdding('');
  };
  return (
    <fieldset className="field field--choices related-elements" aria-describedby="related-elements-help">
      <legend className="field__label">Related systems and flows</legend>
      {related.length > 0 && (
        <ul className="related-elements__list">
          {related.map((elementId) => {
            const name = elementName({ systems, flows }, elementId) ?? DELETED_ELEMENT;
            return (
              <li key={elementId}>
                <span>{name}</span>
                <button type="button" className="button button--small button--quiet" aria-label={`Remove ${name}`}
                  onClick={() => onChange(related.filter((other) => other !== elementId))}>Remove</button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="related-elements__add">
        <label htmlFor={riskFieldId('related')} className="visually-hidden">System or flow to add</label>
        <select id={riskFieldId('related')} value={adding} onChange={(event) => setAdding(event.target.value)}>
          <option value="">Choose a system or flow…</option>
          <optgroup label="Systems">
            {options.systems.filter((o) => !chosen.has(o.id)).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </optgroup>
          <optgroup label="Data flows">
            {options.flows.filter((o) => !chosen.has(o.id)).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </optgroup>
        </select>
        <button type="button" className="button button--small" onClick={add} disabled={adding === ''}>Add</button>
      </div>
      <p id="related-elements-help" className="field__help">What on the map this risk concerns. Leave it empty for a risk to the whole organisation.</p>
    </fieldset>
  );
}

/** Everything a custom risk can concern, by name: systems (told apart when names repeat), then flows. */
function relatedOptions(map: Pick<MapDocument, 'systems' | 'flows'>) {
  const flows = Object.values(map.flows).map((flow) => ({ id: flow.id, label: elementName(map, flow.id)! }));
  return { systems: systemOptions(Object.values(map.systems)), flows: flows.sort((a, b) => a.label.localeCompare(b.label)) };
}
