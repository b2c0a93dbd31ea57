import * as Y from 'yjs';
import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import type { PrismaClient } from '@/generated/prisma/client';
import { roles, type Role } from '@/lib/auth/permissions';
import { signRealtimeToken } from '@/lib/auth/realtime-token';
import type { CorpusDocument } from '@/lib/corpus/types';
import { getParagraph, getParagraphContent, readDraftSnapshot, readParagraphOrder } from '@/lib/draft';
import type { DatabaseTarget } from '@/server/db/database-url';
import { createDraft } from '@/server/drafts/create-draft';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { readDraftDoc } from '@/server/drafts/read-draft-doc';
import { messageRefusal, type RefusalMessage } from '@/lib/realtime/refusal';
import { createEmptyTestDatabase } from './test-database';

export const testSecret = 'realtime-test-secret-0123456789abcdef';

export interface TestDatabase {
  db: PrismaClient;
  target: DatabaseTarget;
  /** As a DATABASE_URL, for child processes. */
  url: string;
  userId: string;
  dispose(): Promise<void>;
}

export const testNegotiationId = 'test-negotiation';

/**
 * A throwaway database (SQLite, or PostgreSQL under scripts/with-postgres.mjs: see test-database.ts) with one delegation, one negotiation and its facilitator (`userId`), and one
 * member per role with the id `signTestToken` uses by default (`u-delegate`, `u-observer`, …), so default
 * test tickets pass the realtime server's roster check. Tests of rosters themselves ask for none
 * (`roleMembers: false`): their roster then holds the facilitator alone. `provider` picks the engine (cross-engine tests).
 */
export async function createTestDatabase(
  options: { roleMembers?: boolean; provider?: DatabaseTarget['provider'] } = {},
): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase(options.provider);
  const { db } = empty;
  const delegation = await db.delegation.create({ data: { code: 'FRA', name: 'France', colour: '#123456' } });
  const user = await db.user.create({
    data: { email: 'f@example.org', name: 'F', passwordHash: 'x', delegationId: delegation.id },
  });
  const negotiation = await db.negotiation.create({
    data: { id: testNegotiationId, title: 'Test negotiation', status: 'open', isDefault: true },
  });
  await db.negotiationMember.create({ data: { negotiationId: negotiation.id, userId: user.id, role: 'facilitator' } });
  const database: TestDatabase = {
    db,
    target: empty.target,
    url: empty.url,
    userId: user.id,
    dispose: empty.dispose,
  };
  if (options.roleMembers ?? true) for (const role of roles) await addTestMember(database, `u-${role}`, role);
  return database;
}

/** A real, active person with this id in France's delegation, on no roster yet (nothing happens if they exist). */
export async function createTestUser(database: TestDatabase, userId: string): Promise<void> {
  const delegation = await database.db.delegation.findUniqueOrThrow({ where: { code: 'FRA' } });
  await database.db.user.upsert({
    where: { id: userId },
    create: { id: userId, email: `${userId}@example.org`, name: userId, passwordHash: 'x', delegationId: delegation.id },
    update: {},
  });
}

/** A real person (id as given, see createTestUser) on a negotiation's roster (the test one unless told) with a role. */
export async function addTestMember(
  database: TestDatabase,
  userId: string,
  role: Role,
  options: { negotiationId?: string } = {},
): Promise<void> {
  await createTestUser(database, userId);
  await database.db.negotiationMember.create({ data: { negotiationId: options.negotiationId ?? testNegotiationId, userId, role } });
}

export const sampleDocument: CorpusDocument = {
  id: 'cop-res-10-3',
  title: 'Resolution 10/3',
  kind: 'resolution',
  body: 'Conference of the Parties',
  year: 2020,
  chapeau: 'The Conference of the Parties,',
  sources: [],
  paragraphs: [
    { ref: 'PP1', kind: 'preambular', text: 'Recalling its resolution 9/1,', lead: 'Recalling', depth: 0 },
    { ref: '1', kind: 'operative', text: 'Urges States parties to act;', lead: 'Urges', depth: 0 },
    { ref: '1(a)', kind: 'subparagraph', text: 'by training officers;', depth: 1 },
    { ref: '2', kind: 'operative', text: 'Requests the secretariat to report.', lead: 'Requests', depth: 0 },
  ],
};

export async function createSampleDraft(database: TestDatabase): Promise<string> {
  const { id } = await createDraft(database.db, {
    title: 'Test draft',
    createdById: database.userId,
    negotiationId: testNegotiationId,
    from: { document: sampleDocument },
  });
  return id;
}

export function signTestToken(
  draftId: string,
  role: Role = 'delegate',
  readOnly = false,
  userId = `u-${role}`,
  negotiationId = testNegotiationId,
): string {
  return signRealtimeToken({ userId, draftId, negotiationId, role, delegationCode: 'FRA', readOnly }, testSecret);
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closed: { code: number; reason: string }[];
  /** Refusal messages the server sent this client (realtime/protocol.ts), in order. */
  refusals: RefusalMessage[];
  destroy(): void;
}

/** A y-websocket client of a draft; given an existing document, it reconnects that copy (a tab that stayed open). */
export function connectClient(
  port: number,
  draftId: string,
  token: string | null,
  roomName = `draft-${draftId}`,
  doc: Y.Doc = new Y.Doc(),
): TestClient {
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, roomName, doc, {
    params: token === null ? {} : { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // In one Node process every provider would otherwise also sync through BroadcastChannel, bypassing the server.
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closed: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closed.push({ code: event.code, reason: event.reason });
  });
  const refusals: RefusalMessage[] = [];
  provider.messageHandlers[messageRefusal] = (_encoder, decoder) => {
    refusals.push(JSON.parse(decoding.readVarString(decoder)) as RefusalMessage);
  };
  return {
    doc,
    provider,
    closed,
    refusals,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function typeInto(doc: Y.Doc, paragraphId: string, at: number, text: string): void {
  const block = getParagraphContent(getParagraph(doc, paragraphId)).get(0) as Y.XmlElement;
  (block.get(0) as Y.XmlText).insert(at, text, {});
}

/** The text of the paragraph at this position. */
export function readParagraphText(doc: Y.Doc, index: number): string {
  return readDraftSnapshot(doc).paragraphs[index]!.text;
}

/** Types at the end of the paragraph at this position, as someone adding to it would. */
export function appendToParagraph(doc: Y.Doc, index: number, text: string): void {
  typeInto(doc, readParagraphOrder(doc)[index]!, readParagraphText(doc, index).length, text);
}

/** The paragraph's text as the database holds it (snapshot and log). */
export async function readStoredParagraphText(db: PrismaClient, draftId: string, index: number): Promise<string> {
  return readParagraphText((await readDraftDoc(db, draftId))!, index);
}

/** Resolves with the HTTP status the server answered a WebSocket upgrade with. */
export async function readUpgradeStatus(url: string): Promise<number> {
  return (await readUpgradeRefusal(url)).status;
}

/** The HTTP status and text with which the server refused a WebSocket upgrade; rejects if it accepted it. */
export function readUpgradeRefusal(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_request, response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').trim() });
        ws.terminate();
      });
    });
    ws.on('open', () => {
      ws.close();
      reject(new Error('The upgrade was accepted.'));
    });
    ws.on('error', () => undefined);
  });
}

/**
 * Points the web app's side of this process (`notifyRosterChanged`, `flushRealtimeDraft`) at a test realtime
 * server. The configuration is read once per process: call this before anything in the test file reads it.
 */
export function pointWebAppAtRealtimeServer(port: number): void {
  process.env.REALTIME_HOST = '127.0.0.1';
  process.env.REALTIME_PORT = String(port);
  process.env.AUTH_SECRET = testSecret;
}

/** Writes a document as a draft's stored state outside any room (as a process holding its lease would). */
export async function writeDraftDocForTest(db: PrismaClient, draftId: string, doc: Y.Doc): Promise<void> {
  const persistence = createPrismaDraftPersistence(db);
  const claim = await persistence.claim(draftId, { nodeId: 'test-writer', nodeUrl: 'http://127.0.0.1:9' }, 60_000, { force: true });
  if (!claim?.granted) throw new Error(`No draft ${draftId}.`);
  await persistence.save(draftId, doc, { epoch: claim.epoch, throughSeq: 0 });
  await persistence.release(draftId, claim.epoch);
}
