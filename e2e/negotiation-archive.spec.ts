import JSZip from 'jszip';
import { expect, openAs, test } from './fixtures';

const negotiationId = 'demo-confidential';

test('a facilitator downloads the negotiation archive from its page; a delegate is refused and a non-member told it does not exist', async ({
  browser,
}) => {
  const chair = await openAs(browser, 'chair');
  const title = `Archived record ${Date.now().toString(36)}`;
  const created = await chair.request.post('/api/drafts', { data: { title, negotiationId } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const issued = await chair.request.post(`/api/drafts/${id}/revisions`, { data: { name: 'Rev.1' } });
  expect(issued.status(), await issued.text()).toBe(201);

  await chair.goto(`/negotiations/${negotiationId}`);
  const [download] = await Promise.all([chair.waitForEvent('download'), chair.getByTestId('negotiation-archive').click()]);
  expect(download.suggestedFilename()).toMatch(/archive\.zip$/);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const zip = await JSZip.loadAsync(await readFile(path));
  const names = Object.keys(zip.files);
  expect(names).toEqual(expect.arrayContaining(['README.txt', 'negotiation.json', 'audit.json']));
  const folder = names
    .find((name) => name.endsWith('/draft.json') && name.includes(title.replace(/\s+/g, '-')))
    ?.replace(/draft\.json$/, '');
  expect(folder, names.join('\n')).toBeTruthy();
  for (const file of [
    'proposals.json',
    'positions.json',
    'prepared-proposals.json',
    'revisions/Rev.1.json',
    'revisions/Rev.1.docx',
    'revisions/Rev.1.pdf',
  ]) {
    expect(names).toContain(`${folder}${file}`);
  }
  const pdf = await zip.file(`${folder}revisions/Rev.1.pdf`)!.async('nodebuffer');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  const eu = await openAs(browser, 'eu');
  await eu.goto(`/negotiations/${negotiationId}`);
  await expect(eu.getByTestId('negotiation-title')).toBeVisible();
  await expect(eu.getByTestId('negotiation-archive')).toHaveCount(0);
  expect((await eu.request.get(`/api/negotiations/${negotiationId}/archive`)).status()).toBe(403);

  const usa = await openAs(browser, 'usa');
  expect((await usa.request.get(`/api/negotiations/${negotiationId}/archive`)).status()).toBe(404);
});
