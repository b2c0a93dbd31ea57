import { expect, openInLanguage, test } from './fixtures';

test('a French administrator is refused in French, by a form and by a page the server renders', async ({ browser }) => {
  const admin = await openInLanguage(browser, 'admin', 'fr');
  await admin.goto('/admin/delegations');
  await admin.getByLabel('Code', { exact: true }).fill('MEX');
  await admin.getByLabel('Nom', { exact: true }).fill('Mexique encore');
  await admin.getByRole('button', { name: 'Ajouter la délégation' }).click();
  await expect(admin.getByRole('main').getByRole('alert')).toHaveText('Il existe déjà une délégation portant le code « MEX ».');

  await admin.goto('/invitations/not-a-real-invitation');
  await expect(admin.getByRole('main').getByRole('alert')).toHaveText(
    'Ce lien d’invitation n’est pas valide. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau.',
  );
});
