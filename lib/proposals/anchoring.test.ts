import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDraftDoc, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { repairDraftDoc } from '@/lib/integrity/repair-draft-doc';
import { exchangeUpdates as exchange, replicateDoc } from '@/test-support/yjs-sync';
import {
  acceptProposal,
  bracketText,
  createProposal,
  findAttributionAt,
  getProposal,
  getVersionsArray,
  mergeProposalText,
  proposalKeys,
  readProposals,
  updateProposal,
  type ProposalInit,
} from './index';

const op3 = 'Urges States parties to strengthen international cooperation in the investigation of trafficking in persons;';
const eu = { delegation: 'EU', delegationName: 'European Union', authorId: 'u-eu', authorName: 'Eva' };
const usa = { delegation: 'USA', delegationName: 'United States', authorId: 'u-us', authorName: 'Sam' };

function createDoc(): { doc: Y.Doc; id: string } {
  const doc = createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [{ kind: 'operative', text: op3, lead: 'Urges' }] });
  return { doc, id: readParagraphOrder(doc)[0]! };
}

function propose(doc: Y.Doc, init: Partial<ProposalInit> & Pick<ProposalInit, 'kind'>, who = eu, second = 0): string {
  return createProposal(doc, { ...who, now: new Date(Date.UTC(2026, 10, 26, 9, 0, second)), ...init });
}

const inserted = (doc: Y.Doc, id: string) =>
  readProposals(doc)
    .find((view) => view.id === id)!
    .ops.filter(([op]) => op === 1)
    .map(([, text]) => text.trim())
    .join(' ');

describe('mergeProposalText', () => {
  it("carries a proposal's own change over edits elsewhere in the paragraph", () => {
    const proposed = op3.replace('strengthen', 'further strengthen');
    const current = op3.replace('in persons;', 'in persons, especially women and children;');
    expect(mergeProposalText(op3, proposed, current)).toBe(
      'Urges States parties to further strengthen international cooperation in the investigation of trafficking in persons, especially women and children;',
    );
  });

  it('refuses when the passage it changes, or the point where it inserts, changed meanwhile', () => {
    const proposed = op3.replace('strengthen', 'enhance');
    expect(mergeProposalText(op3, proposed, op3.replace('strengthen', 'improve'))).toBeNull();
    expect(mergeProposalText(op3, op3.replace('States', 'all States'), op3.replace('States parties', 'Member States'))).toBeNull();
    // An insertion beside, not inside, a changed passage still applies: "all" qualifies "States", not the verb.
    expect(mergeProposalText(op3, op3.replace('States', 'all States'), op3.replace('Urges', 'Calls upon'))).toMatch(
      /^Calls upon all States parties/,
    );
  });

  it('is the proposal itself on its own base, and the current text when it changes nothing', () => {
    expect(mergeProposalText(op3, 'Other;', op3)).toBe('Other;');
    expect(mergeProposalText(op3, op3, 'Anything;')).toBe('Anything;');
  });
});

describe('a proposal keeps its base', () => {
  it('shows only its own words after an alternative replaced the paragraph, is overtaken, and cannot be accepted', () => {
    const { doc, id } = createDoc();
    const amendment = propose(doc, { kind: 'amend', paragraphId: id, text: op3.replace('strengthen', 'further strengthen') });
    const bis = propose(
      doc,
      {
        kind: 'alternative',
        paragraphId: id,
        text: 'Calls upon Member States to share information on trafficking routes, victims and the financial flows of organized criminal groups;',
      },
      usa,
      1,
    );
    acceptProposal(doc, bis, { decidedBy: 'chair' });
    const view = readProposals(doc).find((proposal) => proposal.id === amendment)!;
    expect(inserted(doc, amendment)).toBe('further');
    expect(view).toMatchObject({ overtaken: true, applies: false, baseText: op3 });
    expect(view.currentText).toMatch(/^Calls upon Member States/);
    expect(() => acceptProposal(doc, amendment, { decidedBy: 'chair' })).toThrow(/overtaken/);
  });

  it('is updated onto the current text as a new version, the old one kept, and then accepted', () => {
    const { doc, id } = createDoc();
    const peer = replicateDoc(doc);
    const amendment = propose(doc, { kind: 'amend', paragraphId: id, text: op3.replace('strengthen', 'further strengthen') });
    const other = propose(doc, { kind: 'amend', paragraphId: id, text: op3.replace('strengthen', 'enhance') }, usa, 1);
    acceptProposal(doc, other, { decidedBy: 'chair' });
    expect(readProposals(doc).find((view) => view.id === amendment)).toMatchObject({ overtaken: true, applies: false });
    const current = readDraftSnapshot(doc).paragraphs[0]!.text;
    updateProposal(doc, amendment, { text: current.replace('enhance', 'further enhance'), authorId: 'u-eu2', authorName: 'Ernst' });
    exchange(doc, peer);
    const view = readProposals(peer).find((proposal) => proposal.id === amendment)!;
    expect(view).toMatchObject({ overtaken: false, applies: true, baseText: current });
    expect(view.versions.map((version) => [version.authorName, version.baseText === op3])).toEqual([
      ['Eva', true],
      ['Ernst', false],
    ]);
    expect(inserted(peer, amendment)).toBe('further');
    acceptProposal(peer, amendment, { decidedBy: 'chair' });
    expect(readDraftSnapshot(peer).paragraphs[0]!.text).toBe(
      'Urges States parties to further enhance international cooperation in the investigation of trafficking in persons;',
    );
    expect(getProposal(peer, amendment).get(proposalKeys.acceptedOnto)).toBe(current);
    expect(findAttributionAt(peer, id, current.indexOf('enhance') + 1)).toMatchObject({ delegation: 'EU' });
  });

  it('is accepted over changes elsewhere in the paragraph, leaving them in place', () => {
    const { doc, id } = createDoc();
    const amendment = propose(doc, { kind: 'amend', paragraphId: id, text: op3.replace('Urges', 'Urges all') });
    const tail = propose(
      doc,
      { kind: 'amend', paragraphId: id, text: op3.replace('in persons;', 'in persons and smuggling of migrants;') },
      usa,
      1,
    );
    acceptProposal(doc, tail, { decidedBy: 'chair' });
    expect(readProposals(doc).find((view) => view.id === amendment)).toMatchObject({ overtaken: true, applies: true });
    acceptProposal(doc, amendment, { decidedBy: 'chair' });
    expect(readDraftSnapshot(doc).paragraphs[0]!.text).toBe(
      'Urges all States parties to strengthen international cooperation in the investigation of trafficking in persons and smuggling of migrants;',
    );
  });

  it("needs the facilitator's word on brackets it would remove, and records it", () => {
    const { doc, id } = createDoc();
    bracketText(doc, id, op3.indexOf('international'), op3.indexOf('international') + 'international'.length);
    const bracketed = readDraftSnapshot(doc).paragraphs[0]!.text;
    const amendment = propose(doc, { kind: 'amend', paragraphId: id, text: bracketed.replace('[international]', 'regional') });
    expect(() => acceptProposal(doc, amendment, { decidedBy: 'chair' })).toThrow(/bracketed text \(\[international\]\)/);
    acceptProposal(doc, amendment, { decidedBy: 'chair', bracketNote: 'Brackets resolved: "regional" agreed.' });
    expect(readDraftSnapshot(doc).paragraphs[0]!.text).not.toContain('[');
    expect(readProposals(doc)[0]).toMatchObject({ status: 'accepted', bracketNote: 'Brackets resolved: "regional" agreed.' });
  });

  it('an alternative made before a bracket was added is overtaken rather than silently dropping it', () => {
    const { doc, id } = createDoc();
    const bis = propose(doc, { kind: 'alternative', paragraphId: id, text: 'Calls upon States to cooperate;' }, usa);
    bracketText(doc, id, 0, op3.length);
    expect(readProposals(doc)[0]).toMatchObject({ overtaken: true, applies: false });
    expect(() => acceptProposal(doc, bis, { decidedBy: 'chair' })).toThrow(/overtaken/);
  });

  it('reads a record made before versions existed as its version 1, and a repair records it', () => {
    const { doc, id } = createDoc();
    const amendment = propose(doc, { kind: 'amend', paragraphId: id, text: 'Urges all;' });
    getProposal(doc, amendment).delete(proposalKeys.versions);
    expect(readProposals(doc)[0]!.versions).toEqual([
      { text: 'Urges all;', baseText: op3, at: '2026-11-26T09:00:00.000Z', authorId: 'u-eu', authorName: 'Eva' },
    ]);
    expect(repairDraftDoc(doc, { fix: true })).toEqual([`proposal ${amendment}: recorded its wording as version 1`]);
    expect(getVersionsArray(getProposal(doc, amendment))!.toArray()).toHaveLength(1);
    expect(repairDraftDoc(doc, { fix: false })).toEqual([]);
  });
});
