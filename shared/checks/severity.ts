import {
  IMPACTS, LIKELIHOODS, SEVERITIES, type Impact, type Likelihood, type Severity,
} from '../vocabulary';

/** 1 for the first term of the vocabulary, 4 for the last. */
export function likelihoodScore(likelihood: Likelihood): number {
  return LIKELIHOODS.terms.findIndex((t) => t.value === likelihood) + 1;
}

export function impactScore(impact: Impact): number {
  return IMPACTS.terms.findIndex((t) => t.value === impact) + 1;
}

/**
 * The severity matrix (as Threagile does): likelihood 1-4 × impact 1-4, then a score of at
 * most 1 is low, at most 3 medium, at most 8 elevated, at most 12 high, and 16 critical.
 */
export function severityOf(likelihood: Likelihood, impact: Impact): Severity {
  const score = likelihoodScore(likelihood) * impactScore(impact);
  if (score <= 1) return 'low';
  if (score <= 3) return 'medium';
  if (score <= 8) return 'elevated';
  if (score <= 12) return 'high';
  return 'critical';
}

/** 0 for low up to 4 for critical, for sorting and comparing. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.terms.findIndex((t) => t.value === severity);
}

/** One step more severe; critical stays critical. */
export function raiseSeverity(severity: Severity): Severity {
  const terms = SEVERITIES.terms;
  return terms[Math.min(severityRank(severity) + 1, terms.length - 1)]!.value;
}

/** The more severe of two, treating "none" as below low. */
export function worseSeverity(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || severityRank(b) > severityRank(a) ? b : a;
}
