import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, fr } from '@/test-support/messages';
import { detectRoomAnnouncements as detectWithWords, type Listener, type ProposalFacts, type RoomFacts } from './detect-room-announcements';

const labels = new Map([
  ['p1', 'PP1'],
  ['p2', '1.'],
  ['p3', '2.'],
]);

function room(proposals: ProposalFacts[] = [], frozen: string[] = []): RoomFacts {
  return { proposals: new Map(proposals.map((proposal) => [proposal.id, proposal])), frozen: new Set(frozen), labels };
}

function proposal(overrides: Partial<ProposalFacts> = {}): ProposalFacts {
  return {
    id: 'x1',
    kind: 'amend',
    paragraphId: 'p2',
    afterParagraphId: null,
    delegation: 'EU',
    delegationName: 'European Union',
    authorId: 'anna',
    status: 'open',
    ...overrides,
  };
}

const english = createTranslator({ locale: 'en', messages: en, namespace: 'announcer' });

function detectRoomAnnouncements(previous: RoomFacts, next: RoomFacts, listener: Listener) {
  return detectWithWords(previous, next, listener, english);
}

const mexicoInOp1: Listener = { userId: 'maria', delegation: 'MEX', paragraphId: 'p2', editsFrozen: false };

describe('detectRoomAnnouncements', () => {
  it('announces a new proposal on the paragraph the person is in', () => {
    expect(detectRoomAnnouncements(room(), room([proposal()]), mexicoInOp1)).toEqual([
      { key: 'proposal:x1', text: 'New proposal by the European Union on OP 1', urgency: 'polite' },
    ]);
  });

  it('says nothing about a proposal on another paragraph, or to someone in no paragraph', () => {
    expect(detectRoomAnnouncements(room(), room([proposal({ paragraphId: 'p3' })]), mexicoInOp1)).toEqual([]);
    expect(detectRoomAnnouncements(room(), room([proposal()]), { ...mexicoInOp1, paragraphId: null })).toEqual([]);
  });

  it('never announces a person their own proposal', () => {
    expect(detectRoomAnnouncements(room(), room([proposal({ authorId: 'maria', delegation: 'MEX' })]), mexicoInOp1)).toEqual([]);
  });

  it('counts a new paragraph proposed after the one the person is in', () => {
    const added = proposal({ kind: 'add', paragraphId: 'new', afterParagraphId: 'p2', delegationName: 'Japan' });
    expect(detectRoomAnnouncements(room(), room([added]), mexicoInOp1).map((a) => a.text)).toEqual([
      'New proposal by Japan for a new paragraph after OP 1',
    ]);
  });

  it("announces the facilitator's decision on the person's delegation's proposal, wherever they are", () => {
    const open = proposal({ delegation: 'MEX', delegationName: 'Mexico', authorId: 'maria' });
    const elsewhere = { ...mexicoInOp1, paragraphId: null };
    expect(detectRoomAnnouncements(room([open]), room([{ ...open, status: 'accepted', decidedBy: 'chair' }]), elsewhere)).toEqual([
      { key: 'decision:x1:accepted', text: "The facilitator accepted your delegation's proposal on OP 1", urgency: 'polite' },
    ]);
    expect(detectRoomAnnouncements(room([open]), room([{ ...open, status: 'rejected', decidedBy: 'chair' }]), elsewhere)[0]?.text).toBe(
      "The facilitator rejected your delegation's proposal on OP 1",
    );
  });

  it("says nothing of decisions on other delegations' proposals, withdrawals, or support", () => {
    const open = proposal();
    expect(detectRoomAnnouncements(room([open]), room([{ ...open, status: 'accepted', decidedBy: 'chair' }]), mexicoInOp1)).toEqual([]);
    const mine = proposal({ delegation: 'MEX' });
    expect(detectRoomAnnouncements(room([mine]), room([{ ...mine, status: 'withdrawn' }]), mexicoInOp1)).toEqual([]);
    expect(detectRoomAnnouncements(room([mine]), room([mine]), mexicoInOp1)).toEqual([]);
  });

  it('announces a freeze of the paragraph the person is in, assertively, and only that one', () => {
    expect(detectRoomAnnouncements(room(), room([], ['p2']), mexicoInOp1)).toEqual([
      { key: 'frozen:p2', text: 'OP 1 was frozen by the facilitator; you can no longer change it', urgency: 'assertive' },
    ]);
    expect(detectRoomAnnouncements(room(), room([], ['p3']), mexicoInOp1)).toEqual([]);
    expect(detectRoomAnnouncements(room([], ['p2']), room([], ['p2']), mexicoInOp1)).toEqual([]);
  });

  it('says nothing of a freeze to the facilitator, who can still change the paragraph', () => {
    expect(detectRoomAnnouncements(room(), room([], ['p2']), { ...mexicoInOp1, editsFrozen: true })).toEqual([]);
  });
});

describe('detectRoomAnnouncements in French', () => {
  it('says a new proposal and a freeze in French, keeping the document references', () => {
    const french = createTranslator({ locale: 'fr', messages: fr, namespace: 'announcer' });
    const before = room();
    const after = room([proposal()], ['p2']);
    expect(detectWithWords(before, after, mexicoInOp1, french).map((announcement) => announcement.text)).toEqual([
      'Nouvelle proposition de la délégation European Union sur OP 1',
      'OP 1 a été gelé par le facilitateur ; vous ne pouvez plus le modifier',
    ]);
  });
});
