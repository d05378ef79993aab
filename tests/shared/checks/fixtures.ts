import { runChecks, type Finding } from '../../../shared/checks';
import type { IsoDate, MapDocument } from '../../../shared/model';
import { mapBuilder, type FlowOverrides, type MapBuilder, type SystemOverrides } from '../../support/map-builder';

/** The day every check test runs on. */
export const TODAY: IsoDate = '2026-11-22';

/** A system kept the way the guide asks: named owner, boundary, recent review. */
export const GOOD_SYSTEM: SystemOverrides = {
  kind: 'crm', vendor: 'Blackbaud', owner: 'Priya Shah', hosting: 'saas', boundary: 'internal', status: 'active',
  lastReviewed: '2026-09-01', reviewedBy: 'Priya Shah',
};

/** A flow with nothing for any check to find. Each test changes one thing and looks for the finding. */
export const GOOD_FLOW: FlowOverrides = {
  name: 'Gift Aid to Xero', purpose: 'Gift Aid claims to finance', dataTypes: ['internal-confidential'],
  direction: 'one-way', frequency: 'monthly', mechanism: 'api', authentication: 'api-key', account: 'svc-giftaid',
  credentialLocation: 'secrets-vault', credentialLastRotated: '2026-08-01', permissions: 'read-only', mfa: 'not-applicable',
  encryptedInTransit: 'yes', owner: 'Alex Morgan', lastReviewed: '2026-09-01', reviewedBy: 'Alex Morgan', status: 'active',
};

/**
 * A well-kept two-system map: "Raiser's Edge" (sys-1) sends to "Xero" (sys-2) through the flow
 * "Gift Aid to Xero" (flow-1). Pass what differs from the good case.
 */
export function goodMap(flow: FlowOverrides = {}, ends: { source?: SystemOverrides; target?: SystemOverrides } = {}): MapBuilder {
  return mapBuilder()
    .system("Raiser's Edge", { ...GOOD_SYSTEM, ...ends.source })
    .system('Xero', { ...GOOD_SYSTEM, kind: 'finance', vendor: 'Xero', ...ends.target })
    .flow("Raiser's Edge", 'Xero', { ...GOOD_FLOW, ...flow });
}

/** The findings one check raises on `doc`, as the app would show them today. */
export function findingsOf(doc: MapDocument, checkId: string, today: IsoDate = TODAY): Finding[] {
  return runChecks(doc, today).filter((finding) => finding.checkId === checkId);
}

/** The one finding a check raises on `doc`; fails the test when it raises none or several. */
export function onlyFinding(doc: MapDocument, checkId: string, today: IsoDate = TODAY): Finding {
  const found = findingsOf(doc, checkId, today);
  if (found.length !== 1) throw new Error(`Expected one ${checkId} finding, got ${found.length}: ${found.map((f) => f.detail).join(' | ')}`);
  return found[0]!;
}
