import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDraftDoc, deleteParagraph, readParagraphOrder, setParagraphStatus } from '@/lib/draft';
import {
  acceptProposal,
  createProposal,
  objectToProposal,
  readCompilation,
  rejectProposal,
  supportProposal,
  updateProposal,
  withdrawProposal,
  type ProposalInit,
} from './index';

const eu = { delegation: 'EU', delegationName: 'European Union', authorId: 'u-eu', authorName: 'Eva' };
const col = { delegation: 'COL', delegationName: 'Colombia', authorId: 'u-col', authorName: 'Carlos' };

function createBaseDoc(): Y.Doc {
  return createDraftDoc({
    title: 't',
    body: 'b',
    chapeau: 'c',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
      { kind: 'subparagraph', text: 'By sharing information;', depth: 1 },
      { kind: 'operative', text: 'Requests the secretariat to report.', lead: 'Requests' },
    ],
  });
}

function propose(doc: Y.Doc, init: Partial<ProposalInit> & Pick<ProposalInit, 'kind'>, who = eu, at = 0): string {
  return createProposal(doc, { ...who, now: new Date(Date.UTC(2026, 10, 22, 9, 0, at)), ...init });
}

const chair = { decidedBy: 'u-chair' };

describe('readCompilation', () => {
  it('groups proposals by paragraph in the order of the text, with the current text, its lead and status, and each change marked', () => {
    const doc = createBaseDoc();
    const [pp1, op1, sub, op2] = readParagraphOrder(doc) as [string, string, string, string];
    setParagraphStatus(doc, pp1, 'agreed-ad-ref');
    const deletion = propose(doc, { kind: 'delete', paragraphId: op2 }, col, 1);
    const amendment = propose(doc, { kind: 'amend', paragraphId: op1, text: 'Urges all States parties to act now;' }, eu, 2);
    propose(doc, { kind: 'alternative', paragraphId: op1, text: 'Calls upon States to act;' }, col, 3);
    propose(doc, { kind: 'add', afterParagraphId: sub, text: 'Invites donors to contribute;', paragraphKind: 'operative' }, eu, 4);
    propose(doc, { kind: 'move', paragraphId: pp1, afterParagraphId: op2 }, col, 5);
    propose(doc, { kind: 'add', afterParagraphId: null, text: 'Recalling also its decision 11/5,', paragraphKind: 'preambular' }, col, 6);
    supportProposal(doc, amendment, 'COL');
    objectToProposal(doc, amendment, 'USA');
    supportProposal(doc, deletion, 'EU');

    const groups = readCompilation(doc, { all: false });
    expect(groups.map((group) => group.ref)).toEqual(['Start of the text', 'PP1', '1', '1(a)', '2']);
    const [start, first, second, third, fourth] = groups as [
      (typeof groups)[0],
      (typeof groups)[0],
      (typeof groups)[0],
      (typeof groups)[0],
      (typeof groups)[0],
    ];
    expect(start.paragraph).toBeUndefined();
    expect(start.entries[0]).toMatchObject({
      ref: 'start',
      action: 'New paragraph at the start of the text',
      change: [[1, 'Recalling also its decision 11/5,']],
      lead: 'Recalling also',
    });

    expect(first.paragraph).toMatchObject({ text: 'Recalling its resolution 10/3,', lead: 'Recalling', status: 'agreed-ad-ref' });
    expect(first.entries[0]).toMatchObject({ action: 'Move to after 2', change: [], status: 'open' });

    expect(second.paragraph).toMatchObject({ text: 'Urges States parties to act;', lead: 'Urges', status: 'open' });
    const [amend, alternative] = second.entries as [(typeof second.entries)[0], (typeof second.entries)[0]];
    expect(amend).toMatchObject({ ref: '1', action: 'Amendment', lead: 'Urges', baseLead: 'Urges', status: 'open', versions: 1 });
    expect(amend.proposal.supporters).toEqual(['COL']);
    expect(amend.proposal.objectors).toEqual(['USA']);
    expect(amend.change.filter(([op]) => op === 1).map(([, text]) => text.trim())).toEqual(['all', 'now']);
    expect(amend.change.filter(([op]) => op === -1)).toEqual([]);
    expect(alternative).toMatchObject({ ref: '1 bis', action: 'Alternative wording (1 bis)', lead: 'Calls upon' });
    expect(alternative.change.some(([op, text]) => op === -1 && text.includes('Urges'))).toBe(true);

    expect(third.entries[0]).toMatchObject({
      ref: 'after 1(a)',
      action: 'New paragraph after 1(a)',
      change: [[1, 'Invites donors to contribute;']],
    });
    expect(fourth.entries[0]).toMatchObject({
      action: 'Deletion',
      change: [[-1, 'Requests the secretariat to report.']],
      baseLead: 'Requests',
    });
  });

  it('keeps to open proposals unless all are asked for; says overtaken, withdrawn, rejected and how many versions; lists removed paragraphs last', () => {
    const doc = createBaseDoc();
    const [pp1, op1, , op2] = readParagraphOrder(doc) as [string, string, string, string];
    const updated = propose(doc, { kind: 'amend', paragraphId: op1, text: 'Urges States to act;' }, eu, 1);
    updateProposal(doc, updated, { text: 'Urges all States to act;', authorId: 'u-eu', authorName: 'Eva' });
    const withdrawn = propose(doc, { kind: 'amend', paragraphId: op1, text: 'Urges States parties to act swiftly;' }, col, 2);
    withdrawProposal(doc, withdrawn);
    const rejected = propose(doc, { kind: 'delete', paragraphId: pp1 }, col, 3);
    rejectProposal(doc, rejected, chair);
    propose(doc, { kind: 'amend', paragraphId: op2, text: 'Requests the secretariat to report annually.' }, col, 4);
    deleteParagraph(doc, op2);

    expect(readCompilation(doc, { all: false }).map((group) => [group.ref, group.entries.map((entry) => entry.status)])).toEqual([
      ['1', ['open']],
      ['Paragraphs no longer in the text', ['open']],
    ]);
    const groups = readCompilation(doc, { all: true });
    expect(groups.map((group) => [group.ref, group.entries.map((entry) => entry.status)])).toEqual([
      ['PP1', ['rejected']],
      ['1', ['open', 'withdrawn']],
      ['Paragraphs no longer in the text', ['open']],
    ]);
    expect(groups[1]!.entries[0]!.versions).toBe(2);
    expect(groups[2]!.paragraph).toBeUndefined();
    expect(groups[2]!.entries[0]).toMatchObject({ ref: 'removed', action: 'Amendment' });
  });

  it('calls an open proposal overtaken once its paragraph changed under it', () => {
    const doc = createBaseDoc();
    const [, op1] = readParagraphOrder(doc) as [string, string];
    const first = propose(doc, { kind: 'amend', paragraphId: op1, text: 'Urges all States parties to act;' }, eu, 1);
    propose(doc, { kind: 'delete', paragraphId: op1 }, col, 2);
    acceptProposal(doc, first, chair);
    const [group] = readCompilation(doc, { all: false });
    expect(group!.paragraph!.text).toBe('Urges all States parties to act;');
    expect(group!.entries.map((entry) => [entry.action, entry.status])).toEqual([['Deletion', 'overtaken']]);
    expect(group!.entries[0]!.change).toEqual([[-1, 'Urges States parties to act;']]);
  });
});
