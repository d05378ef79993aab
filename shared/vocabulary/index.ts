import { BOUNDARIES, HOSTING, SYSTEM_KINDS, SYSTEM_STATUSES } from './system-vocabularies';
import {
  AUTHENTICATIONS, CREDENTIAL_LOCATIONS, DATA_TYPES, DIRECTIONS, DISCOVERY_SOURCES, ENCRYPTION_STATES,
  FLOW_STATUSES, FREQUENCIES, MECHANISMS, MFA_STATES, PERMISSIONS,
} from './flow-vocabularies';
import { IMPACTS, LIKELIHOODS, SEVERITIES, TREATMENT_STATUSES } from './risk-vocabularies';
import type { Vocabulary } from './vocabulary';

export * from './vocabulary';
export * from './system-vocabularies';
export * from './flow-vocabularies';
export * from './risk-vocabularies';

/** Every vocabulary, in the order a "Lists" sheet or a legend shows them. */
export const ALL_VOCABULARIES: readonly Vocabulary[] = [
  SYSTEM_KINDS, HOSTING, BOUNDARIES, SYSTEM_STATUSES,
  DATA_TYPES, DIRECTIONS, FREQUENCIES, MECHANISMS, AUTHENTICATIONS, CREDENTIAL_LOCATIONS,
  PERMISSIONS, MFA_STATES, ENCRYPTION_STATES, FLOW_STATUSES, DISCOVERY_SOURCES,
  SEVERITIES, LIKELIHOODS, IMPACTS, TREATMENT_STATUSES,
];
