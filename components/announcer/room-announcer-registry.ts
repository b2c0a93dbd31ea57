import type { Announcement, AnnouncerStore } from './announcer-store';

const stores = new Map<string, AnnouncerStore>();

/** Makes a room's live regions the place its components speak through, until the returned function is called. */
export function registerRoomAnnouncer(draftId: string, store: AnnouncerStore): () => void {
  stores.set(draftId, store);
  return () => {
    if (stores.get(draftId) === store) stores.delete(draftId);
  };
}

/**
 * For a room's component: say something through the room's live regions (deduplicated, rate-limited). Said to
 * nobody when the room's regions are not on the page.
 */
export function announceInRoom(draftId: string, announcement: Announcement): void {
  stores.get(draftId)?.announce(announcement);
}
