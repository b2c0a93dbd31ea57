import { readFileSync } from 'node:fs';
import { canReadBack, readPdfText } from '../test-support/read-back-document';
import { expect, openAs, test } from './fixtures';

test.skip(!canReadBack, 'PDF needs LibreOffice and pdftotext (.ci/run installs both)');

test('a facilitator downloads a revision as PDF from the revisions page and reads it as printed', async ({ browser }) => {
  test.setTimeout(240_000);
  const chair = await openAs(browser, 'chair');
  const created = await chair.request.post('/api/drafts', { data: { title: 'Trafficking at sea — PDF', from: '10/3' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const issued = await chair.request.post(`/api/drafts/${id}/revisions`, { data: { name: 'Rev.1' } });
  expect(issued.status()).toBe(201);
  const revision = (await issued.json()) as { id: string };

  await chair.goto(`/drafts/${id}/revisions`);
  const row = chair.getByTestId('revision-row').filter({ hasText: 'Rev.1' });
  const link = row.getByTestId('pdf-link').first();
  await expect(link).toHaveText('PDF');
  const [download] = await Promise.all([chair.waitForEvent('download', { timeout: 180_000 }), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^Trafficking at sea.*Rev\.1\.pdf$/);
  await expect(link).toHaveText('PDF');
  await expect(chair.getByTestId('pdf-error')).toHaveCount(0);

  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = readPdfText(pdf).replace(/[ \t]+/g, ' ');
  expect(text).toContain('Trafficking at sea — PDF');
  expect(text).toMatch(/The Conference of the Parties/);
  // Numbering as printed: "1." and "2." stand alone, never a tracked "1.[2.]".
  expect(text).toMatch(/(^|\n)\s*1\.\s/);
  expect(text).toMatch(/(^|\n)\s*2\.\s/);
  expect(text).not.toMatch(/\d\.\[\d+\.\]/);

  const tracked = await chair.request.get(`/api/revisions/${revision.id}/export?tracked=1&format=pdf`);
  expect(tracked.status()).toBe(200);
  expect(tracked.headers()['content-type']).toBe('application/pdf');
  expect(tracked.headers()['content-disposition']).toContain('(tracked changes).pdf');
});
