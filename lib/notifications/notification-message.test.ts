import { describe, expect, it } from 'vitest';
import { readNotificationMessage, writeNotificationParams } from './notification-message';

describe('readNotificationMessage', () => {
  it('reads back the values it wrote', () => {
    const message = { key: 'silenceBroken' as const, values: { delegation: 'Mexico' } };
    expect(readNotificationMessage(message.key, writeNotificationParams(message))).toEqual(message);
  });

  it('reads nothing from an old row, an unknown key or params that are not an object of strings', () => {
    expect(readNotificationMessage(null, null)).toBeNull();
    expect(readNotificationMessage('somethingNew', '{}')).toBeNull();
    expect(readNotificationMessage('silenceBroken', 'not json')).toBeNull();
    expect(readNotificationMessage('silenceBroken', '["Mexico"]')).toBeNull();
    expect(readNotificationMessage('silenceBroken', '{"delegation":3}')).toBeNull();
  });
});
