import { canWriteDrafts } from '@/lib/auth/permissions';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import { readMaxPasteCharacters } from '@/lib/limits/draft-limits';
import type { Db } from '@/server/db/client';
import { draftRoomNaming } from '@/lib/persistence/room-naming';
import { readConfig } from '@/server/config/read-config';
import { readSecret } from '@/server/secret';
import type { CurrentUser } from '@/server/users/find-user';

export class UnknownDraftError extends Error {
  constructor(id: string) {
    super(`There is no draft "${id}".`);
  }
}

export interface RealtimeTicket {
  /** Websocket address ending with the draft's room name. */
  url: string;
  token: string;
  readOnly: boolean;
  room: string;
  /** So the browser refuses, with a message, a paste the realtime server would refuse. */
  limits: { maxPasteCharacters: number };
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

export async function mintRealtimeToken(db: Db, user: CurrentUser, draftId: string, pageHost?: string | null): Promise<RealtimeTicket> {
  const draft = await db.draft.findUnique({ where: { id: draftId }, select: { id: true } });
  if (!draft) throw new UnknownDraftError(draftId);
  const readOnly = !canWriteDrafts(user.role);
  const token = signRealtimeToken(
    {
      userId: user.id,
      draftId,
      role: user.role,
      delegationCode: user.delegation.code,
      readOnly,
      userName: user.name,
      delegationName: user.delegation.name,
      ...(/^#[0-9a-fA-F]{6}$/.test(user.delegation.colour) ? { delegationColour: user.delegation.colour } : {}),
    },
    readSecret(),
  );
  const room = draftRoomNaming.toRoomName(draftId);
  const limits = { maxPasteCharacters: readMaxPasteCharacters(readConfig().draftLimits) };
  return { url: `${resolveRealtimeBaseUrl(pageHost)}/${room}`, token, readOnly, room, limits };
}
