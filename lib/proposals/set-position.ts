import type * as Y from 'yjs';
import { getPositionMap, getProposal } from './proposal-doc-parts';

export type Position = 'support' | 'object' | null;

/**
 * A delegation holds at most one position on a proposal: supporting removes
 * its objection and the other way round. Only the keys of that one delegation
 * are touched, so the server can check the update belongs to it.
 */
export function setPosition(doc: Y.Doc, id: string, delegation: string, position: Position): void {
  const proposal = getProposal(doc, id);
  const supporters = getPositionMap(proposal, 'supporters');
  const objectors = getPositionMap(proposal, 'objectors');
  if (!supporters || !objectors) throw new Error(`Proposal "${id}" has no supporters or objectors list.`);
  doc.transact(() => {
    const [keep, drop] = position === 'support' ? [supporters, objectors] : position === 'object' ? [objectors, supporters] : [null, null];
    if (keep && keep.get(delegation) !== true) keep.set(delegation, true);
    for (const map of drop ? [drop] : [supporters, objectors]) if (map.has(delegation)) map.delete(delegation);
  });
}
