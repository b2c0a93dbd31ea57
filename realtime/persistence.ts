import * as Y from 'yjs';
import type { AuditEventInput } from '@/lib/audit/audit-event';
import type { DraftPersistence } from '@/lib/persistence/draft-persistence';

export type { DraftPersistence };

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
