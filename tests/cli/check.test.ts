import { describe, expect, it } from 'vitest';
import { CHECKS, registerEntries, runChecks, severityRank } from '../../shared/checks';
import { UNTREATED, type IsoDate, type MapDocument } from '../../shared/model';
import { SEVERITIES, type Severity } from '../../shared/vocabulary';
import { mapBuilder, type MapBuilder } from '../support/map-builder';
import { FAKE_TODAY, mapFile, runCli } from './fake-io';

const crmToXero = (): MapBuilder => mapBuilder()
  .system('CRM', { kind: 'crm', owner: 'Priya Shah', boundary: 'internal' })
  .system('Xero', { kind: 'finance', boundary: 'vendor' })
  .flow('CRM', 'Xero', { dataTypes: ['financial', 'donor-records'], account: 'svc-sync' })
  .flow('Xero', 'CRM', { account: 'svc-sync', owner: 'finance team' });

/** The most severe open finding, worked out with the shared code the app uses. */
function worstOpenSeverity(doc: MapDocument, today: IsoDate): Severity | undefined {
  const open = registerEntries(doc, runChecks(doc, today)).filter((entry) => entry.checkId !== 'custom' && entry.open);
  return open.map((entry) => entry.severity).sort((a, b) => severityRank(b) - severityRank(a))[0];
}

/** Every current finding given the same treatment. */
function treatingEveryFinding(builder: MapBuilder, status: 'accepted' | 'mitigated' | 'false-positive'): MapBuilder {
  return runChecks(builder.build(), FAKE_TODAY).reduce((b, finding) => b.treatment(finding.id, { status, justification: 'Agreed with the owner' }), builder);
}

interface JsonRow { id: string; check: string; title: string; elementKind: string; elementId: string; elementName: string; severity: string; treatment: string; open: boolean }

describe('integration-mapper check', () => {
  it('reads a map file saved by the app (.intmap) exactly as a .json map exported by earlier versions', async () => {
    const text = mapFile(crmToXero().build());
    const saved = await runCli(['check', 'map.intmap'], { 'map.intmap': text });
    const exported = await runCli(['check', 'map.json'], { 'map.json': text });
    expect(saved).toMatchObject({ code: 0, stderr: '' });
    expect(saved.stdout).toContain('No named owner: system "Xero"');
    expect(saved.stdout).toBe(exported.stdout.replace('register map.json', 'register map.intmap'));
  });

  it('lists the open findings with the names of their systems and flows, and exits 0 without --fail-on', async () => {
    const result = await runCli(['check', 'map.json'], { 'map.json': mapFile(crmToXero().build()) });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('No named owner: system "Xero"');
    expect(result.stdout).toContain('The system "Xero" has no owner recorded.');
    expect(result.stdout).toContain('Credential shared between integrations: flow "CRM to Xero"');
    expect(result.stdout).toMatch(/^"Test assessment" for Test charity, checked as of 2026-03-01:/);
  });

  it('ends with one line counting the open findings by severity, most severe first', async () => {
    const doc = crmToXero().build();
    const open = registerEntries(doc, runChecks(doc, FAKE_TODAY)).filter((entry) => entry.open);
    const counts = [...SEVERITIES.terms].reverse()
      .map((term) => [open.filter((entry) => entry.severity === term.value).length, term.value] as const)
      .filter(([count]) => count > 0)
      .map(([count, severity]) => `${count} ${severity}`);
    const { stdout } = await runCli(['check', 'map.json'], { 'map.json': mapFile(doc) });
    expect(stdout).toContain(`${open.length} open findings: ${counts.join(', ')}.`);
  });

  it('exits 1 when --fail-on is at or below the worst open severity, and 0 when it is above', async () => {
    const doc = crmToXero().build();
    const worst = worstOpenSeverity(doc, FAKE_TODAY)!;
    for (const { value } of SEVERITIES.terms) {
      const result = await runCli(['check', 'map.json', '--fail-on', value], { 'map.json': mapFile(doc) });
      const failing = severityRank(value) <= severityRank(worst);
      expect(result.code, `--fail-on ${value} with the worst open finding ${worst}`).toBe(failing ? 1 : 0);
      if (failing) expect(result.stderr).toMatch(new RegExp(`open findings? (is|are) ${value} or worse`));
    }
  });

  it('reads the --fail-on severity in any case', async () => {
    const files = { 'map.json': mapFile(crmToXero().build()) };
    expect((await runCli(['check', 'map.json', '--fail-on', 'LOW'], files)).code).toBe(1);
    expect((await runCli(['check', 'map.json', '--fail-on=Low'], files)).code).toBe(1);
  });

  it('does not fail on findings that are accepted, mitigated or false positives, but does on one still in discussion', async () => {
    for (const status of ['accepted', 'mitigated', 'false-positive'] as const) {
      const treated = treatingEveryFinding(crmToXero(), status).build();
      const result = await runCli(['check', 'map.json', '--fail-on', 'low'], { 'map.json': mapFile(treated) });
      expect(result.code, status).toBe(0);
      expect(result.stdout).toContain('No open findings.');
    }
    const [first] = runChecks(crmToXero().build(), FAKE_TODAY);
    const discussed = treatingEveryFinding(crmToXero(), 'accepted').treatment(first!.id, { status: 'in-discussion' }).build();
    const result = await runCli(['check', 'map.json', '--fail-on', first!.severity], { 'map.json': mapFile(discussed) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[in discussion]');
  });

  it('prints every finding as JSON with --json, in the register order, open and closed', async () => {
    const builder = crmToXero();
    const findings = runChecks(builder.build(), FAKE_TODAY);
    const doc = builder.treatment('no-owner:sys-2', { status: 'accepted' }).build();
    const result = await runCli(['check', 'map.json', '--json'], { 'map.json': mapFile(doc) });
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as JsonRow[];
    expect(rows.map((row) => row.id).sort()).toEqual(findings.map((finding) => finding.id).sort());
    expect(rows.map((row) => severityRank(row.severity as Severity))).toEqual(rows.map((row) => severityRank(row.severity as Severity)).sort((a, b) => b - a));
    expect(rows).toContainEqual(expect.objectContaining({
      id: 'no-owner:sys-2', check: 'no-owner', title: 'No named owner', elementKind: 'system', elementId: 'sys-2', elementName: 'Xero',
      treatment: 'accepted', open: false,
    }));
    expect(rows).toContainEqual(expect.objectContaining({ id: 'shared-credential:flow-1', elementKind: 'flow', elementName: 'CRM to Xero', treatment: 'unchecked', open: true }));
  });

  it('checks as of the machine\'s date unless --today says otherwise', async () => {
    const files = { 'map.json': mapFile(crmToXero().build()) };
    const byDefault = await runCli(['check', 'map.json'], files, { today: '2026-07-15' });
    expect(byDefault.stdout).toContain('checked as of 2026-07-15');
    expect(byDefault.stdout).toBe((await runCli(['check', 'map.json', '--today', '2026-07-15'], files)).stdout);
  });

  it('finds a review overdue only when --today is past the review interval', async (context) => {
    const reviewCheck = CHECKS.find((check) => check.id.includes('review'));
    context.skip(!reviewCheck, 'the catalogue has no review-overdue check yet');
    const doc = mapBuilder().settings({ reviewIntervalMonths: 12 })
      .system('CRM', { owner: 'Priya Shah', lastReviewed: '2025-01-10' })
      .system('Xero', { owner: 'Priya Shah', lastReviewed: '2025-01-10' })
      .flow('CRM', 'Xero', { owner: 'Priya Shah', lastReviewed: '2025-01-10' })
      .build();
    const idsAsOf = async (today: string) => {
      const { stdout } = await runCli(['check', 'map.json', '--json', '--today', today], { 'map.json': mapFile(doc) });
      return (JSON.parse(stdout) as JsonRow[]).filter((row) => row.check === reviewCheck!.id).map((row) => row.id);
    };
    expect(await idsAsOf('2025-06-01')).toEqual([]);
    expect(await idsAsOf('2026-06-01')).toContain(`${reviewCheck!.id}:flow-1`);
  });

  it('says plainly when nothing is open', async () => {
    const result = await runCli(['check', 'map.json'], { 'map.json': mapFile(treatingEveryFinding(crmToXero(), 'mitigated').build()) });
    expect(result.stdout).toMatch(/No open findings\. \d+ more findings? (is|are) closed/);
    expect(result.stdout).not.toContain('integration-mapper register');
  });

  it('leaves risks added by hand out of the findings', async () => {
    const doc = crmToXero().risk({ title: 'Only Priya knows the CRM', likelihood: 'very-likely', impact: 'severe', ...UNTREATED }).build();
    const { stdout } = await runCli(['check', 'map.json', '--json'], { 'map.json': mapFile(doc) });
    expect((JSON.parse(stdout) as JsonRow[]).map((row) => row.id)).not.toContain('risk-1');
  });

  it('prints names from the map without obeying terminal control codes hidden in them', async () => {
    const doc = mapBuilder().system('Xero\u001b]0;pwned\u0007\u001b[2J').build();
    const { stdout } = await runCli(['check', 'map.json'], { 'map.json': mapFile(doc) });
    expect(stdout).toContain('system "Xero?]0;pwned??[2J"');
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
