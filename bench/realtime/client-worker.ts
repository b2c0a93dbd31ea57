import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { getParagraph, getParagraphContent, readParagraphOrder } from '@/lib/draft';
import { LatencyHistogram, readSharedClock } from './stats';

/**
 * One process of simulated participants, driven by the orchestrator over IPC.
 * Each participant is a real y-websocket provider with its own Y.Doc.
 *
 * bench:realtime puts everyone in one room ('join'); bench:cluster gives a worker whole rooms ('join-rooms'),
 * a typist per room ('typists' with perRoom), and asks after a node was killed how long each client of the
 * rooms it held took to be synced again ('recover') and whether any acknowledged keystroke went missing ('verify').
 */

export type WorkerCommand =
  | { cmd: 'join'; url: string; room: string; tokens: string[]; count: number; timeoutMs: number }
  | { cmd: 'join-rooms'; url: string; rooms: { room: string; tokens: string[] }[]; timeoutMs: number }
  | { cmd: 'typists'; count: number; perRoom?: boolean }
  | {
      cmd: 'run';
      typists: number[];
      /** Typist client id → its room; without it every participant watches every typist (one room). */
      typistRooms?: Record<string, string>;
      durationMs: number;
      intervalMs: number;
      cursorEveryMs: number;
      moverShare: number;
    }
  | { cmd: 'collect'; sendTimes: Record<string, number[]> }
  | { cmd: 'recover'; killedAt: number; rooms: string[]; sendTimes: Record<string, number[]> }
  | { cmd: 'verify' }
  | { cmd: 'close' };

/** Per typist: how many of its keystrokes reached at least one other client, and the fewest any client of its room holds. */
export interface TypistCheck {
  room: string;
  clientId: number;
  acknowledged: number;
  fewestHeld: number;
}

export type WorkerReply =
  | { event: 'joined'; syncMs: number[]; unsynced: number }
  | { event: 'typists'; clientIds: number[]; rooms: string[] }
  | { event: 'ran'; sendTimes: Record<string, number[]>; cpuMs: number }
  | { event: 'collected'; histogram: number[]; expected: number; received: number }
  | { event: 'recovered'; recoveryMs: number[]; never: number }
  | { event: 'verified'; typists: TypistCheck[] }
  | { event: 'closed' };

interface Participant {
  room: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Per watched typist: arrival time of each of its clock values. */
  arrivals: Map<number, number[]>;
  /** The typists whose keystrokes this participant times. */
  watching: number[];
  tracking: boolean;
  /** When the provider reported synced, each time (it reports again after reconnecting). */
  syncedAt: number[];
}

const participants: Participant[] = [];
// Every provider registers a process exit hook.
process.setMaxListeners(0);
let localTypists: Participant[] = [];

function reply(message: WorkerReply): void {
  process.send!(message);
}

function trackArrivals(participant: Participant): void {
  if (participant.tracking) return;
  participant.tracking = true;
  participant.doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin !== participant.provider) return;
    const now = readSharedClock();
    for (const clientId of participant.watching) {
      if (clientId === participant.doc.clientID) continue;
      const list = participant.arrivals.get(clientId)!;
      const state = Y.getState(participant.doc.store, clientId);
      for (let clock = list.length; clock < state; clock++) list.push(now);
    }
  });
}

async function join(command: Extract<WorkerCommand, { cmd: 'join' }>): Promise<void> {
  const started: number[] = [];
  const syncMs: number[] = [];
  await new Promise<void>((resolve) => {
    let pending = command.count;
    const timer = setTimeout(resolve, command.timeoutMs);
    for (let i = 0; i < command.count; i++) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(command.url, command.room, doc, {
        params: { token: command.tokens[i]! },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      provider.awareness.setLocalState({ user: { name: `Delegate ${participants.length}`, color: '#336699' } });
      createParticipant(command.room, doc, provider);
      started.push(readSharedClock());
      const index = i;
      const onSync = (synced: boolean) => {
        if (!synced) return;
        provider.off('sync', onSync);
        syncMs[index] = readSharedClock() - started[index]!;
        if (--pending === 0) {
          clearTimeout(timer);
          resolve();
        }
      };
      provider.on('sync', onSync);
    }
  });
  const done = syncMs.filter((value) => value !== undefined);
  reply({ event: 'joined', syncMs: done, unsynced: command.count - done.length });
}

function createParticipant(room: string, doc: Y.Doc, provider: WebsocketProvider): Participant {
  const participant: Participant = { room, doc, provider, arrivals: new Map(), watching: [], tracking: false, syncedAt: [] };
  provider.on('sync', (synced: boolean) => {
    if (synced) participant.syncedAt.push(readSharedClock());
  });
  participants.push(participant);
  return participant;
}

/** Every client of every room given, at once; one reply with each one's time to sync. */
async function joinRooms(command: Extract<WorkerCommand, { cmd: 'join-rooms' }>): Promise<void> {
  const started = readSharedClock();
  const joining = command.rooms.flatMap(({ room, tokens }) =>
    tokens.map((token) => {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(command.url, room, doc, {
        params: { token },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      provider.awareness.setLocalState({ user: { name: `Delegate ${participants.length}`, color: '#336699' } });
      return createParticipant(room, doc, provider);
    }),
  );
  const deadline = started + command.timeoutMs;
  while (readSharedClock() < deadline && joining.some((participant) => participant.syncedAt.length === 0)) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const syncMs = joining.filter((p) => p.syncedAt.length > 0).map((p) => p.syncedAt[0]! - started);
  reply({ event: 'joined', syncMs, unsynced: joining.length - syncMs.length });
}

/**
 * For each client of the rooms whose node was killed: from the kill until its provider is synced again AND the
 * first keystroke its room's typist typed after the kill has reached it (NaN-free list; `never` counts the rest).
 */
function recover(command: Extract<WorkerCommand, { cmd: 'recover' }>): void {
  const rooms = new Set(command.rooms);
  const recoveryMs: number[] = [];
  let never = 0;
  for (const participant of participants) {
    if (!rooms.has(participant.room)) continue;
    const resynced = participant.syncedAt.find((time) => time > command.killedAt);
    const probes = participant.watching
      .filter((typist) => typist !== participant.doc.clientID)
      .map((typist) => {
        const clock = (command.sendTimes[typist] ?? []).findIndex((sent) => sent > command.killedAt);
        return clock === -1 ? Number.NaN : (participant.arrivals.get(typist)?.[clock] ?? Number.NaN);
      });
    const done = Math.max(resynced ?? Number.NaN, ...probes);
    if (Number.isNaN(done)) never++;
    else recoveryMs.push(done - command.killedAt);
  }
  reply({ event: 'recovered', recoveryMs, never });
}

/** Per local typist: keystrokes that reached another client of its room, and the fewest of them any client holds. */
function verify(): void {
  const typists: TypistCheck[] = localTypists.map((typist) => {
    const clientId = typist.doc.clientID;
    const room = participants.filter((participant) => participant.room === typist.room);
    const others = room.filter((participant) => participant !== typist).map((p) => Y.getState(p.doc.store, clientId));
    return {
      room: typist.room,
      clientId,
      acknowledged: Math.max(0, ...others),
      fewestHeld: Math.min(Y.getState(typist.doc.store, clientId), ...others),
    };
  });
  reply({ event: 'verified', typists });
}

function findTypingTarget(participant: Participant, paragraphIndex: number): Y.XmlText {
  const order = readParagraphOrder(participant.doc);
  const id = order[paragraphIndex % order.length];
  if (!id) throw new Error('A typist has no paragraphs: it never synced.');
  const block = getParagraphContent(getParagraph(participant.doc, id)).get(0) as Y.XmlElement;
  return block.get(0) as Y.XmlText;
}

async function run(command: Extract<WorkerCommand, { cmd: 'run' }>): Promise<void> {
  const rooms = command.typistRooms;
  for (const participant of participants) {
    participant.watching = rooms ? command.typists.filter((id) => rooms[id] === participant.room) : command.typists;
    participant.arrivals = new Map(participant.watching.map((id) => [id, []]));
    // Clocks already seen before the run are not measured.
    for (const id of participant.watching) {
      const list = participant.arrivals.get(id)!;
      list.length = Y.getState(participant.doc.store, id);
      list.fill(Number.NaN);
    }
    trackArrivals(participant);
  }
  const sendTimes: Record<string, number[]> = {};
  for (const typist of localTypists) {
    const times: number[] = new Array(Y.getState(typist.doc.store, typist.doc.clientID)).fill(Number.NaN);
    sendTimes[typist.doc.clientID] = times;
  }
  const movers = participants.filter((_, index) => index % Math.max(1, Math.round(1 / command.moverShare)) === 0);
  const timers: NodeJS.Timeout[] = [];
  localTypists.forEach((typist, index) => {
    const target = findTypingTarget(typist, participants.indexOf(typist));
    // Spread the typists' keystrokes over the interval instead of firing them together.
    const start = setTimeout(
      () => {
        timers.push(
          setInterval(() => {
            sendTimes[typist.doc.clientID]!.push(readSharedClock());
            target.insert(target.length, 'x', {});
          }, command.intervalMs),
        );
      },
      (index * command.intervalMs) / Math.max(1, localTypists.length),
    );
    timers.push(start);
  });
  let cursor = 0;
  timers.push(
    setInterval(() => {
      cursor++;
      for (const mover of movers) mover.provider.awareness.setLocalStateField('cursor', { anchor: cursor, head: cursor });
    }, command.cursorEveryMs),
  );
  const cpuBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, command.durationMs));
  for (const timer of timers) clearInterval(timer);
  const cpu = process.cpuUsage(cpuBefore);
  reply({ event: 'ran', sendTimes, cpuMs: (cpu.user + cpu.system) / 1000 });
}

function collect(sendTimes: Record<string, number[]>): void {
  const histogram = new LatencyHistogram();
  let expected = 0;
  let received = 0;
  for (const participant of participants) {
    for (const [clientIdText, times] of Object.entries(sendTimes)) {
      const clientId = Number(clientIdText);
      if (clientId === participant.doc.clientID || !participant.watching.includes(clientId)) continue;
      const arrivals = participant.arrivals.get(clientId) ?? [];
      times.forEach((sent, clock) => {
        if (Number.isNaN(sent)) return;
        expected++;
        const arrived = arrivals[clock];
        if (arrived === undefined || Number.isNaN(arrived)) return;
        received++;
        histogram.add(arrived - sent);
      });
    }
  }
  reply({ event: 'collected', histogram: histogram.counts, expected, received });
}

process.on('message', (message: WorkerCommand) => {
  switch (message.cmd) {
    case 'join':
      void join(message);
      break;
    case 'join-rooms':
      void joinRooms(message);
      break;
    case 'typists': {
      // Only participants that finished syncing can type into the draft.
      const synced = participants.filter((participant) => participant.provider.synced);
      localTypists = message.perRoom
        ? [...new Set(synced.map((participant) => participant.room))].flatMap((room) =>
            synced.filter((participant) => participant.room === room).slice(0, message.count),
          )
        : synced.slice(0, message.count);
      reply({
        event: 'typists',
        clientIds: localTypists.map((typist) => typist.doc.clientID),
        rooms: localTypists.map((typist) => typist.room),
      });
      break;
    }
    case 'recover':
      recover(message);
      break;
    case 'verify':
      verify();
      break;
    case 'run':
      void run(message);
      break;
    case 'collect':
      collect(message.sendTimes);
      break;
    case 'close':
      for (const participant of participants) participant.provider.destroy();
      reply({ event: 'closed' });
      setTimeout(() => process.exit(0), 50);
      break;
  }
});
