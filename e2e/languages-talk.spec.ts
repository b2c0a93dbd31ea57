import { formatWallClockInput } from '@/lib/deadlines/zoned-time';
import { createDraft, openDraft, paragraphs } from './draft-room';
import { expect, openInLanguage, test } from './fixtures';

test('in French, the room’s deadline, silence and progress tools, the progress, since and screen pages speak French', async ({
  browser,
}) => {
  const chair = await openInLanguage(browser, 'chair', 'fr');
  const title = `Projet en français ${Date.now().toString(36)}`;
  const id = await createDraft(chair, title, '10/3');
  await openDraft(chair, id);

  await expect(chair.getByTestId('deadline-controls').locator('summary')).toHaveText('Fixer un délai');
  await expect(chair.getByTestId('silence-area').locator('summary')).toHaveText('Lancer une procédure d’approbation tacite');

  // Times are worded in French around the negotiation's zone; a refusal of the server by its reason, in French.
  const { timeZone } = (await (await chair.request.get(`/api/drafts/${id}/deadlines`)).json()) as { timeZone: string };
  const closesAt = formatWallClockInput(new Date(Date.now() + 3_600_000), timeZone);
  const set = await chair.request.put(`/api/drafts/${id}/deadlines`, { data: { paragraphId: '', closesAt, note: '' } });
  expect(set.ok(), await set.text()).toBe(true);
  await expect(chair.getByTestId('draft-deadline')).toContainText(/Propositions sur ce projet jusqu’à \d\d:\d\d, heure de /);
  const form = chair.getByTestId('silence-area').locator('details.silence-start');
  await form.locator('summary').click();
  await form.getByRole('checkbox', { name: 'PP1', exact: true }).check();
  await form.locator('button[type=submit]').click();
  await expect(chair.getByTestId('silence-banner')).toContainText('Procédure d’approbation tacite sur PP1');
  await expect(paragraphs(chair).first().getByTestId('paragraph-silence')).toContainText(/jusqu’à \d\d:\d\d:\d\d.*, heure de /);
  await form.getByRole('checkbox', { name: 'PP1', exact: true }).check();
  await form.locator('button[type=submit]').click();
  await expect(form.getByRole('alert')).toHaveText('PP1 fait déjà l’objet d’une procédure d’approbation tacite.');
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
