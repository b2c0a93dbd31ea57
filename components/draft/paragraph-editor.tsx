'use client';

import { useEffect, useRef } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { LeadKind } from '@/lib/corpus/detect-lead';
import { createEditorExtensions } from '@/lib/editor';
import { LeadItalics } from '@/lib/editor/lead-italics';
import { ParagraphKeys, type ParagraphKeyHandlers } from './paragraph-keys';
import type { PresenceUser } from './presence';

export interface ParagraphEditorHandlers extends ParagraphKeyHandlers {
  paste(view: EditorView, event: ClipboardEvent, slice: Slice): boolean;
  /** The kind whose opening words are set in italics as typed; null for subparagraphs. */
  leadKind(): LeadKind | null;
  focus(): void;
  blur(): void;
  /** Called once the editor exists; returns the clean-up for when it goes away. */
  register(editor: Editor): () => void;
}

interface ParagraphEditorProps {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  user: PresenceUser;
  editable: boolean;
  labelledBy: string;
  describedBy?: string;
  handlers: ParagraphEditorHandlers;
}

function renderCaret(user: Record<string, unknown>): HTMLElement {
  const delegation = user.delegation as { name?: unknown } | undefined;
  const colour = typeof user.color === 'string' ? user.color : '#6b7280';
  const caret = document.createElement('span');
  caret.className = 'draft-caret';
  caret.style.borderColor = colour;
  // The name is drawn by CSS from an attribute: a text node here would become part of the paragraph's text.
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'draft-caret-label';
  label.style.backgroundColor = colour;
  label.dataset.name = typeof delegation?.name === 'string' ? delegation.name : String(user.name ?? '');
  caret.append(label);
  return caret;
}

/** One paragraph's rich text, bound to its own shared fragment; carets of others show in their delegation colour. */
export function ParagraphEditor({ fragment, provider, user, editable, labelledBy, describedBy, handlers }: ParagraphEditorProps) {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const editor = useEditor(
    {
      // Rows only render in the browser, once connected; creating the editor during the
      // first render lets a new paragraph take focus before the next key arrives.
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editable,
      extensions: [
        ...createEditorExtensions(),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user: { ...user }, render: renderCaret }),
        ParagraphKeys.configure({ getHandlers: () => handlersRef.current }),
        LeadItalics.configure({ getKind: () => handlersRef.current.leadKind() }),
      ],
      editorProps: {
        attributes: {
          class: 'draft-paragraph-text',
          role: 'textbox',
          'aria-multiline': 'true',
          // Reached from its row (Enter) or by pointer: the list keeps one tab stop, and read-only text still takes focus.
          tabindex: '-1',
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        },
        handlePaste: (view, event, slice) => handlersRef.current.paste(view, event, slice),
      },
      onFocus: () => handlersRef.current.focus(),
      onBlur: () => handlersRef.current.blur(),
    },
    [fragment, provider],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    if (!editor) return undefined;
    return handlersRef.current.register(editor);
  }, [editor]);

  return <EditorContent editor={editor} className="draft-paragraph-editor" />;
}
