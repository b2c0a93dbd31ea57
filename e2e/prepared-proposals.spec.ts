import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations } from './axe';
import { createDraft, openDraft, proposalsOf, typeParagraphs, switchToNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** The text of every part of a Word file this person can download for the draft (the compilation, the export). */
async function readWordDownloads(page: Page, draftId: string): Promise<string> {
  const texts: string[] = [];
  for (const path of [`/api/drafts/${draftId}/compilation?status=all`, `/api/drafts/${draftId}/export`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const zip = await JSZip.loadAsync(await response.body());
    for (const file of Object.values(zip.files)) if (!file.dir) texts.push(await file.async('string'));
  }
  return texts.join('\n');
}

function preparedOn(page: Page) {
  return page.getByTestId('prepared-proposal');
}

test("a delegation prepares a proposal in private: its other member sees it, another delegation does not, until a colleague tables it as the delegation's", async ({
  browser,
}) => {
  const wording = 'Welcomes the comprehensive report of the Commission.';
  const chair = await openAs(browser, 'chair');
  const id = await createDraft(chair, 'Preparing in private');
  await openDraft(chair, id);
  await typeParagraphs(chair, ['Welcomes the report of the Commission.']);
  await switchToNegotiation(chair);

  const eu = await openAs(browser, 'eu');
  const eu2 = await openAs(browser, 'eu2');
  const usa = await openAs(browser, 'usa');
  for (const page of [eu, eu2, usa]) {
    await openDraft(page, id);
    await expect(page.getByTestId('negotiation-banner')).toBeVisible();
  }

  // Anna (EU) prepares an amendment privately, with a note for her colleagues.
  await eu.getByRole('button', { name: 'Prepare privately a proposal on PP1' }).click();
  const composer = eu.getByTestId('prepared-composer');
  await expect(composer.getByRole('radio', { name: 'Amendment' })).toBeChecked();
  await composer.getByLabel('Proposed wording').fill(wording);
  await composer.getByLabel('Explanation for your delegation (optional)').fill('Stronger, and agreed language from 2019.');
  await composer.getByRole('button', { name: 'Save privately' }).click();
  await expect(eu.getByTestId('prepared-status')).toContainText('Saved privately');
  await expect(composer).toHaveCount(0);
  await expect(preparedOn(eu)).toHaveText(/Welcomes the comprehensive report/);

  // Pierre, the EU's other member, sees it in his own browser within a few seconds.
  await expect(eu2.getByRole('heading', { name: 'Prepared by European Union (private)' })).toBeVisible({ timeout: 20_000 });
  await expect(preparedOn(eu2)).toHaveAttribute('data-state', 'private');
  await expect(preparedOn(eu2)).toContainText(wording);
  await expect(preparedOn(eu2)).toContainText('drafted by Anna Schmidt');
  await expect(preparedOn(eu2)).toContainText('Stronger, and agreed language from 2019.');

  // The United States sees none of it: not on the page, not from the API, not in any Word download.
  await expect(usa.getByRole('button', { name: 'Prepare privately a proposal on PP1' })).toBeVisible();
  await expect(preparedOn(usa)).toHaveCount(0);
  await expect(usa.locator('body')).not.toContainText('comprehensive');
  await expect(proposalsOf(usa, 'EU')).toHaveCount(0);
  const listed = await usa.request.get(`/api/drafts/${id}/prepared`);
  expect(await listed.json()).toEqual({ prepared: [] });
  expect(await readWordDownloads(usa, id)).not.toContain('comprehensive');
  // Nor can it act on it by guessing the id.
  const preparedId = ((await (await eu.request.get(`/api/drafts/${id}/prepared`)).json()) as { prepared: { id: string }[] }).prepared[0]!
    .id;
  expect((await usa.request.post(`/api/drafts/${id}/prepared/${preparedId}/table`)).status()).toBe(404);

  // Pierre tables it: it appears to everyone as the European Union's proposal, in Anna's name.
  await eu2.getByRole('button', { name: 'Table Amendment to PP1' }).click();
  await expect(eu2.getByTestId('prepared-status')).toContainText("Tabled: it now appears to everyone as European Union's proposal.");
  await expect(preparedOn(eu2)).toHaveAttribute('data-state', 'tabled');
  await expect(preparedOn(eu2)).toContainText('by Pierre Dubois');

  const tabled = proposalsOf(usa, 'EU');
  await expect(tabled.locator('ins')).toHaveText(/comprehensive/);
  await expect(tabled.getByTestId('proposal-standing')).toContainText('Proposed by European Union');
  await expect(tabled.getByTestId('proposal-standing')).toContainText('Anna Schmidt');
  await expect(usa.getByTestId('count-open')).toHaveText('1 open proposal');
  await expect(preparedOn(usa)).toHaveCount(0);
  // The downloads read above would have shown it: now they do.
  await expect.poll(() => readWordDownloads(usa, id), { timeout: 20_000 }).toContain('comprehensive');
  // The compilation prints it under the paragraph's current text with its change marked: the new word underlined.
  const compilation = await usa.request.get(`/api/drafts/${id}/compilation`);
  const compilationXml = await (await JSZip.loadAsync(await compilation.body())).file('word/document.xml')!.async('string');
  // The compilation table starts at its repeating header row; the masthead above it is a table of its own.
  const allRows = [...compilationXml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((row) => row[1]!);
  const rows = allRows.slice(allRows.findIndex((row) => row.includes('<w:tblHeader/>')));
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain('Welcomes the report of the Commission.');
  expect(rows[2]).toContain('European Union');
  const underlined = [
    ...rows[2]!.matchAll(/<w:r><w:rPr>(?:(?!<\/w:r>).)*<w:u w:val="single"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g),
  ];
  expect(underlined.map((run) => run[1]!.trim()).join(' ')).toBe('comprehensive');

  // Tabling twice is refused, and nothing is doubled.
  expect((await eu.request.post(`/api/drafts/${id}/prepared/${preparedId}/table`)).status()).toBe(409);
  await expect(proposalsOf(usa, 'EU')).toHaveCount(1);

  // The paragraph's history says who tabled it and who prepared it.
  const history = usa.getByTestId('draft-paragraph').first().getByTestId('paragraph-history');
  await history.locator('summary').click();
  await expect(history.getByTestId('history-entry').filter({ hasText: 'tabled an amendment prepared in private' })).toContainText(
    'Anna Schmidt',
  );

  // With one private and one tabled proposal the panel passes axe; the tabled one is labelled, not faded.
  await eu.getByRole('button', { name: 'Prepare privately a proposal on PP1' }).click();
  await composer.getByRole('radio', { name: 'Deletion' }).check();
  await composer.getByRole('button', { name: 'Save privately' }).click();
  await expect(preparedOn(eu).and(eu.locator('[data-state="private"]'))).toContainText('Delete PP1.');
  const tabledCard = preparedOn(eu).and(eu.locator('[data-state="tabled"]'));
  await expect(tabledCard).toContainText('Tabled');
  await expect(tabledCard).toHaveCSS('opacity', '1');
  await expectNoAxeViolations(eu, { include: ['[data-testid="prepared-proposals"]'] });
});
