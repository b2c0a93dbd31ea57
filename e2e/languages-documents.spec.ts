import { expect, openInLanguage, test } from './fixtures';

test('comparing and searching read in French, the texts themselves untranslated', async ({ browser }) => {
  const page = await openInLanguage(browser, 'eu', 'fr');
  await page.goto('/compare?a=10/3&b=11/5');
  await expect(page.getByRole('heading', { name: 'Comparer deux textes' })).toBeVisible();
  await expect(page.getByLabel('Ancien texte')).toHaveValue('10/3');
  await page.getByLabel('Modifications seulement').check();
  await expect(page.getByText(/^\d+ modifications · touches j \/ k$/)).toBeVisible();
  await page.getByRole('button', { name: 'Version révisée' }).click();
  await expect(page.getByRole('list', { name: /^Version révisée de / })).toBeVisible();
  await expect(page.locator('[data-testid="pair"][data-from="3"][data-to="19"]')).toContainText('OP 3 → OP 19 déplacé');

  await page.goto('/search');
  await page.getByLabel('Des mots, une expression ou un paragraphe entier').fill('discourage the demand that fosters');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByTestId('result-count')).toHaveText(/^\d+ paragraphes ont un libellé en commun ; les meilleurs d’abord\.$/);
  await expect(page.getByTestId('search-hit').first()).toContainText(/demand/);
});
