import { expect, test } from './fixtures';

test('the corpus lists documents with counts and filters by kind', async ({ signInAs }) => {
  const page = await signInAs('secretariat');
  await page.goto('/corpus');
  await expect(page.getByRole('link', { name: /Resolution 10\/3/ })).toBeVisible();
  const total = Number(await page.getByTestId('document-count').textContent());
  expect(total).toBeGreaterThan(10);
  await page.getByLabel('Kind').selectOption('resolution');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByTestId('document-count')).toHaveText('3');
  await expect(page.getByRole('link', { name: /Resolution 11\/5/ })).toBeVisible();
});

test('a document reads as the UN lays it out and every paragraph has a stable link', async ({ signInAs }) => {
  const page = await signInAs('colombia');
  await page.goto('/corpus/cop-res-10-3');
  await expect(page.locator('.chapeau')).toContainText('The Conference of the Parties');
  await expect(page.locator('[data-ref^="PP"]')).toHaveCount(22);
  const op13h = page.locator('[id="13(h)"]');
  await expect(op13h).toBeVisible();
  await op13h.getByRole('link', { name: 'Link to OP 13 (h)' }).click();
  await expect(page).toHaveURL(/#13\(h\)$/);
  await page.reload();
  await expect(page.locator('[id="13(h)"]')).toBeInViewport();
});

test('a topic of the thematic index leads to its paragraphs', async ({ signInAs }) => {
  const page = await signInAs('secretariat');
  await page.goto('/corpus/topics');
  const topic = page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: /^Victims, non-punishment/ });
  await topic.click();
  const section = page.locator('section', { has: page.getByRole('heading', { name: /^Victims, non-punishment/ }) });
  const first = section.getByRole('link').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/corpus\/[^#]+#.+/);
  await first.click();
  const ref = decodeURIComponent(href!.split('#')[1]!);
  await expect(page.locator(`[id="${ref}"]`)).toBeVisible();
});

test('importing a document the parser has never seen gives it structure; a bad file changes nothing', async ({ signInAs }) => {
  const page = await signInAs('secretariat');
  await page.goto('/corpus/import');
  const text = [
    'Resolution 12/9',
    '',
    'Protecting victims of trafficking at sea',
    '',
    '  The Conference of the Parties to the United Nations Convention against ',
    'Transnational Organized Crime, ',
    '',
    '  Recalling its resolution 11/5 on the implementation of the Protocol, ',
    '',
    '  Concerned by the vulnera bility of migrants at sea, ',
    '',
    '  1. Urges States parties to protect victims of trafficking in persons at sea; ',
    '',
    '  2. Requests the Secretariat to report to the Conference at its thirteenth session. ',
  ].join('\n');
  await page.getByLabel('File').setInputFiles({ name: 'res-12-9.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByLabel('Year').fill('2024');
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByTestId('preview-paragraph')).toHaveCount(4);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-result')).toContainText('4 paragraphs');
  await page.getByTestId('import-result').getByRole('link').click();
  await expect(page.locator('[data-ref="PP2"]')).toContainText('vulnerability of migrants');
  await expect(page.locator('[data-ref="2"]')).toContainText('Requests the Secretariat');

  await page.goto('/corpus/import');
  await page
    .getByLabel('File')
    .setInputFiles({ name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0x50, 0x4b, 0x00, 0x01, 0xff]) });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Nothing in the corpus was changed');
});
