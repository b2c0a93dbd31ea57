import type { Page } from '@playwright/test';
import { expect, openAs, test } from './fixtures';

/** Written so the reader gets two things wrong a person would correct: OP 2 is really (a) of OP 1, and OP 4 is the end of OP 3. */
const draftText = [
  '# Strengthening data on trafficking in persons',
  '',
  'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
  '',
  '*Recalling* its resolution 11/5,',
  '',
  '*Noting with concern* the lack of data,',
  '',
  '1. *Urges* States parties to collect data on trafficking in persons;',
  '',
  '2. disaggregated by sex and age;',
  '',
  '3. *Requests* the Secretariat to report on the implementation of the present resolution',
  '',
  '4. to the Conference at its thirteenth session.',
].join('\n');

/** Changes OP 2 into a subparagraph with the mouse, merges OP 3 with OP 4 from the keyboard, and checks what is announced. */
async function correctPreview(page: Page): Promise<void> {
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('preview-ref')).toHaveText(['PP 1', 'PP 2', 'OP 1', 'OP 2', 'OP 3', 'OP 4']);
  await expect(preview.getByTestId('preview-paragraph').nth(0).locator('em')).toHaveText('Recalling');

  await preview.getByLabel('Kind of paragraph 4').selectOption('subparagraph');
  await expect(page.getByTestId('import-preview-announcement')).toContainText('Paragraph 4 is now subparagraph, OP 1 (a)');
  await expect(preview.getByTestId('preview-ref')).toHaveText(['PP 1', 'PP 2', 'OP 1', 'OP 1 (a)', 'OP 2', 'OP 3']);

  await preview.getByRole('button', { name: 'Merge paragraph 5 (OP 2) with the next' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-preview-announcement')).toContainText('OP 2 and OP 3 merged into OP 2; 5 paragraphs remain');
  await expect(preview.getByTestId('preview-ref')).toHaveText(['PP 1', 'PP 2', 'OP 1', 'OP 1 (a)', 'OP 2']);
  await expect(preview.getByTestId('preview-paragraph').nth(4)).toContainText(
    'Requests the Secretariat to report on the implementation of the present resolution to the Conference at its thirteenth session.',
  );
}

test('a draft file is previewed, corrected and imported as corrected', async ({ browser }) => {
  const chair = await openAs(browser, 'chair');
  await chair.goto('/drafts/new');
  await chair.getByLabel('Draft file').setInputFiles({ name: 'data-draft.md', mimeType: 'text/markdown', buffer: Buffer.from(draftText) });
  await chair.getByRole('button', { name: 'Read the file' }).click();
  await correctPreview(chair);
  await chair.getByRole('button', { name: 'Import draft' }).click();
  await expect(chair.getByTestId('draft-import-result')).toContainText('Imported 5 paragraphs');
  await chair.getByRole('link', { name: 'Open the draft' }).click();
  await expect(chair.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
  const paragraphs = chair.getByTestId('draft-paragraph');
  await expect(paragraphs).toHaveCount(5);
  await expect(paragraphs.getByTestId('paragraph-number')).toHaveText(['PP1', 'PP2', '1.', '(a)', '2.']);
  await expect(paragraphs.nth(3)).toHaveAttribute('data-kind', 'subparagraph');
  await expect(paragraphs.nth(3)).toContainText('disaggregated by sex and age');
  await expect(paragraphs.nth(4)).toHaveAttribute('data-kind', 'operative');
  await expect(paragraphs.nth(4)).toContainText('present resolution to the Conference at its thirteenth session.');
});

test('a corpus file is previewed, corrected and imported as corrected; nothing is saved before', async ({ browser }) => {
  const secretariat = await openAs(browser, 'secretariat');
  await secretariat.goto('/corpus/import');
  await secretariat.getByLabel('File').setInputFiles({ name: 'data-corpus.md', mimeType: 'text/markdown', buffer: Buffer.from(draftText) });
  await secretariat.getByLabel('Year').fill('2026');
  await secretariat.getByRole('button', { name: 'Read the file' }).click();
  await correctPreview(secretariat);
  expect((await secretariat.request.get('/corpus/data-corpus')).status()).toBe(404);
  await secretariat.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(secretariat.getByTestId('import-result')).toContainText('5 paragraphs');
  await secretariat.getByTestId('import-result').getByRole('link').click();
  await expect(secretariat.locator('[data-ref="1(a)"]')).toContainText('disaggregated by sex and age');
  await expect(secretariat.locator('[data-ref="2"]')).toContainText('present resolution to the Conference at its thirteenth session.');
  await expect(secretariat.locator('[data-ref="3"]')).toHaveCount(0);
});
