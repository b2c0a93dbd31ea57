import type { Page } from '@playwright/test';
import { createDraft, editorOf, openDraft, paragraphs, typeParagraphs } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** Pastes into the focused paragraph editor as the browser does: a paste event carrying the clipboard. */
async function paste(page: Page, data: { text: string; html?: string }): Promise<void> {
  await page.evaluate(({ text, html }) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', text);
    if (html) clipboard.setData('text/html', html);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, data);
}

function numbersOf(page: Page) {
  return paragraphs(page).getByTestId('paragraph-number');
}

test.describe('pasting and typing keep UN form', () => {
  test('numbered lines pasted after a preambular paragraph become operative paragraphs numbered by the app; the paste undoes in one step', async ({
    browser,
  }) => {
    const colombia = await openAs(browser, 'colombia');
    const eu = await openAs(browser, 'eu');
    const id = await createDraft(colombia, 'Pasting numbered paragraphs');
    await openDraft(colombia, id);
    await openDraft(eu, id);
    await typeParagraphs(colombia, ['Recalling its resolution 10/3,']);
    await colombia.keyboard.press('Enter');
    await expect(editorOf(colombia, 1)).toBeFocused();

    await paste(colombia, {
      text: '1. Requests the secretariat to report to the Conference;\n2. Requests also the Working Group to meet before the next session.',
    });
    for (const page of [colombia, eu]) {
      await expect(numbersOf(page)).toHaveText(['PP1', '1.', '2.']);
      await expect(editorOf(page, 1)).toHaveText('Requests the secretariat to report to the Conference;');
      await expect(editorOf(page, 2)).toHaveText('Requests also the Working Group to meet before the next session.');
      await expect(editorOf(page, 1).locator('em')).toHaveText('Requests');
      await expect(editorOf(page, 2).locator('em')).toHaveText('Requests also');
    }

    await colombia.keyboard.press('ControlOrMeta+z');
    for (const page of [colombia, eu]) {
      await expect(numbersOf(page)).toHaveText(['PP1', 'PP2']);
      await expect(editorOf(page, 1)).toHaveText('');
    }
  });

  test('a single numbered line pasted into an empty preambular paragraph makes it operative', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const id = await createDraft(colombia, 'Pasting one numbered line');
    await openDraft(colombia, id);
    await typeParagraphs(colombia, ['Recalling its resolution 10/3,']);
    await colombia.keyboard.press('Enter');
    await expect(editorOf(colombia, 1)).toBeFocused();
    await expect(numbersOf(colombia)).toHaveText(['PP1', 'PP2']);

    await paste(colombia, { text: '7. Decides to remain seized of the matter.' });
    await expect(numbersOf(colombia)).toHaveText(['PP1', '1.']);
    await expect(editorOf(colombia, 1)).toHaveText('Decides to remain seized of the matter.');
    await expect(editorOf(colombia, 1).locator('em')).toHaveText('Decides');
  });

  test('an ordered list pasted from a web page or Word becomes operative paragraphs and subparagraphs', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const id = await createDraft(colombia, 'Pasting a list');
    await openDraft(colombia, id);
    await typeParagraphs(colombia, ['Bearing in mind the Protocol,']);
    await colombia.keyboard.press('Enter');
    await expect(editorOf(colombia, 1)).toBeFocused();

    await paste(colombia, {
      text: 'Urges States parties to act;\nInvites donors:\nTo fund the programme;\nTo report.',
      html:
        '<meta charset="utf-8"><ol><li><p>Urges States parties to act;</p></li><li>Invites donors:' +
        '<ol type="a"><li>To fund the programme;</li><li>To report.</li></ol></li></ol>' +
        '<p class="MsoListParagraph"><span>3.<span>&nbsp;&nbsp;&nbsp;</span></span>Decides to remain seized of the matter.</p>',
    });
    await expect(numbersOf(colombia)).toHaveText(['PP1', '1.', '2.', '(a)', '(b)', '3.']);
    await expect(editorOf(colombia, 1)).toHaveText('Urges States parties to act;');
    await expect(editorOf(colombia, 3)).toHaveText('To fund the programme;');
    await expect(editorOf(colombia, 5)).toHaveText('Decides to remain seized of the matter.');
    await expect(editorOf(colombia, 5).locator('em')).toHaveText('Decides');
    await expect(editorOf(colombia, 0).locator('em')).toHaveText('Bearing in mind');
  });

  test('typing "Recalling also its resolution" sets "Recalling also" in italics, and another delegation sees the italics', async ({
    browser,
  }) => {
    const colombia = await openAs(browser, 'colombia');
    const eu = await openAs(browser, 'eu');
    const id = await createDraft(colombia, 'Typing a lead');
    await openDraft(colombia, id);
    await openDraft(eu, id);
    await typeParagraphs(colombia, ['Recalling also its resolution 10/3,']);

    for (const page of [colombia, eu]) {
      await expect(numbersOf(page)).toHaveText(['PP1']);
      await expect(editorOf(page, 0)).toHaveText('Recalling also its resolution 10/3,');
      await expect(editorOf(page, 0).locator('em')).toHaveText('Recalling also');
    }
    await eu.reload();
    await expect(eu.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
    await expect(editorOf(eu, 0).locator('em')).toHaveText('Recalling also');
  });
});
