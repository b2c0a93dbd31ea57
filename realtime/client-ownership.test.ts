import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClientOwnership } from './client-ownership';

function captureText(doc: Y.Doc, text: string): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  doc.getText('t').insert(0, text);
  doc.off('update', listener);
  return Y.mergeUpdates(updates);
}

describe('client ownership', () => {
  it('binds a client id to the first user who writes with it and refuses anyone else', () => {
    const server = new Y.Doc();
    const ownership = new ClientOwnership();
    const alice = new Y.Doc();
    const first = captureText(alice, 'a');
    expect(ownership.findForeignClient(server, first, 'alice')).toBeNull();
    ownership.bind(server, first, 'alice');
    Y.applyUpdate(server, first);
    expect(ownership.readOwner(alice.clientID)).toBe('alice');

    const mallory = new Y.Doc();
    Y.applyUpdate(mallory, Y.encodeStateAsUpdate(server));
    mallory.clientID = alice.clientID;
    const stolen = captureText(mallory, 'm');
    expect(ownership.findForeignClient(server, stolen, 'mallory')).toMatch(/belongs to another participant/);
    // The same user on a second connection (a reconnect) keeps the id.
    expect(ownership.findForeignClient(server, captureText(alice, 'b'), 'alice')).toBeNull();
    // Re-sending structs the server already has is no use of the id.
    expect(ownership.findForeignClient(server, first, 'mallory')).toBeNull();
  });
});
