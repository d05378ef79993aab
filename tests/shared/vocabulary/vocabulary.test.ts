import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_FIELDS, asFlowId, asSystemId, createFlow, createSystem, FLOW_FIELDS, SYSTEM_FIELDS, type FieldSpec,
} from '../../../shared/model';
import { ALL_VOCABULARIES, HOSTING, isTerm, labelOf } from '../../../shared/vocabulary';

const duplicatesIn = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const vocabularyFields = (fields: readonly FieldSpec[]) => fields.flatMap((f) => (f.kind === 'choice' || f.kind === 'choices' ? [f] : []));

describe.each(ALL_VOCABULARIES.map((v) => [v.title, v] as const))('the %s vocabulary', (_title, vocabulary) => {
  it('offers each value once', () => {
    expect(duplicatesIn(vocabulary.terms.map((t) => t.value))).toEqual([]);
  });

  it('never uses blank as a value, since blank means "not filled in yet"', () => {
    expect(vocabulary.terms.every((t) => t.value.trim() !== '')).toBe(true);
  });

  it('gives every value a distinct label and a one-line description', () => {
    for (const term of vocabulary.terms) {
      expect(term.label.trim(), term.value).not.toBe('');
      expect(term.description.trim(), term.value).not.toBe('');
      expect(term.description, term.value).not.toContain('\n');
    }
    expect(duplicatesIn(vocabulary.terms.map((t) => t.label))).toEqual([]);
  });
});

describe('the vocabularies', () => {
  it('each have their own id', () => {
    expect(duplicatesIn(ALL_VOCABULARIES.map((v) => v.id))).toEqual([]);
  });

  it('are the ones every choice field of a system, flow or assessment offers', () => {
    for (const field of vocabularyFields([...SYSTEM_FIELDS, ...FLOW_FIELDS, ...ASSESSMENT_FIELDS])) {
      expect(ALL_VOCABULARIES, field.key).toContain(field.vocabulary);
    }
  });

  it('show a value by its label, a blank as blank, and an unknown value as itself', () => {
    expect(labelOf(HOSTING, 'saas')).toBe('SaaS');
    expect(labelOf(HOSTING, '')).toBe('');
    expect(labelOf(HOSTING, 'mainframe' as never)).toBe('mainframe');
    expect(isTerm(HOSTING, 'on-premises')).toBe(true);
    expect(isTerm(HOSTING, 'mainframe')).toBe(false);
  });
});

describe('the inspector', () => {
  const system = createSystem({ id: asSystemId('s1'), position: { x: 0, y: 0 } });
  const flow = createFlow({ id: asFlowId('f1'), sourceId: asSystemId('s1'), targetId: asSystemId('s2') });

  it('shows every field a new system has (its id and position are shown by the canvas)', () => {
    const described = SYSTEM_FIELDS.map((f) => f.key);
    expect(Object.keys(system).filter((key) => !['id', 'position'].includes(key) && !described.includes(key))).toEqual([]);
  });

  it('shows every field a new flow has (its id and ends are shown by the canvas)', () => {
    const described = FLOW_FIELDS.map((f) => f.key);
    expect(Object.keys(flow).filter((key) => !['id', 'sourceId', 'targetId'].includes(key) && !described.includes(key))).toEqual([]);
  });

  it('shows no field that a new record lacks, and none twice', () => {
    for (const [fields, record] of [[SYSTEM_FIELDS, system], [FLOW_FIELDS, flow]] as const) {
      const keys = fields.map((f) => f.key);
      expect(keys.filter((key) => !(key in record))).toEqual([]);
      expect(duplicatesIn(keys)).toEqual([]);
    }
  });

  it('labels and explains every field', () => {
    for (const field of [...SYSTEM_FIELDS, ...FLOW_FIELDS, ...ASSESSMENT_FIELDS]) {
      expect(field.label.trim(), field.key).not.toBe('');
      expect(field.help.trim(), field.key).not.toBe('');
    }
  });
});
