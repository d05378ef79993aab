import type Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { MapDatabase } from '../../renderer/persistence/database';
import { createDexieRepository } from '../../renderer/persistence/dexie-repository';

/**
 * A fresh in-memory IndexedDB (fake-indexeddb) for each call, so no two tests share data: the
 * app's Dexie repository on it, and its tables, for a test to look at what was really stored.
 * Registers an afterEach that closes every database the file's tests opened.
 */
export function freshDatabases(prefix: string) {
  const opened: Dexie[] = [];
  let count = 0;
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  return function freshDatabase() {
    const databaseName = `${prefix}-${++count}-${Date.now()}`;
    const repository = createDexieRepository({ databaseName, indexedDB, IDBKeyRange });
    const tables = new MapDatabase(databaseName, { indexedDB, IDBKeyRange });
    opened.push(tables);
    return { databaseName, repository, tables };
  };
}
