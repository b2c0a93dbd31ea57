import { expect, openAs, test } from './fixtures';

test('a draft exported as Word imports again with the same paragraphs', async ({ browser }) => {
  const chair = await openAs(browser, 'chair');
  const created = await chair.request.post('/api/drafts', { data: { title: 'Round trip', from: '11/5' } });
  const { id } = (await created.json()) as { id: string };
  const exported = await chair.request.get(`/api/drafts/${id}/export`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-disposition']).toContain('Round trip.docx');

  await chair.goto('/drafts/new');
  await chair.getByLabel('Draft file').setInputFiles({
    name: 'round-trip.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await exported.body(),
  });
  await chair.getByRole('button', { name: 'Read the file' }).click();
  await expect(chair.getByTestId('preview-paragraph')).toHaveCount(62);
  await chair.getByRole('button', { name: 'Import draft' }).click();
  await expect(chair.getByTestId('draft-import-result')).toContainText('Imported 62 paragraphs');
  await chair.getByRole('link', { name: 'Open the draft' }).click();
  await expect(chair.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
  await expect(chair.getByTestId('draft-paragraph')).toHaveCount(62);

  const importedId = chair.url().split('/drafts/')[1]!;
  await chair.goto(`/compare?a=draft:${id}&b=draft:${importedId}`);
  await expect(chair.getByTestId('summary-unchanged').locator('strong')).toHaveText('62');
  for (const status of ['changed', 'moved', 'new', 'deleted']) {
    await expect(chair.getByTestId(`summary-${status}`).locator('strong')).toHaveText('0');
  }
});

test("a Word file's own tracked changes are listed, not lost; a broken file creates nothing", async ({ browser }) => {
  const colombia = await openAs(browser, 'colombia');
  const redline = await colombia.request.get('/api/compare/export?a=cop10-draft-resolution-2020&b=10/3');
  expect(redline.status()).toBe(200);
  await colombia.goto('/drafts/new');
  await colombia.getByLabel('Draft file').setInputFiles({
    name: 'redline.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await redline.body(),
  });
  await colombia.getByRole('button', { name: 'Read the file' }).click();
  await expect(colombia.getByTestId('import-preview').getByTestId('not-imported')).toContainText('disproportionately');
  await colombia.getByRole('button', { name: 'Import draft' }).click();
  await expect(colombia.getByTestId('draft-import-result')).toContainText('Not imported into the text');
  await expect(colombia.getByTestId('not-imported')).toContainText('disproportionately');

  await colombia.goto('/drafts/new');
  await colombia.getByLabel('Draft file').setInputFiles({
    name: 'locked.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  });
  await colombia.getByRole('button', { name: 'Read the file' }).click();
  await expect(colombia.locator('main').getByRole('alert')).toContainText('Nothing was created');
});
