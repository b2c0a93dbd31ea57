import { describe, expect, it } from 'vitest';
import { formatOfflineStoreName, offlineStorePrefix, parseOfflineStoreName } from './offline-store';

describe('offline store names', () => {
  it('name the person, the draft and its life, and read back the same whatever the ids hold', () => {
    const key = { userId: 'user:1', draftId: 'draft/é', epoch: '2026-11-26T11:00:00.000Z' };
    const name = formatOfflineStoreName(key);
    expect(name.startsWith(offlineStorePrefix)).toBe(true);
    expect(parseOfflineStoreName(name)).toEqual(key);
  });

  it("are not confused with another site's or tool's databases", () => {
    expect(parseOfflineStoreName('y-indexeddb-demo')).toBeNull();
    expect(parseOfflineStoreName(`${offlineStorePrefix}only:two`)).toBeNull();
    expect(parseOfflineStoreName(`${offlineStorePrefix}a::c`)).toBeNull();
    expect(parseOfflineStoreName(`${offlineStorePrefix}%E0%A4%A:b:c`)).toBeNull();
  });
});
