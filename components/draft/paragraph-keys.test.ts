import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { TextSelection } from '@tiptap/pm/state';
import { createDraftDoc, getParagraph, getParagraphContent, readParagraphOrder } from '@/lib/draft';
import { createEditorExtensions, readFragmentJson } from '@/lib/editor';
import { ParagraphKeys, type ParagraphKeyHandlers } from './paragraph-keys';

interface Key {
  key: string;
  ctrlKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

let calls: string[] = [];
let answer = true;

const handlers: ParagraphKeyHandlers = {
  undo: () => record('undo'),
  redo: () => record('redo'),
  move: (delta) => record(`move ${delta}`),
  enter: (editor) => record(`enter at ${editor.state.selection.from}`),
  split: (editor) => record(`split at ${editor.state.selection.from}`),
  backspaceAtStart: () => record('backspace at start'),
};

function record(call: string): boolean {
  calls.push(call);
  return answer;
}

/**
 * A paragraph editor as the drafting room builds it (schema, collaboration
 * on the paragraph's fragment, draft keys), without a page: keys go through
 * its plugins in the order ProseMirror consults them.
 */
function openParagraphEditor(): { editor: Editor; press(key: Key): boolean } {
  const doc = createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [{ kind: 'operative', text: 'Urges States to act;' }] });
  const fragment = getParagraphContent(getParagraph(doc, readParagraphOrder(doc)[0]!));
  const editor = new Editor({
    element: null,
    content: readFragmentJson(fragment),
    extensions: [
      ...createEditorExtensions(),
      Collaboration.configure({ fragment }),
      ParagraphKeys.configure({ getHandlers: () => handlers }),
    ],
  });
  const plugins = editor.extensionManager.plugins;
  const press = (key: Key) => {
    const event = { ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, keyCode: 0, ...key } as unknown as KeyboardEvent;
    return plugins.some((plugin) => plugin.props.handleKeyDown?.call(plugin, editor.view, event) === true);
  };
  return { editor, press };
}

function placeCaret(editor: Editor, pos: number): void {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)));
}

function readBlocks(editor: Editor): number {
  return editor.state.doc.childCount;
}

beforeAll(() => {
  // Keyboard shortcuts ask the platform which modifier "Mod" is; Node has no navigator before version 21.
  vi.stubGlobal('navigator', { platform: 'Linux x86_64', userAgent: 'node', maxTouchPoints: 0 });
});

afterAll(() => {
  vi.unstubAllGlobals();
});

beforeEach(() => {
  calls = [];
  answer = true;
});

describe('paragraph keys', () => {
  it('sends undo and redo to the draft-wide stack, ahead of the paragraph editor’s own history', () => {
    const { press } = openParagraphEditor();
    expect(press({ key: 'z', ctrlKey: true })).toBe(true);
    expect(press({ key: 'z', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(press({ key: 'y', ctrlKey: true })).toBe(true);
    expect(calls).toEqual(['undo', 'redo', 'redo']);
  });

  it('moves the paragraph with Alt+arrows', () => {
    const { press } = openParagraphEditor();
    press({ key: 'ArrowUp', altKey: true });
    press({ key: 'ArrowDown', altKey: true });
    expect(calls).toEqual(['move -1', 'move 1']);
  });

  it('gives Enter to the room instead of splitting the text inside one paragraph', () => {
    const { editor, press } = openParagraphEditor();
    placeCaret(editor, 6);
    expect(press({ key: 'Enter' })).toBe(true);
    expect(press({ key: 'Enter', ctrlKey: true })).toBe(true);
    expect(calls).toEqual(['enter at 6', 'split at 6']);
    expect(readBlocks(editor)).toBe(1);
  });

  it('lets the editor have Enter when the room declines it (a paragraph the person may not change)', () => {
    const { editor, press } = openParagraphEditor();
    answer = false;
    placeCaret(editor, 6);
    press({ key: 'Enter' });
    expect(calls).toEqual(['enter at 6']);
    expect(readBlocks(editor)).toBe(2);
  });

  it('offers Backspace to the room only with the caret at the very start', () => {
    const { editor, press } = openParagraphEditor();
    placeCaret(editor, 4);
    press({ key: 'Backspace' });
    expect(calls).toEqual([]);
    placeCaret(editor, 1);
    expect(press({ key: 'Backspace' })).toBe(true);
    expect(calls).toEqual(['backspace at start']);
  });

  it('leaves Backspace alone when words are selected from the start, so the selection is deleted', () => {
    const { editor, press } = openParagraphEditor();
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 1, 6)));
    press({ key: 'Backspace' });
    expect(calls).toEqual([]);
  });
});
