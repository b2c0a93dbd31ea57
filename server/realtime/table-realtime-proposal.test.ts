import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TablingRequest } from '@/lib/auth/tabling-request';
import { AppError } from '@/server/errors/app-error';
import { en, fr } from '@/test-support/messages';
import { tableRealtimeProposal } from './table-realtime-proposal';

const tEn = createTranslator({ locale: 'en', messages: en, namespace: 'refusals' });
const tFr = createTranslator({ locale: 'fr', messages: fr, namespace: 'refusals' });

const tabling: TablingRequest = {
  draftId: 'd1',
  negotiationId: 'n1',
  proposalId: 'p1',
  kind: 'amend',
  paragraphId: 'para-1',
  text: 'States should protect rights.',
  delegation: 'EU',
  delegationName: 'European Union',
  authorId: 'u1',
  authorName: 'Eva',
  tabledById: 'u1',
  role: 'delegate',
  tabledAt: '2026-11-27T07:00:00.000Z',
};

/** The realtime server's answer for each draft id the test asks about. */
const answers: Record<string, { status: number; body: object }> = {
  refused: { status: 409, body: { error: 'This paragraph is frozen.', code: 'paragraph-frozen' } },
  gone: { status: 404, body: { error: 'Unknown room.' } },
  broken: { status: 500, body: {} },
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const answer = Object.entries(answers).find(([name]) => request.url?.includes(name))?.[1] ?? answers.broken!;
    response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

async function refusalFor(draftId: string, url = baseUrl): Promise<AppError> {
  const error = await tableRealtimeProposal({ ...tabling, draftId }, { baseUrl: url, secret: 'secret' }).catch((caught: unknown) => caught);
  if (!(error instanceof AppError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

function say(t: typeof tEn, error: AppError): string {
  return t(`reasons.${error.reason}` as Parameters<typeof t>[0], error.params as never);
}

describe('tableRealtimeProposal refusals', () => {
  it('passes the draft’s own refusal on under a named reason, in English exactly as before', async () => {
    const error = await refusalFor('refused');
    expect(error).toMatchObject({
      code: 'conflict',
      reason: 'draft-refused-proposal',
      params: { detail: 'This paragraph is frozen.', detailCode: 'paragraph-frozen' },
    });
    expect(say(tEn, error)).toBe(error.message);
    expect(say(tFr, error)).toBe('Le projet n’a pas accepté la proposition : This paragraph is frozen.');
  });

  it('names a draft that is gone, an unconfirmed proposal and an unreachable server', async () => {
    const gone = await refusalFor('gone');
    expect(gone).toMatchObject({ code: 'not-found', reason: 'draft-gone' });
    expect(say(tFr, gone)).toBe('Le projet n’existe plus.');
    const broken = await refusalFor('broken');
    expect(broken).toMatchObject({ code: 'unavailable', reason: 'proposal-not-confirmed', params: { detail: 'status 500' } });
    expect(say(tEn, broken)).toBe(broken.message);
    const unreachable = await refusalFor('refused', 'http://127.0.0.1:9');
    expect(unreachable).toMatchObject({ code: 'unavailable', reason: 'live-draft-unreachable' });
    expect(say(tEn, unreachable)).toBe(unreachable.message);
  });
});
