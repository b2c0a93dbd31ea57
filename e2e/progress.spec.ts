import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { openDraft, paragraphs, proposalsOf, proposeAmendment, startNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

function cell(page: Page, table: string, row: string, column: string) {
  return page.getByTestId(table).locator(`tbody tr:has(th:text-is("${row}")) td[data-column="${column}"]`);
}

test('the progress page counts a draft with brackets and proposals, as issued and now, and downloads a chart as a PNG', async ({
  browser,
}) => {
  const chair = await openAs(browser, 'chair');
  const eu = await openAs(browser, 'eu');
  const colombia = await openAs(browser, 'colombia');
  const usa = await openAs(browser, 'usa');
  const title = `Progress ${Date.now().toString(36)}`;
  const id = await startNegotiation(chair, title, [
    'Recalls [the] agreement of [all] parties,',
    'Decides to act [now],',
    'Welcomes the report,',
  ]);
  const label = (await paragraphs(chair).nth(1).getByTestId('paragraph-number').textContent())?.trim() ?? '';
  expect(label).not.toBe('');

  for (const page of [eu, colombia, usa]) await openDraft(page, id);
  await proposeAmendment(eu, label, 'Decides to act [now] and later,');
  await expect(proposalsOf(colombia, 'EU')).toHaveCount(1);
  await proposalsOf(colombia, 'EU')
    .getByRole('button', { name: /^Object to/ })
    .click();
  await expect(proposalsOf(usa, 'EU')).toHaveCount(1);
  await proposalsOf(usa, 'EU')
    .getByRole('button', { name: /^Support/ })
    .click();
  await expect(proposalsOf(chair, 'EU').getByTestId('proposal-standing')).toContainText('supported by United States');
  await expect(proposalsOf(chair, 'EU').getByTestId('proposal-standing')).toContainText('Colombia');

  // Issuing saves the room first, so the rows the progress page reads hold everything above.
  const issued = await chair.request.post(`/api/drafts/${id}/revisions`, { data: { name: 'Rev.1' } });
  expect(issued.status(), await issued.text()).toBe(201);

  await chair.getByTestId('progress-link').click();
  await expect(chair.getByTestId('draft-progress')).toBeVisible();
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText(`Progress: ${title}`);

  await expect(cell(chair, 'progress-status-table', title, 'open')).toHaveText('1');
  await expect(cell(chair, 'progress-status-table', title, 'bracketed')).toHaveText('2');
  await expect(cell(chair, 'progress-status-table', title, 'agreedAdRef')).toHaveText('0');
  await expect(cell(chair, 'progress-status-table', title, 'agreed')).toHaveText('0');
  await expect(cell(chair, 'progress-status-table', title, 'total')).toHaveText('3');

  for (const state of ['Rev.1', 'Now']) {
    await expect(cell(chair, 'progress-timeline-table', state, 'paragraphs')).toHaveText('3');
    await expect(cell(chair, 'progress-timeline-table', state, 'brackets')).toHaveText('3');
    await expect(cell(chair, 'progress-timeline-table', state, 'alternatives')).toHaveText('0');
  }

  await expect(cell(chair, 'progress-delegations-table', 'European Union', 'open')).toHaveText('1');
  await expect(cell(chair, 'progress-delegations-table', 'European Union', 'total')).toHaveText('1');

  const contested = chair.getByTestId('contested-paragraph');
  await expect(contested).toHaveCount(2);
  await expect(contested.first()).toHaveAttribute('data-ref', label);
  const proposal = contested.first().getByTestId('contested-proposal');
  await expect(proposal).toHaveAttribute('data-delegation', 'EU');
  await expect(proposal.getByTestId('contested-supporters')).toHaveText('United States');
  await expect(proposal.getByTestId('contested-objectors')).toHaveText('Colombia');

  // Every chart has its table, with a caption, for those who do not read the chart.
  await expect(chair.getByRole('table', { name: 'Paragraphs by status in the text as it stands now' })).toBeVisible();

  const figure = chair.getByTestId('progress-status');
  await expect(figure.getByRole('application', { name: 'Paragraphs by status' })).toBeVisible();
  const [download] = await Promise.all([chair.waitForEvent('download'), figure.getByRole('button', { name: 'Download image' }).click()]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^${title.toLowerCase().replace(/\s+/g, '-')}-paragraphs-by-status-\\d{4}-\\d{2}-\\d{2}\\.png$`),
  );
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  // The negotiation's page sums its drafts, this one among them.
  await chair.goto('/negotiations/demo-negotiation');
  await chair.getByTestId('negotiation-progress-link').click();
  await expect(chair.getByTestId('negotiation-progress')).toBeVisible();
  await expect(cell(chair, 'progress-status-table', title, 'bracketed')).toHaveText('2');
  const row = chair
    .getByTestId('progress-drafts-table')
    .locator('tbody tr', { has: chair.getByRole('link', { name: title, exact: true }) });
  await expect(row.locator('td').nth(0)).toHaveText('3');
  await expect(row.locator('td').nth(1)).toHaveText('3');
});
