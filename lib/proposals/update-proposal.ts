import type * as Y from 'yjs';
import { getParagraph, getParagraphContent } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import {
  getProposal,
  getVersionsArray,
  ProposalNotOpenError,
  proposalKeys,
  readProposalRecord,
  type ProposalVersion,
} from './proposal-doc-parts';

export interface ProposalUpdate {
  /** The new wording; for a deletion, ignored (a deletion has none). */
  text: string;
  authorId: string;
  authorName: string;
  now?: Date;
}

/**
 * The proposing delegation rewrites its open proposal, or brings an overtaken
 * one onto the paragraph as it now stands: a new version whose base is the
 * paragraph's current text. Earlier versions stay in the record. The server
 * checks the delegation, the author and that the base is the current text.
 */
export function updateProposal(doc: Y.Doc, id: string, update: ProposalUpdate): void {
  const proposal = getProposal(doc, id);
  const record = readProposalRecord(id, proposal);
  if (record.status !== 'open') throw new ProposalNotOpenError(id, record.status);
  if (record.kind === 'move') throw new Error('A move has no wording to update.');
  const versions = getVersionsArray(proposal);
  if (!versions) throw new Error('This proposal was made before versions were kept: reload the draft to update it.');
  const text = record.kind === 'delete' ? '' : update.text;
  if (record.kind !== 'delete' && !text.trim()) throw new Error('A proposal needs text.');
  const baseText = record.kind === 'add' ? '' : readFragmentText(getParagraphContent(getParagraph(doc, record.paragraphId)));
  if (text === record.text && baseText === record.baseText) return;
  const version: ProposalVersion = {
    text,
    baseText,
    at: (update.now ?? new Date()).toISOString(),
    authorId: update.authorId,
    authorName: update.authorName,
  };
  doc.transact(() => {
    versions.push([version]);
    proposal.set(proposalKeys.text, text);
    proposal.set(proposalKeys.baseText, baseText);
  });
}
