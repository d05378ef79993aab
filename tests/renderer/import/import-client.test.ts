import { afterEach, describe, expect, it, vi } from 'vitest';
import { createImportClient } from '../../../renderer/import/import-client';

const CSV = new TextEncoder().encode('From system,To system,Auth method\nCRM,Mailchimp,API key\n');

/** A worker the host refuses to load: it never answers, and reports an error once created. */
class RefusedWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;
  constructor() {
    setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
  }
  postMessage(message: unknown) { this.posted.push(message); }
  terminate() { this.terminated = true; }
}

afterEach(() => vi.unstubAllGlobals());

describe('the import client', () => {
  it('reads and imports on the page where there is no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const client = createImportClient(() => crypto.randomUUID());
    const read = await client.read({ fileName: 'inventory.csv', contents: CSV });
    expect(read).toMatchObject({ ok: true, plan: { kind: 'inventory', sheetIndex: 0 } });
  });

  it('answers on the page, in order, when the worker fails to load', async () => {
    const workers: RefusedWorker[] = [];
    vi.stubGlobal('Worker', class extends RefusedWorker { constructor() { super(); workers.push(this); } });
    const client = createImportClient(() => crypto.randomUUID());
    const read = client.read({ fileName: 'inventory.csv', contents: CSV });
    const mapping = client.mapping(0);
    await expect(read).resolves.toMatchObject({ ok: true });
    await expect(mapping).resolves.toMatchObject({ mapping: [{ target: 'source' }, { target: 'destination' }, { target: 'authentication' }] });
    expect(workers[0]!.posted).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    // Later calls go straight to the page.
    await expect(client.mapping(0)).resolves.toMatchObject({ samples: [['CRM'], ['Mailchimp'], ['API key']] });
  });
});
