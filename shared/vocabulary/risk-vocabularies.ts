import { defineVocabulary, type ValueOf } from './vocabulary';

/**
 * Severity of a finding or risk, from the likelihood × impact matrix (as Threagile does):
 * a score of 1 is low, up to 3 medium, up to 8 elevated, up to 12 high, 16 critical.
 */
export const SEVERITIES = defineVocabulary('severity', 'Severity', [
  { value: 'low', label: 'Low', description: 'Worth fixing when convenient; mostly a gap in the record.' },
  { value: 'medium', label: 'Medium', description: 'Fix in the normal course of work, within months.' },
  { value: 'elevated', label: 'Elevated', description: 'Plan a fix soon: harm is plausible and would hurt.' },
  { value: 'high', label: 'High', description: 'Fix within weeks: harm is likely or would be serious.' },
  { value: 'critical', label: 'Critical', description: 'Act now: harm is very likely and would be severe.' },
]);
export type Severity = ValueOf<typeof SEVERITIES>;

/** How likely the harm is, scored 1 to 4 in that order. */
export const LIKELIHOODS = defineVocabulary('likelihood', 'Likelihood', [
  { value: 'unlikely', label: '1 Unlikely', description: 'Would need several things to go wrong at once.' },
  { value: 'possible', label: '2 Possible', description: 'Could happen, but has not been seen here.' },
  { value: 'likely', label: '3 Likely', description: 'Will probably happen at some point.' },
  { value: 'very-likely', label: '4 Very likely', description: 'Is happening already, or surely will.' },
]);
export type Likelihood = ValueOf<typeof LIKELIHOODS>;

/** How bad the harm would be, scored 1 to 4 in that order. */
export const IMPACTS = defineVocabulary('impact', 'Impact', [
  { value: 'minor', label: '1 Minor', description: 'An inconvenience; no data exposed, nobody harmed.' },
  { value: 'moderate', label: '2 Moderate', description: 'Limited exposure or disruption, quickly put right.' },
  { value: 'major', label: '3 Major', description: "Personal or financial data exposed, or a key system's data wrong." },
  { value: 'severe', label: '4 Severe', description: 'Large or sensitive exposure, fraud, or a reportable breach.' },
]);
export type Impact = ValueOf<typeof IMPACTS>;

/** What the assessor decided about a finding or risk. */
export const TREATMENT_STATUSES = defineVocabulary('treatment-status', 'Treatment status', [
  { value: 'unchecked', label: 'Unchecked', description: 'Nobody has looked at this finding yet.' },
  { value: 'in-discussion', label: 'In discussion', description: 'Being talked through with the owner.' },
  { value: 'accepted', label: 'Accepted', description: 'The owner accepts the risk as it is, for a stated reason.' },
  { value: 'in-progress', label: 'In progress', description: 'A fix has been agreed and is under way.' },
  { value: 'mitigated', label: 'Mitigated', description: 'A fix or control is in place.' },
  { value: 'false-positive', label: 'False positive', description: 'The finding does not apply here, for a stated reason.' },
]);
export type TreatmentStatus = ValueOf<typeof TREATMENT_STATUSES>;

/** Statuses that leave a finding open: it still counts towards badges and open totals. */
export const OPEN_TREATMENT_STATUSES: readonly TreatmentStatus[] = ['unchecked', 'in-discussion', 'in-progress'];
