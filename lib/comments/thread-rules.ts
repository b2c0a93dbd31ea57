import { can, type Role } from '@/lib/auth/permissions';

/** What the rules need to know of a thread. */
export interface ThreadStanding {
  delegationCode: string;
  internal: boolean;
}

/** Who is asking: their role here and the delegation they act as (the Chair for a facilitator). */
export interface CommentViewer {
  role: Role;
  delegationCode: string;
}

/** An internal thread is its delegation's unpublished work: no one else sees it, the facilitator included. */
export function canSeeThread(thread: ThreadStanding, viewer: CommentViewer): boolean {
  return !thread.internal || thread.delegationCode === viewer.delegationCode;
}

/** Resolving and reopening belong to the delegation that opened the thread, and to the facilitator for shared ones. */
export function canSettleThread(thread: ThreadStanding, viewer: CommentViewer): boolean {
  if (!canSeeThread(thread, viewer)) return false;
  if (thread.delegationCode === viewer.delegationCode) return can(viewer.role, 'comment:write') || can(viewer.role, 'comment:moderate');
  return can(viewer.role, 'comment:moderate');
}

/**
 * Mentions in an internal thread would tell another delegation of unpublished work, and the own delegation already
 * reads it: they are kept as text and notify nobody.
 */
export function keepAudibleMentions(thread: ThreadStanding, mentions: readonly string[]): string[] {
  return thread.internal ? [] : [...mentions];
}
