/** What the screen needs of one entry in the room's presence. */
export interface PresenceSighting {
  clientId: number;
  name: string;
  role: string;
  delegation: { code: string; name: string };
  paragraphId: string | null;
}

/** The last paragraph each facilitator in the room was seen in, and when they moved there, by awareness client id. */
export type FacilitatorMoves = ReadonlyMap<number, { paragraphId: string | null; movedAt: number }>;

/**
 * Updates the record of facilitators' moves from a fresh presence list. Awareness carries no time that means
 * "moved" (it renews every state every few seconds), so the screen notes it as it sees it. Leaving a paragraph
 * for no other (a click on a button) keeps the last one: the wall should not go blank while the chair decides.
 */
export function noteFacilitatorMoves(previous: FacilitatorMoves, entries: readonly PresenceSighting[], now: number): FacilitatorMoves {
  const next = new Map<number, { paragraphId: string | null; movedAt: number }>();
  for (const entry of entries) {
    if (entry.role !== 'facilitator') continue;
    const before = previous.get(entry.clientId);
    if (entry.paragraphId !== null && before?.paragraphId !== entry.paragraphId) {
      next.set(entry.clientId, { paragraphId: entry.paragraphId, movedAt: now });
    } else {
      next.set(entry.clientId, before ?? { paragraphId: null, movedAt: 0 });
    }
  }
  return next;
}

export interface FollowedPerson {
  clientId: number;
  name: string;
  delegationName: string;
  /** The paragraph they are in, or were last in; null before they have been in any. */
  paragraphId: string | null;
}

/** The facilitator the screen follows: of those in the room, the one who moved most recently. */
export function pickFollowedPerson(entries: readonly PresenceSighting[], moves: FacilitatorMoves): FollowedPerson | null {
  let best: { entry: PresenceSighting; movedAt: number } | null = null;
  for (const entry of entries) {
    if (entry.role !== 'facilitator') continue;
    const movedAt = moves.get(entry.clientId)?.movedAt ?? 0;
    if (!best || movedAt > best.movedAt || (movedAt === best.movedAt && entry.clientId < best.entry.clientId)) best = { entry, movedAt };
  }
  if (!best) return null;
  const { entry } = best;
  return {
    clientId: entry.clientId,
    name: entry.name,
    delegationName: entry.delegation.name,
    paragraphId: moves.get(entry.clientId)?.paragraphId ?? entry.paragraphId,
  };
}
