/** Element ids in the risk panel that focus moves to, named once for the components that move it. */

/** The register's heading: where focus goes when there is nothing better (after a delete). */
export const REGISTER_HEADING_ID = 'risk-panel-heading';

/** An open entry's heading, which takes focus when the entry is shown. */
export const DETAIL_HEADING_ID = 'risk-detail-heading';

/** A row's button, so focus can return to it from the entry's detail. */
export function rowButtonId(id: string): string {
  return `register-row-${id}`;
}
