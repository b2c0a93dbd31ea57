import * as Y from 'yjs';
import { draftDocKeys } from '@/lib/draft';
import { proposalsKey } from '@/lib/proposals/proposal-doc-parts';
import { readDecodedUpdate, type DecodedUpdate } from './decoded-update';

/** The only shared types a draft has; anything else is data nobody reads and everybody would download. */
const draftRoots = new Set<string>([draftDocKeys.meta, draftDocKeys.order, draftDocKeys.paragraphs, proposalsKey]);

/**
 * Refuses an update Yjs could not apply at once. Yjs parks content that follows
 * a gap, and deletions of clocks it has not seen, and applies them later when
 * other updates arrive; the policies judge an update when it arrives, so parked
 * parts would land unjudged. A client's own updates are always complete.
 */
export function findIncompleteUpdate(doc: Y.Doc, update: Uint8Array | DecodedUpdate): string | null {
  const { structs, ds } = readDecodedUpdate(update);
  const first = new Map<number, number>();
  const end = new Map<number, number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return 'The update has gaps.';
    const { client, clock } = struct.id;
    first.set(client, Math.min(first.get(client) ?? Number.POSITIVE_INFINITY, clock));
    end.set(client, Math.max(end.get(client) ?? 0, clock + struct.length));
    if (struct instanceof Y.Item && typeof struct.parent === 'string' && !draftRoots.has(struct.parent)) {
      return `A draft has no shared type called "${struct.parent}".`;
    }
  }
  for (const [client, clock] of first) {
    if (clock > Y.getState(doc.store, client)) return 'The update depends on changes this draft has not received.';
  }
  for (const [client, ranges] of ds.clients) {
    const known = Math.max(Y.getState(doc.store, client), end.get(client) ?? 0);
    if (ranges.some(({ clock, len }) => clock + len > known)) return 'The update deletes content this draft does not have.';
  }
  return null;
}
