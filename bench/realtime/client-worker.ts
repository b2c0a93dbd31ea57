import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { getParagraph, getParagraphContent, readParagraphOrder } from '@/lib/draft';
import { LatencyHistogram, readSharedClock } from './stats';

/**
 * One process of simulated participants, driven by the orchestrator over IPC.
 * Each participant is a real y-websocket provider with its own Y.Doc.
 */

export type WorkerCommand =
  | { cmd: 'join'; url: string; room: string; tokens: string[]; count: number; timeoutMs: number }
  | { cmd: 'typists'; count: number }
  | { cmd: 'run'; typists: number[]; durationMs: number; intervalMs: number; cursorEveryMs: number; moverShare: number }
  | { cmd: 'collect'; sendTimes: Record<string, number[]> }
  | { cmd: 'close' };

export type WorkerReply =
  | { event: 'joined'; syncMs: number[]; unsynced: number }
  | { event: 'typists'; clientIds: number[] }
  | { event: 'ran'; sendTimes: Record<string, number[]>; cpuMs: number }
  | { event: 'collected'; histogram: number[]; expected: number; received: number }
  | { event: 'closed' };

interface Participant {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Per watched typist: arrival time of each of its clock values. */
  arrivals: Map<number, number[]>;
}

const participants: Participant[] = [];
// Every provider registers a process exit hook.
process.setMaxListeners(0);
let localTypists: Participant[] = [];
let watched: number[] = [];

function reply(message: WorkerReply): void {
  process.send!(message);
}

function trackArrivals(participant: Participant): void {
  participant.doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin !== participant.provider) return;
    const now = readSharedClock();
    for (const clientId of watched) {
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
      const participant: Participant = { doc, provider, arrivals: new Map() };
      participants.push(participant);
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

function findTypingTarget(participant: Participant, paragraphIndex: number): Y.XmlText {
  const order = readParagraphOrder(participant.doc);
  const id = order[paragraphIndex % order.length];
  if (!id) throw new Error('A typist has no paragraphs: it never synced.');
  const block = getParagraphContent(getParagraph(participant.doc, id)).get(0) as Y.XmlElement;
  return block.get(0) as Y.XmlText;
}

async function run(command: Extract<WorkerCommand, { cmd: 'run' }>): Promise<void> {
  watched = command.typists;
  for (const participant of participants) {
    participant.arrivals = new Map(watched.map((id) => [id, []]));
    // Clocks already seen before the run are not measured.
    for (const id of watched) {
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
      if (clientId === participant.doc.clientID) continue;
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
    case 'typists':
      // Only participants that finished syncing can type into the draft.
      localTypists = participants.filter((participant) => participant.provider.synced).slice(0, message.count);
      reply({ event: 'typists', clientIds: localTypists.map((typist) => typist.doc.clientID) });
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
