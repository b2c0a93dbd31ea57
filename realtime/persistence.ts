import * as Y from 'yjs';
import type { AuditEventInput } from './audit-events';

/**
 * Where drafts' shared documents live. The realtime server only talks to this
 * interface, so a shared store can replace the single SQLite file later.
 */
export interface DraftPersistence {
  /** The stored Yjs state, or null when no such draft exists (the server then refuses the room). */
  load(draftId: string): Promise<Uint8Array | null>;
  /** Stores the document (and whatever plain projection the store keeps beside it). */
  save(draftId: string, doc: Y.Doc): Promise<void>;
  /** Appends rows to the audit log; a store without one keeps no audit trail. */
  appendAuditEvents?(events: AuditEventInput[]): Promise<void>;
}

/** Maps y-websocket room names to drafts and back. */
export interface RoomNaming {
  toDraftId(roomName: string): string | null;
  toRoomName(draftId: string): string;
}

export const draftRoomNaming: RoomNaming = {
  toDraftId(roomName) {
    const match = /^draft-([A-Za-z0-9_-]{1,100})$/.exec(roomName);
    return match ? match[1]! : null;
  },
  toRoomName(draftId) {
    return `draft-${draftId}`;
  },
};

/** Keeps documents in memory; for tests and the benchmark. */
export function createMemoryPersistence(initial: Record<string, Uint8Array> = {}): DraftPersistence & {
  states: Map<string, Uint8Array>;
  auditEvents: AuditEventInput[];
} {
  const states = new Map(Object.entries(initial));
  const auditEvents: AuditEventInput[] = [];
  return {
    states,
    auditEvents,
    async appendAuditEvents(events) {
      auditEvents.push(...events);
    },
    async load(draftId) {
      return states.get(draftId) ?? null;
    },
    async save(draftId, doc) {
      states.set(draftId, Y.encodeStateAsUpdate(doc));
    },
  };
}
