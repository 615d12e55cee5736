/**
 * The check log in IndexedDB, through idb (a ~1 KB promise wrapper over IndexedDB with a typed
 * schema and a versioned upgrade callback, where the migrations of later schema versions go).
 * Everything stays on the device: nothing here talks to a network.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogEntry } from './entry';

const DB_NAME = 'qz-fireworks-log';
/**
 * Schema versions (bump and add a step to upgrade() to migrate):
 * 1 — object store "checks", autoIncrement key "id", index "savedAt".
 */
export const LOG_SCHEMA_VERSION = 1;

interface LogDb extends DBSchema {
  checks: { key: number; value: LogEntry; indexes: { savedAt: number } };
}

let db: Promise<IDBPDatabase<LogDb>> | null = null;

function open(): Promise<IDBPDatabase<LogDb>> {
  db ??= openDB<LogDb>(DB_NAME, LOG_SCHEMA_VERSION, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) d.createObjectStore('checks', { keyPath: 'id', autoIncrement: true }).createIndex('savedAt', 'savedAt');
    },
    // Another tab opened a newer schema: let it migrate, reopen next time.
    blocking() {
      void db?.then((d) => d.close());
      db = null;
    },
  }).catch((e) => {
    db = null;
    throw e;
  });
  return db;
}

export async function addCheck(e: LogEntry): Promise<number> {
  return (await open()).add('checks', e);
}

/** Every check, newest first. */
export async function listChecks(): Promise<LogEntry[]> {
  return (await (await open()).getAllFromIndex('checks', 'savedAt')).reverse();
}

export async function setNote(id: number, note: string): Promise<void> {
  const d = await open();
  const tx = d.transaction('checks', 'readwrite');
  const e = await tx.store.get(id);
  if (e) await tx.store.put({ ...e, note });
  await tx.done;
}

export async function clearChecks(): Promise<void> {
  await (await open()).clear('checks');
}
