import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate-map';
import {
  ASSESSMENT_FIELDS, asSystemId, buildMapSchema, FLOW_FIELDS, parseMap, RISK_FIELDS, serializeMap, SYSTEM_FIELDS, TREATMENT_FIELDS,
  type MapDocument,
} from '../../../shared/model';
import { changeRecord, fieldChange } from '../../support/history';
import { mapBuilder } from '../../support/map-builder';

// Plain JSON, changed by path as someone editing the file by hand would.
type Json = Record<string, any>;

const schema = buildMapSchema();
// Strict mode: a keyword the schema misspells or ajv does not know fails here, not in someone's tool.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const realisticMap = (): MapDocument => mapBuilder()
  .system('Salesforce NPSP', { kind: 'crm', vendor: 'Salesforce', owner: 'Priya Shah', hosting: 'saas', boundary: 'vendor', authoritativeFor: 'donor records', lastReviewed: '2025-11-03', reviewedBy: 'Sam' })
  .system('Xero', { kind: 'finance', hosting: 'saas', boundary: 'vendor', lastReviewed: 'unknown' })
  .system('Old partner portal', { kind: 'partner-system', boundary: 'former-partner', status: 'unused', notes: 'Line one\nline two' })
  .flow('Salesforce NPSP', 'Xero', {
    purpose: 'Gift Aid claims to finance', dataTypes: ['financial', 'donor-records'], direction: 'one-way', frequency: 'daily',
    mechanism: 'native-connector', authentication: 'oauth-client-credentials', account: 'svc-xero', credentialLocation: 'unknown',
    credentialLastRotated: '2024-02-29', permissions: 'read-write', mfa: 'not-applicable', encryptedInTransit: 'yes',
    owner: 'Priya Shah', discoveredVia: ['interview', 'documentation'],
  })
  .flow('Old partner portal', 'Salesforce NPSP', { credentialLocation: 'spreadsheet-document', status: 'suspected-orphaned' })
  .treatment('no-owner:flow-2', { status: 'accepted', justification: 'Being retired in March', checkedBy: 'Sam', checkedOn: '2026-01-10', nextReview: '2026-04-01' })
  .risk({ title: 'Only one person understands the Zapier flows', relatedIds: [asSystemId('sys-1')], likelihood: 'likely', impact: 'major', owner: 'Priya Shah' })
  .settings({ reviewIntervalMonths: 6, leavers: ['Alex Former'] })
  .build();

/** What realisticMap's history says: the Xero flow's owner set, then undone. */
const realisticHistory = [
  changeRecord({ at: '2026-01-10T09:00:00.000Z', changes: [fieldChange({ name: 'Salesforce NPSP → Xero', after: 'Priya Shah' })] }),
  changeRecord({ at: '2026-01-10T09:01:00.000Z', action: 'undo', changes: [fieldChange({ name: 'Salesforce NPSP → Xero', before: 'Priya Shah', after: '' })] }),
];

/** The map as a file holds it: serialised, then through JSON text. */
const asFile = (doc: MapDocument): Json => JSON.parse(JSON.stringify(serializeMap(doc, realisticHistory))) as Json;
const schemaErrors = (json: unknown) => (validate(json) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

describe('the map JSON schema', () => {
  it('is what docs/map.schema.json holds, so the published schema cannot go stale (regenerate with npm run schema)', () => {
    const published: unknown = JSON.parse(readFileSync(new URL('../../../docs/map.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(schema);
  });

  it('names itself and the format version it describes', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.stringContaining(':3'),
      title: 'Integration Mapper map',
      properties: { format: { const: 'integration-mapper/map' }, schemaVersion: { const: 3 } },
    });
  });

  it('accepts a realistic map as the app exports it', () => {
    expect(schemaErrors(asFile(realisticMap()))).toEqual([]);
  });

  it('accepts a large generated map with every vocabulary in use', () => {
    expect(schemaErrors(asFile(generateMap({ systems: 60, flows: 150, seed: 7 })))).toEqual([]);
  });

  it('rejects a value that is not in the vocabulary, naming where it is', () => {
    const json = asFile(realisticMap());
    json.flows[0].dataTypes = ['financial', 'bank-details'];
    expect(validate(json)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/flows/0/dataTypes/1');
  });

  it('rejects a record missing a field, and a misspelt field the app would silently drop', () => {
    const missing = asFile(realisticMap());
    delete missing.systems[1].owner;
    expect(schemaErrors(missing)).toContain("/systems/1 must have required property 'owner'");

    const misspelt = asFile(realisticMap());
    misspelt.flows[0].dataType = misspelt.flows[0].dataTypes;
    expect(validate(misspelt)).toBe(false);
  });

  it('describes each field with the label and help the app shows, and each value with its label', () => {
    const defs = schema.$defs as Json;
    expect(defs.flow.properties.credentialLocation).toMatchObject({ title: 'Credential stored in', description: 'Where its password, key or token is kept.' });
    expect(defs['vocabulary-authentication'].oneOf).toContainEqual(expect.objectContaining({ const: 'personal-account', title: expect.any(String), description: expect.any(String) }));
  });
});

/**
 * The schema spells out some rules parseMap applies in code (id pattern, setting ranges, name
 * lengths). Each change below must be accepted by both or refused by both, so neither drifts.
 * Where they differ by design (parseMap fills missing fields, checks calendar dates and
 * references), the difference is documented in docs/map-format.md and not listed here.
 */
describe('the schema and parseMap', () => {
  const changes: ReadonlyArray<[string, (json: Json) => void]> = [
    ['an unknown system kind', (j) => { j.systems[0].kind = 'mainframe'; }],
    ['a data type listed twice', (j) => { j.flows[0].dataTypes = ['personal', 'personal']; }],
    ['an "unknown" answer to encryption', (j) => { j.flows[1].encryptedInTransit = 'unknown'; }],
    ['a blank MFA answer', (j) => { j.flows[1].mfa = ''; }],
    ['a review interval of 120 months', (j) => { j.assessment.settings.reviewIntervalMonths = 120; }],
    ['a review interval of 121 months', (j) => { j.assessment.settings.reviewIntervalMonths = 121; }],
    ['a rotation interval of 0 days', (j) => { j.assessment.settings.rotationIntervalDays = 0; }],
    ['a rotation interval of 3650 days', (j) => { j.assessment.settings.rotationIntervalDays = 3650; }],
    ['a fractional rotation interval', (j) => { j.assessment.settings.rotationIntervalDays = 90.5; }],
    ['a leaver with a 200-character name', (j) => { j.assessment.settings.leavers = ['x'.repeat(200)]; }],
    ['a leaver with a 201-character name', (j) => { j.assessment.settings.leavers = ['x'.repeat(201)]; }],
    ['a system name of 201 characters', (j) => { j.systems[0].name = 'x'.repeat(201); }],
    ['a month 13 date', (j) => { j.flows[0].lastReviewed = '2026-13-01'; }],
    ['an id with a space', (j) => { j.risks[0].id = 'risk 1'; }],
    ['a creation time that is not a timestamp', (j) => { j.assessment.createdAt = 'yesterday'; }],
    ['a newer schema version', (j) => { j.schemaVersion = 4; }],
    ['no history at all', (j) => { delete j.history; }],
    ['a history that is not a list', (j) => { j.history = {}; }],
    ['a history record at a time that is not a timestamp', (j) => { j.history[0].at = 'last Tuesday'; }],
    ['a history record of an unknown action', (j) => { j.history[1].action = 'revert'; }],
    ['a history record naming no command', (j) => { j.history[0].command = ''; }],
    ['a history record by a 201-character name', (j) => { j.history[0].by = 'x'.repeat(201); }],
    ['a change of an unknown kind of record', (j) => { j.history[0].changes[0].kind = 'spaceship'; }],
    ['a change whose old value is not text', (j) => { j.history[0].changes[0].before = 12; }],
    ['another format', (j) => { j.format = 'someone-else/map'; }],
    ['an unknown treatment status', (j) => { j.treatments[0].status = 'ignored'; }],
    ['an unknown risk likelihood', (j) => { j.risks[0].likelihood = 'certain'; }],
  ];

  it.each(changes)('agree on %s', (_name, change) => {
    const json = asFile(realisticMap());
    change(json);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(parseMap(json).ok);
  });
});

describe('docs/map-format.md', () => {
  const guide = readFileSync(new URL('../../../docs/map-format.md', import.meta.url), 'utf8');

  it('has an example that the schema and the app both accept', () => {
    const example: unknown = JSON.parse(/```json\n([\s\S]*?)```/.exec(guide)![1]!);
    expect(schemaErrors(example)).toEqual([]);
    expect(parseMap(example)).toMatchObject({ ok: true, migrationsApplied: [] });
  });

  it('explains every field of every record', () => {
    const keys = [SYSTEM_FIELDS, FLOW_FIELDS, TREATMENT_FIELDS, RISK_FIELDS, ASSESSMENT_FIELDS].flat().map((field) => field.key);
    const unexplained = [...new Set(keys)].filter((key) => !guide.includes(`\`${key}\``));
    expect(unexplained).toEqual([]);
  });
});
