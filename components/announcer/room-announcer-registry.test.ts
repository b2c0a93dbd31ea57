import { describe, expect, it } from 'vitest';
import { createAnnouncerStore } from './announcer-store';
import { announceInRoom, registerRoomAnnouncer } from './room-announcer-registry';

describe('announceInRoom', () => {
  it("speaks through the room's registered regions, and to nobody once they leave", () => {
    const store = createAnnouncerStore();
    const unregister = registerRoomAnnouncer('d1', store);
    announceInRoom('d1', { key: 'a', text: 'Comment added on PP2', urgency: 'polite' });
    announceInRoom('d2', { key: 'b', text: 'another room', urgency: 'polite' });
    expect(store.getSnapshot().polite).toBe('Comment added on PP2');
    unregister();
    announceInRoom('d1', { key: 'c', text: 'after leaving', urgency: 'assertive' });
    expect(store.getSnapshot().assertive).toBe('');
  });
});
