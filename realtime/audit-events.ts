import * as Y from 'yjs';
import { draftDocKeys, paragraphKeys } from '@/lib/draft';
import type { AuditAction, AuditEventInput } from '@/lib/audit/audit-event';
import { modeKey, positionKeys, proposalKeys, proposalsKey, readParagraphNumber, readProposalRecord } from '@/lib/proposals';

export { auditActions, type AuditAction, type AuditEventInput } from '@/lib/audit/audit-event';

/** Who made a change: always the server's view of the connection, never a claim inside the document. */
export interface AuditActor {
  userId: string;
  delegationCode: string;
  /** The role in the negotiation; a facilitator's direct edits in negotiation are the Chair's. */
  role?: string;
}

export type AuditEntry = Omit<AuditEventInput, 'draftId' | 'createdAt'>;

const statusActions: Record<string, AuditAction | undefined> = {
  withdrawn: 'proposal.withdraw',
  accepted: 'proposal.accept',
  rejected: 'proposal.reject',
};

/**
 * What a transaction that the server accepted and applied did, as audit
 * entries: read from the document after the change (tr.changed lists the
 * types and keys it touched), so they say what happened rather than what a
 * client said happened. Creations come first, then new versions, positions and decisions.
 */
export function deriveAuditEntries(doc: Y.Doc, transaction: Y.Transaction, actor: AuditActor): AuditEntry[] {
  const proposals = doc.getMap<Y.Map<unknown>>(proposalsKey);
  const paragraphs = doc.getMap(draftDocKeys.paragraphs);
  const meta = doc.getMap(draftDocKeys.meta);
  const created: AuditEntry[] = [];
  const positions: AuditEntry[] = [];
  const updated: AuditEntry[] = [];
  const decided: AuditEntry[] = [];
  const touchedPositions = new Map<string, Set<string>>();

  const describe = (id: string, extra: Record<string, unknown> = {}): string => {
    const proposal = proposals.get(id);
    if (!(proposal instanceof Y.Map)) return JSON.stringify({ ...extra });
    const record = readProposalRecord(id, proposal);
    return JSON.stringify({
      kind: record.kind,
      paragraphId: record.paragraphId,
      paragraph: readParagraphNumber(doc, record.paragraphId),
      text: record.text,
      proposer: record.delegation,
      ...extra,
    });
  };
  const entry = (action: AuditAction, target: string, detail: string): AuditEntry => ({
    actorId: actor.userId,
    delegationCode: actor.delegationCode,
    action,
    target,
    detail,
  });
  const touchPosition = (proposalId: string, delegation: string) => {
    const set = touchedPositions.get(proposalId) ?? new Set<string>();
    set.add(delegation);
    touchedPositions.set(proposalId, set);
  };

  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) === proposals) {
      for (const id of keys) {
        const proposal = id === null ? undefined : proposals.get(id);
        if (id === null || !(proposal instanceof Y.Map)) continue;
        created.push(entry('proposal.create', id, describe(id, { baseText: proposal.get(proposalKeys.baseText) ?? '' })));
        // Positions taken in the creating transaction are not listed in tr.changed (their maps are new).
        for (const key of positionKeys) {
          const map = proposal.get(key);
          if (map instanceof Y.Map) for (const delegation of map.keys()) touchPosition(id, delegation);
        }
      }
      continue;
    }
    const item = type._item;
    const map = type as unknown as Y.Map<unknown>;
    if (!item) {
      if ((type as unknown) === meta && keys.has(modeKey)) {
        decided.push(entry('draft.mode', 'draft', JSON.stringify({ mode: meta.get(modeKey) ?? 'drafting' })));
      }
      continue;
    }
    const parent = item.parent as unknown;
    if (parent === proposals && item.parentSub !== null && keys.has(proposalKeys.status)) {
      const status = map.get(proposalKeys.status);
      const action = typeof status === 'string' ? statusActions[status] : undefined;
      const record = readProposalRecord(item.parentSub, map);
      // What an acceptance replaced and the word on brackets belong to the record of who removed which words.
      const extra = action === 'proposal.accept' ? { acceptedOnto: record.acceptedOnto, bracketNote: record.bracketNote } : {};
      if (action) decided.push(entry(action, item.parentSub, describe(item.parentSub, extra)));
      continue;
    }
    const proposalItem = (parent as Y.AbstractType<any>)._item;
    const proposalId = proposalItem && (proposalItem.parent as unknown) === proposals ? proposalItem.parentSub : null;
    if (proposalId !== null && item.parentSub === proposalKeys.versions) {
      const record = readProposalRecord(proposalId, parent as Y.Map<unknown>);
      updated.push(
        entry('proposal.update', proposalId, describe(proposalId, { version: record.versions.length, baseText: record.baseText })),
      );
      continue;
    }
    if (proposalId !== null && positionKeys.includes(item.parentSub ?? '')) {
      for (const delegation of keys) if (delegation !== null) touchPosition(proposalId, delegation);
      continue;
    }
    if (parent === paragraphs && item.parentSub !== null && keys.has(paragraphKeys.status)) {
      if (map.get(paragraphKeys.status) === 'bracketed') {
        const id = item.parentSub;
        decided.push(entry('paragraph.bracket', id, JSON.stringify({ paragraphId: id, paragraph: readParagraphNumber(doc, id) })));
      }
    }
  }

  for (const [id, delegations] of touchedPositions) {
    const proposal = proposals.get(id);
    if (!(proposal instanceof Y.Map)) continue;
    const record = readProposalRecord(id, proposal);
    for (const delegation of delegations) {
      const action: AuditAction = record.supporters.includes(delegation)
        ? 'proposal.support'
        : record.objectors.includes(delegation)
          ? 'proposal.object'
          : 'proposal.clear';
      positions.push(entry(action, id, describe(id, { position: delegation })));
    }
  }
  return [...created, ...updated, ...positions, ...decided];
}
