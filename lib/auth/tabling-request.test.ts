import { describe, expect, it } from 'vitest';
import { signRealtimeToken } from './realtime-token';
import { InvalidTablingRequestError, signTablingRequest, verifyTablingRequest, type TablingRequest } from './tabling-request';

const secret = 'test-secret-0123456789';
const request: TablingRequest = {
  draftId: 'd1',
  negotiationId: 'n1',
  proposalId: 'q1',
  kind: 'amend',
  paragraphId: 'p1',
  text: 'Welcomes the report;',
  delegation: 'EU',
  delegationName: 'European Union',
  authorId: 'u1',
  authorName: 'Anna',
  tabledById: 'u2',
  role: 'delegate',
  tabledAt: '2026-11-26T05:00:00.000Z',
};

describe('tabling request', () => {
  it('round-trips exactly what was signed', () => {
    expect(verifyTablingRequest(signTablingRequest(request, secret), secret)).toEqual(request);
  });

  it('refuses a changed payload, another secret, an expired request and a realtime ticket signed with the same secret', () => {
    const [payload, signature] = signTablingRequest(request, secret).split('.') as [string, string];
    const changed = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), delegation: 'USA' }),
    ).toString('base64url');
    expect(() => verifyTablingRequest(`${changed}.${signature}`, secret)).toThrow(InvalidTablingRequestError);
    expect(() => verifyTablingRequest(signTablingRequest(request, 'another-secret'), secret)).toThrow(InvalidTablingRequestError);
    expect(() => verifyTablingRequest(signTablingRequest(request, secret, 60), secret, Date.now() + 61_000)).toThrow(/expired/);
    const ticket = signRealtimeToken(
      { userId: 'u1', draftId: 'd1', negotiationId: 'n1', role: 'delegate', delegationCode: 'EU', readOnly: false },
      secret,
    );
    expect(() => verifyTablingRequest(ticket, secret)).toThrow(/signature/);
  });

  it('refuses a request without a known kind or role', () => {
    expect(() => verifyTablingRequest(signTablingRequest({ ...request, kind: 'move' as TablingRequest['kind'] }, secret), secret)).toThrow(
      /incomplete/,
    );
    expect(() => verifyTablingRequest(signTablingRequest({ ...request, role: 'admin' as TablingRequest['role'] }, secret), secret)).toThrow(
      /incomplete/,
    );
  });
});
