import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraftDoc, deleteParagraph, getParagraph, getParagraphContent, readParagraphOrder } from '@/lib/draft';
import { en } from '@/test-support/messages';
import { exchangeUpdates, replicateDoc } from '@/test-support/yjs-sync';
import { describeHistoryAction, readChairEditNotes } from './paragraph-history';
import { acceptProposal, createProposal } from './proposal-model';
import { describeAttribution } from './word-attribution';

const t = createTranslator({ locale: 'en', messages: en, namespace: 'proposals' });
const tHistory = createTranslator({ locale: 'en', messages: en, namespace: 'paragraphHistory' });

const colombia = { delegation: 'COL', delegationName: 'Colombia', authorId: 'u-col', authorName: 'Carlos' };
const people = new Map([['u-chair', 'Elena Rossi']]);
const nameOf = (userId: string) => people.get(userId);

function createBaseDoc(): Y.Doc {
  return createDraftDoc({
    title: 't',
    body: 'b',
    chapeau: 'c',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
    ],
  });
}

/** Colombia proposes "all" before "States"; the facilitator accepts it at 09:30 UTC. */
function acceptAmendment(doc: Y.Doc, decidedBy = 'u-chair'): string {
  const urges = readParagraphOrder(doc)[1]!;
  const id = createProposal(doc, { ...colombia, kind: 'amend', paragraphId: urges, text: 'Urges all States parties to act;' });
  acceptProposal(doc, id, { decidedBy, now: new Date(Date.UTC(2026, 10, 22, 9, 30)) });
  return urges;
}

describe('word attribution', () => {
  it("credits an accepted word to the delegation's proposal, with when and by whom it was accepted", () => {
    const doc = createBaseDoc();
    const peer = replicateDoc(doc);
    const urges = acceptAmendment(doc);
    // Another browser gives the same answer once the acceptance reaches it.
    exchangeUpdates(doc, peer);
    for (const replica of [doc, peer]) {
      expect(describeAttribution(replica, urges, 'Urges a'.length, nameOf, [], t)).toMatch(
        /^Introduced by Colombia's proposal, accepted \d\d:\d\d by Elena Rossi$/,
      );
    }
  });

  it('says the words around it are in the base text', () => {
    const doc = createBaseDoc();
    const urges = acceptAmendment(doc);
    expect(describeAttribution(doc, urges, 1, nameOf, [], t)).toBe('In the base text');
    expect(describeAttribution(doc, urges, 'Urges all Sta'.length, nameOf, [], t)).toBe('In the base text');
    expect(describeAttribution(doc, readParagraphOrder(doc)[0]!, 3, nameOf, [], t)).toBe('In the base text');
  });

  it('leaves out the name of a facilitator the room does not know', () => {
    const doc = createBaseDoc();
    const urges = acceptAmendment(doc, 'u-unknown');
    expect(describeAttribution(doc, urges, 'Urges a'.length, nameOf, [], t)).toMatch(
      /^Introduced by Colombia's proposal, accepted \d\d:\d\d$/,
    );
  });

  it('says nothing about a paragraph deleted since the click', () => {
    const doc = createBaseDoc();
    const urges = acceptAmendment(doc);
    deleteParagraph(doc, urges);
    expect(describeAttribution(doc, urges, 'Urges a'.length, nameOf, [], t)).toBe('');
  });

  it("credits the chair's typed words from the server's record of the ids it typed, and only those", () => {
    const doc = createBaseDoc();
    const urges = readParagraphOrder(doc)[1]!;
    const chairBrowser = replicateDoc(doc);
    const before = Y.getState(chairBrowser.store, chairBrowser.clientID);
    const text = (getParagraphContent(getParagraph(chairBrowser, urges)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert('Urges '.length, 'all ');
    exchangeUpdates(chairBrowser, doc);
    const after = Y.getState(chairBrowser.store, chairBrowser.clientID);
    // As the history route answers it.
    const body = {
      history: [
        {
          action: 'paragraph.chair-edit',
          actorName: 'Elena Rossi',
          createdAt: '2026-11-22T09:45:00.000Z',
          detail: {
            paragraphId: urges,
            paragraph: '1',
            before: 'Urges States parties to act;',
            after: 'Urges all States parties to act;',
            items: [[chairBrowser.clientID, before, after]],
          },
        },
      ],
    };
    const notes = readChairEditNotes(body);
    expect(notes).toHaveLength(1);
    expect(describeAttribution(doc, urges, 'Urges a'.length, nameOf, notes, t)).toMatch(
      /^Introduced by the Chair \(Elena Rossi\), edited directly \d\d:\d\d$/,
    );
    expect(describeAttribution(doc, urges, 'Urges all St'.length, nameOf, notes, t)).toBe('In the base text');
    // Without the record, nothing in the document makes the words the chair's.
    expect(describeAttribution(doc, urges, 'Urges a'.length, nameOf, [], t)).toBe('In the base text');
    expect(describeHistoryAction('paragraph.chair-edit', body.history[0]!.detail, new Map(), tHistory)).toBe(
      'edited the paragraph directly: inserted “all”',
    );
  });
});
