import * as Y from 'yjs';
import { readDecodedUpdate, type DecodedUpdate } from './decoded-update';

/**
 * Which authenticated user writes under each Yjs client id. Yjs attributes
 * every struct to the client id that made it, so a connection writing under
 * someone else's id would make its edits indistinguishable from theirs. The
 * first accepted update that adds structs under an id binds it to the sender.
 *
 * Ownership lives as long as the room; a room reloaded later starts unbound.
 */
export class ClientOwnership {
  private readonly owners = new Map<number, string>();

  /** Client ids under which the update adds structs the document does not have yet. */
  private readNewClients(doc: Y.Doc, update: Uint8Array | DecodedUpdate): number[] {
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

  /** Call once the update has passed every check, before applying it. */
  bind(doc: Y.Doc, update: Uint8Array | DecodedUpdate, userId: string): void {
    for (const client of this.readNewClients(doc, update)) {
      if (!this.owners.has(client)) this.owners.set(client, userId);
    }
  }

  readOwner(client: number): string | undefined {
    return this.owners.get(client);
  }
}
