import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { captureUpdate as capture, replicateDoc as replicate } from '@/test-support/yjs-sync';
import { createDraftDoc, readParagraphOrder } from '@/lib/draft';
import type { DraftDeadline } from '@/lib/deadlines/proposal-deadline';
import { acceptProposal, createProposal, setDraftMode, supportProposal } from '@/lib/proposals';
import type { ConnectionIdentity } from '../authenticate';
import { judgeUpdate } from '../judge-update';
import type { DeadlineContext } from './rule';

const eu: ConnectionIdentity = { userId: 'u-eu', negotiationId: 'n1', delegationCode: 'EU', role: 'delegate', readOnly: false };
const col: ConnectionIdentity = { userId: 'u-col', negotiationId: 'n1', delegationCode: 'COL', role: 'delegate', readOnly: false };
const chair: ConnectionIdentity = { userId: 'u-chair', negotiationId: 'n1', delegationCode: 'CHAIR', role: 'facilitator', readOnly: false };

function createServerDoc(): Y.Doc {
  const doc = createDraftDoc({
    title: 't',
    body: 'b',
    chapeau: 'c',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolutions;' },
      { kind: 'operative', text: 'Urges States to act;' },
      { kind: 'operative', text: 'Decides to remain seized;' },
    ],
  });
  setDraftMode(doc, 'negotiation');
  return doc;
}

function propose(doc: Y.Doc, who: ConnectionIdentity, paragraphId: string): string {
  return createProposal(doc, {
    kind: 'amend',
    paragraphId,
    text: 'Urges all States to act;',
    delegation: who.delegationCode,
    delegationName: who.delegationCode,
    authorId: who.userId,
    authorName: 'Someone',
  });
}

const now = Date.parse('2026-11-27T17:00:00Z');

function context(deadlines: DraftDeadline[], at = now): { deadlines: DeadlineContext } {
  return { deadlines: { deadlines, timeZone: 'Europe/Vienna', now: at } };
}

function deadline(paragraphId: string, closesAt: string, reopenedAt: string | null = null): DraftDeadline {
  return { id: `d-${paragraphId || 'draft'}`, paragraphId, closesAt, note: '', reopenedAt };
}

describe('deadlines rule', () => {
  it('refuses a new proposal on a paragraph whose deadline has passed, naming it and the time in the negotiation zone', () => {
    const server = createServerDoc();
    const [, op1, op2] = readParagraphOrder(server) as [string, string, string];
    const client = replicate(server);
    const update = capture(client, () => propose(client, eu, op2));
    const closed = context([deadline(op2, '2026-11-27T17:00:00.000Z')]);
    expect(judgeUpdate(server, update, eu, closed)).toMatchObject({
      rule: 'deadlines',
      reason: 'Proposals on OP 2 closed at 18:00 Vienna time (27 Nov 2026); ask the facilitator to reopen them.',
    });
    // Before its time, on another paragraph, once reopened, or with no deadlines read: accepted.
    expect(judgeUpdate(server, update, eu, context([deadline(op2, '2026-11-27T17:00:00.001Z')]))).toBeNull();
    const other = replicate(server);
    expect(
      judgeUpdate(
        server,
        capture(other, () => propose(other, eu, op1)),
        eu,
        closed,
      ),
    ).toBeNull();
    expect(judgeUpdate(server, update, eu, context([deadline(op2, '2026-11-27T16:00:00.000Z', '2026-11-27T16:30:00.000Z')]))).toBeNull();
    expect(judgeUpdate(server, update, eu)).toBeNull();
  });

  it('closes every paragraph for a draft-wide deadline, new paragraphs included', () => {
    const server = createServerDoc();
    const [pp1] = readParagraphOrder(server) as [string];
    const client = replicate(server);
    const closed = context([deadline('', '2026-11-27T16:59:00.000Z')]);
    const amend = capture(client, () => propose(client, eu, pp1));
    expect(judgeUpdate(server, amend, eu, closed)?.reason).toBe(
      'Proposals on this draft closed at 17:59 Vienna time (27 Nov 2026); ask the facilitator to reopen them.',
    );
  });

  it('lets positions and decisions on proposals made before the deadline through', () => {
    const server = createServerDoc();
    const [, op1] = readParagraphOrder(server) as [string, string];
    const id = propose(server, eu, op1);
    const closed = context([deadline('', '2026-11-27T16:00:00.000Z')]);
    const supporter = replicate(server);
    expect(
      judgeUpdate(
        server,
        capture(supporter, () => supportProposal(supporter, id, col.delegationCode)),
        col,
        closed,
      ),
    ).toBeNull();
    const facilitator = replicate(server);
    const decision = capture(facilitator, () => acceptProposal(facilitator, id, { decidedBy: chair.userId }));
    expect(judgeUpdate(server, decision, chair, closed)).toBeNull();
  });
});
