import { describe, expect, it } from 'vitest';
import {
  InvalidRealtimeTokenError,
  signRealtimeSignal,
  signRealtimeToken,
  verifyRealtimeSignal,
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

  it('signs a roster signal so that only the secret holder can send it, and never as a ticket', () => {
    const body = JSON.stringify({ negotiationId: 'n1' });
    const signature = signRealtimeSignal(body, secret);
    expect(verifyRealtimeSignal(body, signature, secret)).toBe(true);
    expect(verifyRealtimeSignal(JSON.stringify({ negotiationId: 'n2' }), signature, secret)).toBe(false);
    expect(verifyRealtimeSignal(body, signature, 'another-secret')).toBe(false);
    expect(verifyRealtimeSignal(body, 'short', secret)).toBe(false);
    // The same bytes signed as a signal do not make a valid ticket.
    const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    expect(() => verifyRealtimeToken(`${payload}.${signRealtimeSignal(payload, secret)}`, secret)).toThrow(/signature/);
  });
});
