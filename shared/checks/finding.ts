import { findingIdOf, type FindingId, type FlowId, type SystemId } from '../model';
import type { Impact, Likelihood, Severity } from '../vocabulary';
import type { Check, ElementKind, Finding, FlowView, Hit } from './check';
import { isOutside } from './context';
import { describeDataTypes, describeSystem } from './wording';

const NO_REASONS: readonly string[] = [];

/**
 * A finding as the runner makes it: one small object per finding, holding its check and hit.
 * Its id and sentence are worked out the first time they are read and then kept, because a
 * large map has over 100,000 findings and a re-check after one edit keeps nearly all of them.
 */
export class CheckFinding implements Finding {
  #id: FindingId | undefined;
  #detail: string | undefined;

  constructor(
    private readonly check: Check,
    readonly elementKind: ElementKind,
    readonly elementId: SystemId | FlowId,
    private readonly hit: Hit,
    readonly severity: Severity,
    /** The flow whose exposure raised the severity a step; undefined when it was not raised. */
    private readonly raisedFor: FlowView | undefined,
  ) {}

  get id(): FindingId {
    return (this.#id ??= findingIdOf(this.check.id, this.elementId));
  }

  get checkId(): string {
    return this.check.id;
  }

  get detail(): string {
    return (this.#detail ??= this.hit.describe());
  }

  get raisedBecause(): readonly string[] {
    return this.raisedFor ? exposureOf(this.raisedFor) : NO_REASONS;
  }

  get likelihood(): Likelihood {
    return this.hit.likelihood ?? this.check.likelihood;
  }

  get impact(): Impact {
    return this.hit.impact ?? this.check.impact;
  }

  /** Every field as plain data, for `JSON.stringify`. */
  toJSON(): Finding {
    const { id, checkId, elementKind, elementId, detail, likelihood, impact, severity, raisedBecause } = this;
    return { id, checkId, elementKind, elementId, detail, likelihood, impact, severity, raisedBecause };
  }
}

const reasonsByFlow = new WeakMap<FlowView, readonly string[]>();

/**
 * Why a flow's findings weigh more, in words: where it goes outside, what sensitive data it
 * carries. Worked out once per flow (its findings share the list), and only when read.
 */
export function exposureOf(view: FlowView): readonly string[] {
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
