import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { LeadKind } from '@/lib/corpus/detect-lead';
import { createLeadItalicsPlugin } from './lead-italics';
import { getEditorSchema } from './schema';

/**
 * A paragraph editor's state with the lead rule, without a page: a Tiptap
 * editor without an element runs no plugins, so transactions are applied to
 * the state as the view would apply them.
 */
function openEditor(kind: LeadKind | null, text = '') {
  const schema = getEditorSchema();
  const paragraph = schema.nodes.paragraph!.create(null, text ? schema.text(text) : null);
  let state = EditorState.create({
    schema,
    doc: schema.topNodeType.create(null, [paragraph]),
    plugins: [createLeadItalicsPlugin(() => kind)],
  });
  const editor = {
    get state() {
      return state;
    },
    dispatch(transaction: Transaction) {
      state = state.applyTransaction(transaction).state;
    },
  };
  const type = (characters: string) => {
    for (const character of characters) editor.dispatch(state.tr.insertText(character));
  };
  const caretAt = (from: number, to = from) => editor.dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
  const caretAtEnd = () => editor.dispatch(state.tr.setSelection(TextSelection.atEnd(state.doc)));
  return { editor, type, caretAt, caretAtEnd };
}

function readItalics(editor: { state: EditorState }): string {
  let italic = '';
  editor.state.doc.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === 'italic')) italic += node.text;
  });
  return italic;
}

describe('lead italics as typed', () => {
  it('italicises "Recalling also" word by word in a preambular paragraph', () => {
    const { editor, type } = openEditor('preambular');
    type('Recalling');
    expect(readItalics(editor)).toBe('');
    type(' ');
    expect(readItalics(editor)).toBe('Recalling');
    type('also its resolution 10/3,');
    expect(readItalics(editor)).toBe('Recalling also');
    expect(editor.state.doc.textContent).toBe('Recalling also its resolution 10/3,');
  });

  it('italicises the verb phrase of an operative paragraph once a comma or space ends it', () => {
    const { editor, type } = openEditor('operative');
    type('Calls upon States parties,');
    expect(readItalics(editor)).toBe('Calls upon');
    const adverb = openEditor('operative');
    adverb.type('Also requests the secretariat');
    expect(readItalics(adverb.editor)).toBe('Also requests');
    const phrase = openEditor('preambular');
    phrase.type('Bearing in mind that');
    expect(readItalics(phrase.editor)).toBe('Bearing in mind');
  });

  it('leaves subparagraphs, and words that are no lead, alone', () => {
    const sub = openEditor(null);
    sub.type('Urges States to act;');
    expect(readItalics(sub.editor)).toBe('');
    const noun = openEditor('operative');
    noun.type('States parties should act;');
    expect(readItalics(noun.editor)).toBe('');
  });

  it('does not fight a person who takes the italics off', () => {
    const { editor, type, caretAt, caretAtEnd } = openEditor('preambular');
    type('Recalling ');
    expect(readItalics(editor)).toBe('Recalling');
    caretAt(1, 10);
    editor.dispatch(editor.state.tr.removeMark(1, 10, editor.state.schema.marks.italic!));
    caretAtEnd();
    type('also its resolution,');
    expect(readItalics(editor)).toBe('');
  });

  it('leaves a lead typed by someone else to their editor: changes arriving through Yjs are not italicised here', () => {
    const { editor } = openEditor('preambular');
    editor.dispatch(editor.state.tr.insertText('Recalling also its resolution,', 1).setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    expect(editor.state.doc.textContent).toBe('Recalling also its resolution,');
    expect(readItalics(editor)).toBe('');
  });

  it('italicises the lead of a pasted paragraph', () => {
    const { editor } = openEditor('operative');
    editor.dispatch(editor.state.tr.insertText('Requests the secretariat to report;', 1).setMeta('paste', true));
    expect(readItalics(editor)).toBe('Requests');
  });

  it('italicises an existing lead when the person edits it into one, but not for typing further on', () => {
    const { editor, type, caretAtEnd } = openEditor('operative', 'Request the secretariat');
    caretAtEnd();
    type(' to report');
    expect(readItalics(editor)).toBe('');
    editor.dispatch(editor.state.tr.insertText('s', 8));
    expect(readItalics(editor)).toBe('Requests');
  });
});

describe('lead italics in a long paragraph', () => {
  it('italicises the lead typed at the start of a long text and ignores typing far from it', () => {
    const { editor, type, caretAt, caretAtEnd } = openEditor('operative', ` the secretariat ${'to report '.repeat(20_000)}`);
    caretAtEnd();
    type(' again');
    expect(readItalics(editor)).toBe('');
    caretAt(1);
    type('Requests');
    expect(readItalics(editor)).toBe('Requests');
  });
});
