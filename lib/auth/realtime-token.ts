import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './permissions';

/**
 * Short-lived ticket the web app hands a browser so it can open one draft on
 * the realtime server, which shares the secret but not the session store.
 */
export interface RealtimeTokenClaims {
  userId: string;
  draftId: string;
  /** The draft's negotiation, so the realtime server can re-check the roster while the socket is open. */
  negotiationId: string;
  /** The role in that negotiation. */
  role: Role;
  delegationCode: string;
  readOnly: boolean;
  /** Display names as the server knows them, so records that carry names can be checked against them. */
  userName?: string;
  delegationName?: string;
  /** The delegation's colour (#rrggbb), stamped into presence so nobody can wear another's. */
  delegationColour?: string;
}

export interface VerifiedRealtimeToken extends RealtimeTokenClaims {
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export class InvalidRealtimeTokenError extends Error {}

function sign(payload: string, secret: string): Buffer {
  // The purpose prefix keeps this signature from being valid for any other HMAC use of the same secret.
  return createHmac('sha256', secret).update(`zero-draft-realtime.${payload}`).digest();
}

export function signRealtimeToken(claims: RealtimeTokenClaims, secret: string, ttlSeconds = 120): string {
  const body: VerifiedRealtimeToken = {
    userId: claims.userId,
    draftId: claims.draftId,
    negotiationId: claims.negotiationId,
    role: claims.role,
    delegationCode: claims.delegationCode,
    readOnly: claims.readOnly,
    ...(claims.userName !== undefined ? { userName: claims.userName } : {}),
    ...(claims.delegationName !== undefined ? { delegationName: claims.delegationName } : {}),
    ...(claims.delegationColour !== undefined ? { delegationColour: claims.delegationColour } : {}),
    exp: Math.floor(Date.now() / 1000) + ttlSeconds,
  };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${sign(payload, secret).toString('base64url')}`;
}

/** Returns the claims, or throws InvalidRealtimeTokenError. `now` is in milliseconds. */
export function verifyRealtimeToken(token: string, secret: string, now = Date.now()): VerifiedRealtimeToken {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new InvalidRealtimeTokenError('Malformed token.');
  const [payload, signature] = parts as [string, string];
  const expected = sign(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidRealtimeTokenError('Bad token signature.');
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidRealtimeTokenError('Malformed token payload.');
  }
  const claims = body as Partial<VerifiedRealtimeToken> | null;
  if (
    !claims ||
    typeof claims.userId !== 'string' ||
    typeof claims.draftId !== 'string' ||
    typeof claims.negotiationId !== 'string' ||
    !isRole(claims.role) ||
    typeof claims.delegationCode !== 'string' ||
    typeof claims.readOnly !== 'boolean' ||
    typeof claims.exp !== 'number' ||
    (claims.userName !== undefined && typeof claims.userName !== 'string') ||
    (claims.delegationName !== undefined && typeof claims.delegationName !== 'string') ||
    (claims.delegationColour !== undefined && !/^#[0-9a-fA-F]{6}$/.test(String(claims.delegationColour)))
  ) {
    throw new InvalidRealtimeTokenError('Token payload is incomplete.');
  }
  if (claims.exp * 1000 <= now) throw new InvalidRealtimeTokenError('Token expired.');
  return claims as VerifiedRealtimeToken;
}

/** Verifies and also checks the token was issued for this draft. */
export function verifyRealtimeTokenForDraft(token: string, secret: string, draftId: string, now = Date.now()): VerifiedRealtimeToken {
  const claims = verifyRealtimeToken(token, secret, now);
  if (claims.draftId !== draftId) throw new InvalidRealtimeTokenError('Token is for another draft.');
  return claims;
}

/** Where the web app tells the realtime server that a roster changed (POST, JSON `{ negotiationId?, userId? }`). */
export const rosterChangedPath = '/roster-changed';

/** Where the web app tells the realtime server that a draft's proposal deadlines changed (POST, JSON `{ draftId }`). */
export const deadlinesChangedPath = '/deadlines-changed';

/** Header carrying the signature of a server-to-server signal's body. */
export const realtimeSignalHeader = 'x-zero-draft-signature';

function signSignal(body: string, secret: string): Buffer {
  // Its own purpose prefix: a signal signature is never a valid ticket signature, nor the reverse.
  return createHmac('sha256', secret).update(`zero-draft-realtime-signal.${body}`).digest();
}

/** Signs the body of a signal the web app sends the realtime server (a roster changed). */
export function signRealtimeSignal(body: string, secret: string): string {
  return signSignal(body, secret).toString('base64url');
}

export function verifyRealtimeSignal(body: string, signature: string, secret: string): boolean {
  const expected = signSignal(body, secret);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
