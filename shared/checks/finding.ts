import { findingIdOf, type FindingId, type FlowId, type SystemId, type SystemRecord } from '../model';
import type { Impact, Likelihood, Severity } from '../vocabulary';
import type { Check, ElementKind, Finding, FlowView, MapHit, Rating } from './check';
import { isOutside, type CheckContext } from './context';
import { describeDataTypes, describeSystem } from './wording';

const NO_REASONS: readonly string[] = [];

/**
 * A finding as the runner makes it: one small object holding what it needs to explain itself.
 * Its id and sentence are worked out the first time they are read and then kept, because a
 * large map has over 100,000 findings, the app reads a few hundred, and a re-check after one
 * edit keeps nearly all of them. The elements and context it holds are immutable, so the
 * sentence is the one the run that raised it would have written.
 */
abstract class LazyFinding implements Finding {
  #id: FindingId | undefined;
  #detail: string | undefined;

  constructor(
    protected readonly check: Check,
    protected readonly rating: Rating,
    readonly severity: Severity,
  ) {}

  abstract readonly elementKind: ElementKind;
  abstract readonly elementId: SystemId | FlowId;
  abstract readonly raisedBecause: readonly string[];
  protected abstract describe(): string;

  get id(): FindingId {
    return (this.#id ??= findingIdOf(this.check.id, this.elementId));
  }

  get checkId(): string {
    return this.check.id;
  }

  get detail(): string {
    return (this.#detail ??= this.describe());
  }

  get likelihood(): Likelihood {
    return this.rating.likelihood ?? this.check.likelihood;
  }

  get impact(): Impact {
    return this.rating.impact ?? this.check.impact;
  }

  /** Every field as plain data, for `JSON.stringify`. */
  toJSON(): Finding {
    const { id, checkId, elementKind, elementId, detail, likelihood, impact, severity, raisedBecause } = this;
    return { id, checkId, elementKind, elementId, detail, likelihood, impact, severity, raisedBecause };
  }
}

/** A check firing for one flow on its own. */
export class FlowFinding extends LazyFinding {
  constructor(
    check: Check,
    private readonly view: FlowView,
    private readonly context: CheckContext,
    rating: Rating,
    severity: Severity,
    /** Whether the flow's exposure raised the severity a step. */
    private readonly raised: boolean,
  ) {
    super(check, rating, severity);
  }

  get elementKind(): ElementKind {
    return 'flow';
  }

  get elementId(): FlowId {
    return this.view.flow.id;
  }

  get raisedBecause(): readonly string[] {
    return this.raised ? exposureOf(this.view) : NO_REASONS;
  }

  protected describe(): string {
    return this.check.describeFlow!(this.view, this.context, this.rating);
  }
}

/** A check firing for one system on its own. Systems' findings are never raised for exposure. */
export class SystemFinding extends LazyFinding {
  constructor(
    check: Check,
    private readonly system: SystemRecord,
    private readonly context: CheckContext,
    rating: Rating,
    severity: Severity,
  ) {
    super(check, rating, severity);
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

  protected describe(): string {
    return this.check.describeSystem!(this.system, this.context, this.rating);
  }
}

/** A check that compares elements firing for one of them. */
export class MapFinding extends LazyFinding {
  constructor(
    check: Check,
    private readonly hit: MapHit,
    severity: Severity,
    /** The flow whose exposure raised the severity a step; undefined when it was not raised. */
    private readonly raisedFor: FlowView | undefined,
  ) {
    super(check, hit, severity);
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

  protected describe(): string {
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
