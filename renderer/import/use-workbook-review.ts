import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookIssue } from '../../shared/import/workbook-reimport';
import type { MapDocument } from '../../shared/model';
import type { DocumentChanges } from '../../shared/model';
import type { OpenedFile } from '../../shared/platform';
import { useServices } from '../app/services';
import type { MapStore } from '../store/map-store';
import { describeError } from '../ui/Alert';
import { createImportClient } from './import-client';
import { takeWorkbookForReview } from './pending-review';
import { WORKBOOK_FILTERS } from './spreadsheet-filters';

export type WorkbookReviewState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading'; readonly fileName: string }
  | { readonly status: 'failed'; readonly fileName?: string; readonly message: string }
  | {
    readonly status: 'review'; readonly fileName: string; readonly base: MapDocument; readonly document: MapDocument;
    readonly changes: DocumentChanges; readonly issues: readonly WorkbookIssue[];
  };

/**
 * Reading back the risk register a client edited, into the open assessment: read in a worker
 * against the map as it is now, shown as a list of changes, applied only on confirmation as
 * one undoable command ("Update from workbook").
 */
export function useWorkbookReview(store: MapStore) {
  const services = useServices();
  const [state, setState] = useState<WorkbookReviewState>({ status: 'idle' });
  const busy = useRef(false);

  const review = useCallback(async (file: OpenedFile) => {
    if (busy.current) return;
    busy.current = true;
    const { fileName } = file;
    setState({ status: 'reading', fileName });
    const session = createImportClient(services.newId);
    try {
      const read = await session.read(file);
      if (!read.ok) return setState({ status: 'failed', fileName, message: read.message });
      if (read.plan.kind !== 'exported-workbook') {
        return setState({
          status: 'failed', fileName,
          message: 'This is not a risk register exported by Integration Mapper (it has no Summary sheet with an Assessment ID). '
            + 'To make a new map from a spreadsheet of integrations, use Import spreadsheet on the home screen.',
        });
      }
      const base = store.getState().doc;
      const result = await session.reimport(base, services.now().toISOString());
      if (!result.ok) return setState({ status: 'failed', fileName, message: result.message });
      setState({ status: 'review', fileName, base, document: result.document, changes: result.changes!, issues: result.issues });
    } catch (error) {
      setState({ status: 'failed', fileName, message: describeError(error) });
    } finally {
      session.close();
      busy.current = false;
    }
  }, [services, store]);

  const choose = useCallback(async () => {
    let file;
    try {
      file = await services.platform.openFile({ filters: WORKBOOK_FILTERS });
    } catch (error) {
      setState({ status: 'failed', message: describeError(error) });
      return;
    }
    if (file) await review(file);
  }, [services, review]);

  // A workbook chosen on the home screen for this assessment is reviewed as soon as it opens.
  useEffect(() => {
    const waiting = takeWorkbookForReview(store.getState().doc.assessment.id);
    if (waiting) void review(waiting);
  }, [store, review]);

  const apply = useCallback(() => {
    if (state.status !== 'review') return;
    const applied = store.getState().run('updateFromWorkbook', { base: state.base, document: state.document });
    if (!applied && store.getState().doc !== state.base) {
      setState({ status: 'failed', fileName: state.fileName, message: 'The map changed while the workbook was being read, so nothing was applied. Choose the workbook again.' });
      return;
    }
    setState({ status: 'idle' });
  }, [state, store]);

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, choose: () => void choose(), apply, dismiss };
}
