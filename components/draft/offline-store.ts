import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * Every IndexedDB database Zero Draft creates starts with this, so sign-out can
 * find and delete them all without touching other sites' or tools' data.
 */
export const offlineStorePrefix = 'zero-draft:';

/** Whose copy of which draft a store holds, and which life of the draft it belongs to. */
export interface OfflineStoreKey {
  userId: string;
  draftId: string;
  /**
   * Changes when the draft's server state is a new one (the draft's creation
   * time): a store from an earlier life must not bring old text back.
   */
  epoch: string;
}

export interface OfflineStore {
  readonly name: string;
  /** Stops writing; what is stored stays for the next visit. */
  close(): Promise<void>;
}

interface ParsedName {
  userId: string;
  draftId: string;
  epoch: string;
}

export function formatOfflineStoreName({ userId, draftId, epoch }: OfflineStoreKey): string {
  return `${offlineStorePrefix}${[userId, draftId, epoch].map(encodeURIComponent).join(':')}`;
}

export function parseOfflineStoreName(name: string): ParsedName | null {
  if (!name.startsWith(offlineStorePrefix)) return null;
  const parts = name.slice(offlineStorePrefix.length).split(':');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  try {
    const [userId, draftId, epoch] = parts.map(decodeURIComponent) as [string, string, string];
    return { userId, draftId, epoch };
  } catch {
    return null;
  }
}

/** Stores open in this tab; they are closed before their database is deleted, which would otherwise wait for them. */
const openStores = new Map<string, IndexeddbPersistence>();

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

async function listStoreNames(): Promise<string[]> {
  if (!hasIndexedDb() || typeof indexedDB.databases !== 'function') return [...openStores.keys()];
  const databases = await indexedDB.databases();
  const names = databases.map((database) => database.name).filter((name): name is string => typeof name === 'string');
  return [...new Set([...names, ...openStores.keys()])].filter((name) => name.startsWith(offlineStorePrefix));
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    // Another tab still holds it open: it lets go on `versionchange` (below), and the deletion completes then.
    request.onblocked = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete the offline copy ${name}.`));
  });
}

async function deleteStores(names: readonly string[]): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      const open = openStores.get(name);
      openStores.delete(name);
      if (open) await open.destroy();
      await deleteDatabase(name);
    }),
  );
}

/**
 * Keeps `doc` in this browser's IndexedDB and applies what an earlier visit
 * left there before resolving, so it goes out with the first sync. Stores of
 * the same person and draft from an earlier life of the draft are deleted first.
 * Resolves to null where the browser has no IndexedDB: the room still works, online.
 */
export async function openOfflineStore(doc: Y.Doc, key: OfflineStoreKey): Promise<OfflineStore | null> {
  if (!hasIndexedDb()) return null;
  const name = formatOfflineStoreName(key);
  const stale = (await listStoreNames()).filter((other) => {
    const parsed = parseOfflineStoreName(other);
    return other !== name && parsed?.userId === key.userId && parsed.draftId === key.draftId;
  });
  await deleteStores(stale);
  const persistence = new IndexeddbPersistence(name, doc);
  openStores.set(name, persistence);
  // Sign-out or a lost access in another tab deletes this database; holding it open would hold that up.
  void persistence._db.then((db) => {
    db.onversionchange = () => {
      if (openStores.get(name) === persistence) openStores.delete(name);
      void persistence.destroy();
    };
  });
  await persistence.whenSynced;
  return {
    name,
    async close() {
      if (openStores.get(name) === persistence) openStores.delete(name);
      await persistence.destroy();
    },
  };
}

/** Deletes one person's stored copies of one draft (access ended, draft gone, copy refused). */
export async function clearOfflineDraft(userId: string, draftId: string): Promise<void> {
  if (!hasIndexedDb()) return;
  const names = (await listStoreNames()).filter((name) => {
    const parsed = parseOfflineStoreName(name);
    return parsed?.userId === userId && parsed.draftId === draftId;
  });
  await deleteStores(names);
}

/** Deletes every Zero Draft store in this browser, whoever left it: sign-out on a shared computer. */
export async function clearAllOfflineStores(): Promise<void> {
  if (!hasIndexedDb()) return;
  await deleteStores(await listStoreNames());
}
