import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { readFragmentJson } from './fragment-content';
import { getEditorSchema } from './schema';

function buildFragment(): { doc: Y.Doc; fragment: Y.XmlFragment } {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('content');
  const block = new Y.XmlElement('paragraph');
  fragment.insert(0, [block]);
  const text = new Y.XmlText();
  block.insert(0, [text]);
  text.insert(0, 'Urges', { italic: {} });
  text.insert(5, ' States parties ', {});
  text.insert(21, 'strongly', { bold: {}, attribution: { proposalId: 'q1', delegation: 'COL' } });
  const note = new Y.XmlElement('footnote');
  block.insert(1, [note]);
  note.setAttribute('note', 'A/RES/55/25.');
  block.insert(2, [new Y.XmlElement('hardBreak')]);
  const tail = new Y.XmlText();
  block.insert(3, [tail]);
  tail.insert(0, 'to act;');
  fragment.insert(1, [new Y.XmlElement('paragraph')]);
  return { doc, fragment };
}

describe('readFragmentJson', () => {
  it('reads what y-prosemirror would show', () => {
    const { doc, fragment } = buildFragment();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const expected = yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment('content'), getEditorSchema()).toJSON();
    expect(readFragmentJson(fragment)).toEqual(expected);
  });

  it('never writes to the document it reads, even content the editor cannot show', () => {
    const { doc, fragment } = buildFragment();
    (fragment.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('more ')]);
    fragment.insert(0, [new Y.XmlText('stray')]);
    ((fragment.get(1) as Y.XmlElement).get(1) as Y.XmlText).format(0, 5, { bogusmark: { x: 1 } });
    const before = Y.encodeStateAsUpdate(doc);
    const json = readFragmentJson(fragment);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(JSON.stringify(json)).toContain('Urges');
    expect(() => getEditorSchema().nodeFromJSON(json).check()).not.toThrow();
  });
});
