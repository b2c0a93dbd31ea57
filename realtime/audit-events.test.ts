import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDraftDoc, readParagraphOrder } from '@/lib/draft';
import {
  acceptProposal,
  bracketParagraph,
  clearPosition,
  createProposal,
  objectToProposal,
  setDraftMode,
  supportProposal,
  updateProposal,
} from '@/lib/proposals';
import { deriveAuditEntries, type AuditActor, type AuditEntry } from './audit-events';

function record(doc: Y.Doc, actor: AuditActor, change: () => void): AuditEntry[] {
  const entries: AuditEntry[] = [];
  const listener = (transaction: Y.Transaction) => entries.push(...deriveAuditEntries(doc, transaction, actor));
  doc.on('afterTransaction', listener);
  change();
  doc.off('afterTransaction', listener);
  return entries;
}

describe('audit entries', () => {
  it('derives actions from what changed, attributed to the given actor', () => {
    const doc = createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [{ kind: 'operative', text: 'Urges States to act;' }] });
    const paragraphId = readParagraphOrder(doc)[0]!;
    const eu = { userId: 'u-eu', delegationCode: 'EU' };
    const col = { userId: 'u-col', delegationCode: 'COL' };
    const chair = { userId: 'u-chair', delegationCode: 'CHAIR' };
    let id = '';
    const created = record(doc, eu, () => {
      id = createProposal(doc, {
        kind: 'amend',
        paragraphId,
        text: 'Urges all States to act;',
        delegation: 'EU',
        delegationName: 'EU',
        authorId: 'u-eu',
        authorName: 'Eva',
      });
    });
    expect(created).toEqual([
      {
        actorId: 'u-eu',
        delegationCode: 'EU',
        action: 'proposal.create',
        target: id,
        detail: JSON.stringify({
          kind: 'amend',
          paragraphId,
          paragraph: '1',
          text: 'Urges all States to act;',
          proposer: 'EU',
          baseText: 'Urges States to act;',
        }),
      },
    ]);
    const actions = (entries: AuditEntry[]) => entries.map((entry) => `${entry.delegationCode} ${entry.action}`);
    const updated = record(doc, eu, () =>
      updateProposal(doc, id, { text: 'Urges all States to act now;', authorId: 'u-eu', authorName: 'Eva' }),
    );
    expect(actions(updated)).toEqual(['EU proposal.update']);
    expect(JSON.parse(updated[0]!.detail)).toMatchObject({
      version: 2,
      text: 'Urges all States to act now;',
      baseText: 'Urges States to act;',
    });
    expect(actions(record(doc, col, () => supportProposal(doc, id, 'COL')))).toEqual(['COL proposal.support']);
    expect(actions(record(doc, col, () => objectToProposal(doc, id, 'COL')))).toEqual(['COL proposal.object']);
    expect(actions(record(doc, col, () => clearPosition(doc, id, 'COL')))).toEqual(['COL proposal.clear']);
    expect(actions(record(doc, chair, () => acceptProposal(doc, id, { decidedBy: 'u-chair' })))).toEqual(['CHAIR proposal.accept']);
    expect(actions(record(doc, chair, () => bracketParagraph(doc, paragraphId)))).toEqual(['CHAIR paragraph.bracket']);
    expect(actions(record(doc, chair, () => setDraftMode(doc, 'negotiation')))).toEqual(['CHAIR draft.mode']);
  });
});
