import * as Y from 'yjs';
import type { AuditEventInput } from '@/lib/audit/audit-event';
import { LeaseLostError, type DraftOwner, type DraftPersistence, type LogEntry } from '@/lib/persistence/draft-persistence';

export type { DraftPersistence };

export { draftRoomNaming, type RoomNaming } from '@/lib/persistence/room-naming';

interface MemoryLease extends DraftOwner {
  epoch: number;
  expiresAt: Date;
}

/** Keeps documents in memory, with the same lease and log rules as the database; for tests and the benchmark. */
export function createMemoryPersistence(initial: Record<string, Uint8Array> = {}): DraftPersistence & {
  states: Map<string, Uint8Array>;
  logs: Map<string, LogEntry[]>;
  auditEvents: AuditEventInput[];
} {
  const states = new Map(Object.entries(initial));
  const logs = new Map<string, LogEntry[]>();
  const bindings = new Map<string, Map<number, string>>();
  const leases = new Map<string, MemoryLease>();
  const auditEvents: AuditEventInput[] = [];
  const checkEpoch = (draftId: string, epoch: number) => {
    if (leases.get(draftId)?.epoch !== epoch) throw new LeaseLostError(draftId);
  };
  return {
    states,
    logs,
    auditEvents,
    async claim(draftId, owner, leaseMs, options) {
      if (!states.has(draftId)) return null;
      const now = Date.now();
      const held = leases.get(draftId);
      if (held && held.nodeId !== owner.nodeId && held.expiresAt.getTime() > now && !options?.force) {
        return { granted: false, holder: { ...held } };
      }
      const lease = { ...owner, epoch: (held?.epoch ?? 0) + 1, expiresAt: new Date(now + leaseMs) };
      leases.set(draftId, lease);
      return { granted: true, epoch: lease.epoch, expiresAt: lease.expiresAt };
    },
    async renew(draftId, epoch, leaseMs) {
      checkEpoch(draftId, epoch);
      const lease = leases.get(draftId)!;
      lease.expiresAt = new Date(Date.now() + leaseMs);
      return { epoch, expiresAt: lease.expiresAt };
    },
    async release(draftId, epoch) {
      const lease = leases.get(draftId);
      if (lease?.epoch === epoch) lease.expiresAt = new Date(0);
    },
    async readLiveNodes() {
      const now = Date.now();
      const live = new Map<string, DraftOwner>();
      for (const lease of leases.values()) {
        if (lease.expiresAt.getTime() > now) live.set(`${lease.nodeId} ${lease.nodeUrl}`, { nodeId: lease.nodeId, nodeUrl: lease.nodeUrl });
      }
      return [...live.values()];
    },
    async load(draftId) {
      const state = states.get(draftId);
      if (!state) return null;
      const log = logs.get(draftId) ?? [];
      return {
        state,
        updates: log.map((entry) => entry.update),
        lastSeq: log.at(-1)?.seq ?? 0,
        bindings: [...(bindings.get(draftId) ?? new Map<number, string>())],
      };
    },
    async append(draftId, epoch, batch) {
      checkEpoch(draftId, epoch);
      const log = logs.get(draftId) ?? [];
      logs.set(draftId, log.concat(batch.entries));
      const bound = bindings.get(draftId) ?? new Map<number, string>();
      for (const [client, user] of batch.bindings) bound.set(client, user);
      bindings.set(draftId, bound);
      auditEvents.push(...batch.auditEvents);
    },
    async save(draftId, doc, mark) {
      checkEpoch(draftId, mark.epoch);
      states.set(draftId, Y.encodeStateAsUpdate(doc));
      logs.set(
        draftId,
        (logs.get(draftId) ?? []).filter((entry) => entry.seq > mark.throughSeq),
      );
    },
  };
}
