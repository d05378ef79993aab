import {
  createTreatment, type CustomRisk, type FindingId, type MapDocument, type RiskId, type TreatmentFields,
} from '../../shared/model';
import { defineCommand, withChanges } from './command';

export type TreatmentChanges = Partial<TreatmentFields>;
export type RiskChanges = Partial<Omit<CustomRisk, 'id'>>;

/** Records what was decided about a finding; the first change creates its treatment. */
export const treatFinding = defineCommand<{ findingId: FindingId; changes: TreatmentChanges }>({
  name: 'treatFinding',
  label: 'Edit treatment',
  perform: (doc, { findingId, changes }) => {
    const current = doc.treatments[findingId] ?? createTreatment(findingId);
    const next = withChanges(current, changes);
    if (next === current) return doc;
    return { ...doc, treatments: { ...doc.treatments, [findingId]: next } };
  },
});

export const addRisk = defineCommand<{ risk: CustomRisk }>({
  name: 'addRisk',
  label: 'Add risk',
  perform: (doc, { risk }) => (doc.risks[risk.id] ? doc : { ...doc, risks: { ...doc.risks, [risk.id]: risk } }),
});

export const updateRisk = defineCommand<{ id: RiskId; changes: RiskChanges }>({
  name: 'updateRisk',
  label: 'Edit risk',
  perform: (doc, { id, changes }) => {
    const current = doc.risks[id];
    if (!current) return doc;
    const next = withChanges(current, changes);
    return next === current ? doc : { ...doc, risks: { ...doc.risks, [id]: next } };
  },
});

export const deleteRisk = defineCommand<{ id: RiskId }>({
  name: 'deleteRisk',
  label: 'Delete risk',
  perform: (doc, { id }) => {
    if (!doc.risks[id]) return doc;
    const { [id]: _, ...risks } = doc.risks;
    return { ...doc, risks: risks as MapDocument['risks'] };
  },
});

/** Custom risks no longer mention elements that are gone; risks mentioning none are unchanged objects. */
export function withoutRelated(risks: MapDocument['risks'], gone: ReadonlySet<string>): MapDocument['risks'] {
  let next: Record<RiskId, CustomRisk> | undefined;
  for (const risk of Object.values(risks)) {
    if (!risk.relatedIds.some((id) => gone.has(id))) continue;
    next ??= { ...risks };
    next[risk.id] = { ...risk, relatedIds: risk.relatedIds.filter((id) => !gone.has(id)) };
  }
  return next ?? risks;
}
