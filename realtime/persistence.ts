import * as Y from 'yjs';
import type { AuditEventInput } from '@/lib/audit/audit-event';
import type { DraftPersistence } from '@/lib/persistence/draft-persistence';

export type { DraftPersistence };

export { draftRoomNaming, type RoomNaming } from '@/lib/persistence/room-naming';

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
