import { describe, expect, it } from 'vitest';
import { CHECKS, checkById, severityOf } from '../../../shared/checks';
import { SOURCES } from '../../../shared/checks/sources';
import { IMPACTS, LIKELIHOODS, isTerm, type Severity } from '../../../shared/vocabulary';

/** The default severity of each check, from the "What is checked" table of the domain guide (plus checks the seeds justify). */
const DEFAULT_SEVERITIES: Record<string, Severity> = {
  'no-owner': 'medium',
  'no-justification': 'medium',
  orphaned: 'high',
  'decommissioned-end': 'high',
  'review-overdue': 'medium',
  'plaintext-credentials': 'high',
  'credential-location-unknown': 'medium',
  'stale-credential': 'medium',
  'shared-credential': 'elevated',
  'personal-account': 'elevated',
  'no-authentication': 'high',
  'weak-authentication': 'elevated',
  'over-privileged': 'elevated',
  'no-mfa-privileged': 'high',
  'sensitive-data-leaves': 'elevated',
  'two-way-into-system-of-record': 'elevated',
  'unencrypted-sensitive': 'high',
  'incomplete-record': 'low',
  'two-way-across-boundary': 'elevated',
  'conflicting-system-of-record': 'medium',
};

/** Checks that weigh exposure themselves, so the runner must not raise them again. */
const RATE_THEIR_OWN_EXPOSURE = ['review-overdue', 'sensitive-data-leaves', 'unencrypted-sensitive', 'incomplete-record', 'two-way-across-boundary'];

describe('the catalogue of checks', () => {
  it('has every check in the domain table, each once, and nothing else', () => {
    expect(CHECKS.map((check) => check.id).sort()).toEqual(Object.keys(DEFAULT_SEVERITIES).sort());
  });

  it('gives every check a stable lower-case kebab-case id', () => {
    for (const check of CHECKS) expect(check.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(CHECKS.map((check) => [check.id, check] as const))('%s says what it is, why it matters and what to do, in full sentences', (_, check) => {
    expect(check.title.trim()).not.toBe('');
    expect(check.reference.trim()).not.toBe('');
    for (const text of [check.condition, check.why, check.whatToDo]) expect(text).toMatch(/^[A-Z].{20,}[.)]$/s);
  });

  it.each(Object.entries(DEFAULT_SEVERITIES))('rates %s %s by default', (id, severity) => {
    const check = checkById(id)!;
    expect(isTerm(LIKELIHOODS, check.likelihood) && isTerm(IMPACTS, check.impact)).toBe(true);
    expect(severityOf(check.likelihood, check.impact)).toBe(severity);
  });

  it('raises a step for exposure unless the check rates exposure itself', () => {
    expect(CHECKS.filter((check) => !check.raisedByExposure).map((check) => check.id).sort()).toEqual([...RATE_THEIR_OWN_EXPOSURE].sort());
  });

  it('gives every check a way to inspect the map', () => {
    for (const check of CHECKS) expect(Boolean(check.inspectFlow ?? check.inspectSystem ?? check.inspectMap)).toBe(true);
  });

  it('finds a check by id, and nothing for an id no check has', () => {
    expect(checkById('stale-credential')?.title).toBe('Credential not changed recently');
    expect(checkById('retired-check')).toBeUndefined();
  });

  it('cites the guidance and standards the guide names, by names a reader can look up', () => {
    expect(checkById('orphaned')!.reference).toContain('NHI1');
    expect(checkById('stale-credential')!.why).toContain('90 days');
    expect(checkById('personal-account')!.why).toContain('Power Automate');
    expect(checkById('conflicting-system-of-record')!.reference).toContain(SOURCES.planning);
    expect(checkById('two-way-across-boundary')!.reference).toContain('Unito, "How to Set Up Integration Governance');
    for (const check of CHECKS) expect(check.reference, check.id).not.toMatch(/seed/i);
  });
});
