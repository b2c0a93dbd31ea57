import { createAnnouncerStore, type Announcement, type AnnouncerStore } from './announcer-store';

const stores = new Map<string, AnnouncerStore>();

/** The one announcer of a draft's room, shared by the live regions and every component that has something to say. */
export function getRoomAnnouncer(draftId: string): AnnouncerStore {
  let store = stores.get(draftId);
  if (!store) {
    store = createAnnouncerStore();
    stores.set(draftId, store);
  }
  return store;
}

/** Ends a room's announcer when its live regions leave the page. */
export function closeRoomAnnouncer(draftId: string, store: AnnouncerStore): void {
  if (stores.get(draftId) !== store) return;
  stores.delete(draftId);
  store.destroy();
}

/** For a room's component: say something through the room's live regions (deduplicated, rate-limited). */
export function announceInRoom(draftId: string, announcement: Announcement): void {
  getRoomAnnouncer(draftId).announce(announcement);
}
