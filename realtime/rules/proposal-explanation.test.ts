import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraftDoc, readParagraphOrder } from '@/lib/draft';
import {
  createProposal,
  getProposal,
  maxExplanationLength,
  proposalKeys,
  readProposalRecords,
  setProposalExplanation,
  withdrawProposal,
} from '@/lib/proposals';
import { captureUpdate as capture, replicateDoc as replicate } from '@/test-support/yjs-sync';
import type { ConnectionIdentity } from '../authenticate';
import { judgeUpdate } from '../judge-update';

const eu: ConnectionIdentity = { userId: 'u-eu', negotiationId: 'n1', delegationCode: 'EU', role: 'delegate', readOnly: false };
const col: ConnectionIdentity = { userId: 'u-col', negotiationId: 'n1', delegationCode: 'COL', role: 'delegate', readOnly: false };
const chair: ConnectionIdentity = { userId: 'u-chair', negotiationId: 'n1', delegationCode: 'CHAIR', role: 'facilitator', readOnly: false };

function createServerDoc(): Y.Doc {
  return createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [{ kind: 'operative', text: 'Urges States to act;' }] });
}

function proposeAs(doc: Y.Doc, who: ConnectionIdentity, explanation?: string): string {
  return createProposal(doc, {
    kind: 'amend',
    paragraphId: readParagraphOrder(doc)[0]!,
    text: 'Urges all States to act;',
    ...(explanation !== undefined ? { explanation } : {}),
    delegation: who.delegationCode,
    delegationName: who.delegationCode,
    authorId: who.userId,
    authorName: 'Someone',
  });
}

function check(server: Y.Doc, who: ConnectionIdentity, change: (client: Y.Doc) => void): string | null {
  const client = replicate(server);
  return (
    judgeUpdate(
      server,
      capture(client, () => change(client)),
      who,
    )?.reason ?? null
  );
}

describe('proposal explanations', () => {
  it('lets a delegation explain its proposal when making it', () => {
    const server = createServerDoc();
    expect(check(server, eu, (doc) => proposeAs(doc, eu, 'Closer to agreed language of 2015.'))).toBeNull();
  });

  it('refuses an explanation over the cap, made directly in the document', () => {
    const server = createServerDoc();
    const refusal = check(server, eu, (doc) => {
      const id = proposeAs(doc, eu);
      getProposal(doc, id).set(proposalKeys.explanation, 'x'.repeat(maxExplanationLength + 1));
    });
    expect(refusal).toMatch(/at most 4000 are kept/);
    expect(check(server, eu, (doc) => getProposal(doc, proposeAs(doc, eu)).set(proposalKeys.explanation, 42))).toMatch(/plain text/);
  });

  it('lets only the proposing delegation rewrite the explanation, while the proposal is open', () => {
    const server = createServerDoc();
    const id = proposeAs(server, eu, 'First reason.');
    expect(check(server, eu, (doc) => setProposalExplanation(doc, id, 'A better reason.', 'EU'))).toBeNull();
    expect(check(server, eu, (doc) => setProposalExplanation(doc, id, '', 'EU'))).toBeNull();
    expect(check(server, col, (doc) => getProposal(doc, id).set(proposalKeys.explanation, 'COL says why EU proposed it.'))).toBe(
      'Only the proposing delegation can explain its proposal.',
    );
    expect(check(server, chair, (doc) => getProposal(doc, id).set(proposalKeys.explanation, 'The chair explains.'))).toBe(
      'Only the proposing delegation can explain its proposal.',
    );
    expect(check(server, eu, (doc) => getProposal(doc, id).set(proposalKeys.explanation, 'y'.repeat(maxExplanationLength + 1)))).toMatch(
      /at most/,
    );
    withdrawProposal(server, id);
    expect(check(server, eu, (doc) => getProposal(doc, id).set(proposalKeys.explanation, 'Too late.'))).toMatch(/already withdrawn/);
  });
});

describe('setProposalExplanation', () => {
  it('is read back trimmed, and refuses another delegation or an explanation over the cap with a clear message', () => {
    const doc = createServerDoc();
    const id = proposeAs(doc, eu, '  Agreed language.  ');
    expect(readProposalRecords(doc)[0]!.explanation).toBe('Agreed language.');
    expect(() => setProposalExplanation(doc, id, 'Mine now', 'COL')).toThrow(/Only EU can explain/);
    expect(() => setProposalExplanation(doc, id, 'z'.repeat(maxExplanationLength + 1), 'EU')).toThrow(
      /4001 characters long; at most 4000 are kept/,
    );
    setProposalExplanation(doc, id, 'Updated.', 'EU');
    expect(readProposalRecords(doc)[0]!.explanation).toBe('Updated.');
    expect(() => proposeAs(doc, eu, 'w'.repeat(maxExplanationLength + 1))).toThrow(/at most 4000/);
    const plain = proposeAs(doc, col);
    expect(readProposalRecords(doc).find((record) => record.id === plain)!.explanation).toBe('');
  });
});
