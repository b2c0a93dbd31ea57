import type { AuditEventInput } from '@/lib/audit/audit-event';
import type { Db } from '@/server/db/client';
import { notifyPeople } from './notify-people';

interface ProposalDetail {
  kind?: string;
  paragraphId?: string;
  paragraph?: string | number | null;
  proposer?: string;
}

const kindWords: Record<string, string> = {
  amend: 'an amendment',
  alternative: 'an alternative',
  delete: 'a deletion',
  add: 'a new paragraph after',
  move: 'a move of',
};

function readDetail(detail: string): ProposalDetail {
  try {
    const parsed = JSON.parse(detail) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as ProposalDetail) : {};
  } catch {
    return {};
  }
}

/** The paragraph's label, or '' when the event names none. */
function readParagraphLabel(detail: ProposalDetail): string {
  return detail.paragraph !== undefined && detail.paragraph !== null && detail.paragraph !== '' ? String(detail.paragraph) : '';
}

function describeParagraph(label: string): string {
  return label === '' ? 'a paragraph' : `paragraph ${label}`;
}

/**
 * Tells people of proposals the realtime server recorded: a new one (tabled prepared proposals included) reaches the
 * delegations following its paragraph, and makes its proposer follow it (a delegation's own choice, "chosen" or
 * "muted", is kept); an acceptance or rejection reaches the proposing delegation. Runs after the audit rows are
 * durable; the dedupe key is the audit row, so a retried batch tells nobody twice.
 */
export async function notifyProposalEvents(db: Db, events: readonly AuditEventInput[]): Promise<number> {
  const relevant = events.filter(
    (event) => event.action === 'proposal.create' || event.action === 'proposal.accept' || event.action === 'proposal.reject',
  );
  if (relevant.length === 0) return 0;
  const draftIds = [...new Set(relevant.map((event) => event.draftId))];
  const drafts = await db.draft.findMany({ where: { id: { in: draftIds } }, select: { id: true, title: true, negotiationId: true } });
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  let written = 0;
  for (const event of relevant) {
    const draft = byId.get(event.draftId);
    if (!draft) continue;
    const detail = readDetail(event.detail);
    const label = readParagraphLabel(detail);
    const paragraph = describeParagraph(label);
    const link = detail.paragraphId ? `/drafts/${draft.id}#paragraph-${detail.paragraphId}` : `/drafts/${draft.id}`;
    if (event.action === 'proposal.create') {
      const proposer = detail.proposer || event.delegationCode;
      if (detail.paragraphId) {
        written += await notifyPeople(db, {
          negotiationId: draft.negotiationId,
          draftId: draft.id,
          kind: 'proposal.created',
          title: `${proposer} proposed ${kindWords[detail.kind ?? ''] ?? 'a change'} to ${paragraph}`,
          message: {
            key: 'proposalCreated',
            values: { delegation: proposer, kind: detail.kind && detail.kind in kindWords ? detail.kind : 'other', paragraph: label },
          },
          body: draft.title,
          link,
          actorDelegation: proposer,
          audience: { followersOf: { draftId: draft.id, paragraphId: detail.paragraphId } },
          dedupeKey: `proposal.created:${event.target}`,
        });
        // A delegation that proposed on a paragraph hears of what others propose there, unless it chose otherwise.
        await db.paragraphFollow.upsert({
          where: { draftId_paragraphId_delegationCode: { draftId: draft.id, paragraphId: detail.paragraphId, delegationCode: proposer } },
          create: { draftId: draft.id, paragraphId: detail.paragraphId, delegationCode: proposer, reason: 'proposed' },
          update: {},
        });
      }
      continue;
    }
    const proposer = detail.proposer;
    if (!proposer) continue;
    const outcome = event.action === 'proposal.accept' ? 'accepted' : 'rejected';
    written += await notifyPeople(db, {
      negotiationId: draft.negotiationId,
      draftId: draft.id,
      kind: 'proposal.decided',
      title: `Your proposal on ${paragraph} was ${outcome}`,
      message: { key: 'proposalDecided', values: { paragraph: label, outcome } },
      body: draft.title,
      link,
      actorDelegation: event.delegationCode,
      audience: { delegations: [proposer] },
      dedupeKey: `proposal.decided:${event.target}:${outcome}`,
    });
  }
  return written;
}
