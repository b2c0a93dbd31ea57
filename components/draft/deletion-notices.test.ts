import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { createDeletionNotices, excerptOf, type DeletionNotice, type DeletionNoticeStore } from './deletion-notices';

const readShownParts = ({ delegation, label, excerpt }: DeletionNotice) => ({ delegation, label, excerpt });

const awarenesses: Awareness[] = [];
const stores: DeletionNoticeStore[] = [];

function createAwareness(): Awareness {
  const awareness = new Awareness(new Y.Doc());
  awarenesses.push(awareness);
  return awareness;
}

function relay(from: Awareness, to: Awareness): void {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'server');
}

function watch(awareness: Awareness): DeletionNoticeStore {
  const store = createDeletionNotices(awareness);
  stores.push(store);
  return store;
}

function personOf(delegation: string): Record<string, unknown> {
  return { user: { name: 'Someone', delegation: { code: 'X', name: delegation, colour: '#000000' } } };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
  for (const awareness of awarenesses.splice(0)) awareness.destroy();
});

describe('deletion notices', () => {
  it("names the deleting delegation, the paragraph's label and its opening words", () => {
    const mine = createAwareness();
    const theirs = createAwareness();
    theirs.setLocalState(personOf('European Union'));
    relay(theirs, mine);
    const notices = watch(mine);
    const deleter = watch(theirs);

    deleter.announce('PP3', 'Recalling its resolution 11/5 of 17 June 2009 on the rights of migrants,');
    relay(theirs, mine);

    expect(notices.getSnapshot().map(readShownParts)).toEqual([
      { delegation: 'European Union', label: 'PP3', excerpt: 'Recalling its resolution 11/5 of 17 June 2009 on the rights…' },
    ]);
    // The deleter is not told about their own deletion.
    expect(deleter.getSnapshot()).toEqual([]);
  });

  it('announces each deletion once, however often presence is resent, and not those made before arrival', () => {
    const theirs = createAwareness();
    theirs.setLocalState(personOf('Colombia'));
    const deleter = watch(theirs);
    deleter.announce('1.', 'Before I came.');

    const mine = createAwareness();
    relay(theirs, mine);
    const notices = watch(mine);
    expect(notices.getSnapshot()).toEqual([]);

    deleter.announce('2.', 'After.');
    relay(theirs, mine);
    theirs.setLocalStateField('paragraphId', 'p-1');
    relay(theirs, mine);
    expect(notices.getSnapshot().map(readShownParts)).toEqual([{ delegation: 'Colombia', label: '2.', excerpt: 'After.' }]);

    notices.dismiss(notices.getSnapshot()[0]!.key);
    expect(notices.getSnapshot()).toEqual([]);
  });

  it('names nobody when the presence carries no name, so the room can say "someone" in the reader\'s language', () => {
    const mine = createAwareness();
    const theirs = createAwareness();
    theirs.setLocalState({ user: { delegation: {} } });
    relay(theirs, mine);
    const notices = watch(mine);
    const deleter = watch(theirs);
    deleter.announce('PP1', 'Gone.');
    relay(theirs, mine);
    expect(notices.getSnapshot().map(readShownParts)).toEqual([{ delegation: null, label: 'PP1', excerpt: 'Gone.' }]);
  });

  it('shortens long paragraphs and ignores malformed announcements', () => {
    expect(excerptOf('  a\n b  ')).toBe('a b');
    expect(excerptOf('word '.repeat(40)).length).toBeLessThanOrEqual(60);
    const mine = createAwareness();
    const notices = watch(mine);
    const theirs = createAwareness();
    relay(theirs, mine);
    theirs.setLocalState({ ...personOf('Mexico'), deleted: { seq: 'x', label: 3 } });
    relay(theirs, mine);
    expect(notices.getSnapshot()).toEqual([]);
  });
});
