import { canWriteDrafts } from '@/lib/auth/permissions';
import type { DraftAccess } from '@/server/negotiations/check-access';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { readMaxChangeBytes, readMaxPasteCharacters } from '@/lib/limits/draft-limits';
import { draftRoomNaming } from '@/lib/persistence/room-naming';
import { readConfig } from '@/server/config/read-config';
import { readSecret } from '@/server/secret';
import type { CurrentUser } from '@/server/users/find-user';

export interface RealtimeTicket {
  /** Websocket address ending with the draft's room name. */
  url: string;
  token: string;
  readOnly: boolean;
  room: string;
  /** So the browser refuses, with a message, a paste the realtime server would refuse. */
  limits: { maxPasteCharacters: number; maxChangeBytes: number };
}

/**
 * The realtime server listens beside the web app; browsers reach it on the
 * host name they used for the page, unless REALTIME_PUBLIC_URL says otherwise.
 */
export function resolveRealtimeBaseUrl(pageHost?: string | null): string {
  const { realtimePublicUrl, realtimePort } = readConfig();
  if (realtimePublicUrl) return realtimePublicUrl;
  const hostname = (pageHost ?? '127.0.0.1').replace(/:\d+$/, '');
  return `ws://${hostname}:${realtimePort}`;
}

/**
 * A ticket for one draft, minted only from a roster check made now (`access`): it carries the person's role in
 * the draft's negotiation and the delegation they act as there (the Chair for a facilitator). `readOnly` asks
 * for less than the role allows (the projector's screen view): the realtime server then keeps nothing it sends.
 */
export function mintRealtimeToken(
  user: CurrentUser,
  access: DraftAccess,
  pageHost?: string | null,
  options: { readOnly?: boolean } = {},
): RealtimeTicket {
  const draftId = access.draft.id;
  const { delegation } = access;
  const readOnly = options.readOnly === true || !canWriteDrafts(access.role) || access.draft.archivedAt !== null;
  const token = signRealtimeToken(
    {
      userId: user.id,
      draftId,
      negotiationId: access.negotiation.id,
      role: access.role,
      delegationCode: delegation.code,
      readOnly,
      userName: user.name,
      delegationName: delegation.name,
      ...(/^#[0-9a-fA-F]{6}$/.test(delegation.colour) ? { delegationColour: delegation.colour } : {}),
    },
    readSecret(),
  );
  const room = draftRoomNaming.toRoomName(draftId);
  const { draftLimits } = readConfig();
  const limits = { maxPasteCharacters: readMaxPasteCharacters(draftLimits), maxChangeBytes: readMaxChangeBytes(draftLimits) };
  return { url: `${resolveRealtimeBaseUrl(pageHost)}/${room}`, token, readOnly, room, limits };
}
