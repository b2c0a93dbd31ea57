import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraftDoc, getParagraph, getParagraphContent, getParagraphMap, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import { readFragmentJson } from '@/lib/editor/fragment-content';
import { getEditorSchema } from '@/lib/editor/schema';
import { createProposal } from '@/lib/proposals';
import { repairDraftDoc } from './repair-draft-doc';

function createDoc(): { doc: Y.Doc; ids: string[] } {
  const doc = createDraftDoc({
    title: 't',
    body: 'b',
    chapeau: 'c',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3,', lead: 'Recalling' },
      { kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges' },
    ],
  });
  return { doc, ids: readParagraphOrder(doc) };
}

function expectRenders(doc: Y.Doc): void {
  const schema = getEditorSchema();
  for (const value of getParagraphMap(doc).values()) {
    expect(() => schema.nodeFromJSON(readFragmentJson(getParagraphContent(value))).check()).not.toThrow();
  }
  expect(() => readDraftSnapshot(doc)).not.toThrow();
}

function textRun(doc: Y.Doc, id: string): Y.XmlText {
  return (getParagraphContent(getParagraph(doc, id)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

describe('repairDraftDoc', () => {
  it('finds nothing to repair in a draft the model built', () => {
    const { doc } = createDoc();
    expect(repairDraftDoc(doc, { fix: false })).toEqual([]);
    expect(repairDraftDoc(doc, { fix: true })).toEqual([]);
  });

  it('turns text placed straight into a fragment into a paragraph, keeping its words', () => {
    const { doc, ids } = createDoc();
    getParagraphContent(getParagraph(doc, ids[1]!)).insert(1, [new Y.XmlText(' and to report')]);
    // Unrepaired, the editor cannot show those words: they are not in the paragraph's content.
    expect(JSON.stringify(readDraftSnapshot(doc).paragraphs[1]!.content)).not.toContain('and to report');
    const notes = repairDraftDoc(doc, { fix: true });
    expect(notes.join('\n')).toMatch(/replaced content the editor cannot show/);
    expectRenders(doc);
    expect(readDraftSnapshot(doc).paragraphs[1]!.text).toBe('Urges States parties to act;\n and to report');
    expect(repairDraftDoc(doc, { fix: false })).toEqual([]);
  });

  it('flattens thousands of nested elements to their text without overflowing the stack', () => {
    const { doc, ids } = createDoc();
    let parent = getParagraphContent(getParagraph(doc, ids[1]!)).get(0) as Y.XmlElement;
    doc.transact(() => {
      for (let depth = 0; depth < 3_000; depth++) {
        const child = new Y.XmlElement('paragraph');
        parent.insert(0, [child]);
        parent = child;
      }
      parent.insert(0, [new Y.XmlText('deep ')]);
    });
    repairDraftDoc(doc, { fix: true });
    expectRenders(doc);
    expect(readDraftSnapshot(doc).paragraphs[1]!.text).toBe('deep Urges States parties to act;');
  });

  it('gives a paragraph without content an empty text and fixes missing or unknown fields', () => {
    const { doc, ids } = createDoc();
    const paragraph = getParagraph(doc, ids[1]!);
    paragraph.delete('content');
    paragraph.delete('kind');
    paragraph.set('status', 'rogue');
    paragraph.set('colour', 'red');
    getParagraphMap(doc).set('pbroken', 'not a map' as unknown as Y.Map<unknown>);
    const notes = repairDraftDoc(doc, { fix: true });
    expect(notes).toHaveLength(5);
    expectRenders(doc);
    const repaired = readDraftSnapshot(doc).paragraphs[1]!;
    expect(repaired).toMatchObject({ kind: 'operative', status: 'open', text: '' });
    expect(getParagraphMap(doc).has('pbroken')).toBe(false);
  });

  it('removes unknown marks and attribution that no accepted proposal backs, keeping the words and valid marks', () => {
    const { doc, ids } = createDoc();
    const proposalId = createProposal(doc, {
      kind: 'amend',
      paragraphId: ids[1]!,
      text: 'x',
      delegation: 'COL',
      delegationName: 'Colombia',
      authorId: 'u',
      authorName: 'U',
    });
    textRun(doc, ids[1]!).format(6, 6, { bogusmark: true });
    textRun(doc, ids[1]!).format(13, 7, { attribution: { proposalId, delegation: 'COL' } });
    // Unrepaired, the browser's editor (y-prosemirror) would drop, and delete, the whole text of the paragraph.
    expect(repairDraftDoc(doc, { fix: false }).join('\n')).toMatch(/"bogusmark"/);
    const notes = repairDraftDoc(doc, { fix: true });
    expect(notes.join('\n')).toMatch(/"bogusmark"/);
    expect(notes.join('\n')).toMatch(/"attribution"/);
    expectRenders(doc);
    const [lead] = textRun(doc, ids[1]!).toDelta() as { insert: string; attributes?: Record<string, unknown> }[];
    expect(lead).toEqual({ insert: 'Urges', attributes: { italic: {} } });
    expect(JSON.stringify(readDraftSnapshot(doc).paragraphs[1]!.content)).toContain('States parties');
  });

  it('repairs as Yjs operations that a replica converges on', () => {
    const { doc, ids } = createDoc();
    getParagraphContent(getParagraph(doc, ids[0]!)).insert(0, [new Y.XmlText('poison')]);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    repairDraftDoc(doc, { fix: true });
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc, before));
    expectRenders(replica);
    expect(readDraftSnapshot(replica)).toEqual(readDraftSnapshot(doc));
  });
});
