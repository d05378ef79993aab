import {
  compareEntries, flowName, registerEntries, runChecks, severityRank, systemName,
  type ElementKind,
} from '../../shared/checks';
import type { FlowId, IsoDate, MapDocument, SystemId } from '../../shared/model';
import {
  labelOf, SEVERITIES, TREATMENT_STATUSES, type Impact, type Likelihood, type Severity, type TreatmentStatus,
} from '../../shared/vocabulary';
import { printable, type CliIo } from '../io';
import { readMapFile } from '../read-map';
import { EXIT, failWith } from '../exit-codes';

/** One finding as `check --json` prints it: flat, with the element's name, so a script needs nothing else. */
export interface FindingRow {
  readonly id: string;
  readonly check: string;
  readonly title: string;
  readonly elementKind: ElementKind;
  readonly elementId: string;
  readonly elementName: string;
  readonly severity: Severity;
  readonly likelihood: Likelihood;
  readonly impact: Impact;
  readonly detail: string;
  readonly treatment: TreatmentStatus;
  /** Still needs action: the treatment is unchecked, in discussion or in progress. */
  readonly open: boolean;
}

export interface CheckRequest {
  readonly input: string;
  readonly json: boolean;
  readonly failOn: Severity | null;
  readonly today: IsoDate;
}

/** `integration-mapper check`: prints the findings; exit code 1 when an open one reaches `failOn`. */
export async function runCheckCommand(request: CheckRequest, io: CliIo): Promise<number> {
  const read = await readMapFile(io, request.input, request.today);
  if (!read.ok) return failWith(io, read.message);
  if (read.importReport) io.stderr(read.importReport);
  const rows = findingRows(read.document, request.today);
  io.stdout(request.json ? `${JSON.stringify(rows, null, 2)}\n` : describeFindings(read.document, rows, request));

  if (request.failOn === null) return EXIT.ok;
  const threshold = severityRank(request.failOn);
  const failing = rows.filter((row) => row.open && severityRank(row.severity) >= threshold).length;
  if (failing === 0) return EXIT.ok;
  const label = labelOf(SEVERITIES, request.failOn).toLowerCase();
  io.stderr(`${failing === 1 ? '1 open finding is' : `${failing} open findings are`} ${label} or worse (--fail-on ${request.failOn}).\n`);
  return EXIT.findings;
}

/** The findings of the map as of `today`, in the register's order (most severe first); custom risks are not findings. */
export function findingRows(doc: MapDocument, today: IsoDate): FindingRow[] {
  const findings = runChecks(doc, today);
  const findingById = new Map(findings.map((finding) => [finding.id as string, finding]));
  return registerEntries(doc, findings)
    .sort(compareEntries)
    .flatMap((entry) => {
      const finding = findingById.get(entry.id);
      if (!finding) return [];
      return [{
        id: entry.id,
        check: entry.checkId,
        title: entry.title,
        elementKind: finding.elementKind,
        elementId: finding.elementId,
        elementName: elementNameOf(doc, finding.elementKind, finding.elementId),
        severity: entry.severity,
        likelihood: entry.likelihood,
        impact: entry.impact,
        detail: entry.detail,
        treatment: entry.treatment.status,
        open: entry.open,
      }];
    });
}

function elementNameOf(doc: MapDocument, kind: ElementKind, id: string): string {
  if (kind === 'system') {
    const system = doc.systems[id as SystemId];
    return system ? systemName(system) : id;
  }
  const flow = doc.flows[id as FlowId];
  const source = flow && doc.systems[flow.sourceId];
  const target = flow && doc.systems[flow.targetId];
  return flow && source && target ? flowName({ flow, source, target }) : flow?.name || id;
}

/** The report for people: open findings grouped by severity, then one line of totals. */
export function describeFindings(doc: MapDocument, rows: readonly FindingRow[], request: Pick<CheckRequest, 'input' | 'today'>): string {
  const { assessment } = doc;
  const whose = assessment.organisation ? ` for ${printable(assessment.organisation)}` : '';
  const lines = [`"${printable(assessment.name)}"${whose}, checked as of ${request.today}:`, ''];

  const open = rows.filter((row) => row.open);
  const counts: string[] = [];
  for (const term of [...SEVERITIES.terms].reverse()) {
    const group = open.filter((row) => row.severity === term.value);
    if (group.length === 0) continue;
    counts.push(`${group.length} ${term.label.toLowerCase()}`);
    lines.push(`${term.label.toUpperCase()} (${group.length} open). ${term.description}`);
    for (const row of group) {
      const status = row.treatment === 'unchecked' ? '' : ` [${labelOf(TREATMENT_STATUSES, row.treatment).toLowerCase()}]`;
      lines.push(`  - ${row.title}: ${row.elementKind} "${printable(row.elementName)}"${status}`, `    ${printable(row.detail)}`);
    }
    lines.push('');
  }

  const closed = rows.length - open.length;
  const closedNote = closed === 0 ? '' : ` ${closed === 1 ? '1 more finding is' : `${closed} more findings are`} closed (accepted, mitigated or a false positive).`;
  lines.push(open.length === 0
    ? `No open findings.${closedNote}`
    : `${open.length === 1 ? '1 open finding' : `${open.length} open findings`}: ${counts.join(', ')}.${closedNote}`);
  if (open.length > 0) lines.push(`Why each matters and what to do: integration-mapper register ${quoteIfNeeded(printable(request.input))} -o register.xlsx`);
  return `${lines.join('\n')}\n`;
}

function quoteIfNeeded(path: string): string {
  return /^[\w./\\:-]+$/.test(path) ? path : `"${path}"`;
}
