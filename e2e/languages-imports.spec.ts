import { expect, openInLanguage, test } from './fixtures';

test('a draft import reads a preamble without a chapeau and refuses an unreadable file in French', async ({ browser }) => {
  // Nothing is saved: the preview is left, so one sign-in covers both files.
  const page = await openInLanguage(browser, 'chair', 'fr');
  await page.goto('/drafts/new');
  const text = 'Resolution 12/9\nSeas\nRecalling its resolution 11/5,\n1. Urges States to act;';
  await page.getByLabel('Fichier du projet').setInputFiles({ name: 'res-12-9.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  const preview = page.getByTestId('import-preview');
  // The document's own words stay as written; the preambular paragraph is not taken for the title.
  await expect(preview.getByTestId('preview-ref')).toHaveText(['PP 1', 'OP 1']);
  await expect(preview.getByTestId('preview-paragraph').first()).toContainText('Recalling its resolution 11/5,');
  await preview.getByRole('button', { name: 'Choisir un autre fichier' }).click();

  await page.getByLabel('Fichier du projet').setInputFiles({ name: 'heading.txt', mimeType: 'text/plain', buffer: Buffer.from('Seas\n') });
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  // The page's route announcer is an alert too: the refusal is the one that says something.
  await expect(page.getByRole('alert').filter({ hasText: 'Ligne 1 : aucun paragraphe trouvé' })).toBeVisible();
});
