import type { Page } from '@playwright/test';
import { editorOf, openDraft, paragraphs, proposalsOf, proposeAmendment, startNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

async function proposeAlternative(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('button', { name: `Propose an alternative to ${label}`, exact: true }).click();
  await page.getByTestId('proposal-composer').getByLabel('Proposed wording').fill(text);
  await page.getByRole('button', { name: 'Submit proposal' }).click();
  await expect(page.getByTestId('proposal-composer')).toHaveCount(0);
}

const base = 'Urges States to strengthen cooperation against trafficking in persons.';

test.describe('the record of who proposed what', () => {
  test('an amendment overtaken by an accepted alternative keeps its own words, cannot be accepted until its delegation updates it, and keeps every version', async ({
    browser,
  }) => {
    const chair = await openAs(browser, 'chair');
    const eu = await openAs(browser, 'eu');
    const usa = await openAs(browser, 'usa');
    const id = await startNegotiation(chair, 'A proposal keeps its base', [base]);
    await openDraft(eu, id);
    await openDraft(usa, id);

    await proposeAmendment(eu, 'PP1', base.replace('strengthen', 'further strengthen'));
    await proposeAlternative(
      usa,
      'PP1',
      'Calls upon Member States to share information on trafficking routes and the financial flows of criminal groups.',
    );
    await expect(proposalsOf(chair, 'USA')).toBeVisible();
    // Positions are the delegations': the facilitator decides, never supports or objects.
    await expect(proposalsOf(chair, 'EU').getByRole('button', { name: /^(Support|Object)/ })).toHaveCount(0);
    await expect(proposalsOf(usa, 'EU').getByRole('button', { name: /^Support/ })).toBeVisible();

    await proposalsOf(chair, 'USA')
      .getByRole('button', { name: /^Accept/ })
      .click();
    await expect(editorOf(eu, 0)).toHaveText(/^Calls upon Member States/);

    // The EU's card shows only the word the EU proposed, and says the paragraph moved under it.
    const card = proposalsOf(eu, 'EU');
    await expect(card.locator('ins')).toHaveText(['further ']);
    await expect(card.getByTestId('proposal-overtaken')).toContainText('changed where this proposal changes it');
    await expect(card.getByTestId('proposal-current-text')).toContainText('Calls upon Member States');
    await expect(proposalsOf(usa, 'EU').locator('ins')).toHaveText(['further ']);
    const chairAccept = proposalsOf(chair, 'EU').getByRole('button', { name: /^Accept/ });
    await expect(chairAccept).toHaveAttribute('aria-disabled', 'true');
    await expect(proposalsOf(chair, 'EU')).toContainText('Cannot be accepted until it is updated onto the current text.');

    // The EU brings its proposal onto the current text: a new version, the first kept.
    await card.getByRole('button', { name: /onto the current text$/ }).click();
    const field = eu.getByTestId('proposal-composer').getByLabel('Proposed wording');
    await expect(field).toHaveValue(/^Calls upon Member States/);
    await expect(eu.getByTestId('proposal-earlier-wording')).toContainText('further strengthen');
    await field.fill(
      'Calls upon Member States to share information promptly on trafficking routes and the financial flows of criminal groups.',
    );
    await eu.getByRole('button', { name: 'Save new version' }).click();
    await expect(card.getByTestId('proposal-overtaken')).toHaveCount(0);
    const usaCard = proposalsOf(usa, 'EU');
    await expect(usaCard.locator('ins')).toHaveText(['promptly ']);
    await usaCard.getByTestId('proposal-versions').locator('summary').click();
    await expect(usaCard.getByTestId('proposal-version')).toHaveCount(2);
    await expect(usaCard.getByTestId('proposal-version').first()).toContainText('further strengthen');

    await expect(chairAccept).not.toHaveAttribute('aria-disabled', 'true');
    await chairAccept.click();
    await expect(editorOf(usa, 0)).toHaveText(
      'Calls upon Member States to share information promptly on trafficking routes and the financial flows of criminal groups.',
    );
    await expect(proposalsOf(usa, 'EU')).toHaveAttribute('data-status', 'accepted');
    await expect(proposalsOf(usa, 'EU').locator('ins')).toHaveText(['promptly ']);

    const history = paragraphs(usa).first().getByTestId('paragraph-history');
    await history.locator('summary').click();
    await expect(history.getByTestId('history-entry').filter({ hasText: 'wrote version 2' })).toContainText('European Union');
  });

  test('accepting a change to bracketed text needs the facilitator to say what happens to the brackets, and the record shows it', async ({
    browser,
  }) => {
    const chair = await openAs(browser, 'chair');
    const colombia = await openAs(browser, 'colombia');
    const id = await startNegotiation(chair, 'Brackets are resolved on the record', ['Urges States to [strengthen] cooperation.']);
    await openDraft(colombia, id);
    await proposeAmendment(colombia, 'PP1', 'Urges States to enhance cooperation.');

    await proposalsOf(chair, 'COL')
      .getByRole('button', { name: /^Accept/ })
      .click();
    const confirmation = chair.getByTestId('bracket-confirmation');
    await expect(confirmation).toContainText('[strengthen]');
    await expect(editorOf(chair, 0)).toHaveText('Urges States to [strengthen] cooperation.');
    await confirmation.getByLabel('Note on the brackets').fill('Brackets lifted: "enhance" agreed in informals.');
    await confirmation.getByRole('button', { name: 'Accept and record' }).click();

    await expect(editorOf(colombia, 0)).toHaveText('Urges States to enhance cooperation.');
    await expect(proposalsOf(colombia, 'COL').getByTestId('proposal-bracket-note')).toHaveText(
      'Brackets lifted: "enhance" agreed in informals.',
    );
    const history = paragraphs(colombia).first().getByTestId('paragraph-history');
    await history.locator('summary').click();
    await expect(history.getByTestId('history-entry').filter({ hasText: /accepted/ })).toContainText('Brackets lifted');
  });
});
