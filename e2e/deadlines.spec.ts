import { openDraft, proposalsOf, proposeAmendment, startNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

test.describe('deadlines for proposals', () => {
  test('a draft deadline closes proposals at its time by the server; the facilitator reopens them and a proposal goes through', async ({
    browser,
  }) => {
    const chair = await openAs(browser, 'chair');
    const eu = await openAs(browser, 'eu');
    const id = await startNegotiation(chair, 'Amendments by the deadline', ['Welcomes the report of the Commission.']);
    await openDraft(eu, id);
    await expect(eu.getByTestId('negotiation-banner')).toBeVisible();

    // A few seconds ahead, in the negotiation's zone (UTC here), seconds included.
    const closesAt = new Date(Date.now() + 4_000).toISOString().slice(0, 19);
    const set = await chair.request.put(`/api/drafts/${id}/deadlines`, {
      data: { paragraphId: '', closesAt, note: 'Amendments by the end of the meeting' },
    });
    expect(set.ok(), await set.text()).toBe(true);
    const banner = eu.getByTestId('draft-deadline');
    await expect(banner).toContainText('Amendments by the end of the meeting');
    await expect(banner).toContainText('UTC time');
    await expect(banner).toHaveAttribute('data-closed', 'true', { timeout: 30_000 });
    await expect(banner).toContainText('Closed');

    // The composer says so before anyone types; the server refuses regardless, and the refusal's reason shows.
    await eu.getByRole('button', { name: 'Propose an amendment to PP1', exact: true }).click();
    await expect(eu.getByTestId('proposals-closed')).toContainText('Proposals on this draft closed at');
    await eu.getByTestId('proposal-composer').getByLabel('Proposed wording').fill('Warmly welcomes the report of the Commission.');
    await eu.getByRole('button', { name: 'Submit proposal' }).click();
    await expect(eu.getByRole('alert').filter({ hasText: 'ask the facilitator to reopen them' })).toBeVisible();
    await expect(proposalsOf(chair, 'EU')).toHaveCount(0);

    // The facilitator reopens proposals from the room.
    await chair.getByText('Set deadline').click();
    await chair.getByRole('button', { name: 'Reopen proposals' }).click();
    await expect(chair.getByTestId('deadline-message')).toHaveText('Proposals reopened.');
    await expect(banner).toContainText('Reopened', { timeout: 30_000 });
    await expect(eu.getByTestId('proposals-closed')).toHaveCount(0);
    await proposeAmendment(eu, 'PP1', 'Warmly welcomes the report of the Commission.');
    await expect(proposalsOf(chair, 'EU')).toHaveCount(1);
    await expect(proposalsOf(chair, 'EU').locator('ins')).toHaveText(/Warmly/);
  });
});
