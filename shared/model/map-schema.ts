import type { Vocabulary } from '../vocabulary';
import { ASSESSMENT_FIELDS, INTERVAL_LIMITS, MAX_LEAVER_NAME_LENGTH, MAX_LEAVERS, type IntervalLimit } from './assessment';
import { CHANGE_ACTIONS, CHANGE_TYPES, MAX_AUTHOR_LENGTH } from './change-record';
import { TIMESTAMP_PATTERN } from './dates';
import type { FieldSpec } from './fields';
import { FLOW_FIELDS } from './flow';
import { RECORD_KINDS } from './document-diff';
import { ID_PATTERN } from './ids';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { RISK_FIELDS } from './risk';
import { MAP_FORMAT } from './serialized-map';
import { SYSTEM_FIELDS } from './system';
import { TREATMENT_FIELDS } from './treatment';

/** A JSON Schema, as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

// The id and timestamp patterns, the setting ranges and the leaver limits are the ones parseMap
// applies in code, imported from where they are defined. Dates are the exception: isIsoDate
// also checks the days in each month and the years 1900 to 2200, so this pattern states only
// the shape (docs/map-format.md says so). tests/shared/model/map-schema.test.ts checks the
// schema and parseMap agree.
const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

/**
 * The JSON Schema (draft 2020-12) of a map file: the document `serializeMap` writes, which the
 * app imports and the command-line tool reads. Built from the field specs and vocabularies, so
 * it says exactly what the code accepts and can never drift from it.
 *
 * It describes files as the app writes them: every field present, nothing extra. `parseMap`
 * is more lenient (it fills missing fields, drops unknown ones and migrates older versions),
 * and it also checks what a schema cannot: unique ids, and that every flow and risk refers to
 * systems and flows in the same map.
 */
export function buildMapSchema(): JsonSchema {
  const vocabularies = new Map<string, Vocabulary>();
  const collect = (fields: readonly FieldSpec[]) => {
    for (const field of fields) if (field.kind === 'choice' || field.kind === 'choices') vocabularies.set(field.vocabulary.id, field.vocabulary);
  };
  [SYSTEM_FIELDS, FLOW_FIELDS, TREATMENT_FIELDS, RISK_FIELDS, ASSESSMENT_FIELDS].forEach(collect);

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:integration-mapper:schema:map:${CURRENT_SCHEMA_VERSION}`,
    title: 'Integration Mapper map',
    description: 'One assessment exported from Integration Mapper: the systems of an organisation, the data flows between them, '
      + 'the risk register (treatments of findings and risks added by hand) and the change history. See docs/map-format.md.',
    type: 'object',
    properties: {
      format: { const: MAP_FORMAT, description: 'Marks the file as an Integration Mapper map.' },
      schemaVersion: {
        const: CURRENT_SCHEMA_VERSION,
        description: 'The version of this format. Older versions are migrated when read; newer ones are refused.',
      },
      assessment: ref('assessment'),
      systems: { type: 'array', description: 'The systems on the map, in id order.', items: ref('system') },
      flows: { type: 'array', description: 'The data flows between systems, in id order.', items: ref('flow') },
      treatments: { type: 'array', description: "The assessor's decisions about findings, in finding id order.", items: ref('treatment') },
      risks: { type: 'array', description: 'Risks the assessor added to the register by hand, in id order.', items: ref('risk') },
      history: {
        type: 'array',
        description: 'The change history, oldest first: one record per command, undo or redo. The app always writes it; a map without it has no history yet.',
        items: ref('change-record'),
      },
    },
    required: ['format', 'schemaVersion', 'assessment', 'systems', 'flows', 'treatments', 'risks'],
    additionalProperties: false,
    $defs: {
      id: { type: 'string', pattern: ID_PATTERN.source, description: 'An id: 1 to 100 letters, digits or - _ . :' },
      date: {
        description: 'A date someone records: blank when not filled in, "unknown" when nobody knows, or YYYY-MM-DD.',
        anyOf: [
          { const: '', description: 'Not filled in yet.' },
          { const: 'unknown', description: 'Asked, and nobody knows.' },
          { type: 'string', pattern: DATE_PATTERN, description: 'A real calendar date from 1900 to 2200, YYYY-MM-DD, with no time zone.' },
        ],
      },
      timestamp: { type: 'string', pattern: TIMESTAMP_PATTERN.source, description: 'A moment, ISO 8601 in UTC, e.g. 2026-03-05T14:30:00.000Z.' },
      assessment: record('The assessment: whose map it is and who made it.', {
        id: ref('id'),
        ...fieldProperties(ASSESSMENT_FIELDS),
        createdAt: ref('timestamp'),
        updatedAt: ref('timestamp'),
        settings: record('Settings the checks read.', {
          reviewIntervalMonths: { type: 'integer', ...range(INTERVAL_LIMITS.reviewIntervalMonths), description: 'How many months a system or flow may go without review before it is overdue.' },
          rotationIntervalDays: { type: 'integer', ...range(INTERVAL_LIMITS.rotationIntervalDays), description: 'How many days a credential may go unchanged before it is stale.' },
          leavers: {
            type: 'array', maxItems: MAX_LEAVERS, description: 'People who have left the organisation: anything they still own is orphaned.',
            items: { type: 'string', maxLength: MAX_LEAVER_NAME_LENGTH },
          },
        }),
      }),
      system: record('A system: one box on the map.', {
        id: ref('id'),
        ...fieldProperties(SYSTEM_FIELDS),
        position: record('Where the system sits on the canvas.', { x: { type: 'number' }, y: { type: 'number' } }),
      }),
      flow: record('A data flow (integration) from one system to another.', {
        id: ref('id'),
        sourceId: { ...ref('id'), description: 'The id of the system the data comes from.' },
        targetId: { ...ref('id'), description: 'The id of the system the data goes to; not the source.' },
        ...fieldProperties(FLOW_FIELDS),
      }),
      treatment: record("The assessor's decision about one finding, kept under the finding's id.", {
        findingId: { ...ref('id'), description: 'The finding: the check id and the element id, joined by ":", e.g. "no-owner:flow-1".' },
        ...fieldProperties(TREATMENT_FIELDS, ['status']),
      }),
      risk: record('A risk the assessor added to the register by hand.', {
        id: ref('id'),
        ...fieldProperties(RISK_FIELDS, ['likelihood', 'impact', 'status']),
        relatedIds: { type: 'array', items: ref('id'), description: 'The systems and flows it concerns; empty for an organisation-wide risk.' },
      }),
      'change-record': record('One user action on the assessment: a command, or an undo or redo of one.', {
        at: { ...ref('timestamp'), description: 'When it was saved, ISO 8601 in UTC.' },
        by: { type: 'string', maxLength: MAX_AUTHOR_LENGTH, description: 'The name the assessor gave the app; blank when none had been given.' },
        action: { enum: [...CHANGE_ACTIONS], description: '"do" for a command, "undo" or "redo" for taking one back or doing it again.' },
        command: { type: 'string', minLength: 1, description: 'The command, e.g. "updateFlow"; an undo or redo names the command it takes back or repeats.' },
        label: { type: 'string', description: 'The command as the app words it, e.g. "Edit data flow".' },
        changes: { type: 'array', items: ref('change'), description: 'Every field it changed.' },
      }),
      change: record('One field of one record, before and after, as the app shows it (labels, not stored codes; blank is "").', {
        kind: { enum: [...RECORD_KINDS], description: 'What sort of record it is about.' },
        id: { type: 'string', minLength: 1, description: "The record's id (a treatment's is its finding id)." },
        name: { type: 'string', description: 'What the record was called at the time.' },
        type: { enum: [...CHANGE_TYPES], description: 'Whether the record was added, removed or changed.' },
        field: { type: 'string', description: 'The field\'s key, e.g. "owner"; "position" for a system moved on the canvas; blank for a record added or removed with no field filled in.' },
        label: { type: 'string', description: 'The field\'s label, e.g. "Owner".' },
        before: { type: 'string', description: 'The value before, as shown; blank for an added record.' },
        after: { type: 'string', description: 'The value after, as shown; blank for a removed record.' },
      }),
      ...Object.fromEntries([...vocabularies.values()].map((vocabulary) => [vocabularyName(vocabulary), vocabularySchema(vocabulary)])),
    },
  };
}

/** An interval's limits as JSON Schema keywords. */
function range({ min, max }: IntervalLimit): JsonSchema {
  return { minimum: min, maximum: max };
}

/** An object with exactly these properties, all required. */
function record(description: string, properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', description, properties, required: Object.keys(properties), additionalProperties: false };
}

/** One property per field, titled and described as the inspector shows it. `answered` lists choices that may not be blank. */
function fieldProperties(fields: readonly FieldSpec[], answered: readonly string[] = []): Record<string, JsonSchema> {
  return Object.fromEntries(fields.map((field) => [field.key, { title: field.label, description: field.help, ...valueSchema(field, answered.includes(field.key)) }]));
}

function valueSchema(field: FieldSpec, answered: boolean): JsonSchema {
  switch (field.kind) {
    case 'text':
      return { type: 'string', maxLength: field.maxLength };
    case 'choice':
      return answered ? ref(vocabularyName(field.vocabulary)) : { anyOf: [{ const: '', description: 'Not filled in yet.' }, ref(vocabularyName(field.vocabulary))] };
    case 'choices':
      return { type: 'array', items: ref(vocabularyName(field.vocabulary)), uniqueItems: true };
    case 'date':
      return ref('date');
  }
}

function vocabularyName(vocabulary: Vocabulary): string {
  return `vocabulary-${vocabulary.id}`;
}

/** Each value with the label and sentence a person sees in the app. */
function vocabularySchema(vocabulary: Vocabulary): JsonSchema {
  return {
    title: vocabulary.title,
    oneOf: vocabulary.terms.map((term) => ({ const: term.value, title: term.label, description: term.description })),
  };
}
