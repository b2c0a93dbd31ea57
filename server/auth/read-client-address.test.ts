import { describe, expect, it } from 'vitest';
import { readClientAddress, unknownClientAddress } from './read-client-address';

describe('readClientAddress', () => {
  it('behind a trusted proxy, takes the entry the proxy appended, not what the client claimed before it', () => {
    expect(readClientAddress({ 'x-forwarded-for': '10.9.9.9, 203.0.113.7' }, true)).toBe('203.0.113.7');
  });
  it('without a trusted proxy, ignores the header a client can write itself', () => {
    expect(readClientAddress({ 'x-forwarded-for': '203.0.113.7' }, false)).toBe(unknownClientAddress);
  });
  it('falls back to the shared key when the header is missing or absurd', () => {
    expect(readClientAddress({}, true)).toBe(unknownClientAddress);
    expect(readClientAddress({ 'x-forwarded-for': 'x'.repeat(100) }, true)).toBe(unknownClientAddress);
  });
});
