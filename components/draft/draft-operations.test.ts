import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { createDraftDoc, getParagraph, getParagraphContent, readDraftSnapshot, readParagraphOrder, type ParagraphInit } from '@/lib/draft';
import { exchangeUpdates, replicateDoc } from '@/test-support/yjs-sync';
import { createDraftOperations, createDraftUndoManager, type DraftOperations } from './draft-operations';

const baseParagraphs: ParagraphInit[] = [
  { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
  { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges', status: 'agreed' },
  { kind: 'subparagraph', text: 'by training officers;', depth: 1 },
];

interface Room {
  doc: Y.Doc;
  undoManager: Y.UndoManager;
  operations: DraftOperations;
}

function openRoom(doc: Y.Doc = createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: baseParagraphs })): Room {
  const undoManager = createDraftUndoManager(doc);
  return { doc, undoManager, operations: createDraftOperations(doc, undoManager) };
}

function readTexts(doc: Y.Doc): string[] {
  return readDraftSnapshot(doc).paragraphs.map((p) => p.text);
}

function readShapes(doc: Y.Doc): string[] {
  return readDraftSnapshot(doc).paragraphs.map((p) => `${p.number} ${p.kind}/${p.depth} ${p.status}${p.frozen ? ' frozen' : ''}`);
}

/** Typing as the editor binding does it: a transaction with the binding's origin. */
function typeAsEditor(doc: Y.Doc, id: string, at: number, text: string): void {
  doc.transact(() => {
    const block = getParagraphContent(getParagraph(doc, id)).get(0) as Y.XmlElement;
    (block.get(0) as Y.XmlText).insert(at, text, {});
  }, ySyncPluginKey);
}

function idAt(doc: Y.Doc, index: number): string {
  return readParagraphOrder(doc)[index]!;
}

describe('draft operations', () => {
  it('inserts an empty paragraph of the same kind and depth after another, open whatever its neighbour is', () => {
    const { doc, operations } = openRoom();
    const added = operations.insertAfter(idAt(doc, 1));
    expect(readParagraphOrder(doc).indexOf(added)).toBe(2);
    operations.insertAfter(idAt(doc, 3));
    expect(readShapes(doc)).toEqual([
      'PP1 preambular/0 open',
      '1 operative/0 agreed',
      '2 operative/0 open',
      '(a) subparagraph/1 open',
      '(b) subparagraph/1 open',
    ]);
    expect(readTexts(doc)).toEqual(['Recalling its resolution 10/3,', 'Urges States parties to act;', '', 'by training officers;', '']);
  });

  it('appends at the end with the requested kind', () => {
    const { doc, operations } = openRoom();
    const added = operations.appendParagraph('operative');
    expect(readParagraphOrder(doc).at(-1)).toBe(added);
    expect(readShapes(doc).at(-1)).toBe('2 operative/0 open');
  });

  it('splits at an offset and merges back into the previous paragraph, keeping the words', () => {
    const { doc, operations } = openRoom();
    const urges = idAt(doc, 1);
    const tail = operations.split(urges, 6);
    expect(readTexts(doc).slice(1, 3)).toEqual(['Urges ', 'States parties to act;']);
    expect(operations.mergeIntoPrevious(tail)).toBe(urges);
    expect(readTexts(doc)).toEqual(['Recalling its resolution 10/3,', 'Urges States parties to act;', 'by training officers;']);
  });

  it('does not merge the first paragraph, which has nothing before it', () => {
    const { doc, operations } = openRoom();
    expect(operations.mergeIntoPrevious(idAt(doc, 0))).toBeNull();
    expect(readTexts(doc)).toHaveLength(3);
  });

  it('moves one step at a time and refuses to move past either end', () => {
    const { doc, operations } = openRoom();
    const [first, second, third] = readParagraphOrder(doc) as [string, string, string];
    expect(operations.move(first, -1)).toBe(false);
    expect(operations.move(third, 1)).toBe(false);
    expect(operations.move(first, 1)).toBe(true);
    expect(readParagraphOrder(doc)).toEqual([second, first, third]);
  });

  it('puts a dropped paragraph where the target stands, and ignores a drop on itself', () => {
    const { doc, operations } = openRoom();
    const [first, second, third] = readParagraphOrder(doc) as [string, string, string];
    expect(operations.moveTo(third, first)).toBe(true);
    expect(readParagraphOrder(doc)).toEqual([third, first, second]);
    expect(operations.moveTo(second, second)).toBe(false);
    expect(operations.moveTo('no-such-paragraph', first)).toBe(false);
  });

  it('pastes several paragraphs after the caret: the tail of the split paragraph follows the last one', () => {
    const { doc, operations } = openRoom();
    const urges = idAt(doc, 1);
    const last = operations.finishPaste(urges, {
      paragraphs: [
        { kind: 'operative', text: 'Calls upon donors;', lead: 'Calls upon' },
        { kind: 'subparagraph', depth: 1, text: 'by funding;' },
      ],
      splitAt: 6,
    });
    expect(readTexts(doc)).toEqual([
      'Recalling its resolution 10/3,',
      'Urges ',
      'Calls upon donors;',
      'by funding;',
      'States parties to act;',
      'by training officers;',
    ]);
    expect(readShapes(doc).slice(1, 5)).toEqual([
      '1 operative/0 agreed',
      '2 operative/0 open',
      '(a) subparagraph/1 open',
      '3 operative/0 open',
    ]);
    expect(readDraftSnapshot(doc).paragraphs[2]?.lead).toBe('Calls upon');
    expect(last).toBe(idAt(doc, 3));
    expect(operations.finishPaste(urges, { paragraphs: [] })).toBeNull();
  });

  it('puts paragraphs pasted at the start of one before it', () => {
    const { doc, operations } = openRoom();
    const urges = idAt(doc, 1);
    const last = operations.finishPaste(urges, { paragraphs: [{ kind: 'operative', text: 'Decides to act;' }], splitAt: 0, before: true });
    expect(readTexts(doc)).toEqual([
      'Recalling its resolution 10/3,',
      'Decides to act;',
      'Urges States parties to act;',
      'by training officers;',
    ]);
    expect(last).toBe(idAt(doc, 1));
  });

  it('gives the paragraph pasted into the shape the paste says it has', () => {
    const { doc, operations } = openRoom();
    const recalling = idAt(doc, 0);
    operations.finishPaste(recalling, { paragraphs: [], reshape: { kind: 'operative', depth: 0 } });
    expect(readShapes(doc)[0]).toBe('1 operative/0 open');
  });

  it('changes kind, status and freezing', () => {
    const { doc, operations } = openRoom();
    const recalling = idAt(doc, 0);
    operations.setKind(recalling, 'subparagraph', 1);
    operations.setStatus(recalling, 'bracketed');
    operations.setFrozen(recalling, true);
    expect(readShapes(doc)[0]).toBe('(a) subparagraph/1 bracketed frozen');
  });
});

describe('one undo stack for the whole draft', () => {
  it('undoes typing and paragraph operations in the order they were made, and redoes them', () => {
    const { doc, operations } = openRoom();
    const urges = idAt(doc, 1);
    typeAsEditor(doc, urges, 0, 'Strongly ');
    const tail = operations.split(urges, 15);
    typeAsEditor(doc, tail, 0, 'All ');
    expect(readTexts(doc).slice(1, 3)).toEqual(['Strongly Urges ', 'All States parties to act;']);

    operations.undo();
    expect(readTexts(doc).slice(1, 3)).toEqual(['Strongly Urges ', 'States parties to act;']);
    operations.undo();
    expect(readTexts(doc)[1]).toBe('Strongly Urges States parties to act;');
    expect(readTexts(doc)).toHaveLength(3);
    operations.undo();
    expect(readTexts(doc)[1]).toBe('Urges States parties to act;');

    operations.redo();
    operations.redo();
    expect(readTexts(doc).slice(1, 3)).toEqual(['Strongly Urges ', 'States parties to act;']);
  });

  it('keeps a paragraph operation a step of its own, never merged with the typing just before it', () => {
    const { doc, operations } = openRoom();
    const urges = idAt(doc, 1);
    typeAsEditor(doc, urges, 0, 'Strongly ');
    // No pause between the keystroke and the operation: the undo manager would otherwise merge them.
    operations.insertAfter(urges);
    operations.undo();
    expect(readTexts(doc)).toEqual(['Recalling its resolution 10/3,', 'Strongly Urges States parties to act;', 'by training officers;']);
  });

  it('undoes a paste in one step: the text the editor put in the paragraph, its new shape and the paragraphs after it', () => {
    const { doc, operations } = openRoom();
    const subparagraph = idAt(doc, 2);
    typeAsEditor(doc, subparagraph, 0, 'Typed first ');
    operations.beginStep();
    typeAsEditor(doc, subparagraph, 0, 'Pasted ');
    operations.finishPaste(subparagraph, {
      paragraphs: [{ kind: 'operative', text: 'Requests also the secretariat;' }],
      reshape: { kind: 'operative', depth: 0 },
    });
    expect(readShapes(doc).slice(2)).toEqual(['2 operative/0 open', '3 operative/0 open']);
    operations.undo();
    expect(readTexts(doc)).toEqual(['Recalling its resolution 10/3,', 'Urges States parties to act;', 'Typed first by training officers;']);
    expect(readShapes(doc)[2]).toBe('(a) subparagraph/1 open');
    operations.redo();
    expect(readTexts(doc).slice(2)).toEqual(['Pasted Typed first by training officers;', 'Requests also the secretariat;']);
  });

  it('brings back a deleted paragraph with its words, kind and place', () => {
    const { doc, operations } = openRoom();
    const before = readShapes(doc);
    operations.remove(idAt(doc, 2));
    expect(readTexts(doc)).toHaveLength(2);
    operations.undo();
    expect(readTexts(doc)[2]).toBe('by training officers;');
    expect(readShapes(doc)).toEqual(before);
  });

  it('undoes moves, status and freezing changes', () => {
    const { doc, operations } = openRoom();
    const order = readParagraphOrder(doc);
    const before = readShapes(doc);
    operations.move(order[0]!, 1);
    operations.setStatus(order[1]!, 'bracketed');
    operations.setFrozen(order[1]!, true);
    operations.undo();
    operations.undo();
    operations.undo();
    expect(readParagraphOrder(doc)).toEqual(order);
    expect(readShapes(doc)).toEqual(before);
  });

  it("never undoes another delegation's changes", () => {
    const mine = openRoom();
    const theirs = replicateDoc(mine.doc);
    const urges = idAt(mine.doc, 1);
    mine.operations.split(urges, 6);
    typeAsEditor(theirs, idAt(theirs, 0), 0, 'Also ');
    exchangeUpdates(mine.doc, theirs);
    mine.operations.undo();
    expect(readTexts(mine.doc)).toEqual(['Also Recalling its resolution 10/3,', 'Urges States parties to act;', 'by training officers;']);
    expect(mine.undoManager.canUndo()).toBe(false);
  });

  it('leaves out changes marked as not for history', () => {
    const { doc, undoManager } = openRoom();
    doc.transact((transaction) => {
      transaction.meta.set('addToHistory', false);
      const block = getParagraphContent(getParagraph(doc, idAt(doc, 0))).get(0) as Y.XmlElement;
      (block.get(0) as Y.XmlText).insert(0, 'Also ', {});
    }, ySyncPluginKey);
    expect(undoManager.canUndo()).toBe(false);
  });
});
