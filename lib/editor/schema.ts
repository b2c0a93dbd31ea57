import { getSchema, Mark, mergeAttributes, Node, type AnyExtension } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';

/**
 * A footnote is an inline atom: its text lives in the `note` attribute so the
 * paragraph text stays clean and the marker can be numbered at render time.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { note: { default: '' } };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]', getAttrs: (el) => ({ note: (el as HTMLElement).getAttribute('data-note') ?? '' }) }];
  },
  renderHTML({ HTMLAttributes, node }) {
    return ['sup', mergeAttributes(HTMLAttributes, { 'data-footnote': '', 'data-note': String(node.attrs.note) }), '*'];
  },
});

/**
 * Words that entered the text by accepting a proposal carry who proposed them.
 * Not inclusive: typing next to attributed words must not claim them too.
 */
export const Attribution = Mark.create({
  name: 'attribution',
  inclusive: false,
  addAttributes() {
    return { proposalId: { default: null }, delegation: { default: null } };
  },
  parseHTML() {
    return [
      {
        tag: 'span[data-proposal]',
        getAttrs: (el) => ({
          proposalId: (el as HTMLElement).getAttribute('data-proposal'),
          delegation: (el as HTMLElement).getAttribute('data-delegation'),
        }),
      },
    ];
  },
  renderHTML({ mark }) {
    return ['span', { 'data-proposal': String(mark.attrs.proposalId ?? ''), 'data-delegation': String(mark.attrs.delegation ?? '') }, 0];
  },
});

/**
 * The one list of editor extensions, shared by the browser editors and the
 * server. Collaboration brings its own history, so undo/redo stays off; lists,
 * headings and the like have no place inside a resolution paragraph.
 */
export function createEditorExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      blockquote: false,
      bulletList: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      listItem: false,
      listKeymap: false,
      link: false,
      orderedList: false,
      strike: false,
      underline: false,
      undoRedo: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
    }),
    Footnote,
    Attribution,
  ];
}

let cachedSchema: Schema | undefined;

/** The ProseMirror schema of a paragraph's content; built once per process. */
export function getEditorSchema(): Schema {
  cachedSchema ??= getSchema(createEditorExtensions());
  return cachedSchema;
}

/** Mark names as Yjs stores them in XmlText formatting attributes (non-overlapping marks use the bare name). */
export const markNames = { italic: 'italic', bold: 'bold', attribution: 'attribution' } as const;

export const blockNodeName = 'paragraph';
export const footnoteNodeName = 'footnote';
export const hardBreakNodeName = 'hardBreak';
