'use client';

import { useEffect, useState } from 'react';
import { openDraftConnection, type ConnectionStatus } from './draft-connection';
import type { DraftPermissions, DraftRoomUser } from './draft-permissions';
import { DraftWorkspace } from './draft-workspace';
import { TicketRefusedError } from './realtime-ticket';
import { createRoomSession, type RoomSession } from './room-session';
import './draft.css';

interface DraftRoomProps {
  draftId: string;
  initialTitle: string;
  user: DraftRoomUser;
  permissions: DraftPermissions;
}

const refusedEditCode = 4403;
/** The person was removed, deactivated or given another role (realtime/guards.ts closeCodes.accessChanged). */
const accessChangedCode = 4401;
/** Long enough to read why before the page reloads (and answers for the new role, or not at all). */
const accessChangedReloadMs = 4_000;

/** Connects to one draft and keeps the connection alive; the workspace does the rest. */
export function DraftRoom({ draftId, initialTitle, user, permissions }: DraftRoomProps) {
  const [generation, setGeneration] = useState(0);
  const [session, setSession] = useState<RoomSession | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [synced, setSynced] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reconnect trigger and user.id the identity; the rest of user only labels presence.
  useEffect(() => {
    let cancelled = false;
    let current: RoomSession | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let reloadTimer: ReturnType<typeof setTimeout> | undefined;
    const open = async (attempt: number) => {
      try {
        const connection = await openDraftConnection(draftId, {
          onStatus: (next) => {
            if (!cancelled) setStatus(next);
          },
          onSynced: () => {
            if (!cancelled) setSynced(true);
          },
          onRefused: (code, reason) => {
            if (cancelled) return;
            if (code === refusedEditCode) {
              // The refused change is still in this copy and would be refused again on every
              // reconnect; starting over from the server's copy is the only way forward.
              setNotice(`The server did not accept a change${reason ? ` (${reason})` : ''}. The draft was reloaded.`);
              setGeneration((value) => value + 1);
              return;
            }
            if (code === accessChangedCode) {
              // Never reconnect quietly: the page itself must be asked for again, with the access held now.
              setFailure(`${reason || 'Your access to this negotiation changed.'} The page reloads in a moment.`);
              reloadTimer = setTimeout(() => window.location.reload(), accessChangedReloadMs);
              return;
            }
            setFailure(reason || 'The realtime server closed the draft.');
          },
        });
        if (cancelled) {
          connection.destroy();
          return;
        }
        current = createRoomSession(connection, user, { editFrozen: permissions.editFrozen });
        setSession(current);
      } catch (error) {
        if (cancelled) return;
        if (error instanceof TicketRefusedError) {
          setFailure(error.message);
          return;
        }
        setStatus('offline');
        retryTimer = setTimeout(() => open(attempt + 1), Math.min(8_000, 500 * 2 ** attempt));
      }
    };
    void open(0);
    return () => {
      cancelled = true;
      clearTimeout(retryTimer);
      clearTimeout(reloadTimer);
      current?.destroy();
      setSession(null);
      setSynced(false);
      setStatus('connecting');
    };
  }, [draftId, generation, user.id, permissions.editFrozen]);

  return (
    <DraftWorkspace
      session={session}
      initialTitle={initialTitle}
      status={status}
      synced={synced}
      failure={failure}
      notice={notice}
      onNotice={setNotice}
      onDismissNotice={() => setNotice(null)}
      permissions={permissions}
    />
  );
}
