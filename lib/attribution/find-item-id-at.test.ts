import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockNodeName, footnoteNodeName, hardBreakNodeName, readFragmentText } from '@/lib/editor';
import { findItemIdAt } from './find-item-id-at';

describe('the Yjs id of a character at a text offset', () => {
  it('counts as readFragmentText does: footnotes left out, a hard break and a block break one character each', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('content');
    const first = new Y.XmlElement(blockNodeName);
    const second = new Y.XmlElement(blockNodeName);
    fragment.insert(0, [first, second]);
    const before = new Y.XmlText('Urges');
    const note = new Y.XmlElement(footnoteNodeName);
    note.setAttribute('note', 'A footnote.');
    const hardBreak = new Y.XmlElement(hardBreakNodeName);
    const after = new Y.XmlText('States');
    first.insert(0, [before, note, hardBreak, after]);
    second.insert(0, [new Y.XmlText('to act')]);
    expect(readFragmentText(fragment)).toBe('Urges\nStates\nto act');

    const idOf = (text: Y.XmlText, index: number) => ({ client: doc.clientID, clock: text._start!.id.clock + index });
    expect(findItemIdAt(fragment, 0)).toEqual(idOf(before, 0));
    expect(findItemIdAt(fragment, 4)).toEqual(idOf(before, 4));
    expect(findItemIdAt(fragment, 5)).toBeNull();
    expect(findItemIdAt(fragment, 6)).toEqual(idOf(after, 0));
    expect(findItemIdAt(fragment, 'Urges\nStates\nto'.length)).toEqual(idOf(second.get(0) as Y.XmlText, 2));
    expect(findItemIdAt(fragment, 100)).toBeNull();
  });
});
