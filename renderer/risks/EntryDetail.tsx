import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { checkById, severityOf, type RegisterEntry } from '../../shared/checks';
import { splitFindingId, type FindingId, type RiskId } from '../../shared/model';
import { IMPACTS, LIKELIHOODS, labelOf, type Impact, type Likelihood, type Severity } from '../../shared/vocabulary';
import type { MapStore } from '../store/map-store';
import { elementName } from './register-view';
import { DETAIL_HEADING_ID, REGISTER_HEADING_ID, rowButtonId } from './panel-ids';
import { CustomRiskForm, TreatmentForm } from './RiskForms';
import { useRiskPanel } from './risk-panel-state';
import { SeverityBadge } from './SeverityBadge';
import { useAnalysis } from './use-analysis';
import { useShowEntry } from './use-show-entry';

const TREATMENT_HEADING_ID = 'risk-detail-treatment';

/**
 * One register entry in full: a current finding, a custom risk, or a decision about a finding
 * that no longer fires. Which one is looked up afresh on every change, so fixing the problem in
 * the inspector turns an open finding into history before the assessor's eyes.
 */
export function EntryDetail({ store, id }: { store: MapStore; id: string }) {
  const analysis = useAnalysis(store);
  const risk = useStore(store, (s) => s.doc.risks[id as RiskId]);
  const treatment = useStore(store, (s) => s.doc.treatments[id as FindingId]);
  if (risk) {
    return (
      <Detail id={id} title={risk.title.trim() || 'Untitled risk'}>
        <Rating severity={severityOf(risk.likelihood, risk.impact)} likelihood={risk.likelihood} impact={risk.impact} />
        <CustomRiskForm store={store} risk={risk} labelledBy={DETAIL_HEADING_ID} />
        <DeleteRisk store={store} id={risk.id} />
      </Detail>
    );
  }
  const finding = analysis.findingById(id);
  if (finding) return <FindingDetail store={store} entry={analysis.entryOf(finding)} />;
  if (treatment) return <PastDecision store={store} findingId={treatment.findingId} />;
  return (
    <Detail id={id} title="No longer in the register">
      <p>This risk has been deleted, or the finding no longer applies and nothing was decided about it.</p>
    </Detail>
  );
}

function FindingDetail({ store, entry }: { store: MapStore; entry: RegisterEntry }) {
  const elementId = entry.elementIds[0];
  return (
    <Detail id={entry.id} title={entry.title}>
      <Rating severity={entry.severity} likelihood={entry.likelihood} impact={entry.impact} raisedBecause={entry.raisedBecause} />
      {elementId && <About store={store} entryId={entry.id} elementId={elementId} />}
      <p className="risk-detail__finding">{entry.detail}</p>
      <Explanation why={entry.why} whatToDo={entry.whatToDo} reference={entry.reference} />
      <h4 id={TREATMENT_HEADING_ID}>Your decision</h4>
      <TreatmentForm store={store} findingId={entry.id as FindingId} labelledBy={TREATMENT_HEADING_ID} />
    </Detail>
  );
}

/** A decision about a finding the checks no longer raise: kept, and still editable, as history. */
function PastDecision({ store, findingId }: { store: MapStore; findingId: FindingId }) {
  const { checkId, elementId } = splitFindingId(findingId);
  const check = checkById(checkId);
  const name = useStore(store, (s) => elementName(s.doc, elementId));
  return (
    <Detail id={findingId} title={check?.title ?? checkId}>
      <p className="risk-detail__note">
        {name ? `This finding no longer applies: the check no longer finds it on “${name}”.` : 'This finding no longer applies: what it was about has been deleted.'}
        {' '}What was decided is kept here as history.
      </p>
      {name && <About store={store} entryId={findingId} elementId={elementId} />}
      {check && <Explanation why={check.why} whatToDo={check.whatToDo} reference={check.reference} />}
      <h4 id={TREATMENT_HEADING_ID}>Your decision</h4>
      <TreatmentForm store={store} findingId={findingId} labelledBy={TREATMENT_HEADING_ID} />
    </Detail>
  );
}

/** The frame every detail shares: a way back to the list, and the heading that takes focus. */
function Detail({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const panel = useRiskPanel();
  const back = () => {
    panel.getState().closeEntry();
    // Back to the row it was opened from, or to the list's heading when that row is not listed.
    requestAnimationFrame(() => (document.getElementById(rowButtonId(id)) ?? document.getElementById(REGISTER_HEADING_ID))?.focus());
  };
  return (
    <article className="risk-detail" aria-labelledby={DETAIL_HEADING_ID}>
      <button type="button" className="button button--small button--quiet risk-detail__back" onClick={back}>
        <span aria-hidden="true">←</span> All risks
      </button>
      <h3 id={DETAIL_HEADING_ID} className="risk-detail__heading" tabIndex={-1}>{title}</h3>
      {children}
    </article>
  );
}

interface RatingProps {
  readonly severity: Severity;
  readonly likelihood: Likelihood;
  readonly impact: Impact;
  readonly raisedBecause?: readonly string[];
}

/** The severity and how it was reached: likelihood × impact, raised a step for the reasons given. */
function Rating({ severity, likelihood, impact, raisedBecause = [] }: RatingProps) {
  return (
    <div className="risk-detail__rating">
      <p>
        <SeverityBadge severity={severity} />{' '}
        <span>Likelihood {labelOf(LIKELIHOODS, likelihood)} × impact {labelOf(IMPACTS, impact)}</span>
      </p>
      {raisedBecause.length > 0 && <p className="risk-detail__raised">Raised a step because {raisedBecause.join(', and ')}.</p>}
    </div>
  );
}

/** What the entry is about, as a button that selects it and brings it into view on the map. */
function About({ store, entryId, elementId }: { store: MapStore; entryId: string; elementId: string }) {
  const name = useStore(store, (s) => elementName(s.doc, elementId));
  const show = useShowEntry(store);
  if (!name) return null;
  return (
    <p className="risk-detail__about">
      About{' '}
      <button type="button" className="link-button" onClick={() => show(entryId, [elementId], { focus: false })} title="Select it on the map">{name}</button>
    </p>
  );
}

function Explanation({ why, whatToDo, reference }: { why: string; whatToDo: string; reference: string }) {
  return (
    <>
      {why && <><h4>Why it matters</h4><p>{why}</p></>}
      {whatToDo && <><h4>What to do</h4><p>{whatToDo}</p></>}
      {reference && <><h4>Reference</h4><p className="risk-detail__reference">{reference}</p></>}
    </>
  );
}

function DeleteRisk({ store, id }: { store: MapStore; id: RiskId }) {
  const panel = useRiskPanel();
  const remove = () => {
    if (!store.getState().run('deleteRisk', { id })) return;
    panel.getState().closeEntry();
    requestAnimationFrame(() => document.getElementById(REGISTER_HEADING_ID)?.focus());
  };
  return (
    <p className="risk-detail__actions">
      <button type="button" className="button button--small button--danger-quiet" onClick={remove}>Delete risk</button>
    </p>
  );
}
