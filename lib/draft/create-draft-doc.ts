import * as Y from 'yjs';
import { addParagraphEntry } from './build-paragraph';
import { getMetaMap, getOrderArray } from './draft-doc-parts';
import type { DraftDocInit } from './types';

/** Builds a draft's shared document. Done once, on the server, when the draft is created. */
export function createDraftDoc(init: DraftDocInit): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = getMetaMap(doc);
    meta.set('title', init.title);
    meta.set('body', init.body);
    meta.set('chapeau', init.chapeau);
    if (init.baseDocumentId) meta.set('baseDocumentId', init.baseDocumentId);
    if (init.baseDraftId) meta.set('baseDraftId', init.baseDraftId);
    const ids = init.paragraphs.map((paragraph) => addParagraphEntry(doc, paragraph));
    getOrderArray(doc).insert(0, ids);
  });
  return doc;
}
