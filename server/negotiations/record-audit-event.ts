import type { Prisma } from '@/generated/prisma/client';
import { type Actor, operatorActorId } from './actor';

export type AdministrationAction =
  | 'negotiation.create'
  | 'negotiation.set-status'
  | 'negotiation.set-time-zone'
  | 'roster.add'
  | 'roster.remove'
  | 'roster.set-role'
  | 'roster.add-delegation'
  | 'draft.archive'
  | 'draft.delete'
  | 'draft.furniture'
  | 'draft.sponsor.set'
  | 'draft.cosponsor.join'
  | 'draft.cosponsor.withdraw'
  | 'delegation.create'
  | 'invitation.create'
  | 'invitation.accept'
  | 'user.create'
  | 'user.deactivate'
  | 'user.reset-access'
  | 'user.set-password'
  | 'comment.create'
  | 'comment.reply'
  | 'comment.resolve'
  | 'comment.reopen'
  | 'paragraph.follow'
  | 'paragraph.unfollow'
  | 'deadline.set'
  | 'deadline.clear'
  | 'deadline.reopen'
  | 'silence.start'
  | 'silence.cancel'
  | 'silence.break'
  | 'silence.adopted'
  | 'silence.broken';

export interface AdministrationEvent {
  actor: Actor;
  /** The delegation the actor acted as (the Chair for a facilitator); defaults to their own. */
  delegationCode?: string;
  action: AdministrationAction;
  target: string;
  negotiationId?: string;
  draftId?: string;
  /** Never an invitation secret or a password. */
  detail?: Record<string, unknown>;
}

/** Appends one administration event to the audit, inside the caller's transaction so the act and its record agree. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, event: AdministrationEvent): Promise<void> {
  const operator = event.actor === 'operator';
  await tx.auditEvent.create({
    data: {
      actorId: operator ? operatorActorId : (event.actor as Exclude<Actor, 'operator'>).id,
      delegationCode: event.delegationCode ?? (operator ? '' : (event.actor as Exclude<Actor, 'operator'>).delegation.code),
      action: event.action,
      target: event.target,
      ...(event.negotiationId ? { negotiationId: event.negotiationId } : {}),
      ...(event.draftId ? { draftId: event.draftId } : {}),
      ...(event.detail ? { detail: JSON.stringify(event.detail) } : {}),
    },
  });
}
