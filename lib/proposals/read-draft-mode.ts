import type * as Y from 'yjs';
import { getMetaMap } from '@/lib/draft';
import { modeKey, type DraftMode } from './proposal-doc-parts';

/** 'drafting' unless the facilitator switched the draft to 'negotiation'. */
export function readDraftMode(doc: Y.Doc): DraftMode {
  return getMetaMap(doc).get(modeKey) === 'negotiation' ? 'negotiation' : 'drafting';
}
