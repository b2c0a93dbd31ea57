import { expect, openAs, test } from './fixtures';

/** Every endpoint that changes something. Keep in step with app/api. */
const writeEndpoints: {
  path: string;
  data?: Record<string, unknown>;
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}[] = [
  { path: '/api/drafts', data: { title: 'Observer draft' } },
  {
    path: '/api/drafts/import',
    multipart: { file: { name: 'observer.txt', mimeType: 'text/plain', buffer: Buffer.from('The Conference,\n\n1. Decides to act;\n') } },
  },
  {
    path: '/api/corpus/import',
    multipart: { file: { name: 'observer.txt', mimeType: 'text/plain', buffer: Buffer.from('The Conference,\n\n1. Decides to act;\n') } },
  },
];

test('an observer cannot reach any write endpoint: the server answers 403', async ({ browser, signInAs }) => {
  const chair = await openAs(browser, 'chair');
  const created = await chair.request.post('/api/drafts', { data: { title: 'Observed draft' } });
  const { id } = (await created.json()) as { id: string };
  const page = await signInAs('observer');
  for (const endpoint of [...writeEndpoints, { path: `/api/drafts/${id}/revisions`, data: { name: 'Rev.1' } }]) {
    const response = await page.request.post(
      endpoint.path,
      endpoint.multipart ? { multipart: endpoint.multipart } : { data: endpoint.data },
    );
    expect(response.status(), endpoint.path).toBe(403);
    expect((await response.json()).error).toContain('observer');
  }
});

test('a signed-out client gets 401 from write endpoints', async ({ request }) => {
  for (const endpoint of writeEndpoints) {
    const response = await request.post(endpoint.path, endpoint.multipart ? { multipart: endpoint.multipart } : { data: endpoint.data });
    expect(response.status(), endpoint.path).toBe(401);
  }
});
