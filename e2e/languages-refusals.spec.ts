import { openDraft, proposeAmendment, startNegotiation } from './draft-room';
import { expect, openAs, openInLanguage, test } from './fixtures';

test('a French delegate reads a proposal’s notification in French, the paragraph label kept', async ({ browser }) => {
  const chair = await openAs(browser, 'chair');
  const eu = await openAs(browser, 'eu');
  const mexico = await openInLanguage(browser, 'mexico', 'fr');
  const id = await startNegotiation(chair, `Notified in French ${Date.now()}`, ['Welcomes the report of the Commission.']);
  const paragraphId = await chair.getByTestId('draft-paragraph').first().getAttribute('data-paragraph-id');
  // The paragraph exists for the server once the room has saved it; until then following it answers "not found".
  await expect
    .poll(async () => (await mexico.request.post(`/api/drafts/${id}/follows`, { data: { paragraphId } })).ok(), { timeout: 15_000 })
    .toBe(true);

  await openDraft(eu, id);
  await proposeAmendment(eu, 'PP1', 'Warmly welcomes the report of the Commission.');

  await mexico.goto('/notifications');
  await expect(mexico.getByRole('link', { name: 'EU a proposé un amendement au paragraphe PP1' })).toBeVisible({ timeout: 15_000 });
});
