import type { APIRequestContext, APIResponse, Browser, BrowserContext } from '@playwright/test';
import { listApiRoutesOnDisk, listCliCommands, listPagesOnDisk } from './authorization/inventory';
import {
  type ApiProbe,
  apiMatrix,
  cliMatrix,
  type MatrixContext,
  type PageOutcome,
  type PageProbe,
  type Persona,
  pageMatrix,
  personaEmails,
  personaNegotiations,
  personas,
} from './authorization/matrix';
import { demoPassword, expect, test } from './fixtures';

test('every API route, page and CLI command on disk has an entry in the authorization matrix, and every entry a file', () => {
  expect(listApiRoutesOnDisk(), 'API routes (e2e/authorization/matrix.ts: apiMatrix)').toEqual(Object.keys(apiMatrix).sort());
  expect(listPagesOnDisk(), 'pages (e2e/authorization/matrix.ts: pageMatrix)').toEqual(Object.keys(pageMatrix).sort());
  expect(listCliCommands(), 'CLI commands (e2e/authorization/matrix.ts: cliMatrix)').toEqual(Object.keys(cliMatrix).sort());
});

/** Signs in through the sign-in page, as a person would, in a context of its own. */
async function signedInContext(browser: Browser, email: string | null): Promise<BrowserContext> {
  const context = await browser.newContext();
  if (email) {
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByTestId('whoami')).toBeVisible();
    await page.close();
  }
  return context;
}

async function createDraftWithRevision(request: APIRequestContext, negotiationId: string, run: string) {
  const created = await request.post('/api/drafts', { data: { title: `Matrix ${negotiationId} ${run}`, negotiationId } });
  expect(created.status(), await created.text()).toBe(201);
  const { id: draftId } = (await created.json()) as { id: string };
  const issued = await request.post(`/api/drafts/${draftId}/revisions`, { data: { name: 'Matrix base' } });
  expect(issued.status(), await issued.text()).toBe(201);
  const { id: revisionId } = (await issued.json()) as { id: string };
  return { draftId, revisionId };
}

function describeResponse(response: APIResponse): string {
  return `${response.status()} ${response.headers().location ?? ''}`.trim();
}

function redirectTarget(response: APIResponse): string | null {
  const location = response.headers().location;
  return location && response.status() >= 300 && response.status() < 400 ? new URL(location, 'http://app.test').pathname : null;
}

test.describe
  .serial('authorization matrix', () => {
    const contexts = new Map<Persona, BrowserContext>();
    const matrixContexts = new Map<Persona, MatrixContext>();

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(120_000);
      for (const persona of personas) contexts.set(persona, await signedInContext(browser, personaEmails[persona]));
      // The chair facilitates both demo negotiations: throwaway drafts there, each with one revision, for this run only.
      const run = Date.now().toString(36);
      const chair = contexts.get('facilitator')!.request;
      const made = {
        'demo-confidential': await createDraftWithRevision(chair, 'demo-confidential', run),
        'demo-negotiation': await createDraftWithRevision(chair, 'demo-negotiation', run),
      };
      for (const persona of personas) {
        const negotiationId = personaNegotiations[persona];
        matrixContexts.set(persona, {
          persona,
          negotiationId,
          ...made[negotiationId],
          confidentialDraftId: made['demo-confidential'].draftId,
          unique: `${persona}-${run}`,
        });
      }
    });

    test.afterAll(async () => {
      for (const context of contexts.values()) await context.close();
    });

    async function send(persona: Persona, method: string, probe: ApiProbe | PageProbe): Promise<APIResponse> {
      const request = contexts.get(persona)!.request;
      const c = matrixContexts.get(persona)!;
      const options: Parameters<APIRequestContext['fetch']>[1] = { method, maxRedirects: 0 };
      if ('multipart' in probe && probe.multipart) options.multipart = probe.multipart(c);
      else if ('data' in probe && probe.data) options.data = probe.data(c);
      return request.fetch(probe.path(c), options);
    }

    for (const [key, probes] of Object.entries(apiMatrix)) {
      const method = key.split(' ')[0]!;
      test(`API ${key}`, async () => {
        for (const probe of probes) {
          for (const persona of personas) {
            const response = await send(persona, method, probe);
            const where = `${key}${probe.label ? ` (${probe.label})` : ''} as ${persona}: ${await response.text().then((text) => text.slice(0, 200))}`;
            expect.soft(response.status(), where).toBe(probe.expect[persona]);
            // A refusal says why in words, never a bare status.
            if ([400, 401, 403, 404].includes(response.status()) && response.headers()['content-type']?.includes('json')) {
              expect.soft(((await response.json()) as { error?: string }).error, where).toBeTruthy();
            }
          }
        }
      });
    }

    async function outcomeOf(response: APIResponse, probe: PageProbe): Promise<PageOutcome | string> {
      const target = redirectTarget(response);
      if (target === '/signin') return 'to-signin';
      if (target === '/') return 'to-home';
      if (target === '/admin/negotiations') return 'to-admin';
      if (response.status() === 404) return 'not-found';
      if (response.status() !== 200) return describeResponse(response);
      if (!probe.refusal) return 'ok';
      // Only what the page renders: its scripts carry the whole message catalogue, refusal sentences included.
      const rendered = (await response.text()).replace(/<script[\s\S]*?<\/script>/g, '');
      return rendered.includes(probe.refusal) ? 'refused' : 'ok';
    }

    for (const [key, probes] of Object.entries(pageMatrix)) {
      test(`page ${key}`, async () => {
        for (const probe of probes) {
          for (const persona of personas) {
            const response = await send(persona, 'GET', probe);
            expect
              .soft(await outcomeOf(response, probe), `${key}${probe.label ? ` (${probe.label})` : ''} as ${persona}`)
              .toBe(probe.expect[persona]);
          }
        }
      });
    }

    test('the delegation directory names only the negotiation’s roster and the Chair', async () => {
      const c = matrixContexts.get('delegate')!;
      const response = await contexts.get('delegate')!.request.get(`/api/delegations?draft=${c.draftId}`);
      expect(response.status()).toBe(200);
      const directory = (await response.json()) as { delegations: { code: string }[]; people: { name: string }[] };
      const codes = directory.delegations.map((delegation) => delegation.code);
      expect(codes).toEqual(expect.arrayContaining(['EU', 'COL', 'SEC', 'CHAIR']));
      // The United States and Mexico are not on the confidential negotiation.
      expect(codes).not.toContain('USA');
      expect(codes).not.toContain('MEX');
      const names = directory.people.map((person) => person.name);
      expect(names).toEqual(expect.arrayContaining(['Anna Schmidt', 'Elena Rossi']));
      expect(names).not.toContain('John Carter');
    });
  });
