import type { IsoDate, MapDocument } from '../../../shared/model';
import { reviewCalendar } from '../../../shared/reviews';
import { createAnalyser } from '../../../renderer/risks/analysis';
import { createRowCache, type FlowRow, type RowCache, type SystemRow } from '../../../renderer/table/table-rows';

/** The day the table tests look at their maps on. */
export const TODAY = '2026-03-01' as IsoDate;

/** The table's rows for a map, as the app makes them: badges from the checks, reviews as of {@link TODAY}. */
export function rowsOf(doc: MapDocument, cache: RowCache = createRowCache(), today: IsoDate = TODAY): { flows: FlowRow[]; systems: SystemRow[] } {
  const { badges } = createAnalyser()(doc, today);
  const calendar = reviewCalendar(doc, today);
  return { flows: cache.flows(doc, badges, calendar), systems: cache.systems(doc, badges, calendar) };
}
