import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@/lib/auth/permissions';
import {
  createDraftDoc,
  getParagraph,
  getParagraphContent,
  getParagraphMap,
  insertParagraph,
  mergeParagraphs,
  readParagraphOrder,
  splitParagraph,
} from '@/lib/draft';
import { captureUpdate, replicateDoc } from '@/test-support/yjs-sync';
import { readFragmentJson } from '@/lib/editor/fragment-content';
import { getEditorSchema } from '@/lib/editor/schema';
import { repairDraftDoc } from '@/lib/integrity/repair-draft-doc';
import { acceptProposal, createProposal, getProposalsMap, proposalKeys } from '@/lib/proposals';
import type { ConnectionIdentity } from '../authenticate';
import { judgeUpdate } from '../judge-update';

function identity(role: Role, delegationCode = role === 'facilitator' ? 'CHAIR' : 'EU'): ConnectionIdentity {
  return { userId: `u-${delegationCode}`, negotiationId: 'n1', delegationCode, role, readOnly: false };
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

describe('regressions found by the fuzz test (fuzz.test.ts)', () => {
  /** A new paragraph written field by field, as a crafted client could, leaving out the named fields. */
  function addBareParagraph(doc: Y.Doc, leaveOut: readonly string[], blocks = 1): void {
    const paragraph = new Y.Map<unknown>();
    getParagraphMap(doc).set('pnew', paragraph);
    const fields: Record<string, unknown> = { kind: 'operative', status: 'open', frozen: false };
    for (const [key, value] of Object.entries(fields)) if (!leaveOut.includes(key)) paragraph.set(key, value);
    const content = new Y.XmlFragment();
    paragraph.set('content', content);
    for (let i = 0; i < blocks; i++) {
      const block = new Y.XmlElement('paragraph');
      content.insert(i, [block]);
      block.insert(0, [new Y.XmlText('new words')]);
    }
    doc.getArray('order').push(['pnew']);
  }

  it('refuses a new paragraph that brings its text and kind but no status or frozen flag (the load-time repair would write them)', () => {
    const server = createServerDoc();
    expect(judge(server, (doc) => addBareParagraph(doc, ['status']))).toMatch(/must say its status/);
    expect(judge(server, (doc) => addBareParagraph(doc, ['frozen']))).toMatch(/whether it is frozen/);
    expect(judge(server, (doc) => addBareParagraph(doc, []))).toBeNull();
    expect(judge(server, (doc) => insertParagraph(doc, 0, { kind: 'operative', text: '' }))).toBeNull();
  });

  it("refuses leaving a paragraph's text without any block, which the editor schema cannot render; the repair gives such a text an empty one", () => {
    const server = createServerDoc();
    const id = readParagraphOrder(server)[1]!;
    expect(judge(server, (doc) => fragmentOf(doc, id).delete(0, 1))).toMatch(/without a line of text/);
    expect(judge(server, (doc) => addBareParagraph(doc, [], 0))).toMatch(/at least one line of text/);

    // With two blocks: deleting either, replacing all of them, or deleting the paragraph itself is fine.
    const second = new Y.XmlElement('paragraph');
    fragmentOf(server, id).insert(1, [second]);
    second.insert(0, [new Y.XmlText('and a second line')]);
    expect(judge(server, (doc) => fragmentOf(doc, id).delete(0, 1))).toBeNull();
    expect(
      judge(server, (doc) => {
        const fragment = fragmentOf(doc, id);
        fragment.delete(0, fragment.length);
        fragment.insert(0, [new Y.XmlElement('paragraph')]);
      }),
    ).toBeNull();
    expect(judge(server, (doc, ids) => mergeParagraphs(doc, ids[0]!, id))).toBeNull();

    // Two people each delete one of the two blocks at once: whichever arrives second is refused.
    const [first, late] = [replicateDoc(server), replicateDoc(server)];
    const fromFirst = captureUpdate(first, () => fragmentOf(first, id).delete(0, 1));
    const fromLate = captureUpdate(late, () => fragmentOf(late, id).delete(1, 1));
    expect(judgeUpdate(server, fromFirst, identity('delegate'))).toBeNull();
    Y.applyUpdate(server, fromFirst);
    expect(judgeUpdate(server, fromLate, identity('delegate'))?.reason).toMatch(/without a line of text/);

    // A text an older build left empty is given an empty paragraph when the draft is loaded.
    const stored = replicateDoc(server);
    fragmentOf(stored, id).delete(0, fragmentOf(stored, id).length);
    expect(() =>
      getEditorSchema()
        .nodeFromJSON(readFragmentJson(fragmentOf(stored, id)))
        .check(),
    ).toThrow();
    expect(repairDraftDoc(stored, { fix: false })).toEqual([`paragraph ${id}: gave the text without any paragraph an empty one`]);
    repairDraftDoc(stored, { fix: true });
    expect(repairDraftDoc(stored, { fix: false })).toEqual([]);
    expect(() =>
      getEditorSchema()
        .nodeFromJSON(readFragmentJson(fragmentOf(stored, id)))
        .check(),
    ).not.toThrow();
  });

  /** Writes a map entry holding any kind of Yjs content, as a hand-made update can (the API only writes ContentAny or a type). */
  function writeRawEntry(doc: Y.Doc, map: Y.Map<unknown>, key: string, content: Y.AbstractStruct | Y.ContentString | Y.ContentJSON): void {
    doc.transact((transaction) => {
      const left = (map as unknown as { _map: Map<string, Y.Item> })._map.get(key) ?? null;
      const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID));
      new Y.Item(id, left, left && left.lastId, null, null, map as unknown as Y.AbstractType<unknown>, key, content as never).integrate(
        transaction,
        0,
      );
    });
  }

  it('judges a map entry by the value Yjs stores: a string struct reads back as its last character', () => {
    const server = createServerDoc();
    const id = readParagraphOrder(server)[1]!;
    // 'operative' as a string struct is stored as "e", which no reader knows; 'agreed' would be stored as "d".
    expect(judge(server, (doc) => writeRawEntry(doc, getParagraph(doc, id), 'kind', new Y.ContentString('operative')))).toMatch(
      /Unknown paragraph kind/,
    );
    expect(
      judge(server, (doc) => writeRawEntry(doc, getParagraph(doc, id), 'status', new Y.ContentString('agreed')), 'facilitator'),
    ).toMatch(/Unknown paragraph status/);
    // A proposal whose delegation field says "EU" but is stored as "U".
    const propose = (delegation: (proposal: Y.Map<unknown>) => void) => (doc: Y.Doc) => {
      const proposal = new Y.Map<unknown>();
      getProposalsMap(doc).set('qforged', proposal);
      proposal.set(proposalKeys.kind, 'amend');
      proposal.set(proposalKeys.paragraphId, id);
      proposal.set(proposalKeys.authorId, 'u-EU');
      proposal.set(proposalKeys.createdAt, new Date().toISOString());
      proposal.set(proposalKeys.text, 'Urges all States parties to act;');
      proposal.set(proposalKeys.status, 'open');
      delegation(proposal);
    };
    expect(
      judge(
        server,
        propose((proposal) => proposal.set(proposalKeys.delegation, 'EU')),
      ),
    ).toBeNull();
    expect(
      judge(
        server,
        propose((proposal) => writeRawEntry(proposal.doc!, proposal, proposalKeys.delegation, new Y.ContentString('EU'))),
      ),
    ).toMatch(/own delegation/);
    // Other struct kinds are read the same way Yjs reads them: a JSON struct holding a known kind is that kind.
    expect(judge(server, (doc) => writeRawEntry(doc, getParagraph(doc, id), 'kind', new Y.ContentJSON(['preambular'])))).toBeNull();
    expect(getProposalsMap(server).size).toBe(0);
  });
});
