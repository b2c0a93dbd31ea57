import * as Y from 'yjs';
import { getParagraph, getParagraphContent, getParagraphMap } from '@/lib/draft';
import { createParagraphId } from '@/lib/draft/draft-doc-parts';
import { readFragmentText } from '@/lib/editor';
import {
  checkExplanation,
  createProposalId,
  getProposalsMap,
  proposalKeys,
  proposalKinds,
  type ProposalInit,
  type ProposalVersion,
} from './proposal-doc-parts';

/**
 * Records a proposal in the shared document and returns its id. The record
 * carries the proposing delegation and author; the realtime server refuses it
 * unless they are the connection's own.
 */
export function createProposal(doc: Y.Doc, init: ProposalInit): string {
  if (!proposalKinds.includes(init.kind)) throw new Error(`Unknown proposal kind "${init.kind}".`);
  const needsText = init.kind === 'amend' || init.kind === 'add' || init.kind === 'alternative';
  if (needsText && !init.text?.trim()) throw new Error(`A proposal to ${init.kind === 'add' ? 'add a paragraph' : init.kind} needs text.`);
  const explanation = checkExplanation(init.explanation);
  const after = init.afterParagraphId ?? null;
  if ((init.kind === 'add' || init.kind === 'move') && after !== null) getParagraph(doc, after);
  let paragraphId: string;
  let baseText = '';
  if (init.kind === 'add') {
    paragraphId = init.paragraphId ?? createParagraphId();
    if (getParagraphMap(doc).has(paragraphId)) throw new Error(`Paragraph "${paragraphId}" already exists.`);
  } else {
    if (!init.paragraphId) throw new Error(`A proposal to ${init.kind} needs a paragraph.`);
    paragraphId = init.paragraphId;
    baseText = readFragmentText(getParagraphContent(getParagraph(doc, paragraphId)));
  }
  const id = init.id ?? createProposalId();
  if (getProposalsMap(doc).has(id)) throw new Error(`Proposal "${id}" already exists.`);
  const createdAt = (init.now ?? new Date()).toISOString();
  const text = needsText ? init.text! : '';
  doc.transact(() => {
    const proposal = new Y.Map<unknown>();
    // Integrated first so the nested maps are live the moment they are set.
    getProposalsMap(doc).set(id, proposal);
    proposal.set(proposalKeys.id, id);
    proposal.set(proposalKeys.kind, init.kind);
    proposal.set(proposalKeys.paragraphId, paragraphId);
    if (init.kind === 'add' && init.paragraphKind) proposal.set(proposalKeys.paragraphKind, init.paragraphKind);
    proposal.set(proposalKeys.delegation, init.delegation);
    proposal.set(proposalKeys.delegationName, init.delegationName);
    proposal.set(proposalKeys.authorId, init.authorId);
    proposal.set(proposalKeys.authorName, init.authorName);
    proposal.set(proposalKeys.createdAt, createdAt);
    proposal.set(proposalKeys.text, text);
    proposal.set(proposalKeys.baseText, baseText);
    proposal.set(proposalKeys.afterParagraphId, init.kind === 'add' || init.kind === 'move' ? after : null);
    proposal.set(proposalKeys.status, 'open');
    if (explanation) proposal.set(proposalKeys.explanation, explanation);
    proposal.set(proposalKeys.supporters, new Y.Map<true>());
    proposal.set(proposalKeys.objectors, new Y.Map<true>());
    const versions = new Y.Array<ProposalVersion>();
    proposal.set(proposalKeys.versions, versions);
    versions.push([{ text, baseText, at: createdAt, authorId: init.authorId, authorName: init.authorName }]);
  });
  return id;
}
