import type * as Y from 'yjs';
import type { AuditEventInput } from '@/lib/audit/audit-event';

/** A realtime process, as other processes reach it. */
export interface DraftOwner {
  nodeId: string;
  /** Base HTTP address of the process (`http://10.0.0.5:3001`), for proxying to it. */
  nodeUrl: string;
}

/** The right to write a draft's log and snapshot, until `expiresAt` unless renewed. */
export interface DraftLease {
  epoch: number;
  expiresAt: Date;
}

export type LeaseClaim = ({ granted: true } & DraftLease) | { granted: false; holder: DraftOwner & DraftLease };

/** What a room starts from: the snapshot, the log accepted since, and who writes under which Yjs client id. */
export interface StoredDraft {
  state: Uint8Array;
  /** Log entries newer than the snapshot, oldest first. */
  updates: Uint8Array[];
  /** The highest sequence number in the log (0 when empty); the next append continues from it. */
  lastSeq: number;
  bindings: Array<[clientId: number, userId: string]>;
}

export interface LogEntry {
  seq: number;
  userId: string;
  delegationCode: string;
  update: Uint8Array;
}

/** One durable step: accepted updates, the client ids they bound, and the audit rows they caused. */
export interface LogBatch {
  entries: LogEntry[];
  bindings: Array<[clientId: number, userId: string]>;
  auditEvents: AuditEventInput[];
}

/** Where the snapshot being saved stands in the log: entries up to `throughSeq` are in it and may go. */
export interface SnapshotMark {
  epoch: number;
  throughSeq: number;
}

/** A write by a process whose lease was taken over: refused, nothing written. */
export class LeaseLostError extends Error {
  constructor(draftId: string) {
    super(`Another realtime process has taken over draft ${draftId}.`);
  }
}

/**
 * Where drafts' shared documents live. The realtime server only talks to this
 * interface and the stores implement it, so neither depends on the other.
 *
 * Exactly one process owns a draft at a time: it claims a lease (raising the
 * epoch), and every append and snapshot write is refused unless that epoch is
 * still current, checked in the same transaction as the write.
 */
export interface DraftPersistence {
  /** Takes the lease, or names who holds it; `force` takes it even from a holder whose lease has not run out. Null: no such draft. */
  claim(draftId: string, owner: DraftOwner, leaseMs: number, options?: { force?: boolean }): Promise<LeaseClaim | null>;
  /** Extends the lease; throws LeaseLostError when another process took it. */
  renew(draftId: string, epoch: number, leaseMs: number): Promise<DraftLease>;
  /** Lets the lease go at once (the room was dropped), so another process need not wait for it to run out. */
  release(draftId: string, epoch: number): Promise<void>;
  /** The snapshot and the log tail, or null when no such draft exists (the server then refuses the room). */
  load(draftId: string): Promise<StoredDraft | null>;
  /** Writes one batch atomically, or throws (LeaseLostError when the epoch is no longer current). */
  append(draftId: string, epoch: number, batch: LogBatch): Promise<void>;
  /** Stores the document (and whatever plain projection the store keeps beside it) and drops the log it covers. */
  save(draftId: string, doc: Y.Doc, mark: SnapshotMark): Promise<void>;
  /**
   * The processes holding at least one lease that has not run out (distinct by id and address): where a signal
   * about open connections (a roster change) must also go. A store that cannot tell answers for this process alone.
   */
  readLiveNodes?(): Promise<DraftOwner[]>;
}
