import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../shared/import/headers';
import type { InventoryImport } from '../../shared/import/inventory-import';
import type { ImportPlan } from '../../shared/import/spreadsheet-import';
import type { WorkbookIssue } from '../../shared/import/workbook-reimport';
import { asAssessmentId, createAssessment, type IsoDate, type MapDocument } from '../../shared/model';
import { navigate } from '../app/routing';
import { useServices, type AppServices } from '../app/services';
import type { AssessmentSummary } from '../persistence/repository';
import { describeError } from '../ui/Alert';
import { createImportClient, type ImportClient } from './import-client';
import { holdWorkbookForReview } from './pending-review';
import { SPREADSHEET_FILTERS } from './spreadsheet-filters';

/** The new assessment's details, asked for beside the column mapping. */
export interface NewAssessmentFields {
  readonly name: string;
  readonly organisation: string;
  readonly assessor: string;
}

/** An inventory being matched to fields, and (once asked for) the preview of what it makes. */
export interface InventoryStep {
  readonly fileName: string;
  readonly notices: readonly string[];
  readonly sheets: Extract<ImportPlan, { kind: 'inventory' }>['sheets'];
  readonly sheetIndex: number;
  readonly mapping: readonly ColumnMapping[];
  readonly samples: readonly string[][];
  readonly details: NewAssessmentFields;
  readonly preview: InventoryImport | null;
}

export type SpreadsheetImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly message: string; readonly step?: InventoryStep }
  | { readonly status: 'failed'; readonly fileName?: string; readonly message: string }
  | { readonly status: 'inventory'; readonly step: InventoryStep }
  /** A workbook this app exported, whose assessment is not on this computer: import it whole. */
  | { readonly status: 'exported-new'; readonly fileName: string; readonly document: MapDocument; readonly issues: readonly WorkbookIssue[] }
  /** A workbook this app exported, whose assessment is here: offer to review its changes there. */
  | { readonly status: 'exported-stored'; readonly fileName: string; readonly stored: AssessmentSummary; readonly contents: Uint8Array };

/**
 * Importing a spreadsheet into a new assessment, from choosing the file to opening the map:
 * reading and matching happen in a worker; nothing is stored until the user confirms, and then
 * in one transaction.
 */
export function useSpreadsheetImport() {
  const services = useServices();
  const [state, setState] = useState<SpreadsheetImportState>({ status: 'idle' });
  const client = useRef<ImportClient | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const stop = useCallback(() => {
    client.current?.close();
    client.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const fail = useCallback((message: string, fileName?: string) => {
    stop();
    setState({ status: 'failed', message, ...(fileName ? { fileName } : {}) });
  }, [stop]);

  const start = useCallback(async () => {
    if (stateRef.current.status !== 'idle' && stateRef.current.status !== 'failed') return;
    let file;
    try {
      file = await services.platform.openFile({ filters: SPREADSHEET_FILTERS });
    } catch (error) {
      fail(describeError(error));
      return;
    }
    if (!file) return;
    const { fileName, contents } = file;
    stop();
    const session = createImportClient(services.newId);
    client.current = session;
    setState({ status: 'working', message: `Reading ${fileName}…` });
    try {
      const read = await session.read(file);
      if (!read.ok) return fail(read.message, fileName);
      const { plan } = read;
      if (plan.kind === 'empty') return fail(plan.message, fileName);
      if (plan.kind === 'exported-workbook') {
        const stored = (await services.repository.listAssessments()).find((s) => s.id === plan.assessmentId);
        if (stored) return setState({ status: 'exported-stored', fileName, stored, contents });
        const result = await session.reimport(undefined, services.now().toISOString());
        if (!result.ok) return fail(result.message, fileName);
        return setState({ status: 'exported-new', fileName, document: result.document, issues: result.issues });
      }
      const { mapping, samples } = await session.mapping(plan.sheetIndex);
      setState({
        status: 'inventory',
        step: {
          fileName, notices: read.notices, sheets: plan.sheets, sheetIndex: plan.sheetIndex, mapping, samples,
          details: { name: baseName(fileName), organisation: '', assessor: '' }, preview: null,
        },
      });
    } catch (error) {
      fail(describeError(error), fileName);
    }
  }, [services, fail, stop]);

  /** Changes the step (mapping, sheet or details); any preview no longer holds. */
  const update = useCallback(async (changes: Partial<Pick<InventoryStep, 'sheetIndex' | 'mapping' | 'details'>>) => {
    const current = stateRef.current;
    const session = client.current;
    if (current.status !== 'inventory' || !session) return;
    let step: InventoryStep = { ...current.step, ...changes, preview: null };
    if (changes.sheetIndex !== undefined && changes.sheetIndex !== current.step.sheetIndex) {
      try {
        const { mapping, samples } = await session.mapping(changes.sheetIndex);
        step = { ...step, mapping, samples };
      } catch (error) {
        if (client.current === session) fail(describeError(error), step.fileName);
        return;
      }
      // Cancelled while the sheet was read: the dialog stays closed.
      if (client.current !== session) return;
    }
    setState({ status: 'inventory', step });
  }, [fail]);

  const preview = useCallback(async () => {
    const current = stateRef.current;
    const session = client.current;
    if (current.status !== 'inventory' || !session) return;
    const { step } = current;
    setState({ status: 'working', message: 'Matching rows and laying out the map…', step });
    try {
      const result = await session.inventory({
        sheetIndex: step.sheetIndex, mapping: step.mapping, today: todayOf(services), assessment: newAssessment(services, step.details),
      });
      if (client.current === session) setState({ status: 'inventory', step: { ...step, preview: result } });
    } catch (error) {
      // Cancelling stops the worker, which rejects the preview: that is no failure to report.
      if (client.current === session) fail(describeError(error), step.fileName);
    }
  }, [services, fail]);

  /** Stores the previewed (or exported) map as a new assessment, in one transaction, and opens it. */
  const confirm = useCallback(async () => {
    const current = stateRef.current;
    const document = current.status === 'inventory' ? current.step.preview?.document : current.status === 'exported-new' ? current.document : undefined;
    if (!document) return;
    setState({ status: 'working', message: 'Storing the new assessment…' });
    try {
      await services.repository.createDocument(document);
      stop();
      setState({ status: 'idle' });
      navigate({ name: 'assessment', id: document.assessment.id });
    } catch (error) {
      fail(`The assessment could not be stored, so nothing was changed: ${describeError(error)}`);
    }
  }, [services, fail, stop]);

  /** Opens the stored assessment and reviews the workbook's changes there, where they can be undone. */
  const review = useCallback(() => {
    const current = stateRef.current;
    if (current.status !== 'exported-stored') return;
    holdWorkbookForReview(current.stored.id, { fileName: current.fileName, contents: current.contents });
    stop();
    setState({ status: 'idle' });
    navigate({ name: 'assessment', id: current.stored.id });
  }, [stop]);

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  return { state, start: () => void start(), update: (c: Parameters<typeof update>[0]) => void update(c), preview: () => void preview(), confirm: () => void confirm(), review, cancel };
}

function newAssessment(services: AppServices, details: NewAssessmentFields) {
  const name = details.name.trim();
  return createAssessment({
    id: asAssessmentId(services.newId()),
    now: services.now().toISOString(),
    ...(name ? { name } : {}),
    organisation: details.organisation.trim(),
    assessor: details.assessor.trim(),
  });
}

function todayOf(services: AppServices): IsoDate {
  return services.now().toISOString().slice(0, 10) as IsoDate;
}

/** "Integrations 2026.xlsx" → "Integrations 2026": the new assessment's name until the user changes it. */
function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 200);
}
