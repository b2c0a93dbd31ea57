import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { createDraftDoc } from '@/lib/draft';
import { buildPresenceUser, createPresenceStore, type PresenceStore } from './presence';

const colombia = { code: 'COL', name: 'Colombia', colour: '#0a7d3b' };

const awarenesses: Awareness[] = [];
const stores: PresenceStore[] = [];

function createAwareness(doc: Y.Doc = new Y.Doc()): Awareness {
  const awareness = new Awareness(doc);
  awarenesses.push(awareness);
  return awareness;
}

/** Another browser in the room: its presence reaches ours through the awareness protocol, as it would over the wire. */
function joinAs(local: Awareness, state: Record<string, unknown>): Awareness {
  const remote = createAwareness();
  remote.setLocalState(state);
  relay(remote, local);
  return remote;
}

function relay(from: Awareness, to: Awareness): void {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'server');
}

function openStore(awareness: Awareness): PresenceStore {
  const store = createPresenceStore(awareness);
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
  for (const awareness of awarenesses.splice(0)) awareness.destroy();
});

describe('presence user', () => {
  it('publishes the delegation colour under both spellings, for carets and for the room', () => {
    const user = buildPresenceUser({ name: 'Carlos', role: 'delegate', delegation: colombia });
    expect(user).toEqual({ name: 'Carlos', color: '#0a7d3b', colour: '#0a7d3b', role: 'delegate', delegation: colombia });
  });

  it('draws a person with a malformed colour in grey rather than passing the value on', () => {
    const user = buildPresenceUser({ name: 'Carlos', role: 'delegate', delegation: { ...colombia, colour: 'red;background:url(x)' } });
    expect(user.color).toBe('#6b7280');
    expect(user.delegation.colour).toBe('#6b7280');
  });
});

describe('presence store', () => {
  it('lists each person under their delegation (the server stamps it from the ticket), not under a colour of their own', () => {
    const local = createAwareness(createDraftDoc({ title: 't', body: 'b', chapeau: 'c', paragraphs: [] }));
    const remote = joinAs(local, {
      user: { name: 'Eva', role: 'delegate', colour: '#ff0000', delegation: { code: 'EU', name: 'European Union', colour: '#003399' } },
      paragraphId: 'p1',
    });
    const store = openStore(local);
    expect(store.getSnapshot()).toEqual([
      {
        clientId: remote.clientID,
        self: false,
        name: 'Eva',
        role: 'delegate',
        delegation: { code: 'EU', name: 'European Union', colour: '#003399' },
        paragraphId: 'p1',
      },
    ]);
  });

  it('falls back on grey for a malformed colour, on the person for a missing delegation name, and on no paragraph', () => {
    const local = createAwareness();
    joinAs(local, { user: { name: 'Someone', delegation: { code: 'X', colour: 'javascript:alert(1)' } }, paragraphId: 42 });
    const [entry] = openStore(local).getSnapshot();
    expect(entry).toMatchObject({
      name: 'Someone',
      role: '',
      delegation: { code: 'X', name: 'Someone', colour: '#6b7280' },
      paragraphId: null,
    });
  });

  it('leaves out a presence without a name (a tab still starting, or a malformed state)', () => {
    const local = createAwareness();
    joinAs(local, { paragraphId: 'p1' });
    joinAs(local, { user: { name: 7 } });
    expect(openStore(local).getSnapshot()).toEqual([]);
  });

  it('shows oneself first, then the others by delegation name', () => {
    const local = createAwareness();
    local.setLocalStateField(
      'user',
      buildPresenceUser({ name: 'Zoe', role: 'delegate', delegation: { code: 'ZMB', name: 'Zambia', colour: '#198a00' } }),
    );
    joinAs(local, {
      user: buildPresenceUser({ name: 'Mia', role: 'delegate', delegation: { code: 'MEX', name: 'Mexico', colour: '#006847' } }),
    });
    joinAs(local, { user: buildPresenceUser({ name: 'Carlos', role: 'delegate', delegation: colombia }) });
    const entries = openStore(local).getSnapshot();
    expect(entries.map((entry) => [entry.delegation.name, entry.self])).toEqual([
      ['Zambia', true],
      ['Colombia', false],
      ['Mexico', false],
    ]);
  });

  it('tells listeners when someone enters a paragraph or leaves, but not when only their caret moves', () => {
    const local = createAwareness();
    const remote = joinAs(local, {
      user: buildPresenceUser({ name: 'Carlos', role: 'delegate', delegation: colombia }),
      paragraphId: 'p1',
    });
    const store = openStore(local);
    let notified = 0;
    store.subscribe(() => {
      notified += 1;
    });
    const before = store.getSnapshot();

    remote.setLocalStateField('cursor', { anchor: 3, head: 3 });
    relay(remote, local);
    expect(notified).toBe(0);
    expect(store.getSnapshot()).toBe(before);

    remote.setLocalStateField('paragraphId', 'p2');
    relay(remote, local);
    expect(notified).toBe(1);
    expect(store.getSnapshot()[0]!.paragraphId).toBe('p2');

    remote.setLocalState(null);
    relay(remote, local);
    expect(notified).toBe(2);
    expect(store.getSnapshot()).toEqual([]);
  });

  it('stops listening once destroyed', () => {
    const local = createAwareness();
    const store = openStore(local);
    let notified = 0;
    const unsubscribe = store.subscribe(() => {
      notified += 1;
    });
    unsubscribe();
    joinAs(local, { user: buildPresenceUser({ name: 'Carlos', role: 'delegate', delegation: colombia }) });
    expect(notified).toBe(0);
    expect(store.getSnapshot()).toHaveLength(1);
    store.destroy();
    joinAs(local, {
      user: buildPresenceUser({ name: 'Mia', role: 'delegate', delegation: { code: 'MEX', name: 'Mexico', colour: '#006847' } }),
    });
    expect(store.getSnapshot()).toHaveLength(1);
  });
});
