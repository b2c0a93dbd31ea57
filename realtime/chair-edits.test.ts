import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { containsItem, readChairEditDetail } from '@/lib/attribution/chair-edit';
import { findItemIdAt } from '@/lib/attribution/find-item-id-at';
import { createDraftDoc, getParagraph, getParagraphContent, readParagraphOrder } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { acceptProposal, createProposal, setDraftMode } from '@/lib/proposals';
import type { AuditActor, AuditEventInput } from './audit-events';
import { attachAuditRecorder } from './audit-recorder';

const chair: AuditActor = { userId: 'u-chair', delegationCode: 'CHAIR', role: 'facilitator' };
const eu: AuditActor = { userId: 'u-eu', delegationCode: 'EU', role: 'delegate' };

/** The server's document and a browser's copy of it; what the browser does reaches the server as one update from `actor`. */
function setUp(texts: string[], mode: 'drafting' | 'negotiation' = 'negotiation') {
  const server = createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: texts.map((text) => ({ kind: 'operative', text })) });
  if (mode === 'negotiation') setDraftMode(server, 'negotiation');
  const events: AuditEventInput[] = [];
  const recorder = attachAuditRecorder(server, {
    draftId: 'd1',
    onEvents: (rows) => events.push(...rows),
    readActor: (origin) =>
      origin && typeof origin === 'object' && 'identity' in origin ? (origin as { identity: AuditActor }).identity : null,
    log: () => undefined,
    chairEditIdleMs: 30,
  });
  const ids = readParagraphOrder(server);
  const browser = (actor: AuditActor) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const act = (change: (doc: Y.Doc) => void) => {
      const before = Y.encodeStateVector(server);
      change(doc);
      Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, before), { identity: actor });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)));
    };
    /** One keystroke per transaction, as a person types. */
    const type = (paragraphId: string, at: number, text: string) => {
      for (const [index, character] of [...text].entries()) {
        act((copy) => {
          const block = getParagraphContent(getParagraph(copy, paragraphId)).get(0) as Y.XmlElement;
          (block.get(0) as Y.XmlText).insert(at + index, character);
        });
      }
    };
    const erase = (paragraphId: string, at: number, length: number) =>
      act((copy) => {
        const block = getParagraphContent(getParagraph(copy, paragraphId)).get(0) as Y.XmlElement;
        (block.get(0) as Y.XmlText).delete(at, length);
      });
    return { doc, act, type, erase };
  };
  const chairEdits = () => events.filter((event) => event.action === 'paragraph.chair-edit');
  return { server, events, recorder, ids, browser, chairEdits };
}

describe('chair edits', () => {
  it('records a burst of the facilitator typing in negotiation as one chair edit per paragraph, with the text before and after', () => {
    const { server, recorder, ids, browser, chairEdits } = setUp(['Urges States to act;', 'Decides to remain seized;']);
    const facilitator = browser(chair);
    facilitator.type(ids[0]!, 'Urges '.length, 'all ');
    facilitator.erase(ids[1]!, 'Decides to '.length, 'remain '.length);
    expect(chairEdits()).toEqual([]);
    recorder.flush();
    const rows = chairEdits();
    expect(rows.map((row) => [row.delegationCode, row.actorId, row.target])).toEqual([
      ['CHAIR', 'u-chair', ids[0]],
      ['CHAIR', 'u-chair', ids[1]],
    ]);
    const first = readChairEditDetail(JSON.parse(rows[0]!.detail));
    expect(first).toMatchObject({ paragraphId: ids[0], paragraph: '1', before: 'Urges States to act;', after: 'Urges all States to act;' });
    expect(readChairEditDetail(JSON.parse(rows[1]!.detail))).toMatchObject({
      before: 'Decides to remain seized;',
      after: 'Decides to seized;',
    });

    // The record names the very characters typed, so any copy can tell which words are the chair's.
    const fragment = getParagraphContent(getParagraph(server, ids[0]!));
    expect(readFragmentText(fragment)).toBe('Urges all States to act;');
    const typed = findItemIdAt(fragment, 'Urges a'.length)!;
    expect(typed.client).toBe(facilitator.doc.clientID);
    expect(containsItem(first!.items, typed.client, typed.clock)).toBe(true);
    const base = findItemIdAt(fragment, 'Urges all S'.length)!;
    expect(containsItem(first!.items, base.client, base.clock)).toBe(false);
  });

  it('records a pause in the typing without being asked', async () => {
    const { ids, browser, chairEdits } = setUp(['Urges States to act;']);
    browser(chair).type(ids[0]!, 0, 'Strongly ');
    await vi.waitFor(() => expect(chairEdits()).toHaveLength(1), { timeout: 5_000 });
  });

  it('leaves accepting a proposal to proposal.accept, and records nothing for open drafting or for delegates', () => {
    const { server, events, recorder, ids, browser, chairEdits } = setUp(['Urges States to act;']);
    const delegate = browser(eu);
    let proposalId = '';
    delegate.act((doc) => {
      proposalId = createProposal(doc, {
        kind: 'amend',
        paragraphId: ids[0]!,
        text: 'Urges all States to act;',
        delegation: 'EU',
        delegationName: 'European Union',
        authorId: 'u-eu',
        authorName: 'Eva',
      });
    });
    browser(chair).act((doc) => acceptProposal(doc, proposalId, { decidedBy: 'u-chair' }));
    recorder.flush();
    expect(readFragmentText(getParagraphContent(getParagraph(server, ids[0]!)))).toBe('Urges all States to act;');
    expect(events.map((event) => event.action)).toEqual(['proposal.create', 'proposal.accept']);
    expect(chairEdits()).toEqual([]);

    const drafting = setUp(['Urges States to act;'], 'drafting');
    drafting.browser(chair).type(drafting.ids[0]!, 0, 'Also ');
    drafting.recorder.flush();
    expect(drafting.chairEdits()).toEqual([]);
  });

  it('puts a waiting chair edit before a later decision, so the history keeps the order things happened in', () => {
    const { events, ids, browser } = setUp(['Urges States to act;']);
    const facilitator = browser(chair);
    facilitator.type(ids[0]!, 0, 'Also ');
    facilitator.act((doc) => {
      createProposal(doc, {
        kind: 'amend',
        paragraphId: ids[0]!,
        text: 'Also urges all States to act;',
        delegation: 'CHAIR',
        delegationName: 'Chair',
        authorId: 'u-chair',
        authorName: 'Elena',
      });
    });
    expect(events.map((event) => event.action)).toEqual(['paragraph.chair-edit', 'proposal.create']);
    expect(events[0]!.createdAt.getTime()).toBeLessThan(events[1]!.createdAt.getTime());
  });
});
