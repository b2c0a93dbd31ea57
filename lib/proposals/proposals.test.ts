import { describe, expect, it } from 'vitest';
import { exchangeUpdates as exchange, replicateDoc } from '@/test-support/yjs-sync';
import type * as Y from 'yjs';
import { createDraftDoc, getParagraph, getParagraphContent, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import {
  findContestedParagraphs,
  acceptAllProposals,
  acceptProposal,
  bracketParagraph,
  bracketText,
  clearPosition,
  createProposal,
  findAttributionAt,
  objectToProposal,
  readDraftMode,
  readProposalCounts,
  readProposals,
  rejectAllProposals,
  rejectProposal,
  setDraftMode,
  supportProposal,
  withdrawProposal,
  type ProposalInit,
} from './index';

function createBaseDoc(): Y.Doc {
  return createDraftDoc({
    title: 't',
    body: 'b',
    chapeau: 'c',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
      { kind: 'operative', text: 'Requests the secretariat to report.', lead: 'Requests' },
    ],
  });
}

function createPeers(): [Y.Doc, Y.Doc] {
  const a = createBaseDoc();
  return [a, replicateDoc(a)];
}

const eu = { delegation: 'EU', delegationName: 'European Union', authorId: 'u-eu', authorName: 'Eva' };
const col = { delegation: 'COL', delegationName: 'Colombia', authorId: 'u-col', authorName: 'Carlos' };

function propose(doc: Y.Doc, init: Partial<ProposalInit> & Pick<ProposalInit, 'kind'>, who = eu, at = 0): string {
  return createProposal(doc, { ...who, now: new Date(Date.UTC(2026, 10, 22, 9, 0, at)), ...init });
}

function readTexts(doc: Y.Doc): string[] {
  return readDraftSnapshot(doc).paragraphs.map((p) => p.text);
}

function typeInto(doc: Y.Doc, id: string, at: number, text: string): void {
  const block = getParagraphContent(getParagraph(doc, id)).get(0) as Y.XmlElement;
  (block.get(0) as Y.XmlText).insert(at, text, {});
}

describe('draft mode', () => {
  it('defaults to drafting and syncs a switch to negotiation', () => {
    const [a, b] = createPeers();
    expect(readDraftMode(a)).toBe('drafting');
    setDraftMode(a, 'negotiation');
    exchange(a, b);
    expect(readDraftMode(b)).toBe('negotiation');
    expect(() => setDraftMode(a, 'chaos' as never)).toThrow(/Unknown draft mode/);
  });
});

describe('proposals', () => {
  it('creates records with labels, alternative numbering and word ops, and syncs them', () => {
    const [a, b] = createPeers();
    const [, urges] = readParagraphOrder(a) as [string, string, string];
    const amend = propose(a, { kind: 'amend', paragraphId: urges, text: 'Urges all States parties to act swiftly;' });
    const alt1 = propose(a, { kind: 'alternative', paragraphId: urges, text: 'Calls upon States to act;' }, col, 1);
    const alt2 = propose(a, { kind: 'alternative', paragraphId: urges, text: 'Invites States to act;' }, eu, 2);
    exchange(a, b);
    const views = readProposals(b);
    expect(views.map((v) => [v.id, v.label, v.alternative])).toEqual([
      [amend, 'EU 1', undefined],
      [alt1, 'COL 1', 'bis'],
      [alt2, 'EU 2', 'ter'],
    ]);
    expect(views[0]).toMatchObject({
      kind: 'amend',
      paragraphId: urges,
      delegation: 'EU',
      delegationName: 'European Union',
      authorName: 'Eva',
      baseText: 'Urges States parties to act;',
      status: 'open',
      supporters: [],
      objectors: [],
      afterParagraphId: null,
      createdAt: '2026-11-22T09:00:00.000Z',
      paragraphExists: true,
    });
    expect(views[0]!.ops).toEqual([
      [0, 'Urges '],
      [1, 'all '],
      [0, 'States parties to act '],
      [1, 'swiftly'],
      [0, ';'],
    ]);
  });

  it('keeps one position per delegation and merges concurrent positions', () => {
    const [a, b] = createPeers();
    const id = propose(a, { kind: 'delete', paragraphId: readParagraphOrder(a)[2]! });
    exchange(a, b);
    supportProposal(a, id, 'COL');
    objectToProposal(b, id, 'USA');
    exchange(a, b);
    expect(readProposals(a)[0]).toMatchObject({ supporters: ['COL'], objectors: ['USA'] });
    objectToProposal(a, id, 'COL');
    expect(readProposals(a)[0]).toMatchObject({ supporters: [], objectors: ['COL', 'USA'] });
    supportProposal(b, id, 'USA');
    exchange(a, b);
    expect(readProposals(b)[0]).toMatchObject({ supporters: ['USA'], objectors: ['COL'] });
    clearPosition(a, id, 'USA');
    exchange(a, b);
    expect(readProposals(b)[0]).toMatchObject({ supporters: [], objectors: ['COL'] });
  });

  it('accepts an amendment as a word edit: a concurrent keystroke survives and new words are attributed', () => {
    const [a, b] = createPeers();
    const urges = readParagraphOrder(a)[1]!;
    const id = propose(a, { kind: 'amend', paragraphId: urges, text: 'Urges all States parties to act swiftly;' });
    exchange(a, b);
    acceptProposal(a, id, { decidedBy: 'u-chair', now: new Date('2026-11-22T10:00:00Z') });
    // Someone types in the same paragraph at the same time, before seeing the acceptance.
    typeInto(b, urges, 'Urges States parties'.length, ' concerned');
    exchange(a, b);
    expect(readTexts(a)[1]).toBe('Urges all States parties concerned to act swiftly;');
    expect(readTexts(b)).toEqual(readTexts(a));
    expect(readProposals(b)[0]).toMatchObject({ status: 'accepted', decidedBy: 'u-chair', decidedAt: '2026-11-22T10:00:00.000Z' });
    expect(findAttributionAt(b, urges, 'Urges a'.length)).toMatchObject({ id, delegation: 'EU', label: 'EU 1' });
    expect(findAttributionAt(b, urges, 1)).toBeNull();
    expect(findAttributionAt(b, urges, 'Urges all States parties conc'.length)).toBeNull();
    const content = readDraftSnapshot(b).paragraphs[1]!.content as unknown as {
      content: { content: { text: string; marks?: unknown[] }[] }[];
    };
    const runs = content.content[0]!.content;
    expect(runs[0]).toEqual({ type: 'text', text: 'Urges', marks: [{ type: 'italic' }] });
    expect(runs.find((run) => run.text === 'all ')?.marks).toEqual([{ type: 'attribution', attrs: { proposalId: id, delegation: 'EU' } }]);
    expect(() => acceptProposal(a, id, { decidedBy: 'u-chair' })).toThrow(/not open/);
  });

  it('applies add, delete and move proposals to the text', () => {
    const doc = createBaseDoc();
    const [recalling, urges, requests] = readParagraphOrder(doc) as [string, string, string];
    const add = propose(doc, { kind: 'add', afterParagraphId: urges, text: 'Decides to remain seized;' });
    const top = propose(doc, { kind: 'add', afterParagraphId: null, paragraphKind: 'preambular', text: 'Guided by the Charter,' }, col, 1);
    const move = propose(doc, { kind: 'move', paragraphId: requests, afterParagraphId: recalling }, eu, 2);
    const del = propose(doc, { kind: 'delete', paragraphId: recalling }, col, 3);
    const added = readProposals(doc)[0]!;
    expect(added.paragraphExists).toBe(false);
    acceptProposal(doc, add, { decidedBy: 'chair' });
    acceptProposal(doc, top, { decidedBy: 'chair' });
    expect(readTexts(doc)).toEqual([
      'Guided by the Charter,',
      'Recalling its resolution 10/3,',
      'Urges States parties to act;',
      'Decides to remain seized;',
      'Requests the secretariat to report.',
    ]);
    expect(readParagraphOrder(doc)[3]).toBe(added.paragraphId);
    expect(readDraftSnapshot(doc).paragraphs.map((p) => p.number)).toEqual(['PP1', 'PP2', '1', '2', '3']);
    expect(findAttributionAt(doc, added.paragraphId, 0)).toMatchObject({ id: add });
    acceptProposal(doc, move, { decidedBy: 'chair' });
    expect(readParagraphOrder(doc).slice(1, 3)).toEqual([recalling, requests]);
    acceptProposal(doc, del, { decidedBy: 'chair' });
    expect(readParagraphOrder(doc)).not.toContain(recalling);
    expect(readProposals(doc).every((p) => p.status === 'accepted')).toBe(true);
  });

  it('rejects and withdraws without touching the text', () => {
    const doc = createBaseDoc();
    const before = readTexts(doc);
    const urges = readParagraphOrder(doc)[1]!;
    const a = propose(doc, { kind: 'amend', paragraphId: urges, text: 'Urges nobody;' });
    const b = propose(doc, { kind: 'delete', paragraphId: urges }, col, 1);
    rejectProposal(doc, a, { decidedBy: 'chair' });
    withdrawProposal(doc, b);
    expect(readTexts(doc)).toEqual(before);
    expect(readProposals(doc).map((p) => p.status)).toEqual(['rejected', 'withdrawn']);
    expect(() => withdrawProposal(doc, a)).toThrow(/not open/);
    expect(() => rejectProposal(doc, 'nope', { decidedBy: 'chair' })).toThrow(/No proposal/);
  });

  it('accepts or rejects all open proposals of a paragraph or a delegation', () => {
    const doc = createBaseDoc();
    const [recalling, urges, requests] = readParagraphOrder(doc) as [string, string, string];
    const x = propose(doc, { kind: 'amend', paragraphId: urges, text: 'Urges States to act;' });
    const y = propose(doc, { kind: 'delete', paragraphId: urges }, col, 1);
    const z = propose(doc, { kind: 'amend', paragraphId: urges, text: 'Urges all States to act;' }, col, 2);
    const w = propose(doc, { kind: 'amend', paragraphId: requests, text: 'Requests the Secretary-General to report.' }, col, 3);
    const v = propose(doc, { kind: 'amend', paragraphId: recalling, text: 'Recalling also its resolution 10/3,' }, eu, 4);
    expect(rejectAllProposals(doc, { delegation: 'EU', paragraphId: recalling }, 'chair')).toEqual([v]);
    // The first amendment goes in; the deletion and the other amendment were written against the text it changed,
    // so they are overtaken and stay open for their delegations to update or withdraw.
    expect(acceptAllProposals(doc, { paragraphId: urges }, 'chair')).toEqual([x]);
    expect(
      readProposals(doc)
        .filter((p) => p.status === 'open')
        .map((p) => [p.id, p.overtaken, p.applies]),
    ).toEqual([
      [y, true, false],
      [z, true, false],
      [w, false, true],
    ]);
    expect(acceptAllProposals(doc, { delegation: 'COL' }, 'chair')).toEqual([w]);
    expect(readTexts(doc)).toEqual(['Recalling its resolution 10/3,', 'Urges States to act;', 'Requests the Secretary-General to report.']);
  });

  it('brackets text ranges and whole paragraphs, and counts', () => {
    const doc = createBaseDoc();
    const [recalling, urges, requests] = readParagraphOrder(doc) as [string, string, string];
    bracketText(doc, urges, 'Urges '.length, 'Urges States parties'.length);
    expect(readTexts(doc)[1]).toBe('Urges [States parties] to act;');
    bracketParagraph(doc, requests);
    expect(readTexts(doc)[2]).toBe('[Requests the secretariat to report.]');
    expect(readDraftSnapshot(doc).paragraphs[2]!.status).toBe('bracketed');
    expect(() => bracketText(doc, urges, 5, 500)).toThrow(RangeError);
    const id = propose(doc, { kind: 'amend', paragraphId: urges, text: 'Urges all;' });
    propose(doc, { kind: 'delete', paragraphId: recalling }, col, 1);
    objectToProposal(doc, id, 'COL');
    // Contested: "Urges" (bracketed words and an objection) and the bracketed "Requests"; not the unopposed deletion.
    expect(readProposalCounts(doc)).toEqual({ open: 2, contestedParagraphs: 2, brackets: 2, agreedParagraphs: 0 });
    expect(findContestedParagraphs(doc)).toEqual(new Set([urges, requests]));
  });
});
