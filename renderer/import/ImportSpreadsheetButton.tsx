import { useEffect, useRef } from 'react';
import { HOME, replaceRoute } from '../app/routing';
import { useMenuCommand } from '../platform/use-menu-command';
import { Alert } from '../ui/Alert';
import { Dialog, DialogActions } from '../ui/Dialog';
import { ImportExportedWorkbookDialog, ReviewStoredWorkbookDialog } from './ExportedWorkbookDialogs';
import './import.css';
import { InventoryImportDialog } from './InventoryImportDialog';
import { useSpreadsheetImport } from './use-spreadsheet-import';

/**
 * The home screen's "Import spreadsheet…": the button, the native menu's File › Import
 * spreadsheet, and the dialogs that follow, ending in the new map open in the editor.
 */
export function ImportSpreadsheetButton({ startImporting = false }: { readonly startImporting?: boolean }) {
  const flow = useSpreadsheetImport();
  const { state } = flow;
  useMenuCommand('import-spreadsheet', flow.start);
  const startedOnArrival = useRef(false);
  useEffect(() => {
    if (!startImporting || startedOnArrival.current) return;
    startedOnArrival.current = true;
    replaceRoute(HOME);
    flow.start();
  }, [startImporting, flow]);

  const step = state.status === 'inventory' ? state.step : state.status === 'working' ? state.step : undefined;
  return (
    <>
      <button type="button" className="button" onClick={flow.start}>Import spreadsheet…</button>
      {state.status === 'working' && !step && <p role="status" className="notice">{state.message}</p>}
      {step && (
        <InventoryImportDialog step={step} busy={state.status === 'working' ? state.message : undefined}
          onChange={flow.update} onPreview={flow.preview} onImport={flow.confirm} onCancel={flow.cancel} />
      )}
      {state.status === 'failed' && (
        <Dialog title={state.fileName ? `${state.fileName} could not be imported` : 'The file could not be imported'} onClose={flow.cancel}>
          <Alert message={state.message} />
          <p className="field__help">Nothing was imported, and nothing already stored has changed.</p>
          <DialogActions><button type="button" className="button button--primary" onClick={flow.cancel}>Close</button></DialogActions>
        </Dialog>
      )}
      {state.status === 'exported-new' && (
        <ImportExportedWorkbookDialog fileName={state.fileName} document={state.document} issues={state.issues}
          onImport={flow.confirm} onCancel={flow.cancel} />
      )}
      {state.status === 'exported-stored' && (
        <ReviewStoredWorkbookDialog fileName={state.fileName} stored={state.stored} onReview={flow.review} onCancel={flow.cancel} />
      )}
    </>
  );
}
