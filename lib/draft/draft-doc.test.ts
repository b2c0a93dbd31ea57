import { describe, expect, it } from 'vitest';
import { exchangeUpdates as exchange, replicateDoc } from '@/test-support/yjs-sync';
import * as Y from 'yjs';
import {
  createDraftDoc,
  deleteParagraph,
  deriveNumbering,
  getOrderArray,
  getParagraph,
  getParagraphContent,
  insertParagraph,
  mergeParagraphs,
  moveParagraph,
  readDraftSnapshot,
  readParagraphOrder,
  setParagraphFrozen,
  setParagraphKind,
  setParagraphStatus,
  splitParagraph,
} from './index';

function createBaseDoc(): Y.Doc {
  return createDraftDoc({
    title: 'Trafficking in persons',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties …,',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      { kind: 'preambular', text: 'Noting with concern the rise,', lead: 'Noting with concern' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
      { kind: 'subparagraph', text: 'by training officers;' },
      { kind: 'subparagraph', text: 'in ports;', depth: 2 },
      { kind: 'subparagraph', text: 'in airports;', depth: 2 },
      { kind: 'subparagraph', text: 'by sharing data;' },
      { kind: 'operative', text: 'Requests the secretariat to report.', lead: 'Requests' },
    ],
  });
}

/** Two replicas of one document, as two browsers would hold after syncing. */
function createPeers(): [Y.Doc, Y.Doc] {
  const a = createBaseDoc();
  return [a, replicateDoc(a)];
}

function insertText(doc: Y.Doc, id: string, at: number, text: string): void {
  const block = getParagraphContent(getParagraph(doc, id)).get(0) as Y.XmlElement;
  (block.get(0) as Y.XmlText).insert(at, text, {});
}

function readTexts(doc: Y.Doc): string[] {
  return readDraftSnapshot(doc).paragraphs.map((p) => p.text);
}

describe('draft document model', () => {
  it('builds a snapshot with derived numbering, lead and ProseMirror content', () => {
    const snapshot = readDraftSnapshot(createBaseDoc());
    expect(snapshot.title).toBe('Trafficking in persons');
    expect(snapshot.paragraphs.map((p) => p.number)).toEqual(['PP1', 'PP2', '1', '(a)', '(i)', '(ii)', '(b)', '2']);
    const first = snapshot.paragraphs[0]!;
    expect(first.text).toBe('Recalling its resolution 10/3,');
    expect(first.lead).toBe('Recalling');
    expect(first.status).toBe('open');
    expect(first.content).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', marks: [{ type: 'italic' }], text: 'Recalling' },
            { type: 'text', text: ' its resolution 10/3,' },
          ],
        },
      ],
    });
  });

  it('derives numbering from kinds only', () => {
    expect(deriveNumbering([{ kind: 'operative' }, { kind: 'subparagraph' }, { kind: 'operative' }, { kind: 'subparagraph' }])).toEqual([
      '1',
      '(a)',
      '2',
      '(a)',
    ]);
    const many = deriveNumbering(Array.from({ length: 28 }, () => ({ kind: 'subparagraph' as const })));
    expect(many.slice(25)).toEqual(['(z)', '(aa)', '(bb)']);
  });

  it('converges concurrent edits in one paragraph', () => {
    const [a, b] = createPeers();
    const id = readParagraphOrder(a)[2]!;
    insertText(a, id, 6, 'all ');
    insertText(b, id, 27, ' now');
    exchange(a, b);
    expect(readTexts(a)).toEqual(readTexts(b));
    expect(readDraftSnapshot(a).paragraphs[2]!.text).toBe('Urges all States parties to act now;');
  });

  it('keeps an edit made while someone else moves the paragraph', () => {
    const [a, b] = createPeers();
    const id = readParagraphOrder(a)[0]!;
    moveParagraph(a, id, 1);
    insertText(b, id, 9, ' also');
    exchange(a, b);
    expect(readParagraphOrder(a)).toEqual(readParagraphOrder(b));
    expect(readParagraphOrder(a)[1]).toBe(id);
    expect(readDraftSnapshot(b).paragraphs[1]!.text).toBe('Recalling also its resolution 10/3,');
    expect(
      readDraftSnapshot(b)
        .paragraphs.map((p) => p.number)
        .slice(0, 2),
    ).toEqual(['PP1', 'PP2']);
  });

  it('shows a paragraph moved by two people at once exactly once, identically on both', () => {
    const [a, b] = createPeers();
    const id = readParagraphOrder(a)[7]!;
    moveParagraph(a, id, 0);
    moveParagraph(b, id, 3);
    exchange(a, b);
    const orderA = readParagraphOrder(a);
    expect(orderA).toEqual(readParagraphOrder(b));
    expect(orderA.filter((x) => x === id)).toHaveLength(1);
    expect(orderA).toHaveLength(8);
    expect(getOrderArray(a).length).toBe(9);
    // The next structural edit tidies the duplicate away on every replica.
    moveParagraph(a, orderA[1]!, 1);
    exchange(a, b);
    expect(getOrderArray(a).length).toBe(8);
    expect(getOrderArray(b).toArray()).toEqual(getOrderArray(a).toArray());
  });

  it('converges concurrent clean-ups and moves without losing a paragraph', () => {
    const [a, b] = createPeers();
    const c = new Y.Doc();
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    const id = readParagraphOrder(a)[3]!;
    moveParagraph(a, id, 0);
    moveParagraph(b, id, 6);
    exchange(a, b);
    moveParagraph(a, id, 4);
    moveParagraph(c, readParagraphOrder(c)[0]!, 2);
    exchange(a, c);
    exchange(b, c);
    exchange(a, b);
    const order = readParagraphOrder(a);
    expect(order).toEqual(readParagraphOrder(b));
    expect(order).toEqual(readParagraphOrder(c));
    expect(new Set(order).size).toBe(8);
  });

  it('inserts, deletes, splits and merges paragraphs', () => {
    const doc = createBaseDoc();
    const ids = readParagraphOrder(doc);
    const inserted = insertParagraph(doc, 2, { kind: 'preambular', text: 'Bearing in mind the Protocol,', lead: 'Bearing in mind' });
    expect(readParagraphOrder(doc)[2]).toBe(inserted);
    expect(readDraftSnapshot(doc).paragraphs[2]!.number).toBe('PP3');

    const tail = splitParagraph(doc, ids[2]!, 'Urges States parties'.length);
    expect(readTexts(doc).slice(3, 5)).toEqual(['Urges States parties', ' to act;']);
    expect(readDraftSnapshot(doc).paragraphs[3]!.lead).toBe('Urges');
    expect(readParagraphOrder(doc)[4]).toBe(tail);

    mergeParagraphs(doc, ids[2]!, tail);
    expect(readTexts(doc)[3]).toBe('Urges States parties to act;');
    expect(readParagraphOrder(doc)).not.toContain(tail);

    deleteParagraph(doc, inserted);
    expect(readParagraphOrder(doc)).toEqual(ids);
  });

  it('splits inside an italic lead and keeps formatting on both sides', () => {
    const doc = createBaseDoc();
    const id = readParagraphOrder(doc)[1]!;
    const tail = splitParagraph(doc, id, 6);
    const snapshot = readDraftSnapshot(doc);
    expect(snapshot.paragraphs[1]!.lead).toBe('Noting');
    expect(snapshot.paragraphs[2]!.id).toBe(tail);
    expect(snapshot.paragraphs[2]!.lead).toBe(' with concern');
    expect(snapshot.paragraphs[2]!.text).toBe(' with concern the rise,');
  });

  it('sets kind, status and frozen, renumbering from kinds', () => {
    const doc = createBaseDoc();
    const ids = readParagraphOrder(doc);
    setParagraphKind(doc, ids[3]!, 'operative');
    setParagraphStatus(doc, ids[0]!, 'agreed-ad-ref');
    setParagraphFrozen(doc, ids[0]!, true);
    const snapshot = readDraftSnapshot(doc);
    expect(snapshot.paragraphs.map((p) => p.number)).toEqual(['PP1', 'PP2', '1', '2', '(i)', '(ii)', '(a)', '3']);
    expect(snapshot.paragraphs[0]).toMatchObject({ status: 'agreed-ad-ref', frozen: true });
  });
});
