import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { editorOf, openDraft, proposalsOf, proposeAmendment, switchToNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

const run = promisify(execFile);

/** Opens a Word file with LibreOffice, as a delegation's office suite would, and returns its flat XML. */
async function readWithLibreOffice(docx: Buffer): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-lo-'));
  writeFileSync(path.join(dir, 'rev.docx'), docx);
  await run(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'fodt', '--outdir', dir, path.join(dir, 'rev.docx')],
    {
      timeout: 120_000,
    },
  );
  const converted = readdirSync(dir).find((name) => name.endsWith('.fodt'));
  expect(converted, 'LibreOffice converted the file').toBeTruthy();
  return readFileSync(path.join(dir, converted!), 'utf8');
}

test('a facilitator imports a Word draft, runs a round of proposals, issues Rev.1 and exports it with tracked changes by delegation', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const chair = await openAs(browser, 'chair');
  const colombia = await openAs(browser, 'colombia');
  const eu = await openAs(browser, 'eu');

  const source = await chair.request.post('/api/drafts', { data: { title: 'Source for Word', from: '5/2' } });
  const { id: sourceId } = (await source.json()) as { id: string };
  const word = await chair.request.get(`/api/drafts/${sourceId}/export`);
  await chair.goto('/drafts/new');
  await chair.getByLabel('Draft file').setInputFiles({
    name: 'draft-2024.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await word.body(),
  });
  await chair.getByLabel('Title (optional)').fill('Trafficking in persons — 2024 draft');
  await chair.getByRole('button', { name: 'Read the file' }).click();
  await chair.getByRole('button', { name: 'Import draft' }).click();
  await expect(chair.getByTestId('draft-import-result')).toContainText('Imported 41 paragraphs');
  await chair.getByRole('link', { name: 'Open the draft' }).click();
  await expect(chair.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
  const id = chair.url().split('/drafts/')[1]!;
  await switchToNegotiation(chair);

  for (const page of [colombia, eu]) await openDraft(page, id);
  const pp1 = await editorOf(colombia, 0).innerText();
  await proposeAmendment(colombia, 'PP1', `${pp1.replace(/,$/, '')} and its Protocols,`);
  const op1 = await editorOf(eu, 11).innerText();
  await proposeAmendment(eu, '1.', op1.replace(/^Urges/, 'Strongly urges'));
  await proposalsOf(chair, 'COL')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await proposalsOf(chair, 'EU')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(editorOf(chair, 11)).toContainText('Strongly urges');

  await chair.goto(`/drafts/${id}/revisions`);
  await expect(chair.getByTestId('revision-row')).toHaveCount(1);
  await expect(chair.getByLabel('Revision name')).toHaveValue('Rev.2');
  await chair.getByLabel('Revision name').fill('Rev.1');
  await chair.getByRole('button', { name: 'Issue revision' }).click();
  await expect(chair.getByTestId('revision-row')).toHaveCount(2);

  await chair.getByRole('link', { name: 'As imported → Rev.1' }).click();
  await expect(chair.locator('[data-testid="pair"][data-to="PP1"] .attribution')).toHaveText('COL');
  await expect(chair.locator('[data-testid="pair"][data-to="1"] .attribution')).toHaveText('EU');

  await chair.goto(`/drafts/${id}/revisions`);
  const href = await chair.getByTestId('revision-row').nth(1).getByRole('link', { name: 'tracked changes .docx' }).getAttribute('href');
  const tracked = await chair.request.get(href!);
  expect(tracked.status()).toBe(200);
  const xml = await readWithLibreOffice(await tracked.body());
  // Each tracked change's author, as LibreOffice lists it in the change's own record (not the file's creator).
  const authors = [...xml.matchAll(/<office:change-info>\s*<dc:creator>([^<]+)<\/dc:creator>/g)].map((match) => match[1]);
  expect(new Set(authors)).toEqual(new Set(['Colombia', 'European Union']));
  expect(xml).toContain('and its Protocols');
  expect(xml).toContain('Strongly');
});
