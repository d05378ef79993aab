import {
  compareEntries, createCheckRunner, customRiskEntry, isOpenTreatment, registerEntries,
  type CheckRunner, type Finding, type RegisterEntry,
} from '../../shared/checks';
import { splitFindingId, treatmentList, type CustomRisk, type IsoDate, type MapDocument, type Treatment } from '../../shared/model';
import { SEVERITIES, type Severity } from '../../shared/vocabulary';
import { historyRows, rowOfEntry, type RegisterRow } from './register-view';

/** What an element's badge on the canvas says: its most severe open finding, and how many are open. */
export interface ElementBadge {
  readonly severity: Severity;
  readonly openCount: number;
}

/**
 * The findings of one version of the map, and what the app shows about them. Badges and counts
 * are worked out at once (the canvas needs them on load); the register's rows only when the risk
 * panel asks, since a large map can have 100,000 of them.
 */
export interface Analysis {
  readonly doc: MapDocument;
  readonly today: IsoDate;
  readonly findings: readonly Finding[];
  /** Only elements with at least one open finding have a badge. */
  readonly badges: ReadonlyMap<string, ElementBadge>;
  /** Open findings plus open custom risks: what the Risks tab counts. */
  readonly openCount: number;
  /** Every current finding about one element, open or not, most severe first. */
  findingsOf(elementId: string): readonly Finding[];
  /** The current finding with this id, if the check still raises it. */
  findingById(id: string): Finding | undefined;
  /** A finding as a register entry, with its check's words and its treatment. */
  entryOf(finding: Finding): RegisterEntry;
  /** Every current finding and custom risk as a register row, most severe first. */
  readonly rows: readonly RegisterRow[];
  /** Decisions about findings that no longer fire: the register's history. */
  readonly history: readonly RegisterRow[];
}

/** Analyses one version of a map as of a day; the same document and day give the very same result. */
export type Analyser = (doc: MapDocument, today: IsoDate) => Analysis;

/**
 * An analyser for one open map. It keeps one check runner, so an edit re-inspects only the
 * element it touched, and it keeps each finding's register entry until the finding or its
 * treatment changes, so typing a justification does not rebuild 100,000 entries.
 */
export function createAnalyser(runner: CheckRunner = createCheckRunner()): Analyser {
  const findingEntries = new WeakMap<Finding, { readonly treatment: Treatment | undefined; readonly entry: RegisterEntry }>();
  const riskEntries = new WeakMap<CustomRisk, RegisterEntry>();
  // The last two results: while a deferred re-check of the new map renders in the background,
  // urgent renders still ask for the previous one, which must not be worked out again.
  let recent: readonly Analysis[] = [];

  const entriesOf = (doc: MapDocument, findings: readonly Finding[]): RegisterEntry[] => {
    const stale = findings.filter((f) => {
      const cached = findingEntries.get(f);
      return !cached || cached.treatment !== doc.treatments[f.id];
    });
    // Custom risks are left out here: they are entries of their own (entryOfRisk).
    const fresh = registerEntries({ ...doc, risks: {} }, stale);
    stale.forEach((finding, i) => findingEntries.set(finding, { treatment: doc.treatments[finding.id], entry: fresh[i]! }));
    return findings.map((finding) => findingEntries.get(finding)!.entry);
  };
  const entryOfRisk = (risk: CustomRisk): RegisterEntry => {
    let entry = riskEntries.get(risk);
    if (!entry) riskEntries.set(risk, (entry = customRiskEntry(risk)));
    return entry;
  };

  return (doc, today) => {
    const known = recent.find((analysis) => analysis.doc === doc && analysis.today === today);
    if (known) return known;
    const findings = runner.run(doc, today);
    const badges = badgesOf(doc, findings);
    let openCount = 0;
    for (const badge of badges.values()) openCount += badge.openCount;
    for (const risk of Object.values(doc.risks)) if (isOpenTreatment(risk)) openCount += 1;

    let rows: RegisterRow[] | undefined;
    let history: RegisterRow[] | undefined;
    const analysis: Analysis = {
      doc,
      today,
      findings,
      badges,
      openCount,
      // A pass over the findings per call: cheaper than indexing 100,000 of them on every edit.
      findingsOf: (elementId) => findings.filter((f) => f.elementId === elementId).sort(bySeverity),
      findingById: (id) => findings.find((f) => f.id === id),
      entryOf: (finding) => entriesOf(doc, [finding])[0]!,
      get rows() {
        if (!rows) {
          const entries = [...entriesOf(doc, findings), ...Object.values(doc.risks).map(entryOfRisk)].sort(compareEntries);
          rows = entries.map((entry) => rowOfEntry(doc, entry));
        }
        return rows;
      },
      get history() {
        return (history ??= historyRows(doc, findings));
      },
    };
    recent = [analysis, ...recent.slice(0, 1)];
    return analysis;
  };
}

const RANK: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.terms.map((term, i) => [term.value, i])) as Record<Severity, number>;

/**
 * Each element's worst open severity and open count, in one pass. It is what
 * `worstOpenSeverityByElement` works out, plus the count, without a second pass over a map that
 * may have 100,000 findings on every keystroke.
 */
function badgesOf(doc: MapDocument, findings: readonly Finding[]): Map<string, ElementBadge> {
  const closed = closedChecksByElement(doc);
  const badges = new Map<string, { severity: Severity; openCount: number }>();
  // The runner lists each element's findings together, so the map is looked in once per element
  // rather than once per finding: 25,000 lookups instead of 120,000 on a large map.
  let elementId: string | undefined;
  let badge = { severity: 'low' as Severity, openCount: 0 };
  for (const finding of findings) {
    if (closed.size > 0 && closed.get(finding.elementId)?.has(finding.checkId)) continue;
    if (finding.elementId !== elementId) {
      elementId = finding.elementId;
      const known = badges.get(elementId);
      if (known) badge = known;
      else badges.set(elementId, (badge = { severity: finding.severity, openCount: 0 }));
    }
    badge.openCount += 1;
    if (RANK[finding.severity] > RANK[badge.severity]) badge.severity = finding.severity;
  }
  return badges;
}

/**
 * The checks whose findings are closed (accepted, mitigated, a false positive), by element. A
 * map has a few dozen treatments and 100,000 findings: looking findings up by element and check
 * saves building every finding's id on every edit.
 */
function closedChecksByElement(doc: MapDocument): Map<string, Set<string>> {
  const closed = new Map<string, Set<string>>();
  for (const treatment of treatmentList(doc)) {
    if (isOpenTreatment(treatment)) continue;
    const { checkId, elementId } = splitFindingId(treatment.findingId);
    let checks = closed.get(elementId);
    if (!checks) closed.set(elementId, (checks = new Set()));
    checks.add(checkId);
  }
  return closed;
}

/** The register's order (compareEntries) for findings: most severe first, then by check. */
function bySeverity(a: Finding, b: Finding): number {
  return RANK[b.severity] - RANK[a.severity] || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0);
}
