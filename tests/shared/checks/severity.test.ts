import { describe, expect, it } from 'vitest';
import { raiseSeverity, severityOf, severityRank, worseSeverity } from '../../../shared/checks';

describe('the severity matrix', () => {
  it.each([
    ['unlikely', 'minor', 'low'],
    ['possible', 'minor', 'medium'],
    ['unlikely', 'major', 'medium'],
    ['very-likely', 'minor', 'elevated'],
    ['possible', 'severe', 'elevated'],
    ['likely', 'major', 'high'],
    ['likely', 'severe', 'high'],
    ['very-likely', 'major', 'high'],
    ['very-likely', 'severe', 'critical'],
  ] as const)('rates %s × %s as %s', (likelihood, impact, severity) => {
    expect(severityOf(likelihood, impact)).toBe(severity);
  });

  it('raises a step at a time and stops at critical', () => {
    expect(raiseSeverity('low')).toBe('medium');
    expect(raiseSeverity('elevated')).toBe('high');
    expect(raiseSeverity('high')).toBe('critical');
    expect(raiseSeverity('critical')).toBe('critical');
  });

  it('orders severities from low to critical and picks the worse of two', () => {
    expect(['critical', 'low', 'high', 'medium', 'elevated'].sort((a, b) => severityRank(a as never) - severityRank(b as never)))
      .toEqual(['low', 'medium', 'elevated', 'high', 'critical']);
    expect(worseSeverity(undefined, 'low')).toBe('low');
    expect(worseSeverity('high', 'medium')).toBe('high');
    expect(worseSeverity('medium', 'critical')).toBe('critical');
  });
});
