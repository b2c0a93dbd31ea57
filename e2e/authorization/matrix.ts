/**
 * The authorization matrix: who gets what from every API route, every page and every CLI command.
 *
 * e2e/authorization-matrix.spec.ts lists the files on disk (app/api/**\/route.ts with their exported HTTP
 * methods, app/**\/page.tsx) and the commands in cli/index.ts, and FAILS when one has no entry here (or an entry
 * has no file). It then runs every probe below against the real app, once per persona, and asserts each cell.
 *
 * ADDING A CELL (a new route, method, page or command):
 * - API route: add `'<METHOD> <path as in app/, with [params]>': [probe, …]` to `apiMatrix`, e.g.
 *   `'DELETE /api/drafts/[id]': [{ path: (c) => `/api/drafts/${c.draftId}`, expect: { signedOut: 401, … } }]`.
 *   A probe builds its request from the persona's context `c` (see `MatrixContext`), and `expect` names the HTTP
 *   status for EVERY persona (TypeScript refuses a missing one). Writes must be harmless: give allowed personas a
 *   throwaway target (create it in the probe's `prepare`, or use `c.unique` in names), or an input the route
 *   refuses AFTER checking permission (then the allowed cell is 400, which proves the check passed).
 * - Page: add `'<path as in app/>': [probe, …]` to `pageMatrix`, with outcomes 'ok' (200), 'not-found' (404),
 *   'to-signin' (a redirect to /signin), 'to-home' (a redirect to /) or 'refused' (200, and the page shows the
 *   probe's `refusal` text, e.g. a comparison naming a text the person may not see; 'ok' then must not show it).
 * - CLI command: add it to `cliMatrix` as 'operator' (not checked: setup, admin, backup …) or 'person' (acts as
 *   someone; cli/authorization.test.ts must then cover it with a member and a non-member).
 *
 * PERSONAS and their contexts (the resource each persona is probed on):
 * - signedOut: no session; probed on the confidential negotiation's draft.
 * - nonMember: usa@ (a delegate elsewhere, not on demo-confidential); probed on the confidential draft.
 * - observer: observer@, observer on demo-negotiation (no observer is on demo-confidential); probed on a draft there.
 * - delegate: eu@, secretariat: secretariat@, facilitator: chair@ — each on demo-confidential; probed on its draft.
 * - admin: admin@ (site administrator, on no roster); probed on the confidential draft, which it must not see.
 * Each context's draft has one revision issued before the probes run.
 */

export const personas = ['signedOut', 'nonMember', 'observer', 'delegate', 'secretariat', 'facilitator', 'admin'] as const;
export type Persona = (typeof personas)[number];

/** Who signs in as each persona (null: nobody). */
export const personaEmails: Record<Persona, string | null> = {
  signedOut: null,
  nonMember: 'usa@zerodraft.test',
  observer: 'observer@zerodraft.test',
  delegate: 'eu@zerodraft.test',
  secretariat: 'secretariat@zerodraft.test',
  facilitator: 'chair@zerodraft.test',
  admin: 'admin@zerodraft.test',
};

/** The negotiation each persona is probed in (see above). */
export const personaNegotiations: Record<Persona, 'demo-confidential' | 'demo-negotiation'> = {
  signedOut: 'demo-confidential',
  nonMember: 'demo-confidential',
  observer: 'demo-negotiation',
  delegate: 'demo-confidential',
  secretariat: 'demo-confidential',
  facilitator: 'demo-confidential',
  admin: 'demo-confidential',
};

export interface MatrixContext {
  persona: Persona;
  negotiationId: string;
  /** A throwaway draft of that negotiation, made for this run. */
  draftId: string;
  /** A revision of that draft. */
  revisionId: string;
  /** The throwaway draft of demo-confidential, whatever the persona's own negotiation. */
  confidentialDraftId: string;
  /** Unique per persona and run, for names that must not clash. */
  unique: string;
}

type Body = Record<string, unknown>;
type Multipart = Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;

export interface ApiProbe {
  /** Says what this probe tries, where one route has several. */
  label?: string;
  path: (c: MatrixContext) => string;
  data?: (c: MatrixContext) => Body;
  multipart?: (c: MatrixContext) => Multipart;
  expect: Record<Persona, number>;
}

export type PageOutcome = 'ok' | 'not-found' | 'to-signin' | 'to-home' | 'to-admin' | 'refused';

export interface PageProbe {
  label?: string;
  path: (c: MatrixContext) => string;
  expect: Record<Persona, PageOutcome>;
  refusal?: string;
}

const smallText = (c: MatrixContext): Multipart => ({
  file: { name: `matrix-${c.unique}.txt`, mimeType: 'text/plain', buffer: Buffer.from('The Conference,\n\n1. Decides to act;\n') },
  title: `Matrix import (${c.unique})`,
});

/** Everyone signed in gets it; the signed-out get 401. */
const anySignedIn = (status: number): Record<Persona, number> => ({
  signedOut: 401,
  nonMember: status,
  observer: status,
  delegate: status,
  secretariat: status,
  facilitator: status,
  admin: status,
});

/** Anyone on the roster may read; people not on it (the administrator included) do not learn it exists. */
const rosterReads: Record<Persona, number> = {
  signedOut: 401,
  nonMember: 404,
  observer: 200,
  delegate: 200,
  secretariat: 200,
  facilitator: 200,
  admin: 404,
};

/** Roster readers pass the check and are then refused as input (an unknown export format): 400 proves the check ran first. */
const rosterReadsBadInput: Record<Persona, number> = { ...rosterReads, observer: 400, delegate: 400, secretariat: 400, facilitator: 400 };

const rosterReadsPage: Record<Persona, PageOutcome> = {
  signedOut: 'to-signin',
  nonMember: 'not-found',
  observer: 'ok',
  delegate: 'ok',
  secretariat: 'ok',
  facilitator: 'ok',
  admin: 'not-found',
};

const anySignedInPage: Record<Persona, PageOutcome> = {
  signedOut: 'to-signin',
  nonMember: 'ok',
  observer: 'ok',
  delegate: 'ok',
  secretariat: 'ok',
  facilitator: 'ok',
  admin: 'ok',
};

/** Site administration: administrators only. */
const onlyAdmin: Record<Persona, number> = {
  signedOut: 401,
  nonMember: 403,
  observer: 403,
  delegate: 403,
  secretariat: 403,
  facilitator: 403,
  admin: 403,
};

/** A negotiation's roster and drafts are run by its facilitators and by administrators. */
const rosterManagers = (status: number): Record<Persona, number> => ({
  signedOut: 401,
  nonMember: 404,
  observer: 403,
  delegate: 403,
  secretariat: 403,
  facilitator: status,
  admin: status,
});

/** Private preparation is for delegations (a facilitator prepares as the Chair); the administrator is on no roster. */
const preparers = (status: number): Record<Persona, number> => ({
  signedOut: 401,
  nonMember: 404,
  observer: 403,
  delegate: status,
  secretariat: 403,
  facilitator: status,
  admin: 404,
});

/** Comments are written by delegations, the secretariat and the facilitator; observers read them. */
const commenters = (status: number): Record<Persona, number> => ({
  signedOut: 401,
  nonMember: 404,
  observer: 403,
  delegate: status,
  secretariat: status,
  facilitator: status,
  admin: 404,
});

const onlyAdminPage: Record<Persona, PageOutcome> = {
  signedOut: 'to-signin',
  nonMember: 'not-found',
  observer: 'not-found',
  delegate: 'not-found',
  secretariat: 'not-found',
  facilitator: 'not-found',
  admin: 'ok',
};

export const apiMatrix: Record<string, ApiProbe[]> = {
  'GET /api/auth/[...nextauth]': [{ label: 'session', path: () => '/api/auth/session', expect: { ...anySignedIn(200), signedOut: 200 } }],
  'POST /api/auth/[...nextauth]': [
    {
      label: 'a sign-in without its CSRF token is sent back to the sign-in page',
      path: () => '/api/auth/callback/credentials',
      data: () => ({}),
      expect: { ...anySignedIn(302), signedOut: 302 },
    },
  ],
  'POST /api/check': [
    { path: () => '/api/check', data: () => ({ text: 'discourage the demand that fosters exploitation' }), expect: anySignedIn(200) },
  ],
  'GET /api/compare/export': [
    { label: 'corpus texts are open to all', path: () => '/api/compare/export?a=10%2F3&b=11%2F5', expect: anySignedIn(200) },
    {
      label: 'a revision against the live draft',
      path: (c) => `/api/compare/export?a=revision:${c.revisionId}&b=draft:${c.draftId}`,
      expect: rosterReads,
    },
    {
      label: 'the confidential draft against the corpus',
      path: (c) => `/api/compare/export?a=10%2F3&b=draft:${c.confidentialDraftId}`,
      expect: { ...rosterReads, observer: 404 },
    },
    { label: 'an unknown format', path: () => '/api/compare/export?a=10%2F3&b=11%2F5&format=odt', expect: anySignedIn(400) },
  ],
  'POST /api/corpus/import': [
    {
      label: 'no file: allowed personas pass the check and are refused as input (nothing imported)',
      path: () => '/api/corpus/import',
      multipart: () => ({ title: 'Matrix: no file' }),
      expect: { signedOut: 401, nonMember: 403, observer: 403, delegate: 403, secretariat: 400, facilitator: 400, admin: 400 },
    },
  ],
  'POST /api/corpus/import/preview': [
    {
      label: 'no file: allowed personas pass the check and are refused as input (nothing read)',
      path: () => '/api/corpus/import/preview',
      multipart: () => ({ title: 'Matrix: no file' }),
      expect: { signedOut: 401, nonMember: 403, observer: 403, delegate: 403, secretariat: 400, facilitator: 400, admin: 400 },
    },
  ],
  'POST /api/corpus/import/save': [
    {
      label: 'a document with no title: allowed personas pass the check and are refused as input (nothing saved)',
      path: () => '/api/corpus/import/save',
      data: (c) => ({ fileName: `matrix-${c.unique}.txt`, document: { paragraphs: [] } }),
      expect: { signedOut: 401, nonMember: 403, observer: 403, delegate: 403, secretariat: 400, facilitator: 400, admin: 400 },
    },
  ],
  'GET /api/delegations': [{ path: (c) => `/api/delegations?draft=${c.draftId}`, expect: rosterReads }],
  'POST /api/drafts': [
    {
      path: () => '/api/drafts',
      data: (c) => ({ title: `Matrix throwaway (${c.unique})`, negotiationId: c.negotiationId }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 201, secretariat: 201, facilitator: 201, admin: 404 },
    },
  ],
  'POST /api/drafts/import': [
    {
      path: (c) => `/api/drafts/import?negotiation=${c.negotiationId}`,
      multipart: smallText,
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 201, secretariat: 201, facilitator: 201, admin: 404 },
    },
  ],
  'POST /api/drafts/import/preview': [
    {
      path: (c) => `/api/drafts/import/preview?negotiation=${c.negotiationId}`,
      multipart: smallText,
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 200, secretariat: 200, facilitator: 200, admin: 404 },
    },
  ],
  'POST /api/drafts/import/save': [
    {
      path: (c) => `/api/drafts/import/save?negotiation=${c.negotiationId}`,
      data: (c) => ({
        fileName: `matrix-${c.unique}.txt`,
        document: {
          title: `Matrix previewed import (${c.unique})`,
          kind: 'draft resolution',
          body: '',
          year: 2026,
          paragraphs: [{ kind: 'operative', text: 'Decides to act;', depth: 0 }],
        },
      }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 201, secretariat: 201, facilitator: 201, admin: 404 },
    },
  ],
  'GET /api/drafts/[id]/compilation': [
    { path: (c) => `/api/drafts/${c.draftId}/compilation`, expect: rosterReads },
    { label: 'an unknown format', path: (c) => `/api/drafts/${c.draftId}/compilation?format=odt`, expect: rosterReadsBadInput },
  ],
  'GET /api/drafts/[id]/export': [
    { path: (c) => `/api/drafts/${c.draftId}/export`, expect: rosterReads },
    { label: 'an unknown format', path: (c) => `/api/drafts/${c.draftId}/export?format=odt`, expect: rosterReadsBadInput },
  ],
  'GET /api/drafts/[id]/history': [{ path: (c) => `/api/drafts/${c.draftId}/history?paragraph=none`, expect: rosterReads }],
  'POST /api/drafts/[id]/realtime-token': [
    { path: (c) => `/api/drafts/${c.draftId}/realtime-token`, data: () => ({}), expect: rosterReads },
    {
      label: 'a read-only ticket (the screen view)',
      path: (c) => `/api/drafts/${c.draftId}/realtime-token?access=read`,
      data: () => ({}),
      expect: rosterReads,
    },
    {
      label: 'an unknown access',
      path: (c) => `/api/drafts/${c.draftId}/realtime-token?access=write`,
      data: () => ({}),
      expect: rosterReadsBadInput,
    },
  ],
  'GET /api/drafts/[id]/revisions': [{ path: (c) => `/api/drafts/${c.draftId}/revisions`, expect: rosterReads }],
  'GET /api/drafts/[id]/since': [{ path: (c) => `/api/drafts/${c.draftId}/since`, expect: rosterReads }],
  'POST /api/drafts/[id]/revisions': [
    {
      path: (c) => `/api/drafts/${c.draftId}/revisions`,
      data: (c) => ({ name: `Matrix ${c.unique}` }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 201, facilitator: 201, admin: 404 },
    },
  ],
  'GET /api/revisions/[id]/export': [
    { label: 'clean', path: (c) => `/api/revisions/${c.revisionId}/export`, expect: rosterReads },
    { label: 'clean, as PDF', path: (c) => `/api/revisions/${c.revisionId}/export?format=pdf`, expect: rosterReads },
    {
      label: 'tracked against the confidential draft',
      path: (c) => `/api/revisions/${c.revisionId}/export?tracked=1&against=draft:${c.confidentialDraftId}`,
      expect: { ...rosterReads, observer: 404 },
    },
  ],
  'GET /api/search': [{ path: () => '/api/search?q=demand', expect: anySignedIn(200) }],
  // Everyone reads and marks only their own notifications.
  'GET /api/notifications': [
    { path: () => '/api/notifications', expect: anySignedIn(200) },
    { label: 'the unread count alone', path: () => '/api/notifications?unread=count', expect: anySignedIn(200) },
  ],
  // Anyone signed in chooses their own language; an unknown one is refused after the check (400), so no one's is changed.
  'PUT /api/me/locale': [
    { label: 'an unknown language is refused', path: () => '/api/me/locale', data: () => ({ locale: 'xx' }), expect: anySignedIn(400) },
  ],
  'POST /api/notifications/read': [
    { label: 'an empty list is refused', path: () => '/api/notifications/read', data: () => ({ ids: [] }), expect: anySignedIn(400) },
  ],
  'GET /api/drafts/[id]/follows': [{ path: (c) => `/api/drafts/${c.draftId}/follows`, expect: rosterReads }],
  // Following is a delegation's choice: the chair, the secretariat and observers follow nothing.
  'POST /api/drafts/[id]/follows': [
    {
      label: 'no paragraph named',
      path: (c) => `/api/drafts/${c.draftId}/follows`,
      data: () => ({}),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 400, secretariat: 403, facilitator: 403, admin: 404 },
    },
  ],
  'DELETE /api/drafts/[id]/follows': [
    {
      label: 'no paragraph named',
      path: (c) => `/api/drafts/${c.draftId}/follows`,
      data: () => ({}),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 400, secretariat: 403, facilitator: 403, admin: 404 },
    },
  ],
  'POST /api/admin/negotiations': [
    {
      path: () => '/api/admin/negotiations',
      data: (c) => ({ title: `Matrix negotiation (${c.unique})` }),
      expect: { ...onlyAdmin, admin: 201 },
    },
  ],
  'POST /api/admin/delegations': [
    {
      path: () => '/api/admin/delegations',
      data: (c) => ({ code: `M${c.unique.slice(-8).toUpperCase()}`, name: `Matrix ${c.unique}`, colour: '#445566', kind: 'state' }),
      expect: { ...onlyAdmin, admin: 201 },
    },
  ],
  'POST /api/admin/people': [
    {
      path: () => '/api/admin/people',
      data: (c) => ({ email: `matrix-${c.unique}@example.org`, name: `Matrix ${c.unique}`, delegationCode: 'EU' }),
      expect: { ...onlyAdmin, admin: 201 },
    },
  ],
  'POST /api/admin/people/[id]/deactivate': [
    {
      label: 'an unknown person',
      path: () => '/api/admin/people/no-such-person/deactivate',
      data: () => ({}),
      expect: { ...onlyAdmin, admin: 404 },
    },
  ],
  'POST /api/admin/people/[id]/reset-access': [
    {
      label: 'an unknown person',
      path: () => '/api/admin/people/no-such-person/reset-access',
      data: () => ({}),
      expect: { ...onlyAdmin, admin: 404 },
    },
  ],
  'PATCH /api/negotiations/[id]': [
    {
      label: 'no change of openness',
      path: (c) => `/api/negotiations/${c.negotiationId}`,
      data: () => ({ openToAll: false }),
      expect: rosterManagers(200),
    },
  ],
  'PATCH /api/negotiations/[id]/time-zone': [
    {
      label: 'a zone that does not exist (refused after the permission check)',
      path: (c) => `/api/negotiations/${c.negotiationId}/time-zone`,
      data: () => ({ timeZone: 'Mars/Olympus' }),
      expect: rosterManagers(400),
    },
  ],
  'GET /api/negotiations/[id]/archive': [
    {
      path: (c) => `/api/negotiations/${c.negotiationId}/archive`,
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 200, facilitator: 200, admin: 404 },
    },
  ],
  'POST /api/negotiations/[id]/delegations': [
    {
      label: 'a delegation already taking part',
      path: (c) => `/api/negotiations/${c.negotiationId}/delegations`,
      data: () => ({ code: 'EU' }),
      expect: rosterManagers(409),
    },
  ],
  'POST /api/negotiations/[id]/members': [
    {
      label: 'someone already on the roster',
      path: (c) => `/api/negotiations/${c.negotiationId}/members`,
      data: () => ({ email: 'eu@zerodraft.test', role: 'delegate' }),
      expect: rosterManagers(409),
    },
  ],
  'PATCH /api/negotiations/[id]/members/[userId]': [
    {
      label: 'an unknown person',
      path: (c) => `/api/negotiations/${c.negotiationId}/members/no-such-person`,
      data: () => ({ role: 'delegate' }),
      expect: rosterManagers(404),
    },
  ],
  'DELETE /api/negotiations/[id]/members/[userId]': [
    { label: 'an unknown person', path: (c) => `/api/negotiations/${c.negotiationId}/members/no-such-person`, expect: rosterManagers(404) },
  ],
  'POST /api/negotiations/[id]/invitations': [
    {
      path: (c) => `/api/negotiations/${c.negotiationId}/invitations`,
      data: (c) => ({
        email: `matrix-invite-${c.unique}@example.org`,
        name: `Invitee ${c.unique}`,
        delegationCode: 'EU',
        role: 'delegate',
      }),
      expect: rosterManagers(201),
    },
  ],
  'POST /api/invitations/accept': [
    {
      label: 'an invitation that does not exist: the link is the credential, whoever holds it',
      path: () => '/api/invitations/accept',
      data: () => ({ token: 'no-such-invitation-0123456789abcdef', password: 'a long enough password' }),
      expect: { signedOut: 404, nonMember: 404, observer: 404, delegate: 404, secretariat: 404, facilitator: 404, admin: 404 },
    },
  ],
  'GET /api/drafts/[id]/prepared': [{ path: (c) => `/api/drafts/${c.draftId}/prepared`, expect: preparers(200) }],
  'POST /api/drafts/[id]/prepared': [
    {
      label: 'on a paragraph the draft does not have',
      path: (c) => `/api/drafts/${c.draftId}/prepared`,
      data: () => ({ paragraphId: 'no-such-paragraph', kind: 'amend', text: 'Matrix wording' }),
      expect: preparers(400),
    },
  ],
  'PATCH /api/drafts/[id]/prepared/[preparedId]': [
    {
      label: 'one that does not exist (or is another delegation’s)',
      path: (c) => `/api/drafts/${c.draftId}/prepared/no-such-proposal`,
      data: () => ({ text: 'Matrix wording' }),
      expect: preparers(404),
    },
  ],
  'DELETE /api/drafts/[id]/prepared/[preparedId]': [
    { label: 'one that does not exist', path: (c) => `/api/drafts/${c.draftId}/prepared/no-such-proposal`, expect: preparers(404) },
  ],
  'POST /api/drafts/[id]/prepared/[preparedId]/table': [
    {
      label: 'one that does not exist',
      path: (c) => `/api/drafts/${c.draftId}/prepared/no-such-proposal/table`,
      data: () => ({}),
      expect: preparers(404),
    },
  ],
  'GET /api/drafts/[id]/comments': [{ path: (c) => `/api/drafts/${c.draftId}/comments`, expect: rosterReads }],
  'POST /api/drafts/[id]/comments': [
    {
      label: 'on a paragraph the draft does not have (refused after the permission check)',
      path: (c) => `/api/drafts/${c.draftId}/comments`,
      data: () => ({ paragraphId: 'no-such-paragraph', body: 'Matrix comment' }),
      expect: commenters(400),
    },
  ],
  'POST /api/comments/[threadId]/replies': [
    {
      label: 'a thread that does not exist (or is another delegation’s internal one)',
      path: () => '/api/comments/no-such-thread/replies',
      data: () => ({ body: 'Matrix reply' }),
      expect: anySignedIn(404),
    },
  ],
  'POST /api/comments/[threadId]/resolve': [
    {
      label: 'a thread that does not exist',
      path: () => '/api/comments/no-such-thread/resolve',
      data: () => ({}),
      expect: anySignedIn(404),
    },
  ],
  'POST /api/comments/[threadId]/reopen': [
    {
      label: 'a thread that does not exist',
      path: () => '/api/comments/no-such-thread/reopen',
      data: () => ({}),
      expect: anySignedIn(404),
    },
  ],
  'GET /api/drafts/[id]/furniture': [{ path: (c) => `/api/drafts/${c.draftId}/furniture`, expect: rosterReads }],
  'PUT /api/drafts/[id]/furniture': [
    {
      label: 'a date that is not a day (refused after the permission check)',
      path: (c) => `/api/drafts/${c.draftId}/furniture`,
      data: () => ({ date: 'soon' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 400, facilitator: 400, admin: 404 },
    },
  ],
  'PUT /api/drafts/[id]/sponsor': [
    {
      label: 'a delegation not in the negotiation',
      path: (c) => `/api/drafts/${c.draftId}/sponsor`,
      data: () => ({ delegationId: 'no-such-delegation' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 400, facilitator: 400, admin: 404 },
    },
  ],
  'GET /api/drafts/[id]/deadlines': [{ path: (c) => `/api/drafts/${c.draftId}/deadlines`, expect: rosterReads }],
  'PUT /api/drafts/[id]/deadlines': [
    {
      label: 'a time that is not a time (refused after the permission check)',
      path: (c) => `/api/drafts/${c.draftId}/deadlines`,
      data: () => ({ paragraphId: '', closesAt: 'soon' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 403, facilitator: 400, admin: 404 },
    },
  ],
  'DELETE /api/drafts/[id]/deadlines': [
    {
      label: 'a paragraph with no deadline',
      path: (c) => `/api/drafts/${c.draftId}/deadlines`,
      data: () => ({ paragraphId: 'no-such-paragraph' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 403, facilitator: 404, admin: 404 },
    },
  ],
  'POST /api/drafts/[id]/deadlines/reopen': [
    {
      label: 'a paragraph with no deadline',
      path: (c) => `/api/drafts/${c.draftId}/deadlines/reopen`,
      data: () => ({ paragraphId: 'no-such-paragraph' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 403, facilitator: 404, admin: 404 },
    },
  ],
  'POST /api/drafts/[id]/cosponsorship': [
    {
      label: 'naming another delegation (only one’s own may join)',
      path: (c) => `/api/drafts/${c.draftId}/cosponsorship`,
      data: () => ({ delegationId: 'someone-else' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 400, secretariat: 403, facilitator: 403, admin: 404 },
    },
  ],
  'DELETE /api/drafts/[id]/cosponsorship': [
    {
      label: 'a delegation that does not co-sponsor',
      path: (c) => `/api/drafts/${c.draftId}/cosponsorship`,
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 409, secretariat: 403, facilitator: 403, admin: 404 },
    },
  ],
  'GET /api/drafts/[id]/silence': [
    {
      label: 'the draft’s silence procedures',
      path: (c) => `/api/drafts/${c.draftId}/silence`,
      expect: { signedOut: 401, nonMember: 404, observer: 200, delegate: 200, secretariat: 200, facilitator: 200, admin: 404 },
    },
  ],
  'POST /api/drafts/[id]/silence': [
    {
      label: 'no paragraph chosen (refused after the permission check)',
      path: (c) => `/api/drafts/${c.draftId}/silence`,
      data: () => ({ paragraphIds: [], outcome: 'agreed-ad-ref', deadline: '2099-01-01T00:00:00Z' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 403, facilitator: 400, admin: 404 },
    },
  ],
  'POST /api/drafts/[id]/silence/[procedureId]/break': [
    {
      label: 'an empty statement (refused after the permission check)',
      path: (c) => `/api/drafts/${c.draftId}/silence/no-such-procedure/break`,
      data: () => ({ statement: ' ' }),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 400, secretariat: 403, facilitator: 403, admin: 404 },
    },
  ],
  'POST /api/drafts/[id]/silence/[procedureId]/cancel': [
    {
      label: 'a procedure that does not exist',
      path: (c) => `/api/drafts/${c.draftId}/silence/no-such-procedure/cancel`,
      data: () => ({}),
      expect: { signedOut: 401, nonMember: 404, observer: 403, delegate: 403, secretariat: 403, facilitator: 404, admin: 404 },
    },
  ],
  // Kept last: deleting is refused (the draft has revisions) and archiving makes the throwaway draft read-only.
  'DELETE /api/drafts/[id]': [
    { label: 'a draft with revisions cannot be deleted', path: (c) => `/api/drafts/${c.draftId}`, expect: rosterManagers(409) },
  ],
  'POST /api/drafts/[id]/archive': [
    {
      label: 'the facilitator archives it; the administrator, after, finds it archived already',
      path: (c) => `/api/drafts/${c.draftId}/archive`,
      data: () => ({}),
      expect: { ...rosterManagers(200), admin: 409 },
    },
  ],
};

export const pageMatrix: Record<string, PageProbe[]> = {
  '/': [{ path: () => '/', expect: anySignedInPage }],
  '/signin': [
    {
      path: () => '/signin',
      expect: {
        signedOut: 'ok',
        nonMember: 'to-home',
        observer: 'to-home',
        delegate: 'to-home',
        secretariat: 'to-home',
        facilitator: 'to-home',
        admin: 'to-home',
      },
    },
  ],
  '/compare': [
    { label: 'corpus texts', path: () => '/compare?a=10%2F3&b=11%2F5', expect: anySignedInPage },
    {
      label: 'the confidential draft: a text the person may not see is refused like an unknown one',
      path: (c) => `/compare?a=10%2F3&b=draft:${c.confidentialDraftId}`,
      expect: { ...anySignedInPage, nonMember: 'refused', observer: 'refused', admin: 'refused' },
      refusal: 'Nothing to compare called',
    },
  ],
  '/corpus': [{ path: () => '/corpus', expect: anySignedInPage }],
  '/corpus/[id]': [{ path: () => '/corpus/cop-res-10-3', expect: anySignedInPage }],
  '/corpus/import': [{ path: () => '/corpus/import', expect: anySignedInPage }],
  '/corpus/topics': [{ path: () => '/corpus/topics', expect: anySignedInPage }],
  '/search': [{ path: () => '/search?q=demand', expect: anySignedInPage }],
  '/notifications': [{ path: () => '/notifications', expect: anySignedInPage }],
  '/drafts': [{ path: () => '/drafts', expect: anySignedInPage }],
  '/drafts/new': [{ path: (c) => `/drafts/new?negotiation=${c.negotiationId}`, expect: anySignedInPage }],
  '/drafts/[id]': [{ path: (c) => `/drafts/${c.draftId}`, expect: rosterReadsPage }],
  '/drafts/[id]/compilation': [{ path: (c) => `/drafts/${c.draftId}/compilation`, expect: rosterReadsPage }],
  '/drafts/[id]/screen': [{ path: (c) => `/drafts/${c.draftId}/screen`, expect: rosterReadsPage }],
  '/drafts/[id]/revisions': [{ path: (c) => `/drafts/${c.draftId}/revisions`, expect: rosterReadsPage }],
  '/drafts/[id]/since': [{ path: (c) => `/drafts/${c.draftId}/since`, expect: rosterReadsPage }],
  '/drafts/[id]/details': [{ path: (c) => `/drafts/${c.draftId}/details`, expect: rosterReadsPage }],
  '/drafts/[id]/progress': [{ path: (c) => `/drafts/${c.draftId}/progress`, expect: rosterReadsPage }],
  '/drafts/[id]/revisions/[revisionId]': [{ path: (c) => `/drafts/${c.draftId}/revisions/${c.revisionId}`, expect: rosterReadsPage }],
  '/negotiations/[id]': [{ path: (c) => `/negotiations/${c.negotiationId}`, expect: rosterReadsPage }],
  '/negotiations/[id]/progress': [{ path: (c) => `/negotiations/${c.negotiationId}/progress`, expect: rosterReadsPage }],
  '/negotiations/[id]/manage': [
    {
      path: (c) => `/negotiations/${c.negotiationId}/manage`,
      expect: { ...onlyAdminPage, facilitator: 'ok' },
    },
  ],
  '/admin': [{ path: () => '/admin', expect: { ...onlyAdminPage, admin: 'to-admin' } }],
  '/admin/negotiations': [{ path: () => '/admin/negotiations', expect: onlyAdminPage }],
  '/admin/negotiations/[id]': [{ path: (c) => `/admin/negotiations/${c.negotiationId}`, expect: onlyAdminPage }],
  '/admin/delegations': [{ path: () => '/admin/delegations', expect: onlyAdminPage }],
  '/admin/people': [{ path: () => '/admin/people', expect: onlyAdminPage }],
  '/invitations/[token]': [
    {
      label: 'a link that is not (or no longer) valid says so to whoever opens it',
      path: () => '/invitations/no-such-invitation-0123456789abcdef',
      expect: {
        signedOut: 'refused',
        nonMember: 'refused',
        observer: 'refused',
        delegate: 'refused',
        secretariat: 'refused',
        facilitator: 'refused',
        admin: 'refused',
      },
      refusal: 'This invitation cannot be used',
    },
  ],
};

/** Every command in cli/index.ts. 'person': acts as someone and is checked like the web (cli/authorization.test.ts). */
export const cliMatrix: Record<string, 'operator' | 'person'> = {
  setup: 'operator',
  users: 'operator',
  corpus: 'operator',
  search: 'operator',
  check: 'operator',
  diff: 'operator',
  proposals: 'operator',
  drafts: 'person',
  'realtime-token': 'person',
  admin: 'operator',
  negotiations: 'person',
  roster: 'person',
  revisions: 'person',
  export: 'person',
  backup: 'operator',
  restore: 'operator',
};
