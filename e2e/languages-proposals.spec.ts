import { openDraft, proposeAmendment, startNegotiation } from './draft-room';
import { expect, openAs, openInLanguage, test } from './fixtures';

test('a delegate reading French hears a proposal as a French sentence and reads the compilation in French', async ({ browser }) => {
  const chair = await openAs(browser, 'chair');
  const id = await startNegotiation(chair, 'Propositions en français', ['States shall protect rights.']);
  const colombia = await openAs(browser, 'colombia');
  await openDraft(colombia, id);
  await proposeAmendment(colombia, 'PP1', 'States should protect rights.');
  const eu = await openInLanguage(browser, 'eu', 'fr');
  await openDraft(eu, id);
  const card = eu.getByTestId('proposal');
  await expect(card).toHaveAttribute('aria-label', /propose de remplacer « shall » par « should » dans PP1$/);
  await expect(card.getByTestId('proposal-standing-sentence')).toHaveText(/^Aucun appui ni objection pour l’instant\./);
  await expect(eu.getByRole('button', { name: 'Préparer en privé une proposition sur PP1' })).toHaveText('Préparer en privé');
  await eu.goto(`/drafts/${id}/compilation`);
  await expect(eu.getByRole('heading', { level: 1, name: 'Compilation des propositions' })).toBeVisible();
  await expect(eu.getByTestId('compilation-counts')).toHaveText(/^1 proposition ouverte sur 1 paragraphe de 1 délégation/);
  await expect(eu.getByTestId('compilation-proposal')).toContainText('Ouverte');
  await expect(eu.getByTestId('compilation-proposal')).toContainText('Amendement');
});
