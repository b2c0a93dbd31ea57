import { describe, expect, it } from 'vitest';
import { captureUpdate as capture, replicateDoc as replicate } from '@/test-support/yjs-sync';
import * as Y from 'yjs';
import { createDraftDoc, getMetaMap, getParagraph, getParagraphContent, readParagraphOrder, moveParagraph } from '@/lib/draft';
import {
  acceptProposal,
  clearPosition,
  createProposal,
  getProposal,
  getProposalsMap,
  objectToProposal,
  proposalKeys,
  rejectProposal,
  setDraftMode,
  updateProposal,
  getVersionsArray,
  supportProposal,
  withdrawProposal,
} from '@/lib/proposals';
import type { ConnectionIdentity } from '../authenticate';
import { judgeUpdate } from '../judge-update';

function findForbiddenProposalChange(server: Y.Doc, update: Uint8Array, who: ConnectionIdentity): string | null {
  return judgeUpdate(server, update, who)?.reason ?? null;
}

const eu: ConnectionIdentity = { userId: 'u-eu', negotiationId: 'n1', delegationCode: 'EU', role: 'delegate', readOnly: false };
const col: ConnectionIdentity = { userId: 'u-col', negotiationId: 'n1', delegationCode: 'COL', role: 'delegate', readOnly: false };
const chair: ConnectionIdentity = { userId: 'u-chair', negotiationId: 'n1', delegationCode: 'CHAIR', role: 'facilitator', readOnly: false };
const secretariat: ConnectionIdentity = {
  userId: 'u-sec',
  negotiationId: 'n1',
  delegationCode: 'SEC',
  role: 'secretariat',
  readOnly: false,
};

function createServerDoc(): Y.Doc {
  return createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [{ kind: 'operative', text: 'Urges States to act;' }] });
}

function proposeAs(doc: Y.Doc, who: ConnectionIdentity, overrides: Partial<Parameters<typeof createProposal>[1]> = {}): string {
  return createProposal(doc, {
    kind: 'amend',
    paragraphId: readParagraphOrder(doc)[0]!,
    text: 'Urges all States to act;',
    delegation: who.delegationCode,
    delegationName: who.delegationCode,
    authorId: who.userId,
    authorName: 'Someone',
    ...overrides,
  });
}

/** The server doc with one open EU proposal in it, and a client replica. */
function createWithProposal(): { server: Y.Doc; id: string } {
  const server = createServerDoc();
  const id = proposeAs(server, eu);
  return { server, id };
}

function check(server: Y.Doc, who: ConnectionIdentity, change: (client: Y.Doc) => void): string | null {
  const client = replicate(server);
  return findForbiddenProposalChange(
    server,
    capture(client, () => change(client)),
    who,
  );
}

describe('proposal policy', () => {
  it('lets delegates propose, support, object, clear and withdraw in their own name', () => {
    const server = createServerDoc();
    expect(check(server, eu, (doc) => proposeAs(doc, eu))).toBeNull();
    const { server: withProposal, id } = createWithProposal();
    expect(check(withProposal, col, (doc) => supportProposal(doc, id, 'COL'))).toBeNull();
    expect(check(withProposal, col, (doc) => objectToProposal(doc, id, 'COL'))).toBeNull();
    supportProposal(withProposal, id, 'COL');
    expect(check(withProposal, col, (doc) => objectToProposal(doc, id, 'COL'))).toBeNull();
    expect(check(withProposal, col, (doc) => clearPosition(doc, id, 'COL'))).toBeNull();
    expect(check(withProposal, eu, (doc) => withdrawProposal(doc, id))).toBeNull();
  });

  it('refuses proposals and positions in another name', () => {
    const { server, id } = createWithProposal();
    expect(check(server, eu, (doc) => proposeAs(doc, col))).toMatch(/own delegation/);
    expect(check(server, eu, (doc) => proposeAs(doc, { ...eu, userId: 'u-other' }))).toMatch(/as yourself/);
    expect(check(server, eu, (doc) => supportProposal(doc, id, 'COL'))).toMatch(/own delegation/);
    supportProposal(server, id, 'COL');
    expect(check(server, eu, (doc) => clearPosition(doc, id, 'COL'))).toMatch(/own delegation/);
    expect(check(server, col, (doc) => withdrawProposal(doc, id))).toMatch(/proposing delegation/);
    expect(check(server, secretariat, (doc) => proposeAs(doc, secretariat))).toMatch(/cannot make proposals/);
    expect(check(server, { ...eu, readOnly: true }, (doc) => supportProposal(doc, id, 'EU'))).toMatch(/read-only/);
  });

  it('refuses forged records: wrong status, decided at birth, replaced, deleted or edited later', () => {
    const { server, id } = createWithProposal();
    expect(check(server, eu, (doc) => getProposal(doc, proposeAs(doc, eu)).set(proposalKeys.status, 'accepted'))).toMatch(
      /new proposal is open|set twice/,
    );
    expect(
      check(server, eu, (doc) => {
        const map = new Y.Map<unknown>();
        getProposalsMap(doc).set('forged', map);
        map.set(proposalKeys.kind, 'amend');
        map.set(proposalKeys.paragraphId, 'p');
        map.set(proposalKeys.delegation, 'EU');
        map.set(proposalKeys.authorId, 'u-eu');
        map.set(proposalKeys.status, 'accepted');
      }),
    ).toMatch(/new proposal is open/);
    expect(check(server, eu, (doc) => getProposalsMap(doc).set(id, new Y.Map()))).toMatch(/cannot be replaced/);
    expect(check(server, chair, (doc) => getProposalsMap(doc).delete(id))).toMatch(/never deleted/);
    expect(check(server, eu, (doc) => getProposal(doc, id).set(proposalKeys.text, 'Other;'))).toMatch(/exactly one version/);
    expect(check(server, eu, (doc) => getProposal(doc, id).set(proposalKeys.delegation, 'COL'))).toMatch(/cannot change/);
    expect(check(server, eu, (doc) => getProposal(doc, id).set(proposalKeys.supporters, new Y.Map()))).toMatch(/cannot change/);
  });

  it('lets only the facilitator decide, in their own name, on open proposals', () => {
    const { server, id } = createWithProposal();
    expect(check(server, eu, (doc) => getProposal(doc, id).set(proposalKeys.status, 'accepted'))).toMatch(/facilitator/);
    expect(check(server, chair, (doc) => acceptProposal(doc, id, { decidedBy: 'u-chair' }))).toBeNull();
    expect(check(server, chair, (doc) => rejectProposal(doc, id, { decidedBy: 'u-chair' }))).toBeNull();
    expect(check(server, chair, (doc) => rejectProposal(doc, id, { decidedBy: 'u-someone' }))).toMatch(/own name/);
    expect(check(server, chair, (doc) => getProposal(doc, id).set(proposalKeys.status, 'open'))).toMatch(/only be accepted/);
    withdrawProposal(server, id);
    expect(check(server, chair, (doc) => getProposal(doc, id).set(proposalKeys.status, 'accepted'))).toMatch(/already withdrawn/);
  });

  it('keeps the mode to the facilitator and, in negotiation, the text too', () => {
    const server = createServerDoc();
    const paragraphId = readParagraphOrder(server)[0]!;
    expect(check(server, eu, (doc) => setDraftMode(doc, 'negotiation'))).toMatch(/Only the facilitator/);
    expect(check(server, chair, (doc) => setDraftMode(doc, 'negotiation'))).toBeNull();
    expect(check(server, chair, (doc) => getMetaMap(doc).set('mode', 'anarchy'))).toMatch(/Unknown draft mode/);
    expect(check(server, eu, (doc) => moveParagraph(doc, paragraphId, 0))).toBeNull();
    setDraftMode(server, 'negotiation');
    expect(check(server, eu, (doc) => moveParagraph(doc, paragraphId, 0))).toMatch(/negotiation/);
    expect(check(server, eu, (doc) => getMetaMap(doc).set('title', 'Mine'))).toMatch(/title, body and chapeau/);
    expect(check(server, secretariat, (doc) => moveParagraph(doc, paragraphId, 0))).toMatch(/negotiation/);
    expect(check(server, chair, (doc) => moveParagraph(doc, paragraphId, 0))).toBeNull();
    expect(check(server, eu, (doc) => proposeAs(doc, eu))).toBeNull();
    expect(check(server, eu, (doc) => setDraftMode(doc, 'drafting'))).toMatch(/Only the facilitator/);
  });

  it('refuses a proposal whose displayed names or date are not the ones the server signed', () => {
    const server = createServerDoc();
    const named: ConnectionIdentity = { ...eu, userName: 'Anna Schmidt', delegationName: 'European Union' };
    const attempt = (overrides: Partial<Parameters<typeof createProposal>[1]>) => {
      const client = replicate(server);
      const update = capture(client, () =>
        proposeAs(client, eu, { delegationName: 'European Union', authorName: 'Anna Schmidt', ...overrides }),
      );
      return findForbiddenProposalChange(server, update, named);
    };
    expect(attempt({})).toBeNull();
    expect(attempt({ delegationName: 'United States' })).toMatch(/as European Union/);
    expect(attempt({ authorName: 'John Carter' })).toMatch(/as Anna Schmidt/);
    expect(attempt({ now: new Date('2000-01-01T00:00:00Z') })).toMatch(/dated now/);
  });

  it('lets only the proposing delegation add a version, on the text as the server has it, and nobody forge one', () => {
    const { server, id } = createWithProposal();
    const paragraphId = readParagraphOrder(server)[0]!;
    const update = (doc: Y.Doc, text = 'Urges all States to act now;', authorId = 'u-eu') =>
      updateProposal(doc, id, { text, authorId, authorName: 'Someone' });
    expect(check(server, eu, (doc) => update(doc))).toBeNull();
    expect(check(server, col, (doc) => update(doc, undefined, 'u-col'))).toMatch(/Only the proposing delegation/);
    expect(check(server, eu, (doc) => update(doc, undefined, 'u-other'))).toMatch(/as yourself/);
    // A version whose base is not the paragraph as the server has it would misreport its own change.
    expect(
      check(server, eu, (doc) => {
        const content = getParagraphContent(getParagraph(doc, paragraphId));
        ((content.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'X');
        update(doc);
      }),
    ).toMatch(/paragraph changed/);
    expect(
      check(server, eu, (doc) =>
        doc.transact(() => {
          getVersionsArray(getProposal(doc, id))!.push([
            { text: 'Forged;', baseText: 'Never there;', at: new Date().toISOString(), authorId: 'u-eu', authorName: 'Someone' },
          ]);
          getProposal(doc, id).set(proposalKeys.text, 'Forged;');
          getProposal(doc, id).set(proposalKeys.baseText, 'Never there;');
        }),
      ),
    ).toMatch(/paragraph changed/);
    expect(
      check(server, eu, (doc) =>
        doc.transact(() => {
          getVersionsArray(getProposal(doc, id))!.push([
            { text: 'Urges all;', baseText: 'Urges States to act;', at: new Date().toISOString(), authorId: 'u-eu', authorName: 'Someone' },
          ]);
          getProposal(doc, id).set(proposalKeys.text, 'Something else;');
          getProposal(doc, id).set(proposalKeys.baseText, 'Urges States to act;');
        }),
      ),
    ).toMatch(/new version's/);
    expect(check(server, eu, (doc) => getVersionsArray(getProposal(doc, id))!.delete(0, 1))).toMatch(/only ever added/);
    const client = replicate(server);
    rejectProposal(server, id, { decidedBy: 'u-chair' });
    expect(
      findForbiddenProposalChange(
        server,
        capture(client, () => update(client)),
        eu,
      ),
    ).toMatch(/already rejected/);
  });

  it('takes what an acceptance replaced only as the paragraph stood', () => {
    const { server, id } = createWithProposal();
    expect(check(server, chair, (doc) => acceptProposal(doc, id, { decidedBy: 'u-chair' }))).toBeNull();
    expect(
      check(server, chair, (doc) =>
        doc.transact(() => {
          acceptProposal(doc, id, { decidedBy: 'u-chair' });
          getProposal(doc, id).set(proposalKeys.acceptedOnto, 'Something never there;');
        }),
      ),
    ).toMatch(/changed while you were accepting/);
  });
});
