import type { IncomingMessage } from 'node:http';
import { canWriteDrafts, type Role } from '@/lib/auth/permissions';
import { verifyRealtimeTokenForDraft } from '@/lib/auth/realtime-token';
import type { RoomNaming } from './persistence';

export interface ConnectionIdentity {
  userId: string;
  /** The negotiation the ticket was minted in; the roster there is checked again while the socket is open. */
  negotiationId: string;
  delegationCode: string;
  /** The role in that negotiation when the ticket was minted; a different role now closes the socket. */
  role: Role;
  /** From the signed ticket; proposals must carry exactly these names. */
  userName?: string;
  delegationName?: string;
  delegationColour?: string;
  /** Decided once, at the upgrade: read-only connections never change the document. */
  readOnly: boolean;
}

export interface AuthenticatedRequest {
  draftId: string;
  identity: ConnectionIdentity;
}

export class UpgradeRefusedError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

/** Checks who may open which draft; swappable so another issuer (or a shared session store) can be used. */
export interface Authenticator {
  authenticate(request: IncomingMessage): AuthenticatedRequest;
}

export function readRoomName(request: IncomingMessage): { roomName: string; url: URL } {
  const url = new URL(request.url ?? '/', 'http://realtime.invalid');
  const segments = url.pathname.split('/').filter(Boolean);
  return { roomName: decodeURIComponent(segments.at(-1) ?? ''), url };
}

export function createTokenAuthenticator(secret: string, naming: RoomNaming): Authenticator {
  return {
    authenticate(request) {
      const { roomName, url } = readRoomName(request);
      const draftId = naming.toDraftId(roomName);
      if (!draftId) throw new UpgradeRefusedError(404, `Unknown room "${roomName}".`);
      const token = url.searchParams.get('token');
      if (!token) throw new UpgradeRefusedError(401, 'Missing token.');
      let claims: ReturnType<typeof verifyRealtimeTokenForDraft>;
      try {
        claims = verifyRealtimeTokenForDraft(token, secret, draftId);
      } catch (error) {
        throw new UpgradeRefusedError(401, (error as Error).message);
      }
      return {
        draftId,
        identity: {
          userId: claims.userId,
          negotiationId: claims.negotiationId,
          delegationCode: claims.delegationCode,
          role: claims.role,
          readOnly: claims.readOnly || !canWriteDrafts(claims.role),
          ...(claims.userName !== undefined ? { userName: claims.userName } : {}),
          ...(claims.delegationName !== undefined ? { delegationName: claims.delegationName } : {}),
          ...(claims.delegationColour !== undefined ? { delegationColour: claims.delegationColour } : {}),
        },
      };
    },
  };
}
