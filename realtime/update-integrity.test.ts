import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { createDraftDoc, getParagraph, getParagraphContent, readParagraphOrder } from '@/lib/draft';
import { findIncompleteUpdate } from './update-integrity';

function createPair(): { server: Y.Doc; client: Y.Doc } {
  const server = createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [{ kind: 'operative', text: 'Urges States to act;' }] });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

function typeAt(doc: Y.Doc, text: string): void {
  const id = readParagraphOrder(doc)[0]!;
  ((getParagraphContent(getParagraph(doc, id)).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, text);
}

describe('findIncompleteUpdate', () => {
  it('accepts an ordinary update, and one that inserts and deletes its own words at once', () => {
    const { server, client } = createPair();
    const before = Y.encodeStateVector(client);
    typeAt(client, 'Strongly ');
    expect(findIncompleteUpdate(server, Y.encodeStateAsUpdate(client, before))).toBeNull();
    client.transact(() => {
      typeAt(client, 'xx');
      const id = readParagraphOrder(client)[0]!;
      ((getParagraphContent(getParagraph(client, id)).get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(0, 2);
    });
    expect(findIncompleteUpdate(server, Y.encodeStateAsUpdate(client, before))).toBeNull();
  });

  it('refuses content that follows a gap, which Yjs would park and apply later unjudged', () => {
    const { server, client } = createPair();
    typeAt(client, 'first ');
    const afterFirst = Y.encodeStateVector(client);
    typeAt(client, 'second ');
    expect(findIncompleteUpdate(server, Y.encodeStateAsUpdate(client, afterFirst))).toMatch(/not received/);
  });

  it('refuses deleting clocks the draft has not seen, such as another participant\u2019s future edits', () => {
    const { server } = createPair();
    const victim = 4242;
    // An update in the v1 encoding with no structs and one delete range: client 4242, clocks 0–5000.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, victim);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 5000);
    expect(findIncompleteUpdate(server, encoding.toUint8Array(encoder))).toMatch(/deletes content/);
  });

  it('refuses shared types a draft does not have', () => {
    const { server } = createPair();
    const stranger = new Y.Doc();
    stranger.getArray('zzz').insert(0, ['x'.repeat(1000)]);
    expect(findIncompleteUpdate(server, Y.encodeStateAsUpdate(stranger))).toMatch(/no shared type called "zzz"/);
  });
});
