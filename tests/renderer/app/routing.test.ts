import { describe, expect, it } from 'vitest';
import { asAssessmentId } from '../../../shared/model';
import { formatRoute, parseRoute } from '../../../renderer/app/routing';

describe('hash routes', () => {
  it('reads an assessment address back to the same id', () => {
    const id = asAssessmentId('3f2b1c9e-0d4a-4b8e-9f6a-1c2d3e4f5a6b');
    expect(parseRoute(formatRoute({ name: 'assessment', id }))).toEqual({ name: 'assessment', id });
  });

  it('survives ids with characters that need escaping', () => {
    const id = asAssessmentId('import:acme/2026 #1');
    expect(parseRoute(formatRoute({ name: 'assessment', id }))).toEqual({ name: 'assessment', id });
  });

  it('treats an empty, unknown or damaged address as home', () => {
    for (const hash of ['', '#', '#/', '#/nonsense', '#/assessment/', '#/assessment/%E0%A4%A']) {
      expect(parseRoute(hash)).toEqual({ name: 'home' });
    }
  });

  it('has an address that opens the New assessment dialog', () => {
    expect(parseRoute(formatRoute({ name: 'home', creating: true }))).toEqual({ name: 'home', creating: true });
  });

  it('has an address that asks for a map file to open', () => {
    expect(formatRoute({ name: 'home', opening: true })).toBe('#/open');
    expect(parseRoute('#/open')).toEqual({ name: 'home', opening: true });
  });
});
