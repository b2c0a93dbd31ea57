import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';
import { messageRefusal, readRefusal, type RefusalMessage } from '@/lib/realtime/refusal';
import { openOfflineStore, type OfflineStoreKey } from './offline-store';
import { fetchRealtimeTicket, readServerUrl, TicketRefusedError, type RealtimeTicket } from './realtime-ticket';

export type ConnectionStatus = 'connecting' | 'connected' | 'offline';

export interface ConnectionListener {
  onStatus(status: ConnectionStatus): void;
  onSynced(): void;
  /**
   * The server will not take this connection back (draft gone, access withdrawn, refusals past the bound). `refusal`
   * is the web app's answer when it refused a fresh ticket: its reason says it in the person's language.
   */
  onRefused(code: number, reason: string, refusal?: RefusalBody): void;
  /**
   * The server refused an update and applied none of it; the socket stays open. This copy can no longer
   * send under its client id: the room resets to the server's state and replays what remains allowed.
   */
  onRefusal(refusal: RefusalMessage): void;
}

export interface DraftConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  ticket: RealtimeTicket;
  /** Edits are also kept in this browser's storage, so they outlive the tab until sent. */
  keptInBrowser: boolean;
  /**
   * Stops talking to the server at once and hands the document over to the caller (destroy() then leaves
   * it alone): after a refusal it is the local copy whose changes are replayed onto a fresh one.
   */
  releaseDoc(): Y.Doc;
  destroy(): void;
}

/** Tokens live two minutes; refreshing well before that keeps y-websocket's own quick reconnects valid. */
const tokenRefreshMs = 60_000;
const maxBackoffMs = 8_000;

function isTerminalClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/** The realtime server's close code for a changed role (realtime/guards.ts closeCodes.accessChanged). */
const accessChangedCode = 4401;

/**
 * Opens a draft's shared document on the realtime server. Every reconnect
 * fetches a fresh token first: y-websocket would otherwise retry with the
 * expired one it was built with. Edits made while disconnected stay in the
 * document and go out with the sync on reconnect. With `offline`, the document
 * is also kept in the browser and what an earlier visit left unsent is loaded
 * before connecting, so it goes out with the first sync. With `watchOnly`, the connection reads only: its
 * tickets are read-only ones and it takes no place in the room's presence.
 */
export async function openDraftConnection(
  draftId: string,
  listener: ConnectionListener,
  options: { offline?: OfflineStoreKey | null; watchOnly?: boolean } = {},
): Promise<DraftConnection> {
  const ticketOptions = { readOnly: options.watchOnly === true };
  let ticket = await fetchRealtimeTicket(draftId, ticketOptions);
  const doc = new Y.Doc();
  // A watcher (the projector's screen) is nobody in the room: with no presence state of its own, it sends
  // none, and the realtime server (which names every state it receives after its ticket) lists no one for it.
  const awareness = new Awareness(doc);
  if (options.watchOnly) awareness.setLocalState(null);
  // A browser that refuses storage (private windows, quota) still gets the live room.
  const store = options.offline ? await openOfflineStore(doc, options.offline).catch(() => null) : null;
  // No BroadcastChannel: tabs must not pass edits to each other around the server's permission checks.
  const provider = new WebsocketProvider(readServerUrl(ticket), ticket.room, doc, {
    params: { token: ticket.token },
    disableBc: true,
    connect: true,
    awareness,
  });
  let disposed = false;
  // The page was rendered for this role; a ticket for another one means the page must be asked for again.
  const openedAs = ticket.user.role;
  let roleLost = false;
  const roleChanged = (fresh: RealtimeTicket) => {
    if (fresh.user.role === openedAs && !roleLost) return false;
    if (!roleLost) {
      roleLost = true;
      provider.disconnect();
      listener.onStatus('offline');
      listener.onRefused(accessChangedCode, 'Your role in this negotiation changed; reopen the draft.');
    }
    return true;
  };
  let everConnected = false;
  let attempts = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  const reconnect = () => {
    if (disposed || reconnectTimer !== null) return;
    const delay = attempts === 0 ? 0 : Math.min(maxBackoffMs, 500 * 2 ** (attempts - 1));
    attempts++;
    reconnectTimer = setTimeout(async () => {
      reconnectTimer = null;
      if (disposed || provider.wsconnected || provider.wsconnecting) return;
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        reconnect();
        return;
      }
      try {
        ticket = await fetchRealtimeTicket(draftId, ticketOptions);
      } catch (error) {
        if (disposed) return;
        if (error instanceof TicketRefusedError) {
          listener.onRefused(error.status, error.message, error.refusal);
          return;
        }
        reconnect();
        return;
      }
      if (disposed || roleChanged(ticket)) return;
      provider.params = { ...provider.params, token: ticket.token };
      provider.connect();
    }, delay);
  };

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') everConnected = true;
    listener.onStatus(status === 'connected' ? 'connected' : everConnected ? 'offline' : 'connecting');
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    attempts = 0;
    listener.onSynced();
  };
  const onConnectionClose = (event: CloseEvent | null) => {
    if (disposed) return;
    if (event && isTerminalClose(event.code)) {
      listener.onStatus('offline');
      listener.onRefused(event.code, event.reason);
      return;
    }
    // Hold y-websocket's own retry (it would reuse the old token) until a fresh one is in.
    provider.shouldConnect = false;
    listener.onStatus(everConnected ? 'offline' : 'connecting');
    reconnect();
  };
  const onOnline = () => {
    attempts = 0;
    if (reconnectTimer !== null) {
      clearTimeout(reconnectTimer);
      reconnectTimer = null;
    }
    if (!provider.wsconnected && !provider.wsconnecting) reconnect();
  };
  // The socket can take half a minute to notice a lost network; the browser knows at once.
  const onOffline = () => provider.disconnect();

  const refreshTimer = setInterval(() => {
    fetchRealtimeTicket(draftId, ticketOptions)
      .then((fresh) => {
        if (disposed || roleChanged(fresh)) return;
        ticket = fresh;
        provider.params = { ...provider.params, token: fresh.token };
      })
      .catch(() => undefined);
  }, tokenRefreshMs);

  provider.messageHandlers[messageRefusal] = (_encoder, decoder) => {
    if (!disposed) listener.onRefusal(readRefusal(decoder));
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onConnectionClose);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);

  let docReleased = false;
  const connection: DraftConnection = {
    doc,
    provider,
    keptInBrowser: store !== null,
    get ticket() {
      return ticket;
    },
    releaseDoc() {
      docReleased = true;
      connection.destroy();
      return doc;
    },
    destroy() {
      if (disposed) return;
      disposed = true;
      if (reconnectTimer !== null) clearTimeout(reconnectTimer);
      clearInterval(refreshTimer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onConnectionClose);
      provider.destroy();
      void store?.close();
      if (!docReleased) doc.destroy();
    },
  };
  return connection;
}
