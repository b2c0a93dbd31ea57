import type * as Y from 'yjs';
import { readDraftMode, readProposalCounts, readProposals, type DraftMode, type ProposalCounts, type ProposalView } from './proposal-model';
import { createDocStore, type DocStore } from '@/components/draft/create-doc-store';

export interface ProposalSnapshot {
  mode: DraftMode;
  proposals: ProposalView[];
  counts: ProposalCounts;
}

export type ProposalStore = DocStore<ProposalSnapshot>;

export const emptyProposalSnapshot: ProposalSnapshot = {
  mode: 'drafting',
  proposals: [],
  counts: { open: 0, contestedParagraphs: 0, brackets: 0, agreedParagraphs: 0 },
};

function readSnapshot(doc: Y.Doc): ProposalSnapshot {
  return { mode: readDraftMode(doc), proposals: readProposals(doc), counts: readProposalCounts(doc) };
}

/**
 * Proposals as React sees them. Re-read after every transaction (the word
 * diffs depend on the current text, so typing can change them) but only
 * published when something shown changed, so the aria-live counts stay quiet.
 */
export function createProposalStore(doc: Y.Doc): ProposalStore {
  return createDocStore(doc, readSnapshot, (snapshot) => JSON.stringify(snapshot));
}
