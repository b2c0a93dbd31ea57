import type * as Y from 'yjs';
import { getMetaMap } from '@/lib/draft';
import { draftModes, modeKey, type DraftMode } from './proposal-doc-parts';

/** Only a facilitator may do this; the realtime server refuses anyone else's mode change. */
export function setDraftMode(doc: Y.Doc, mode: DraftMode): void {
  if (!draftModes.includes(mode)) throw new Error(`Unknown draft mode "${mode}".`);
  doc.transact(() => {
    const meta = getMetaMap(doc);
    if (meta.get(modeKey) !== mode) meta.set(modeKey, mode);
  });
}
