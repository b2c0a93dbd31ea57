import { createDraft, editorOf, openDraft, paragraphs } from './draft-room';
import { expect, openInLanguage, test } from './fixtures';

test('the drafting room in French: controls, menu (and its typeahead), statuses and shortcuts (and their keys) in French, the text as typed', async ({
  browser,
}) => {
  const page = await openInLanguage(browser, 'chair', 'fr');
  const id = await createDraft(page, `Salle ${Date.now().toString(36)}`);
  await openDraft(page, id);

  await page.getByRole('button', { name: 'Ajouter un paragraphe à la fin' }).click();
  await expect(editorOf(page, 0)).toBeFocused();
  // The document text is the delegates' own: never translated.
  await page.keyboard.type('Recalling its resolution 11/5,');
  await expect(editorOf(page, 0)).toHaveText('Recalling its resolution 11/5,');

  const button = page.getByRole('button', { name: 'Actions du paragraphe PP1', exact: true });
  await button.click();
  const frenchMenu = page.getByRole('menu', { name: 'Actions du paragraphe PP1', exact: true });
  await expect(frenchMenu.getByRole('menuitem', { name: 'Supprimer le paragraphe PP1', exact: true })).toBeVisible();
  // Typeahead goes by the French names: "s" leads to "Scinder …", not to an English "Split …".
  await expect(frenchMenu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('s');
  await expect(frenchMenu.getByRole('menuitem', { name: 'Scinder le paragraphe PP1 au curseur', exact: true })).toBeFocused();
  await frenchMenu
    .getByRole('group', { name: 'Statut du paragraphe PP1', exact: true })
    .getByRole('menuitemradio', { name: 'Entre crochets' })
    .click();
  await expect(paragraphs(page).first().getByTestId('paragraph-status')).toHaveText('Entre crochets');

  await page.getByRole('textbox', { name: 'Aller au paragraphe' }).fill('XY');
  await page.getByRole('button', { name: 'Aller', exact: true }).click();
  await expect(page.getByTestId('goto-message')).toHaveText('« XY » n’est pas un paragraphe : tapez PP3, OP 12, 12 ou OP 3 (a).');

  await page.getByRole('button', { name: 'Raccourcis clavier' }).click();
  const sheet = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(sheet).toContainText('Fusionner avec le paragraphe précédent.');
  await expect(sheet.getByText('Retour arrière (au début)', { exact: true })).toBeVisible();
});
