import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { createTokenAuthenticator, readRoomName, UpgradeRefusedError, type Authenticator } from './authenticate';
import { closeCodes, defaultConnectionLimits, type ConnectionLimits } from './guards';
import { draftRoomNaming, type RoomNaming } from '@/lib/persistence/room-naming';
import { deadlinesChangedPath, rosterChangedPath } from '@/lib/auth/realtime-token';
import { checkTicketStanding, type MembershipChecker } from './membership';
import { handleRosterChanged } from './roster-signal';
import { type DeadlineSource, DraftDeadlines } from './draft-deadlines';
import { handleDeadlinesChanged } from './deadlines-signal';
import type { DraftPersistence } from './persistence';
import { defaultRoomTiming, type RoomTiming } from './room';
import { forwardRequest, isForwarded, proxyUpgrade } from './forward-to-owner';
import {
  createHealthProbe,
  DraftNotFoundError,
  DraftOwnedElsewhereError,
  DraftOwnerUnsureError,
  RoomRegistry,
  type OwnerProbe,
} from './rooms';
import { routeTableProposal } from './table-proposal';
import { SilenceKeeper, type SilenceStore } from './silence-keeper';

export interface RealtimeServerOptions {
  port: number;
  host?: string;
  /** Shared with the web app, which signs the tokens (ignored for them when `authenticator` is given) and its signals. */
  secret?: string;
  authenticator?: Authenticator;
  persistence: DraftPersistence;
  /**
   * The roster, checked when a socket opens, when its room saves and on a roster signal. Null only where
   * there is no roster (tests of other concerns, the benchmark): tickets are then taken at their word.
   */
  membership: MembershipChecker | null;
  naming?: RoomNaming;
  timing?: Partial<RoomTiming>;
  limits?: Partial<ConnectionLimits>;
  log?: (message: string) => void;
  /** This process in draft leases; unique per start (a restarted process is another owner). */
  nodeId?: string;
  /** Where other processes reach this one; defaults to http://<host>:<port>. */
  nodeUrl?: string;
  /** How to tell whether a lease holder is still alive; defaults to asking its health endpoint. */
  probeOwner?: OwnerProbe;
  /** Where the drafts' proposal deadlines are read; none given: no deadline is enforced. */
  deadlines?: DeadlineSource | null;
  /** Silence procedures (frozen paragraphs, outcomes at the deadline); none: no procedure is kept here. */
  silence?: SilenceStore;
  /** How often the silence keeper reads the procedures (default about a second). */
  silenceIntervalMs?: number;
}

export interface RealtimeServer {
  port: number;
  host: string;
  nodeId: string;
  /** Writes every open draft, closes every socket and stops listening. */
  close(): Promise<void>;
  readonly rooms: RoomRegistry;
  /** Present when the server keeps silence procedures (tests run a pass of it directly). */
  readonly silenceKeeper: SilenceKeeper | null;
}

const statusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

function isLoopback(address: string | undefined): boolean {
  return address === '::1' || address?.startsWith('127.') === true || address?.startsWith('::ffff:127.') === true;
}

function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${statusText[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export async function startRealtimeServer(options: RealtimeServerOptions): Promise<RealtimeServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((message: string) => console.log(`[realtime] ${message}`));
  const naming = options.naming ?? draftRoomNaming;
  const limits: ConnectionLimits = { ...defaultConnectionLimits, ...options.limits };
  const timing: RoomTiming = { ...defaultRoomTiming, ...options.timing };
  let authenticator = options.authenticator;
  if (!authenticator) {
    if (!options.secret) throw new Error('startRealtimeServer needs a secret or an authenticator.');
    authenticator = createTokenAuthenticator(options.secret, naming);
  }
  const auth = authenticator;
  const { membership } = options;
  const nodeId = options.nodeId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const owner = { nodeId, nodeUrl: options.nodeUrl ?? '' };
  const deadlines = options.deadlines ? new DraftDeadlines(options.deadlines, log) : null;
  const keeper = options.silence
    ? new SilenceKeeper({ store: options.silence, log, ...(options.silenceIntervalMs ? { intervalMs: options.silenceIntervalMs } : {}) })
    : null;
  const rooms = new RoomRegistry({
    deadlines,
    persistence: options.persistence,
    timing,
    limits,
    log,
    membership,
    owner,
    probeOwner: options.probeOwner ?? createHealthProbe(),
    ...(keeper ? { readSilencedParagraphs: (draftId: string) => keeper.readSilenced(draftId) } : {}),
  });

  const http = createServer((request, response) => {
    if (request.method === 'GET' && new URL(request.url ?? '/', 'http://realtime.invalid').pathname === '/health') {
      // Which drafts cannot save is for the operator on this machine; others learn only that something is wrong.
      const named = isLoopback(request.socket.remoteAddress);
      rooms.readSaveTroubles().then((troubles) => {
        const body = {
          status: troubles.length === 0 ? 'ok' : 'degraded',
          nodeId,
          rooms: rooms.loadedDrafts.length,
          failingSaves: named ? troubles : troubles.length,
          // What the durable log costs each accepted batch (one transaction), for operators and bench:cluster.
          logAppendMs: rooms.appendTimings.summarize(),
        };
        response.writeHead(troubles.length === 0 ? 200 : 503, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
      });
      return;
    }
    if (request.method === 'POST' && request.url === rosterChangedPath) {
      handleRosterChanged(request, response, {
        secret: options.secret,
        rooms,
        log,
        self: owner,
        readLiveNodes: async () => (await options.persistence.readLiveNodes?.()) ?? [],
      });
      return;
    }
    if (request.method === 'POST' && request.url === deadlinesChangedPath) {
      handleDeadlinesChanged(request, response, {
        secret: options.secret,
        deadlines,
        loadedDrafts: () => rooms.loadedDrafts,
        ...(keeper ? { refreshSilence: () => keeper.tick() } : {}),
      });
      return;
    }
    if (routeTableProposal(request, response, { rooms, secret: options.secret, naming, log, maxDraftBytes: limits.maxDraftBytes, nodeId }))
      return;
    if (request.method !== 'POST') {
      response.writeHead(426, { 'Content-Type': 'text/plain' }).end('Zero Draft realtime server: WebSocket only.\n');
      return;
    }
    // POST /<room>?token=… asks for the draft to be saved now; the same token check as a socket.
    let draftId: string;
    try {
      const authenticated = auth.authenticate(request);
      if (authenticated.identity.readOnly) {
        response.writeHead(403, { 'Content-Type': 'text/plain' }).end('Read-only tokens cannot flush a draft.\n');
        return;
      }
      draftId = authenticated.draftId;
    } catch (error) {
      const status = error instanceof UpgradeRefusedError ? error.status : 400;
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end(`${(error as Error).message}\n`);
      return;
    }
    rooms.flush(draftId).then(
      () => {
        response.writeHead(204).end();
        rooms.releaseIfIdle(draftId);
      },
      (error: Error) => {
        if (error instanceof DraftOwnedElsewhereError && !isForwarded(request)) {
          forwardRequest(request, Buffer.alloc(0), response, error.holder, nodeId);
          return;
        }
        // Owned by a live process this one cannot hand the flush to: no revision may go on without it.
        const status =
          error instanceof DraftOwnedElsewhereError || error instanceof DraftOwnerUnsureError
            ? 503
            : error instanceof DraftNotFoundError
              ? 404
              : 500;
        response.writeHead(status, { 'Content-Type': 'text/plain' }).end(`${error.message}\n`);
      },
    );
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  const sockets = new Set<Socket>();
  const socketsPerTicket = new Map<string, number>();
  http.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    let authenticated: ReturnType<Authenticator['authenticate']>;
    try {
      authenticated = auth.authenticate(request);
    } catch (error) {
      const status = error instanceof UpgradeRefusedError ? error.status : 400;
      refuseUpgrade(socket, status, (error as Error).message);
      return;
    }
    const { draftId, identity } = authenticated;
    // One ticket, one tab: a stolen or scripted ticket cannot open sockets without bound.
    const ticket = readRoomName(request).url.searchParams.get('token');
    if (ticket !== null) {
      const open = socketsPerTicket.get(ticket) ?? 0;
      if (open >= limits.maxSocketsPerTicket) {
        refuseUpgrade(socket, 429, `This ticket already has ${open} open connections; open the draft again for a new one.`);
        return;
      }
      socketsPerTicket.set(ticket, open + 1);
      socket.once('close', () => {
        const left = (socketsPerTicket.get(ticket) ?? 1) - 1;
        if (left <= 0) socketsPerTicket.delete(ticket);
        else socketsPerTicket.set(ticket, left);
      });
    }
    // The ticket says who the person was when it was minted; the roster says who they are now.
    const standing = membership ? checkTicketStanding(membership, draftId, identity) : Promise.resolve(null);
    standing.then(
      (refusal) => {
        if (refusal !== null) {
          refuseUpgrade(socket, 403, refusal);
          return;
        }
        // Load before completing the handshake so the first frames find the room ready.
        rooms.open(draftId).then(
          () =>
            wss.handleUpgrade(request, socket, head, (ws) => {
              rooms.join(draftId, ws, identity).catch((error: Error) => {
                ws.close(closeCodes.draftNotFound, error.message.slice(0, 120));
              });
            }),
          (error: Error) => {
            if (error instanceof DraftOwnedElsewhereError && !isForwarded(request)) {
              proxyUpgrade(request, socket, head, error.holder, nodeId);
              return;
            }
            if (!(error instanceof DraftNotFoundError)) log(`draft ${draftId}: load failed: ${error.message}`);
            // Accept then close with a 44xx code: y-websocket reports the reason and stops retrying.
            wss.handleUpgrade(request, socket, head, (ws) => {
              const code = error instanceof DraftNotFoundError ? closeCodes.draftNotFound : closeCodes.overloaded;
              ws.close(code, error.message.slice(0, 120));
            });
          },
        );
      },
      (error: Error) => {
        log(`draft ${draftId}: roster check failed: ${error.message}`);
        refuseUpgrade(socket, 503, 'The roster could not be checked just now; try again.');
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    // A whole delegation room reconnecting at once must not overflow the accept queue (Node's default is 511).
    http.listen({ port: options.port, host, backlog: 4_096 }, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  owner.nodeUrl ||= `http://${host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  keeper?.start(rooms);

  deadlines?.start(() => rooms.loadedDrafts);
  let closing: Promise<void> | undefined;
  return {
    port,
    host,
    nodeId,
    rooms,
    silenceKeeper: keeper,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
        deadlines?.stop();
        await keeper?.stop();
        await rooms.shutdown();
        for (const client of wss.clients) client.terminate();
        wss.close();
        for (const socket of sockets) socket.destroy();
        await stopped;
      })();
      return closing;
    },
  };
}
