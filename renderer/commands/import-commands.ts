import type { MapDocument } from '../../shared/model';
import { defineCommand } from './command';

/**
 * Applies a re-imported workbook the user has reviewed: the map becomes `document`, which was
 * read against `base`. If the map has changed since the review was made (it cannot while the
 * review dialog is open, but a command must not trust that), nothing happens, so a review is
 * never applied over edits it did not show.
 */
export const updateFromWorkbook = defineCommand<{ base: MapDocument; document: MapDocument }>({
  name: 'updateFromWorkbook',
  label: 'Update from workbook',
  perform: (doc, { base, document }) => (doc === base ? document : doc),
});
