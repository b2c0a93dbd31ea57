import { describe, expect, it } from 'vitest';
import { createDraftDoc } from './create-draft-doc';
import { readDraftSnapshot } from './read-draft-snapshot';
import { readParagraphOrder } from './read-paragraph-order';

describe('readParagraphOrder', () => {
  it('leaves out entries that are not paragraphs, so snapshots and saves keep working', () => {
    const doc = createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [{ kind: 'operative', text: 'Urges States to act;' }] });
    doc.getMap('paragraphs').set('bogus', 'x');
    doc.getArray('order').push(['bogus']);
    expect(readParagraphOrder(doc)).toHaveLength(1);
    expect(readDraftSnapshot(doc).paragraphs.map((paragraph) => paragraph.text)).toEqual(['Urges States to act;']);
  });
});
