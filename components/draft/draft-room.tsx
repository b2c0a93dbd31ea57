'use client';

import { useEffect, useState } from 'react';
import { openDraftConnection, type ConnectionStatus, type DraftConnection } from './draft-connection';
import type { DraftPermissions, DraftRoomUser } from './draft-permissions';
import { DraftWorkspace } from './draft-workspace';
import { TicketRefusedError } from './realtime-ticket';
import { createRefusalRecovery, type RefusedChange } from './refusal-recovery';
import { createRoomSession, type RoomSession } from './room-session';
import './draft.css';

interface DraftRoomProps {
  draftId: string;
  initialTitle: string;
  user: DraftRoomUser;
  permissions: DraftPermissions;
}

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
  const [refused, setRefused] = useState<RefusedChange[]>([]);
  // Lives as long as the room: a refused copy waits here while a fresh one connects.
  const [recovery] = useState(() => createRefusalRecovery({ editFrozen: permissions.editFrozen }));
  useEffect(() => () => recovery.destroy(), [recovery]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reconnect trigger and user.id the identity; the rest of user only labels presence.
  useEffect(() => {
    let cancelled = false;
    let current: RoomSession | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let reloadTimer: ReturnType<typeof setTimeout> | undefined;
    let opened: DraftConnection | null = null;
    const open = async (attempt: number) => {
      try {
        const connection = await openDraftConnection(draftId, {
          onStatus: (next) => {
            if (!cancelled) setStatus(next);
          },
          onSynced: () => {
            if (cancelled) return;
            if (opened && recovery.pending) {
              // Before anyone can type here: the refused copy's other changes go out as this copy's own.
              const held = recovery.replayOnto(opened.doc);
              if (held.length > 0) setRefused((shown) => [...shown, ...held]);
            }
            setSynced(true);
          },
          onRefusal: (refusal) => {
            if (cancelled || !opened) return;
            // This copy can never send under its client id again; start a fresh one from the server's
            // state (no page reload) and replay onto it what remains allowed.
            recovery.noteRefusal(opened, refusal);
            setGeneration((value) => value + 1);
          },
          onRefused: (code, reason) => {
            if (cancelled) return;
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
        opened = connection;
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
  }, [draftId, generation, user.id, permissions.editFrozen, recovery]);

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
      refused={refused}
      onDismissRefused={(key) => setRefused((shown) => shown.filter((change) => change.key !== key))}
      permissions={permissions}
    />
  );
}
