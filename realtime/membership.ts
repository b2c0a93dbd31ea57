import type { Role } from '@/lib/auth/permissions';

/** Where a person stands in one negotiation now, read from the roster (never from a ticket). */
export interface Standing {
  /** Deactivated people lose every ticket and socket. */
  active: boolean;
  /** The role held there now (a reader of a negotiation open to all stands as an observer); null: no access. */
  role: Role | null;
}

export interface DraftStanding {
  negotiationId: string;
  archived: boolean;
}

/** Why a writable connection to an archived draft is closed (the page reopens it read-only). */
export const archivedDraftReason = 'This draft was archived: it can be read but no longer changed.';

/**
 * The roster as the realtime server sees it. Tickets say who someone was when they were minted; this says
 * who they are now, so removals and role changes reach sockets that are already open.
 */
export interface MembershipChecker {
  /** The negotiation a draft belongs to and whether it is archived (read-only), or null when there is no such draft. */
  readDraftNegotiation(draftId: string): Promise<DraftStanding | null>;
  /** Standings of these people in one negotiation, in one read; a person the store does not know is absent. */
  readStandings(negotiationId: string, userIds: readonly string[]): Promise<Map<string, Standing>>;
}

export type AccessLoss = 'inactive' | 'not-member' | 'role-changed';

/** Null while the ticket's role is still the person's role in its negotiation. */
export function judgeStanding(ticketRole: Role, standing: Standing | undefined): AccessLoss | null {
  if (!standing?.active) return 'inactive';
  if (standing.role === null) return 'not-member';
  return standing.role === ticketRole ? null : 'role-changed';
}

/** Why a ticket is refused at the upgrade. */
export function describeRefusedTicket(loss: AccessLoss): string {
  switch (loss) {
    case 'inactive':
      return 'Your account is not active.';
    case 'not-member':
      return "You are not on this negotiation's roster.";
    case 'role-changed':
      return 'Your role in this negotiation changed since this ticket was issued; reopen the draft.';
  }
}

/** Why an open connection is closed; short enough for a WebSocket close reason (123 bytes). */
export function describeLostAccess(loss: AccessLoss): string {
  switch (loss) {
    case 'inactive':
      return 'Your account was deactivated.';
    case 'not-member':
      return "You were removed from this negotiation's roster.";
    case 'role-changed':
      return 'Your role in this negotiation changed; reopen the draft.';
  }
}

/**
 * Null when a ticket may open its draft: the draft is in the ticket's negotiation and the person still holds
 * the ticket's role there; otherwise why not. A draft the store does not know is left to the room loader.
 */
export async function checkTicketStanding(
  membership: MembershipChecker,
  draftId: string,
  ticket: { userId: string; negotiationId: string; role: Role; readOnly: boolean },
): Promise<string | null> {
  const draft = await membership.readDraftNegotiation(draftId);
  if (draft === null) return null;
  const { negotiationId } = draft;
  if (negotiationId !== ticket.negotiationId) return 'This ticket was issued for another negotiation; reopen the draft.';
  if (draft.archived && !ticket.readOnly) return `${archivedDraftReason} Reopen it.`;
  const standings = await membership.readStandings(negotiationId, [ticket.userId]);
  const loss = judgeStanding(ticket.role, standings.get(ticket.userId));
  return loss ? describeRefusedTicket(loss) : null;
}
