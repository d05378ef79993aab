import { describe, expect, it } from 'vitest';
import { asSystemId, createSystem, type SystemRecord } from '../../../shared/model';
import { systemOptions } from '../../../renderer/editor/system-options';

const system = (id: string, name: string, kind: SystemRecord['kind'] = ''): SystemRecord =>
  createSystem({ id: asSystemId(id), name, kind, position: { x: 0, y: 0 } });

describe('the From and To pickers', () => {
  it('list systems by name, alphabetically', () => {
    expect(systemOptions([system('b', 'Xero'), system('a', 'Mailchimp')]).map((o) => o.label)).toEqual(['Mailchimp', 'Xero']);
  });

  it('tell two systems with the same name apart by their kind', () => {
    const labels = systemOptions([system('a', 'Sage', 'finance'), system('b', 'Sage', 'hr')]).map((o) => o.label);
    expect(labels).toEqual(['Sage (Finance)', 'Sage (HR)']);
  });

  it('number systems whose name and kind are both the same, so every choice is distinct', () => {
    const options = systemOptions([system('a', 'Sheet', 'other'), system('b', 'Sheet', 'other')]);
    expect(options.map((o) => o.label)).toEqual(['Sheet (Other) #1', 'Sheet (Other) #2']);
    expect(new Set(options.map((o) => o.id))).toEqual(new Set(['a', 'b']));
  });

  it('call a system with no name "Unnamed system"', () => {
    expect(systemOptions([system('a', '  ')])[0]!.label).toBe('Unnamed system');
  });
});
