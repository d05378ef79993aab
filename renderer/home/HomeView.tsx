import { useEffect, useRef, useState } from 'react';
import { navigate, replaceRoute, HOME } from '../app/routing';
import { useServices } from '../app/services';
import { ImportSpreadsheetButton } from '../import/ImportSpreadsheetButton';
import { OpenMapFileButton } from '../map-file/OpenMapFileButton';
import type { AssessmentSummary } from '../persistence/repository';
import { useMenuCommand } from '../platform/use-menu-command';
import { Alert, describeError } from '../ui/Alert';
import { AppBar } from '../ui/AppBar';
import {
  createNewAssessment, deleteAssessment, duplicateAssessment, renameAssessment, type NewAssessmentDetails,
} from './assessment-actions';
import { AboutLine } from './AboutLine';
import { AssessmentListContent } from './AssessmentListContent';
import type { RowAction } from './AssessmentTable';
import { DeleteDialog } from './DeleteDialog';
import { NewAssessmentDialog } from './NewAssessmentDialog';
import { RenameDialog } from './RenameDialog';
import { useAssessmentList } from './use-assessment-list';

type OpenDialog =
  | { readonly kind: 'new' }
  | { readonly kind: 'rename'; readonly summary: AssessmentSummary }
  | { readonly kind: 'delete'; readonly summary: AssessmentSummary };

interface HomeViewProps {
  /** Open the "New assessment" dialog straight away (the native menu's New, from another view). */
  readonly startCreating?: boolean;
  /** Ask for a map file to open straight away (the native menu's Open, from another view). */
  readonly startOpening?: boolean;
  /** Ask for a spreadsheet to import straight away (the native menu's Import spreadsheet, from another view). */
  readonly startImporting?: boolean;
}

/** The list of stored assessments and what can be done to them. */
export function HomeView({ startCreating = false, startOpening = false, startImporting = false }: HomeViewProps) {
  const services = useServices();
  const { list, reload, forget } = useAssessmentList(services.repository);
  const [dialog, setDialog] = useState<OpenDialog | null>(startCreating ? { kind: 'new' } : null);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState('');
  const working = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => { if (startCreating) replaceRoute(HOME); }, [startCreating]);
  useMenuCommand('new-assessment', () => openDialog({ kind: 'new' }));

  function openDialog(next: OpenDialog | null) {
    setError(undefined);
    setDialog(next);
  }

  /** Runs one storage action at a time (a double click must not make two copies) and shows any failure. */
  async function perform(action: () => Promise<void>) {
    if (working.current) return;
    working.current = true;
    setError(undefined);
    setNotice('');
    try {
      await action();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      working.current = false;
      reload();
    }
  }

  const create = (details: NewAssessmentDetails) => perform(async () => {
    const id = await createNewAssessment(services, details);
    navigate({ name: 'assessment', id });
  });
  const rename = (summary: AssessmentSummary, name: string) => perform(async () => {
    await renameAssessment(services, summary, name);
    setDialog(null);
    setNotice(`Renamed "${summary.name}" to "${name.trim()}".`);
  });
  const duplicate = (summary: AssessmentSummary) => perform(async () => {
    await duplicateAssessment(services, summary);
    setNotice(`Made a copy of "${summary.name}".`);
  });
  const remove = (summary: AssessmentSummary) => perform(async () => {
    await deleteAssessment(services, summary);
    // Row and dialog go in one render, so the dialog sees its opener is gone and focuses the heading.
    forget(summary.id);
    setDialog(null);
    setNotice(`Deleted "${summary.name}".`);
  });

  function onRowAction(action: RowAction, summary: AssessmentSummary) {
    if (action === 'duplicate') void duplicate(summary);
    else openDialog({ kind: action, summary });
  }

  return (
    <>
      <AppBar />
      <main className="page">
        <div className="page__header">
          {/* Focusable so focus has a sensible place to land after the row it was on is deleted. */}
          <h1 ref={headingRef} tabIndex={-1}>Assessments</h1>
          <div className="button-row">
            <ImportSpreadsheetButton startImporting={startImporting} />
            <OpenMapFileButton startOpening={startOpening} />
            <button type="button" className="button button--primary" onClick={() => openDialog({ kind: 'new' })}>
              New assessment
            </button>
          </div>
        </div>
        {error && !dialog && <Alert message={error} onDismiss={() => setError(undefined)} />}
        <p role="status" className="notice">{notice}</p>
        <AssessmentListContent list={list} onAction={onRowAction} />
        <AboutLine />
      </main>

      {dialog?.kind === 'new' && (
        <NewAssessmentDialog error={error} onCreate={(details) => void create(details)} onCancel={() => openDialog(null)} />
      )}
      {dialog?.kind === 'rename' && (
        <RenameDialog currentName={dialog.summary.name} error={error}
          onRename={(name) => void rename(dialog.summary, name)} onCancel={() => openDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDialog summary={dialog.summary} error={error} fallbackFocus={headingRef}
          onConfirm={() => void remove(dialog.summary)} onCancel={() => openDialog(null)} />
      )}
    </>
  );
}
