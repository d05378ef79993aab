import {
  isIsoDate, withReplaced, type FlowId, type FlowRecord, type IsoDate, type MapDocument, type SystemId, type SystemRecord,
} from '../../shared/model';
import { defineCommand, withChanges } from './command';

/**
 * Records that the selected systems and flows were reviewed on `date` by `by`: their "Last
 * reviewed" and "Reviewed by" fields, which the review-overdue check reads against the
 * assessment's review interval. One step to undo, however many are marked; an element already
 * marked so is left as it is, and a date that is not a real one changes nothing.
 */
export const markReviewed = defineCommand<{ systemIds: readonly SystemId[]; flowIds: readonly FlowId[]; date: IsoDate; by: string }>({
  name: 'markReviewed',
  label: 'Mark reviewed',
  perform: (doc, { systemIds, flowIds, date, by }) => {
    if (!isIsoDate(date)) return doc;
    const changes = { lastReviewed: date, reviewedBy: by.trim() };
    const systems = reviewed<SystemRecord>(doc.systems, systemIds, changes);
    const flows = reviewed<FlowRecord>(doc.flows, flowIds, changes);
    if (!systems && !flows) return doc;
    return {
      ...doc,
      ...(systems ? { systems: withReplaced(doc.systems, systems as MapDocument['systems']) } : {}),
      ...(flows ? { flows: withReplaced(doc.flows, flows as MapDocument['flows']) } : {}),
    };
  },
});

/** The records among `ids` that the review changes, by id; undefined when none changes. */
function reviewed<R extends SystemRecord | FlowRecord>(
  records: Readonly<Record<string, R>>, ids: readonly string[], changes: Pick<R, 'lastReviewed' | 'reviewedBy'>,
): Record<string, R> | undefined {
  let next: Record<string, R> | undefined;
  for (const id of ids) {
    const current = records[id];
    if (!current) continue;
    const updated = withChanges<R>(current, changes as Partial<R>);
    if (updated !== current) (next ??= {})[id] = updated;
  }
  return next;
}
