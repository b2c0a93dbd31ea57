import { Extension, type Editor } from '@tiptap/core';

export interface ParagraphKeyHandlers {
  undo(): boolean;
  redo(): boolean;
  move(delta: -1 | 1): boolean;
  enter(editor: Editor): boolean;
  split(editor: Editor): boolean;
  backspaceAtStart(editor: Editor): boolean;
}

interface ParagraphKeysOptions {
  getHandlers: () => ParagraphKeyHandlers;
}

function isCaretAtStart(editor: Editor): boolean {
  const { selection } = editor.state;
  return selection.empty && selection.from <= 1;
}

/**
 * Draft-level keys inside a paragraph editor. Ranked above Collaboration (its
 * per-paragraph undo) and the hard-break and Enter defaults, so the shared
 * undo stack and paragraph operations win.
 */
export const ParagraphKeys = Extension.create<ParagraphKeysOptions>({
  name: 'draftParagraphKeys',
  priority: 1100,
  addOptions() {
    return {
      getHandlers: () => {
        throw new Error('ParagraphKeys needs getHandlers.');
      },
    };
  },
  addKeyboardShortcuts() {
    const handlers = () => this.options.getHandlers();
    return {
      'Mod-z': () => handlers().undo(),
      'Shift-Mod-z': () => handlers().redo(),
      'Mod-y': () => handlers().redo(),
      'Alt-ArrowUp': () => handlers().move(-1),
      'Alt-ArrowDown': () => handlers().move(1),
      Enter: ({ editor }) => handlers().enter(editor),
      'Mod-Enter': ({ editor }) => handlers().split(editor),
      Backspace: ({ editor }) => (isCaretAtStart(editor) ? handlers().backspaceAtStart(editor) : false),
    };
  },
});
