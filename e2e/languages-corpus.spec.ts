import { expect, openInLanguage, test } from './fixtures';

test('the corpus, its import preview and the administration read in French', async ({ browser }) => {
  // The administrator may import and administer, so one sign-in covers the area; nothing is saved.
  const page = await openInLanguage(browser, 'admin', 'fr');
  await page.goto('/corpus');
  await expect(page.getByRole('heading', { level: 1, name: 'Corpus' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Index thématique' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filtrer' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Résolution 10\/3 :/ })).toBeVisible();

  await page.goto('/corpus/import');
  const text = ['Resolution 12/9', '', 'Seas', '', '  Recalling its resolution 11/5, ', '', '  1. Urges States parties to act; '].join(
    '\n',
  );
  await page.getByLabel('Fichier').setInputFiles({ name: 'res-12-9.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByLabel('Année').fill('2024');
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Vérifiez ce qui a été lu avant d’importer' })).toBeVisible();
  // The document's own words stay as they were written.
  await expect(preview.getByTestId('preview-paragraph').first()).toContainText('Recalling its resolution 11/5,');
  await expect(preview.getByTestId('preview-paragraph').filter({ hasText: 'Urges States parties to act;' })).toHaveCount(1);
  await expect(preview.getByLabel('Type du paragraphe 1')).toBeVisible();
  await preview.getByRole('button', { name: 'Choisir un autre fichier' }).click();

  await page.goto('/admin/people');
  await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Négociations' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter et inviter' })).toBeVisible();
  await expect(page.getByLabel('Adresse électronique')).toBeVisible();
});
