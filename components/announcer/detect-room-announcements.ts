import { nameInSentence, speakParagraphLabel, type ProposalKind, type ProposalStatus } from '@/lib/proposals';
import type { Announcement } from './announcer-store';

/** The room's words for announcements (messages' announcer namespace), so each person hears them in their language. */
export type AnnouncementWords = (key: AnnouncementKey, values: Record<string, string>) => string;

export type AnnouncementKey =
  | 'newProposal'
  | 'decision'
  | 'frozen'
  | 'frozenUnlabelled'
  | 'whereOn'
  | 'whereAfter'
  | 'whereNew'
  | 'whereGone';

/** The part of a proposal the room's announcements look at. */
export interface ProposalFacts {
  id: string;
  kind: ProposalKind;
  paragraphId: string;
  afterParagraphId: string | null;
  delegation: string;
  delegationName: string;
  authorId: string;
  status: ProposalStatus;
  decidedBy?: string;
}

export interface RoomFacts {
  proposals: ReadonlyMap<string, ProposalFacts>;
  frozen: ReadonlySet<string>;
  labels: ReadonlyMap<string, string>;
}

export interface Listener {
  userId: string;
  delegation: string;
  /** The paragraph the person is in (focus or caret), or null when they are elsewhere. */
  paragraphId: string | null;
  /** The facilitator may change a frozen paragraph, so a freeze stops nothing they do. */
  editsFrozen: boolean;
}

function whereOf(proposal: ProposalFacts, labels: ReadonlyMap<string, string>, say: AnnouncementWords): string {
  const label = labels.get(proposal.paragraphId);
  if (label && proposal.kind !== 'add') return say('whereOn', { label: speakParagraphLabel(label) });
  const after = proposal.afterParagraphId ? labels.get(proposal.afterParagraphId) : undefined;
  if (proposal.kind === 'add') return after ? say('whereAfter', { label: speakParagraphLabel(after) }) : say('whereNew', {});
  return label ? say('whereOn', { label: speakParagraphLabel(label) }) : say('whereGone', {});
}

function concerns(proposal: ProposalFacts, paragraphId: string | null): boolean {
  if (paragraphId === null) return false;
  return proposal.paragraphId === paragraphId || (proposal.kind === 'add' && proposal.afterParagraphId === paragraphId);
}

/**
 * What is worth saying to one person about a change in the room, and nothing else: a new proposal by someone
 * else on the paragraph they are in, a decision by someone else on their delegation's proposal, and a freeze
 * of the paragraph they are in when it stops them. Their own actions are never announced back to them.
 */
export function detectRoomAnnouncements(previous: RoomFacts, next: RoomFacts, listener: Listener, say: AnnouncementWords): Announcement[] {
  const announcements: Announcement[] = [];
  for (const proposal of next.proposals.values()) {
    const before = previous.proposals.get(proposal.id);
    if (!before) {
      if (proposal.authorId !== listener.userId && concerns(proposal, listener.paragraphId)) {
        announcements.push({
          key: `proposal:${proposal.id}`,
          text: say('newProposal', {
            // English puts "the" before some delegations' names; the other languages' messages ignore it.
            article: nameInSentence(proposal.delegationName) === proposal.delegationName ? 'none' : 'the',
            delegation: proposal.delegationName,
            where: whereOf(proposal, next.labels, say),
          }),
          urgency: 'polite',
        });
      }
      continue;
    }
    const decided = before.status === 'open' && (proposal.status === 'accepted' || proposal.status === 'rejected');
    if (decided && proposal.delegation === listener.delegation && proposal.decidedBy !== listener.userId) {
      announcements.push({
        key: `decision:${proposal.id}:${proposal.status}`,
        text: say('decision', { status: proposal.status, where: whereOf(proposal, next.labels, say) }),
        urgency: 'polite',
      });
    }
  }
  const here = listener.paragraphId;
  if (here !== null && !listener.editsFrozen && next.frozen.has(here) && !previous.frozen.has(here)) {
    const label = next.labels.get(here);
    announcements.push({
      key: `frozen:${here}`,
      text: label ? say('frozen', { label: speakParagraphLabel(label) }) : say('frozenUnlabelled', {}),
      urgency: 'assertive',
    });
  }
  return announcements;
}
