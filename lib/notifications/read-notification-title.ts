import type { NotificationMessage } from './notification-message';

/**
 * Notifications written before their message was stored (messageKey and params, see notification-message.ts) have
 * only an English title. For the known kinds that title was built from a fixed pattern, so its values (delegation,
 * paragraph label, draft title) can be read back and said again in the person's language (messages:
 * notificationKinds). Kept for those old rows: a migration cannot backfill the values, as SQL cannot parse the
 * titles. A title that matches no pattern is shown as stored.
 */
export type NotificationTitleParts = NotificationMessage;

const proposalKinds: Record<string, string> = {
  'an amendment': 'amend',
  'an alternative': 'alternative',
  'a deletion': 'delete',
  'a new paragraph after': 'add',
  'a move of': 'move',
  'a change': 'other',
};

/** "paragraph OP 2" keeps its label (a document reference); "a paragraph" names none. */
function readParagraph(words: string): string | null {
  if (words === 'a paragraph') return '';
  return words.startsWith('paragraph ') ? words.slice('paragraph '.length) : null;
}

type Reader = (title: string) => NotificationTitleParts | null;

const readers: Record<string, Reader> = {
  'proposal.created': (title) => {
    const match = /^(.+?) proposed (an amendment|an alternative|a deletion|a new paragraph after|a move of|a change) to (.+)$/.exec(title);
    const paragraph = match ? readParagraph(match[3]!) : null;
    if (!match || paragraph === null) return null;
    return { key: 'proposalCreated', values: { delegation: match[1]!, kind: proposalKinds[match[2]!]!, paragraph } };
  },
  'proposal.decided': (title) => {
    const match = /^Your proposal on (.+) was (accepted|rejected)$/.exec(title);
    const paragraph = match ? readParagraph(match[1]!) : null;
    if (!match || paragraph === null) return null;
    return { key: 'proposalDecided', values: { paragraph, outcome: match[2]! } };
  },
  'revision.issued': (title) => {
    const match = /^(.+?) of "(.+)" was issued$/.exec(title);
    return match ? { key: 'revisionIssued', values: { revision: match[1]!, draft: match[2]! } } : null;
  },
  mention: (title) => {
    const match = /^(.+?) mentioned your delegation in a comment on “(.+)”$/.exec(title);
    return match ? { key: 'mention', values: { delegation: match[1]!, draft: match[2]! } } : null;
  },
  'comment.created': (title) => {
    const match = /^(.+?) commented on a paragraph you follow in “(.+)”$/.exec(title);
    return match ? { key: 'commentCreated', values: { delegation: match[1]!, draft: match[2]! } } : null;
  },
  'silence.started': (title) => {
    const match = /^Silence procedure on (.+)$/.exec(title);
    return match ? { key: 'silenceStarted', values: { paragraphs: match[1]! } } : null;
  },
  'silence.broken': (title) => {
    const match = /^Silence broken by (.+)$/.exec(title);
    return match ? { key: 'silenceBroken', values: { delegation: match[1]! } } : null;
  },
  'silence.adopted': (title) => {
    const match = /^(.+): adopted under silence procedure$/.exec(title);
    return match ? { key: 'silenceAdopted', values: { paragraphs: match[1]! } } : null;
  },
};

/** The message and values a stored title says, or null when its kind or wording is not one known here. */
export function readNotificationTitle(kind: string, title: string): NotificationTitleParts | null {
  return readers[kind]?.(title) ?? null;
}
