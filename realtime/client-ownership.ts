import * as Y from 'yjs';
import { readDecodedUpdate, type DecodedUpdate } from './decoded-update';

/**
 * Which authenticated user writes under each Yjs client id. Yjs attributes
 * every struct to the client id that made it, so a connection writing under
 * someone else's id would make its edits indistinguishable from theirs. The
 * first accepted update that adds structs under an id binds it to the sender.
 *
 * Bindings are made durable with the update that made them (the room's log), and a
 * room reloaded later, here or in another process, starts from them: whoever
 * reconnects first cannot claim someone else's id.
 */
export class ClientOwnership {
  private readonly owners: Map<number, string>;

  constructor(bindings: Iterable<[number, string]> = []) {
    this.owners = new Map(bindings);
  }

  /** Client ids under which the update adds structs the document does not have yet. */
  readNewClients(doc: Y.Doc, update: Uint8Array | DecodedUpdate): number[] {
    const clients = new Set<number>();
    for (const struct of readDecodedUpdate(update).structs) {
      if (struct instanceof Y.Skip) continue;
      const { client, clock } = struct.id;
      if (clock + struct.length > Y.getState(doc.store, client)) clients.add(client);
    }
    return [...clients];
  }

  /** Says why the update may not be applied for this user, or null if every client id it writes under is theirs or free. */
  findForeignClient(doc: Y.Doc, update: Uint8Array | DecodedUpdate, userId: string): string | null {
    for (const client of this.readNewClients(doc, update)) {
      const owner = this.owners.get(client);
      if (owner !== undefined && owner !== userId) return `Yjs client id ${client} belongs to another participant.`;
    }
    return null;
  }

  /** Call once the update has passed every check, before applying it; returns the client ids it bound now. */
  bind(doc: Y.Doc, update: Uint8Array | DecodedUpdate, userId: string): number[] {
    const bound: number[] = [];
    for (const client of this.readNewClients(doc, update)) {
      if (this.owners.has(client)) continue;
      this.owners.set(client, userId);
      bound.push(client);
    }
    return bound;
  }

  readOwner(client: number): string | undefined {
    return this.owners.get(client);
  }
}
