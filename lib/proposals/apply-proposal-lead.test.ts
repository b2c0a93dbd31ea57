import { describe, expect, it } from 'vitest';
import { createDraftDoc, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { acceptProposal, createProposal, findAttributionAt, readProposals } from './index';

const eu = { delegation: 'EU', delegationName: 'European Union', authorId: 'u-eu', authorName: 'Eva' };

describe('a paragraph added by an accepted proposal', () => {
  it('opens with its lead in italics, every word still attributed to the proposal; a subparagraph has none', () => {
    const doc = createDraftDoc({
      title: 't',
      body: 'b',
      chapeau: 'c',
      paragraphs: [
        { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
        { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
        { kind: 'subparagraph', depth: 1, text: 'by training officers;' },
      ],
    });
    const [recalling, urges, training] = readParagraphOrder(doc) as [string, string, string];
    const propose = (init: { afterParagraphId: string; text: string; paragraphKind?: 'preambular' }, second: number) =>
      createProposal(doc, { ...eu, now: new Date(Date.UTC(2026, 10, 26, 9, 0, second)), kind: 'add', ...init });
    const operative = propose({ afterParagraphId: urges, text: 'Calls upon donors to contribute;' }, 0);
    const preambular = propose({ afterParagraphId: recalling, paragraphKind: 'preambular', text: 'Bearing in mind the Protocol,' }, 1);
    const sub = propose({ afterParagraphId: training, text: 'Urges nobody;' }, 2);
    for (const id of [operative, preambular, sub]) acceptProposal(doc, id, { decidedBy: 'chair' });

    const added = new Map(readProposals(doc).map((proposal) => [proposal.id, proposal.paragraphId]));
    const snapshot = new Map(readDraftSnapshot(doc).paragraphs.map((paragraph) => [paragraph.id, paragraph]));
    expect(snapshot.get(added.get(operative)!)).toMatchObject({
      kind: 'operative',
      lead: 'Calls upon',
      text: 'Calls upon donors to contribute;',
    });
    expect(snapshot.get(added.get(preambular)!)).toMatchObject({ kind: 'preambular', lead: 'Bearing in mind' });
    expect(snapshot.get(added.get(sub)!)).toMatchObject({ kind: 'subparagraph', text: 'Urges nobody;' });
    expect(snapshot.get(added.get(sub)!)?.lead).toBeUndefined();
    expect(findAttributionAt(doc, added.get(operative)!, 0)).toMatchObject({ id: operative });
    expect(findAttributionAt(doc, added.get(operative)!, 15)).toMatchObject({ id: operative });
  });
});
