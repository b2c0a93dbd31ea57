import { exportResolutionPdf } from '../lib/pdf/export-resolution-pdf';
import { canReadBack } from '../test-support/read-back-document';
import { expect, openAs, test } from './fixtures';

test('a draft printed as PDF imports again as a draft with the same paragraphs', async ({ browser }) => {
  test.skip(!canReadBack, 'printing the draft as PDF needs LibreOffice (.ci/run installs it)');
  test.setTimeout(240_000);
  const chair = await openAs(browser, 'chair');
  const created = await chair.request.post('/api/drafts', { data: { title: 'PDF round trip', from: '11/5' } });
  const { id } = (await created.json()) as { id: string };
  const printed = await chair.request.get(`/api/drafts/${id}/export?format=pdf`, { timeout: 180_000 });
  expect(printed.status()).toBe(200);
  expect(printed.headers()['content-type']).toBe('application/pdf');

  await chair.goto('/drafts/new');
  await chair.getByLabel('Draft file').setInputFiles({ name: 'round-trip.pdf', mimeType: 'application/pdf', buffer: await printed.body() });
  await chair.getByRole('button', { name: 'Read the file' }).click();
  await expect(chair.getByTestId('preview-paragraph')).toHaveCount(62, { timeout: 90_000 });
  await chair.getByRole('button', { name: 'Import draft' }).click();
  await expect(chair.getByTestId('draft-import-result')).toContainText('Imported 62 paragraphs');
  await chair.getByRole('link', { name: 'Open the draft' }).click();
  await expect(chair.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
  await expect(chair.getByTestId('draft-paragraph')).toHaveCount(62);

  const importedId = chair.url().split('/drafts/')[1]!;
  await chair.goto(`/compare?a=draft:${id}&b=draft:${importedId}`);
  await expect(chair.getByTestId('summary-unchanged').locator('strong')).toHaveText('62');
});

test('a resolution as PDF imports into the corpus with its paragraphs; a damaged PDF changes nothing', async ({ signInAs }) => {
  const page = await signInAs('secretariat');
  const pdf = await exportResolutionPdf({
    title: 'Protecting victims of trafficking on inland waterways',
    body: 'Conference of the Parties',
    chapeau: 'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
    paragraphs: [
      {
        kind: 'preambular',
        number: '',
        depth: 0,
        text: 'Recalling its resolution 11/5 on the implementation of the Protocol,',
        lead: 'Recalling',
      },
      {
        kind: 'preambular',
        number: '',
        depth: 0,
        text: 'Concerned by the vulnerability of migrants on rivers and lakes,',
        lead: 'Concerned',
      },
      {
        kind: 'operative',
        number: '1',
        depth: 0,
        text: 'Urges States parties to protect victims of trafficking in persons on inland waterways;',
        lead: 'Urges',
      },
      {
        kind: 'operative',
        number: '2',
        depth: 0,
        text: 'Requests the Secretariat to report to the Conference at its thirteenth session.',
        lead: 'Requests',
      },
    ],
  });
  await page.goto('/corpus/import');
  await page.getByLabel('File').setInputFiles({ name: 'inland-waterways.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByLabel('Year').fill('2024');
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByTestId('preview-paragraph')).toHaveCount(4, { timeout: 90_000 });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByTestId('import-result')).toContainText('4 paragraphs');
  await page.getByTestId('import-result').getByRole('link').click();
  await expect(page.locator('[data-ref="PP2"]')).toContainText('Concerned by the vulnerability of migrants on rivers and lakes,');
  await expect(page.locator('[data-ref="1"]')).toContainText(
    'Urges States parties to protect victims of trafficking in persons on inland waterways;',
  );
  await expect(page.locator('[data-ref="2"]')).toContainText('Requests the Secretariat to report');

  await page.goto('/corpus/import');
  await page.getByLabel('File').setInputFiles({ name: 'cut.pdf', mimeType: 'application/pdf', buffer: pdf.subarray(0, 300) });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('cut.pdf is not a readable PDF file');
  await expect(page.locator('form').getByRole('alert')).toContainText('Nothing in the corpus was changed');
});
