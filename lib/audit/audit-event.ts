/** What the append-only AuditEvent table records; written by the realtime server and the web app alike. */
export const auditActions = [
  'proposal.create',
  /** The proposing delegation wrote a new version (a rewording, or the proposal brought onto the current text). */
  'proposal.update',
  'proposal.support',
  'proposal.object',
  'proposal.clear',
  'proposal.withdraw',
  'proposal.accept',
  'proposal.reject',
  'paragraph.bracket',
  /** In negotiation, a facilitator's direct edit of a paragraph's text (one burst of typing), credited to the Chair. */
  'paragraph.chair-edit',
  'draft.mode',
  'draft.repair',
  /** A person's first accepted change to a draft since the realtime server loaded it (so: who has edited it). */
  'draft.edit',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One row of the append-only AuditEvent table. */
export interface AuditEventInput {
  draftId: string;
  actorId: string;
  delegationCode: string;
  action: AuditAction;
  target: string;
  detail: string;
  createdAt: Date;
}
