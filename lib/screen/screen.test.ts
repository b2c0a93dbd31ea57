import { describe, expect, it } from 'vitest';
import { createDraftDoc, readParagraphOrder, setParagraphStatus } from '@/lib/draft';
import { createProposal, readCompilation, type ProposalInit } from '@/lib/proposals';
import { describeScreenProposal } from './describe-screen-proposal';
import { noteFacilitatorMoves, pickFollowedPerson, type PresenceSighting } from './pick-followed-person';
import { readScreenText } from './read-screen-text';
import { splitBrackets } from './split-brackets';

const eu = { delegation: 'EU', delegationName: 'European Union', authorId: 'u-eu', authorName: 'Eva' };

function createBaseDoc() {
  return createDraftDoc({
    title: 'Oceans',
    body: 'The Conference of the Parties,',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges all States parties to act [by 2030];', lead: 'Urges' },
      { kind: 'subparagraph', text: 'By sharing information;', depth: 1 },
    ],
  });
}

function propose(doc: ReturnType<typeof createBaseDoc>, init: Partial<ProposalInit> & Pick<ProposalInit, 'kind'>): string {
  return createProposal(doc, { ...eu, now: new Date(Date.UTC(2026, 10, 26, 9)), ...init });
}

describe('splitBrackets', () => {
  it('sets bracketed runs apart, nested ones inside the outer run, an unclosed one to the end', () => {
    expect(splitBrackets('Urges [all] States [to [act]] now')).toEqual([
      { text: 'Urges ', bracketed: false },
      { text: '[all]', bracketed: true },
      { text: ' States ', bracketed: false },
      { text: '[to [act]]', bracketed: true },
      { text: ' now', bracketed: false },
    ]);
    expect(splitBrackets('Plain text')).toEqual([{ text: 'Plain text', bracketed: false }]);
    expect(splitBrackets('Open [bracket')).toEqual([
      { text: 'Open ', bracketed: false },
      { text: '[bracket', bracketed: true },
    ]);
    expect(splitBrackets('')).toEqual([]);
  });
});

describe('readScreenText', () => {
  it('reads numbers, refs, leads, brackets, statuses and open proposals as sentences under their paragraph', () => {
    const doc = createBaseDoc();
    const [pp1, op1, sub] = readParagraphOrder(doc) as [string, string, string];
    setParagraphStatus(doc, op1, 'bracketed');
    propose(doc, { kind: 'amend', paragraphId: op1, text: 'Urges some States parties to act [by 2030];' });
    propose(doc, { kind: 'delete', paragraphId: sub });
    propose(doc, { kind: 'add', afterParagraphId: null, text: 'Noting the report,', paragraphKind: 'preambular' });

    const screen = readScreenText(doc);
    expect(screen.title).toBe('Oceans');
    expect(screen.atStart.map((proposal) => proposal.sentence)).toEqual([
      'European Union proposes a new paragraph at the start of the text: “Noting the report,”',
    ]);
    expect(screen.paragraphs.map((paragraph) => [paragraph.id, paragraph.number, paragraph.ref, paragraph.status])).toEqual([
      [pp1, 'PP1', 'PP1', 'open'],
      [op1, '1', '1', 'bracketed'],
      [sub, '(a)', '1(a)', 'open'],
    ]);
    const op = screen.paragraphs[1]!;
    expect(op.lead).toBe('Urges');
    expect(op.segments).toEqual([
      { text: ' all States parties to act ', bracketed: false },
      { text: '[by 2030]', bracketed: true },
      { text: ';', bracketed: false },
    ]);
    expect(op.proposals).toEqual([
      expect.objectContaining({ label: 'EU 1', delegation: 'EU', sentence: 'European Union proposes to replace “all” with “some”' }),
    ]);
    expect(screen.paragraphs[2]!.proposals.map((proposal) => proposal.sentence)).toEqual([
      'European Union proposes to delete the paragraph',
    ]);
    expect(screen.paragraphs[0]!.proposals).toEqual([]);
  });
});

describe('describeScreenProposal', () => {
  it('reads insertions, deletions, several changes, and many changes as the whole new wording', () => {
    const doc = createBaseDoc();
    const [pp1, op1] = readParagraphOrder(doc) as [string, string];
    propose(doc, { kind: 'amend', paragraphId: pp1, text: 'Recalling also its resolution 10/3,' });
    propose(doc, { kind: 'amend', paragraphId: op1, text: 'Urges some States parties to act quickly [by 2030];' });
    propose(doc, { kind: 'amend', paragraphId: op1, text: 'Urges the States to act now [by 2025] and report.' });
    propose(doc, { kind: 'alternative', paragraphId: op1, text: 'Calls upon States to act;' });
    const entries = readCompilation(doc, { all: false }).flatMap((group) => group.entries);
    expect(entries.map(describeScreenProposal)).toEqual([
      'European Union proposes to insert “also”',
      'European Union proposes to replace “all” with “some” and insert “quickly”',
      'European Union proposes to read: “Urges the States to act now [by 2025] and report.”',
      'European Union proposes an alternative (1 bis): “Calls upon States to act;”',
    ]);
  });
});

describe('pickFollowedPerson', () => {
  const chair = (clientId: number, paragraphId: string | null, name = 'Carla'): PresenceSighting => ({
    clientId,
    name,
    role: 'facilitator',
    delegation: { code: 'CHAIR', name: 'Chair' },
    paragraphId,
  });
  const delegate: PresenceSighting = {
    clientId: 1,
    name: 'Eva',
    role: 'delegate',
    delegation: { code: 'EU', name: 'European Union' },
    paragraphId: 'p-9',
  };

  it('follows no one when no facilitator is in the room, whoever else is', () => {
    expect(pickFollowedPerson([delegate], noteFacilitatorMoves(new Map(), [delegate], 1))).toBeNull();
  });

  it('follows the facilitator who moved last, and keeps their last paragraph when they leave it for none', () => {
    let moves = noteFacilitatorMoves(new Map(), [delegate, chair(5, 'p-1'), chair(7, null, 'Dan')], 1);
    expect(pickFollowedPerson([delegate, chair(5, 'p-1'), chair(7, null, 'Dan')], moves)).toMatchObject({
      clientId: 5,
      name: 'Carla',
      delegationName: 'Chair',
      paragraphId: 'p-1',
    });
    let entries = [delegate, chair(5, 'p-1'), chair(7, 'p-3', 'Dan')];
    moves = noteFacilitatorMoves(moves, entries, 2);
    expect(pickFollowedPerson(entries, moves)).toMatchObject({ clientId: 7, paragraphId: 'p-3' });
    entries = [delegate, chair(5, 'p-1'), chair(7, null, 'Dan')];
    moves = noteFacilitatorMoves(moves, entries, 3);
    expect(pickFollowedPerson(entries, moves)).toMatchObject({ clientId: 7, paragraphId: 'p-3' });
    entries = [delegate, chair(5, 'p-2'), chair(7, null, 'Dan')];
    moves = noteFacilitatorMoves(moves, entries, 4);
    expect(pickFollowedPerson(entries, moves)).toMatchObject({ clientId: 5, paragraphId: 'p-2' });
    entries = [delegate, chair(7, null, 'Dan')];
    moves = noteFacilitatorMoves(moves, entries, 5);
    expect(pickFollowedPerson(entries, moves)).toMatchObject({ clientId: 7, paragraphId: 'p-3' });
  });

  it('follows a facilitator who has not yet been in any paragraph, with none highlighted', () => {
    const entries = [chair(4, null)];
    expect(pickFollowedPerson(entries, noteFacilitatorMoves(new Map(), entries, 1))).toMatchObject({ clientId: 4, paragraphId: null });
  });
});
