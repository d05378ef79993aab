import { findingIdOf, type FindingId, type FlowId, type SystemId, type SystemRecord } from '../model';
import type { Impact, Likelihood, Severity } from '../vocabulary';
import type { Check, ElementKind, Finding, FlowView, MapHit, Rating } from './check';
import { isOutside, type CheckContext } from './context';
import { describeDataTypes, describeSystem } from './wording';

const NO_REASONS: readonly string[] = [];

/**
 * What the findings one check raises in one run share: the check, the run's context, the
 * severity, and whether the element's exposure raised it a step. A run makes a few of these per
 * check (see `FindingKinds` in run-checks.ts), so a finding holds one reference instead of four.
 */
export interface FindingKind {
  readonly check: Check;
  readonly context: CheckContext;
  readonly severity: Severity;
  readonly raised: boolean;
}

/**
 * A finding as the runner makes it: one small object holding what it needs to explain itself.
 * A large map has over 100,000 findings, all made on every full run and all kept until the next,
 * so each holds as little as it can (its kind, its rating, its element): objects that survive
 * are what the garbage collector copies, and small ones halved the time it took. Its id is worked
 * out the first time it is read and then kept (the register looks treatments up by it on every
 * edit); its sentence is written each time it is read, which is once per register entry. The
 * elements and context it holds are immutable, so the sentence is the one the run would have written.
 */
abstract class LazyFinding implements Finding {
  #id: FindingId | undefined;

  constructor(
    protected readonly kind: FindingKind,
    protected readonly rating: Rating,
  ) {}

  abstract readonly elementKind: ElementKind;
  abstract readonly elementId: SystemId | FlowId;
  abstract readonly raisedBecause: readonly string[];
  abstract readonly detail: string;

  get id(): FindingId {
    return (this.#id ??= findingIdOf(this.kind.check.id, this.elementId));
  }

  get checkId(): string {
    return this.kind.check.id;
  }

  get severity(): Severity {
    return this.kind.severity;
  }

  get likelihood(): Likelihood {
    return this.rating.likelihood ?? this.kind.check.likelihood;
  }

  get impact(): Impact {
    return this.rating.impact ?? this.kind.check.impact;
  }

  /** Every field as plain data, for `JSON.stringify`. */
  toJSON(): Finding {
    const { id, checkId, elementKind, elementId, detail, likelihood, impact, severity, raisedBecause } = this;
    return { id, checkId, elementKind, elementId, detail, likelihood, impact, severity, raisedBecause };
  }
}

/** A check firing for one flow on its own. */
export class FlowFinding extends LazyFinding {
  constructor(kind: FindingKind, rating: Rating, private readonly view: FlowView) {
    super(kind, rating);
  }

  get elementKind(): ElementKind {
    return 'flow';
  }

  get elementId(): FlowId {
    return this.view.flow.id;
  }

  get raisedBecause(): readonly string[] {
    return this.kind.raised ? exposureOf(this.view) : NO_REASONS;
  }

  get detail(): string {
    return this.kind.check.describeFlow!(this.view, this.kind.context, this.rating);
  }
}

/** A check firing for one system on its own. Systems' findings are never raised for exposure. */
export class SystemFinding extends LazyFinding {
  constructor(kind: FindingKind, rating: Rating, private readonly system: SystemRecord) {
    super(kind, rating);
  }

  get elementKind(): ElementKind {
    return 'system';
  }

  get elementId(): SystemId {
    return this.system.id;
  }

  get raisedBecause(): readonly string[] {
    return NO_REASONS;
  }

  get detail(): string {
    return this.kind.check.describeSystem!(this.system, this.kind.context, this.rating);
  }
}

/** A check that compares elements firing for one of them; its hit is its rating. */
export class MapFinding extends LazyFinding {
  constructor(
    kind: FindingKind,
    private readonly hit: MapHit,
    /** The flow whose exposure raised the severity a step; undefined when it was not raised. */
    private readonly raisedFor: FlowView | undefined,
  ) {
    super(kind, hit);
  }

  get elementKind(): ElementKind {
    return this.hit.elementKind;
  }

  get elementId(): SystemId | FlowId {
    return this.hit.elementId;
  }

  get raisedBecause(): readonly string[] {
    return this.raisedFor ? exposureOf(this.raisedFor) : NO_REASONS;
  }

  get detail(): string {
    return this.hit.describe();
  }
}

const reasonsByFlow = new WeakMap<FlowView, readonly string[]>();

/**
 * Why a flow's findings weigh more, in words: where it goes outside, what sensitive data it
 * carries. Worked out once per flow (its findings share the list), and only when read.
 */
function exposureOf(view: FlowView): readonly string[] {
  let reasons = reasonsByFlow.get(view);
  if (!reasons) {
    const words: string[] = [];
    const outside = isOutside(view.source) ? view.source : isOutside(view.target) ? view.target : undefined;
    if (outside) words.push(`it crosses the organisation's boundary to ${describeSystem(outside)}`);
    if (view.sensitiveData.length > 0) words.push(`it carries ${describeDataTypes(view.sensitiveData)}`);
    reasonsByFlow.set(view, (reasons = words));
  }
  return reasons;
}
