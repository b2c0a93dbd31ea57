import type * as Y from 'yjs';
import { readDraftMode, readProposalCounts, readProposals, type DraftMode, type ProposalCounts, type ProposalView } from './proposal-model';

export interface ProposalSnapshot {
  mode: DraftMode;
  proposals: ProposalView[];
  counts: ProposalCounts;
}

export interface ProposalStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ProposalSnapshot;
  destroy(): void;
}

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
  let snapshot = readSnapshot(doc);
  let description = JSON.stringify(snapshot);
  const listeners = new Set<() => void>();
  const onTransaction = () => {
    const next = readSnapshot(doc);
    const nextDescription = JSON.stringify(next);
    if (nextDescription === description) return;
    snapshot = next;
    description = nextDescription;
    for (const listener of listeners) listener();
  };
  doc.on('afterTransaction', onTransaction);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    destroy() {
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}
