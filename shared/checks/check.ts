import type { FindingId, FlowId, FlowRecord, SystemId, SystemRecord } from '../model';
import type { DataType, Impact, Likelihood, Severity } from '../vocabulary';
import type { CheckContext } from './context';

/** What a finding is about. */
export type ElementKind = 'system' | 'flow';

/**
 * What every check says about itself, shown in the app, the workbook's Checks sheet and each
 * finding: written for a charity volunteer, not a security specialist.
 */
export interface CheckDescription {
  /** Stable forever: treatments are stored under it. Lower-case words joined by `-`. */
  readonly id: string;
  readonly title: string;
  /** When it fires, in one sentence. */
  readonly condition: string;
  /** The default likelihood and impact; a hit may say otherwise for its case. */
  readonly likelihood: Likelihood;
  readonly impact: Impact;
  /**
   * True when the severity goes up a step for a flow that crosses the organisation's boundary
   * or carries personal, payment, HR or financial data. False when the check already weighs
   * that itself (for example "sensitive data leaves").
   */
  readonly raisedByExposure: boolean;
  /** Why it matters, in plain words. */
  readonly why: string;
  /** What to do about it, in plain words. */
  readonly whatToDo: string;
  /** Where the practice comes from, e.g. "CIS Controls v8 safeguard 5.5" with the guidance in {@link SOURCES}. */
  readonly reference: string;
}

/** A flow with what checks keep asking about it worked out once. */
export interface FlowView {
  readonly flow: FlowRecord;
  readonly source: SystemRecord;
  readonly target: SystemRecord;
  /** One end is run by a vendor, a partner or a former partner. */
  readonly crossesBoundary: boolean;
  /** The personal, special-category, payment, financial, donor or HR data types it carries. */
  readonly sensitiveData: readonly DataType[];
  /** Still moving data: active, suspected orphaned, or status not filled in. */
  readonly active: boolean;
  /**
   * The account it signs in as, as a number: the same for the same account (case, spacing and
   * punctuation ignored), so flows are grouped by account with arrays rather than hashing;
   * -1 when no account is recorded. See {@link accountNumberOf}.
   */
  readonly accountNumber: number;
}

/**
 * How a firing check rates one case, where that differs from the check's own likelihood and
 * impact (for example, higher for special-category data).
 */
export interface Rating {
  readonly likelihood?: Likelihood;
  readonly impact?: Impact;
  /** For checks that rate a case themselves (`raisedByExposure: false`), the severity to use. */
  readonly severity?: Severity;
}

/**
 * What an inspector returns when its check fires with the check's own rating. One shared object:
 * inspectors run for every element on every run (half a million calls on a large map), so a
 * firing check allocates nothing and the finding's sentence is written only when read.
 */
export const FIRES: Rating = Object.freeze({});

/** An inspector's answer: null when the check does not fire, else how to rate the case ({@link FIRES} for the default). */
export type Verdict = Rating | null;

/** A hit from a check that compares elements with each other: which element, and what was found. */
export interface MapHit extends Rating {
  readonly elementKind: ElementKind;
  readonly elementId: SystemId | FlowId;
  /** For a flow, its view from `context.flows`, so the runner need not look it up to weigh its exposure. */
  readonly view?: FlowView;
  /** Names the element and says what was found. Called only when someone reads the finding. */
  readonly describe: () => string;
}

/**
 * A check's per-flow inspection: a small pure function that says whether it fires (never
 * throwing on odd data), and the sentence for a finding it raised, e.g. `The flow "Gift Aid to
 * Xero" keeps its credential in a spreadsheet`. The sentence is asked for only when someone reads
 * the finding: a large map has 100,000 findings and the app shows a few hundred.
 */
type FlowInspection =
  | {
    readonly inspectFlow: (view: FlowView, context: CheckContext) => Verdict;
    /** Given the same view, context and rating `inspectFlow` saw and returned. */
    readonly describeFlow: (view: FlowView, context: CheckContext, rating: Rating) => string;
  }
  | { readonly inspectFlow?: undefined; readonly describeFlow?: undefined };

/** A check's per-system inspection, as {@link FlowInspection} for flows. */
type SystemInspection =
  | {
    readonly inspectSystem: (system: SystemRecord, context: CheckContext) => Verdict;
    readonly describeSystem: (system: SystemRecord, context: CheckContext, rating: Rating) => string;
  }
  | { readonly inspectSystem?: undefined; readonly describeSystem?: undefined };

/** A check: its description and at least one way of inspecting the map. */
export type Check = CheckDescription & FlowInspection & SystemInspection & {
  /** Compares elements with each other, e.g. one credential used by several flows. */
  readonly inspectMap?: (context: CheckContext) => readonly MapHit[];
};

/**
 * One check firing for one element, with its final rating. Findings from the runner work some
 * properties out when first read (`id`, `detail`), so copy the fields you need rather than
 * spreading or cloning one; `JSON.stringify` gives all of them.
 */
export interface Finding {
  /** `checkId:elementId`: the same every run, so treatments stay attached. */
  readonly id: FindingId;
  readonly checkId: string;
  readonly elementKind: ElementKind;
  readonly elementId: SystemId | FlowId;
  readonly detail: string;
  readonly likelihood: Likelihood;
  readonly impact: Impact;
  readonly severity: Severity;
  /** Why the severity was raised a step above the matrix, in words; empty when it was not. */
  readonly raisedBecause: readonly string[];
}
