import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { captureUpdate, replicateDoc } from '@/test-support/yjs-sync';
import { getParagraph, getParagraphContent } from './draft-doc-parts';
import { createDraftDoc } from './create-draft-doc';
import { deleteParagraph } from './delete-paragraph';
import { insertParagraph } from './insert-paragraph';
import { readDraftSnapshot } from './read-draft-snapshot';
import { readParagraphOrder } from './read-paragraph-order';
import { replayLocalChanges } from './replay-local-changes';
import { setParagraphFrozen } from './set-paragraph-frozen';

function textOf(doc: Y.Doc, id: string): Y.XmlText {
  return (getParagraphContent(getParagraph(doc, id)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

function texts(doc: Y.Doc): string[] {
  return readDraftSnapshot(doc).paragraphs.map((paragraph) => paragraph.text);
}

/** The server's copy, a browser's copy of it, and a fresh copy of the server's as the browser gets it after a refusal. */
function setUp() {
  const server = createDraftDoc({
    title: 'Replay',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties,',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 9/1,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
    ],
  });
  const local = replicateDoc(server);
  const [pp1, op1] = readParagraphOrder(server) as [string, string];
  return { server, local, pp1, op1 };
}

describe('replaying local changes onto the server state after a refusal', () => {
  it('keeps the edits to other paragraphs, merged with what others typed meanwhile, and holds back the refused one', () => {
    const { server, local, pp1, op1 } = setUp();
    // Offline: the delegate edits both paragraphs; meanwhile the chair types in PP1 and freezes OP1.
    textOf(local, pp1).insert(0, 'Also ');
    textOf(local, op1).insert(6, 'all ');
    textOf(server, pp1).insert(textOf(server, pp1).length, ' as amended');
    setParagraphFrozen(server, op1, true);
    const fresh = replicateDoc(server);

    const update = captureUpdate(fresh, () => {
      const result = replayLocalChanges(local, fresh, (id) => id === op1);
      expect(result.replayed).toEqual([pp1]);
      expect(result.heldBack).toEqual([{ paragraphId: op1, text: 'Urges all States parties to act;', deleted: false }]);
    });
    expect(texts(fresh)).toEqual(['Also Recalling its resolution 9/1, as amended', 'Urges States parties to act;']);
    // Sent as new changes under the fresh copy's own client id; nothing under the refused one.
    const structs = Y.decodeUpdate(update).structs;
    expect(structs.length).toBeGreaterThan(0);
    expect(new Set(structs.map((struct) => struct.id.client))).toEqual(new Set([fresh.clientID]));
    Y.applyUpdate(server, update);
    expect(texts(server)).toEqual(texts(fresh));
  });

  it('keeps the italics and the marks of what it replays', () => {
    const { server, local, pp1 } = setUp();
    textOf(local, pp1).format(10, 3, { italic: true });
    const fresh = replicateDoc(server);
    replayLocalChanges(local, fresh, () => false);
    expect(textOf(fresh, pp1).toDelta()).toEqual(textOf(local, pp1).toDelta());
  });

  it('adds a paragraph made locally after the one it followed, and deletes one deleted locally', () => {
    const { server, local, pp1, op1 } = setUp();
    const added = insertParagraph(local, 1, { kind: 'preambular', text: 'Noting the report,' });
    const other = insertParagraph(server, 2, { kind: 'operative', text: 'Decides to remain seized;' });
    deleteParagraph(local, op1);
    const fresh = replicateDoc(server);
    const result = replayLocalChanges(local, fresh, () => false);
    expect(result.replayed).toEqual([added, op1]);
    expect(readParagraphOrder(fresh)).toEqual([pp1, added, other]);
    expect(texts(fresh)).toEqual(['Recalling its resolution 9/1,', 'Noting the report,', 'Decides to remain seized;']);
  });

  it('changes nothing when the local copy has nothing the server lacks', () => {
    const { server, local } = setUp();
    textOf(server, readParagraphOrder(server)[0]!).insert(0, 'Chair ');
    const fresh = replicateDoc(server);
    const update = captureUpdate(fresh, () => expect(replayLocalChanges(local, fresh, () => true)).toEqual({ replayed: [], heldBack: [] }));
    expect(Y.decodeUpdate(update).structs).toEqual([]);
  });
});
