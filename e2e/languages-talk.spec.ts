import { createDraft, openDraft } from './draft-room';
import { expect, openInLanguage, test } from './fixtures';

test('in French, the room’s deadline, silence and progress tools, the progress, since and screen pages speak French', async ({
  browser,
}) => {
  const chair = await openInLanguage(browser, 'chair', 'fr');
  const title = `Projet en français ${Date.now().toString(36)}`;
  const id = await createDraft(chair, title);
  await openDraft(chair, id);

  await expect(chair.getByTestId('deadline-controls').locator('summary')).toHaveText('Fixer un délai');
  await expect(chair.getByTestId('silence-area').locator('summary')).toHaveText('Lancer une procédure d’approbation tacite');
  await expect(chair.getByRole('link', { name: 'Vue pour l’écran' })).toBeVisible();

  await chair.getByTestId('progress-link').click();
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText(`Avancement : ${title}`);
  await expect(chair.getByRole('heading', { name: 'Paragraphes par statut' })).toBeVisible();
  await expect(chair.getByTestId('progress-delegations')).toContainText('Aucune proposition pour l’instant.');

  await chair.goto(`/drafts/${id}/since`);
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Depuis ma dernière visite');

  await chair.goto(`/drafts/${id}/screen`);
  await expect(chair.getByRole('link', { name: /Retour à la salle/ })).toBeVisible();
});
