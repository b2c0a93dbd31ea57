import type * as Y from 'yjs';
import type { AuditEventInput } from '@/lib/audit/audit-event';

/**
 * Where drafts' shared documents live. The realtime server only talks to this
 * interface and the stores implement it, so neither depends on the other.
 */
export interface DraftPersistence {
  /** The stored Yjs state, or null when no such draft exists (the server then refuses the room). */
  load(draftId: string): Promise<Uint8Array | null>;
  /** Stores the document (and whatever plain projection the store keeps beside it). */
  save(draftId: string, doc: Y.Doc): Promise<void>;
  /** Appends rows to the audit log; a store without one keeps no audit trail. */
  appendAuditEvents?(events: AuditEventInput[]): Promise<void>;
}
