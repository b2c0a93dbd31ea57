import { createHmac, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './permissions';

/**
 * What the web app asks the realtime server to put into a draft's shared document when a delegation tables a
 * prepared proposal: the proposal exactly as it will read (delegation, drafter, wording) and who tabled it.
 * Signed with the shared secret; the roster was checked by the web app a moment before.
 */
export interface TablingRequest {
  draftId: string;
  negotiationId: string;
  /** Chosen by the web app and kept on the prepared row, so a retry after a lost answer finds the same record. */
  proposalId: string;
  kind: 'amend' | 'add' | 'delete' | 'alternative';
  /** The paragraph it is about; for 'add', the paragraph the new one follows. */
  paragraphId: string;
  text: string;
  /** The prepared explanation, carried onto the tabled proposal; absent or "" for none. */
  explanation?: string;
  delegation: string;
  delegationName: string;
  /** The drafter: the proposal is theirs. */
  authorId: string;
  authorName: string;
  /** The colleague who tabled it (may be the drafter), audited as the one who made it public. */
  tabledById: string;
  /** The tabler's role in the draft's negotiation, judged by the same rules as a browser's proposal. */
  role: Role;
  /** ISO time of tabling: the proposal's creation time for everyone. */
  tabledAt: string;
}

export class InvalidTablingRequestError extends Error {}

const tablingKinds: readonly string[] = ['amend', 'add', 'delete', 'alternative'];

function sign(payload: string, secret: string): Buffer {
  // Its own purpose prefix: a realtime ticket's signature is never valid here, nor this one as a ticket.
  return createHmac('sha256', secret).update(`zero-draft-table-proposal.${payload}`).digest();
}

/** The request body: base64url JSON, a dot, the signature; valid for `ttlSeconds`. */
export function signTablingRequest(request: TablingRequest, secret: string, ttlSeconds = 60): string {
  const payload = Buffer.from(JSON.stringify({ ...request, exp: Math.floor(Date.now() / 1000) + ttlSeconds })).toString('base64url');
  return `${payload}.${sign(payload, secret).toString('base64url')}`;
}

/** Returns the request, or throws InvalidTablingRequestError. `now` is in milliseconds. */
export function verifyTablingRequest(body: string, secret: string, now = Date.now()): TablingRequest {
  const parts = body.trim().split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new InvalidTablingRequestError('Malformed request.');
  const [payload, signature] = parts as [string, string];
  const expected = sign(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidTablingRequestError('Bad signature.');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidTablingRequestError('Malformed payload.');
  }
  const claims = value as Partial<TablingRequest & { exp: number }> | null;
  const strings = [
    'draftId',
    'negotiationId',
    'proposalId',
    'paragraphId',
    'text',
    'delegation',
    'delegationName',
    'authorId',
    'authorName',
    'tabledById',
    'tabledAt',
  ] as const;
  if (
    !claims ||
    typeof claims !== 'object' ||
    strings.some((key) => typeof claims[key] !== 'string') ||
    (claims.explanation !== undefined && typeof claims.explanation !== 'string') ||
    !tablingKinds.includes(String(claims.kind)) ||
    !isRole(claims.role) ||
    typeof claims.exp !== 'number' ||
    !Number.isFinite(Date.parse(String(claims.tabledAt)))
  ) {
    throw new InvalidTablingRequestError('The request is incomplete.');
  }
  if (claims.exp * 1000 <= now) throw new InvalidTablingRequestError('The request has expired.');
  const { exp: _exp, ...request } = claims as TablingRequest & { exp: number };
  return request;
}
