import { describe, expect, it } from 'vitest';
import {
  closedTreatments, compareEntries, registerEntries, runChecks, worstOpenSeverityByElement,
} from '../../../shared/checks';
import { goodMap, TODAY } from './fixtures';

// The flow has no owner (medium) and keeps its key in a config file (high).
const twoFindings = () => goodMap({ owner: '', credentialLocation: 'config-file' });

describe('the risk register', () => {
  it("shows an element's worst open finding on its badge, and drops an accepted one", () => {
    const open = twoFindings().build();
    expect(worstOpenSeverityByElement(open, runChecks(open, TODAY)).get('flow-1')).toBe('high');

    const accepted = twoFindings().treatment('plaintext-credentials:flow-1', { status: 'accepted', justification: 'Server is locked down' }).build();
    expect(worstOpenSeverityByElement(accepted, runChecks(accepted, TODAY)).get('flow-1')).toBe('medium');
  });

  it('keeps a treatment whose finding no longer fires as closed history', () => {
    const doc = goodMap().treatment('no-owner:flow-1', { status: 'mitigated', justification: 'Alex Morgan named as owner' }).build();
    const findings = runChecks(doc, TODAY);
    expect(registerEntries(doc, findings).map((e) => e.id)).not.toContain('no-owner:flow-1');
    expect(closedTreatments(doc, findings)).toEqual([expect.objectContaining({ findingId: 'no-owner:flow-1', status: 'mitigated' })]);
  });

  it('lists custom risks with a severity from their likelihood and impact', () => {
    const doc = goodMap().risk({ title: 'Only one volunteer understands the Zapier flows', likelihood: 'likely', impact: 'major', owner: 'Priya Shah' }).build();
    expect(registerEntries(doc, runChecks(doc, TODAY))).toEqual([expect.objectContaining({
      id: 'risk-1', checkId: 'custom', title: 'Only one volunteer understands the Zapier flows', severity: 'high', owner: 'Priya Shah', open: true,
    })]);
  });

  it("gives each finding its check's explanation and the element's owner, most severe first", () => {
    const doc = twoFindings().build();
    const entries = registerEntries(doc, runChecks(doc, TODAY)).sort(compareEntries);
    expect(entries.map((e) => [e.checkId, e.severity])).toEqual([['plaintext-credentials', 'high'], ['no-owner', 'medium']]);
    expect(entries[0]).toMatchObject({ title: 'Credentials stored in plain text', open: true, treatment: { status: 'unchecked' } });
    expect(entries[0]!.whatToDo).toContain('password manager');
  });
});
