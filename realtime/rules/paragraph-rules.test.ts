import { describe, expect, it } from 'vitest';
import { captureUpdate, replicateDoc } from '@/test-support/yjs-sync';
import * as Y from 'yjs';
import { createDraftDoc, deleteParagraph, readParagraphOrder, setParagraphFrozen, setParagraphStatus, moveParagraph } from '@/lib/draft';
import type { Role } from '@/lib/auth/permissions';
import { judgeUpdate } from '../judge-update';

function findForbiddenChange(server: Y.Doc, update: Uint8Array, role: Role): string | null {
  return (
    judgeUpdate(server, update, { userId: `u-${role}`, negotiationId: 'n1', delegationCode: 'FRA', role, readOnly: false })?.reason ?? null
  );
}

function createServerAndClient(): { server: Y.Doc; client: Y.Doc; ids: string[] } {
  const server = createDraftDoc({
    title: 't',
    body: 'b',
    chapeau: 'c',
    paragraphs: [
      { kind: 'preambular', text: 'Frozen text,' },
      { kind: 'operative', text: 'Open text;' },
    ],
  });
  const ids = readParagraphOrder(server);
  setParagraphFrozen(server, ids[0]!, true);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client, ids };
}

function typeAt(doc: Y.Doc, id: string, text: string): void {
  const content = (doc.getMap('paragraphs').get(id) as Y.Map<unknown>).get('content') as Y.XmlFragment;
  ((content.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(2, text, {});
}

describe('paragraph rules', () => {
  const delegate = 'delegate' as const;

  it('allows delegates to type in open paragraphs and move frozen ones', () => {
    const { server, client, ids } = createServerAndClient();
    expect(
      findForbiddenChange(
        server,
        captureUpdate(client, () => typeAt(client, ids[1]!, 'x')),
        delegate,
      ),
    ).toBeNull();
    const other = replicateDoc(server);
    expect(
      findForbiddenChange(
        server,
        captureUpdate(other, () => moveParagraph(other, ids[0]!, 1)),
        delegate,
      ),
    ).toBeNull();
  });

  it('refuses typing in, deleting or re-statusing a frozen paragraph for delegates only', () => {
    const { server, client, ids } = createServerAndClient();
    const typing = captureUpdate(client, () => typeAt(client, ids[0]!, 'x'));
    expect(findForbiddenChange(server, typing, delegate)).toMatch(/frozen/);
    expect(findForbiddenChange(server, typing, 'facilitator')).toBeNull();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    expect(
      findForbiddenChange(
        server,
        captureUpdate(other, () => deleteParagraph(other, ids[0]!)),
        delegate,
      ),
    ).toMatch(/frozen/);
    const third = new Y.Doc();
    Y.applyUpdate(third, Y.encodeStateAsUpdate(server));
    expect(
      findForbiddenChange(
        server,
        captureUpdate(third, () => setParagraphStatus(third, ids[1]!, 'agreed')),
        delegate,
      ),
    ).toMatch(/status/);
    const fourth = replicateDoc(server);
    expect(
      findForbiddenChange(
        server,
        captureUpdate(fourth, () => setParagraphFrozen(fourth, ids[1]!, true)),
        delegate,
      ),
    ).toMatch(/freeze/);
  });

  it('lets a delegate delete an open paragraph even though that deletes its status with it', () => {
    const { server, client, ids } = createServerAndClient();
    setParagraphStatus(server, ids[1]!, 'bracketed');
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const deletion = captureUpdate(client, () => deleteParagraph(client, ids[1]!));
    expect(findForbiddenChange(server, deletion, delegate)).toBeNull();
  });

  it('refuses a paragraph that arrives already agreed or frozen from a delegate, and malformed entries from anyone', () => {
    const { server, client, ids } = createServerAndClient();
    const replaced = captureUpdate(client, () => {
      const copy = new Y.Map<unknown>();
      client.getMap('paragraphs').set(ids[1]!, copy);
      copy.set('kind', 'operative');
      copy.set('status', 'agreed');
      copy.set('frozen', true);
      const content = new Y.XmlFragment();
      copy.set('content', content);
      content.insert(0, [new Y.XmlElement('paragraph')]);
    });
    expect(findForbiddenChange(server, replaced, delegate)).toMatch(/facilitator/);
    expect(findForbiddenChange(server, replaced, 'facilitator')).toBeNull();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    const garbage = captureUpdate(other, () => other.getMap('paragraphs').set('pevil', 'x'));
    expect(findForbiddenChange(server, garbage, 'facilitator')).toMatch(/map/);
    const third = new Y.Doc();
    Y.applyUpdate(third, Y.encodeStateAsUpdate(server));
    const badKind = captureUpdate(third, () => (third.getMap('paragraphs').get(ids[1]!) as Y.Map<unknown>).set('kind', 'rogue'));
    expect(findForbiddenChange(server, badKind, delegate)).toMatch(/kind/);
  });
});
