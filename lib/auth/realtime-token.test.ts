import { describe, expect, it } from 'vitest';
import {
  InvalidRealtimeTokenError,
  signRealtimeToken,
  verifyRealtimeToken,
  verifyRealtimeTokenForDraft,
  type RealtimeTokenClaims,
} from './realtime-token';

const secret = 'test-secret-0123456789';
const claims: RealtimeTokenClaims = {
  userId: 'u1',
  draftId: 'd1',
  negotiationId: 'n1',
  role: 'delegate',
  delegationCode: 'FRA',
  readOnly: false,
};

describe('realtime token', () => {
  it('round-trips the claims with an expiry', () => {
    const verified = verifyRealtimeToken(signRealtimeToken(claims, secret, 60), secret);
    expect(verified).toMatchObject(claims);
    expect(verified.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('rejects a tampered payload or signature', () => {
    const token = signRealtimeToken(claims, secret);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'facilitator' }),
    ).toString('base64url');
    expect(() => verifyRealtimeToken(`${forged}.${signature}`, secret)).toThrow(InvalidRealtimeTokenError);
    expect(() => verifyRealtimeToken(`${payload}.${signature.slice(0, -2)}AA`, secret)).toThrow(InvalidRealtimeTokenError);
    expect(() => verifyRealtimeToken(token, 'another-secret')).toThrow(InvalidRealtimeTokenError);
    expect(() => verifyRealtimeToken('garbage', secret)).toThrow(InvalidRealtimeTokenError);
  });

  it('rejects an expired token', () => {
    const token = signRealtimeToken(claims, secret, 120);
    expect(() => verifyRealtimeToken(token, secret, Date.now() + 121_000)).toThrow(/expired/);
    expect(verifyRealtimeToken(token, secret, Date.now() + 60_000).userId).toBe('u1');
  });

  it('rejects a token for another draft', () => {
    const token = signRealtimeToken(claims, secret);
    expect(verifyRealtimeTokenForDraft(token, secret, 'd1').draftId).toBe('d1');
    expect(() => verifyRealtimeTokenForDraft(token, secret, 'd2')).toThrow(/another draft/);
  });
});
