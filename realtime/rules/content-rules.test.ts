import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@/lib/auth/permissions';
import {
  createDraftDoc,
  getParagraph,
  getParagraphContent,
  getParagraphMap,
  mergeParagraphs,
  readParagraphOrder,
  splitParagraph,
} from '@/lib/draft';
import { captureUpdate, replicateDoc } from '@/lib/draft/sync-test-helpers';
import { acceptProposal, createProposal, proposalKeys } from '@/lib/proposals';
import type { ConnectionIdentity } from '../authenticate';
import { judgeUpdate } from '../judge-update';

function identity(role: Role, delegationCode = role === 'facilitator' ? 'CHAIR' : 'EU'): ConnectionIdentity {
  return { userId: `u-${delegationCode}`, delegationCode, role, readOnly: false };
}

function createServerDoc(): Y.Doc {
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

/** Runs a change on a fresh replica and asks the server's judge about the update it produced. */
function judge(server: Y.Doc, change: (client: Y.Doc, ids: string[]) => void, role: Role = 'delegate'): string | null {
  const client = replicateDoc(server);
  const update = captureUpdate(client, () => change(client, readParagraphOrder(client)));
  return judgeUpdate(server, update, identity(role))?.reason ?? null;
}

function fragmentOf(doc: Y.Doc, id: string): Y.XmlFragment {
  return getParagraphContent(getParagraph(doc, id));
}

function textOf(doc: Y.Doc, id: string): Y.XmlText {
  return (fragmentOf(doc, id).get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

describe('content schema rule', () => {
  it('accepts what the editor does: typing, italics, bold, a footnote, a line break, split and merge', () => {
    const server = createServerDoc();
    expect(judge(server, (doc, ids) => textOf(doc, ids[1]!).insert(6, 'all ', {}))).toBeNull();
    expect(judge(server, (doc, ids) => textOf(doc, ids[1]!).format(0, 5, { italic: {}, bold: {} }))).toBeNull();
    expect(
      judge(server, (doc, ids) => {
        const block = fragmentOf(doc, ids[1]!).get(0) as Y.XmlElement;
        const note = new Y.XmlElement('footnote');
        block.insert(1, [note]);
        note.setAttribute('note', 'See A/RES/55/25.');
        block.insert(2, [new Y.XmlElement('hardBreak')]);
      }),
    ).toBeNull();
    expect(judge(server, (doc, ids) => splitParagraph(doc, ids[1]!, 6))).toBeNull();
    expect(judge(server, (doc, ids) => mergeParagraphs(doc, ids[0]!, ids[1]!))).toBeNull();
  });

  it('refuses text placed straight into the fragment (the 28-byte poison)', () => {
    const server = createServerDoc();
    const reason = judge(server, (doc, ids) => fragmentOf(doc, ids[1]!).insert(0, [new Y.XmlText('poison')]));
    expect(reason).toMatch(/paragraphs of text only/);
  });

  it('refuses elements nested thousands deep, and any element the schema does not know', () => {
    const server = createServerDoc();
    const reason = judge(server, (doc, ids) => {
      const block = fragmentOf(doc, ids[1]!).get(0) as Y.XmlElement;
      let parent: Y.XmlElement = block;
      for (let depth = 0; depth < 3_000; depth++) {
        const child = new Y.XmlElement('paragraph');
        parent.insert(0, [child]);
        parent = child;
      }
    });
    expect(reason).toMatch(/nested deeper/);
    expect(judge(server, (doc, ids) => fragmentOf(doc, ids[1]!).insert(0, [new Y.XmlElement('heading')]))).toMatch(/heading/);
    expect(
      judge(server, (doc, ids) => {
        const note = new Y.XmlElement('footnote');
        (fragmentOf(doc, ids[1]!).get(0) as Y.XmlElement).insert(0, [note]);
        note.insert(0, [new Y.XmlText('inside')]);
      }),
    ).toMatch(/no content of its own/);
  });

  it('refuses unknown marks, unknown mark attributes, attributes on nodes and embeds', () => {
    const server = createServerDoc();
    expect(judge(server, (doc, ids) => textOf(doc, ids[1]!).format(0, 5, { bogusmark: true }))).toMatch(/Unknown formatting "bogusmark"/);
    expect(judge(server, (doc, ids) => textOf(doc, ids[1]!).format(0, 5, { italic: { colour: 'red' } }))).toMatch(/no attribute "colour"/);
    expect(judge(server, (doc, ids) => (fragmentOf(doc, ids[1]!).get(0) as Y.XmlElement).setAttribute('style', 'x'))).toMatch(
      /no attribute "style"/,
    );
    expect(judge(server, (doc, ids) => textOf(doc, ids[1]!).insertEmbed(0, { image: 'x' }))).toMatch(/characters and formatting only/);
  });
});

describe('paragraph fields rule', () => {
  it("refuses deleting a paragraph's content or kind, replacing its text, and a new paragraph without text", () => {
    const server = createServerDoc();
    expect(judge(server, (doc, ids) => getParagraph(doc, ids[1]!).delete('content'))).toMatch(/content cannot be removed/);
    expect(judge(server, (doc, ids) => getParagraph(doc, ids[1]!).delete('kind'))).toMatch(/kind cannot be removed/);
    expect(judge(server, (doc, ids) => getParagraph(doc, ids[1]!).set('content', new Y.XmlFragment()))).toMatch(/cannot be replaced/);
    expect(
      judge(server, (doc) => {
        const paragraph = new Y.Map<unknown>();
        getParagraphMap(doc).set('pnew', paragraph);
        paragraph.set('kind', 'operative');
      }),
    ).toMatch(/must bring its text/);
    expect(judge(server, (doc, ids) => getParagraph(doc, ids[1]!).set('colour', 'red'))).toMatch(/no field "colour"/);
  });
});

describe('draft meta rule', () => {
  it("refuses a client's change to the title and lets the facilitator switch the mode", () => {
    const server = createServerDoc();
    expect(judge(server, (doc) => doc.getMap('meta').set('title', 'Hijacked'))).toMatch(/title, body and chapeau/);
    expect(judge(server, (doc) => doc.getMap('meta').set('mode', 'negotiation'), 'facilitator')).toBeNull();
  });
});

describe('attribution rule', () => {
  function withProposal(): { server: Y.Doc; proposalId: string } {
    const server = createServerDoc();
    const proposalId = createProposal(server, {
      kind: 'amend',
      paragraphId: readParagraphOrder(server)[1]!,
      text: 'Urges all States parties to act;',
      delegation: 'COL',
      delegationName: 'Colombia',
      authorId: 'u-COL',
      authorName: 'C',
    });
    return { server, proposalId };
  }

  it('lets the facilitator accept a proposal, which credits its words to the proposing delegation', () => {
    const { server, proposalId } = withProposal();
    expect(judge(server, (doc) => acceptProposal(doc, proposalId, { decidedBy: 'u-CHAIR' }), 'facilitator')).toBeNull();
  });

  it('refuses words credited by a client to an open proposal, to a made-up one, or to another delegation', () => {
    const { server, proposalId } = withProposal();
    const credit = (value: Record<string, unknown>) => (doc: Y.Doc, ids: string[]) =>
      textOf(doc, ids[1]!).insert(0, 'Strongly ', { attribution: value });
    expect(judge(server, credit({ proposalId, delegation: 'COL' }))).toMatch(/only when it is accepted/);
    expect(judge(server, credit({ proposalId: 'qmadeup', delegation: 'COL' }))).toMatch(/proposal of this draft/);
    acceptProposal(server, proposalId, { decidedBy: 'u-CHAIR' });
    expect(judge(server, credit({ proposalId, delegation: 'USA' }))).toMatch(/delegation that proposed them/);
    // A copy of accepted words under their own proposal (as a split or merge makes) passes.
    expect(judge(server, credit({ proposalId, delegation: 'COL' }))).toBeNull();
    expect(server.getMap('proposals').get(proposalId) instanceof Y.Map).toBe(true);
    expect((server.getMap('proposals').get(proposalId) as Y.Map<unknown>).get(proposalKeys.status)).toBe('accepted');
  });
});
