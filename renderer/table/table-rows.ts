import {
  flowList, systemList, type FlowId, type FlowRecord, type MapDocument, type SystemId, type SystemRecord,
} from '../../shared/model';
import { systemName } from '../canvas/projection';
import type { ElementBadge } from '../risks/analysis';
import type { ReviewCalendar } from '../../shared/reviews';
import { rowReview, type RowReview } from './review-state';

/** One flow as the table shows it: the record, its ends by name, its worst open risk and its review. */
export interface FlowRow {
  readonly id: FlowId;
  readonly record: FlowRecord;
  readonly sourceName: string;
  readonly targetName: string;
  readonly badge: ElementBadge | undefined;
  readonly review: RowReview;
}

/** One system as the table shows it, with how many flows touch it. */
export interface SystemRow {
  readonly id: SystemId;
  readonly record: SystemRecord;
  readonly flowCount: number;
  readonly badge: ElementBadge | undefined;
  readonly review: RowReview;
}

export type TableRow = FlowRow | SystemRow;

/** A row and what it was made from besides its record, so an edit rebuilds only the rows it touched. */
interface Made<Row> {
  readonly row: Row;
  readonly inputs: readonly unknown[];
}

/**
 * Keeps rows between versions of the map. A row is remade only when its record changed or one of
 * its inputs did (its ends, its badge, the flows that touch it, the day and interval reviews are
 * judged by): an edit to one flow of 20,000 remakes one row, and the rows that stay the same
 * object let the grid skip re-rendering them and reuse their sort keys.
 */
export interface RowCache {
  flows(doc: MapDocument, badges: ReadonlyMap<string, ElementBadge>, calendar: ReviewCalendar): FlowRow[];
  systems(doc: MapDocument, badges: ReadonlyMap<string, ElementBadge>, calendar: ReviewCalendar): SystemRow[];
}

export function createRowCache(): RowCache {
  const flowRows = new WeakMap<FlowRecord, Made<FlowRow>>();
  const systemRows = new WeakMap<SystemRecord, Made<SystemRow>>();
  return {
    flows(doc, badges, calendar) {
      const reviewedAs = `${calendar.today}/${calendar.intervalMonths}`;
      const rows: FlowRow[] = [];
      for (const flow of flowList(doc)) {
        const source = doc.systems[flow.sourceId];
        const target = doc.systems[flow.targetId];
        const made = flowRows.get(flow);
        const badge = sameBadge(made?.row.badge, badges.get(flow.id));
        const inputs = [source, target, badge, reviewedAs];
        if (made && sameInputs(made.inputs, inputs)) {
          rows.push(made.row);
          continue;
        }
        // Storage and files are validated, so both ends exist; a row is still shown if one did not.
        const row: FlowRow = {
          id: flow.id,
          record: flow,
          sourceName: source ? systemName(source) : '',
          targetName: target ? systemName(target) : '',
          badge,
          review: rowReview(calendar, flow),
        };
        flowRows.set(flow, { row, inputs });
        rows.push(row);
      }
      return rows;
    },
    systems(doc, badges, calendar) {
      const reviewedAs = `${calendar.today}/${calendar.intervalMonths}`;
      const counts = flowCounts(doc);
      const rows: SystemRow[] = [];
      for (const system of systemList(doc)) {
        const flowCount = counts.get(system.id) ?? 0;
        const made = systemRows.get(system);
        const badge = sameBadge(made?.row.badge, badges.get(system.id));
        const inputs = [flowCount, badge, reviewedAs];
        if (made && sameInputs(made.inputs, inputs)) {
          rows.push(made.row);
          continue;
        }
        const row: SystemRow = { id: system.id, record: system, flowCount, badge, review: rowReview(calendar, system) };
        systemRows.set(system, { row, inputs });
        rows.push(row);
      }
      return rows;
    },
  };
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** `next`, or `previous` when it says the same: each run of the checks makes its badges afresh. */
function sameBadge(previous: ElementBadge | undefined, next: ElementBadge | undefined): ElementBadge | undefined {
  return previous && next && previous.severity === next.severity && previous.openCount === next.openCount ? previous : next;
}

/** How many flows start or end at each system. */
function flowCounts(doc: MapDocument): Map<SystemId, number> {
  const counts = new Map<SystemId, number>();
  for (const flow of flowList(doc)) {
    counts.set(flow.sourceId, (counts.get(flow.sourceId) ?? 0) + 1);
    if (flow.targetId !== flow.sourceId) counts.set(flow.targetId, (counts.get(flow.targetId) ?? 0) + 1);
  }
  return counts;
}

/** What a row is called in labels ("Select Donations to Xero"): its name, or a flow's ends when it has none. */
export function rowName(row: TableRow): string {
  const name = row.record.name.trim();
  if (name) return name;
  return 'sourceName' in row ? `${row.sourceName} → ${row.targetName}` : systemName(row.record);
}
