import Dexie from 'dexie';
import {
  CURRENT_SCHEMA_VERSION, MAP_FORMAT, matchesHistoryFilter, parseMap, riskList, systemList, flowList, treatmentList,
  type AssessmentId, type ChangeRecord, type DocumentChange, type MapDocument, type Problem,
} from '../../shared/model';
import { DEFAULT_DATABASE_NAME, MapDatabase, type IndexedDbDependencies, type StoredChangeRecord } from './database';
import {
  DEFAULT_APP_SETTINGS, RecordIdConflictError, type AppSettings, type AssessmentSummary, type HistoryWrite, type LoadedChangeRecord,
  type MapRepository,
} from './repository';

export interface DexieRepositoryOptions extends IndexedDbDependencies {
  /** Defaults to `integration-mapper`; tests pass a fresh name each so they never share data. */
  readonly databaseName?: string;
}

/** How many problems a "storage is damaged" error spells out before summarising the rest. */
const PROBLEMS_SHOWN = 5;

/** The key the open step of a history is loaded under: it is the newest record until another step begins. */
const OPEN_STEP_KEY = 'open';

/**
 * The repository the app uses: assessments, systems, flows, treatments, custom risks and the
 * change history in IndexedDB through Dexie. Every write is one read-write transaction over all
 * the tables, so a failure part-way (a quota error, a bad record) leaves the stored map, and its
 * history, exactly as they were.
 */
export function createDexieRepository(options: DexieRepositoryOptions = {}): MapRepository {
  const { databaseName = DEFAULT_DATABASE_NAME, ...dependencies } = options;
  const db = new MapDatabase(databaseName, dependencies);
  const tables = [db.assessments, db.systems, db.flows, db.treatments, db.risks];
  const writeTables = [...tables, db.history, db.openSteps];

  return {
    listAssessments() {
      return db.transaction('r', db.assessments, db.systems, db.flows, async () => {
        const assessments = await db.assessments.orderBy('updatedAt').reverse().toArray();
        // Counting through the assessmentId index reads keys only, never the records themselves.
        return Promise.all(assessments.map(async (a): Promise<AssessmentSummary> => ({
          id: a.id,
          name: a.name,
          organisation: a.organisation,
          assessor: a.assessor,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
          systemCount: await db.systems.where('assessmentId').equals(a.id).count(),
          flowCount: await db.flows.where('assessmentId').equals(a.id).count(),
        })));
      });
    },

    async loadDocument(id) {
      const rows = await db.transaction('r', tables, async () => {
        const assessment = await db.assessments.get(id);
        if (!assessment) return undefined;
        const [systems, flows, treatments, risks] = await Promise.all([
          db.systems.where('assessmentId').equals(id).toArray(),
          db.flows.where('assessmentId').equals(id).toArray(),
          db.treatments.where('assessmentId').equals(id).toArray(),
          db.risks.where('assessmentId').equals(id).toArray(),
        ]);
        return {
          assessment,
          systems: systems.map(withoutAssessmentId),
          flows: flows.map(withoutAssessmentId),
          treatments: treatments.map(withoutAssessmentId),
          risks: risks.map(withoutAssessmentId),
        };
      });
      if (!rows) return undefined;
      // Storage is untrusted input too: rows written by an older version lack newer fields, and
      // a damaged row must surface as an error rather than reach the canvas. parseMap is the one
      // door that fills defaults and validates. Rows carry no version of their own: when
      // CURRENT_SCHEMA_VERSION rises, a Dexie version(n).upgrade() must rewrite them first.
      const parsed = parseMap({ format: MAP_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, ...rows });
      if (!parsed.ok) throw new Error(damagedMessage(id, parsed.problems));
      return parsed.document;
    },

    async createDocument(doc, history = []) {
      await db.transaction('rw', writeTables, async () => {
        await refuseIdsInUse(db, doc);
        // add, not put: an existing assessment fails the whole transaction instead of being
        // silently overwritten.
        await db.assessments.add(doc.assessment);
        await addRecords(db, doc);
        await addInChunks(db.history, history.map((record) => storedRecord(doc.assessment.id, record)));
      });
    },

    async replaceDocument(doc, history = []) {
      await db.transaction('rw', writeTables, async () => {
        await deleteRecordsOf(db, doc.assessment.id);
        // Its own old rows are gone, so any row left with one of its ids is another assessment's.
        await refuseIdsInUse(db, doc);
        await db.assessments.put(doc.assessment);
        await addRecords(db, doc);
        await addInChunks(db.history, history.map((record) => storedRecord(doc.assessment.id, record)));
      });
    },

    async applyChange(id, change, at, history) {
      await db.transaction('rw', writeTables, async () => {
        const current = await db.assessments.get(id);
        // Throwing inside the transaction aborts it, so nothing below is written.
        if (!current) throw new Error(`Cannot save the change: assessment ${id} no longer exists`);
        if (change.assessment && change.assessment.id !== id) {
          throw new Error(`Cannot save the change: it is for assessment ${change.assessment.id}, not ${id}`);
        }
        await db.assessments.put({ ...(change.assessment ?? current), updatedAt: at });
        await writeRecords(db, id, change);
        await writeHistory(db, id, history);
      });
    },

    async deleteAssessment(id) {
      await db.transaction('rw', writeTables, async () => {
        await deleteRecordsOf(db, id);
        await db.assessments.delete(id);
      });
    },

    async loadHistory(id, { filter, limit = Infinity } = {}) {
      return db.transaction('r', db.history, db.openSteps, async () => {
        const keeps = (record: ChangeRecord) => !filter || matchesHistoryFilter(record, filter);
        const records: LoadedChangeRecord[] = [];
        const open = await db.openSteps.get(id);
        if (open && open.record.changes.length > 0 && keeps(open.record)) records.push({ ...open.record, key: OPEN_STEP_KEY });
        // One more than asked for says whether there are more; the index reads newest first and stops there.
        const wanted = limit + 1 - records.length;
        let rows = db.history.where('[assessmentId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse();
        if (filter) rows = rows.filter(keeps);
        const stored = await (Number.isFinite(wanted) ? rows.limit(wanted) : rows).toArray();
        for (const row of stored) records.push(loadedRecord(row));
        return { records: records.slice(0, limit), more: records.length > limit };
      });
    },

    async loadSettings() {
      const row = await db.settings.get(ASSESSOR_NAME);
      return { ...DEFAULT_APP_SETTINGS, ...(typeof row?.value === 'string' ? { assessorName: row.value } : {}) };
    },

    async saveSettings(settings: AppSettings) {
      await db.settings.put({ key: ASSESSOR_NAME, value: settings.assessorName });
    },
  };
}

/** The settings row holding the assessor's name. */
const ASSESSOR_NAME = 'assessorName';

/**
 * Stores a change's history record; call inside the change's read-write transaction. A record of
 * a step still going on replaces the assessment's open step; anything else first appends the
 * open step, if any (a step that ended where it began records nothing), then itself.
 */
async function writeHistory(db: MapDatabase, id: AssessmentId, { record, step }: HistoryWrite): Promise<void> {
  const open = await db.openSteps.get(id);
  if (open && open.step !== step) {
    if (open.record.changes.length > 0) await db.history.add(storedRecord(id, open.record));
    await db.openSteps.delete(id);
  }
  if (step !== undefined) await db.openSteps.put({ assessmentId: id, step, record });
  else await db.history.add(storedRecord(id, record));
}

function storedRecord(assessmentId: AssessmentId, record: ChangeRecord): StoredChangeRecord {
  return { ...record, assessmentId };
}

function loadedRecord(row: StoredChangeRecord): LoadedChangeRecord {
  const { assessmentId: _, seq, ...record } = row;
  return { ...record, key: String(seq) };
}

/**
 * Throws a RecordIdConflictError when a stored row already has the id of one of `doc`'s
 * systems, flows or risks (treatments are keyed per assessment, so they cannot clash). Call
 * inside the read-write transaction that then writes `doc`, once that assessment's own rows are
 * gone, so every row found belongs to another assessment and the throw undoes everything.
 * Reads keys only, never the rows.
 */
async function refuseIdsInUse(db: MapDatabase, doc: MapDocument): Promise<void> {
  const taken = await Promise.all([
    db.systems.where(':id').anyOf(systemList(doc).map((s) => s.id)).primaryKeys(),
    db.flows.where(':id').anyOf(flowList(doc).map((f) => f.id)).primaryKeys(),
    db.risks.where(':id').anyOf(riskList(doc).map((r) => r.id)).primaryKeys(),
  ]);
  const ids: string[] = taken.flat();
  if (ids.length > 0) throw new RecordIdConflictError(ids);
}

/**
 * How many rows one bulkAdd writes. IndexedDB copies each row on the calling thread, so a map
 * of 25,000 records added at once blocks the window for most of a second; in chunks, the
 * window can paint between them. The chunks share one transaction, so it is still all or nothing.
 */
const ROWS_PER_CHUNK = 2000;

/** Adds every record of `doc`, tagged with its assessment; call inside a read-write transaction. */
async function addRecords(db: MapDatabase, doc: MapDocument): Promise<void> {
  const id = doc.assessment.id;
  // add, not put: a record id already stored fails the whole transaction rather than taking
  // over someone else's record.
  await addInChunks(db.systems, systemList(doc).map((s) => ({ ...s, assessmentId: id })));
  await addInChunks(db.flows, flowList(doc).map((f) => ({ ...f, assessmentId: id })));
  await addInChunks(db.treatments, treatmentList(doc).map((t) => ({ ...t, assessmentId: id })));
  await addInChunks(db.risks, riskList(doc).map((r) => ({ ...r, assessmentId: id })));
}

async function addInChunks<Row>(table: { bulkAdd(rows: readonly Row[]): Promise<unknown> }, rows: readonly Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) await table.bulkAdd(rows.slice(start, start + ROWS_PER_CHUNK));
}

/**
 * Removes every system, flow, treatment and risk of one assessment, and its history (not the
 * assessment itself): the only way a history record is ever deleted.
 */
async function deleteRecordsOf(db: MapDatabase, id: AssessmentId): Promise<void> {
  await db.systems.where('assessmentId').equals(id).delete();
  await db.flows.where('assessmentId').equals(id).delete();
  await db.treatments.where('assessmentId').equals(id).delete();
  await db.risks.where('assessmentId').equals(id).delete();
  await db.history.where('[assessmentId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
  await db.openSteps.delete(id);
}

/** Writes exactly the puts and deletes a change lists; call inside a read-write transaction. */
async function writeRecords(db: MapDatabase, id: AssessmentId, change: DocumentChange): Promise<void> {
  if (change.putSystems.length > 0) await db.systems.bulkPut(change.putSystems.map((s) => ({ ...s, assessmentId: id })));
  if (change.deleteSystemIds.length > 0) await db.systems.bulkDelete([...change.deleteSystemIds]);
  if (change.putFlows.length > 0) await db.flows.bulkPut(change.putFlows.map((f) => ({ ...f, assessmentId: id })));
  if (change.deleteFlowIds.length > 0) await db.flows.bulkDelete([...change.deleteFlowIds]);
  if (change.putTreatments.length > 0) await db.treatments.bulkPut(change.putTreatments.map((t) => ({ ...t, assessmentId: id })));
  if (change.deleteTreatmentIds.length > 0) await db.treatments.bulkDelete(change.deleteTreatmentIds.map((findingId) => [id, findingId]));
  if (change.putRisks.length > 0) await db.risks.bulkPut(change.putRisks.map((r) => ({ ...r, assessmentId: id })));
  if (change.deleteRiskIds.length > 0) await db.risks.bulkDelete([...change.deleteRiskIds]);
}

function withoutAssessmentId<R extends { assessmentId: AssessmentId }>(row: R): Omit<R, 'assessmentId'> {
  const { assessmentId: _, ...record } = row;
  return record;
}

function damagedMessage(id: AssessmentId, problems: readonly Problem[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
  return `Stored assessment ${id} is damaged and cannot be opened: ${shown.join('; ')}${more}`;
}
