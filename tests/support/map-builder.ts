import {
  asAssessmentId, asFlowId, asRiskId, asSystemId, createAssessment, createFlow, createRisk, createSystem,
  createTreatment, documentFrom,
  type AssessmentSettings, type CustomRisk, type FindingId, type FlowRecord, type MapDocument, type SystemRecord,
  type Treatment, type TreatmentFields,
} from '../../shared/model';

/** Overrides for a system; its name is the builder's first argument. */
export type SystemOverrides = Partial<Omit<SystemRecord, 'name'>>;
/** Overrides for a flow; its ends are named by the builder's first two arguments. */
export type FlowOverrides = Partial<Omit<FlowRecord, 'sourceId' | 'targetId'>>;

/** Builds a small map for a test in one readable line. Each call returns a new builder, so a base map can be extended two ways. */
export interface MapBuilder {
  /** Adds a system called `name` with id `sys-N` (N counts from 1), laid out left to right. */
  system(name: string, overrides?: SystemOverrides): MapBuilder;
  /** Adds a flow with id `flow-N` between two systems added earlier, named by their names. */
  flow(fromName: string, toName: string, overrides?: FlowOverrides): MapBuilder;
  /** Records a treatment of the finding `checkId:elementId`, e.g. `.treatment('no-owner:flow-1', { status: 'accepted' })`. */
  treatment(findingId: string, fields: Partial<TreatmentFields>): MapBuilder;
  /** Adds a custom risk with id `risk-N`. */
  risk(overrides?: Partial<Omit<CustomRisk, 'id'>>): MapBuilder;
  /** Changes the assessment's settings (review and rotation intervals, leavers). */
  settings(settings: Partial<AssessmentSettings>): MapBuilder;
  /** The finished document, in assessment `assessment-1`, created and changed at a fixed time. */
  build(): MapDocument;
}

interface BuilderState {
  readonly systems: readonly SystemRecord[];
  readonly flows: readonly FlowRecord[];
  readonly treatments: readonly Treatment[];
  readonly risks: readonly CustomRisk[];
  readonly settings: Partial<AssessmentSettings>;
}

/** A fixed moment, so documents built twice are equal. */
export const BUILT_AT = '2026-01-01T09:00:00.000Z';

/**
 * Starts an empty map. Ids are deterministic (`sys-1`, `flow-1`, ...) so a test can name them.
 * @example mapBuilder().system('CRM', { kind: 'crm' }).system('Xero').flow('CRM', 'Xero').build()
 */
export function mapBuilder(): MapBuilder {
  return builderOf({ systems: [], flows: [], treatments: [], risks: [], settings: {} });
}

function builderOf(state: BuilderState): MapBuilder {
  const { systems, flows } = state;
  const idOf = (name: string) => {
    const found = systems.find((s) => s.name === name);
    // A typo in a fixture should fail loudly, not build a dangling flow.
    if (!found) throw new Error(`mapBuilder: no system named "${name}" (add it with .system() first)`);
    return found.id;
  };
  return {
    system(name, overrides = {}) {
      if (systems.some((s) => s.name === name)) throw new Error(`mapBuilder: two systems named "${name}"`);
      const n = systems.length + 1;
      const system = createSystem({ id: asSystemId(`sys-${n}`), position: { x: (n - 1) * 240, y: 0 }, name, ...overrides });
      return builderOf({ ...state, systems: [...systems, system] });
    },
    flow(fromName, toName, overrides = {}) {
      const flow = createFlow({
        id: asFlowId(`flow-${flows.length + 1}`), sourceId: idOf(fromName), targetId: idOf(toName),
        name: `${fromName} to ${toName}`, ...overrides,
      });
      return builderOf({ ...state, flows: [...flows, flow] });
    },
    treatment(findingId, fields) {
      return builderOf({ ...state, treatments: [...state.treatments, createTreatment(findingId as FindingId, fields)] });
    },
    risk(overrides = {}) {
      const risk = createRisk({ id: asRiskId(`risk-${state.risks.length + 1}`), ...overrides });
      return builderOf({ ...state, risks: [...state.risks, risk] });
    },
    settings(settings) {
      return builderOf({ ...state, settings: { ...state.settings, ...settings } });
    },
    build() {
      const created = createAssessment({ id: asAssessmentId('assessment-1'), now: BUILT_AT, name: 'Test assessment', organisation: 'Test charity', assessor: 'Sam Assessor' });
      const assessment = { ...created, settings: { ...created.settings, ...state.settings } };
      return documentFrom(assessment, systems, flows, { treatments: state.treatments, risks: state.risks });
    },
  };
}
