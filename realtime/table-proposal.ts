import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { InvalidTablingRequestError, verifyTablingRequest, type TablingRequest } from '@/lib/auth/tabling-request';
import type { RoomNaming } from '@/lib/persistence/room-naming';
import { createProposal, getProposalsMap, proposalKeys } from '@/lib/proposals';
import { codeRealtimeRefusal } from '@/lib/realtime/refusal-codes';
import type { ConnectionIdentity } from './authenticate';
import { judgeUpdate } from './judge-update';
import { forwardRequest, isForwarded } from './forward-to-owner';
import { DraftNotFoundError, DraftOwnedElsewhereError, type RoomRegistry } from './rooms';

export interface TableProposalContext {
  rooms: RoomRegistry;
  /** The secret shared with the web app; without it nothing can be tabled here. */
  secret: string | undefined;
  naming: RoomNaming;
  log: (message: string) => void;
  /** The draft size cap a browser's update meets; a tabled proposal meets it too. */
  maxDraftBytes?: number;
  /** This process, named on requests it passes to the draft's owner. */
  nodeId: string;
}

/** A proposal's wording is bounded by the draft's own limits; this only keeps a stray body from filling memory. */
const maxBodyBytes = 512 * 1024;

class TablingRefusedError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The realtime refusal's code where a rule refused, so the browser can say why in the person's language. */
    readonly code?: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new TablingRefusedError(413, 'The request is too large.'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
}

/**
 * Puts a tabled proposal into the live document as the server: built with the
 * browser's own createProposal on a copy, judged by the same rules as a
 * browser's update in the drafter's and delegation's names (so it is a valid
 * proposal of that delegation, nothing more), applied, audited as made by the
 * tabler, and saved before answering. The same proposal id twice is answered
 * with the record already there, so a retry never makes a second proposal.
 */
async function tableProposal(
  context: TableProposalContext,
  draftId: string,
  body: string,
): Promise<{ proposalId: string; createdAt: string }> {
  if (!context.secret) throw new TablingRefusedError(503, 'This realtime server has no shared secret to check tabling requests.');
  let tabling: TablingRequest;
  try {
    tabling = verifyTablingRequest(body, context.secret);
  } catch (error) {
    if (error instanceof InvalidTablingRequestError) throw new TablingRefusedError(401, error.message);
    throw error;
  }
  if (tabling.draftId !== draftId) throw new TablingRefusedError(401, 'The request is for another draft.');
  let room: Awaited<ReturnType<RoomRegistry['open']>>;
  try {
    room = await context.rooms.open(draftId);
  } catch (error) {
    if (error instanceof DraftNotFoundError) throw new TablingRefusedError(404, error.message);
    throw error;
  }
  const existing = getProposalsMap(room.doc).get(tabling.proposalId);
  if (existing instanceof Y.Map) {
    if (existing.get(proposalKeys.delegation) !== tabling.delegation || existing.get(proposalKeys.authorId) !== tabling.authorId) {
      throw new TablingRefusedError(409, 'Another proposal already has this id.');
    }
    await room.whenDurable();
    await room.flushSave();
    return { proposalId: tabling.proposalId, createdAt: String(existing.get(proposalKeys.createdAt)) };
  }

  const copy = new Y.Doc();
  try {
    const state = Y.encodeStateAsUpdate(room.doc);
    Y.applyUpdate(copy, state);
    const before = Y.encodeStateVector(room.doc);
    const after = tabling.kind === 'add' ? { afterParagraphId: tabling.paragraphId } : { paragraphId: tabling.paragraphId };
    try {
      createProposal(copy, {
        id: tabling.proposalId,
        kind: tabling.kind,
        ...after,
        ...(tabling.kind === 'delete' ? {} : { text: tabling.text }),
        ...(tabling.explanation ? { explanation: tabling.explanation } : {}),
        delegation: tabling.delegation,
        delegationName: tabling.delegationName,
        authorId: tabling.authorId,
        authorName: tabling.authorName,
        now: new Date(tabling.tabledAt),
      });
    } catch (error) {
      throw new TablingRefusedError(409, (error as Error).message);
    }
    const update = Y.encodeStateAsUpdate(copy, before);
    if (context.maxDraftBytes !== undefined && state.length + update.length > context.maxDraftBytes) {
      throw new TablingRefusedError(413, 'This draft has reached its size limit: no new proposal fits.');
    }
    const drafter: ConnectionIdentity = {
      userId: tabling.authorId,
      negotiationId: tabling.negotiationId,
      userName: tabling.authorName,
      delegationCode: tabling.delegation,
      delegationName: tabling.delegationName,
      role: tabling.role,
      readOnly: false,
    };
    const refusal = judgeUpdate(room.doc, update, drafter, room.readRuleExtras());
    if (refusal) throw new TablingRefusedError(409, refusal.reason, codeRealtimeRefusal(refusal.rule, refusal.reason));
    // The audit recorder reads the actor from the origin: the proposal was made public by the tabler.
    Y.applyUpdate(room.doc, update, { identity: { userId: tabling.tabledById, delegationCode: tabling.delegation } });
  } finally {
    copy.destroy();
  }
  await room.whenDurable();
  await room.flushSave();
  context.log(`draft ${draftId}: tabled proposal ${tabling.proposalId} for ${tabling.delegation}`);
  return { proposalId: tabling.proposalId, createdAt: tabling.tabledAt };
}

/**
 * POST /<room>/proposals with a signed tabling request (lib/auth/tabling-request).
 * Returns false for any other request, which the caller then handles.
 */
export function routeTableProposal(request: IncomingMessage, response: ServerResponse, context: TableProposalContext): boolean {
  if (request.method !== 'POST') return false;
  const segments = new URL(request.url ?? '/', 'http://realtime.invalid').pathname.split('/').filter(Boolean);
  if (segments.length !== 2 || segments[1] !== 'proposals') return false;
  const draftId = context.naming.toDraftId(decodeURIComponent(segments[0]!));
  if (!draftId) {
    answer(response, 404, { error: 'Unknown room.' });
    return true;
  }
  let body = '';
  readBody(request)
    .then((read) => {
      body = read;
      return tableProposal(context, draftId, body);
    })
    .then(
      (result) => {
        answer(response, 200, result);
        context.rooms.releaseIfIdle(draftId);
      },
      (error: Error) => {
        if (error instanceof DraftOwnedElsewhereError) {
          if (!isForwarded(request)) forwardRequest(request, Buffer.from(body, 'utf8'), response, error.holder, context.nodeId);
          else answer(response, 503, { error: error.message });
          return;
        }
        if (error instanceof TablingRefusedError) {
          answer(response, error.status, { error: error.message, ...(error.code ? { code: error.code } : {}) });
          return;
        }
        context.log(`draft ${draftId}: tabling failed: ${error.message}`);
        answer(response, 500, { error: error.message });
      },
    );
  return true;
}
