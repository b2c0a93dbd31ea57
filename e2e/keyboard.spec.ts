import type { Page } from '@playwright/test';
import { chooseParagraphKind, createDraft, editorOf, openDraft, paragraphs, typeParagraphs } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** Where focus is: inside which paragraph row (its id) and inside the precedent panel or not. */
function readFocus(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      row: active?.closest<HTMLElement>('[data-roving-row]')?.dataset.paragraphId ?? null,
      inPanel: Boolean(active?.closest('[data-testid="precedent-panel"]')),
    };
  });
}

test('the drafting room works from the keyboard: one tab stop for the list, arrows, Enter and Escape, the actions menu, Go to paragraph, skip links, the shortcut sheet', async ({
  browser,
}) => {
  const page = await openAs(browser, 'colombia');
  const id = await createDraft(page, 'Keyboard room');
  await openDraft(page, id);
  await test.step('the app-wide skip link comes first and leads to the content', async () => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });

  await typeParagraphs(page, ['Recalling its resolution 10/3,', 'Decides to act at once,', 'Requests a report.']);
  await chooseParagraphKind(page, 'PP2', 'operative');
  await expect(paragraphs(page).getByTestId('paragraph-number')).toHaveText(['PP1', '1.', 'PP2']);
  await chooseParagraphKind(page, 'PP2', 'operative');
  const numbers = paragraphs(page).getByTestId('paragraph-number');
  await expect(numbers).toHaveText(['PP1', '1.', '2.']);
  const rows = paragraphs(page);

  await test.step('Escape leaves the text for its row, text kept; the row is named by its label and opening words', async () => {
    await editorOf(page, 0).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' noting');
    await page.keyboard.press('Escape');
    await expect(rows.nth(0)).toBeFocused();
    await expect(editorOf(page, 0)).toHaveText('Recalling its resolution 10/3, noting');
    await expect(rows.nth(0)).toHaveAccessibleName('PP1, Recalling its resolution 10/3, noting');
    await expect(rows.nth(0)).toHaveAccessibleDescription(/Open/);
  });

  await test.step('arrows, Home and End move between rows; Enter goes into the text', async () => {
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rows.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(editorOf(page, 1)).toBeFocused();
    await expect(rows).toHaveCount(3);
    await page.keyboard.press('Escape');
    await expect(rows.nth(1)).toBeFocused();
  });

  await test.step('Tab passes the list in one stop (and the current row’s own controls), then reaches the precedent panel', async () => {
    await page.getByRole('button', { name: 'Skip to the text' }).focus();
    await page.keyboard.press('Enter');
    await expect(rows.nth(1)).toBeFocused();
    const visited = new Set<string>();
    let reached = false;
    for (let stop = 0; stop < 25 && !reached; stop++) {
      const focus = await readFocus(page);
      if (focus.row) visited.add(focus.row);
      reached = focus.inPanel;
      if (!reached) await page.keyboard.press('Tab');
    }
    expect(reached, 'Tab should reach the precedent panel').toBe(true);
    expect([...visited]).toEqual([await rows.nth(1).getAttribute('data-paragraph-id')]);
  });

  await test.step('the actions menu opens from the row by keyboard, a typed letter finds an item, its items act, Escape closes it', async () => {
    await rows.nth(0).focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for paragraph PP1' });
    await expect(menu.getByRole('menuitem', { name: 'Move paragraph PP1 down' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Insert a paragraph after PP1' })).toBeFocused();
    // Typeahead: a letter moves to the next item whose name starts with it.
    await page.keyboard.press('d');
    await expect(menu.getByRole('menuitem', { name: 'Delete paragraph PP1' })).toBeFocused();
    await page.keyboard.press('m');
    await expect(menu.getByRole('menuitem', { name: 'Move paragraph PP1 down' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    const button = page.getByRole('button', { name: 'Actions for paragraph PP1' });
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await editorOf(page, 0).click();
    await page.keyboard.press('Alt+Enter');
    await expect(menu.getByRole('menuitem', { name: 'Move paragraph PP1 down' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editorOf(page, 1)).toHaveText('Recalling its resolution 10/3, noting');
    await expect(rows.nth(1)).toBeFocused();
    await expect(numbers).toHaveText(['1.', 'PP1', '2.']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect(numbers).toHaveText(['PP1', '1.', '2.']);
    await expect(rows.nth(0)).toBeFocused();
  });

  await test.step('Go to paragraph focuses the row it names, or says there is none', async () => {
    await page.keyboard.press('g');
    const field = page.getByRole('textbox', { name: 'Go to paragraph' });
    await expect(field).toBeFocused();
    await field.fill('OP 2');
    await page.keyboard.press('Enter');
    await expect(rows.nth(2)).toBeFocused();
    await expect(rows.nth(2)).toHaveAccessibleName(/^2\., Requests a report/);
    await page.keyboard.press('Control+g');
    await expect(field).toBeFocused();
    await field.fill('OP 99');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('goto-message')).toHaveText('No paragraph OP 99 in this draft.');
  });

  await test.step('skip links lead to the precedent panel and the proposals', async () => {
    await page.getByRole('button', { name: 'Skip to the precedent panel' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('precedent-panel')).toBeFocused();
    await page.getByRole('button', { name: 'Skip to proposals' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readFocus(page)).row ?? (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))))
      .not.toBeNull();
  });

  await test.step('"?" opens the shortcut sheet, which keeps focus until Escape returns it', async () => {
    await rows.nth(0).focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByText('Go to paragraph: type PP3, OP 12, 12 or OP 3 (a).')).toBeVisible();
    for (let stop = 0; stop < 3; stop++) {
      await page.keyboard.press('Tab');
      await expect.poll(() => sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(rows.nth(0)).toBeFocused();
  });
});
