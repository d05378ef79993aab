import {
  IMPACTS, LIKELIHOODS, SEVERITIES, type Impact, type Likelihood, type Severity,
} from '../vocabulary';

// Scores looked up, not searched for: the runner rates every finding on every map.
const LIKELIHOOD_SCORES = new Map<string, number>(LIKELIHOODS.terms.map((t, i) => [t.value, i + 1]));
const IMPACT_SCORES = new Map<string, number>(IMPACTS.terms.map((t, i) => [t.value, i + 1]));
const SEVERITY_RANKS = new Map<string, number>(SEVERITIES.terms.map((t, i) => [t.value, i]));

/** 1 for the first term of the vocabulary (unlikely), 4 for the last (very likely); 0 for a value it does not have. */
export function likelihoodScore(likelihood: Likelihood): number {
  return LIKELIHOOD_SCORES.get(likelihood) ?? 0;
}

/** 1 for minor up to 4 for severe; 0 for a value the vocabulary does not have. */
export function impactScore(impact: Impact): number {
  return IMPACT_SCORES.get(impact) ?? 0;
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

/** 0 for low up to 4 for critical, for sorting and comparing; -1 for a value the vocabulary does not have. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANKS.get(severity) ?? -1;
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
