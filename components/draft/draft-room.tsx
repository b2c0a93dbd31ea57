'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { defaultLocale } from '@/lib/i18n/locales';
import { codeRealtimeRefusal, codeRealtimeSentence } from '@/lib/realtime/refusal-codes';
import { openDraftConnection, type ConnectionStatus, type DraftConnection } from './draft-connection';
import type { DraftPermissions, DraftRoomUser } from './draft-permissions';
import { DraftWorkspace } from './draft-workspace';
import { clearOfflineDraft } from './offline-store';
import { TicketRefusedError } from './realtime-ticket';
import { createRefusalRecovery, type RefusedChange } from './refusal-recovery';
import { createRoomSession, type RoomSession } from './room-session';
import './draft.css';

interface DraftRoomProps {
  draftId: string;
  initialTitle: string;
  /** The draft's creation time: a copy kept in the browser from another life of the draft is never loaded. */
  draftEpoch: string;
  user: DraftRoomUser;
  permissions: DraftPermissions;
}

/** The person was removed, deactivated or given another role (realtime/guards.ts closeCodes.accessChanged). */
const accessChangedCode = 4401;
/** Long enough to read why before the page reloads (and answers for the new role, or not at all). */
const accessChangedReloadMs = 4_000;

/** Connects to one draft and keeps the connection alive; the workspace does the rest. */
export function DraftRoom({ draftId, initialTitle, draftEpoch, user, permissions }: DraftRoomProps) {
  const [generation, setGeneration] = useState(0);
  const [session, setSession] = useState<RoomSession | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [synced, setSynced] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refused, setRefused] = useState<RefusedChange[]>([]);
  const describeRefusal = useDescribeRefusal();
  const t = useTranslations('refusals');
  const readsServerLanguage = useLocale() === defaultLocale;
  /** The realtime server's English sentence, said in the person's language where its code is known. */
  const sayRealtime = (reason: string, code: string | null): string => {
    if (readsServerLanguage || code === null) return reason;
    const key = `realtime.${code}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : reason;
  };
  // Lives as long as the room: a refused copy waits here while a fresh one connects.
  const [recovery] = useState(() => createRefusalRecovery({ editFrozen: permissions.editFrozen }));
  useEffect(() => () => recovery.destroy(), [recovery]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reconnect trigger and user.id the identity; the rest of user only labels presence.
  useEffect(() => {
    let cancelled = false;
    let current: RoomSession | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let reloadTimer: ReturnType<typeof setTimeout> | undefined;
    // Forgetting the kept copy comes first, so a reload or a closed tab cannot bring it back.
    const forgetKeptCopy = () => clearOfflineDraft(user.id, draftId).catch(() => undefined);
    let opened: DraftConnection | null = null;
    const open = async (attempt: number) => {
      try {
        const connection = await openDraftConnection(
          draftId,
          {
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
              // state (no page reload) and replay onto it what remains allowed. The copy kept in the
              // browser holds the refused change too: it goes first, and the fresh copy (with the
              // replay) is kept instead.
              recovery.noteRefusal(opened, refusal);
              // A refused proposal is not replayed as paragraph text is: its reason is all that is left to show.
              if (refusal.rule === 'deadlines')
                setNotice(sayRealtime(refusal.reason, refusal.code ?? codeRealtimeRefusal(refusal.rule, refusal.reason)));
              void forgetKeptCopy().then(() => {
                if (!cancelled) setGeneration((value) => value + 1);
              });
            },
            onRefused: (code, reason, refusal) => {
              if (cancelled) return;
              if (code === accessChangedCode) {
                // Never reconnect quietly: the page itself must be asked for again, with the access held now.
                setFailure(
                  t('room.accessChanged', {
                    reason: reason ? sayRealtime(reason, codeRealtimeSentence(reason)) : t('room.accessChangedReason'),
                  }),
                );
                void forgetKeptCopy().then(() => {
                  reloadTimer = setTimeout(() => window.location.reload(), accessChangedReloadMs);
                });
                return;
              }
              if (code === 403 || code === 404) void forgetKeptCopy();
              if (refusal) setFailure(describeRefusal(refusal));
              else setFailure(reason ? sayRealtime(reason, codeRealtimeSentence(reason)) : t('room.serverClosed'));
            },
          },
          // Read-only people cannot change the text, so there is nothing of theirs to keep.
          { offline: permissions.edit ? { userId: user.id, draftId, epoch: draftEpoch } : null },
        );
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
          // The draft is gone or no longer this person's to read: nothing of it may stay in the browser.
          if (error.status === 403 || error.status === 404) void forgetKeptCopy();
          setFailure(describeRefusal(error.refusal));
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
  }, [draftId, draftEpoch, generation, user.id, permissions.edit, permissions.editFrozen, recovery]);

  return (
    <DraftWorkspace
      draftId={draftId}
      user={user}
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
