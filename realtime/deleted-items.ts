import * as Y from 'yjs';

type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/**
 * The items of `doc` that an incoming update's delete set would delete, still
 * live in the document: what the policies judge before the update is applied.
 */
export function listItemsDeletedBy(doc: Y.Doc, ds: DeleteSet): Y.Item[] {
  const items: Y.Item[] = [];
  for (const [client, ranges] of ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!stored) continue;
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, Y.getState(doc.store, client));
      if (clock >= end) continue;
      for (let index = Y.findIndexSS(stored, clock); index < stored.length; index++) {
        const struct = stored[index]!;
        if (struct.id.clock >= end) break;
        if (struct instanceof Y.Item && !struct.deleted) items.push(struct);
      }
    }
  }
  return items;
}
