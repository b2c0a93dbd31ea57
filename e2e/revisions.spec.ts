import JSZip from 'jszip';
import { expect, openAs, test } from './fixtures';

test('the facilitator issues Rev.1 and Rev.2, compares them, and downloads Word files with tracked changes', async ({ browser }) => {
  const chair = await openAs(browser, 'chair');
  const created = await chair.request.post('/api/drafts', { data: { title: 'Revisions test', from: '10/3' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await chair.goto(`/drafts/${id}/revisions`);
  await expect(chair.getByText('No revision issued yet.')).toBeVisible();
  await expect(chair.getByLabel('Revision name')).toHaveValue('Rev.1');
  await chair.getByRole('button', { name: 'Issue revision' }).click();
  await expect(chair.getByTestId('revision-row')).toHaveCount(1);

  await chair.goto(`/drafts/${id}`);
  await expect(chair.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
  const first = chair.getByTestId('draft-paragraph').first().locator('.ProseMirror');
  await first.click();
  await chair.keyboard.press('End');
  await chair.keyboard.type(' as amended in informal consultations');
  await expect(first).toContainText('as amended in informal consultations');

  await chair.goto(`/drafts/${id}/revisions`);
  await expect(chair.getByLabel('Revision name')).toHaveValue('Rev.2');
  // The realtime server saves within a second of the edit; issuing right after may need one retry.
  await expect(async () => {
    await chair.reload();
    await chair.getByRole('button', { name: 'Issue revision' }).click();
    await expect(chair.getByTestId('revision-row')).toHaveCount(2, { timeout: 2_000 });
  }).toPass();
  await chair.getByRole('link', { name: 'Rev.1 → Rev.2' }).click();
  const changed = chair.locator('[data-testid="pair"][data-from="PP1"][data-to="PP1"]');
  await expect(changed).toHaveAttribute('data-status', 'changed');
  await expect(changed.locator('ins.diff')).toContainText('as amended in informal consultations');

  await chair.goto(`/drafts/${id}/revisions`);
  const rev2 = chair.getByTestId('revision-row').nth(1);
  const tracked = await chair.request.get((await rev2.getByRole('link', { name: 'tracked changes .docx' }).getAttribute('href'))!);
  expect(tracked.status()).toBe(200);
  expect(tracked.headers()['content-type']).toContain('wordprocessingml');
  const zip = await JSZip.loadAsync(await tracked.body());
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toMatch(/<w:ins [^>]*w:author="[^"]+"/);
  expect(xml).toContain('as amended in informal consultations');

  await rev2.getByRole('link', { name: 'Rev.2', exact: true }).click();
  await expect(chair.getByTestId('revision-paragraph')).toHaveCount(50);
  await expect(chair.getByText('Read-only.', { exact: false })).toBeVisible();
});

test('only the facilitator may issue a revision: a delegate gets 403 from the server', async ({ browser }) => {
  const colombia = await openAs(browser, 'colombia');
  const created = await colombia.request.post('/api/drafts', { data: { title: 'No revisions for delegates' } });
  const { id } = (await created.json()) as { id: string };
  const refused = await colombia.request.post(`/api/drafts/${id}/revisions`, { data: { name: 'Rev.1' } });
  expect(refused.status()).toBe(403);
  await colombia.goto(`/drafts/${id}/revisions`);
  await expect(colombia.getByRole('button', { name: 'Issue revision' })).toHaveCount(0);
});
